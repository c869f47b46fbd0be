// The exact form of a rich-text tree, for the rare fields whose visible HTML does not read back
// equal (list markers, indented code, raw HTML, unsafe links): the writer stores this in a
// `data-briefing-rich` attribute and the reader prefers it over the visible markup.
import BriefingCore
import RichText

/// Converts rich-text trees to and from ``JSONValue`` arrays such as `["p", ["text"]]`.
enum RichTextJSON {
  /// Blocks as JSON.
  static func encode(_ blocks: [Block]) -> JSONValue { .array(blocks.map(encode)) }

  /// Inlines as JSON.
  static func encode(_ inlines: [Inline]) -> JSONValue { .array(inlines.map(encode)) }

  private static func encode(_ block: Block) -> JSONValue {
    switch block {
    case .paragraph(let inlines): return tagged("p", encode(inlines))
    case .heading(let level, let inlines): return tagged("h", .integer(level), encode(inlines))
    case .list(let list):
      let kind: [JSONValue] =
        switch list.kind {
        case .bullet(let marker): [.string("ul"), .integer(Int(marker))]
        case .ordered(let start, let delimiter):
          [.string("ol"), .integer(start), .integer(Int(delimiter))]
        }
      return .array(kind + [.bool(list.isTight), .array(list.items.map(encode))])
    case .blockQuote(let blocks): return tagged("quote", encode(blocks))
    case .codeBlock(let code):
      return tagged("code", .string(code.info), .string(code.literal), .bool(code.isFenced))
    case .thematicBreak: return tagged("hr")
    case .html(let literal): return tagged("html", .string(literal))
    }
  }

  private static func encode(_ inline: Inline) -> JSONValue {
    switch inline {
    case .text(let text): return .string(text)
    case .softBreak: return tagged("sb")
    case .hardBreak: return tagged("br")
    case .code(let code): return tagged("code", .string(code))
    case .emphasis(let inlines): return tagged("em", encode(inlines))
    case .strong(let inlines): return tagged("strong", encode(inlines))
    case .link(let link):
      return tagged("a", .string(link.destination), .string(link.title), encode(link.content))
    case .image(let link):
      return tagged("img", .string(link.destination), .string(link.title), encode(link.content))
    case .autolink(let autolink):
      return tagged("auto", .string(autolink.target), .bool(autolink.isEmail))
    case .html(let literal): return tagged("html", .string(literal))
    }
  }

  private static func tagged(_ tag: String, _ values: JSONValue...) -> JSONValue {
    .array([.string(tag)] + values)
  }

  /// Blocks from JSON; `nil` when the value is not a tree this encoder wrote.
  static func decodeBlocks(_ value: JSONValue) -> [Block]? {
    guard case .array(let elements) = value else { return nil }
    var blocks: [Block] = []
    for element in elements {
      guard let block = decodeBlock(element) else { return nil }
      blocks.append(block)
    }
    return blocks
  }

  /// Inlines from JSON; `nil` when the value is not a tree this encoder wrote.
  static func decodeInlines(_ value: JSONValue) -> [Inline]? {
    guard case .array(let elements) = value else { return nil }
    var inlines: [Inline] = []
    for element in elements {
      guard let inline = decodeInline(element) else { return nil }
      inlines.append(inline)
    }
    return inlines
  }

  private static func decodeBlock(_ value: JSONValue) -> Block? {
    guard case .array(let parts) = value, case .string(let tag)? = parts.first else { return nil }
    switch (tag, Array(parts.dropFirst())) {
    case ("p", let rest) where rest.count == 1: return decodeInlines(rest[0]).map(Block.paragraph)
    case ("h", let rest) where rest.count == 2:
      // The attribute is page text anyone can edit: only trees the model allows come back.
      guard case .integer(let level) = rest[0], (1...6).contains(level),
        let inlines = decodeInlines(rest[1])
      else { return nil }
      return .heading(level: level, inlines)
    case ("ul", let rest) where rest.count == 3:
      guard case .integer(let marker) = rest[0], let byte = UInt8(exactly: marker),
        "-+*".utf8.contains(byte)
      else { return nil }
      return list(.bullet(marker: byte), tight: rest[1], items: rest[2])
    case ("ol", let rest) where rest.count == 4:
      guard case .integer(let start) = rest[0], case .integer(let delimiter) = rest[1],
        let byte = UInt8(exactly: delimiter), ".)".utf8.contains(byte)
      else { return nil }
      return list(.ordered(start: start, delimiter: byte), tight: rest[2], items: rest[3])
    case ("quote", let rest) where rest.count == 1:
      return decodeBlocks(rest[0]).map(Block.blockQuote)
    case ("code", let rest) where rest.count == 3:
      guard case .string(let info) = rest[0], case .string(let literal) = rest[1],
        case .bool(let fenced) = rest[2]
      else { return nil }
      return .codeBlock(CodeBlock(info: info, literal: literal, isFenced: fenced))
    case ("hr", let rest) where rest.isEmpty: return .thematicBreak
    case ("html", let rest) where rest.count == 1:
      guard case .string(let literal) = rest[0] else { return nil }
      return .html(literal)
    default: return nil
    }
  }

  private static func list(_ kind: ListKind, tight: JSONValue, items: JSONValue) -> Block? {
    guard case .bool(let isTight) = tight, case .array(let itemValues) = items else { return nil }
    var decoded: [[Block]] = []
    for item in itemValues {
      guard let blocks = decodeBlocks(item) else { return nil }
      decoded.append(blocks)
    }
    return .list(ListBlock(kind: kind, isTight: isTight, items: decoded))
  }

  private static func decodeInline(_ value: JSONValue) -> Inline? {
    if case .string(let text) = value { return .text(text) }
    guard case .array(let parts) = value, case .string(let tag)? = parts.first else { return nil }
    let rest = Array(parts.dropFirst())
    switch (tag, rest.count) {
    case ("sb", 0): return .softBreak
    case ("br", 0): return .hardBreak
    case ("code", 1):
      guard case .string(let code) = rest[0] else { return nil }
      return .code(code)
    case ("em", 1): return decodeInlines(rest[0]).map(Inline.emphasis)
    case ("strong", 1): return decodeInlines(rest[0]).map(Inline.strong)
    case ("a", 3): return link(rest).map(Inline.link)
    case ("img", 3): return link(rest).map(Inline.image)
    case ("auto", 2):
      guard case .string(let target) = rest[0], case .bool(let isEmail) = rest[1] else {
        return nil
      }
      return .autolink(Autolink(target: target, isEmail: isEmail))
    case ("html", 1):
      guard case .string(let literal) = rest[0] else { return nil }
      return .html(literal)
    default: return nil
    }
  }

  private static func link(_ parts: [JSONValue]) -> Link? {
    guard case .string(let destination) = parts[0], case .string(let title) = parts[1],
      let content = decodeInlines(parts[2])
    else { return nil }
    return Link(destination: destination, title: title, content: content)
  }
}
