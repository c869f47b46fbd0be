import BriefingCore
import OrderedCollections

/// A format provided by an executable `briefing-format-NAME` (any language), spoken to over
/// the JSON protocol of `Docs/Plugins.md`: `describe`, then `read` or `write`, one fresh process
/// per request, the document as versioned AST.
public struct ExternalFormat: BriefingFormat {
  /// The absolute path of the executable: the format's origin, as `briefing formats` shows it.
  public let executablePath: String
  /// The AST version requests are made in: the newest one both sides speak.
  public let astVersion: Int
  /// What the plugin declared.
  public let descriptor: FormatDescriptor
  /// Whether it declared `read` and `write`.
  public let canRead: Bool, canWrite: Bool
  let host: PluginHost

  /// Runs `executable describe` and checks the reply; the error is a `plugin.*` diagnostic.
  ///
  /// - Parameter name: the name the file promises (`briefing-format-NAME`); the reply must match.
  public static func describe(name: String, executable: String, host: PluginHost)
    -> Result<ExternalFormat, PluginError>
  {
    let subject = "plugin '\(name)'"
    let reply: TreeNode
    switch host.exchange([executable, "describe"], request: JSONValue?.none, subject: subject) {
    case .failure(let error): return .failure(error)
    case .success(let tree): reply = tree
    }
    return Result { () throws(PluginError) in
      try ExternalFormat(name: name, executable: executable, reply, host: host)
    }
  }

  private init(name: String, executable: String, _ reply: TreeNode, host: PluginHost)
    throws(PluginError)
  {
    let subject = "plugin '\(name)'"
    var reader = ReplyReader()
    let fields = reader.fields(reply, at: .root)
    let declared = fields.flatMap { reader.requiredString("name", in: $0) }
    var versions: [Int] = []
    var descriptor: FormatDescriptor?
    var capabilities: [String] = []
    if let fields {
      versions = reader.array("astVersions", in: fields).compactMap { item in
        guard case .integer(let version) = item.node.value else {
          reader.report(item.path, "expected an integer AST version", range: item.node.range)
          return nil
        }
        return version
      }
      capabilities = reader.strings("capabilities", in: fields)
      descriptor = Self.descriptor(name: name, fields, reading: &reader)
    }
    if !reader.problems.isEmpty {
      throw PluginError(PluginFailure.invalidDescribeReply(subject, reader.problems))
    }
    guard let declared, let descriptor else {
      throw PluginError(PluginFailure.invalidReply(subject, "'describe' reply is incomplete", ""))
    }
    guard declared == name else {
      throw PluginError(
        PluginFailure.invalidReply(
          subject,
          "'describe' names it '\(declared)' but its file is named "
            + "'briefing-format-\(name)'; make them agree", ""))
    }
    guard let common = versions.filter(BriefingAST.supportedVersions.contains).max() else {
      throw PluginError(PluginFailure.incompatible(subject, speaks: versions))
    }
    self.descriptor = descriptor
    canRead = capabilities.contains("read")
    canWrite = capabilities.contains("write")
    astVersion = common
    self.executablePath = executable
    self.host = host
  }

  /// The descriptor a `describe` reply declares; its problems go to `reader`.
  private static func descriptor(
    name: String, _ fields: Fields, reading reader: inout ReplyReader
  ) -> FormatDescriptor {
    let options = reader.array("options", in: fields).compactMap { item -> OptionDescriptor? in
      guard let option = reader.fields(item.node, at: item.path) else { return nil }
      let kind = reader.choice(
        "kind", in: option, fallback: OptionDescriptor.Kind.string, cases: "bool, int or string")
      guard let optionName = reader.requiredString("name", in: option), let kind else {
        return nil
      }
      return OptionDescriptor(
        name: optionName, kind: kind, defaultValue: reader.string("default", in: option) ?? "",
        help: reader.string("help", in: option) ?? "")
    }
    let diagnostics = reader.array("diagnostics", in: fields).compactMap { item -> RuleInfo? in
      guard let rule = reader.fields(item.node, at: item.path) else { return nil }
      let severity = reader.choice(
        "severity", in: rule, fallback: Diagnostic.Severity.error,
        cases: "note, warning or error")
      let id = reader.requiredString("id", in: rule)
      let summary = reader.requiredString("summary", in: rule)
      let explanation = reader.string("explanation", in: rule)
      guard let severity, let id, let summary else { return nil }
      return RuleInfo(
        id: qualified(id, name: name), defaultSeverity: severity, summary: summary,
        explanation: explanation ?? summary, category: "format")
    }
    return FormatDescriptor(
      name: name,
      fileExtensions: reader.strings("extensions", in: fields).map { $0.lowercased() },
      mediaType: reader.string("mediaType", in: fields) ?? "application/octet-stream",
      summary: reader.string("summary", in: fields) ?? "plugin",
      isLossless: reader.bool("isLossless", in: fields) ?? false,
      options: options, diagnostics: diagnostics)
  }

