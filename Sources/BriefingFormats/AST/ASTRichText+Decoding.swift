import BriefingCore
import RichText

/// Reads tagged rich-text nodes with the tree decoder's checks: every problem is reported with
/// its position and path, and a node that cannot be read is left out.
extension DecodingState {
  /// The members a tagged node may have.
  private static let nodeKeys = [
    "t", "c", "level", "marker", "start", "delimiter", "tight", "info", "fenced", "url", "title",
    "email",
  ]
  private static let blockTags = [
    "Paragraph", "Heading", "BulletList", "OrderedList", "BlockQuote", "CodeBlock",
    "ThematicBreak", "HTML",
  ]
  private static let inlineTags = [
    "Text", "SoftBreak", "HardBreak", "Code", "Emphasis", "Strong", "Link", "Image", "Autolink",
    "HTML",
  ]

  /// A list of tagged inline nodes.
  mutating func taggedInlines(_ node: TreeNode, at path: DocumentPath) -> [Inline]? {
    guard let items = list(node, at: path) else { return nil }
    return items.enumerated().compactMap { index, item in
      taggedInline(item, at: path.appending(index))
    }
  }

  /// A list of tagged block nodes.
  mutating func taggedBlocks(_ node: TreeNode, at path: DocumentPath) -> [Block]? {
    guard let items = list(node, at: path) else { return nil }
    return items.enumerated().compactMap { index, item in
      taggedBlock(item, at: path.appending(index))
    }
  }

  /// Opens a tagged node and reads its `t`, reporting an unknown one.
  private mutating func tagged(
    _ node: TreeNode, at path: DocumentPath, what: String, tags: [String]
  ) -> (ObjectFields, String)? {
    guard let fields = object(node, at: path, what: what, known: Self.nodeKeys),
      let tag = field(fields, "t", required: true, { $0.string($1, at: $2) })
    else { return nil }
    guard tags.contains(tag) else {
      let advice = Suggestion.closest(to: tag, in: tags).map { "did you mean '\($0)'? " } ?? ""
      let message =
        "unknown \(what) '\(tag)'; \(advice)use one of \(tags.joined(separator: ", "))"
      report(.error, "schema.enum", message, range: fields.members["t"]?.value.range,
        path: path.appending("t"))
      return nil
    }
    return (fields, tag)
  }

  private mutating func taggedBlock(_ node: TreeNode, at path: DocumentPath) -> Block? {
    guard let (fields, tag) = tagged(node, at: path, what: "block", tags: Self.blockTags) else {
      return nil
    }
    switch tag {
    case "Paragraph":
      return field(fields, "c", required: true) { $0.taggedInlines($1, at: $2) }
        .map(Block.paragraph)
    case "Heading":
      let level = field(fields, "level") { state, node, path -> Int? in
        guard case .integer(let level) = node.value, (1...6).contains(level) else {
          state.typeMismatch(node, at: path, expected: "a heading level from 1 to 6")
          return nil
        }
        return level
      }
      let content = field(fields, "c", required: true) { $0.taggedInlines($1, at: $2) }
      return content.map { .heading(level: level ?? 1, $0) }
    case "BulletList", "OrderedList":
      let items = field(fields, "c", required: true) { state, node, path in
        state.list(node, at: path).map { items in
          items.enumerated().map { index, item in
            state.taggedBlocks(item, at: path.appending(index)) ?? []
          }
        }
      }
      let kind: ListKind
      if tag == "BulletList" {
        kind = .bullet(marker: marker(fields, "marker", allowed: "-+*") ?? UInt8(ascii: "-"))
      } else {
        kind = .ordered(
          start: field(fields, "start") { $0.integer($1, at: $2) } ?? 1,
          delimiter: marker(fields, "delimiter", allowed: ".)") ?? UInt8(ascii: "."))
      }
      let tight = field(fields, "tight") { $0.bool($1, at: $2) } ?? true
      return items.map { .list(ListBlock(kind: kind, isTight: tight, items: $0)) }
    case "BlockQuote":
      return field(fields, "c", required: true) { $0.taggedBlocks($1, at: $2) }
        .map(Block.blockQuote)
    case "CodeBlock":
      let info = field(fields, "info") { $0.string($1, at: $2) } ?? ""
      let fenced = field(fields, "fenced") { $0.bool($1, at: $2) } ?? true
      return field(fields, "c", required: true) { $0.string($1, at: $2) }.map {
        .codeBlock(CodeBlock(info: info, literal: $0, isFenced: fenced))
      }
    case "ThematicBreak": return .thematicBreak
    default:
      return field(fields, "c", required: true) { $0.string($1, at: $2) }.map(Block.html)
    }
  }

