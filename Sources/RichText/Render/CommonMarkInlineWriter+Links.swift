// Code spans, link destinations and titles: the parts of inline CommonMark whose escaping
// follows their own rules rather than those of running text.

extension CommonMarkInlineWriter {
  mutating func writeCode(_ code: String) {
    let bytes = Array(code.utf8)
    // The shortest backtick run that does not occur inside the code delimits it.
    var used = Set<Int>()
    var run = 0
    for byte in bytes {
      if byte == UInt8(ascii: "`") {
        run += 1
      } else {
        if run > 0 { used.insert(run) }
        run = 0
      }
    }
    if run > 0 { used.insert(run) }
    var ticks = 1
    while used.contains(ticks) { ticks += 1 }
    let allSpaces = bytes.allSatisfy { $0 == 0x20 }
    // The parser strips one space from each end when both ends are spaces (and the code is not
    // all spaces); padding keeps backticks at the ends and such spaces intact.
    let pad = !bytes.isEmpty && !allSpaces
      && (bytes.first == UInt8(ascii: "`") || bytes.last == UInt8(ascii: "`")
        || (bytes.first == 0x20 && bytes.last == 0x20))
    for _ in 0..<ticks { out.append(UInt8(ascii: "`")) }
    if pad { out.append(0x20) }
    out.append(contentsOf: bytes)
    if pad { out.append(0x20) }
    for _ in 0..<ticks { out.append(UInt8(ascii: "`")) }
  }

  mutating func writeLinkTail(_ link: Link) {
    out.append(contentsOf: "](".utf8)
    writeDestination(link.destination, hasTitle: !link.title.isEmpty)
    if !link.title.isEmpty {
      out.append(contentsOf: " \"".utf8)
      for byte in link.title.utf8 {
        writeEscapedInQuotes(byte, escaping: UInt8(ascii: "\""))
      }
      out.append(UInt8(ascii: "\""))
    }
    out.append(UInt8(ascii: ")"))
  }

  mutating func writeDestination(_ destination: String, hasTitle: Bool) {
    let bytes = Array(destination.utf8)
    let needsAngles = (bytes.isEmpty && hasTitle)
      || bytes.contains { $0 <= 0x20 || $0 == 0x7F }
    if needsAngles {
      out.append(UInt8(ascii: "<"))
      for byte in bytes {
        if byte == UInt8(ascii: "<") { out.append(UInt8(ascii: "\\")) }
        writeEscapedInQuotes(byte, escaping: UInt8(ascii: ">"))
      }
      out.append(UInt8(ascii: ">"))
      return
    }
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "\\"):
        out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "&"):
        if index + 1 < bytes.count, ByteClass.isAlphanumeric(bytes[index + 1]) || bytes[index + 1] == 0x23 {
          out.append(UInt8(ascii: "\\"))
        }
      default:
        break
      }
      out.append(byte)
    }
  }

  /// Writes a byte of a title or bracketed destination: the closing character, backslashes and
  /// entity-like `&` escaped, line endings as character references (a literal newline could
  /// start a block on the next line).
  mutating func writeEscapedInQuotes(_ byte: UInt8, escaping closing: UInt8) {
    switch byte {
    case closing, UInt8(ascii: "\\"), UInt8(ascii: "&"):
      out.append(UInt8(ascii: "\\"))
      out.append(byte)
    case 0x0A, 0x0D:
      writeCharacterReference(byte)
    default:
      out.append(byte)
    }
  }
}
