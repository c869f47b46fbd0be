// CommonMark 0.31.2 block structure (section 5 "Container blocks" and appendix "A parsing
// strategy"): each line first continues the open containers, then may open new blocks, and what
// is left is text for the innermost open leaf. The shape follows commonmark.js's blocks.js, on
// UTF-8 bytes and an index-addressed arena of value-type nodes.

/// The block-structure phase of the parser: lines in, an arena of finalized nodes out.
struct BlockParser {
  /// The whole input.
  let input: [UInt8]
  /// Where NULs in the caller's input were replaced with U+FFFD in ``input``.
  let nulReplacement: NULReplacement
  /// Limits, such as the container nesting bound.
  let options: ParseOptions
  /// The working tree; index 0 is the document.
  var nodes: [BlockNode]
  /// The innermost open block.
  var tip = 0
  /// The tip before the current line was read.
  var oldTip = 0
  /// The innermost open block the current line continued.
  var lastMatchedContainer = 0
  /// Whether the blocks the current line did not continue have been closed.
  var allClosed = true
  /// Link reference definitions found so far; the first of a label wins.
  var references: LinkReferenceMap = [:]
  /// Problems recovered from.
  var warnings: [RichTextWarning] = []

  // The current line: `input[lineStart..<lineEnd]`, without its line ending.
  var lineNumber = 0
  var lineStart = 0
  var lineEnd = 0
  /// The byte being looked at, and its column with tabs expanded to multiples of 4 (0-based).
  var offset = 0
  var column = 0
  /// The first byte at or after `offset` that is not a space or tab, and its column.
  var nextNonspace = 0
  var nextNonspaceColumn = 0
  /// Columns of indentation from `offset` to `nextNonspace`.
  var indent = 0
  var isIndented = false
  /// Whether the rest of the line is blank.
  var isBlank = false
  /// Whether `offset` is on a tab only some of whose columns have been consumed.
  var partiallyConsumedTab = false
  /// The last run of spaces and tabs ``findNextNonspace()`` scanned: line, first byte, end,
  /// and the column at its end.
  var whitespaceRun = (line: 0, start: -1, end: -1, endColumn: 0)

  /// Creates a parser for `input`.
  init(input: [UInt8], options: ParseOptions) {
    (self.input, self.nulReplacement) = NULReplacement.apply(to: input)
    self.options = options
    let origin = SourceLocation(line: 1, column: 1, offset: 0)
    nodes = [BlockNode(kind: .document, parent: 0, start: origin, depth: 0)]
    // Growing a large arena copies it. Block-dense text (the spec's examples) makes about one
    // node per 16 bytes; prose far fewer, and the pages of a generous reservation it never
    // uses are never touched.
    nodes.reserveCapacity(input.count / 16 + 16)
  }

  /// Reads every line (ended by `\n`, `\r\n` or `\r`) and closes all blocks.
  mutating func parse() {
    let count = input.count
    var start = 0
    while start < count {
      var end = start
      while end < count, input[end] != 10, input[end] != 13 { end += 1 }
      incorporateLine(start: start, end: end)
      if end < count, input[end] == 13, end + 1 < count, input[end + 1] == 10 {
        start = end + 2
      } else {
        start = end + 1
      }
    }
    while true {
      let node = tip
      finalize(node)
      if node == 0 { break }
    }
  }

  // MARK: The current line

  /// The byte at `index` of the current line, or nil past its end.
  @inline(__always)
  func byte(at index: Int) -> UInt8? { index < lineEnd ? input[index] : nil }

  /// The source position of byte `index` of the current line (column in Unicode scalars).
  func position(at index: Int) -> SourceLocation {
    var scalars = 0
    var cursor = lineStart
    while cursor < index {
      if input[cursor] & 0xC0 != 0x80 { scalars += 1 }
      cursor += 1
    }
    return SourceLocation(line: lineNumber, column: scalars + 1, offset: index)
  }

  /// Finds the next non-space byte from `offset` and measures the indentation before it.
  ///
  /// Each open container calls this on the same line; the run of spaces and tabs scanned
  /// before is reused, so deep nesting before long indentation does not rescan it once per
  /// container. Reuse is exact: tab stops are absolute columns, and within one line the parser
  /// only ever moves forward through the run, so the column where it ends is the same.
  mutating func findNextNonspace() {
    var index = offset
    var columns = column
    if whitespaceRun.line == lineNumber && offset >= whitespaceRun.start
      && offset <= whitespaceRun.end
    {
      index = whitespaceRun.end
      columns = whitespaceRun.endColumn
    } else {
      while index < lineEnd {
        let byte = input[index]
        if byte == BlockSyntax.space {
          index += 1
          columns += 1
        } else if byte == BlockSyntax.tab {
          index += 1
          columns += 4 - columns % 4
        } else {
          break
        }
      }
      whitespaceRun = (lineNumber, offset, index, columns)
    }
    isBlank = index == lineEnd
    nextNonspace = index
    nextNonspaceColumn = columns
    indent = columns - column
    isIndented = indent >= 4
  }

  /// Moves `count` bytes (or, when `columns`, `count` columns, splitting tabs) along the line.
  mutating func advanceOffset(_ count: Int, columns: Bool) {
    var remaining = count
    while remaining > 0, offset < lineEnd {
      if input[offset] == BlockSyntax.tab {
        let toTabStop = 4 - column % 4
        if columns {
          partiallyConsumedTab = toTabStop > remaining
          let advance = min(toTabStop, remaining)
          column += advance
          offset += partiallyConsumedTab ? 0 : 1
          remaining -= advance
        } else {
          partiallyConsumedTab = false
          column += toTabStop
          offset += 1
          remaining -= 1
        }
      } else {
        partiallyConsumedTab = false
        offset += 1
        column += 1
        remaining -= 1
      }
    }
  }

