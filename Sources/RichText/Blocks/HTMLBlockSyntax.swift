// The seven start conditions and five end conditions of HTML blocks (CommonMark 0.31.2, 4.6),
// matched on bytes without regular expressions.

/// Recognizers for the start and end of HTML blocks.
enum HTMLBlockSyntax {
  /// Condition 1 tag names: raw-text elements whose block ends at their closing tag.
  static let rawTextTags: [[UInt8]] = ["pre", "script", "style", "textarea"].map { Array($0.utf8) }

  /// Condition 6 tag names.
  static let blockTags: Set<[UInt8]> = Set(
    [
      "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption",
      "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2",
      "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link",
      "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param",
      "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title",
      "tr", "track", "ul",
    ].map { Array($0.utf8) })

  /// The kind (1...7) of HTML block that starts at `from` (a `<`), or nil.
  ///
  /// Kind 7 is only considered when `allowsKind7` (it cannot interrupt a paragraph).
  static func startKind(_ bytes: [UInt8], _ from: Int, _ to: Int, allowsKind7: Bool) -> Int? {
    guard from < to, bytes[from] == UInt8(ascii: "<") else { return nil }
    let next = from + 1
    if let (name, end) = tagName(bytes, next, to) {
      let after: UInt8? = end < to ? bytes[end] : nil
      if rawTextTags.contains(name),
        after == nil || after == UInt8(ascii: ">") || BlockSyntax.isSpaceOrTab(after)
      {
        return 1
      }
      if blockTags.contains(name), isBlockTagEnd(bytes, end, to) { return 6 }
    }
    if hasPrefix(bytes, next, to, "!--") { return 2 }
    if hasPrefix(bytes, next, to, "?") { return 3 }
    if hasPrefix(bytes, next, to, "![CDATA[") { return 5 }
    if next + 1 < to, bytes[next] == UInt8(ascii: "!"), isASCIILetter(bytes[next + 1]) { return 4 }
    if next < to, bytes[next] == UInt8(ascii: "/"), let (name, end) = tagName(bytes, next + 1, to),
      blockTags.contains(name), isBlockTagEnd(bytes, end, to)
    {
      return 6
    }
    if allowsKind7, let end = completeTag(bytes, from, to),
      BlockSyntax.isBlank(bytes, end, to)
    {
      return 7
    }
    return nil
  }

  /// Whether the line `bytes[from..<to]` meets the end condition of an HTML block of `kind` 1...5.
  static func endsBlock(kind: Int, _ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
    switch kind {
    case 1:
      var index = from
      while index + 1 < to {
        if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
          let (name, end) = tagName(bytes, index + 2, to), rawTextTags.contains(name),
          end < to, bytes[end] == UInt8(ascii: ">")
        {
          return true
        }
        index += 1
      }
      return false
    case 2: return contains(bytes, from, to, "-->")
    case 3: return contains(bytes, from, to, "?>")
    case 4: return contains(bytes, from, to, ">")
    case 5: return contains(bytes, from, to, "]]>")
    default: return false
    }
  }

  /// A lowercased run of ASCII letters and digits starting with a letter, and where it ends.
  static func tagName(_ bytes: [UInt8], _ from: Int, _ to: Int) -> ([UInt8], Int)? {
    guard from < to, isASCIILetter(bytes[from]) else { return nil }
    var name: [UInt8] = []
    var index = from
    while index < to, isASCIILetter(bytes[index]) || BlockSyntax.isDigit(bytes[index]) {
      name.append(bytes[index] | 0x20)
      index += 1
      // No condition-1 or condition-6 name is longer than this; stop scanning long words early.
      if name.count > 10 { return nil }
    }
    return (name, index)
  }

  /// Condition 6's tail: a space, a tab, the end of the line, `>` or `/>`.
  static func isBlockTagEnd(_ bytes: [UInt8], _ index: Int, _ to: Int) -> Bool {
    guard index < to else { return true }
    let byte = bytes[index]
    if byte == UInt8(ascii: ">") || BlockSyntax.isSpaceOrTab(byte) { return true }
    return byte == UInt8(ascii: "/") && index + 1 < to && bytes[index + 1] == UInt8(ascii: ">")
  }

  /// Whether `byte` is an ASCII letter.
  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }

  /// Whether `bytes[from...]` starts with `prefix`.
  static func hasPrefix(_ bytes: [UInt8], _ from: Int, _ to: Int, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard to - from >= count else { return false }
    return prefix.withUTF8Buffer { buffer in
      for index in 0..<count where bytes[from + index] != buffer[index] { return false }
      return true
    }
  }

  /// Whether `bytes[from..<to]` contains `needle`.
  static func contains(_ bytes: [UInt8], _ from: Int, _ to: Int, _ needle: StaticString) -> Bool {
    var index = from
    while index < to {
      if hasPrefix(bytes, index, to, needle) { return true }
      index += 1
    }
    return false
  }
}
