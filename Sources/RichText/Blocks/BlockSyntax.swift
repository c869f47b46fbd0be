// Recognizers for the one-line block markers of CommonMark 0.31.2 (section 4 and 5): each looks
// at `bytes[from..<to]`, the rest of the current line, and never reads past `to`.

/// Byte-level recognizers for block markers; all are pure functions of one line's bytes.
enum BlockSyntax {
  /// The bytes the block parser looks at most.
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")

  /// Whether `byte` is a space or a tab.
  @inline(__always)
  static func isSpaceOrTab(_ byte: UInt8?) -> Bool { byte == space || byte == tab }

  /// Whether `byte` is an ASCII digit.
  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Whether `byte` can start a block marker, so lines starting otherwise skip the start checks.
  static func maySpecial(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"),
      UInt8(ascii: "+"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "<"),
      UInt8(ascii: ">"), UInt8(ascii: "-"):
      return true
    default:
      return isDigit(byte)
    }
  }

  /// Whether the bytes are only spaces and tabs.
  static func isBlank(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
    var index = from
    while index < to {
      if !isSpaceOrTab(bytes[index]) { return false }
      index += 1
    }
    return true
  }

  /// The index just past the last byte in `from..<to` that is not a space or tab.
  static func trimEnd(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
    var end = to
    while end > from && isSpaceOrTab(bytes[end - 1]) { end -= 1 }
    return end
  }

  /// A thematic break: three or more of the same `*`, `-` or `_`, with only spaces or tabs.
  static func isThematicBreak(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
    guard from < to else { return false }
    let marker = bytes[from]
    guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_")
    else { return false }
    var count = 0
    var index = from
    while index < to {
      let byte = bytes[index]
      if byte == marker {
        count += 1
      } else if !isSpaceOrTab(byte) {
        return false
      }
      index += 1
    }
    return count >= 3
  }

  /// The ATX heading level and the length of its opening sequence with the spaces after it.
  static func atxHeading(_ bytes: [UInt8], _ from: Int, _ to: Int) -> (level: Int, length: Int)? {
    var index = from
    while index < to && bytes[index] == UInt8(ascii: "#") { index += 1 }
    let level = index - from
    guard level >= 1 && level <= 6 else { return nil }
    if index == to { return (level, level) }
    guard isSpaceOrTab(bytes[index]) else { return nil }
    while index < to && isSpaceOrTab(bytes[index]) { index += 1 }
    return (level, index - from)
  }

  /// The end of an ATX heading's content once the optional closing `#` sequence is removed.
  static func atxContentEnd(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
    let end = trimEnd(bytes, from, to)
    var hashes = end
    while hashes > from && bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
    if hashes == end { return end }
    if hashes == from { return from }
    // A closing sequence must be preceded by a space or tab; `foo#` keeps its `#`.
    guard isSpaceOrTab(bytes[hashes - 1]) else { return end }
    return trimEnd(bytes, from, hashes)
  }

  /// An opening code fence: its character and length; backtick fences' info has no backtick.
  static func openingFence(_ bytes: [UInt8], _ from: Int, _ to: Int)
    -> (character: UInt8, length: Int)?
  {
    guard from < to else { return nil }
    let fence = bytes[from]
    guard fence == UInt8(ascii: "`") || fence == UInt8(ascii: "~") else { return nil }
    var index = from
    while index < to && bytes[index] == fence { index += 1 }
    let length = index - from
    guard length >= 3 else { return nil }
    if fence == UInt8(ascii: "`") {
      while index < to {
        if bytes[index] == fence { return nil }
        index += 1
      }
    }
    return (fence, length)
  }

  /// The length of a closing fence of `character` (followed only by spaces or tabs), or nil.
  static func closingFenceLength(_ bytes: [UInt8], _ from: Int, _ to: Int, character: UInt8)
    -> Int?
  {
    var index = from
    while index < to && bytes[index] == character { index += 1 }
    let length = index - from
    guard length >= 3, isBlank(bytes, index, to) else { return nil }
    return length
  }

  /// A setext underline: `=`s give level 1, `-`s level 2, followed only by spaces or tabs.
  static func setextLevel(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int? {
    guard from < to else { return nil }
    let marker = bytes[from]
    guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return nil }
    var index = from
    while index < to && bytes[index] == marker { index += 1 }
    guard isBlank(bytes, index, to) else { return nil }
    return marker == UInt8(ascii: "=") ? 1 : 2
  }

  /// A list marker at `from`: a bullet `-+*` or 1–9 digits and `.` or `)`, with its length.
  static func listMarker(_ bytes: [UInt8], _ from: Int, _ to: Int)
    -> (isOrdered: Bool, character: UInt8, start: Int, length: Int)?
  {
    guard from < to else { return nil }
    let first = bytes[from]
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
      return (false, first, 0, 1)
    }
    var index = from
    var start = 0
    while index < to && index - from < 9 && isDigit(bytes[index]) {
      start = start * 10 + Int(bytes[index] - 0x30)
      index += 1
    }
    guard index > from, index < to else { return nil }
    let delimiter = bytes[index]
    guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
    return (true, delimiter, start, index + 1 - from)
  }

  /// The end of `bytes` once trailing lines of spaces and tabs are removed (regex `(\n[ \t]*)+$`),
  /// or nil when there are none.
  static func trailingBlankLinesStart(_ bytes: [UInt8]) -> Int? {
    var end = bytes.count
    var found: Int?
    while true {
      var index = end
      while index > 0 && isSpaceOrTab(bytes[index - 1]) { index -= 1 }
      guard index > 0, bytes[index - 1] == newline else { break }
      end = index - 1
      found = end
    }
    return found
  }
}
