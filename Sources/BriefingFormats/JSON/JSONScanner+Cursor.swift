import BriefingCore

/// Positions, whitespace and error construction for the parser.
extension JSONParser {
  /// The location of byte `offset` on the current line.
  ///
  /// Columns count Unicode scalars, i.e. bytes that are not UTF-8 continuation bytes. Locations
  /// are asked for in document order, so counting on from the last answer keeps this linear.
  mutating func location(at offset: Int) -> SourceLocation {
    if offset < countedOffset {
      countedOffset = lineStart
      countedColumn = 1
    }
    let bytes = self.bytes
    var column = countedColumn
    var cursor = countedOffset
    let end = min(offset, bytes.count)
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      // Count eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear.
      let highs: UInt64 = 0x8080_8080_8080_8080
      while cursor + 8 <= end {
        let word = base.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
        let continuations = (word & ~(word << 1) & highs) >> 7
        // Sums the eight 0-or-1 bytes into the top byte (baseline x86-64 has no POPCNT).
        column += 8 - Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
        cursor += 8
      }
    }
    while cursor < end {
      if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
      cursor += 1
    }
    countedOffset = end
    countedColumn = column
    return SourceLocation(line: line, column: column, offset: offset)
  }

  /// The location of the next byte to read.
  mutating func here() -> SourceLocation { location(at: index) }

  /// Skips JSON whitespace (space, tab, line feed, carriage return), counting lines.
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09:
        index += 1
      case 0x0A:
        index += 1
        startLine()
      case 0x0D:
        index += 1
        // CR LF is one line break; a lone CR (old Mac files) is one too.
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        startLine()
      default:
        return
      }
    }
  }

  /// Records that a new line starts at `index`.
  private mutating func startLine() {
    line += 1
    lineStart = index
    countedOffset = index
    countedColumn = 1
  }

  /// An error that ends the parse, located at byte `offset` and one scalar wide.
  mutating func failure(_ id: String, _ message: String, at offset: Int) -> JSONParseFailure {
    let start = location(at: offset)
    var end = start
    if offset < bytes.count {
      end.offset = offset + max(scalarLength(at: offset), 1)
      end.column += 1
    }
    return JSONParseFailure(
      diagnostic: Diagnostic(.error, id, message, range: SourceRange(start: start, end: end)))
  }

  /// A `json.syntax` error at the next byte, or a `json.encoding` one when that byte is not
  /// valid UTF-8 (the real problem then is the file's encoding, not its syntax).
  mutating func syntaxError(_ message: String) -> JSONParseFailure {
    if index < bytes.count, bytes[index] >= 0x80, scalarLength(at: index) == 0 {
      return encodingError(at: index)
    }
    return failure("json.syntax", message, at: index)
  }

  /// The `json.encoding` error for the invalid UTF-8 sequence at `offset`.
  mutating func encodingError(at offset: Int) -> JSONParseFailure {
    let byte = String(bytes[offset], radix: 16, uppercase: true)
    return failure(
      "json.encoding",
      "invalid UTF-8 byte 0x\(byte); JSON text must be UTF-8, so re-save the file with that "
        + "encoding", at: offset)
  }

  /// The error for input that stops while a value, or a container, is still open.
  mutating func unexpectedEnd(
    inside container: (isObject: Bool, start: SourceLocation)?
  ) -> JSONParseFailure {
    var message = "unexpected end of input; the document is incomplete"
    if let container {
      let (noun, closer) = container.isObject ? ("object", "}") : ("array", "]")
      message += ": close the \(noun) opened at \(container.start) with '\(closer)'"
    }
    return failure("json.syntax", message, at: index)
  }

  /// The error after an array element or object member that is followed by neither a comma
  /// nor the closing bracket.
  mutating func expectedSeparator(
    closer: Character, what: String, _ opened: SourceLocation
  ) -> JSONParseFailure {
    guard index < bytes.count else {
      return unexpectedEnd(inside: (closer == "}", opened))
    }
    var message =
      "expected ',' or '\(closer)' after the \(what), found \(describeByte(at: index))"
    let byte = bytes[index]
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")
      || isDigit(byte) || isLetter(byte)
    {
      message += "; add a ',' between the items"
    } else if byte == UInt8(ascii: "/") {
      message += "; comments are not allowed in JSON"
    } else {
      let noun = closer == "}" ? "object" : "array"
      message +=
        "; separate items with ',' and close the \(noun) opened at \(opened) with "
        + "'\(closer)'"
    }
    return syntaxError(message)
  }

  /// The byte at `offset`, quoted for a message: `'x'`, `U+000A`, or `end of input`.
  func describeByte(at offset: Int) -> String {
    guard offset < bytes.count else { return "end of input" }
    let byte = bytes[offset]
    if byte < 0x20 || byte == 0x7F {
      return "control character " + hexScalar(UInt32(byte))
    }
    if byte < 0x80 { return "'\(Character(Unicode.Scalar(byte)))'" }
    let length = scalarLength(at: offset)
    guard length > 0, offset + length <= bytes.count else {
      return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    return "'\(text)'"
  }

  /// `U+XXXX` for a scalar value.
  func hexScalar(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The length of the valid UTF-8 sequence at `offset`, or 0 when it is not valid.
  func scalarLength(at offset: Int) -> Int { SourceText.scalarLength(at: offset, in: bytes) }

  /// Whether `byte` is an ASCII digit.
  func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Whether `byte` is an ASCII letter.
  func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