  private mutating func taggedInline(_ node: TreeNode, at path: DocumentPath) -> Inline? {
    guard let (fields, tag) = tagged(node, at: path, what: "inline", tags: Self.inlineTags) else {
      return nil
    }
    switch tag {
    case "Text", "Code", "HTML":
      guard let text = field(fields, "c", required: true, { $0.string($1, at: $2) }) else {
        return nil
      }
      return tag == "Text" ? .text(text) : tag == "Code" ? .code(text) : .html(text)
    case "SoftBreak": return .softBreak
    case "HardBreak": return .hardBreak
    case "Emphasis", "Strong":
      let content = field(fields, "c", required: true) { $0.taggedInlines($1, at: $2) }
      return content.map { tag == "Emphasis" ? .emphasis($0) : .strong($0) }
    case "Link", "Image":
      let url = field(fields, "url", required: true) { $0.string($1, at: $2) }
      let title = field(fields, "title") { $0.string($1, at: $2) } ?? ""
      let content = field(fields, "c") { $0.taggedInlines($1, at: $2) } ?? []
      guard let url else { return nil }
      let link = Link(destination: url, title: title, content: content)
      return tag == "Link" ? .link(link) : .image(link)
    default:
      let email = field(fields, "email") { $0.bool($1, at: $2) } ?? false
      return field(fields, "url", required: true) { $0.string($1, at: $2) }.map {
        .autolink(Autolink(target: $0, isEmail: email))
      }
    }
  }

  /// Any whole number (a list's start).
  private mutating func integer(_ node: TreeNode, at path: DocumentPath) -> Int? {
    if case .integer(let number) = node.value { return number }
    typeMismatch(node, at: path, expected: "an integer")
    return nil
  }

  /// A one-character list marker from `allowed`.
  private mutating func marker(_ fields: ObjectFields, _ key: String, allowed: String) -> UInt8? {
    field(fields, key) { state, node, path in
      guard let text = state.string(node, at: path) else { return nil }
      guard text.utf8.count == 1, let byte = text.utf8.first, allowed.utf8.contains(byte) else {
        let choices = allowed.map { "'\($0)'" }.joined(separator: ", ")
        state.report(
          .error, "schema.enum", "'\(text)' is not one of \(choices)", range: node.range,
          path: path)
        return nil
      }
      return byte
    }
  }
}

extension ASTRichText {
  /// Blocks from tagged nodes; `nil` when anything in the tree is not a node the model allows.
  public static func blocks(_ tree: TreeNode) -> [Block]? {
    var state = astState()
    let blocks = state.taggedBlocks(tree, at: .root)
    return state.diagnostics.hasErrors ? nil : blocks
  }

  /// Inlines from tagged nodes; `nil` when anything in the tree is not a node the model allows.
  public static func inlines(_ tree: TreeNode) -> [Inline]? {
    var state = astState()
    let inlines = state.taggedInlines(tree, at: .root)
    return state.diagnostics.hasErrors ? nil : inlines
  }

  private static func astState() -> DecodingState {
    var state = DecodingState(file: "", limits: BriefingAST.limits, mode: .document)
    state.dialect = .ast
    state.acceptsScalarsAsText = false
    return state
  }
}
