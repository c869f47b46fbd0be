// A complete open or closing tag on one line, for the seventh HTML block start condition
// (CommonMark 0.31.2, 6.6 "Raw HTML", restricted to a single line).

extension HTMLBlockSyntax {
  /// The index just past a complete open or closing tag starting at `from` (a `<`), or nil.
  static func completeTag(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int? {
    var index = from + 1
    guard index < to else { return nil }
    let isClosing = bytes[index] == UInt8(ascii: "/")
    if isClosing { index += 1 }
    guard index < to, isASCIILetter(bytes[index]) else { return nil }
    while index < to, isTagNameByte(bytes[index]) { index += 1 }
    // Kind 1 owns these names; the spec excludes them from kind 7.
    if !isClosing, let (name, _) = tagName(bytes, from + 1, to), rawTextTags.contains(name),
      name.count == index - from - 1
    {
      return nil
    }
    if isClosing {
      index = skipSpaces(bytes, index, to)
      guard index < to, bytes[index] == UInt8(ascii: ">") else { return nil }
      return index + 1
    }
    while true {
      let afterSpace = skipSpaces(bytes, index, to)
      guard afterSpace < to else { return nil }
      let byte = bytes[afterSpace]
      if byte == UInt8(ascii: ">") { return afterSpace + 1 }
      if byte == UInt8(ascii: "/") {
        guard afterSpace + 1 < to, bytes[afterSpace + 1] == UInt8(ascii: ">") else { return nil }
        return afterSpace + 2
      }
      // An attribute needs whitespace before it.
      guard afterSpace > index, let next = attribute(bytes, afterSpace, to) else { return nil }
      index = next
    }
  }

  /// The end of an attribute (name and optional value) starting at `from`, or nil.
  static func attribute(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int? {
    var index = from
    guard index < to, isAttributeNameStart(bytes[index]) else { return nil }
    index += 1
    while index < to, isAttributeNameByte(bytes[index]) { index += 1 }
    let beforeValue = skipSpaces(bytes, index, to)
    guard beforeValue < to, bytes[beforeValue] == UInt8(ascii: "=") else { return index }
    index = skipSpaces(bytes, beforeValue + 1, to)
    guard index < to else { return nil }
    let quote = bytes[index]
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      index += 1
      while index < to, bytes[index] != quote { index += 1 }
      guard index < to else { return nil }
      return index + 1
    }
    let start = index
    while index < to, isUnquotedValueByte(bytes[index]) { index += 1 }
    return index > start ? index : nil
  }

  /// The first index at or after `from` that is not a space or tab.
  @inline(__always)
  static func skipSpaces(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
    var index = from
    while index < to, BlockSyntax.isSpaceOrTab(bytes[index]) { index += 1 }
    return index
  }

  /// A letter, digit or `-`.
  @inline(__always)
  static func isTagNameByte(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || BlockSyntax.isDigit(byte) || byte == UInt8(ascii: "-")
  }

  /// A letter, `_` or `:`.
  @inline(__always)
  static func isAttributeNameStart(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
  }

  /// A letter, digit, `_`, `:`, `.` or `-`.
  @inline(__always)
  static func isAttributeNameByte(_ byte: UInt8) -> Bool {
    isAttributeNameStart(byte) || BlockSyntax.isDigit(byte) || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "-")
  }

  /// Anything but whitespace, quotes, `=`, `<`, `>` and a backtick.
  @inline(__always)
  static func isUnquotedValueByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), 0x0B, 0x0C, UInt8(ascii: "\r"),
      UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "<"),
      UInt8(ascii: ">"), UInt8(ascii: "`"):
      return false
    default:
      return true
    }
  }
}
