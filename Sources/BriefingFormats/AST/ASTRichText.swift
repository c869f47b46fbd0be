// Rich text in the JSON AST: arrays of `{"t": Tag, …}` nodes (see `Docs/Plugins.md`), so
// plugins need no Markdown parser. The HTML format stores the same nodes when its visible
// markup does not read back exactly.
import BriefingCore
import OrderedCollections
import RichText

/// Converts rich text to and from tagged nodes such as `{"t": "Paragraph", "c": [...]}`.
public enum ASTRichText {
  typealias Object = OrderedDictionary<String, JSONValue>

  /// Blocks as tagged nodes.
  public static func encode(_ blocks: [Block]) -> JSONValue { .array(blocks.map(block)) }

  /// Inlines as tagged nodes.
  public static func encode(_ inlines: [Inline]) -> JSONValue { .array(inlines.map(inline)) }

  private static func node(_ tag: String, _ fields: Object = [:]) -> JSONValue {
    var object: Object = ["t": .string(tag)]
    object.merge(fields) { _, new in new }
    return .object(object)
  }

  private static func block(_ block: Block) -> JSONValue {
    switch block {
    case .paragraph(let content): node("Paragraph", ["c": encode(content)])
    case .heading(let level, let content):
      node("Heading", ["level": .integer(level), "c": encode(content)])
    case .list(let list): self.list(list)
    case .blockQuote(let content): node("BlockQuote", ["c": encode(content)])
    case .codeBlock(let code):
      node(
        "CodeBlock",
        ["info": .string(code.info), "fenced": .bool(code.isFenced), "c": .string(code.literal)])
    case .thematicBreak: node("ThematicBreak")
    case .html(let html): node("HTML", ["c": .string(html)])
    }
  }

  private static func list(_ list: ListBlock) -> JSONValue {
    let items = JSONValue.array(list.items.map { encode($0) })
    switch list.kind {
    case .bullet(let marker):
      return node(
        "BulletList",
        [
          "marker": .string(String(UnicodeScalar(marker))), "tight": .bool(list.isTight),
          "c": items,
        ])
    case .ordered(let start, let delimiter):
      return node(
        "OrderedList",
        [
          "start": .integer(start), "delimiter": .string(String(UnicodeScalar(delimiter))),
          "tight": .bool(list.isTight), "c": items,
        ])
    }
  }

  private static func inline(_ inline: Inline) -> JSONValue {
    switch inline {
    case .text(let text): node("Text", ["c": .string(text)])
    case .softBreak: node("SoftBreak")
    case .hardBreak: node("HardBreak")
    case .code(let code): node("Code", ["c": .string(code)])
    case .emphasis(let content): node("Emphasis", ["c": encode(content)])
    case .strong(let content): node("Strong", ["c": encode(content)])
    case .link(let link): node("Link", linkFields(link))
    case .image(let link): node("Image", linkFields(link))
    case .autolink(let autolink):
      node("Autolink", ["url": .string(autolink.target), "email": .bool(autolink.isEmail)])
    case .html(let html): node("HTML", ["c": .string(html)])
    }
  }

  private static func linkFields(_ link: Link) -> Object {
    ["url": .string(link.destination), "title": .string(link.title), "c": encode(link.content)]
  }
}
