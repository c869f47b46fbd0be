/// One HTML tag read from raw HTML: `<details open id="q1">`, `</summary>`, `<br />`.
///
/// Names are lowercased; attribute values have their character references decoded (the
/// common named ones and numeric ones), which is all the writer produces and what people type.
struct HTMLTag: Equatable {
  /// The lowercased element name.
  var name: String
  /// Whether it is a closing tag (`</name>`).
  var isClosing: Bool
  /// The attributes, lowercased names; a bare attribute (`open`) has an empty value.
  var attributes: [String: String]
  /// The number of bytes the tag takes in the text it was read from.
  var length: Int

  /// Reads the tag that `text` consists of (a raw inline HTML node).
  init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard let tag = HTMLTag(bytes, at: 0), tag.length == bytes.count else { return nil }
    self = tag
  }

  /// Reads a tag starting at `start` in `bytes`.
  init?(_ bytes: [UInt8], at start: Int) {
    var index = start
    guard index < bytes.count, bytes[index] == UInt8(ascii: "<") else { return nil }
    index += 1
    isClosing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
    if isClosing { index += 1 }
    let nameStart = index
    while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart else { return nil }
    name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
    attributes = [:]
    while true {
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ">") {
        index += 1
        break
      }
      if bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: ">")
      {
        index += 2
        break
      }
      let attributeStart = index
      while index < bytes.count, Self.isNameByte(bytes[index]) || bytes[index] == UInt8(ascii: ":")
      {
        index += 1
      }
      guard index > attributeStart, !isClosing else { return nil }
      let attribute = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
      var value = ""
      if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
        index += 1
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let quote = bytes[index]
        let valueStart: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
          index += 1
          valueStart = index
          while index < bytes.count, bytes[index] != quote { index += 1 }
          guard index < bytes.count else { return nil }
          value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
          index += 1
        } else {
          valueStart = index
          while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">")
          {
            index += 1
          }
          value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
        }
      }
      if attributes[attribute] == nil { attributes[attribute] = Self.decodeReferences(value) }
    }
    length = index - start
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references.
  static func decodeReferences(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if let semi = after.prefix(12).firstIndex(of: ";") {
        let body = after[..<semi]
        var decoded: String?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
          decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
            String(Character($0))
          }
        } else if body.hasPrefix("#") {
          decoded = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map {
            String(Character($0))
          }
        } else {
          decoded = named[String(body)]
        }
        if let decoded {
          out += decoded
          rest = after[after.index(after: semi)...]
          continue
        }
      }
      out += "&"
      rest = after
    }
    out += rest
    return out
  }

  /// Escapes an attribute value for a double-quoted attribute.
  static func escapeAttribute(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
