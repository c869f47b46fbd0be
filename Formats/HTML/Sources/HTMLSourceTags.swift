// Where elements stand in the page's bytes. libxml2 keeps only a line per node, so the start
// and end tags are found by a light scan of the bytes and matched to libxml2's elements in
// document order (by name and line); elements libxml2 implied (`<tbody>`, `<body>` …) match no
// tag and keep their line only.
import BriefingCore

/// A start or end tag in the source, with its range.
struct SourceTag: Sendable {
  /// The lowercase tag name.
  var name: String
  /// Whether this is an end tag (`</p>`).
  var isClosing: Bool
  /// Where `<` stands.
  var start: SourceLocation
  /// Just past `>`.
  var end: SourceLocation
}

/// Finds the tags of a page in its bytes, skipping comments, doctypes and raw text.
struct HTMLTagScanner {
  /// Elements whose content is text, not markup.
  static let rawText: Set<String> = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
  ]

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var column = 1

  /// The tags of `bytes`, in order.
  static func tags(_ bytes: [UInt8]) -> [SourceTag] {
    var scanner = HTMLTagScanner(bytes: bytes)
    return scanner.scan()
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private var location: SourceLocation {
    SourceLocation(line: line, column: column, offset: index)
  }

  /// Moves to `target`, counting lines and scalars (columns count Unicode scalars).
  private mutating func advance(to target: Int) {
    let target = min(target, bytes.count)
    while index < target {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
  }

  private func find(_ needle: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
    guard !needle.isEmpty else { return nil }
    var position = start
    while position + needle.count <= bytes.count {
      var matched = true
      for (offset, expected) in needle.enumerated() {
        let byte = bytes[position + offset]
        if (caseInsensitive ? Self.lower(byte) : byte) != expected {
          matched = false
          break
        }
      }
      if matched { return position }
      position += 1
    }
    return nil
  }

  static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  static func endsName(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
      || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
  }

  private mutating func scan() -> [SourceTag] {
    var tags: [SourceTag] = []
    let lessThan = UInt8(ascii: "<")
    while let next = bytes[index...].firstIndex(of: lessThan) {
      advance(to: next)
      let rest = bytes.count - index
      if rest >= 4, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == 0x2D,
        bytes[index + 3] == 0x2D
      {
        let close = find(Array("-->".utf8), from: index + 4)
        advance(to: close.map { $0 + 3 } ?? bytes.count)
      } else if rest >= 2, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == 0x3F {
        advance(to: (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1)
      } else if rest >= 3, bytes[index + 1] == UInt8(ascii: "/"), Self.isLetter(bytes[index + 2]) {
        let start = location
        let name = readName(from: index + 2)
        advance(to: (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1)
        tags.append(SourceTag(name: name, isClosing: true, start: start, end: location))
      } else if rest >= 2, Self.isLetter(bytes[index + 1]) {
        let start = location
        let name = readName(from: index + 1)
        advance(to: endOfStartTag(from: index + 1 + name.utf8.count))
        tags.append(SourceTag(name: name, isClosing: false, start: start, end: location))
        if Self.rawText.contains(name) {
          let close = find(Array("</\(name)".utf8), from: index, caseInsensitive: true)
          advance(to: close ?? bytes.count)
        }
      } else {
        advance(to: index + 1)
      }
    }
    advance(to: bytes.count)
    return tags
  }

  private func readName(from start: Int) -> String {
    var end = start
    while end < bytes.count, !Self.endsName(bytes[end]) { end += 1 }
    return String(decoding: bytes[start..<end].map(Self.lower), as: UTF8.self)
  }

  /// Just past the `>` that ends a start tag, stepping over quoted attribute values.
  private func endOfStartTag(from start: Int) -> Int {
    var position = start
    var quote: UInt8?
    while position < bytes.count {
      let byte = bytes[position]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return position + 1
      }
      position += 1
    }
    return bytes.count
  }
}

/// Walks the scanned tags alongside libxml2's elements, which come in the same order.
struct TagMatcher {
  /// How many tags past the cursor a start tag is looked for; stray tags libxml2 dropped are
  /// passed over, and the search stays linear on long one-line pages.
  static let lookahead = 64

  let tags: [SourceTag]
  private var cursor = 0

  init(tags: [SourceTag]) { self.tags = tags }

  /// The start tag of the element `name` that libxml2 put on `line`, consuming it.
  mutating func start(_ name: String, line: Int) -> SourceTag? {
    var position = cursor
    while position < tags.count, position < cursor + Self.lookahead,
      tags[position].start.line <= line
    {
      let tag = tags[position]
      if !tag.isClosing, tag.name == name, tag.end.line >= line {
        cursor = position + 1
        return tag
      }
      position += 1
    }
    return nil
  }

  /// Where the end of the element `name` whose children were just matched stands: its end tag,
  /// or (empty) where the next tag starts when the end tag was left out.
  mutating func end(_ name: String) -> SourceRange? {
    var position = cursor
    while position < tags.count, position < cursor + 8, tags[position].isClosing {
      if tags[position].name == name {
        cursor = position + 1
        return SourceRange(start: tags[position].start, end: tags[position].end)
      }
      position += 1
    }
    return cursor < tags.count ? SourceRange(at: tags[cursor].start) : nil
  }
}

extension HTMLTagScanner {
  /// Where the value of attribute `name` stands inside the start tag at `tag` (quotes left out),
  /// so a bad id points at the id rather than at its element.
  static func attributeValue(_ name: String, inTagAt tag: SourceRange, of bytes: [UInt8])
    -> SourceRange?
  {
    let end = min(tag.end.offset, bytes.count)
    guard tag.start.offset < end else { return nil }
    let needle = Array(name.utf8)
    var index = tag.start.offset + 1
    var quote: UInt8?
    var location = tag.start
    func step(to target: Int) {
      while location.offset < target {
        let byte = bytes[location.offset]
        if byte == 0x0A {
          location.line += 1
          location.column = 1
        } else if byte & 0xC0 != 0x80 {
          location.column += 1
        }
        location.offset += 1
      }
    }
    while index < end {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if endsName(bytes[index - 1]), index + needle.count < end,
        bytes[index..<index + needle.count].map(lower).elementsEqual(needle),
        bytes[index + needle.count] == UInt8(ascii: "=")
      {
        var start = index + needle.count + 1
        var stop = start
        if start < end, bytes[start] == 0x22 || bytes[start] == 0x27 {
          let mark = bytes[start]
          start += 1
          stop = bytes[start..<end].firstIndex(of: mark) ?? end
        } else {
          while stop < end, !endsName(bytes[stop]) { stop += 1 }
        }
        step(to: start)
        let first = location
        step(to: stop)
        return SourceRange(start: first, end: location)
      }
      index += 1
    }
    return nil
  }
}
