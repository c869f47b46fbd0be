// Blocks back to CommonMark, line by line: each block becomes lines, and containers prefix them
// (`> ` for quotes, the marker then its width in spaces for list items), so nesting never has
// to track columns.

/// Writes blocks as canonical CommonMark.
struct CommonMarkBlockWriter {
  typealias Line = [UInt8]

  /// The whole document: blocks separated by blank lines, ending in a newline.
  func render(_ blocks: [Block]) -> String {
    var out: [UInt8] = []
    for line in lines(of: blocks, tight: false) {
      out.append(contentsOf: line)
      out.append(0x0A)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The lines of sibling blocks; loose siblings are separated by a blank line.
  func lines(of blocks: [Block], tight: Bool, inStarItem: Bool = false) -> [Line] {
    var result: [Line] = []
    for index in blocks.indices {
      if index > 0, !tight { result.append([]) }
      let previous = index > 0 ? blocks[index - 1] : nil
      let next = index + 1 < blocks.count ? blocks[index + 1] : nil
      result += lines(
        of: blocks[index], previous: previous, next: next,
        firstInStarItem: inStarItem && index == 0)
      // With no blank line after it, a quote ending in a paragraph would take the next line
      // as a lazy continuation; an empty quote line closes that paragraph.
      if tight, case .blockQuote = blocks[index], blocks[index].endsWithParagraph,
        next?.couldBeLazyContinuation == true
      {
        result.append(Array(">".utf8))
      }
    }
    return result
  }

  private func lines(of block: Block, previous: Block?, next: Block?, firstInStarItem: Bool)
    -> [Line]
  {
    switch block {
    case .paragraph(let inlines):
      let lines = split(renderCommonMarkInlines(inlines, start: .blockStart, breaks: .blockStart))
      guard case .html = inlines.first, let first = lines.first else { return lines }
      // Raw HTML opening a paragraph would open an HTML block. Behind a reference definition
      // (which leaves nothing in the tree) and indented, it continues the paragraph instead.
      return [Array("[//]: #".utf8), Array("    ".utf8) + first] + lines.dropFirst()
    case .heading(let level, let inlines):
      return heading(level: level, inlines)
    case .list(let list):
      return self.list(list, previous: previous, next: next)
    case .blockQuote(let children):
      let inner = lines(of: children, tight: false)
      if inner.isEmpty { return [Array(">".utf8)] }
      return inner.map { $0.isEmpty ? Array(">".utf8) : Array("> ".utf8) + $0 }
    case .codeBlock(let code):
      return codeBlock(code)
    case .thematicBreak:
      // `***` would read as a `*` list marker followed by a break; `---` after a paragraph
      // would underline it as a heading.
      return [Array((firstInStarItem ? "___" : "***").utf8)]
    case .html(let html):
      var bytes = Array(html.utf8)
      if bytes.last == 0x0A { bytes.removeLast() }
      return split(bytes)
    }
  }

  private func heading(level: Int, _ inlines: [Inline]) -> [Line] {
    var containsLineBreak = false
    RichTextWalk.forEach(inlines) { node, _ in
      if case .inline(.softBreak) = node { containsLineBreak = true }
      if case .inline(.hardBreak) = node { containsLineBreak = true }
    }
    if containsLineBreak, level <= 2 {
      let content = renderCommonMarkInlines(inlines, start: .blockStart, breaks: .blockStart)
      return split(content) + [Array((level == 1 ? "===" : "---").utf8)]
    }
    // An ATX heading is one line, so breaks (possible only in built trees) become spaces.
    let oneLine = RichTextWalk.map(inlines) { inline, _ in
      switch inline {
      case .softBreak, .hardBreak: .text(" ")
      default: inline
      }
    }
    var content = renderCommonMarkInlines(oneLine, start: .strippedSpace, breaks: .strippedSpace)
    // A final `#` would be read as a closing sequence.
    if content.last == UInt8(ascii: "#"), content.dropLast().last != UInt8(ascii: "\\") {
      content.insert(UInt8(ascii: "\\"), at: content.count - 1)
    }
    var line = [UInt8](repeating: UInt8(ascii: "#"), count: min(max(level, 1), 6))
    if !content.isEmpty { line += [0x20] + content }
    return [line]
  }

  private func codeBlock(_ code: CodeBlock) -> [Line] {
    var literal = Array(code.literal.utf8)
    if literal.last == 0x0A { literal.removeLast() }
    let codeLines = literal.isEmpty && code.literal.isEmpty ? [] : split(literal)
    if !code.isFenced, code.info.isEmpty, canIndent(codeLines) {
      return codeLines.map { $0.isEmpty ? $0 : Array("    ".utf8) + $0 }
    }
    let info = Array(code.info.utf8)
    let fenceByte = info.contains(UInt8(ascii: "`")) ? UInt8(ascii: "~") : UInt8(ascii: "`")
    let fence = Line(repeating: fenceByte, count: max(3, longestRun(of: fenceByte, in: literal) + 1))
    var opening = fence
    for (index, byte) in info.enumerated() {
      // Backslashes and entity-like `&` would be unescaped on reading; spaces at either end
      // would be trimmed, so they are written as character references.
      if (byte == 0x20 || byte == 0x09) && (index == 0 || index == info.count - 1) {
        opening += Array("&#\(byte);".utf8)
        continue
      }
      // A leading `~` would lengthen a tilde fence.
      if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&") || (index == 0 && byte == fenceByte) {
        opening.append(UInt8(ascii: "\\"))
      }
      opening.append(byte)
    }
    return [opening] + codeLines + [fence]
  }

  /// Whether code can be written indented: its first and last lines must not be blank, as
  /// blank lines around an indented block are not part of it.
  private func canIndent(_ lines: [Line]) -> Bool {
    guard let first = lines.first, let last = lines.last else { return false }
    let blank: (Line) -> Bool = { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    return !blank(first) && !blank(last)
  }

  private func longestRun(of target: UInt8, in bytes: [UInt8]) -> Int {
    var longest = 0
    var run = 0
    for byte in bytes {
      run = byte == target ? run + 1 : 0
      longest = max(longest, run)
    }
    return longest
  }

  // MARK: Lists

  private func list(_ list: ListBlock, previous: Block?, next: Block?) -> [Line] {
    var kind = list.kind
    // Two adjacent lists with the same marker would merge into one.
    if case .list(let before) = previous, before.kind.sameMarker(as: kind) {
      kind = kind.alternate
    }
    // An indented code block right after the list must not be read as part of its last item.
    // Its first line is indented four columns plus its own leading spaces; the items' content
    // must start further in than that.
    var minimumWidth = 0
    if case .codeBlock(let code) = next, !code.isFenced, code.info.isEmpty {
      minimumWidth = 5 + code.literal.utf8.prefix { $0 == 0x20 }.count
    }
    var result: [Line] = []
    for (index, item) in list.items.enumerated() {
      if index > 0, !list.isTight { result.append([]) }
      let marker = kind.marker(at: index)
      var inStar = false
      if case .bullet(let byte) = kind, byte == UInt8(ascii: "*") { inStar = true }
      let inner = lines(of: item, tight: list.isTight, inStarItem: inStar)
      guard let first = inner.first else {
        result.append(marker)
        continue
      }
      // A marker may be indented up to three spaces and followed by up to four.
      var lead = 0
      var spaces = 1
      if case .codeBlock(let code) = item.first, !code.isFenced, code.info.isEmpty {
        spaces = 1  // the code's own four spaces follow the single space
      } else if minimumWidth > marker.count + 1 {
        lead = min(3, max(0, minimumWidth - marker.count - 4))
        spaces = min(4, max(1, minimumWidth - marker.count - lead))
      }
      let indent = Line(repeating: 0x20, count: lead + marker.count + spaces)
      var rest = inner.dropFirst()
      if first.first == 0x20, !(item.first?.isIndentedCode ?? false) {
        // Spaces after the marker would count toward it (an HTML block's own indentation):
        // the item starts with a blank line and its content follows on the next.
        result.append(Line(repeating: 0x20, count: lead) + marker)
        rest = inner[...]
      } else {
        result.append(
          Line(repeating: 0x20, count: lead) + marker + Line(repeating: 0x20, count: spaces)
            + first)
      }
      for line in rest {
        result.append(line.isEmpty ? line : indent + line)
      }
      // A loose list shows its looseness through blank lines between items or between an
      // item's blocks; one item holding one block has neither, so a blank line and a
      // reference definition (which leaves no block behind) follow it.
      if !list.isTight, list.items.count == 1, item.count == 1 {
        result.append([])
        result.append(indent + Array("[//]: #".utf8))
      }
    }
    return result
  }

  private func split(_ bytes: [UInt8]) -> [Line] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }
}

extension Block {
  /// Whether this block is written as indented code.
  fileprivate var isIndentedCode: Bool {
    if case .codeBlock(let code) = self { return !code.isFenced && code.info.isEmpty }
    return false
  }