  /// A reader that runs `NAME read`, if the plugin can read.
  public var reader: (any BriefingReader)? { canRead ? ExternalReader(format: self) : nil }
  /// A writer that runs `NAME write`, if the plugin can write.
  public var writer: (any BriefingWriter)? { canWrite ? ExternalWriter(format: self) : nil }

  var subject: String { "plugin '\(descriptor.name)'" }

  /// The options given, as a JSON object typed by the plugin's declarations.
  func optionsObject(_ options: FormatOptions) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    for option in descriptor.options where options.contains(option.name) {
      let text = options[OptionKey<String>(option.name, default: "", help: "")]
      switch option.kind {
      case .bool: object[option.name] = .bool(Bool(optionText: text) ?? true)
      case .int: object[option.name] = Int(optionText: text).map(JSONValue.integer) ?? .string(text)
      case .string: object[option.name] = .string(text)
      }
    }
    return .object(object)
  }

  /// The id a plugin's `id` is shown as: `NAME.id`, unless it already names another domain.
  static func qualified(_ id: String, name: String) -> String {
    // `plugin.*` means the plugin itself failed (exit 70); a plugin reports document problems.
    if !id.contains(".") || id.hasPrefix("plugin.") || id.hasPrefix("internal.") {
      return "\(name).\(id)"
    }
    return id
  }

  /// The plugin's own diagnostics: `{severity, id, message, path?}`, placed in `file`; the
  /// problems of the list go to `reader`.
  func diagnostics(in reply: Fields, file: String?, reading reader: inout ReplyReader)
    -> [Diagnostic]
  {
    reader.array("diagnostics", in: reply).compactMap { item in
      guard let fields = reader.fields(item.node, at: item.path) else { return nil }
      let severityText = reader.string("severity", in: fields) ?? "error"
      let severity = Diagnostic.Severity(rawValue: severityText) ?? .error
      let id = Self.qualified(
        reader.string("id", in: fields) ?? "diagnostic", name: descriptor.name)
      let path = reader.string("path", in: fields).map(Self.pointer)
      guard let message = reader.requiredString("message", in: fields) else { return nil }
      return Diagnostic(severity, id, message, file: file, path: path)
    }
  }

  /// A JSON pointer such as `/sections/0/items/1` as a path (numbers become indices).
  static func pointer(_ text: String) -> DocumentPath {
    DocumentPath(
      text.split(separator: "/", omittingEmptySubsequences: true).map { raw in
        let key = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(
          of: "~0", with: "~")
        return Int(key).map(DocumentPath.Component.index) ?? .key(key)
      })
  }
}

/// A plugin or filter failed: the `plugin.*` diagnostics that say how.
public struct PluginError: Error, Sendable {
  /// What went wrong, naming the plugin and quoting its stderr.
  public var diagnostic: Diagnostic
  /// Further problems of the same failure (every error of an invalid AST after the first).
  public var others: [Diagnostic] = []
  /// Every diagnostic of the failure, the main one first.
  public var diagnostics: [Diagnostic] { [diagnostic] + others }
  /// Wraps a diagnostic.
  public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
  /// Wraps a failure's diagnostics; `nil` when there are none.
  init?(_ diagnostics: [Diagnostic]) {
    guard let first = diagnostics.first else { return nil }
    diagnostic = first
    others = Array(diagnostics.dropFirst())
  }
}
