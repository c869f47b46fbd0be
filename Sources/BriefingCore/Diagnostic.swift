/// A problem found in a document or its handling: what, where, and how to fix it.
///
/// One type serves readers, writers, validation rules, plugins and the CLI.
public struct Diagnostic: Hashable, Sendable, Codable {
  /// How serious it is.
  public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
    /// Information; never fails a run.
    case note
    /// Suspicious but usable; fails only under `--strict`.
    case warning
    /// The document is wrong.
    case error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }

    /// Orders by seriousness.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
  }

  /// How serious it is.
  public var severity: Severity
  /// A stable rule id, `domain.kebab-name` (e.g. `schema.unknown-key`).
  public var id: String
  /// What is wrong and how to fix it: lowercase, user text quoted as '…', no final period.
  public var message: String
  /// The file it is in, as the user named it (`-` for standard input).
  public var file: String?
  /// Where in the file, when known.
  public var range: SourceRange?
  /// Where in the briefing tree, when it concerns a value.
  public var path: DocumentPath?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ id: String, _ message: String, file: String? = nil,
    range: SourceRange? = nil, path: DocumentPath? = nil
  ) {
    self.severity = severity
    self.id = id
    self.message = message
    self.file = file
    self.range = range
    self.path = path
  }

  /// `file:line:column: severity: message [id]`, as compilers print.
  public var formatted: String {
    var location = file ?? "<input>"
    if let range { location += ":\(range.start.line):\(range.start.column)" }
    return "\(location): \(severity.rawValue): \(message) [\(id)]"
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
