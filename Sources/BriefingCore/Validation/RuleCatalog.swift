/// What `briefing rules`, `briefing explain` and SARIF say about one diagnostic id.
public struct RuleInfo: Hashable, Sendable, Codable {
  /// The stable id, `domain.kebab-name`.
  public var id: String
  /// The severity it has unless configuration says otherwise.
  public var defaultSeverity: Diagnostic.Severity
  /// One line saying what it reports.
  public var summary: String
  /// Paragraphs explaining why it matters and how to fix it, with a failing and a passing example
  /// where a document can show one.
  public var explanation: String
  /// The group it belongs to: `syntax`, `schema`, `content`, `format` or `cli`.
  public var category: String

  /// Creates a rule description.
  public init(
    id: String, defaultSeverity: Diagnostic.Severity, summary: String, explanation: String,
    category: String
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.explanation = explanation
    self.category = category
  }
}

/// Every diagnostic id a reader, decoder, content rule or the CLI can emit, so each one can be
/// listed, explained, configured and described in SARIF.
public enum RuleCatalog {
  /// All known ids, sorted by id.
  public static let all: [RuleInfo] = {
    let infos = syntaxRules + schemaRules + ContentRule.all.map(\.info) + formatRules + cliRules
    return infos.sorted { $0.id < $1.id }
  }()

  private static let byID: [String: RuleInfo] = {
    var table: [String: RuleInfo] = [:]
    for info in all where table[info.id] == nil { table[info.id] = info }
    return table
  }()

  /// The description of `id`, if it is known.
  public static func info(for id: String) -> RuleInfo? { byID[id] }

  /// Every known id.
  public static var ids: [String] { all.map(\.id) }

  /// `; did you mean 'x'?` for a misspelt id, else the empty string.
  public static func hint(for id: String) -> String { Suggestion.hint(for: id, in: ids) }
}

extension RuleInfo {
  /// A short constructor for the catalog tables.
  static func entry(
    _ id: String, _ severity: Diagnostic.Severity, _ category: String, _ summary: String,
    _ explanation: String
  ) -> RuleInfo {
    RuleInfo(
      id: id, defaultSeverity: severity, summary: summary, explanation: explanation,
      category: category)
  }
}
