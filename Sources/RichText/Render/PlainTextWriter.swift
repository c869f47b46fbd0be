// Rich text as plain text, for the plain-text briefing format and for email. The rules are
// documented on `PlainTextRenderer`.

/// Writes blocks and inlines as plain text, line by line.
struct PlainTextWriter {
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

  /// The text of inlines: no markup, breaks as newlines.
  func renderInline(_ inlines: [Inline]) -> String {
    var out: [UInt8] = []
    write(inlines, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private func lines(of blocks: [Block], tight: Bool, inItem: Bool = false) -> [Line] {
    var result: [Line] = []
    for block in blocks {
      let blockLines = lines(of: block, inItem: inItem)
      if blockLines.isEmpty { continue }  // raw HTML leaves no trace, not even a blank line
      if !result.isEmpty, !tight { result.append([]) }
      result += blockLines
    }
    return result
  }

  private func lines(of block: Block, inItem: Bool) -> [Line] {
    switch block {
    case .paragraph(let inlines), .heading(_, let inlines):
      var out: [UInt8] = []
      write(inlines, into: &out)
      return split(out)
    case .list(let list):
      return self.list(list, indented: !inItem)
    case .blockQuote(let children):
      return lines(of: children, tight: false).map {
        $0.isEmpty ? Array(">".utf8) : Array("> ".utf8) + $0
      }
    case .codeBlock(let code):
      var literal = Array(code.literal.utf8)
      if literal.last == 0x0A { literal.removeLast() }
      if literal.isEmpty { return [] }
      return split(literal).map { $0.isEmpty ? $0 : Array("    ".utf8) + $0 }
    case .thematicBreak:
      return [Array("* * *".utf8)]
    case .html:
      return []
    }
  }

  private func list(_ list: ListBlock, indented: Bool) -> [Line] {
    let base: Line = indented ? Array("  ".utf8) : []
    var result: [Line] = []
    for (index, item) in list.items.enumerated() {
      if index > 0, !list.isTight { result.append([]) }
      let marker: Line
      let markerColumns: Int
      switch list.kind {
      case .bullet:
        marker = Array("•".utf8)
        markerColumns = 1
      case .ordered(let start, _):
        let number = start > Int.max - index ? start : start + index
        marker = Array("\(number).".utf8)
        markerColumns = marker.count
      }
      let inner = lines(of: item, tight: list.isTight, inItem: true)
      let first = inner.first ?? []
      result.append(base + marker + (first.isEmpty ? [] : [0x20] + first))
      let indent = Line(repeating: 0x20, count: base.count + markerColumns + 1)
      for line in inner.dropFirst() {
        result.append(line.isEmpty ? line : indent + line)
      }
    }
    return result
  }

  private func write(_ inlines: [Inline], into out: inout [UInt8]) {
    for inline in inlines {
      switch inline {
      case .text(let text), .code(let text):
        out.append(contentsOf: text.utf8)
      case .softBreak, .hardBreak:
        out.append(0x0A)
      case .emphasis(let children), .strong(let children):
        write(children, into: &out)
      case .link(let link):
        var text: [UInt8] = []
        write(link.content, into: &text)
        let url = Array(link.destination.utf8)
        // A link whose text is its URL (or its address, for `mailto:`) is shown once.
        if text.isEmpty {
          out.append(contentsOf: url)
        } else if url.isEmpty || text == url || Array("mailto:".utf8) + text == url {
          out.append(contentsOf: text)
        } else {
          out.append(contentsOf: text)
          out.append(contentsOf: " (".utf8)
          out.append(contentsOf: url)
          out.append(UInt8(ascii: ")"))
        }
      case .image(let image):
        write(image.content, into: &out)
      case .autolink(let autolink):
        out.append(contentsOf: autolink.target.utf8)
      case .html:
        break
      }
    }
  }

  private func split(_ bytes: [UInt8]) -> [Line] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }
}
