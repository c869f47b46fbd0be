/// A check over a decoded briefing that the schema alone cannot express, with a stable id and a
/// default severity, so readers and `briefing validate` report it the same way.
///
/// Rules see only the model: the diagnostics they return carry a ``DocumentPath`` and no range
/// or file; the caller looks the range up in its ``SourceMap`` and sets the file.
public struct ContentRule: Sendable {
  /// The stable id, `rule.kebab-name`.
  public var id: String
  /// The severity used unless configuration says otherwise.
  public var defaultSeverity: Diagnostic.Severity
  /// One line saying what the rule checks.
  public var summary: String
  /// Why it matters and how to fix it, with a failing and a passing example.
  public var explanation: String
  /// The check: every problem it finds in the briefing.
  public var check: @Sendable (Briefing) -> [Diagnostic]

  /// Creates a rule.
  public init(
    id: String, defaultSeverity: Diagnostic.Severity, summary: String, explanation: String = "",
    check: @escaping @Sendable (Briefing) -> [Diagnostic]
  ) {
    self.id = id
    self.defaultSeverity = defaultSeverity
    self.summary = summary
    self.explanation = explanation
    self.check = check
  }

  /// The rule's catalog entry.
  public var info: RuleInfo {
    RuleInfo(
      id: id, defaultSeverity: defaultSeverity, summary: summary,
      explanation: explanation.isEmpty ? summary : explanation, category: "content")
  }
}

extension ContentRule {
  /// The rules every reader applies, because a briefing breaking them is not a valid document
  /// (FORMAT.md, "Engagement").
  public static let readerRules: [ContentRule] = [
    reactionCountExceedsTotal, duplicateReactionLabel,
  ]

  /// What the pipeline checks on every reader's model before any content rule: the reader
  /// rules, and the schema's bounds that a model built without a schema (HTML, plain text,
  /// plugins) can still break.
  public static let readerChecks: [ContentRule] = readerRules + [figuresAreNotNegative]

  /// `schema.range` on the model: counts and totals are never below zero. YAML and JSON report
  /// it while decoding (and keep 0); this catches readers that have no schema step.
  public static let figuresAreNotNegative = ContentRule(
    id: "schema.range", defaultSeverity: .error,
    summary: "a number is outside its allowed range"
  ) { briefing in
    guard let reactions = briefing.engagement?.reactions else { return [] }
    return reactions.enumerated().flatMap { index, reaction in
      [("count", reaction.count), ("total", reaction.total)].compactMap { key, number in
        guard number < 0 else { return nil }
        return Diagnostic(
          .error, "schema.range", "\(number) is negative; a count cannot be below 0",
          path: DocumentPath([.key("engagement"), .key("reactions"), .index(index), .key(key)]))
      }
    }
  }

  /// `rule.reaction-count-exceeds-total`: a reaction's `count` must not exceed its `total`.
  public static let reactionCountExceedsTotal = ContentRule(
    id: "rule.reaction-count-exceeds-total", defaultSeverity: .error,
    summary: "a reaction's count is larger than its total",
    explanation: """
      `count` is how many readers chose a reaction and `total` how many voted on it, so the
      count can never be larger. Every reader reports this, because such figures cannot be shown.

      Fails:   - {label: Support, count: 5, total: 3}
      Passes:  - {label: Support, count: 3, total: 5}
      """
  ) { briefing in
    guard let reactions = briefing.engagement?.reactions else { return [] }
    return reactions.enumerated().compactMap { index, reaction in
      guard reaction.count > reaction.total else { return nil }
      let message =
        "reaction '\(reaction.label)' has count \(reaction.count) above its total "
        + "\(reaction.total); the total counts every voter, so raise it or lower the count"
      return Diagnostic(
        .error, "rule.reaction-count-exceeds-total", message,
        path: DocumentPath([.key("engagement"), .key("reactions"), .index(index), .key("count")]))
    }
  }

  /// `rule.duplicate-reaction-label`: reaction labels are unique within a briefing.
  public static let duplicateReactionLabel = ContentRule(
    id: "rule.duplicate-reaction-label", defaultSeverity: .error,
    summary: "two reactions share a label",
    explanation: """
      Reaction labels identify the buttons a reader votes with; two with the same label cannot
      be told apart. Rename one, or merge their figures.

      Fails:   reactions: [{label: Support}, {label: Support}]
      Passes:  reactions: [{label: Support}, {label: Interesting}]
      """
  ) { briefing in
    guard let reactions = briefing.engagement?.reactions else { return [] }
    var firstIndex: [String: Int] = [:]
    var found: [Diagnostic] = []
    for (index, reaction) in reactions.enumerated() {
      guard let first = firstIndex[reaction.label] else {
        firstIndex[reaction.label] = index
        continue
      }
      let message =
        "reaction label '\(reaction.label)' is used again (first by reaction "
        + "\(first)); labels must be unique, so rename or merge them"
      found.append(
        Diagnostic(
          .error, "rule.duplicate-reaction-label", message,
          path: DocumentPath([.key("engagement"), .key("reactions"), .index(index), .key("label")]))
      )
    }
    return found
  }
}
