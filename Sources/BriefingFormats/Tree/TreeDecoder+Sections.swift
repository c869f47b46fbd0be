import BriefingCore

// MARK: - Sections, questions and comments

extension DecodingState {
  /// The `sections` list.
  mutating func sections(_ node: TreeNode, at path: DocumentPath) -> [Section]? {
    guard let items = list(node, at: path) else { return nil }
    return items.enumerated().map { index, item in section(item, at: path.appending(index)) }
  }

  /// One section; its `type` decides which keys it takes. A section that cannot be read becomes
  /// an empty text section, so the indices of the ones after it stay those of the source.
  mutating func section(_ node: TreeNode, at path: DocumentPath) -> Section {
    let placeholder = Section.text(TextSection(body: BlockText([])))
    guard case .object(let members) = node.value else {
      sourceMap[path] = node.range
      typeMismatch(node, at: path, expected: "a mapping (a section)")
      return placeholder
    }
    let typePath = path.appending("type")
    guard let typeMember = members.first(where: { $0.key == "type" }) else {
      sourceMap[path] = node.range
      let allowed = SectionType.allCases.map(\.rawValue).joined(separator: ", ")
      let message = "missing required key 'type' in a section; add one of \(allowed)"
      report(.error, "schema.missing-key", message, range: startRange(of: node), path: typePath)
      return placeholder
    }
    sourceMap[typePath] = typeMember.value.range
    guard let type: SectionType = enumeration(typeMember.value, at: typePath, what: "section type"),
      let fields = object(
        node, at: path, what: "a \(type.rawValue) section", known: TreeKeys.section(type))
    else {
      sourceMap[path] = node.range
      return placeholder
    }
    let title = field(fields, "title") { $0.string($1, at: $2) }
    let extensions = fields.extensions
    switch type {
    case .takeaways:
      let items = field(fields, "items") { state, node, path in
        state.list(node, at: path).map { items in
          items.enumerated().map { index, item in
            state.inline(item, at: path.appending(index)) ?? InlineText([])
          }
        }
      }
      return .takeaways(TakeawaysSection(title: title, items: items ?? [], extensions: extensions))
    case .questions:
      let items = field(fields, "items") { state, node, path in
        state.list(node, at: path).map { items in
          items.enumerated().map { index, item in state.question(item, at: path.appending(index)) }
        }
      }
      return .questions(QuestionsSection(title: title, items: items ?? [], extensions: extensions))
    case .comments:
      let policy: CommentPolicy? = field(fields, "policy") {
        $0.enumeration($1, at: $2, what: "comment policy")
      }
      let items = field(fields, "items") { $0.comments($1, at: $2, depth: 1) }
      return .comments(
        CommentsSection(
          title: title, policy: policy ?? .open, items: items ?? [], extensions: extensions))
    case .text:
      let body = field(fields, "body", required: true) { $0.block($1, at: $2) }
      return .text(TextSection(title: title, body: body ?? BlockText([]), extensions: extensions))
    }
  }

  /// One question with its answer.
  mutating func question(_ node: TreeNode, at path: DocumentPath) -> Question {
    guard let fields = object(node, at: path, what: "a question", known: TreeKeys.question) else {
      return Question(question: InlineText([]), answer: BlockText([]))
    }
    return Question(
      question: field(fields, "question", required: true) { $0.inline($1, at: $2) }
        ?? InlineText([]),
      answer: field(fields, "answer", required: true) { $0.block($1, at: $2) } ?? BlockText([]),
      expanded: field(fields, "expanded") { $0.bool($1, at: $2) } ?? false,
      id: field(fields, "id") { $0.string($1, at: $2) },
      extensions: fields.extensions)
  }

  /// A list of comments (a section's items or a comment's replies).
  mutating func comments(_ node: TreeNode, at path: DocumentPath, depth: Int) -> [Comment]? {
    guard let items = list(node, at: path) else { return nil }
    if depth > limits.maxDepth {
      let message = "replies nest deeper than \(limits.maxDepth) levels; flatten the thread"
      report(.error, "schema.depth-limit", message, range: node.range, path: path)
      return nil
    }
    return items.enumerated().map { index, item in
      comment(item, at: path.appending(index), depth: depth)
    }
  }

  /// One comment with its replies.
  mutating func comment(_ node: TreeNode, at path: DocumentPath, depth: Int) -> Comment {
    guard let fields = object(node, at: path, what: "a comment", known: TreeKeys.comment) else {
      return Comment(author: "", body: BlockText([]))
    }
    return Comment(
      author: field(fields, "author", required: true) { $0.string($1, at: $2) } ?? "",
      posted: field(fields, "posted") { $0.string($1, at: $2) },
      body: field(fields, "body", required: true) { $0.block($1, at: $2) } ?? BlockText([]),
      replies: field(fields, "replies") { $0.comments($1, at: $2, depth: depth + 1) } ?? [],
      extensions: fields.extensions)
  }
}
