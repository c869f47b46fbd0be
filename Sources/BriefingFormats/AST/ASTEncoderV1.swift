import BriefingCore
import OrderedCollections
import RichText

/// Writes the model as AST version 1 (see `Docs/Plugins.md` and
/// `Schemas/briefing-ast-v1.schema.json`): plain JSON with rich text as tagged nodes.
///
/// Optional strings are omitted when absent; lists and flags are always written, so plugins
/// can index them without checks; `extensions` (the `x-` keys) is omitted when empty.
struct ASTEncoderV1 {
  typealias Object = OrderedDictionary<String, JSONValue>

  func encode(_ briefing: Briefing) -> JSONValue {
    var object: Object = ["astVersion": .integer(1)]
    object["title"] = inlines(briefing.title.inlines)
    object["category"] = briefing.category.map(JSONValue.string)
    object["id"] = briefing.id.map(JSONValue.string)
    object["summary"] = briefing.summary.map { blocks($0.blocks) }
    object["published"] = briefing.published.map(JSONValue.string)
    object["updated"] = briefing.updated.map(JSONValue.string)
    if let source = briefing.source {
      var sourceObject: Object = [:]
      sourceObject["name"] = source.name.map(JSONValue.string)
      sourceObject["url"] = .string(source.url)
      object["source"] = finish(sourceObject, source.extensions)
    }
    object["authors"] = .array(briefing.authors.map(JSONValue.string))
    object["tags"] = .array(briefing.tags.map(JSONValue.string))
    object["language"] = briefing.language.map(JSONValue.string)
    if let engagement = briefing.engagement {
      let reactions = engagement.reactions.map { reaction in
        finish(
          [
            "label": .string(reaction.label), "count": .integer(reaction.count),
            "total": .integer(reaction.total),
          ], reaction.extensions)
      }
      object["engagement"] = finish(
        ["reactions": .array(reactions), "loginRequired": .bool(engagement.loginRequired)],
        engagement.extensions)
    }
    object["sections"] = .array(briefing.sections.map(section))
    return finish(object, briefing.extensions)
  }

  // MARK: - Sections

  private func section(_ section: Section) -> JSONValue {
    var object: Object = ["type": .string(section.type.rawValue)]
    object["title"] = section.title.map(JSONValue.string)
    switch section {
    case .takeaways(let takeaways):
      object["items"] = .array(takeaways.items.map { inlines($0.inlines) })
      return finish(object, takeaways.extensions)
    case .questions(let questions):
      object["items"] = .array(
        questions.items.map { item in
          var question: Object = [
            "question": inlines(item.question.inlines), "answer": blocks(item.answer.blocks),
            "expanded": .bool(item.expanded),
          ]
          question["id"] = item.id.map(JSONValue.string)
          return finish(question, item.extensions)
        })
      return finish(object, questions.extensions)
    case .comments(let comments):
      object["policy"] = .string(comments.policy.rawValue)
      object["items"] = .array(comments.items.map(comment))
      return finish(object, comments.extensions)
    case .text(let text):
      object["body"] = blocks(text.body.blocks)
      return finish(object, text.extensions)
    }
  }

  private func comment(_ comment: Comment) -> JSONValue {
    var object: Object = ["author": .string(comment.author)]
    object["posted"] = comment.posted.map(JSONValue.string)
    object["body"] = blocks(comment.body.blocks)
    object["replies"] = .array(comment.replies.map(self.comment))
    return finish(object, comment.extensions)
  }

  private func finish(_ object: Object, _ extensions: Extensions) -> JSONValue {
    var object = object
    if !extensions.isEmpty { object["extensions"] = .object(extensions) }
    return .object(object)
  }

  // MARK: - Rich text

  func blocks(_ blocks: [Block]) -> JSONValue { .array(blocks.map(block)) }

  func inlines(_ inlines: [Inline]) -> JSONValue { .array(inlines.map(inline)) }

  private func node(_ tag: String, _ fields: Object = [:]) -> JSONValue {
    var object: Object = ["t": .string(tag)]
    object.merge(fields) { _, new in new }
    return .object(object)
  }

  private func block(_ block: Block) -> JSONValue {
    switch block {
    case .paragraph(let content): node("Paragraph", ["c": inlines(content)])
    case .heading(let level, let content):
      node("Heading", ["level": .integer(level), "c": inlines(content)])
    case .list(let list): self.list(list)
    case .blockQuote(let content): node("BlockQuote", ["c": blocks(content)])
    case .codeBlock(let code):
      node(
        "CodeBlock",
        ["info": .string(code.info), "fenced": .bool(code.isFenced), "c": .string(code.literal)])
    case .thematicBreak: node("ThematicBreak")
    case .html(let html): node("HTML", ["c": .string(html)])
    }
  }

  private func list(_ list: ListBlock) -> JSONValue {
    let items = JSONValue.array(list.items.map(blocks))
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

  private func inline(_ inline: Inline) -> JSONValue {
    switch inline {
    case .text(let text): node("Text", ["c": .string(text)])
    case .softBreak: node("SoftBreak")
    case .hardBreak: node("HardBreak")
    case .code(let code): node("Code", ["c": .string(code)])
    case .emphasis(let content): node("Emphasis", ["c": inlines(content)])
    case .strong(let content): node("Strong", ["c": inlines(content)])
    case .link(let link): node("Link", linkFields(link))
    case .image(let link): node("Image", linkFields(link))
    case .autolink(let autolink):
      node("Autolink", ["url": .string(autolink.target), "email": .bool(autolink.isEmail)])
    case .html(let html): node("HTML", ["c": .string(html)])
    }
  }

  private func linkFields(_ link: Link) -> Object {
    ["url": .string(link.destination), "title": .string(link.title), "c": inlines(link.content)]
  }
}
