/// Renders rich text as HTML, as the CommonMark spec's examples expect (cmark's HTML output).
///
/// Text and attributes escape `&`, `<`, `>` and `"`; URLs are percent-encoded as cmark does
/// (existing `%XX` kept); raw HTML is copied verbatim unless ``omitsRawHTML`` is set. With a
/// ``urlPolicy``, a link or image URL the policy refuses is written as `#` and a refused
/// autolink as plain text.
public struct HTMLRenderer: Sendable {
  /// Whether raw HTML blocks and inlines are dropped (rendered as nothing), for output that
  /// must not carry author-supplied markup.
  public var omitsRawHTML: Bool
  /// The policy every link, image and autolink URL must pass; `nil` writes URLs as they are.
  public var urlPolicy: URLPolicy?
  /// The flavour of HTML written.
  public var syntax: HTMLSyntax

  /// Creates a renderer; raw HTML is kept unless `omitsRawHTML` is true, URLs are written as
  /// they are unless a `urlPolicy` is given, and the HTML is cmark's unless `syntax` says.
  public init(
    omitsRawHTML: Bool = false, urlPolicy: URLPolicy? = nil, syntax: HTMLSyntax = .cmark
  ) {
    self.omitsRawHTML = omitsRawHTML
    self.urlPolicy = urlPolicy
    self.syntax = syntax
  }

  /// Renders blocks as HTML.
  public func render(_ blocks: [Block]) -> String {
    var report = HTMLRenderReport()
    return render(blocks, report: &report)
  }

  /// Renders inlines as HTML, without an enclosing `<p>`.
  public func renderInline(_ inlines: [Inline]) -> String {
    var report = HTMLRenderReport()
    return renderInline(inlines, report: &report)
  }

  /// Renders blocks as HTML, noting refused URLs and raw HTML in `report`.
  public func render(_ blocks: [Block], report: inout HTMLRenderReport) -> String {
    var writer = HTMLRenderVisitor(omitsRawHTML: omitsRawHTML, urlPolicy: urlPolicy, syntax: syntax)
    writer.walk(blocks)
    report = writer.report
    return writer.text
  }

  /// Renders inlines as HTML, noting refused URLs and raw HTML in `report`.
  public func renderInline(_ inlines: [Inline], report: inout HTMLRenderReport) -> String {
    var writer = HTMLRenderVisitor(omitsRawHTML: omitsRawHTML, urlPolicy: urlPolicy, syntax: syntax)
    writer.walk(inlines)
    report = writer.report
    return writer.text
  }
}

/// The flavour of HTML a ``HTMLRenderer`` writes.
public enum HTMLSyntax: Hashable, Sendable {
  /// cmark's: `<br />` and `<img … />`, URLs percent-encoded as cmark does.
  case cmark
  /// HTML that also reads literally as CommonMark inline text (a Markdown `<summary>`): in text
  /// and attributes the characters CommonMark gives meaning to (`` \ ` * _ [ ] ! `` and tab, CR,
  /// LF) are decimal references, URLs are escaped as attribute text only, void elements are
  /// `<br>` and `<img …>`, and an image's `alt` is its plain text.
  case commonMarkInline
}

/// What an HTML rendering met that its caller may want to tell the author about.
public struct HTMLRenderReport: Hashable, Sendable {
  /// URLs the renderer's policy refused, in document order (an email autolink with `mailto:`).
  public var refusedURLs: [String] = []
  /// Whether the text holds raw HTML (written or, with `omitsRawHTML`, dropped); an image's
  /// alternative text does not count, as it is written as text.
  public var containsRawHTML = false

  /// Creates an empty report.
  public init() {}
}

/// Renders rich text as plain text with no markup, as the plain-text briefing format shows it.
///
/// The rules (with the default ``Options``):
/// - Blocks are separated by one blank line; the output ends with a newline.
/// - Paragraphs and headings are their text. Soft breaks stay line breaks (the author's line
///   structure reads better in email than reflowed text), and so do hard breaks.
/// - Emphasis, strong emphasis and code spans are their text.
/// - A link is `text (url)`; when the text is the URL (or the address of a `mailto:` URL) it
///   appears once; a link with no text is its URL. An image is its alternative text; an
///   autolink is its target.
/// - Bullet list items are `  • item`, ordered ones `  1. item` (numbered from the list's
///   start); further lines of an item line up under its text, and a list inside an item starts
///   there too (two columns further in, for bullets). Loose lists keep a blank line between
///   items.
/// - Block quotes prefix each line with `> ` (a bare `>` on blank lines).
/// - Code blocks are indented four spaces; a thematic break is `* * *`.
/// - Raw HTML, block or inline, is dropped.
public struct PlainTextRenderer: Sendable {
  /// How links, line breaks and raw HTML inside paragraphs are written.
  public struct Options: Hashable, Sendable {
    /// How a link is written.
    public enum Links: Hashable, Sendable {
      /// `text (url)`, the URL left out when it is the text (or `mailto:` and the text); the
      /// URL alone when there is no text.
      case textAndDistinctURL
      /// Always `text (url)`, so the URL can be read back.
      case textAndURL
      /// The text only.
      case textOnly
    }

    /// How soft and hard line breaks are written.
    public enum Breaks: Hashable, Sendable {
      /// As line breaks.
      case newlines
      /// As spaces, keeping the text on one line.
      case spaces
    }

    /// What becomes of raw HTML.
    public enum RawHTML: Hashable, Sendable {
      /// Left out.
      case dropped
      /// Written as the text it is.
      case asText
    }

    /// How a link is written.
    public var links: Links
    /// How line breaks are written.
    public var breaks: Breaks
    /// What becomes of raw HTML.
    public var rawHTML: RawHTML

    /// Creates options; the defaults are the rules documented on ``PlainTextRenderer``.
    public init(
      links: Links = .textAndDistinctURL, breaks: Breaks = .newlines, rawHTML: RawHTML = .dropped
    ) {
      self.links = links
      self.breaks = breaks
      self.rawHTML = rawHTML
    }
  }

  /// How links, line breaks and raw HTML are written.
  public var options: Options

  /// Creates a renderer.
  public init(options: Options = .init()) { self.options = options }

  /// Renders blocks as plain text.
  public func render(_ blocks: [Block]) -> String {
    var writer = PlainTextRenderVisitor(options: options)
    writer.walk(blocks)
    return writer.document
  }

  /// Renders inlines (one paragraph) as plain text.
  public func renderInline(_ inlines: [Inline]) -> String {
    var writer = PlainTextRenderVisitor(options: options)
    writer.walk(inlines)
    return writer.inlineText
  }
}
