// Scanning helpers of `HTMLNormalizer`: start tags, character references, whitespace.
import Foundation

extension HTMLNormalizer {
  /// A parsed start tag.
  struct StartTag {
    var name: String
    var attributes: [(String, String?)]
    var selfClosing: Bool
    var end: Int
  }

  static func starts(_ prefix: String, _ text: [Unicode.Scalar], _ index: Int) -> Bool {
    let scalars = Array(prefix.unicodeScalars)
    guard index + scalars.count <= text.count else { return false }
    return Array(text[index..<index + scalars.count]) == scalars
  }

  static func find(_ needle: String, in text: [Unicode.Scalar], from: Int) -> Int? {
    var index = from
    while index < text.count {
      if starts(needle, text, index) { return index }
      index += 1
    }
    return nil
  }

  /// A start tag at `index` (a `<` followed by a letter), parsed leniently as Python's
  /// HTMLParser does; nil when it never closes.
  static func startTag(_ text: [Unicode.Scalar], _ index: Int) -> StartTag? {
    func isSpace(_ scalar: Unicode.Scalar) -> Bool { Character(scalar).isWhitespace }
    var cursor = index + 1
    var name = ""
    while cursor < text.count, !isSpace(text[cursor]), text[cursor] != "/", text[cursor] != ">" {
      name.unicodeScalars.append(text[cursor])
      cursor += 1
    }
    var attributes: [(String, String?)] = []
    while true {
      while cursor < text.count,
        isSpace(text[cursor]) || (text[cursor] == "/" && !starts("/>", text, cursor))
      {
        cursor += 1
      }
      guard cursor < text.count else { return nil }
      if text[cursor] == ">" {
        return StartTag(name: name.lowercased(), attributes: attributes, selfClosing: false,
          end: cursor + 1)
      }
      if starts("/>", text, cursor) {
        return StartTag(name: name.lowercased(), attributes: attributes, selfClosing: true,
          end: cursor + 2)
      }
      var attribute = ""
      while cursor < text.count, !isSpace(text[cursor]), text[cursor] != "/",
        text[cursor] != ">", text[cursor] != "="
      {
        attribute.unicodeScalars.append(text[cursor])
        cursor += 1
      }
      var lookahead = cursor
      while lookahead < text.count, isSpace(text[lookahead]) { lookahead += 1 }
      guard lookahead < text.count, text[lookahead] == "=" else {
        attributes.append((attribute.lowercased(), nil))
        continue
      }
      cursor = lookahead
      while cursor < text.count, text[cursor] == "=" { cursor += 1 }
      while cursor < text.count, isSpace(text[cursor]) { cursor += 1 }
      guard cursor < text.count else { return nil }
      var value = ""
      let quote = text[cursor]
      if quote == "\"" || quote == "'" {
        cursor += 1
        while cursor < text.count, text[cursor] != quote {
          value.unicodeScalars.append(text[cursor])
          cursor += 1
        }
        guard cursor < text.count else { return nil }
        cursor += 1
      } else {
        while cursor < text.count, !isSpace(text[cursor]), text[cursor] != ">" {
          value.unicodeScalars.append(text[cursor])
          cursor += 1
        }
      }
      attributes.append((attribute.lowercased(), unescapeAttribute(value)))
    }
  }

  /// A character or entity reference at `index` (an `&`): where it ends, its normalized text,
  /// and whether it was a reference (false: a plain `&`).
  static func reference(_ text: [Unicode.Scalar], _ index: Int) -> (Int, String, Bool)? {
    var cursor = index + 1
    guard cursor < text.count else { return nil }
    if text[cursor] == "#" {
      cursor += 1
      var name = ""
      let isHex = cursor < text.count && (text[cursor] == "x" || text[cursor] == "X")
      if isHex {
        name.unicodeScalars.append(text[cursor])
        cursor += 1
      }
      let digitsStart = cursor
      while cursor < text.count, text[cursor].isHexDigit(allowLetters: isHex) {
        name.unicodeScalars.append(text[cursor])
        cursor += 1
      }
      guard cursor > digitsStart, cursor < text.count else { return nil }
      let end = text[cursor] == ";" ? cursor + 1 : cursor
      var replacement = "&#" + name + ";"
      let digits = String(name.drop(while: { $0 == "x" }))
      if !name.hasPrefix("X"), let value = UInt32(digits, radix: name.hasPrefix("x") ? 16 : 10),
        let scalar = Unicode.Scalar(value)
      {
        replacement = escapeCharacter(scalar)
      }
      return (end, replacement, true)
    }
    guard text[cursor].isASCIILetter else { return nil }
    var name = ""
    while cursor < text.count,
      text[cursor].isASCIILetter || text[cursor].isHexDigit(allowLetters: false)
        || text[cursor] == "-" || text[cursor] == "."
    {
      name.unicodeScalars.append(text[cursor])
      cursor += 1
    }
    guard cursor < text.count else { return nil }
    let end = text[cursor] == ";" ? cursor + 1 : cursor
    let known: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\""]
    return (end, known[name].map(escapeCharacter) ?? "&" + name + ";", true)
  }

  static func escapeCharacter(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "<": return "&lt;"
    case ">": return "&gt;"
    case "&": return "&amp;"
    case "\"": return "&quot;"
    default: return String(Character(scalar))
    }
  }

  static func unescapeAttribute(_ value: String) -> String {
    let scalars = Array(value.unicodeScalars)
    var result = ""
    var index = 0
    while index < scalars.count {
      if scalars[index] == "&", let (next, replacement, _) = reference(scalars, index) {
        let decoded = ["&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": "\""][replacement]
        result += decoded ?? replacement
        index = next
      } else {
        result.unicodeScalars.append(scalars[index])
        index += 1
      }
    }
    return result
  }

  static func escape(_ value: String) -> String {
    var result = ""
    for scalar in value.unicodeScalars { result += escapeCharacter(scalar) }
    return result
  }

  static func collapseWhitespace(_ text: String) -> String {
    var result = ""
    var inSpace = false
    for character in text {
      if character.isWhitespace {
        if !inSpace { result.append(" ") }
        inSpace = true
      } else {
        result.append(character)
        inSpace = false
      }
    }
    return result
  }
}

extension String {
  func trimmingTrailingWhitespace() -> String {
    var result = self
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return result
  }
}

extension Unicode.Scalar {
  var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }

  func isHexDigit(allowLetters: Bool) -> Bool {
    ("0"..."9").contains(self)
      || (allowLetters && (("a"..."f").contains(self) || ("A"..."F").contains(self)))
  }
}
