// Autolinks and raw inline HTML (CommonMark 0.31.2, sections 6.5 and 6.6).

/// Terminators of raw HTML constructs that can run to the end of the input.
enum HTMLTerminator: Hashable {
  /// `-->` of a comment.
  case comment
  /// `?>` of a processing instruction.
  case processingInstruction
  /// `]]>` of a CDATA section.
  case cdata
  /// `>` of a declaration.
  case declaration
}

extension InlineScan {
  /// A `<`: an autolink, raw HTML, or a literal `<`.
  mutating func parseAngleBracket() {
    let start = position
    if let next = scanURIAutolink(start) ?? scanEmailAutolink(start) {
      let target = String(decoding: bytes[(start + 1)..<(next - 1)], as: UTF8.self)
      let isEmail = scanURIAutolink(start) == nil
      arena.append(
        InlineNode(.autolink(Autolink(target: target, isEmail: isEmail)), start: start, end: next))
      position = next
    } else if let next = scanRawHTML(start) {
      arena.append(InlineNode(.html, start: start, end: next))
      position = next
    } else {
      position += 1
      appendText(start, position)
    }
  }

  /// `<scheme:rest>` with a 2–32 character scheme; returns the index past `>`.
  func scanURIAutolink(_ start: Int) -> Int? {
    var index = start + 1
    guard index < end, ByteClass.isLetter(bytes[index]) else { return nil }
    index += 1
    while index < end, ByteClass.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "+")
      || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "-")
    {
      index += 1
    }
    let schemeLength = index - start - 1
    guard (2...32).contains(schemeLength), index < end, bytes[index] == UInt8(ascii: ":")
    else { return nil }
    index += 1
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") { return index + 1 }
      if byte <= 0x20 || byte == UInt8(ascii: "<") { return nil }
      index += 1
    }
    return nil
  }

  /// `<local@domain>` per the spec's email pattern; returns the index past `>`.
  func scanEmailAutolink(_ start: Int) -> Int? {
    var index = start + 1
    while index < end, Self.isEmailLocal(bytes[index]) { index += 1 }
    guard index > start + 1, index < end, bytes[index] == UInt8(ascii: "@") else { return nil }
    index += 1
    while true {
      // A domain label: alphanumeric at both ends, hyphens inside, at most 63 characters.
      let labelStart = index
      while index < end,
        ByteClass.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      let length = index - labelStart
      guard length >= 1, length <= 63, ByteClass.isAlphanumeric(bytes[labelStart]),
        ByteClass.isAlphanumeric(bytes[index - 1]), index < end
      else { return nil }
      if bytes[index] == UInt8(ascii: ">") { return index + 1 }
      guard bytes[index] == UInt8(ascii: ".") else { return nil }
      index += 1
    }
  }

  private static func isEmailLocal(_ byte: UInt8) -> Bool {
    if ByteClass.isAlphanumeric(byte) { return true }
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"),
      UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"),
      UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "?"),
      UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"),
      UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
      return true
    default: return false
    }
  }

  /// Raw HTML at `start` (a `<`): a tag, comment, processing instruction, declaration or
  /// CDATA section; returns the index past its end.
  mutating func scanRawHTML(_ start: Int) -> Int? {
    let index = start + 1
    guard index < end else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "/"): return scanClosingTag(index + 1)
    case UInt8(ascii: "?"): return scanUntil("?>", from: index + 1, .processingInstruction)
    case UInt8(ascii: "!"):
      if hasPrefix("!--", at: index) {
        // `<!-->` and `<!--->` are complete (empty) comments.
        if hasPrefix(">", at: index + 3) { return index + 4 }
        if hasPrefix("->", at: index + 3) { return index + 5 }
        return scanUntil("-->", from: index + 3, .comment)
      }
      if hasPrefix("![CDATA[", at: index) { return scanUntil("]]>", from: index + 8, .cdata) }
      guard index + 1 < end, ByteClass.isLetter(bytes[index + 1]) else { return nil }
      return scanUntil(">", from: index + 2, .declaration)
    default: return scanOpenTag(index)
    }
  }

  private func hasPrefix(_ text: StaticString, at index: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard index + count <= end else { return false }
    return text.withUTF8Buffer { buffer in
      buffer.indices.allSatisfy { bytes[index + $0] == buffer[$0] }
    }
  }

  /// The index past the first `terminator` at or after `start`; a miss is remembered.
  private mutating func scanUntil(
    _ terminator: StaticString, from start: Int, _ kind: HTMLTerminator
  ) -> Int? {
    if missingHTMLTerminators.contains(kind) { return nil }
    let first = terminator.withUTF8Buffer { $0[0] }
    var index = start
    while index < end {
      if bytes[index] == first, hasPrefix(terminator, at: index) {
        return index + terminator.utf8CodeUnitCount
      }
      index += 1
    }
    missingHTMLTerminators.insert(kind)
    return nil
  }

  private func skipWhitespace(_ start: Int) -> Int {
    var index = start
    while index < end, ByteClass.isWhitespace(bytes[index]) { index += 1 }
    return index
  }

  /// A tag name: an ASCII letter, then letters, digits and hyphens.
  private func scanTagName(_ start: Int) -> Int? {
    guard start < end, ByteClass.isLetter(bytes[start]) else { return nil }
    var index = start + 1
    while index < end, ByteClass.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
      index += 1
    }
    return index
  }

  private func scanClosingTag(_ start: Int) -> Int? {
    guard let nameEnd = scanTagName(start) else { return nil }
    let index = skipWhitespace(nameEnd)
    return index < end && bytes[index] == UInt8(ascii: ">") ? index + 1 : nil
  }

  private func scanOpenTag(_ start: Int) -> Int? {
    guard var index = scanTagName(start) else { return nil }
    while true {
      let afterSpace = skipWhitespace(index)
      guard afterSpace < end else { return nil }
      if bytes[afterSpace] == UInt8(ascii: ">") { return afterSpace + 1 }
      if bytes[afterSpace] == UInt8(ascii: "/") {
        return afterSpace + 1 < end && bytes[afterSpace + 1] == UInt8(ascii: ">")
          ? afterSpace + 2 : nil
      }
      // Each attribute must follow whitespace.
      guard afterSpace > index, let nameEnd = scanAttributeName(afterSpace) else { return nil }
      index = nameEnd
      let beforeEquals = skipWhitespace(nameEnd)
      if beforeEquals < end, bytes[beforeEquals] == UInt8(ascii: "=") {
        guard let valueEnd = scanAttributeValue(skipWhitespace(beforeEquals + 1)) else {
          return nil
        }
        index = valueEnd
      }
    }
  }

  private func scanAttributeName(_ start: Int) -> Int? {
    let first = bytes[start]
    guard ByteClass.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
    else { return nil }
    var index = start + 1
    while index < end {
      let byte = bytes[index]
      guard ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
      else { break }
      index += 1
    }
    return index
  }

  private func scanAttributeValue(_ start: Int) -> Int? {
    guard start < end else { return nil }
    let quote = bytes[start]
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      var index = start + 1
      while index < end, bytes[index] != quote { index += 1 }
      return index < end ? index + 1 : nil
    }
    var index = start
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "<"),
        UInt8(ascii: ">"), UInt8(ascii: "`"):
        return index > start ? index : nil
      case let byte where byte <= 0x20:
        return index > start ? index : nil
      default: index += 1
      }
    }
    return index > start ? index : nil
  }
}
