// Backslash escapes, entity and numeric character references, and the byte classes the inline
// scanners share (CommonMark 0.31.2, sections 2.1, 2.4 and 2.5).

/// Byte-level character classes used by the inline scanners.
enum ByteClass {
  /// Whether `byte` is ASCII punctuation, i.e. escapable with a backslash.
  static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
      || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
  }

  /// Whether `byte` is a space or tab.
  static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  /// Whether `byte` is an ASCII letter.
  static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// Whether `byte` is an ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  /// Whether `byte` is an ASCII letter or digit.
  static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

  /// Whether `byte` is an ASCII hexadecimal digit.
  static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
  }

  /// Whether `byte` is spec whitespace within a line or a line ending (space, tab, LF, FF, CR).
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
  }

  /// Whether a Unicode scalar is whitespace in the spec's sense (Zs, tab, LF, FF, CR).
  static func isUnicodeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
    case 0..<0x80: return false
    default: return scalar.properties.generalCategory == .spaceSeparator
    }
  }

  /// Whether a Unicode scalar is punctuation in the spec's sense (general category P or S).
  static func isUnicodePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return isASCIIPunctuation(UInt8(scalar.value)) }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
      .modifierSymbol, .otherSymbol:
      return true
    default: return false
    }
  }
}

/// Decodes the character reference starting at `bytes[start]` (which is `&`).
///
/// Returns the decoded text and the index just past the `;`, or nil when the bytes there are not
/// a valid entity or numeric reference (the `&` is then literal).
func decodeCharacterReference(_ bytes: ArraySlice<UInt8>, at start: Int) -> (String, Int)? {
  var index = start + 1
  let end = bytes.endIndex
  guard index < end else { return nil }
  if bytes[index] == UInt8(ascii: "#") {
    index += 1
    guard index < end else { return nil }
    let isHex = bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X")
    if isHex { index += 1 }
    let digitsStart = index
    var value: UInt32 = 0
    while index < end, index - digitsStart < (isHex ? 6 : 7) {
      let byte = bytes[index]
      if isHex, ByteClass.isHexDigit(byte) {
        value = value * 16 + UInt32(hexValue(byte))
      } else if !isHex, ByteClass.isDigit(byte) {
        value = value * 10 + UInt32(byte - 0x30)
      } else {
        break
      }
      index += 1
    }
    guard index > digitsStart, index < end, bytes[index] == UInt8(ascii: ";") else { return nil }
    // Code point 0, surrogates and values beyond Unicode become U+FFFD, as the spec requires.
    let scalar = value == 0 ? nil : Unicode.Scalar(value)
    return (String(Character(scalar ?? "\u{FFFD}")), index + 1)
  }
  let nameStart = index
  while index < end, ByteClass.isAlphanumeric(bytes[index]),
    index - nameStart <= HTMLEntities.maxNameLength
  {
    index += 1
  }
  guard index > nameStart, index < end, bytes[index] == UInt8(ascii: ";"),
    ByteClass.isLetter(bytes[nameStart])
  else { return nil }
  let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
  guard let value = HTMLEntities.value(named: name) else { return nil }
  return (value, index + 1)
}

private func hexValue(_ byte: UInt8) -> UInt8 {
  switch byte {
  case 0x30...0x39: return byte - 0x30
  case 0x41...0x46: return byte - 0x41 + 10
  default: return byte - 0x61 + 10
  }
}

/// Resolves backslash escapes and entity/numeric character references (for info strings,
/// link destinations and titles).
func unescapeCommonMarkString(_ bytes: ArraySlice<UInt8>) -> String {
  // Most strings contain neither; skip the copy for them.
  guard bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) else {
    return String(decoding: bytes, as: UTF8.self)
  }
  var out: [UInt8] = []
  out.reserveCapacity(bytes.count)
  var index = bytes.startIndex
  while index < bytes.endIndex {
    let byte = bytes[index]
    if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex,
      ByteClass.isASCIIPunctuation(bytes[index + 1])
    {
      out.append(bytes[index + 1])
      index += 2
    } else if byte == UInt8(ascii: "&"),
      let (text, next) = decodeCharacterReference(bytes, at: index)
    {
      out.append(contentsOf: text.utf8)
      index = next
    } else {
      out.append(byte)
      index += 1
    }
  }
  return String(decoding: out, as: UTF8.self)
}
