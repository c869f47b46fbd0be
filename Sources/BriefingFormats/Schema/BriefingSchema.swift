import BriefingCore
import OrderedCollections

/// The JSON Schema (draft 2020-12) of the FORMAT.md tree, built from the decoder's own key
/// lists (`TreeKeys`) so that the two cannot drift apart; `briefing schema` prints it and
/// `Schemas/briefing-v1.schema.json` is its committed copy.
///
/// It says what ``TreeDecoder`` accepts without a `schema.*` error, plus the shapes the content
/// rules check that a schema can express (slugs, RFC 3339 dates, BCP 47-shaped language tags,
/// non-negative counts, non-empty labels). Rules that compare values (a count above its total,
/// duplicate labels, `updated` before `published`) are beyond JSON Schema and left to
/// `briefing validate`. Text fields must be strings: the YAML reader's leniency for
/// `title: 2026` (read as text with a `schema.coerced` warning) is not part of the contract.
public enum BriefingSchema {
  /// The schema's `$id`: where the committed copy is published (also the YAML modeline's URL).
  public static let id =
    "https://raw.githubusercontent.com/briefingkit/briefingkit/main/Schemas/briefing-v1.schema.json"
  /// The JSON Schema dialect.
  public static let dialect = "https://json-schema.org/draft/2020-12/schema"
  /// FORMAT.md's slug shape, for `id` and question ids.
  public static let slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"
  /// RFC 3339 `full-date`.
  public static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
  /// RFC 3339 `date-time` (`T` or `t`, `Z`/`z` or a numeric offset).
  public static let dateTimePattern =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
  /// The shape of a BCP 47 tag: a 2–3 letter language, then subtags of 1–8 letters or digits.
  public static let languagePattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"

  /// The schema as a JSON value, keys in reading order.
  public static var document: JSONValue { node.json }

  static var node: SchemaNode {
    var root = describe(
      "Briefing, format version 1",
      "A short news or policy document: a headline, engagement figures and an ordered list of "
        + "sections (FORMAT.md). YAML and JSON briefings share this tree.")
    root = merged(["$schema": .string(dialect), "$id": .string(id)], root)
    root = merged(root, object(TreeKeys.briefing, required: ["briefing", "title", "sections"]))
    root = merged(root, ["$defs": .object(definitions)])
    return root
  }

  /// The schema as pretty JSON text, ending with a newline.
  public static var text: String { JSONText.write(document, style: .readable) }

  // MARK: - Definitions

  static var definitions: OrderedDictionary<String, SchemaNode> {
    var defs: OrderedDictionary<String, SchemaNode> = [:]
    defs["inlineText"] = merged(
      describe("Inline text", "One paragraph's content, as CommonMark."), ["type": "string"])
    defs["blockText"] = merged(
      describe("Block text", "Paragraphs, lists, quotes and code, as CommonMark."),
      ["type": "string"])
    defs["slug"] = [
      "type": "string", "pattern": .string(slugPattern),
      "description": "lowercase letters and digits joined by single hyphens",
    ]
    defs["date"] = [
      "description": "an RFC 3339 date (2026-01-30) or date-time (2026-01-30T09:00:00Z)",
      "type": "string",
      "anyOf": [
        ["format": "date", "pattern": .string(datePattern)],
        ["format": "date-time", "pattern": .string(dateTimePattern)],
      ],
    ]
    defs["source"] = merged(
      describe("Source", "Where the briefing was first published."),
      object(TreeKeys.source, required: ["url"]))
    defs["engagement"] = merged(
      describe("Engagement", "Reactions in display order, and whether voting needs a login."),
      object(TreeKeys.engagement, required: []))
    defs["reaction"] = merged(
      describe("Reaction", "A reaction readers can choose; its label is unique in the briefing."),
      object(TreeKeys.reaction, required: ["label"]))
    defs["section"] = sectionDispatch
    for type in SectionType.allCases {
      defs[type.rawValue + "Section"] = section(type)
    }
    defs["question"] = merged(
      describe("Question", "A follow-up question with its answer, collapsed unless expanded."),
      object(TreeKeys.question, required: ["question", "answer"]))
    defs["comment"] = merged(
      describe("Comment", "A reader's comment, with its replies."),
      object(TreeKeys.comment, required: ["author", "body"]))
    return defs
  }

  /// `section` picks the variant by `type`, so a validator reports the variant's own problems
  /// (an unknown key in a takeaways section) rather than "matches none of four".
  static var sectionDispatch: SchemaNode {
    let types = SectionType.allCases.map { SchemaNode.string($0.rawValue) }
    let branches = SectionType.allCases.map { type -> SchemaNode in
      [
        "if": ["properties": ["type": ["const": .string(type.rawValue)]]],
        "then": ["$ref": .string("#/$defs/\(type.rawValue)Section")],
      ]
    }
    return [
      "title": "Section",
      "description": "One section; its type decides which keys it takes.",
      "type": "object",
      "required": ["type"],
      "properties": ["type": ["enum": .array(types)]],
      "allOf": .array(branches),
    ]
  }

  /// One section variant.
  static func section(_ type: SectionType) -> SchemaNode {
    let required = type == .text ? ["type", "body"] : ["type"]
    let title = type.defaultTitle ?? "none: a text section may have no title"
    return merged(
      describe(
        "\(type.rawValue) section", "A \(type.rawValue) section; default title: \(title)."),
      object(TreeKeys.section(type), required: required, sectionType: type))
  }

  // MARK: - Properties

