import BriefingCore

/// Numbers and the literals `true`, `false` and `null`.
extension JSONParser {
  /// Parses a number per RFC 8259 §6: integers that fit `Int` become `.integer`, everything else
  /// `.number`; the literal text is kept in `sourceText` so no digit is lost.
  mutating func parseNumber(start: SourceLocation) throws(JSONParseFailure) -> TreeNode {
    let begin = index
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw numberError(begin, "a '-' must be followed by digits, as in '-1'")
      }
    }
    var integer = 0
    var fits = true
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, isDigit(bytes[index]) {
        throw numberError(begin, "leading zeros are not allowed in JSON numbers; remove them")
      }
    } else {
      while index < bytes.count, isDigit(bytes[index]) {
        let digit = Int(bytes[index] &- UInt8(ascii: "0"))
        // Accumulate negatively so Int.min still fits.
        let (times, overflow1) = integer.multipliedReportingOverflow(by: 10)
        let (next, overflow2) = times.subtractingReportingOverflow(digit)
        if overflow1 || overflow2 { fits = false }
        integer = next
        index += 1
      }
    }
    var isInteger = true
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw numberError(begin, "a '.' must be followed by digits, as in '1.0'")
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw numberError(begin, "an exponent must have digits, as in '1e9'")
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count,
      isLetter(bytes[index]) || bytes[index] == UInt8(ascii: ".")
        || bytes[index] == UInt8(ascii: "_")
    {
      throw numberError(begin, "JSON numbers are decimal, like '12', '-3.5' or '1e9'")
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<index]), as: UTF8.self)
    let range = SourceRange(start: start, end: here())
    if isInteger, fits, negative || integer != Int.min {
      return TreeNode(.integer(negative ? integer : -integer), range: range, sourceText: text)
    }
    let literal = UnsafeBufferPointer(rebasing: bytes[begin..<index])
    let value = Self.exactDouble(literal) ?? Double(text) ?? .nan
    if !value.isFinite {
      warn(
        Diagnostic(
          .warning, "json.number-range",
          "the number '\(text)' is too large for a double-precision value and reads as "
            + "\(value < 0 ? "minus " : "")infinity; write a smaller number or a string",
          range: range))
    }
    return TreeNode(.number(value), range: range, sourceText: text)
  }

  /// Powers of ten that a double holds exactly.
  private static let exactPowersOfTen: [Double] = (0...22).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }

  /// The value of a valid JSON number literal when it has at most 15 significant digits and a
  /// small decimal exponent, so one correctly rounded multiplication or division by an exact
  /// power of ten gives the correctly rounded result (Clinger's fast path); `nil` otherwise,
  /// and the caller falls back to the standard library's full conversion.
  static func exactDouble(_ literal: UnsafeBufferPointer<UInt8>) -> Double? {
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var fractionDigits = 0
    var inFraction = false
    var cursor = 0
    let negative = literal.first == UInt8(ascii: "-")
    if negative { cursor = 1 }
    while cursor < literal.count {
      let byte = literal[cursor]
      if byte == UInt8(ascii: ".") {
        inFraction = true
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        if mantissa > 0 || byte != UInt8(ascii: "0") { significantDigits += 1 }
        guard significantDigits <= 15 else { return nil }
        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
        if inFraction { fractionDigits += 1 }
      } else {
        break  // the exponent marker
      }
      cursor += 1
    }
    var exponent = 0
    if cursor < literal.count {
      cursor += 1
      var exponentNegative = false
      if literal[cursor] == UInt8(ascii: "-") || literal[cursor] == UInt8(ascii: "+") {
        exponentNegative = literal[cursor] == UInt8(ascii: "-")
        cursor += 1
      }
      while cursor < literal.count {
        exponent = exponent * 10 + Int(literal[cursor] - UInt8(ascii: "0"))
        guard exponent <= 400 else { return nil }
        cursor += 1
      }
      if exponentNegative { exponent = -exponent }
    }
    let scale = exponent - fractionDigits
    guard scale >= -22, scale <= 22 else { return nil }
    var value = Double(mantissa)
    value = scale >= 0 ? value * exactPowersOfTen[scale] : value / exactPowersOfTen[-scale]
    return negative ? -value : value
  }

  /// A `json.syntax` error for the malformed number starting at `begin`, quoting it.
  private mutating func numberError(_ begin: Int, _ advice: String) -> JSONParseFailure {
    var end = index
    while end < bytes.count, end - begin < 40, isNumberLike(bytes[end]) { end += 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self)
    return failure("json.syntax", "invalid number '\(text)'; \(advice)", at: begin)
  }

  private func isNumberLike(_ byte: UInt8) -> Bool {
    isDigit(byte) || isLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }

  /// Parses `true`, `false` or `null`, or explains what the word at `index` should be.
  mutating func parseLiteral(start: SourceLocation) throws(JSONParseFailure) -> TreeNode {
    let begin = index
    var end = index
    while end < bytes.count, isLetter(bytes[end]) || isDigit(bytes[end]) || bytes[end] == 0x5F {
      end += 1
    }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self)
    let value: TreeNode.Value?
    switch word {
    case "true": value = .bool(true)
    case "false": value = .bool(false)
    case "null": value = .null
    default: value = nil
    }
    if let value {
      index = end
      return TreeNode(value, range: SourceRange(start: start, end: here()))
    }
    throw literalError(word)
  }

  private mutating func literalError(_ word: String) -> JSONParseFailure {
    let valueKinds =
      "a JSON value is an object, an array, a string in double quotes, a number, 'true', "
      + "'false' or 'null'"
    guard !word.isEmpty else {
      let byte = bytes[index]
      if byte == UInt8(ascii: "'") {
        return syntaxError("strings need double quotes, not single quotes; write '\"text\"'")
      }
      if byte == UInt8(ascii: "/") {
        return syntaxError("comments are not allowed in JSON; remove them")
      }
      if byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") {
        return syntaxError(
          "a number must start with a digit or '-', found \(describeByte(at: index)); write "
            + "'1' or '0.5'")
      }
      return syntaxError("expected a value, found \(describeByte(at: index)); \(valueKinds)")
    }
    switch word.lowercased() {
    case "true", "false", "null":
      return syntaxError("'\(word)' is not a JSON literal; write '\(word.lowercased())'")
    case "nan", "infinity", "inf", "undefined", "none", "nil":
      return syntaxError("'\(word)' is not allowed in JSON; use null or a string instead")
    default:
      let shown = word.count > 40 ? String(word.prefix(40)) + "…" : word
      return syntaxError(
        "unexpected word '\(shown)'; \(valueKinds), so put text in double quotes")
    }
  }
}

extension JSONParser {
  /// A string node, marked when its text is a JSON whole number or `true`/`false`, so that
  /// written without its quotes it would be one (``TreeNode/looksLikeNumberOrBoolean``), and
  /// laid out on the source when it holds no escapes.
  func stringNode(_ text: String, range: SourceRange) -> TreeNode {
    var node = TreeNode(.string(text), range: range)
    // Every escape is longer than what it stands for, so a string exactly two quotes longer
    // than its text has none: its text is the source's bytes, and rich text in it can be placed.
    if range.end.offset - range.start.offset == text.utf8.count + 2 {
      node.textLayout = TextLayout(
        firstLine: range.start.line,
        lines: [.init(offsetShift: range.start.offset + 1, columnShift: range.start.column)])
    }
    if text == "true" || text == "false" {
      node.looksLikeNumberOrBoolean = true
    } else {
      var digits = text.utf8[...]
      if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
      node.looksLikeNumberOrBoolean =
        !digits.isEmpty && digits.allSatisfy(isDigit)
        && (digits.first != UInt8(ascii: "0") || digits.count == 1)
    }
    return node
  }
}
