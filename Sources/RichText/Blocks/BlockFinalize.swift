// Closing a block: what each kind does once no more lines can join it (link reference
// definitions leave paragraphs, lists learn whether they are tight).

extension BlockParser {
  /// Closes block `index`, post-processes it and makes its parent the tip.
  mutating func finalize(_ index: Int) {
    nodes[index].isOpen = false
    switch nodes[index].kind {
    case .paragraph:
      extractReferenceDefinitions(index)
      // Only definitions were left out, so what remains is either real text or nothing.
      let content = nodes[index].content
      if content.allSatisfy({ $0 == BlockSyntax.newline || BlockSyntax.isSpaceOrTab($0) }) {
        // It leaves the tree but stays among its parent's children: link reference
        // definitions are leaf blocks (spec 4.7), so a blank line between one and another
        // block makes a list loose, as the spec words it. cmark and commonmark.js unlink the
        // paragraph first and call `- a\n\n  [x]: /u` tight; the spec's reading is also what
        // lets the CommonMark renderer write a loose one-item list.
        nodes[index].isRemoved = true
      }
    case .list:
      nodes[index].isTight = isTight(list: index)
    case .codeBlock where !nodes[index].isFenced:
      trimTrailingBlankLines(ofIndentedCode: index)
    default:
      break
    }
    tip = nodes[index].parent
  }

  /// Moves link reference definitions at the start of paragraph `index` into ``references``.
  mutating func extractReferenceDefinitions(_ index: Int) {
    guard nodes[index].content.first == UInt8(ascii: "[") else { return }
    var content = nodes[index].content
    if content.last == BlockSyntax.newline { content.removeLast() }
    let (definitions, consumed) = parseLinkReferenceDefinitions(content)
    guard consumed > 0 else { return }
    for definition in definitions where references[definition.label] == nil {
      references[definition.label] = definition
    }
    // Definitions up to the end take the final line ending with them.
    let removed = consumed >= content.count ? nodes[index].content.count : consumed
    nodes[index].content.removeFirst(removed)
    let starts = nodes[index].lineStarts.filter { $0.offset >= removed }
    nodes[index].lineStarts = starts.map { ($0.offset - removed, $0.position) }
    if let first = starts.first { nodes[index].start = first.position }
  }

  /// Whether a list is tight: no item but the last ends with a blank line, and no item has a
  /// blank line between two of its blocks (cmark's rule; an item's own flag counts, its
  /// blocks are looked into).
  mutating func isTight(list: Int) -> Bool {
    let items = nodes[list].children
    for (itemNumber, item) in items.enumerated() {
      let hasNextItem = itemNumber < items.count - 1
      if nodes[item].lastLineBlank && hasNextItem { return false }
      let blocks = nodes[item].children
      for (blockNumber, block) in blocks.enumerated() {
        let hasNextBlock = blockNumber < blocks.count - 1
        if (hasNextItem || hasNextBlock) && endsWithBlankLine(block) { return false }
      }
    }
    return true
  }

  /// Whether `index` ends with a blank line, looking into the last items of nested lists.
  ///
  /// Each node is looked into once (`lastLineChecked`), so nested lists stay linear.
  mutating func endsWithBlankLine(_ index: Int) -> Bool {
    var current = index
    while true {
      if nodes[current].lastLineBlank { return true }
      let kind = nodes[current].kind
      let wasChecked = nodes[current].lastLineChecked
      nodes[current].lastLineChecked = true
      guard !wasChecked, kind == .list || kind == .item, let last = nodes[current].children.last
      else { return false }
      current = last
    }
  }

  /// Drops the blank lines an indented code block collected at its end.
  mutating func trimTrailingBlankLines(ofIndentedCode index: Int) {
    guard let end = BlockSyntax.trailingBlankLinesStart(nodes[index].content) else { return }
    nodes[index].content.removeSubrange((end + 1)...)
  }
}
