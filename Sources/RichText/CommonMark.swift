/// Limits and switches for the CommonMark parser.
public struct ParseOptions: Hashable, Sendable {
  /// The deepest nesting of container blocks (quotes, list items) and of inline brackets and
  /// emphasis that the parser builds; deeper structure is flattened into text with a warning,
  /// so hostile input cannot overflow the stack.
  public var maxNestingDepth: Int

  /// Creates options; the defaults suit untrusted documents.
  public init(maxNestingDepth: Int = 100) {
    self.maxNestingDepth = maxNestingDepth
  }
}

/// The entry points: parse CommonMark into a tree, and render a tree back to CommonMark.
public enum CommonMark {
  /// Parses a CommonMark document (block text) into blocks with source positions.
  public static func parse(_ text: String, options: ParseOptions = .init()) -> RichTextDocument {
    var parser = BlockParser(input: Array(text.utf8), options: options)
    parser.parse()
    return parser.makeDocument()
  }

  /// Parses one paragraph's worth of inline CommonMark (a title, a takeaway, a question).
  ///
  /// Block syntax is not interpreted: `# x` is the text `# x`; line breaks become soft breaks.
  public static func parseInline(
    _ text: String, options: ParseOptions = .init()
  ) -> InlineDocument {
    let result = InlineParser(references: [:], options: options).parse(InlineContent(text: text))
    return InlineDocument(
      inlines: result.inlines, sourceMap: result.sourceMap,
      warnings: result.warnings)
  }

  /// Renders blocks as canonical CommonMark: parsing the output gives an equal tree.
  public static func render(_ blocks: [Block]) -> String {
    CommonMarkBlockWriter().render(blocks)
  }

  /// Renders inlines as CommonMark that ``parseInline(_:options:)`` reads back equal.
  public static func renderInline(_ inlines: [Inline]) -> String {
    let bytes = renderCommonMarkInlines(inlines, start: .strippedSpace, breaks: .strippedSpace)
    return String(decoding: bytes, as: UTF8.self)
  }
}
