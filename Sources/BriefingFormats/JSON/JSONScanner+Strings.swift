import BriefingCore

/// Strings: escapes, surrogate pairs and UTF-8 validation.
extension JSONParser {
  /// Parses the string whose opening quote is at `index`, leaving `index` after its closing quote.
  mutating func parseString() throws(JSONParseFailure) -> String {
    let open = index
    index += 1
    let contentStart = index
    // Strings hold no line breaks, so counting their scalars here spares `location(at:)` a
    // second pass over long texts.
    var scalars = 1
    try skipPlainText(counting: &scalars)
    // Most strings hold no escapes: decode the validated slice in one go.
    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
      index += 1
      noteColumns(scalars + 1, from: open)
      return text
    }
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        noteColumns(scalars + 1, from: open)
        return String(decoding: buffer, as: UTF8.self)
      }
      guard byte == UInt8(ascii: "\\") else { throw controlCharacterError(byte) }
      let escapeStart = index
      try parseEscape(into: &buffer)
      scalars += index - escapeStart  // escapes are ASCII
      let runStart = index
      try skipPlainText(counting: &scalars)
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
    }
    throw failure(
      "json.syntax", "unterminated string; add the closing '\"' to the string that starts here",
      at: open)
  }

  /// Records that the `scalars` scalars from `start` end at `index`, when the column count
  /// stands at `start` (a warning inside the string may have moved it on; it then recounts).
  private mutating func noteColumns(_ scalars: Int, from start: Int) {
    guard countedOffset == start else { return }
    countedOffset = index
    countedColumn += scalars
  }

  /// Advances over string content that needs no decoding, validating its UTF-8, up to a quote,
  /// a backslash, a control character or the end of input; adds the scalars passed to `scalars`.
  private mutating func skipPlainText(counting scalars: inout Int) throws(JSONParseFailure) {
    // Works on locals: the compiler keeps them in registers, which it will not do for `self`.
    let bytes = self.bytes
    let count = bytes.count
    var cursor = index
    var counted = 0
    defer {
      index = cursor
      scalars += counted
    }
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
    while cursor < count {
      // Eight bytes at a time while they are plain ASCII: long prose strings dominate briefings.
      while cursor + 8 <= count {
        let word = UInt64(
          littleEndian: base.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
        let flags = Self.attentionFlags(word)
        guard flags == 0 else {
          // The lowest flag is exact (false positives only follow a true one): jump to it.
          let plain = flags.trailingZeroBitCount / 8
          cursor += plain
          counted += plain
          break
        }
        cursor += 8
        counted += 8
      }
      guard cursor < count else { return }
      let byte = bytes[cursor]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
      counted += 1
      if byte < 0x80 {
        cursor += 1
      } else {
        let length = scalarLength(at: cursor)
        guard length > 0 else {
          index = cursor
          throw encodingError(at: cursor)
        }
        cursor += length
      }
    }
  }

  /// The high bit of each of the eight bytes in `word` (first byte lowest) that is a quote, a
  /// backslash, a control character or non-ASCII. Bit tricks from "Bit Twiddling Hacks": byte
  /// `b` is zero iff `(b - 1) & ~b` has its high bit set, barring borrows from a lower hit.
  @inline(__always)
  private static func attentionFlags(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* 0x22)
    let backslashes = word ^ (ones &* 0x5C)
    let hasQuote = (quotes &- ones) & ~quotes
    let hasBackslash = (backslashes &- ones) & ~backslashes
    let hasControl = (word &- ones &* 0x20) & ~word
    return (hasQuote | hasBackslash | hasControl | word) & highs
  }

  private mutating func controlCharacterError(_ byte: UInt8) -> JSONParseFailure {
    let message: String
    switch byte {
    case 0x0A, 0x0D:
      message =
        "line break inside a string; write it as '\\n', or close the string with '\"' "
        + "before the end of the line"
    case 0x09:
      message = "tab character inside a string; write it as '\\t'"
    default:
      message =
        "control character \(hexScalar(UInt32(byte))) inside a string; write it as "
        + "'\\u\(String(hexScalar(UInt32(byte)).dropFirst(2)))'"
    }
    return syntaxError(message)
  }

  /// Decodes the escape at `index` (a backslash) and appends its UTF-8 bytes.
  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseFailure) {
    let escapeStart = index
    index += 1
    guard index < bytes.count else {
      throw failure(
        "json.syntax", "unterminated string; add the closing '\"' after the escape",
        at: escapeStart)
    }
    let letter = bytes[index]
    index += 1
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(letter)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
      appendUTF8(scalar, to: &buffer)
    default:
      throw invalidEscape(escapeStart)
    }
  }

  private mutating func invalidEscape(_ escapeStart: Int) -> JSONParseFailure {
    let letter = bytes[escapeStart + 1]
    let shown: String
    if letter >= 0x21, letter < 0x7F {
      shown = "'\\\(Character(Unicode.Scalar(letter)))'"
    } else if letter >= 0x80, scalarLength(at: escapeStart + 1) == 0 {
      return encodingError(at: escapeStart + 1)
    } else {
      shown = "'\\' followed by \(describeByte(at: escapeStart + 1))"
    }
    return failure(
      "json.syntax",
      "invalid escape \(shown) in a string; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
        + "and \\uXXXX, so write a literal backslash as '\\\\'", at: escapeStart)
  }

  /// Decodes `\uXXXX` (the `\u` already read), joining a surrogate pair into one scalar and
  /// replacing a lone surrogate with U+FFFD and a warning.
  private mutating func parseUnicodeEscape(
    escapeStart: Int
  ) throws(JSONParseFailure) -> Unicode.Scalar {
    let unit = try readHex4(escapeStart: escapeStart)
    if let scalar = Unicode.Scalar(unit) { return scalar }
    // A surrogate: only a high one followed by `\u` and a low one makes a character.
    if unit < 0xDC00, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
      bytes[index + 1] == UInt8(ascii: "u")
    {
      let save = index
      index += 2
      let low = try readHex4(escapeStart: save)
      if low >= 0xDC00, low <= 0xDFFF {
        let combined = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        if let scalar = Unicode.Scalar(combined) { return scalar }
      }
      index = save  // the second escape stands on its own
    }
    guard warnings.count < Self.maxWarnings else {
      suppressedWarnings += 1
      return "\u{FFFD}"
    }
    let start = location(at: escapeStart)
    warn(
      Diagnostic(
        .warning, "json.lone-surrogate",
        "the escape '\\u\(String(hexScalar(unit).dropFirst(2)))' is half of a surrogate pair "
          + "without its other half; it was replaced with U+FFFD, so write the character "
          + "itself or a complete pair",
        range: SourceRange(
          start: start,
          end: SourceLocation(line: start.line, column: start.column + 6, offset: escapeStart + 6))
      ))
    return "\u{FFFD}"
  }

  /// Reads four hex digits at `index`.
  private mutating func readHex4(escapeStart: Int) throws(JSONParseFailure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count, let digit = hexValue(bytes[index]) else {
        throw failure(
          "json.syntax", "'\\u' must be followed by four hex digits, as in '\\u00E9'",
          at: escapeStart)
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private func appendUTF8(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
    if let units = UTF8.encode(scalar) {
      for unit in units { buffer.append(unit) }
    }
  }
}
