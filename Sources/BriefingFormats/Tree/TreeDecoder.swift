import BriefingCore
import OrderedCollections

/// Maps a positioned tree (from YAML, JSON or front matter) onto the FORMAT.md model, reporting
/// every problem in one pass with the file, the source range and the document path.
///
/// Decisions, where FORMAT.md is silent:
/// - Required keys: `briefing`, `title`, `sections` (may be empty) at the top; `url` in
///   `source`; `label` in a reaction; `type` in a section; `body` in a text section; `question`
///   and `answer` in a question; `author` and `body` in a comment. Everything else is optional:
///   `count`/`total` default to 0, `loginRequired` and `expanded` to `false`, `policy` to `open`,
///   `items` to an empty list.
/// - A YAML scalar that resolves to a number or boolean where text is expected (`title: 2026`)
///   is taken as written, with a `schema.coerced` warning; `null` is never taken as text.
/// - Duplicate keys are errors (`schema.duplicate-key`); the first occurrence is used.
/// - `x-` keys go, verbatim, to the `extensions` of the object they appear in.
/// - Schema diagnostics come in document order. Content rules, the reader rules among them, are
///   not run here: the ``Pipeline`` runs them on every reader's model alike.
/// - ``ReadResult/briefing`` is `nil` only when the root is not a mapping. Otherwise it is the
///   best-effort model (a missing title reads as empty, a section of unknown type as an empty
///   untitled text section, so list indices stay those of the source), and callers must check
///   ``ReadResult/diagnostics`` for errors before writing it anywhere.
public struct TreeDecoder: Sendable {
  /// What the tree is: a whole document, or the front matter of a Markdown file.
  public enum Mode: Hashable, Sendable {
    /// A whole briefing: `briefing`, `title` and `sections` are required.
    case document
    /// Markdown front matter: nothing is required, because the title and the sections come
    /// from the Markdown body. A missing title reads as empty, missing sections as none, a
    /// missing `briefing` as the current version; `sections`, when present, are decoded as usual.
    case frontMatter
  }

  /// The file name set on every diagnostic.
  public var file: String
  /// Bounds; ``TreeLimits/maxDepth`` caps comment reply nesting.
  public var limits: TreeLimits
  /// Whether a number or boolean with ``TreeNode/sourceText`` is taken as text where text is
  /// expected (with a `schema.coerced` warning). `true` suits YAML, where `2026` is easily
  /// meant as text; the JSON reader sets it to `false`, since JSON's types are explicit.
  public var acceptsScalarsAsText = true

  /// Creates a decoder for the file named `file` (as the user named it; `-` for stdin).
  public init(file: String, limits: TreeLimits = .init()) {
    self.file = file
    self.limits = limits
  }

  /// Decodes a whole briefing document.
  public func decode(_ root: TreeNode) -> ReadResult { decode(root, mode: .document) }

  /// Decodes a tree in the given mode.
  public func decode(_ root: TreeNode, mode: Mode) -> ReadResult {
    var state = DecodingState(file: file, limits: limits, mode: mode)
    state.acceptsScalarsAsText = acceptsScalarsAsText
    let briefing = state.briefing(root)
    return ReadResult(
      briefing: briefing, sourceMap: state.sourceMap,
      diagnostics: state.diagnostics.inPositionOrder())
  }
}

/// The keys each kind of object takes, in FORMAT.md's order (the encoder writes this order).
enum TreeKeys {
  static let briefing = [
    "briefing", "title", "category", "id", "summary", "published", "updated", "source", "authors",
    "tags", "language", "engagement", "sections",
  ]
  static let source = ["name", "url"]
  static let engagement = ["reactions", "loginRequired"]
  static let reaction = ["label", "count", "total"]
  static let question = ["question", "answer", "expanded", "id"]
  static let comment = ["author", "posted", "body", "replies"]

  /// The keys of a section of the given type.
  static func section(_ type: SectionType) -> [String] {
    switch type {
    case .takeaways, .questions: ["type", "title", "items"]
    case .comments: ["type", "title", "policy", "items"]
    case .text: ["type", "title", "body"]
    }
  }
}

/// The members of one mapping, checked for duplicates and unknown keys, with `x-` keys split off.
struct ObjectFields {
  /// The mapping node.
  let node: TreeNode
  /// Its document path.
  let path: DocumentPath
  /// What the object is, for messages: "the briefing", "a reaction".
  let what: String
  /// The known members, first occurrence of each.
  var members: [String: TreeMember]
  /// The `x-` members, verbatim.
  var extensions: Extensions
}

