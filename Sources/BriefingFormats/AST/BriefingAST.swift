// The JSON AST: the versioned wire form of a briefing that plugins and filters exchange.
// Rich text travels as tagged nodes ({"t":"Paragraph","c":[…]}), so plugins need no Markdown
// parser. Version 1 is the FORMAT.md tree's AST dialect (`TreeDialect.ast`), written and read
// by the shared tree codec; `decode` reads `astVersion` first and dispatches, so when version 2
// arrives the host keeps reading version 1.
import BriefingCore

/// Encodes and decodes the versioned JSON AST (`"astVersion": 1`).
public enum BriefingAST {
  /// The version this build writes by default.
  public static let currentVersion = 1
  /// Every version this build can read and write, oldest first.
  public static let supportedVersions = [1]

  /// The deepest nesting read: rich text nests three levels per list, so deeper than a
  /// FORMAT.md tree.
  public static let limits = TreeLimits(maxDepth: 256)

  /// The AST of `briefing` as a JSON value, in `version` (one of ``supportedVersions``).
  public static func encode(_ briefing: Briefing, version: Int = currentVersion) -> JSONValue {
    // Only version 1 exists; a later one adds a case here and keeps this one.
    switch version {
    default: TreeEncoder(dialect: .ast).encode(briefing)
    }
  }

  /// The AST of `briefing` as compact UTF-8 JSON with a final newline.
  public static func encodedBytes(_ briefing: Briefing, version: Int = currentVersion) -> [UInt8] {
    wireBytes(encode(briefing, version: version))
  }

  /// A value as the plugin protocol sends it: compact JSON on one line, then a newline.
  public static func wireBytes(_ value: JSONValue) -> [UInt8] {
    JSONText.bytes(value, style: .compact) + [0x0A]
  }

  /// Parses and reads AST JSON text: syntax errors (`json.*`) and every problem of the tree
  /// (`schema.*`, `ast.unsupported-version`) come with `file`, line, column and path. The
  /// briefing is `nil` when there is any error.
  public static func read(_ bytes: [UInt8], file: String) -> ReadResult {
    let scanned = JSONScanner(limits: limits).scan(bytes, file: file)
    guard let tree = scanned.tree else {
      return ReadResult(briefing: nil, diagnostics: scanned.diagnostics)
    }
    var result = decode(tree, file: file)
    result.diagnostics = scanned.diagnostics + result.diagnostics
    return result
  }

  /// Reads an AST document of any supported version; the version is checked before anything
  /// else. The briefing is `nil` when there is any error.
  public static func decode(_ tree: TreeNode, at path: DocumentPath = .root, file: String?)
    -> ReadResult
  {
    var state = DecodingState(file: file ?? "", limits: limits, mode: .document)
    state.dialect = .ast
    state.acceptsScalarsAsText = false
    // The object and `astVersion` are checked first, so a later version's tree is refused
    // with one clear message rather than a list of what version 1 does not know.
    guard case .object(let members) = tree.value else {
      state.typeMismatch(tree, at: path, expected: "a mapping (an AST, '{\"astVersion\": 1, …}')")
      return finish(state, briefing: nil, file: file)
    }
    let versionPath = path.appending("astVersion")
    guard let versionNode = members.first(where: { $0.key == "astVersion" })?.value else {
      state.report(
        .error, "schema.missing-key",
        "missing required key 'astVersion'; this briefing speaks \(versionList)",
        range: SourceRange(at: tree.range.start), path: versionPath)
      return finish(state, briefing: nil, file: file)
    }
    guard case .integer(let version) = versionNode.value else {
      state.typeMismatch(versionNode, at: versionPath, expected: "an integer such as 1")
      return finish(state, briefing: nil, file: file)
    }
    guard supportedVersions.contains(version) else {
      let refusal = ASTError.unsupportedVersion(version, at: versionPath)
      state.report(
        .error, "ast.unsupported-version", refusal.message, range: versionNode.range,
        path: versionPath)
      return finish(state, briefing: nil, file: file)
    }
    let briefing = state.briefing(tree, at: path)
    return finish(state, briefing: briefing, file: file)
  }

  /// The result of a decode: diagnostics in document order, no briefing if any is an error.
  private static func finish(_ state: DecodingState, briefing: Briefing?, file: String?)
    -> ReadResult
  {
    let diagnostics = state.diagnostics.inPositionOrder().map { diagnostic in
      var diagnostic = diagnostic
      diagnostic.file = file
      return diagnostic
    }
    return ReadResult(
      briefing: diagnostics.hasErrors ? nil : briefing, sourceMap: state.sourceMap,
      diagnostics: diagnostics)
  }

  /// The supported versions as text: `1`, or `1 and 2`.
  static var versionList: String {
    supportedVersions.map(String.init).joined(separator: " and ")
  }
}

/// Why an AST document could not be read: a message, and the JSON pointer it concerns.
public struct ASTError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where in the AST document.
  public var path: DocumentPath
  /// What is wrong, lowercase, no final period.
  public var message: String
  /// Where in the JSON text, when it was read from text.
  public var range: SourceRange?

  /// Creates an error.
  public init(path: DocumentPath, _ message: String, range: SourceRange? = nil) {
    self.path = path
    self.message = message
    self.range = range
  }

  /// The refusal of a version this build does not speak; names both.
  public static func unsupportedVersion(_ version: Int, at path: DocumentPath = .root) -> ASTError {
    ASTError(
      path: path,
      "AST version \(version) is not supported; this briefing speaks \(BriefingAST.versionList)")
  }

  /// `message (at /pointer)`.
  public var description: String {
    path.components.isEmpty ? message : "\(message) (at \(path))"
  }
}