  /// The schema of one property, by the object it is in and its key.
  static func property(_ key: String, sectionType: SectionType?) -> SchemaNode {
    let policies = CommentPolicy.allCases.map { SchemaNode.string($0.rawValue) }
    return switch (sectionType, key) {
    case (nil, "briefing"):
      ["description": "the format version", "type": "integer", "const": 1]
    case (nil, "title"): ref("inlineText")
    case (nil, "summary"): ref("blockText")
    case (nil, "id"): ref("slug")
    case (nil, "published"), (nil, "updated"), (nil, "posted"): ref("date")
    case (nil, "source"): ref("source")
    case (nil, "authors"), (nil, "tags"): ["type": "array", "items": ["type": "string"]]
    case (nil, "language"):
      ["description": "a BCP 47 tag", "type": "string", "pattern": .string(languagePattern)]
    case (nil, "engagement"): ref("engagement")
    case (nil, "sections"): ["type": "array", "items": ref("section")]
    case (nil, "url"): ["type": "string", "minLength": 1, "format": "uri-reference"]
    case (nil, "reactions"): ["type": "array", "items": ref("reaction")]
    case (nil, "loginRequired"), (nil, "expanded"): ["type": "boolean", "default": false]
    case (nil, "label"): ["type": "string", "minLength": 1]
    case (nil, "count"):
      ["description": "readers who chose it", "type": "integer", "minimum": 0, "default": 0]
    case (nil, "total"):
      [
        "description": "readers who voted; at least count", "type": "integer", "minimum": 0,
        "default": 0,
      ]
    case (nil, "question"): ref("inlineText")
    case (nil, "answer"), (nil, "body"): ref("blockText")
    case (nil, "replies"): ["type": "array", "items": ref("comment")]
    case (nil, "category"), (nil, "name"), (nil, "author"): ["type": "string"]
    case (.some(let type), "type"): ["const": .string(type.rawValue)]
    case (.some, "title"): ["type": "string"]
    case (.some(.takeaways), "items"): ["type": "array", "items": ref("inlineText")]
    case (.some(.questions), "items"): ["type": "array", "items": ref("question")]
    case (.some(.comments), "items"): ["type": "array", "items": ref("comment")]
    case (.some(.comments), "policy"): ["enum": .array(policies), "default": "open"]
    case (.some(.text), "body"): ref("blockText")
    // A key the decoder takes but this table does not describe; SchemaTests fail on it.
    default: [:]
    }
  }

  /// Hover text for editors, by key (the same key means the same thing in every object).
  static let descriptions: [String: String] = [
    "title": "the headline, or a section's title (default: the type's own)",
    "category": "e.g. Operational Updates",
    "id": "a stable slug, used as an anchor",
    "summary": "a lead paragraph",
    "published": "when it was first published",
    "updated": "when it last changed; not before published",
    "source": "where it was first published",
    "authors": "who wrote it",
    "tags": "keywords",
    "engagement": "reaction figures",
    "sections": "in reading order; may be empty",
    "name": "the publisher's name",
    "url": "the address",
    "reactions": "in display order",
    "loginRequired": "shown as 'Log in to vote'",
    "label": "non-empty, unique within the briefing",
    "type": "which kind of section",
    "items": "the section's entries, in order",
    "policy": "who can comment",
    "question": "the question, as inline text",
    "answer": "the answer, as block text",
    "expanded": "whether the answer starts open",
    "author": "who wrote the comment",
    "posted": "when it was posted",
    "body": "the text, as block text",
    "replies": "replies to this comment",
  ]

  /// A closed object with `keys` (in order), `x-` extension keys allowed.
  static func object(
    _ keys: [String], required: [String], sectionType: SectionType? = nil
  ) -> SchemaNode {
    var properties: OrderedDictionary<String, SchemaNode> = [:]
    for key in keys {
      let schema = property(key, sectionType: sectionType)
      if case .object(let members) = schema, members["description"] == nil,
        let text = descriptions[key]
      {
        properties[key] = merged(["description": .string(text)], schema)
      } else {
        properties[key] = schema
      }
    }
    var schema: OrderedDictionary<String, SchemaNode> = ["type": "object"]
    if !required.isEmpty { schema["required"] = .array(required.map(SchemaNode.string)) }
    schema["properties"] = .object(properties)
    schema["patternProperties"] = ["^x-": ["description": "extension data, kept verbatim"]]
    schema["additionalProperties"] = false
    return .object(schema)
  }

  static func ref(_ name: String) -> SchemaNode { ["$ref": .string("#/$defs/\(name)")] }

  static func describe(_ title: String, _ description: String) -> SchemaNode {
    ["title": .string(title), "description": .string(description)]
  }

  /// The members of `first` then those of `second` (objects only).
  static func merged(_ first: SchemaNode, _ second: SchemaNode) -> SchemaNode {
    guard case .object(var members) = first, case .object(let more) = second else { return first }
    for (key, value) in more { members[key] = value }
    return .object(members)
  }
}

/// A JSON value spelled with literals, for the schema tables above; ``JSONValue`` itself has no
/// literal conformances, and adding them to a shared type would change every module's typing.
indirect enum SchemaNode: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  case string(String)
  case integer(Int)
  case bool(Bool)
  case array([SchemaNode])
  case object(OrderedDictionary<String, SchemaNode>)

  init(stringLiteral value: String) { self = .string(value) }
  init(integerLiteral value: Int) { self = .integer(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(arrayLiteral elements: SchemaNode...) { self = .array(elements) }
  init(dictionaryLiteral elements: (String, SchemaNode)...) {
    var members: OrderedDictionary<String, SchemaNode> = [:]
    for (key, value) in elements { members[key] = value }
    self = .object(members)
  }

  /// The same value as a ``JSONValue``.
  var json: JSONValue {
    switch self {
    case .string(let text): .string(text)
    case .integer(let number): .integer(number)
    case .bool(let flag): .bool(flag)
    case .array(let items): .array(items.map(\.json))
    case .object(let members): .object(members.mapValues(\.json))
    }
  }
}
