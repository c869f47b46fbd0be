import BriefingCore
import RichText

/// Rich text in AST version 1: arrays of `{"t": Tag, …}` nodes (see `Docs/Plugins.md`).
extension ASTDecoderV1 {
  func inlines(_ found: (value: JSONValue, path: DocumentPath)) throws(ASTError) -> [Inline] {
    try inlines(found.value, at: found.path)
  }

  func blocks(_ found: (value: JSONValue, path: DocumentPath)) throws(ASTError) -> [Block] {
    try Fields.items(found.value, at: found.path).map { item throws(ASTError) in
      try block(Fields(item.value, at: item.path))
    }
  }

  func inlines(_ value: JSONValue, at path: DocumentPath) throws(ASTError) -> [Inline] {
    try Fields.items(value, at: path).map { item throws(ASTError) in
      try inline(Fields(item.value, at: item.path))
    }
  }

  private func block(_ node: Fields) throws(ASTError) -> Block {
    let tag = try node.requiredString("t")
    switch tag {
    case "Paragraph": return .paragraph(try inlines(node.required("c")))
    case "Heading":
      let level = try node.int("level") ?? 1
      guard (1...6).contains(level) else {
        throw ASTError(path: node.path.appending("level"), "heading level \(level) is not 1...6")
      }
      return .heading(level: level, try inlines(node.required("c")))
    case "BulletList", "OrderedList":
      let items = try Fields.items(node.required("c").value, at: node.path.appending("c"))
        .map { item throws(ASTError) in try blocks(item) }
      let kind: ListKind
      if tag == "BulletList" {
        kind = .bullet(
          marker: try marker(node, "marker", allowed: "-+*", default: UInt8(ascii: "-")))
      } else {
        kind = .ordered(
          start: try node.int("start") ?? 1,
          delimiter: try marker(node, "delimiter", allowed: ".)", default: UInt8(ascii: ".")))
      }
      return .list(ListBlock(kind: kind, isTight: try node.bool("tight") ?? true, items: items))
    case "BlockQuote": return .blockQuote(try blocks(node.required("c")))
    case "CodeBlock":
      return .codeBlock(
        CodeBlock(
          info: try node.string("info") ?? "", literal: try node.requiredString("c"),
          isFenced: try node.bool("fenced") ?? true))
    case "ThematicBreak": return .thematicBreak
    case "HTML": return .html(try node.requiredString("c"))
    default:
      throw ASTError(
        path: node.path.appending("t"),
        "unknown block '\(tag)'; expected Paragraph, Heading, BulletList, OrderedList, "
          + "BlockQuote, CodeBlock, ThematicBreak or HTML")
    }
  }

  private func inline(_ node: Fields) throws(ASTError) -> Inline {
    let tag = try node.requiredString("t")
    switch tag {
    case "Text": return .text(try node.requiredString("c"))
    case "SoftBreak": return .softBreak
    case "HardBreak": return .hardBreak
    case "Code": return .code(try node.requiredString("c"))
    case "Emphasis": return .emphasis(try inlines(node.required("c")))
    case "Strong": return .strong(try inlines(node.required("c")))
    case "Link", "Image":
      let link = Link(
        destination: try node.requiredString("url"), title: try node.string("title") ?? "",
        content: try inlines(node.optional("c") ?? (.array([]), node.path)))
      return tag == "Link" ? .link(link) : .image(link)
    case "Autolink":
      return .autolink(
        Autolink(target: try node.requiredString("url"), isEmail: try node.bool("email") ?? false))
    case "HTML": return .html(try node.requiredString("c"))
    default:
      throw ASTError(
        path: node.path.appending("t"),
        "unknown inline '\(tag)'; expected Text, SoftBreak, HardBreak, Code, Emphasis, Strong, "
          + "Link, Image, Autolink or HTML")
    }
  }

  private func marker(_ node: Fields, _ key: String, allowed: String, default fallback: UInt8)
    throws(ASTError) -> UInt8
  {
    guard let text = try node.string(key) else { return fallback }
    guard text.utf8.count == 1, let byte = text.utf8.first, allowed.utf8.contains(byte) else {
      let choices = allowed.map { "'\($0)'" }.joined(separator: ", ")
      throw ASTError(path: node.path.appending(key), "'\(text)' is not one of \(choices)")
    }
    return byte
  }
}
