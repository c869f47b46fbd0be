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
    let fields: Fields
    do {
      fields = try Fields(reply, at: .root)
      let declared = try fields.requiredString("name")
      guard declared == name else {
        throw PluginError(
          PluginFailure.invalidReply(
            subject,
            "'describe' names it '\(declared)' but its file is named "
              + "'briefing-format-\(name)'; make them agree", ""))
      }
      let versions = try fields.array("astVersions").map { item throws(ASTError) -> Int in
        guard case .integer(let version) = item.node.value else {
          throw ASTError(
            path: item.path, "expected an integer AST version", range: item.node.range)
        }
        return version
      }
      guard let common = versions.filter(BriefingAST.supportedVersions.contains).max() else {
        throw PluginError(PluginFailure.incompatible(subject, speaks: versions))
      }
      let capabilities = try fields.strings("capabilities")
      let options = try fields.array("options").map { item throws(ASTError) in
        let option = try Fields(item.node, at: item.path)
        let kindText = try option.string("kind") ?? "string"
        guard let kind = OptionDescriptor.Kind(rawValue: kindText) else {
          throw ASTError(
            path: item.path.appending("kind"), "kind must be bool, int or string",
            range: option.members.last { $0.key == "kind" }?.value.range)
        }
        return OptionDescriptor(
          name: try option.requiredString("name"), kind: kind,
          defaultValue: try option.string("default") ?? "", help: try option.string("help") ?? "")
      }
      let diagnostics = try fields.array("diagnostics").map { item throws(ASTError) in
        let rule = try Fields(item.node, at: item.path)
        let severityText = try rule.string("severity") ?? "error"
        guard let severity = Diagnostic.Severity(rawValue: severityText) else {
          throw ASTError(
            path: item.path.appending("severity"), "severity must be note, warning or error",
            range: rule.members.last { $0.key == "severity" }?.value.range)
        }
        let summary = try rule.requiredString("summary")
        return RuleInfo(
          id: Self.qualified(try rule.requiredString("id"), name: name),
          defaultSeverity: severity, summary: summary,
          explanation: try rule.string("explanation") ?? summary, category: "format")
      }
      descriptor = FormatDescriptor(
        name: name, fileExtensions: try fields.strings("extensions").map { $0.lowercased() },
        mediaType: try fields.string("mediaType") ?? "application/octet-stream",
        summary: try fields.string("summary") ?? "plugin",
        isLossless: try fields.bool("isLossless") ?? false,
        options: options, diagnostics: diagnostics)
      canRead = capabilities.contains("read")
      canWrite = capabilities.contains("write")
      astVersion = common
    } catch let error as PluginError {
      throw error
    } catch let error as ASTError {
      throw PluginError(
        PluginFailure.invalidReply(subject, error, prefix: "'describe' reply: "))
    } catch {
      throw PluginError(PluginFailure.invalidReply(subject, "\(error)", ""))
    }
    self.executablePath = executable
    self.host = host
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

  /// The plugin's own diagnostics: `{severity, id, message, path?}`, placed in `file`.
  func diagnostics(in reply: Fields, file: String?) throws(ASTError) -> [Diagnostic] {
    try reply.array("diagnostics").map { item throws(ASTError) in
      let fields = try Fields(item.node, at: item.path)
      let severityText = try fields.string("severity") ?? "error"
      let severity = Diagnostic.Severity(rawValue: severityText) ?? .error
      let id = Self.qualified(try fields.string("id") ?? "diagnostic", name: descriptor.name)
      let path = try fields.string("path").map(Self.pointer)
      return Diagnostic(
        severity, id, try fields.requiredString("message"), file: file, path: path)
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
