// The reply envelope is read by internal types (`ReplyReader`, `PluginFailure`) that a plugin
// process normally feeds; importing them for testing lets the target feed them bytes directly,
// without starting a process per input.
import BriefingCore

@testable import BriefingFormats

/// `plugin-reply`: any bytes as a plugin's reply. The JSON is scanned with the limits the host
/// uses, then read as each envelope the host reads (`describe`, `read`, `write`), with the
/// `briefing` member decoded as an AST; every problem must become a located diagnostic and
/// nothing may crash. A decoded AST briefing must encode and decode back equal.
enum PluginReplyTargets {
  /// The plugin reply target.
  static let all: [FuzzTarget] = [FuzzTarget(name: "plugin-reply") { bytes in check(bytes) }]

  private static let subject = "plugin 'fuzz'"

  private static func check(_ bytes: [UInt8]) {
    var limits = BriefingAST.limits
    limits.maxBytes = .max
    let scanned = JSONScanner(limits: limits).scan(bytes)
    guard let tree = scanned.tree else {
      let error = scanned.diagnostics.first { $0.severity == .error }
      _ = PluginFailure.malformedReply(subject, error, bytes, "").formatted
      return
    }
    describeReply(tree)
    readReply(tree)
    writeReply(tree)
  }

  /// The `describe` envelope: name, AST versions, capabilities, options and diagnostics.
  private static func describeReply(_ tree: TreeNode) {
    var reader = ReplyReader()
    guard let fields = reader.fields(tree, at: .root) else { return }
    _ = reader.requiredString("name", in: fields)
    for item in reader.array("astVersions", in: fields) {
      if case .integer = item.node.value { continue }
      reader.report(item.path, "expected an integer AST version", range: item.node.range)
    }
    _ = reader.strings("capabilities", in: fields)
    for item in reader.array("options", in: fields) {
      guard let option = reader.fields(item.node, at: item.path) else { continue }
      _ = reader.choice(
        "kind", in: option, fallback: OptionDescriptor.Kind.string, cases: "bool, int or string")
      _ = reader.requiredString("name", in: option)
      _ = reader.string("default", in: option)
    }
    for item in reader.array("diagnostics", in: fields) {
      guard let rule = reader.fields(item.node, at: item.path) else { continue }
      _ = reader.choice(
        "severity", in: rule, fallback: Diagnostic.Severity.error, cases: "note, warning or error")
      _ = reader.requiredString("id", in: rule).map { ExternalFormat.qualified($0, name: "fuzz") }
    }
    _ = reader.strings("extensions", in: fields)
    _ = reader.bool("isLossless", in: fields)
    if !reader.problems.isEmpty {
      _ = PluginFailure.invalidDescribeReply(subject, reader.problems).formatted
    }
  }

  /// The plugin's own diagnostics of a `read` or `write` reply.
  private static func diagnostics(in fields: Fields, reading reader: inout ReplyReader)
    -> [Diagnostic]
  {
    reader.array("diagnostics", in: fields).compactMap { item in
      guard let fields = reader.fields(item.node, at: item.path) else { return nil }
      let severity = Diagnostic.Severity(rawValue: reader.string("severity", in: fields) ?? "")
      let id = ExternalFormat.qualified(reader.string("id", in: fields) ?? "x", name: "fuzz")
      let path = reader.string("path", in: fields).map(ExternalFormat.pointer)
      guard let message = reader.requiredString("message", in: fields) else { return nil }
      return Diagnostic(severity ?? .error, id, message, file: "fuzz.txt", path: path)
    }
  }

  /// The `read` envelope: diagnostics and a `briefing` AST.
  private static func readReply(_ tree: TreeNode) {
    var reader = ReplyReader()
    guard let fields = reader.fields(tree, at: .root) else { return }
    let found = diagnostics(in: fields, reading: &reader)
    _ = found.map(\.formatted)
    if !reader.problems.isEmpty {
      _ = reader.problems.map { PluginFailure.invalidReply(subject, $0).formatted }
    }
    guard let (ast, path) = fields.optional("briefing") else { return }
    let decoded = BriefingAST.decode(ast, at: path, file: nil)
    _ = PluginFailure.invalidAST(subject, decoded.diagnostics).map(\.formatted)
    guard let briefing = decoded.briefing, !decoded.diagnostics.hasErrors else { return }
    let encoded = BriefingAST.encodedBytes(briefing)
    let back = BriefingAST.read(encoded, file: "encoded.ast.json")
    if back.briefing != briefing || back.diagnostics.hasErrors {
      propertyFailed(
        "plugin-reply", "a decoded AST does not encode and decode back equal",
        detail: String(decoding: encoded, as: UTF8.self))
    }
  }

  /// The `write` envelope: diagnostics and an `output` string.
  private static func writeReply(_ tree: TreeNode) {
    var reader = ReplyReader()
    guard let fields = reader.fields(tree, at: .root) else { return }
    _ = diagnostics(in: fields, reading: &reader)
    _ = reader.string("output", in: fields)
  }
}
