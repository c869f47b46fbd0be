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

/// Renders rich text as plain text with no markup.
public struct PlainTextRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Renders blocks as plain text.
  public func render(_ blocks: [Block]) -> String { PlaceholderEngine.render(blocks) }

  /// Renders inlines as plain text.
  public func renderInline(_ inlines: [Inline]) -> String { PlaceholderEngine.renderInline(inlines) }
}
