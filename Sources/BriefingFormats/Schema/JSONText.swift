import BriefingCore

/// Pretty JSON text of a ``JSONValue``, keys in the value's order, for documents people read
/// and diff (the exported JSON Schema): two-space indentation, `"key": value`, a final newline.
public enum JSONText {
  /// The pretty JSON text of `value`.
  public static func pretty(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, into: &output)
    return output + "\n"
  }

  // Recursion depth is the value's nesting; callers pass documents they built themselves.
  private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
    let inner = String(repeating: "  ", count: indent + 1)
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .integer(let number): output += String(number)
    case .number(let number): output += number.isFinite ? number.description : "null"
    case .string(let text): output += quoted(text)
    case .array(let items):
      // Short lists of scalars (enums, required keys) read best on one line.
      if items.allSatisfy(\.isScalar), items.count <= 8 {
        var parts: [String] = []
        for item in items {
          var part = ""
          write(item, indent: 0, into: &part)
          parts.append(part)
        }
        output += "[" + parts.joined(separator: ", ") + "]"
        return
      }
      output += "[\n"
      for (position, item) in items.enumerated() {
        output += inner
        write(item, indent: indent + 1, into: &output)
        output += position + 1 < items.count ? ",\n" : "\n"
      }
      output += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (position, member) in members.enumerated() {
        output += inner + quoted(member.key) + ": "
        write(member.value, indent: indent + 1, into: &output)
        output += position + 1 < members.count ? ",\n" : "\n"
      }
      output += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// `text` as a JSON string literal; escapes only what JSON requires.
  public static func quoted(_ text: String) -> String {
    var output: [UInt8] = []
    appendQuoted(text, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal to UTF-8 `output`: `"`, `\`, LF, CR and tab get
  /// their short escapes, other control characters `\u00xx`, everything else is copied.
  static func appendQuoted(_ text: String, to output: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case UInt8(ascii: "\r"): output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case UInt8(ascii: "\t"): output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20:
        output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}

extension JSONValue {
  /// Whether it is neither an array nor an object.
  fileprivate var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }
}
