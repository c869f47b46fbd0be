import BriefingCore
import OrderedCollections

/// Turns the model into the FORMAT.md tree that the YAML and JSON writers print.
///
/// The output is canonical: stable and minimal, so the same model always gives the same bytes.
/// - Keys come in FORMAT.md's order (``TreeKeys``); `x-` extension keys come last in their
///   object, in their own order.
/// - Absent optionals are omitted, and so are empty `authors` and `tags` and the defaults
///   `expanded: false`. Always written: `briefing`, `title`, `sections`, a section's `type`
///   and `items`, a comments section's `policy`, a reaction's `count` and `total`, and
///   `loginRequired` (a visible flag of the page).
/// - Rich text is rendered with ``InlineText/commonMark`` and ``BlockText/commonMark``.
public struct TreeEncoder: Sendable {
  /// Which tree it writes.
  let dialect: TreeDialect

  /// Creates an encoder of the FORMAT.md tree.
  public init() { dialect = .formatTree }

  /// Creates an encoder of the given tree.
  init(dialect: TreeDialect) { self.dialect = dialect }

  /// The tree for a briefing.
  public func encode(_ briefing: Briefing) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    switch dialect {
    case .formatTree: object["briefing"] = .integer(briefing.version)
    case .ast: object["astVersion"] = .integer(1)
    }
    object["title"] = inlines(briefing.title)
    object["category"] = briefing.category.map(JSONValue.string)
    object["id"] = briefing.id.map(JSONValue.string)
    object["summary"] = briefing.summary.map(blocks)
    object["published"] = briefing.published.map(JSONValue.string)
    object["updated"] = briefing.updated.map(JSONValue.string)
    object["source"] = briefing.source.map(encode)
    if !briefing.authors.isEmpty || dialect == .ast {
      object["authors"] = .array(briefing.authors.map(JSONValue.string))
    }
    if !briefing.tags.isEmpty || dialect == .ast {
      object["tags"] = .array(briefing.tags.map(JSONValue.string))
    }
    object["language"] = briefing.language.map(JSONValue.string)
    object["engagement"] = briefing.engagement.map(encode)
    object["sections"] = .array(briefing.sections.map(encode))
    return finish(object, briefing.extensions)
  }

  /// Inline rich text: CommonMark in the FORMAT.md tree, tagged nodes in the AST.
  private func inlines(_ text: InlineText) -> JSONValue {
    switch dialect {
    case .formatTree: .string(text.commonMark)
    case .ast: ASTRichText.encode(text.inlines)
    }
  }

  /// Block rich text: CommonMark in the FORMAT.md tree, tagged nodes in the AST.
  private func blocks(_ text: BlockText) -> JSONValue {
    switch dialect {
    case .formatTree: .string(text.commonMark)
    case .ast: ASTRichText.encode(text.blocks)
    }
  }

  private func encode(_ source: BriefingSource) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    object["name"] = source.name.map(JSONValue.string)
    object["url"] = .string(source.url)
    return finish(object, source.extensions)
  }

  private func encode(_ engagement: Engagement) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    object["reactions"] = .array(
      engagement.reactions.map { reaction in
        finish(
          [
            "label": .string(reaction.label), "count": .integer(reaction.count),
            "total": .integer(reaction.total),
          ],
          reaction.extensions)
      })
    object["loginRequired"] = .bool(engagement.loginRequired)
    return finish(object, engagement.extensions)
  }

  private func encode(_ section: Section) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    object["type"] = .string(section.type.rawValue)
    object["title"] = section.title.map(JSONValue.string)
    switch section {
    case .takeaways(let takeaways):
      object["items"] = .array(takeaways.items.map(inlines))
      return finish(object, takeaways.extensions)
    case .questions(let questions):
      object["items"] = .array(questions.items.map(encode))
      return finish(object, questions.extensions)
    case .comments(let comments):
      object["policy"] = .string(comments.policy.rawValue)
      object["items"] = .array(comments.items.map(encode))
      return finish(object, comments.extensions)
    case .text(let text):
      object["body"] = blocks(text.body)
      return finish(object, text.extensions)
    }
  }

  private func encode(_ question: Question) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    object["question"] = inlines(question.question)
    object["answer"] = blocks(question.answer)
    if question.expanded || dialect == .ast { object["expanded"] = .bool(question.expanded) }
    object["id"] = question.id.map(JSONValue.string)
    return finish(object, question.extensions)
  }

  private func encode(_ comment: Comment) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    object["author"] = .string(comment.author)
    object["posted"] = comment.posted.map(JSONValue.string)
    object["body"] = blocks(comment.body)
    if !comment.replies.isEmpty || dialect == .ast {
      object["replies"] = .array(comment.replies.map(encode))
    }
    return finish(object, comment.extensions)
  }

  /// Appends the `x-` keys after the known ones (the AST nests them in `extensions`).
  private func finish(_ object: OrderedDictionary<String, JSONValue>, _ extensions: Extensions)
    -> JSONValue
  {
    var object = object
    switch dialect {
    case .formatTree:
      for (key, value) in extensions where object[key] == nil { object[key] = value }
    case .ast:
      if !extensions.isEmpty { object["extensions"] = .object(extensions) }
    }
    return .object(object)
  }
}

/// The two JSON trees of a briefing: the FORMAT.md tree (YAML, JSON, front matter) and the
/// plugin AST (`.ast.json`, see `Docs/Plugins.md`). They share keys, order and checks; they
/// differ in how rich text, extension data and the version travel.
enum TreeDialect: Hashable, Sendable {
  /// FORMAT.md: `briefing: 1`, rich text as CommonMark strings, `x-` keys inline, unknown keys
  /// are errors, empty lists and default flags omitted.
  case formatTree
  /// AST version 1: `astVersion: 1`, rich text as tagged nodes, `x-` keys in an `extensions`
  /// object, unknown members and `null` ignored, lists and flags always written.
  case ast
}
