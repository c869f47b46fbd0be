import BriefingCore

/// How the emitter writes one scalar: plain, double-quoted, or as a literal block.
enum YAMLScalars {
  /// Words some YAML reader (1.2 core, or 1.1 as PyYAML reads) takes for a non-string.
  private static let reservedWords: Set<String> = [
    "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<",
    ".inf", "-.inf", "+.inf", ".nan",
  ]

  /// Characters a number, date or time in any YAML schema is made of (after a digit start).
  private static let numberish: Set<UInt8> = Set(
    Array("0123456789abcdefABCDEFxXoObBtTzZ_:.+- ".utf8) + Array("inINaA".utf8))

  /// Characters that cannot start a plain scalar (YAML indicators), plus `.` for `...`.
  private static let indicators: Set<Unicode.Scalar> = Set("-?:,[]{}#&*!|>'\"%@`".unicodeScalars)

  /// A scalar other than a string.
  static func scalar(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .integer(let number): return String(number)
    case .number(let number):
      if number.isNaN { return ".nan" }
      if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
      return "\(number)"
    case .string(let text): return scalar(text)
    case .array, .object: return ""
    }
  }

  /// A single-line string: plain when that reads back as the same string, else double-quoted.
  static func scalar(_ text: String) -> String { isPlainSafe(text) ? text : doubleQuoted(text) }

  /// A mapping key.
  static func key(_ text: String) -> String { scalar(text) }

  /// Whether `text` can be written as a plain scalar and read back unchanged, as a string.
  static func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    if indicators.contains(first) || first.properties.isWhitespace || last.properties.isWhitespace {
      return false
    }
    if last == ":" || text.hasPrefix("...") { return false }
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) || scalar == "\t" || scalar == "\n" { return false }
      if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") { return false }
      previous = scalar
    }
    if reservedWords.contains(text.lowercased()) { return false }
    return !looksNumeric(text)
  }

  /// Whether a string starting like a number could be read as a number, date or time by some
  /// YAML schema; errs on the side of quoting.
  private static func looksNumeric(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard let first = bytes.first else { return false }
    let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
    var startsLikeNumber = isDigit(first)
    if !startsLikeNumber,
      first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
    {
      startsLikeNumber = bytes.count > 1 && (isDigit(bytes[1]) || bytes[1] == UInt8(ascii: "."))
    }
    return startsLikeNumber && bytes.allSatisfy(numberish.contains)
  }

  /// Whether a character must be escaped in a double-quoted scalar (and so rules out plain and
  /// literal forms): controls, the Unicode line separators, and non-characters.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// A double-quoted scalar with YAML escapes.
  static func doubleQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      case "\0": result += "\\0"
      case "\u{85}": result += "\\N"
      case "\u{2028}": result += "\\L"
      case "\u{2029}": result += "\\P"
      default:
        if needsEscape(scalar) {
          result +=
            scalar.value <= 0xFF
            ? "\\x" + hex(scalar.value, width: 2) : "\\u" + hex(scalar.value, width: 4)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// A literal block for a multi-line string: the header (`|`, `|-` or `|+`) and the content
  /// lines (empty lines are empty strings); `nil` when the string has no line break or a
  /// literal block cannot hold it exactly.
  static func literalBlock(_ text: String) -> (header: String, lines: [String])? {
    guard text.utf8.contains(0x0A) else { return nil }
    for scalar in text.unicodeScalars
    where scalar != "\n" && (needsEscape(scalar) || scalar == "\t") {
      return nil
    }
    var trailing = 0
    var body = Substring(text)
    while body.last == "\n" {
      body = body.dropLast()
      trailing += 1
    }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let firstLine = lines.first, !firstLine.isEmpty, firstLine.first != " " else {
      return nil
    }
    if lines.contains(where: { $0.last == " " }) { return nil }
    let header = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
    return (header, lines + Array(repeating: "", count: max(0, trailing - 1)))
  }
}
