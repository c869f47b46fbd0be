/// The inline content of one paragraph or heading, with where each of its lines starts.
struct InlineContent: Sendable {
  /// The content lines joined with "\n" (the final newline stripped).
  var bytes: [UInt8]
  /// For each line, the byte offset in `bytes` where it starts and its position in the source.
  var lineStarts: [(offset: Int, position: SourceLocation)]

  /// Creates content from bytes and line starts.
  init(bytes: [UInt8], lineStarts: [(offset: Int, position: SourceLocation)]) {
    self.bytes = bytes
    self.lineStarts = lineStarts
  }
}

/// What the inline parser produced: inlines, their spans and any warnings.
struct InlineParseResult: Sendable {
  /// The parsed inlines, adjacent text merged.
  var inlines: [Inline]
  /// Source spans by path relative to the inline list (`[i]`, `[i, j]`, …).
  var sourceMap: RichTextSourceMap
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
    var sourceMap = SourceMapBuilder(root: nil)
    let (inlines, warnings) = parse(content, parent: SourceMapBuilder.root, into: &sourceMap)
    return InlineParseResult(inlines: inlines, sourceMap: sourceMap.build(), warnings: warnings)
  }

  /// Parses inline content, adding each inline's span to `sourceMap` as a descendant of node
  /// `parent` (the paragraph or heading), so a document's spans go straight into one table.
  func parse(
    _ content: InlineContent, parent: Int32, into sourceMap: inout SourceMapBuilder
  ) -> (inlines: [Inline], warnings: [RichTextWarning]) {
    var scan = InlineScan(bytes: content.bytes, references: references)
    scan.run()
    var builder = InlineTreeBuilder(
      bytes: content.bytes, lineStarts: content.lineStarts, maxDepth: options.maxNestingDepth,
      sourceMap: SourceMapBuilder(), parent: parent)
    swap(&builder.sourceMap, &sourceMap)
    let inlines = builder.build(scan.arena)
    swap(&builder.sourceMap, &sourceMap)
    return (inlines, builder.warnings)
  }
}

extension InlineContent {
  /// The content of a one-paragraph field: its lines (any line ending) joined with "\n",
  /// each line's leading spaces and tabs dropped, as a paragraph's lines would be.
  init(text: String) {
    var bytes: [UInt8] = []
    var lineStarts: [(offset: Int, position: SourceLocation)] = []
    let source = Array(text.utf8)
    bytes.reserveCapacity(source.count)
    var index = 0
    var line = 1
    while true {
      var start = index
      while start < source.count, ByteClass.isSpaceOrTab(source[start]) { start += 1 }
      if !lineStarts.isEmpty { bytes.append(0x0A) }
      lineStarts.append(
        (bytes.count, SourceLocation(line: line, column: 1 + start - index, offset: start)))
      var lineEnd = start
      while lineEnd < source.count, source[lineEnd] != 0x0A, source[lineEnd] != 0x0D {
        lineEnd += 1
      }
      bytes.append(contentsOf: source[start..<lineEnd])
      guard lineEnd < source.count else { break }
      index = lineEnd + 1
      if source[lineEnd] == 0x0D, index < source.count, source[index] == 0x0A { index += 1 }
      line += 1
    }
    self.init(bytes: bytes, lineStarts: lineStarts)
  }
}
