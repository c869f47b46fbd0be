/// Renders rich text as HTML, as the CommonMark spec's examples expect (cmark's HTML output).
///
/// Text and attributes escape `&`, `<`, `>` and `"`; URLs are percent-encoded as cmark does
/// (existing `%XX` kept); raw HTML is copied verbatim unless ``omitsRawHTML`` is set.
public struct HTMLRenderer: Sendable {
  /// Whether raw HTML blocks and inlines are dropped (rendered as nothing), for output that
  /// must not carry author-supplied markup.
  public var omitsRawHTML: Bool

  /// Creates a renderer; raw HTML is kept unless `omitsRawHTML` is true.
  public init(omitsRawHTML: Bool = false) {
    self.omitsRawHTML = omitsRawHTML
  }

  /// Renders blocks as HTML.
  public func render(_ blocks: [Block]) -> String {
    var writer = HTMLWriter(omitsRawHTML: omitsRawHTML)
    writer.write(blocks)
    return writer.text
  }

  /// Renders inlines as HTML, without an enclosing `<p>`.
  public func renderInline(_ inlines: [Inline]) -> String {
    var writer = HTMLWriter(omitsRawHTML: omitsRawHTML)
    writer.write(inlines)
    return writer.text
  }
}

/// Renders rich text as plain text with no markup, as the plain-text briefing format shows it.
///
/// The rules:
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
  /// Creates a renderer.
  public init() {}

  /// Renders blocks as plain text.
  public func render(_ blocks: [Block]) -> String { PlainTextWriter().render(blocks) }

  /// Renders inlines (one paragraph) as plain text.
  public func renderInline(_ inlines: [Inline]) -> String {
    PlainTextWriter().renderInline(inlines)
  }
}
