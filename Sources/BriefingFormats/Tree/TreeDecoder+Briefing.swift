import BriefingCore

// MARK: - Top level, source and engagement

extension DecodingState {
  /// The whole briefing, or `nil` when the root is not a mapping; `path` is where the tree
  /// sits (the root, or `/briefing` in a plugin's reply).
  mutating func briefing(_ root: TreeNode, at path: DocumentPath = .root) -> Briefing? {
    guard let fields = object(root, at: path, what: "the briefing", known: TreeKeys.briefing) else {
      return nil
    }
    // The AST's version is checked before decoding; its sections may be absent.
    let document = mode == .document && dialect == .formatTree
    var briefing = Briefing(title: InlineText([]))
    if dialect == .formatTree,
      let version = field(fields, "briefing", required: document, { $0.version($1, at: $2) })
    {
      briefing.version = version
    }
    let titleRequired = document || dialect == .ast
    if let title = field(fields, "title", required: titleRequired, { $0.inline($1, at: $2) }) {
      briefing.title = title
    }
    briefing.category = field(fields, "category") { $0.string($1, at: $2) }
    briefing.id = field(fields, "id") { $0.string($1, at: $2) }
    briefing.summary = field(fields, "summary") { $0.block($1, at: $2) }
    briefing.published = field(fields, "published") { $0.string($1, at: $2) }
    briefing.updated = field(fields, "updated") { $0.string($1, at: $2) }
    briefing.source = field(fields, "source") { $0.source($1, at: $2) }
    briefing.authors = field(fields, "authors") { $0.strings($1, at: $2) } ?? []
    briefing.tags = field(fields, "tags") { $0.strings($1, at: $2) } ?? []
    briefing.language = field(fields, "language") { $0.string($1, at: $2) }
    briefing.engagement = field(fields, "engagement") { $0.engagement($1, at: $2) }
    briefing.sections =
      field(fields, "sections", required: document) { $0.sections($1, at: $2) } ?? []
    briefing.extensions = fields.extensions
    return briefing
  }

  /// The `briefing` version: an integer this tool supports.
  mutating func version(_ node: TreeNode, at path: DocumentPath) -> Int? {
    guard case .integer(let version) = node.value else {
      typeMismatch(node, at: path, expected: "an integer (the format version, 1)")
      return nil
    }
    guard version == Briefing.currentVersion else {
      let message =
        "unsupported briefing version \(version); this tool reads version "
        + "\(Briefing.currentVersion) only, so write 'briefing: \(Briefing.currentVersion)' or "
        + "use a newer tool"
      report(.error, "schema.version", message, range: node.range, path: path)
      return version
    }
    return version
  }

  mutating func source(_ node: TreeNode, at path: DocumentPath) -> BriefingSource? {
    guard let fields = object(node, at: path, what: "the source", known: TreeKeys.source) else {
      return nil
    }
    let name = field(fields, "name") { $0.string($1, at: $2) }
    guard let url = field(fields, "url", required: true, { $0.string($1, at: $2) }) else {
      return nil
    }
    return BriefingSource(name: name, url: url, extensions: fields.extensions)
  }

  mutating func engagement(_ node: TreeNode, at path: DocumentPath) -> Engagement? {
    guard let fields = object(node, at: path, what: "the engagement", known: TreeKeys.engagement)
    else {
      return nil
    }
    let items = field(fields, "reactions") { $0.list($1, at: $2) } ?? []
    let reactionsPath = path.appending("reactions")
    let reactions = items.enumerated().compactMap { index, item in
      reaction(item, at: reactionsPath.appending(index))
    }
    let loginRequired = field(fields, "loginRequired") { $0.bool($1, at: $2) } ?? false
    return Engagement(
      reactions: reactions, loginRequired: loginRequired, extensions: fields.extensions)
  }

  mutating func reaction(_ node: TreeNode, at path: DocumentPath) -> Reaction? {
    guard let fields = object(node, at: path, what: "a reaction", known: TreeKeys.reaction) else {
      return nil
    }
    let label = field(fields, "label", required: true) { $0.string($1, at: $2) }
    if let label, label.isEmpty, let member = fields.members["label"] {
      report(
        .error, "schema.empty-value", "a reaction label cannot be empty; name the reaction",
        range: member.value.range, path: path.appending("label"))
    }
    let count = field(fields, "count") { $0.count($1, at: $2) } ?? 0
    let total = field(fields, "total") { $0.count($1, at: $2) } ?? 0
    // A placeholder keeps later indices, and so the paths of later diagnostics, right.
    return Reaction(label: label ?? "", count: count, total: total, extensions: fields.extensions)
  }
}
