// Reports: what `briefing validate` prints, in the five output formats CI systems read. Each
// renderer is a pure function of a ValidationReport, so the same run can be shown as text on a
// terminal, as annotations on GitHub, or as SARIF for code scanning, byte-for-byte repeatable.
import BriefingCore
import BriefingFormats

/// The outcome of validating some files: each file's diagnostics, and whether warnings fail.
public struct ValidationReport: Sendable {
  /// One checked file.
  public struct FileResult: Sendable {
    /// The file as the user named it (relative paths stay relative; `-` is standard input).
    public var path: String
    /// What was found, in the order to show it.
    public var diagnostics: [Diagnostic]
    /// The file's bytes, for source snippets; `nil` when not at hand.
    public var source: [UInt8]?

    /// Creates a file result.
    public init(path: String, diagnostics: [Diagnostic], source: [UInt8]? = nil) {
      self.path = path
      self.diagnostics = diagnostics
      self.source = source
    }
  }

  /// Every checked file, clean ones included, in the order to show them.
  public var files: [FileResult]
  /// Whether warnings count as failures (`--strict`).
  public var strict: Bool
  /// Whether the text and GitHub formats leave out the summary line (`--quiet`); which
  /// diagnostics to show is the caller's choice. Machine formats always carry their counts.
  public var quiet: Bool

  /// Creates a report.
  public init(files: [FileResult], strict: Bool = false, quiet: Bool = false) {
    self.files = files
    self.strict = strict
    self.quiet = quiet
  }

  /// How many diagnostics of `severity` all files have.
  public func count(_ severity: Diagnostic.Severity) -> Int {
    files.reduce(0) { total, file in
      total + file.diagnostics.count(where: { $0.severity == severity })
    }
  }

  /// Whether `diagnostic` fails the run: errors always, warnings under ``strict``.
  public func fails(_ diagnostic: Diagnostic) -> Bool {
    DiagnosticPolicy(strict: strict).fails(diagnostic)
  }

  /// Whether the run failed (exit status 1).
  public var hasFailures: Bool { files.contains { $0.diagnostics.contains(where: fails) } }

  /// The one-line summary: `3 files checked, 2 errors, 1 warning` or `no problems in 3 files`.
  ///
  /// Notes are counted only when there are some, so the usual line stays short.
  public var summary: String {
    let errors = count(.error)
    let warnings = count(.warning)
    let notes = count(.note)
    guard errors + warnings + notes > 0 else {
      return "no problems in \(Self.plural(files.count, "file"))"
    }
    var parts = [
      "\(Self.plural(files.count, "file")) checked", Self.plural(errors, "error"),
      Self.plural(warnings, "warning"),
    ]
    if notes > 0 { parts.append(Self.plural(notes, "note")) }
    var line = parts.joined(separator: ", ")
    if strict && warnings > 0 { line += " (warnings fail under --strict)" }
    return line
  }

  /// `1 file`, `2 files`.
  static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}

/// The output formats of `briefing validate --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// Compiler-style lines with source snippets, for people.
  case text
  /// One versioned JSON document (``JSONReportDocument``), for scripts.
  case json
  /// GitHub Actions workflow commands, which become annotations on the pull request.
  case github
  /// SARIF 2.1.0, for code-scanning dashboards.
  case sarif
  /// JUnit XML, which most CI servers show as a test report.
  case junit
}

/// Renders `report` in `format`; the text ends with a newline.
/// - Parameters:
///   - rules: The rule metadata (``CommandContext/catalog``, with the formats' ids); SARIF
///     lists it, JUnit and GitHub use nothing from it but the ids.
///   - color: Whether the text format uses ANSI colours (the caller decides from the terminal
///     and `NO_COLOR`); other formats ignore it.
public func render(
  _ report: ValidationReport, as format: ReportFormat, rules: [RuleInfo], color: Bool
) -> String {
  switch format {
  case .text: TextReport(color: color).render(report)
  case .json: JSONReport.render(report)
  case .github: GitHubReport.render(report)
  case .sarif: SARIFReport(rules: rules).render(report)
  case .junit: JUnitReport.render(report)
  }
}
