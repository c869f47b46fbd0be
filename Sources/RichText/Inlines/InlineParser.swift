/// The inline content of one paragraph or heading, with where each of its lines starts.
struct InlineContent: Sendable {
  /// The content lines joined with "\n" (the final newline stripped).
  var bytes: [UInt8]
  /// For each line, the byte offset in `bytes` where it starts and its position in the source.
  var lineStarts: [(offset: Int, position: SourcePosition)]

  /// Creates content from bytes and line starts.
  init(bytes: [UInt8], lineStarts: [(offset: Int, position: SourcePosition)]) {
    self.bytes = bytes
    self.lineStarts = lineStarts
  }
}

/// What the inline parser produced: inlines, their spans and any warnings.
struct InlineParseResult: Sendable {
  /// The parsed inlines, adjacent text merged.
  var inlines: [Inline]
  /// Source spans by path relative to the inline list (`[i]`, `[i, j]`, …).
  var spans: [NodePath: SourceSpan]
  /// Problems the parser recovered from.
  var warnings: [RichTextWarning]
}

/// Parses CommonMark inline content (CommonMark 0.31.2, section 6) into ``Inline`` nodes.
struct InlineParser: Sendable {
  /// Link reference definitions of the document, by normalized label.
  var references: LinkReferenceMap
  /// Limits such as the maximum nesting depth.
  var options: ParseOptions

  /// Creates a parser that resolves reference links against `references`.
  init(references: LinkReferenceMap, options: ParseOptions) {
    self.references = references
    self.options = options
  }

  /// Parses one paragraph's or heading's inline content.
  func parse(_ content: InlineContent) -> InlineParseResult {
    // Placeholder until the full parser lands: the whole content as one text node.
    let text = String(decoding: content.bytes, as: UTF8.self)
    return InlineParseResult(inlines: text.isEmpty ? [] : [.text(text)], spans: [:], warnings: [])
  }
}
