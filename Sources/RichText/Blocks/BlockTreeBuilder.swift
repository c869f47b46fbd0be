// From the parser's arena to the public tree: inline content is parsed (now that every link
// reference definition is known), and each node's span is added to the source map table.
//
// Nodes are created in document order, so every child has a larger index than its parent:
// paths are assigned in one forward pass and blocks built in one backward pass, with no
// recursion over the (input-controlled) nesting depth.

extension BlockParser {
  /// Converts the finalized arena into a document with source map and warnings.
  ///
  /// Leaf content moves out of the arena into the tree, so call this once, after ``parse()``.
  mutating func makeDocument() -> RichTextDocument {
    let count = nodes.count
    // Each reachable arena node's id in the source map (-1: removed, or inside a removed node).
    var ids = [Int32](repeating: -1, count: count)
    ids[0] = SourceMapBuilder.root
    var allWarnings = warnings

    // Forward: spans and inline content (in document order, so warnings are in order). A
    // node's children are added when it is reached, so their ids are known before theirs.
    var sourceMap = SourceMapBuilder(root: SourceRange(start: nodes[0].start, end: nodes[0].end))
    sourceMap.reserveCapacity(count + input.count / 20)
    let inlineParser = InlineParser(references: references, options: options)
    var inlines = [[Inline]](repeating: [], count: count)
    for index in 0..<count {
      let id = ids[index]
      guard id >= 0 else { continue }
      var childNumber = 0
      for child in nodes[index].children where !nodes[child].isRemoved {
        ids[child] = sourceMap.add(
          parent: id, index: childNumber,
          span: SourceRange(start: nodes[child].start, end: nodes[child].end))
        childNumber += 1
      }
      let kind = nodes[index].kind
      guard kind == .paragraph || kind == .heading else { continue }
      let (parsed, inlineWarnings) = inlineParser.parse(
        takeInlineContent(of: index), parent: id, into: &sourceMap)
      inlines[index] = parsed
      allWarnings.append(contentsOf: inlineWarnings)
    }
    // Laid out now, so the builder's arrays are freed before the tree is built.
    let spans = sourceMap.build()
    sourceMap = SourceMapBuilder()

    // Backward: children are built before their parents.
    var built = [Block?](repeating: nil, count: count)
    var itemBlocks = [[Block]](repeating: [], count: count)
    for index in stride(from: count - 1, through: 0, by: -1) where ids[index] >= 0 {
      // Fields are read in place; a copy of the node would retain all its arrays.
      let childIndices = nodes[index].children
      func children() -> [Block] { childIndices.compactMap { built[$0] } }
      switch nodes[index].kind {
      case .document:
        let blocks = children()
        var spans = spans
        if !nulReplacement.replacements.isEmpty {
          let map = nulReplacement
          spans.mapSpans {
            SourceRange(start: map.original($0.start), end: map.original($0.end))
          }
          for index in allWarnings.indices {
            allWarnings[index].position = allWarnings[index].position.map(map.original)
          }
        }
        return RichTextDocument(blocks: blocks, sourceMap: spans, warnings: allWarnings)
      case .paragraph:
        built[index] = .paragraph(inlines[index])
      case .heading:
        built[index] = .heading(level: nodes[index].level, inlines[index])
      case .blockQuote:
        built[index] = .blockQuote(children())
      case .item:
        itemBlocks[index] = children()
      case .list:
        let marker = nodes[index].marker
        let kind: ListKind =
          marker.isOrdered
          ? .ordered(start: marker.start, delimiter: marker.character)
          : .bullet(marker: marker.character)
        let items = childIndices.map { itemBlocks[$0] }
        built[index] = .list(ListBlock(kind: kind, isTight: nodes[index].isTight, items: items))
      case .thematicBreak:
        built[index] = .thematicBreak
      case .codeBlock:
        built[index] = .codeBlock(codeBlock(at: index))
      case .htmlBlock:
        // Verbatim, as cmark keeps it: an unclosed block keeps its trailing blank lines.
        built[index] = .html(String(decoding: nodes[index].content, as: UTF8.self))
      }
      // Release children once their parent holds them.
      for child in childIndices {
        built[child] = nil
        itemBlocks[child] = []
      }
    }
    return RichTextDocument(blocks: [], sourceMap: spans)
  }

  /// A paragraph's or heading's content for the inline parser: without the final line ending
  /// and the spaces or tabs before it. The content moves out of the node (no copy).
  mutating func takeInlineContent(of index: Int) -> InlineContent {
    var bytes: [UInt8] = []
    swap(&bytes, &nodes[index].content)
    if bytes.last == BlockSyntax.newline { bytes.removeLast() }
    bytes.removeSubrange(BlockSyntax.trimEnd(bytes, 0, bytes.count)...)
    var starts: [(offset: Int, position: SourceLocation)] = []
    swap(&starts, &nodes[index].lineStarts)
    if let last = starts.last, last.offset > bytes.count {
      starts.removeAll { $0.offset > bytes.count }
    }
    return InlineContent(bytes: bytes, lineStarts: starts)
  }

  /// A code block's info string (fenced only) and literal text.
  func codeBlock(at index: Int) -> CodeBlock {
    let content = nodes[index].content
    guard nodes[index].isFenced else {
      return CodeBlock(
        info: "", literal: String(decoding: content, as: UTF8.self), isFenced: false)
    }
    let lineEnd = content.firstIndex(of: BlockSyntax.newline) ?? content.count
    var infoStart = 0
    while infoStart < lineEnd, BlockSyntax.isSpaceOrTab(content[infoStart]) { infoStart += 1 }
    let infoEnd = BlockSyntax.trimEnd(content, infoStart, lineEnd)
    let info = unescapeCommonMarkString(content[infoStart..<infoEnd])
    let literal = lineEnd < content.count ? content[(lineEnd + 1)...] : []
    return CodeBlock(info: info, literal: String(decoding: literal, as: UTF8.self), isFenced: true)
  }
}
