// A small JSON text codec for the values the HTML format embeds: `x-` extension data and exact
// rich-text trees in data attributes, and the JSON-LD block. Keys keep their order, which
// Foundation's JSONSerialization would not.
import BriefingCore
import OrderedCollections

/// Encodes and decodes ``JSONValue`` as compact JSON text.
enum JSONText {
  /// Compact JSON. `<`, `>`, `&` and U+2028/U+2029 are always `\u` escapes, so the same text can
  /// sit inside a `<script>` element without closing it and inside an attribute.
  static func encode(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    write(value, into: &out, depth: 0)
    return String(decoding: out, as: UTF8.self)
  }

  private static func write(
    _ value: JSONValue, into out: inout [UInt8], depth: Int
  ) {
    // The model is built in memory, so only a runaway structure can be this deep.
    guard depth < 512 else { return out.append(contentsOf: "null".utf8) }
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .integer(let number): out.append(contentsOf: String(number).utf8)
    case .number(let number):
      out.append(contentsOf: (number.isFinite ? "\(number)" : "null").utf8)
    case .string(let text): writeString(text, into: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        write(element, into: &out, depth: depth + 1)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        writeString(member.key, into: &out)
        out.append(UInt8(ascii: ":"))
        write(member.value, into: &out, depth: depth + 1)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out.append(contentsOf: #"\""#.utf8)
      case "\\": out.append(contentsOf: #"\\"#.utf8)
      case "\n": out.append(contentsOf: #"\n"#.utf8)
      case "\r": out.append(contentsOf: #"\r"#.utf8)
      case "\t": out.append(contentsOf: #"\t"#.utf8)
      case "<", ">", "&", "\u{2028}", "\u{2029}":
        escape(scalar.value, into: &out)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          escape(scalar.value, into: &out)
        } else {
          out.append(contentsOf: String(scalar).utf8)
        }
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func escape(_ value: UInt32, into out: inout [UInt8]) {
    let hex = String(value, radix: 16)
    out.append(
      contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).utf8)
  }

  /// Decodes JSON text; `nil` when it is not valid JSON or nests deeper than `maxDepth`.
  static func decode(_ text: String, maxDepth: Int = 256) -> JSONValue? {
    var parser = Parser(bytes: Array(text.utf8), maxDepth: maxDepth)
    guard let value = parser.value(depth: 0) else { return nil }
    parser.skipSpace()
    return parser.index == parser.bytes.count ? value : nil
  }

  private struct Parser {
    let bytes: [UInt8]
    let maxDepth: Int
    var index = 0

    init(bytes: [UInt8], maxDepth: Int) {
      self.bytes = bytes
      self.maxDepth = maxDepth
    }

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func literal(_ word: String) -> Bool {
      let wordBytes = Array(word.utf8)
      guard index + wordBytes.count <= bytes.count,
        Array(bytes[index..<index + wordBytes.count]) == wordBytes
      else { return false }
      index += wordBytes.count
      return true
    }

    mutating func value(depth: Int) -> JSONValue? {
      guard depth < maxDepth else { return nil }
      skipSpace()
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "n"): return literal("null") ? .null : nil
      case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
      case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
      case UInt8(ascii: "\""): return string().map(JSONValue.string)
      case UInt8(ascii: "["):
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(elements)
        }
        while true {
          guard let element = value(depth: depth + 1) else { return nil }
          elements.append(element)
          skipSpace()
          guard index < bytes.count else { return nil }
          index += 1
          if bytes[index - 1] == UInt8(ascii: "]") { return .array(elements) }
          guard bytes[index - 1] == UInt8(ascii: ",") else { return nil }
        }
      case UInt8(ascii: "{"):
        index += 1
        var members: OrderedDictionary<String, JSONValue> = [:]
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .object(members)
        }
        while true {
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else {
            return nil
          }
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
          index += 1
          guard let member = value(depth: depth + 1) else { return nil }
          members[key] = member
          skipSpace()
          guard index < bytes.count else { return nil }
          index += 1
          if bytes[index - 1] == UInt8(ascii: "}") { return .object(members) }
          guard bytes[index - 1] == UInt8(ascii: ",") else { return nil }
        }
      default: return number()
      }
    }

    mutating func number() -> JSONValue? {
      let start = index
      while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if let integer = Int(text) { return .integer(integer) }
      return Double(text).map(JSONValue.number)
    }

    mutating func string() -> String? {
      index += 1
      var out: [UInt8] = []
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard index < bytes.count else { return nil }
          let escaped = bytes[index]
          index += 1
          switch escaped {
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "u"):
            guard var scalar = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(scalar), literal("\\u"), let low = hex4(),
              (0xDC00..<0xE000).contains(low)
            {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            out.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
          default: out.append(escaped)
          }
        default: out.append(byte)
        }
      }
      return nil
    }

    mutating func hex4() -> UInt32? {
      guard index + 4 <= bytes.count,
        let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else { return nil }
      index += 4
      return value
    }
  }
}
