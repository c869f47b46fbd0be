import BriefingCore
import Foundation

/// The `json` format's document: stable, versioned, and decodable with `JSONDecoder`.
///
/// ```json
/// {"version": 1, "files": [{"path": "a.yaml", "diagnostics": [{"severity": "error",
///   "id": "schema.unknown-key", "message": "…", "path": "/titel",
///   "range": {"start": {"line": 3, "column": 1}, "end": {"line": 3, "column": 6}}}]}],
///  "summary": {"files": 1, "errors": 1, "warnings": 0, "notes": 0, "strict": false,
///   "failed": true, "text": "1 file checked, 1 error, 0 warnings"}}
/// ```
public struct JSONReportDocument: Codable, Hashable, Sendable {
  /// A line and column, both 1-based; columns count Unicode scalars.
  public struct Position: Codable, Hashable, Sendable {
    /// The line.
    public var line: Int
    /// The column.
    public var column: Int
  }

  /// A start and an end position; the end is exclusive.
  public struct Range: Codable, Hashable, Sendable {
    /// Where it starts.
    public var start: Position
    /// Just after where it ends.
    public var end: Position
  }

  /// One diagnostic.
  public struct Entry: Codable, Hashable, Sendable {
    /// `error`, `warning` or `note`.
    public var severity: String
    /// The rule id.
    public var id: String
    /// What is wrong and how to fix it.
    public var message: String
    /// The JSON pointer of the value concerned, when there is one.
    public var path: String?
    /// Where in the file, when known.
    public var range: Range?
  }

  /// One checked file.
  public struct File: Codable, Hashable, Sendable {
    /// The file as the user named it.
    public var path: String
    /// Its diagnostics, possibly none.
    public var diagnostics: [Entry]
  }

  /// The counts.
  public struct Summary: Codable, Hashable, Sendable {
    /// Files checked.
    public var files: Int
    /// Errors found.
    public var errors: Int
    /// Warnings found.
    public var warnings: Int
    /// Notes found.
    public var notes: Int
    /// Whether warnings fail the run.
    public var strict: Bool
    /// Whether the run failed.
    public var failed: Bool
    /// The summary line the text format prints.
    public var text: String
  }

  /// The document's format version; it changes only when a field changes meaning.
  public var version: Int
  /// Every checked file.
  public var files: [File]
  /// The counts.
  public var summary: Summary
}

/// Builds and encodes ``JSONReportDocument``.
enum JSONReport {
  /// The document of `report`.
  static func document(_ report: ValidationReport) -> JSONReportDocument {
    let files = report.files.map { file in
      JSONReportDocument.File(
        path: file.path,
        diagnostics: file.diagnostics.map { diagnostic in
          JSONReportDocument.Entry(
            severity: diagnostic.severity.rawValue, id: diagnostic.id,
            message: diagnostic.message, path: diagnostic.path.map(\.description),
            range: diagnostic.range.map { range in
              .init(
                start: .init(line: range.start.line, column: range.start.column),
                end: .init(line: range.end.line, column: range.end.column))
            })
        })
    }
    let summary = JSONReportDocument.Summary(
      files: report.files.count, errors: report.count(.error), warnings: report.count(.warning),
      notes: report.count(.note), strict: report.strict, failed: report.hasFailures,
      text: report.summary)
    return JSONReportDocument(version: 1, files: files, summary: summary)
  }

  /// Pretty, key-sorted JSON, so the same report always gives the same bytes.
  static func render(_ report: ValidationReport) -> String {
    encode(document(report))
  }

  /// The JSON text of any report document, ending with a newline.
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain structs of strings and integers cannot fail; an empty object is a safe
    // answer should Foundation ever disagree.
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