  /// Moves to the next non-space byte found by ``findNextNonspace()``.
  mutating func advanceNextNonspace() {
    offset = nextNonspace
    column = nextNonspaceColumn
    partiallyConsumedTab = false
  }

  // MARK: One line

  /// Incorporates the line `input[start..<end]` into the tree.
  mutating func incorporateLine(start: Int, end: Int) {
    lineNumber += 1
    lineStart = start
    lineEnd = end
    offset = start
    column = 0
    isBlank = false
    partiallyConsumedTab = false
    oldTip = tip
    let isRawBlank = BlockSyntax.isBlank(input, start, end)

    // Continue the open blocks, outermost first; stop at the first that does not match.
    var container = 0
    while let last = nodes[container].children.last, nodes[last].isOpen {
      container = last
      findNextNonspace()
      switch continueBlock(container) {
      case .matched:
        continue
      case .failed:
        container = nodes[container].parent
      case .lineConsumed:
        if !isRawBlank { extendEnd(of: container) }
        return
      }
      break
    }
    allClosed = container == oldTip
    lastMatchedContainer = container

    // Open new blocks while the rest of the line starts one.
    var matchedLeaf = nodes[container].kind != .paragraph && nodes[container].kind.acceptsLines
    while !matchedLeaf {
      findNextNonspace()
      if !isIndented && !BlockSyntax.maySpecial(byte(at: nextNonspace)) {
        advanceNextNonspace()
        break
      }
      let started = startBlock(in: container)
      if started == .none {
        advanceNextNonspace()
        break
      }
      container = tip
      matchedLeaf = started == .leaf
    }

    // What remains is text: a lazy continuation, a line of an open leaf, or a new paragraph.
    var receiver = container
    if !allClosed && !isBlank && nodes[tip].kind == .paragraph {
      receiver = tip
      addLine()
    } else {
      closeUnmatchedBlocks()
      if isBlank, let last = nodes[container].children.last { nodes[last].lastLineBlank = true }
      markLastLineBlank(container)
      let kind = nodes[container].kind
      if kind.acceptsLines {
        addLine()
        let htmlKind = nodes[container].htmlKind
        if kind == .htmlBlock, (1...5).contains(htmlKind),
          HTMLBlockSyntax.endsBlock(kind: htmlKind, input, offset, lineEnd)
        {
          if !isRawBlank { extendEnd(of: container) }
          finalize(container)
          return
        }
      } else if offset < lineEnd && !isBlank {
        receiver = addChild(.paragraph, at: position(at: nextNonspace))
        advanceNextNonspace()
        addLine()
      }
    }
    if !isRawBlank { extendEnd(of: receiver) }
  }

  /// Records whether the line was blank on `container`, and clears it on its ancestors, as
  /// cmark does: a line blank only inside a quote (`>` alone) is no blank line around the quote.
  ///
  /// Block quote lines are never blank (they hold a `>`), blank lines in fenced code do not
  /// count, and neither does the line that opened an empty list item.
  private mutating func markLastLineBlank(_ container: Int) {
    let kind = nodes[container].kind
    nodes[container].lastLineBlank =
      isBlank
      && !(kind == .blockQuote || (kind == .codeBlock && nodes[container].isFenced)
        || (kind == .item && nodes[container].children.isEmpty
          && nodes[container].start.line == lineNumber))
    var current = container
    while current != 0 {
      current = nodes[current].parent
      nodes[current].lastLineBlank = false
    }
  }

  /// Extends `index` and its ancestors to the end of the current line.
  mutating func extendEnd(of index: Int) {
    let end = position(at: lineEnd)
    var current = index
    while nodes[current].end.offset != lineEnd || nodes[current].end.line != lineNumber {
      nodes[current].end = end
      if current == 0 { break }
      current = nodes[current].parent
    }
  }

  /// Appends the rest of the line to the tip's content.
  mutating func addLine() {
    // Mutate in place: a copy of the node would copy its content on every line.
    if partiallyConsumedTab {
      offset += 1
      let toTabStop = 4 - column % 4
      nodes[tip].content.append(contentsOf: repeatElement(BlockSyntax.space, count: toTabStop))
    }
    if nodes[tip].kind == .paragraph {
      nodes[tip].lineStarts.append((nodes[tip].content.count, position(at: offset)))
    }
    nodes[tip].content.append(contentsOf: input[offset..<lineEnd])
    nodes[tip].content.append(BlockSyntax.newline)
  }

  /// Adds a `kind` block as a child of the tip, closing blocks that cannot hold it.
  @discardableResult
  mutating func addChild(_ kind: BlockKind, at start: SourceLocation) -> Int {
    while !nodes[tip].kind.canContain(kind) { finalize(tip) }
    let parent = tip
    let depth = nodes[parent].depth + (kind.isNestingContainer ? 1 : 0)
    let index = nodes.count
    nodes.append(BlockNode(kind: kind, parent: parent, start: start, depth: depth))
    nodes[parent].children.append(index)
    tip = index
    return index
  }

  /// Closes the blocks the current line did not continue.
  mutating func closeUnmatchedBlocks() {
    guard !allClosed else { return }
    while oldTip != lastMatchedContainer {
      let parent = nodes[oldTip].parent
      finalize(oldTip)
      oldTip = parent
    }
    allClosed = true
  }
}
