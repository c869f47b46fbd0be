import BriefingCore
import BriefingFormats
import BriefingYAML

/// A `.briefing.yml` file: rule severities and options, and excludes.
///
/// ```yaml
/// rules:
///   rule.identical-questions: off        # or note, warning, error
///   rule.language-tag: {severity: error}
/// exclude:
///   - drafts/**
/// ```
public struct ValidationConfig: Sendable {
  /// A rule's configured level: `off`, or a severity.
  public typealias Level = RuleLevel

  /// The config file's path (absolute), or `nil` for the built-in defaults.
  public var file: String?
  /// The directory excludes are relative to: the config file's directory.
  public var directory: String
  /// The configured level of each rule id; others keep their default.
  public var levels: [String: Level]
  /// The `exclude:` patterns, relative to ``directory``.
  public var excludes: [String]

  /// The defaults, with no file.
  public init(directory: String) {
    file = nil
    self.directory = directory
    levels = [:]
    excludes = []
  }

  /// The names `discover` looks for, in this order.
  public static let fileNames = [".briefing.yml", ".briefing.yaml"]

  /// The policy the pipeline applies for this configuration.
  public func policy(strict: Bool) -> DiagnosticPolicy {
    DiagnosticPolicy(levels: levels, strict: strict)
  }

  /// The level of `id` (its configured one, else its default severity), as the pipeline
  /// applies it.
  public func level(of id: String, default severity: Diagnostic.Severity) -> Level {
    policy(strict: false).level(of: id, default: severity)
  }

  /// Parses config text; problems are `config.*` diagnostics with positions in `file`, and rule
  /// ids must be in `catalog`.
  public static func parse(
    _ bytes: [UInt8], file: String, directory: String, catalog: RuleCatalog
  ) -> (
    ValidationConfig, [Diagnostic]
  ) {
    var config = ValidationConfig(directory: directory)
    config.file = file
    let composed = YAMLComposer().compose(bytes)
    var problems = composed.diagnostics.map { diagnostic -> Diagnostic in
      var diagnostic = diagnostic
      diagnostic.id = "config.syntax"
      diagnostic.file = file
      return diagnostic
    }
    guard let root = composed.tree else { return (config, problems) }
    func problem(_ id: String, _ message: String, _ range: SourceRange) {
      problems.append(Diagnostic(.error, id, message, file: file, range: range))
    }
    if case .null = root.value { return (config, problems) }
    guard case .object(let members) = root.value else {
      problem(
        "config.invalid-value",
        "the configuration must be a mapping with 'rules' and "
          + "'exclude'", root.range)
      return (config, problems)
    }
    for member in members {
      switch member.key {
      case "rules":
        config.parseRules(member.value, catalog: catalog, problem: problem)
      case "exclude":
        config.excludes = strings(member.value, what: "'exclude'", problem: problem)
      default:
        problem(
          "config.unknown-key",
          "unknown key '\(member.key)'; the configuration takes 'rules' and 'exclude'"
            + Suggestion.hint(for: member.key, in: ["rules", "exclude"]), member.keyRange)
      }
    }
    return (config, problems)
  }

  private mutating func parseRules(
    _ node: TreeNode, catalog: RuleCatalog, problem: (String, String, SourceRange) -> Void
  ) {
    if case .null = node.value { return }
    guard case .object(let members) = node.value else {
      problem("config.invalid-value", "'rules' must be a mapping of rule id to level", node.range)
      return
    }
    for member in members {
      guard let info = catalog.info(for: member.key) else {
        problem(
          "config.unknown-rule",
          "unknown rule '\(member.key)'\(catalog.hint(for: member.key)); "
            + "'briefing rules' lists them", member.keyRange)
        continue
      }
      var levelNode = member.value
      if case .object(let options) = member.value.value {
        guard let severity = options.first(where: { $0.key == "severity" }) else {
          problem(
            "config.invalid-value", "give '\(info.id)' a 'severity' (off, note, warning, error)",
            member.value.range)
          continue
        }
        for option in options where option.key != "severity" {
          problem(
            "config.unknown-key",
            "rule '\(info.id)' has no option '\(option.key)'; only 'severity' is accepted",
            option.keyRange)
        }
        levelNode = severity.value
      }
      guard let level = Self.level(levelNode) else {
        problem(
          "config.invalid-value",
          "'\(Self.text(levelNode))' is not a level; use off, note, warning or error",
          levelNode.range)
        continue
      }
      levels[info.id] = level
    }
  }

  private static func level(_ node: TreeNode) -> Level? {
    switch node.value {
    case .bool(false): return .off  // YAML 1.1 habits: `off` unquoted is a string in 1.2
    case .string(let text):
      if text == "off" || text == "none" { return .off }
      return Diagnostic.Severity(rawValue: text).map(Level.severity)
    default: return nil
    }
  }

  private static func text(_ node: TreeNode) -> String {
    if let text = node.sourceText { return text }
    if case .string(let text) = node.value { return text }
    return node.typeName
  }

  private static func strings(
    _ node: TreeNode, what: String, problem: (String, String, SourceRange) -> Void
  ) -> [String] {
    if case .string(let text) = node.value { return [text] }
    guard case .array(let items) = node.value else {
      problem("config.invalid-value", "\(what) must be a list of patterns", node.range)
      return []
    }
    return items.compactMap { item in
      guard case .string(let text) = item.value else {
        problem("config.invalid-value", "\(what) patterns must be strings", item.range)
        return nil
      }
      return text
    }
  }
}
