// The JSON text of the AST and of the plugin protocol: a small, bounded parser into
// `JSONValue` and a deterministic serializer. Not Foundation's JSONDecoder, because its keyed
// containers lose key order (extension objects are ordered) and its errors carry no offset.
import BriefingCore
import OrderedCollections

/// Parses and prints the JSON exchanged with plugins and filters.
public enum WireJSON {
  /// Why text is not acceptable JSON: what, and the UTF-8 byte offset where it was noticed.
  public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The 0-based UTF-8 byte offset.
    public var offset: Int
    /// `message at byte N`.
    public var description: String { "\(message) at byte \(offset)" }
  }

  /// The deepest nesting of arrays and objects accepted; deeper input is refused, not crashed on.
  public static let maximumDepth = 256

  /// Parses one JSON value (RFC 8259) from UTF-8 bytes; whitespace may surround it.
  public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
    var parser = Parser(bytes: bytes)
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.index == bytes.count else { throw parser.error("unexpected text after the value") }
    return value
  }

  /// Prints a value as compact JSON with keys in their stored order and a final newline.
  public static func serialize(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(value, into: &out)
    out.append(UInt8(ascii: "\n"))
    return out
  }

  private static func write(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null: out += Array("null".utf8)
    case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
    case .integer(let number): out += Array(String(number).utf8)
    case .number(let number):
      // JSON has no NaN or infinity; null is what JavaScript's JSON.stringify writes too.
      out += Array((number.isFinite ? "\(number)" : "null").utf8)
    case .string(let text): JSONText.appendQuoted(text, to: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        write(item, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        JSONText.appendQuoted(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        write(member.value, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }
}

// MARK: - Parser

private struct Parser {
  let bytes: [UInt8]
  var index = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  func error(_ message: String) -> WireJSON.SyntaxError {
    WireJSON.SyntaxError(message: message, offset: index)
  }

  mutating func skipSpace() {
    while index < bytes.count,
      bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
    {
      index += 1
    }
  }

  mutating func value(depth: Int) throws(WireJSON.SyntaxError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of input") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object(depth: depth + 1)
    case UInt8(ascii: "["): return try array(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw error("unexpected character")
    }
  }

  mutating func literal(_ word: String) throws(WireJSON.SyntaxError) {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count,
      Array(bytes[index..<index + expected.count]) == expected
    else { throw error("expected '\(word)'") }
    index += expected.count
  }

  mutating func object(depth: Int) throws(WireJSON.SyntaxError) -> JSONValue {
    guard depth <= WireJSON.maximumDepth else { throw error("nesting is deeper than 256") }
    index += 1
    var members = OrderedDictionary<String, JSONValue>()
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a string key")
      }
      let key = try string()
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after a key")
      }
      index += 1
      skipSpace()
      let item = try value(depth: depth)
      guard members[key] == nil else { throw error("duplicate key '\(key)'") }
      members[key] = item
      skipSpace()
      guard index < bytes.count else { throw error("unexpected end of input in an object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        throw error("expected ',' or '}'")
      }
    }
  }

  mutating func array(depth: Int) throws(WireJSON.SyntaxError) -> JSONValue {
    guard depth <= WireJSON.maximumDepth else { throw error("nesting is deeper than 256") }
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value(depth: depth))
      skipSpace()
      guard index < bytes.count else { throw error("unexpected end of input in an array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      } else {
        throw error("expected ',' or ']'")
      }
    }
  }

  mutating func number() throws(WireJSON.SyntaxError) -> JSONValue {
    let start = index
    var isInteger = true
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    let digitsStart = index
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      index += 1
    }
    guard index > digitsStart else { throw error("expected a digit") }
    if bytes[digitsStart] == UInt8(ascii: "0"), index - digitsStart > 1 {
      throw error("leading zeros are not allowed")
    }
    while index < bytes.count,
      [
        UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"),
        UInt8(ascii: "-"),
      ].contains(bytes[index])
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
    {
      isInteger = false
      index += 1
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let integer = Int(text) { return .integer(integer) }
    guard let double = Double(text), double.isFinite else {
      throw WireJSON.SyntaxError(message: "malformed number '\(text)'", offset: start)
    }
    return .number(double)
  }

  mutating func string() throws(WireJSON.SyntaxError) -> String {
    index += 1
    var out: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        // Invalid UTF-8 from a plugin becomes U+FFFD rather than a crash or a refusal.
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { break }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"): out += try unicodeEscape()
        default: throw error("unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
        }
      case 0..<0x20: throw error("control character in a string; escape it")
      default:
        out.append(byte)
        index += 1
      }
    }
    throw error("unterminated string")
  }

  /// The UTF-8 of a `\uXXXX` escape (the `\u` already consumed), joining surrogate pairs.
  mutating func unicodeEscape() throws(WireJSON.SyntaxError) -> [UInt8] {
    var code = try hex4()
    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
      bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
    {
      let save = index
      index += 2
      let low = try hex4()
      if (0xDC00..<0xE000).contains(low) {
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
      } else {
        index = save
      }
    }
    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
    return Array(String(Character(scalar)).utf8)
  }

  mutating func hex4() throws(WireJSON.SyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var code: UInt32 = 0
    for byte in bytes[index..<index + 4] {
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("malformed \\u escape")
      }
      code = code * 16 + digit
    }
    index += 4
    return code
  }
}
