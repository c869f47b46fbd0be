// Properties over generated block soup: parsing never traps, and every recorded span lies
// inside the input, in order, with line and column agreeing with the byte offset.
import BriefingTesting
import Testing

@testable import RichText

@Suite struct BlockPropertyTests {
  static let pieces = [
    "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", " ", "```", "~~~", "# ", "---",
    "===", "***", "<div>", "</div>", "<!--", "-->", "<pre>", "[a]: /u", "[a]", "text", "é", "\r\n",
    "\r", "\u{0}", "*a*", "`c`", "\\", "&amp;", "<x y='1'>", "|", "ü🙂",
  ]

  /// The position `offset` bytes into `text`, computed independently of the parser.
  func position(in bytes: [UInt8], at offset: Int) -> RichText.SourceLocation {
    var line = 1
    var column = 1
    var index = 0
    while index < offset {
      let byte = bytes[index]
      if byte == 10 || (byte == 13 && !(index + 1 < bytes.count && bytes[index + 1] == 10)) {
        line += 1
        column = 1
      } else if byte != 13 && byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return SourceLocation(line: line, column: column, offset: offset)
  }

  @Test func spansLieInsideTheInputAndAgreeWithOffsets() {
    var generator = SeededGenerator(seed: 2026)
    var checked = 0
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<Int.random(in: 1...10, using: &generator) {
        for _ in 0..<Int.random(in: 0...5, using: &generator) {
          text += Self.pieces.randomElement(using: &generator) ?? ""
        }
        text += "\n"
      }
      let bytes = Array(text.utf8)
      let document = CommonMark.parse(text)
      for (path, span) in document.sourceMap.spans {
        checked += 1
        guard span.start.offset <= span.end.offset, span.end.offset <= bytes.count else {
          Issue.record("span \(span) of \(path) out of order or range in \(text.debugDescription)")
          continue
        }
        // Lines and columns of top-level blocks, exactly (others share the same code).
        guard path.indices.count <= 1 else { continue }
        #expect(
          span.start == position(in: bytes, at: span.start.offset),
          "start of \(path) in \(text.debugDescription)")
        #expect(
          span.end == position(in: bytes, at: span.end.offset),
          "end of \(path) in \(text.debugDescription)")
      }
    }
    #expect(checked > 1000)
  }
}