/// The mutable part of one decode: diagnostics and the source map as they accumulate.
struct DecodingState {
  let file: String
  let limits: TreeLimits
  let mode: TreeDecoder.Mode
  var acceptsScalarsAsText = true
  /// Which tree is read: the FORMAT.md tree or the plugin AST.
  var dialect = TreeDialect.formatTree
  var diagnostics: [Diagnostic] = []
  var sourceMap = SourceMap()

  init(file: String, limits: TreeLimits, mode: TreeDecoder.Mode) {
    self.file = file
    self.limits = limits
    self.mode = mode
  }

  mutating func report(
    _ severity: Diagnostic.Severity = .error, _ id: String, _ message: String,
    range: SourceRange?, path: DocumentPath
  ) {
    diagnostics.append(Diagnostic(severity, id, message, file: file, range: range, path: path))
  }

  /// Opens a mapping: reports a wrong type, duplicate keys and unknown keys, and keeps `x-` keys.
  mutating func object(
    _ node: TreeNode, at path: DocumentPath, what: String, known: [String]
  ) -> ObjectFields? {
    sourceMap[path] = node.range
    guard case .object(let list) = node.value else {
      typeMismatch(node, at: path, expected: "a mapping (\(what))")
      return nil
    }
    var fields = ObjectFields(node: node, path: path, what: what, members: [:], extensions: [:])
    var seen: [String: SourceRange] = [:]
    for member in list {
      let memberPath = path.appending(member.key)
      if let first = seen[member.key] {
        let message =
          "duplicate key '\(member.key)' in \(what) (first at line \(first.start.line)); "
          + "remove one of them"
        report(.error, "schema.duplicate-key", message, range: member.keyRange, path: memberPath)
        continue
      }
      seen[member.key] = member.keyRange
      if dialect == .ast {
        astMember(member, at: memberPath, known: known, into: &fields)
      } else if member.key.hasPrefix("x-") {
        fields.extensions[member.key] = member.value.jsonValue
        sourceMap[memberPath] = member.value.range
      } else if known.contains(member.key) {
        fields.members[member.key] = member
      } else {
        let advice =
          Suggestion.closest(to: member.key, in: known).map { "did you mean '\($0)'?" }
          ?? "known keys are \(known.joined(separator: ", ")); prefix extension data with 'x-'"
        let message = "unknown key '\(member.key)' in \(what); \(advice)"
        report(.error, "schema.unknown-key", message, range: member.keyRange, path: memberPath)
      }
    }
    return fields
  }

  /// Sorts one member of an AST object: `null` is absent, `extensions` holds the `x-` data,
  /// and unknown members are ignored so fields added within a version do not break readers.
  private mutating func astMember(
    _ member: TreeMember, at path: DocumentPath, known: [String], into fields: inout ObjectFields
  ) {
    if case .null = member.value.value { return }
    if member.key == "extensions" {
      sourceMap[path] = member.value.range
      guard case .object(let members) = member.value.value else {
        return typeMismatch(member.value, at: path, expected: "a mapping of 'x-' keys")
      }
      for extensionMember in members {
        fields.extensions[extensionMember.key] = extensionMember.value.jsonValue
      }
    } else if known.contains(member.key) {
      fields.members[member.key] = member
    }
  }

  /// The value of `key`, converted; reports a missing required key. Records the source range.
  mutating func field<T>(
    _ fields: ObjectFields, _ key: String, required: Bool = false,
    _ convert: (inout DecodingState, TreeNode, DocumentPath) -> T?
  ) -> T? {
    let path = fields.path.appending(key)
    guard let member = fields.members[key] else {
      if required {
        let message = "missing required key '\(key)' in \(fields.what); add it"
        report(
          .error, "schema.missing-key", message, range: startRange(of: fields.node), path: path)
      }
      return nil
    }
    sourceMap[path] = member.value.range
    return convert(&self, member.value, path)
  }

  /// An empty range where a node starts: where a missing key would go.
  func startRange(of node: TreeNode) -> SourceRange { SourceRange(at: node.range.start) }

  /// Reports that a node has the wrong type.
  mutating func typeMismatch(_ node: TreeNode, at path: DocumentPath, expected: String) {
    let name =
      path.components.last.map { component -> String in
        switch component {
        case .key(let key): "'\(key)'"
        case .index(let index): "item \(index)"
        }
      } ?? "the document"
    var message = "\(name) should be \(expected), not \(article(node.typeName))"
    if case .string(let text) = node.value,
      expected.contains("number") || expected.contains("boolean"), node.looksLikeNumberOrBoolean
    {
      message += "; remove the quotes around '\(text)'"
    } else if case .null = node.value {
      message += "; give it a value or remove the key"
    }
    report(.error, "schema.type", message, range: node.range, path: path)
  }

  private func article(_ typeName: String) -> String {
    switch typeName {
    case "null": "null"
    case "integer": "an integer"
    default: "a \(typeName)"
    }
  }
}
