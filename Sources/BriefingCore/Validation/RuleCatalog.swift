/// What `briefing rules`, `briefing explain` and SARIF say about one diagnostic id.
///
/// Declared beside the code that emits the id (a content rule, a reader, the CLI), and collected
/// into a ``RuleCatalog`` by whoever assembles the program (a `FormatRegistry`, the CLI).
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
  /// The group it belongs to: `syntax`, `schema`, `content`, `format`, `plugin` or `cli`.
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

  /// A short constructor for declaration tables.
  public static func entry(
    _ id: String, _ severity: Diagnostic.Severity, _ category: String, _ summary: String,
    _ explanation: String
  ) -> RuleInfo {
    RuleInfo(
      id: id, defaultSeverity: severity, summary: summary, explanation: explanation,
      category: category)
  }

  /// A declaration whose explanation is its summary plus `advice`, for ids whose message already
  /// says everything specific (format, plugin and command ids).
  public static func entry(
    _ id: String, _ severity: Diagnostic.Severity, _ category: String, _ summary: String,
    advice: String
  ) -> RuleInfo {
    entry(
      id, severity, category, summary,
      "\(summary.prefix(1).uppercased())\(summary.dropFirst()). \(advice)")
  }
}

/// A set of diagnostic ids with their descriptions, so each one can be listed, explained,
/// configured and described in SARIF.
///
/// A value, not a global: the CLI builds it from its registry's formats, the shared parsers and
/// its own ids, so a third-party format's ids are listed and explained like built-in ones.
public struct RuleCatalog: Sendable, Hashable {
  /// All ids, sorted by id.
  public let all: [RuleInfo]
  private let byID: [String: RuleInfo]

  /// A catalog of `rules`; the same declaration may appear twice, two different ones may not.
  public init(_ rules: [RuleInfo]) throws(RuleConflict) {
    var table: [String: RuleInfo] = [:]
    for info in rules {
      if let existing = table[info.id] {
        guard existing == info else { throw RuleConflict(first: existing, second: info) }
        continue
      }
      table[info.id] = info
    }
    byID = table
    all = table.values.sorted { $0.id < $1.id }
  }

  /// This catalog with `rules` added; throws when one redeclares a known id differently.
  public func adding(_ rules: [RuleInfo]) throws(RuleConflict) -> RuleCatalog {
    try RuleCatalog(all + rules)
  }

  /// The description of `id`, if it is known.
  public func info(for id: String) -> RuleInfo? { byID[id] }

  /// Every known id, sorted.
  public var ids: [String] { all.map(\.id) }

  /// `; did you mean 'x'?` for a misspelt id, else the empty string.
  public func hint(for id: String) -> String { Suggestion.hint(for: id, in: ids) }

  /// The ids BriefingCore's own code emits: the content rules and the rich-text parser's limit.
  public static let coreRules: [RuleInfo] =
    ContentRule.all.map(\.info) + [
      .entry(
        "richtext.depth-limit", .error, "syntax", "rich text nests deeper than allowed",
        "Lists and quotes nested beyond the limit are flattened so hostile input cannot exhaust "
          + "the stack.")
    ]
}

/// Two declarations of one diagnostic id that disagree.
public struct RuleConflict: Error, Sendable, Equatable, CustomStringConvertible {
  /// The declaration seen first.
  public var first: RuleInfo
  /// The one that disagrees with it.
  public var second: RuleInfo

  /// Creates a conflict.
  public init(first: RuleInfo, second: RuleInfo) {
    self.first = first
    self.second = second
  }

  /// Which id, and how to fix it.
  public var description: String {
    "diagnostic id '\(first.id)' is declared twice with different descriptions ('\(first.summary)' "
      + "and '\(second.summary)'); give one of them another id"
  }
}
