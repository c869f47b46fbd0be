import BriefingCore

/// Writes `JSONValue`s as canonical JSON text: the same value always gives the same bytes.
enum JSONSerializer {
  /// The JSON text of `value`.
  ///
  /// Pretty output indents by two spaces, writes `"key": value`, keeps keys in the value's
  /// order and ends with a newline; compact output has no whitespace at all. Non-ASCII text is
  /// written as is; only `"`, `\`, control characters and U+2028/U+2029 (which break
  /// JavaScript string literals) are escaped.
  static func serialize(_ value: JSONValue, compact: Bool) -> String {
    var writer = Writer(compact: compact)
    writer.write(value, indent: 0)
    if !compact { writer.output.append(0x0A) }
    return String(decoding: writer.output, as: UTF8.self)
  }

  /// The quoted, escaped JSON form of `text`.
  static func quoted(_ text: String) -> String {
    var writer = Writer(compact: true)
    writer.writeString(text)
    return String(decoding: writer.output, as: UTF8.self)
  }

  /// The JSON text of a double: the shortest form that reads back equal, `null` when not finite.
  static func numberText(_ number: Double) -> String {
    // NaN and infinities cannot come from JSON text; writing null keeps the output valid.
    guard number.isFinite else { return "null" }
    return number.description
  }

  /// The output buffer and the layout choice.
  private struct Writer {
    let compact: Bool
    var output: [UInt8] = []

    init(compact: Bool) {
      self.compact = compact
      output.reserveCapacity(1024)
    }

    // Recursion depth equals the value's nesting, which readers bound by `TreeLimits.maxDepth`.
    mutating func write(_ value: JSONValue, indent: Int) {
      switch value {
      case .null: append("null")
      case .bool(let flag): append(flag ? "true" : "false")
      case .integer(let number): append(String(number))
      case .number(let number): append(JSONSerializer.numberText(number))
      case .string(let text): writeString(text)
      case .array(let items):
        guard !items.isEmpty else { return append("[]") }
        output.append(UInt8(ascii: "["))
        for (position, item) in items.enumerated() {
          if position > 0 { output.append(UInt8(ascii: ",")) }
          newline(indent + 1)
          write(item, indent: indent + 1)
        }
        newline(indent)
        output.append(UInt8(ascii: "]"))
      case .object(let members):
        guard !members.isEmpty else { return append("{}") }
        output.append(UInt8(ascii: "{"))
        for (position, member) in members.enumerated() {
          if position > 0 { output.append(UInt8(ascii: ",")) }
          newline(indent + 1)
          writeString(member.key)
          output.append(UInt8(ascii: ":"))
          if !compact { output.append(0x20) }
          write(member.value, indent: indent + 1)
        }
        newline(indent)
        output.append(UInt8(ascii: "}"))
      }
    }

    private mutating func newline(_ indent: Int) {
      guard !compact else { return }
      output.append(0x0A)
      output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private mutating func append(_ text: String) {
      output.append(contentsOf: text.utf8)
    }

    mutating func writeString(_ text: String) {
      output.append(UInt8(ascii: "\""))
      let utf8 = Array(text.utf8)
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0..<0x20: appendUnicodeEscape(UInt32(byte))
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80
          && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
          appendUnicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
          index += 2
        default: output.append(byte)
        }
        index += 1
      }
      output.append(UInt8(ascii: "\""))
    }

    private mutating func appendUnicodeEscape(_ value: UInt32) {
      let hex = Array("0123456789abcdef".utf8)
      append("\\u")
      for shift in stride(from: 12, through: 0, by: -4) {
        output.append(hex[Int((value >> UInt32(shift)) & 0xF)])
      }
    }
  }
}
