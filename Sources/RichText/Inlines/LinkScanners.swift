// Scanners for the parts of links shared by inline links and link reference definitions
// (CommonMark 0.31.2, section 6.3): labels, destinations and titles.

/// Scanners over UTF-8 bytes; each takes a start index and an exclusive end and returns where
/// the construct ends, or nil when it is not there.
enum LinkScanner {
  /// The longest link label, in characters (the spec's limit).
  static let maxLabelLength = 999
  /// How deeply a raw destination may nest parentheses; deeper fails, which keeps runs of
  /// unclosed `[a](b(` linear (cmark uses the same bound).
  static let maxDestinationParens = 32

  /// Skips spaces and tabs, at most one line ending, then spaces and tabs again.
  static func skipSpacesAndNewline(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
    var index = skipSpaces(bytes, start, end)
    if index < end, bytes[index] == 0x0A { index = skipSpaces(bytes, index + 1, end) }
    return index
  }

  /// Skips spaces and tabs.
  static func skipSpaces(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
    var index = start
    while index < end, ByteClass.isSpaceOrTab(bytes[index]) { index += 1 }
    return index
  }

  /// Scans a link label at `start` (a `[`); returns the index just past the closing `]`.
  ///
  /// A label holds no unescaped brackets and at most 999 characters.
  static func label(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
    guard start < end, bytes[start] == UInt8(ascii: "[") else { return nil }
    var index = start + 1
    var characters = 0
    while index < end, characters <= maxLabelLength {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "]"): return index + 1
      case UInt8(ascii: "["): return nil
      case UInt8(ascii: "\\"):
        index += 1
        characters += 1
        if index < end, ByteClass.isASCIIPunctuation(bytes[index]) { index += 1; characters += 1 }
      default:
        index += 1
        if byte & 0xC0 != 0x80 { characters += 1 }
      }
    }
    return nil
  }

  /// Scans a link destination at `start`: `<…>` or a raw destination with balanced parens.
  ///
  /// Returns the range of the destination's text (without angle brackets) and where it ends.
  static func destination(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Range<Int>, Int)? {
    guard start < end else { return nil }
    if bytes[start] == UInt8(ascii: "<") {
      var index = start + 1
      while index < end {
        switch bytes[index] {
        case UInt8(ascii: ">"): return ((start + 1)..<index, index + 1)
        case UInt8(ascii: "<"), 0x0A: return nil
        case UInt8(ascii: "\\"):
          index += index + 1 < end && ByteClass.isASCIIPunctuation(bytes[index + 1]) ? 2 : 1
        default: index += 1
        }
      }
      return nil
    }
    var index = start
    var depth = 0
    loop: while index < end {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\\"):
        index += index + 1 < end && ByteClass.isASCIIPunctuation(bytes[index + 1]) ? 2 : 1
      case UInt8(ascii: "("):
        depth += 1
        if depth > maxDestinationParens { return nil }
        index += 1
      case UInt8(ascii: ")"):
        if depth == 0 { break loop }
        depth -= 1
        index += 1
      default:
        if byte <= 0x20 || byte == 0x7F { break loop }
        index += 1
      }
    }
    guard depth == 0 else { return nil }
    // An empty raw destination is allowed only right before the `)` of an inline link.
    if index == start, !(index < end && bytes[index] == UInt8(ascii: ")")) { return nil }
    return (start..<index, index)
  }

  /// Scans a link title at `start`: `"…"`, `'…'` or `(…)`, backslash escapes allowed.
  ///
  /// Returns the range of the title's text (without delimiters) and where it ends.
  static func title(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Range<Int>, Int)? {
    guard start < end else { return nil }
    let close: UInt8
    switch bytes[start] {
    case UInt8(ascii: "\""): close = UInt8(ascii: "\"")
    case UInt8(ascii: "'"): close = UInt8(ascii: "'")
    case UInt8(ascii: "("): close = UInt8(ascii: ")")
    default: return nil
    }
    var index = start + 1
    while index < end {
      let byte = bytes[index]
      if byte == close { return ((start + 1)..<index, index + 1) }
      if byte == UInt8(ascii: "\\") {
        index += index + 1 < end ? 2 : 1
        continue
      }
      if close == UInt8(ascii: ")"), byte == UInt8(ascii: "(") { return nil }
      // A title may span lines but not contain a blank line.
      if byte == 0x0A {
        let next = skipSpaces(bytes, index + 1, end)
        if next < end, bytes[next] == 0x0A { return nil }
      }
      index += 1
    }
    return nil
  }
}
