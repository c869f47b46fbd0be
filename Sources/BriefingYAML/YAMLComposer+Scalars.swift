import BriefingCore
import BriefingFormats

// MARK: - YAML 1.2 core schema

/// Resolves plain scalars by the YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
///
/// Working on UTF-8 bytes keeps this cheap: most scalars fail the first-byte test.
enum CoreSchema {
  static let strTag = "tag:yaml.org,2002:str"
  static let intTag = "tag:yaml.org,2002:int"
  static let floatTag = "tag:yaml.org,2002:float"
  static let boolTag = "tag:yaml.org,2002:bool"
  static let nullTag = "tag:yaml.org,2002:null"

  /// The value a plain scalar stands for.
  static func resolve(_ text: String) -> TreeNode.Value {
    if let value = null(text) ?? bool(text) ?? integer(text) ?? float(text) { return value }
    return .string(text)
  }

  static func null(_ text: String) -> TreeNode.Value? {
    switch text {
    case "", "~", "null", "Null", "NULL": .null
    default: nil
    }
  }

  static func bool(_ text: String) -> TreeNode.Value? {
    switch text {
    case "true", "True", "TRUE": .bool(true)
    case "false", "False", "FALSE": .bool(false)
    default: nil
    }
  }

  static func integer(_ text: String) -> TreeNode.Value? {
    let bytes = Array(text.utf8)
    guard let first = bytes.first else { return nil }
    if bytes.count > 2 && first == UInt8(ascii: "0") {
      let digits = String(decoding: bytes[2...], as: UTF8.self)
      if bytes[1] == UInt8(ascii: "o"), bytes[2...].allSatisfy({ $0 >= 48 && $0 <= 55 }) {
        return Int(digits, radix: 8).map(TreeNode.Value.integer) ?? large(bytes[2...], radix: 8)
      }
      if bytes[1] == UInt8(ascii: "x"), bytes[2...].allSatisfy(isHexDigit) {
        return Int(digits, radix: 16).map(TreeNode.Value.integer) ?? large(bytes[2...], radix: 16)
      }
    }
    let unsigned =
      (first == UInt8(ascii: "-") || first == UInt8(ascii: "+")) ? bytes.dropFirst() : bytes[...]
    guard !unsigned.isEmpty, unsigned.allSatisfy(isDigit) else { return nil }
    if let number = Int(text) { return .integer(number) }
    return Double(text).map(TreeNode.Value.number)
  }

  static func float(_ text: String) -> TreeNode.Value? {
    var bytes = Array(text.utf8)[...]
    var sign = 1.0
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      sign = first == UInt8(ascii: "-") ? -1 : 1
      bytes = bytes.dropFirst()
    }
    switch String(decoding: bytes, as: UTF8.self) {
    case ".inf", ".Inf", ".INF": return .number(sign * .infinity)
    case ".nan", ".NaN", ".NAN":
      return text == String(decoding: bytes, as: UTF8.self) ? .number(.nan) : nil
    default: break
    }
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    var index = bytes.startIndex
    var mantissaDigits = 0
    while index < bytes.endIndex, isDigit(bytes[index]) {
      index += 1
      mantissaDigits += 1
    }
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
      index += 1
      var fraction = 0
      while index < bytes.endIndex, isDigit(bytes[index]) {
        index += 1
        fraction += 1
      }
      if mantissaDigits == 0 && fraction == 0 { return nil }
      mantissaDigits += fraction
    }
    guard mantissaDigits > 0 else { return nil }
    if index < bytes.endIndex,
      bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
    {
      index += 1
      if index < bytes.endIndex,
        bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
      {
        index += 1
      }
      var exponent = 0
      while index < bytes.endIndex, isDigit(bytes[index]) {
        index += 1
        exponent += 1
      }
      guard exponent > 0 else { return nil }
    }
    guard index == bytes.endIndex else { return nil }
    // Swift's parser needs a digit before the point (".5" → "0.5").
    var digits = String(decoding: bytes, as: UTF8.self)
    if digits.hasPrefix(".") { digits = "0" + digits }
    return Double(digits).map { .number(sign * $0) }
  }

  /// An integer too large for `Int`, as a (rounded) number.
  private static func large(_ digits: ArraySlice<UInt8>, radix: Double) -> TreeNode.Value {
    var value = 0.0
    for digit in digits {
      let nibble: UInt8 = digit <= 57 ? digit - 48 : (digit | 0x20) - 87
      value = value * radix + Double(nibble)
    }
    return .number(value)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= 97 && byte | 0x20 <= 102)
  }
}

extension EventComposer {
  /// The node for a scalar event: quoted and block scalars are strings; plain ones resolve by
  /// the core schema unless a tag says otherwise.
  mutating func resolveScalar(_ text: String, tag: String?, isPlain: Bool, range: SourceRange)
    -> TreeNode
  {
    let resolved: TreeNode.Value?
    switch tag {
    case nil: resolved = isPlain ? CoreSchema.resolve(text) : .string(text)
    case "!", CoreSchema.strTag?: resolved = .string(text)
    case CoreSchema.intTag?: resolved = CoreSchema.integer(text)
    case CoreSchema.floatTag?: resolved = CoreSchema.float(text) ?? CoreSchema.integer(text)
    case CoreSchema.boolTag?: resolved = CoreSchema.bool(text)
    case CoreSchema.nullTag?: resolved = CoreSchema.null(text)
    case let other?:
      let message = "unknown tag '\(other)' is ignored; remove it (briefings use plain YAML values)"
      diagnostics.append(Diagnostic(.warning, "yaml.unknown-tag", message, range: range))
      resolved = isPlain ? CoreSchema.resolve(text) : .string(text)
    }
    guard let value = resolved else {
      let message = "'\(text)' does not match its tag '\(tag ?? "")'; fix the value or drop the tag"
      diagnostics.append(Diagnostic(.error, "yaml.tag", message, range: range))
      return stringNode(text, range: range)
    }
    switch value {
    case .bool, .integer, .number: return TreeNode(value, range: range, sourceText: text)
    // A plain scalar the core schema left a string is neither a number nor a boolean.
    case .string where isPlain && tag == nil: return TreeNode(value, range: range)
    case .string: return stringNode(text, range: range)
    default: return TreeNode(value, range: range)
    }
  }

  /// A string node, marked when written plain it would have been a whole number or boolean.
  private func stringNode(_ text: String, range: SourceRange) -> TreeNode {
    var node = TreeNode(.string(text), range: range)
    node.looksLikeNumberOrBoolean = CoreSchema.integer(text) != nil || CoreSchema.bool(text) != nil
    return node
  }
}