  /// Whether the last line of this block is paragraph text, which a following line could
  /// continue lazily.
  fileprivate var endsWithParagraph: Bool {
    var block = self
    while true {
      switch block {
      case .paragraph: return true
      case .blockQuote(let children):
        guard let last = children.last else { return false }
        block = last
      case .list(let list):
        guard let last = list.items.last?.last else { return false }
        block = last
      default: return false
      }
    }
  }

  /// Whether this block's first line could continue a paragraph above it (lazily).
  fileprivate var couldBeLazyContinuation: Bool {
    switch self {
    case .paragraph: return true
    case .codeBlock(let code): return !code.isFenced && code.info.isEmpty
    default: return false
    }
  }
}

extension ListKind {
  /// Whether two lists with these kinds would be one list if adjacent.
  fileprivate func sameMarker(as other: ListKind) -> Bool {
    switch (self, other) {
    case (.bullet(let a), .bullet(let b)): return a == b
    case (.ordered(_, let a), .ordered(_, let b)): return a == b
    default: return false
    }
  }

  /// The same kind of list with a different marker.
  fileprivate var alternate: ListKind {
    switch self {
    case .bullet(let marker):
      return .bullet(marker: marker == UInt8(ascii: "-") ? UInt8(ascii: "*") : UInt8(ascii: "-"))
    case .ordered(let start, let delimiter):
      return .ordered(start: start, delimiter: delimiter == UInt8(ascii: ".") ? 0x29 : 0x2E)
    }
  }

  /// The marker of the item at `index`; numbers stop at the largest the parser accepts.
  fileprivate func marker(at index: Int) -> [UInt8] {
    switch self {
    case .bullet(let marker):
      return [marker]
    case .ordered(let start, let delimiter):
      let number = start > 999_999_999 - index ? 999_999_999 : start + index
      return Array(String(max(0, number)).utf8) + [delimiter]
    }
  }
}
