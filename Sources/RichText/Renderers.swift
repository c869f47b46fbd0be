/// Renders rich text as HTML, as the CommonMark spec's examples expect.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Renders blocks as HTML.
  public func render(_ blocks: [Block]) -> String {
    blocks.map { block -> String in
      if case .paragraph(let inlines) = block { return "<p>" + renderInline(inlines) + "</p>\n" }
      return ""
    }.joined()
  }

  /// Renders inlines as HTML.
  public func renderInline(_ inlines: [Inline]) -> String {
    PlaceholderEngine.renderInline(inlines)
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
