import BriefingCore

/// What a configured rule level is: off, or a severity that replaces the default.
public enum RuleLevel: Hashable, Sendable {
  /// The rule is not reported.
  case off
  /// The rule is reported with this severity.
  case severity(Diagnostic.Severity)
}

/// How the pipeline weighs diagnostics: configured levels, suppression comments and strictness.
///
/// The same policy gives the same verdict whichever command or embedder runs the pipeline, so a
/// document that `validate` passes converts, and one that `convert` refuses fails `validate`.
public struct DiagnosticPolicy: Sendable {
  /// Levels by diagnostic id; ids not listed keep their own severity.
  public var levels: [String: RuleLevel]
  /// Whether warnings fail a document too (`--strict`).
  public var strict: Bool
  /// Whether `briefing-disable-…` comments in the source are honoured.
  public var honoursSuppressionComments: Bool

  /// Creates a policy; the default reports everything as its rule says and fails on errors.
  public init(
    levels: [String: RuleLevel] = [:], strict: Bool = false, honoursSuppressionComments: Bool = true
  ) {
    self.levels = levels
    self.strict = strict
    self.honoursSuppressionComments = honoursSuppressionComments
  }

  /// The level of `id`: its configured one, else its own severity.
  public func level(of id: String, default severity: Diagnostic.Severity) -> RuleLevel {
    levels[id] ?? .severity(severity)
  }

  /// Whether these diagnostics make a document fail: any error, or any warning when strict.
  public func fails(_ diagnostics: [Diagnostic]) -> Bool { diagnostics.contains(where: fails) }

  /// Whether this diagnostic makes a document fail: an error, or a warning when strict.
  public func fails(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.severity == .error || (strict && diagnostic.severity == .warning)
  }

  /// `diagnostics` without those suppressed in `source` or turned off, with configured
  /// severities; `commentStyle` says which comments of the source can carry markers.
  func apply(
    to diagnostics: [Diagnostic], source: SourceFile, commentStyle: Suppression.CommentStyle
  ) -> [Diagnostic] {
    let suppression =
      honoursSuppressionComments
      ? Suppression(scanning: source.bytes, style: commentStyle) : Suppression()
    return diagnostics.compactMap { diagnostic in
      guard !suppression.suppresses(diagnostic) else { return nil }
      switch level(of: diagnostic.id, default: diagnostic.severity) {
      case .off: return nil
      case .severity(let severity):
        var diagnostic = diagnostic
        diagnostic.severity = severity
        return diagnostic
      }
    }
  }
}
