// From the parser's arena to the public tree: inline content is parsed (now that every link
// reference definition is known), and each node's span is recorded by its `NodePath`.
//
// Nodes are created in document order, so every child has a larger index than its parent:
// paths are assigned in one forward pass and blocks built in one backward pass, with no
// recursion over the (input-controlled) nesting depth.

extension BlockParser {
  /// Converts the finalized arena into a document with source map and warnings.
  func makeDocument() -> RichTextDocument {
    let count = nodes.count
    var paths = [[Int]?](repeating: nil, count: count)
    paths[0] = []
    var allWarnings = warnings

    // Forward: paths, spans, and inline content (in document order, so warnings are in order).
    // The map is sized up front, as growing a dictionary keyed by array paths rehashes every
    // key; inline nodes are about one per dozen bytes of text.
    var spans: [NodePath: SourceSpan] = [:]
    spans.reserveCapacity(count + input.count / 12)
    let inlineParser = InlineParser(references: references, options: options)
    var inlines = [[Inline]](repeating: [], count: count)
    for index in 0..<count {
      guard let path = paths[index] else { continue }
      var childNumber = 0
      for child in nodes[index].children where !nodes[child].isRemoved {
        paths[child] = path + CollectionOfOne(childNumber)
        childNumber += 1
      }
      spans[NodePath(path)] = SourceSpan(start: nodes[index].start, end: nodes[index].end)
      let kind = nodes[index].kind
      guard kind == .paragraph || kind == .heading else { continue }
      let (parsed, inlineWarnings) = inlineParser.parse(
        inlineContent(of: nodes[index]), spanPrefix: path, into: &spans)
      inlines[index] = parsed
      allWarnings.append(contentsOf: inlineWarnings)
    }

    // Backward: children are built before their parents.
    var built = [Block?](repeating: nil, count: count)
    var itemBlocks = [[Block]](repeating: [], count: count)
    for index in stride(from: count - 1, through: 0, by: -1) where paths[index] != nil {
      let node = nodes[index]
      func children() -> [Block] { node.children.compactMap { built[$0] } }
      switch node.kind {
      case .document:
        let blocks = children()
        if !nulReplacement.replacements.isEmpty {
          let map = nulReplacement
          spans = spans.mapValues {
            SourceSpan(start: map.original($0.start), end: map.original($0.end))
          }
          for index in allWarnings.indices {
            allWarnings[index].position = allWarnings[index].position.map(map.original)
          }
        }
        return RichTextDocument(
          blocks: blocks, sourceMap: RichTextSourceMap(spans: spans), warnings: allWarnings)
      case .paragraph:
        built[index] = .paragraph(inlines[index])
      case .heading:
        built[index] = .heading(level: node.level, inlines[index])
      case .blockQuote:
        built[index] = .blockQuote(children())
      case .item:
        itemBlocks[index] = children()
      case .list:
        let kind: ListKind =
          node.marker.isOrdered
          ? .ordered(start: node.marker.start, delimiter: node.marker.character)
          : .bullet(marker: node.marker.character)
        let items = node.children.map { itemBlocks[$0] }
        built[index] = .list(ListBlock(kind: kind, isTight: node.isTight, items: items))
      case .thematicBreak:
        built[index] = .thematicBreak
      case .codeBlock:
        built[index] = .codeBlock(codeBlock(of: node))
      case .htmlBlock:
        // Verbatim, as cmark keeps it: an unclosed block keeps its trailing blank lines.
        built[index] = .html(String(decoding: node.content, as: UTF8.self))
      }
      // Release children once their parent holds them.
      for child in node.children {
        built[child] = nil
        itemBlocks[child] = []
      }
    }
    return RichTextDocument(blocks: [], sourceMap: RichTextSourceMap(spans: spans))
  }

  /// A paragraph's or heading's content for the inline parser: without the final line ending
  /// and the spaces or tabs before it.
  func inlineContent(of node: BlockNode) -> InlineContent {
    var bytes = node.content
    if bytes.last == BlockSyntax.newline { bytes.removeLast() }
    bytes.removeSubrange(BlockSyntax.trimEnd(bytes, 0, bytes.count)...)
    let starts = node.lineStarts.filter { $0.offset <= bytes.count }
    return InlineContent(bytes: bytes, lineStarts: starts)
  }

  /// A code block's info string (fenced only) and literal text.
  func codeBlock(of node: BlockNode) -> CodeBlock {
    let content = node.content
    guard node.isFenced else {
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
