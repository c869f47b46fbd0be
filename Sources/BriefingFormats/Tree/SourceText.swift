import BriefingCore

/// Byte-level helpers shared by the tree readers: UTF-8 validation and turning UTF-8 byte
/// offsets into 1-based line and column (columns in Unicode scalars, as ``SourceLocation`` says).
public enum SourceText {
  /// The offset of the first byte that is not part of well-formed UTF-8, or `nil` when all are.
  ///
  /// Rejects overlong forms, surrogates and values past U+10FFFF (RFC 3629).
  public static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      let length = scalarLength(at: index, in: bytes)
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The length (1 to 4) of the well-formed UTF-8 sequence at byte `offset`, or 0 when the
  /// bytes there are not one or `offset` is past the end.
  ///
  /// Rejects overlong forms, surrogates and values past U+10FFFF (RFC 3629). Inlinable so the
  /// readers' scanning loops that call it on every non-ASCII byte pay no cross-module call.
  @inlinable
  public static func scalarLength<Bytes: RandomAccessCollection<UInt8>>(
    at offset: Int, in bytes: Bytes
  ) -> Int where Bytes.Index == Int {
    guard offset >= bytes.startIndex, offset < bytes.endIndex else { return 0 }
    let lead = bytes[offset]
    if lead < 0x80 { return 1 }
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0  // excludes overlong forms
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F  // excludes the surrogates U+D800...U+DFFF
    case 0xF0:
      length = 4
      low = 0x90  // excludes overlong forms
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F  // nothing above U+10FFFF
    default: return 0
    }
    guard length <= bytes.endIndex - offset else { return 0 }
    let second = bytes[offset + 1]
    guard second >= low, second <= high else { return 0 }
    var cursor = offset + 2
    while cursor < offset + length {
      guard bytes[cursor] & 0xC0 == 0x80 else { return 0 }
      cursor += 1
    }
    return length
  }

  /// The location of a byte offset: counts lines and the scalars before it on its line.
  ///
  /// Linear in the offset; meant for one-off error positions, not per node.
  public static func location(ofOffset offset: Int, in bytes: [UInt8]) -> SourceLocation {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var column = 1
    var index = 0
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte == 0x0D {
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
          // CRLF counts once, at its LF.
        } else {
          line += 1
          column = 1
        }
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return SourceLocation(line: line, column: column, offset: end)
  }
}
