import BriefingCore
import OrderedCollections
import RichText

/// Reads AST version 1 back into the model, checking every value's type and naming the JSON
/// pointer of the first wrong one. Members it does not know are ignored, so fields added
/// within version 1 do not break older hosts.
struct ASTDecoderV1 {
  func decode(_ value: JSONValue, at path: DocumentPath) throws(ASTError) -> Briefing {
    let root = try Fields(value, at: path)
    var briefing = Briefing(title: InlineText(try inlines(root.required("title"))))
    briefing.category = try root.string("category")
    briefing.id = try root.string("id")
    if let summary = try root.optional("summary") {
      briefing.summary = BlockText(try blocks(summary))
    }
    briefing.published = try root.string("published")
    briefing.updated = try root.string("updated")
    if let found = try root.optional("source") {
      let source = try Fields(found.value, at: found.path)
      briefing.source = BriefingSource(
        name: try source.string("name"), url: try source.requiredString("url"),
        extensions: try source.extensions())
    }
    briefing.authors = try root.strings("authors")
    briefing.tags = try root.strings("tags")
    briefing.language = try root.string("language")
    if let found = try root.optional("engagement") {
      let engagement = try Fields(found.value, at: found.path)
      let reactions = try engagement.array("reactions").map { item throws(ASTError) in
        let reaction = try Fields(item.value, at: item.path)
        return Reaction(
          label: try reaction.requiredString("label"), count: try reaction.int("count") ?? 0,
          total: try reaction.int("total") ?? 0, extensions: try reaction.extensions())
      }
      briefing.engagement = Engagement(
        reactions: reactions, loginRequired: try engagement.bool("loginRequired") ?? false,
        extensions: try engagement.extensions())
    }
    briefing.sections = try root.array("sections").map { item throws(ASTError) in
      try section(Fields(item.value, at: item.path))
    }
    briefing.extensions = try root.extensions()
    return briefing
  }

  // MARK: - Sections

  private func section(_ fields: Fields) throws(ASTError) -> Section {
    let title = try fields.string("title")
    let extensions = try fields.extensions()
    let type = try fields.requiredString("type")
    switch type {
    case "takeaways":
      let items = try fields.array("items").map { item throws(ASTError) in
        InlineText(try inlines(item.value, at: item.path))
      }
      return .takeaways(TakeawaysSection(title: title, items: items, extensions: extensions))
    case "questions":
      let items = try fields.array("items").map { item throws(ASTError) in
        let question = try Fields(item.value, at: item.path)
        return Question(
          question: InlineText(try inlines(question.required("question"))),
          answer: BlockText(try blocks(question.required("answer"))),
          expanded: try question.bool("expanded") ?? false, id: try question.string("id"),
          extensions: try question.extensions())
      }
      return .questions(QuestionsSection(title: title, items: items, extensions: extensions))
    case "comments":
      let policyText = try fields.string("policy") ?? "open"
      guard let policy = CommentPolicy(rawValue: policyText) else {
        throw ASTError(
          path: fields.path.appending("policy"),
          "unknown comment policy '\(policyText)'; use open, loggedIn or closed")
      }
      let items = try fields.array("items").map { item throws(ASTError) in
        try comment(Fields(item.value, at: item.path))
      }
      return .comments(
        CommentsSection(title: title, policy: policy, items: items, extensions: extensions))
    case "text":
      let body = BlockText(try blocks(fields.required("body")))
      return .text(TextSection(title: title, body: body, extensions: extensions))
    default:
      throw ASTError(
        path: fields.path.appending("type"),
        "unknown section type '\(type)'; use takeaways, questions, comments or text")
    }
  }

  private func comment(_ fields: Fields) throws(ASTError) -> Comment {
    let replies = try fields.array("replies").map { item throws(ASTError) in
      try comment(Fields(item.value, at: item.path))
    }
    return Comment(
      author: try fields.requiredString("author"), posted: try fields.string("posted"),
      body: BlockText(try blocks(fields.required("body"))), replies: replies,
      extensions: try fields.extensions())
  }
}

/// A JSON object being decoded, with the pointer it sits at for error messages.
struct Fields {
  let members: OrderedDictionary<String, JSONValue>
  let path: DocumentPath

  init(_ value: JSONValue, at path: DocumentPath) throws(ASTError) {
    guard case .object(let members) = value else {
      throw ASTError(path: path, "expected an object, found \(value.kindName)")
    }
    self.members = members
    self.path = path
  }

  /// A member that may be absent or null.
  func optional(_ key: String) throws(ASTError) -> (value: JSONValue, path: DocumentPath)? {
    guard let value = members[key], value != .null else { return nil }
    return (value, path.appending(key))
  }

  func required(_ key: String) throws(ASTError) -> (value: JSONValue, path: DocumentPath) {
    guard let found = try optional(key) else {
      throw ASTError(path: path, "missing member '\(key)'")
    }
    return found
  }

  func string(_ key: String) throws(ASTError) -> String? {
    guard let (value, path) = try optional(key) else { return nil }
    guard case .string(let text) = value else {
      throw ASTError(path: path, "expected a string, found \(value.kindName)")
    }
    return text
  }

  func requiredString(_ key: String) throws(ASTError) -> String {
    guard let text = try string(key) else { throw ASTError(path: path, "missing member '\(key)'") }
    return text
  }

  func int(_ key: String) throws(ASTError) -> Int? {
    guard let (value, path) = try optional(key) else { return nil }
    guard case .integer(let number) = value else {
      throw ASTError(path: path, "expected an integer, found \(value.kindName)")
    }
    return number
  }

  func bool(_ key: String) throws(ASTError) -> Bool? {
    guard let (value, path) = try optional(key) else { return nil }
    guard case .bool(let flag) = value else {
      throw ASTError(path: path, "expected true or false, found \(value.kindName)")
    }
    return flag
  }

  /// The items of an array member (empty when absent), each with its pointer.
  func array(_ key: String) throws(ASTError) -> [(value: JSONValue, path: DocumentPath)] {
    guard let (value, path) = try optional(key) else { return [] }
    return try Self.items(value, at: path)
  }

  func strings(_ key: String) throws(ASTError) -> [String] {
    try array(key).map { item throws(ASTError) in
      guard case .string(let text) = item.value else {
        throw ASTError(path: item.path, "expected a string, found \(item.value.kindName)")
      }
      return text
    }
  }

  func extensions() throws(ASTError) -> Extensions {
    guard let (value, path) = try optional("extensions") else { return [:] }
    guard case .object(let members) = value else {
      throw ASTError(path: path, "expected an object of 'x-' keys, found \(value.kindName)")
    }
    return members
  }

  static func items(_ value: JSONValue, at path: DocumentPath) throws(ASTError)
    -> [(value: JSONValue, path: DocumentPath)]
  {
    guard case .array(let items) = value else {
      throw ASTError(path: path, "expected an array, found \(value.kindName)")
    }
    return items.enumerated().map { ($0.element, path.appending($0.offset)) }
  }
}

extension JSONValue {
  /// `an object`, `a string`, … for messages.
  var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .integer, .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
