import BriefingCore
import BriefingFormats
import OrderedCollections

/// The `json` format's document: stable, versioned, and decodable with `JSONDecoder`.
///
/// ```json
/// {"version": 1, "files": [{"path": "a.yaml", "diagnostics": [{"severity": "error",
///   "id": "schema.unknown-key", "message": "…", "path": "/titel",
///   "range": {"start": {"line": 3, "column": 1}, "end": {"line": 3, "column": 6}}}]}],
///  "summary": {"files": 1, "errors": 1, "warnings": 0, "notes": 0, "strict": false,
///   "failed": true, "text": "1 file checked, 1 error, 0 warnings"}}
/// ```
public struct JSONReportDocument: Decodable, Hashable, Sendable {
  /// A line and column, both 1-based; columns count Unicode scalars.
  public struct Position: Decodable, Hashable, Sendable {
    /// The line.
    public var line: Int
    /// The column.
    public var column: Int
  }

  /// A start and an end position; the end is exclusive.
  public struct Range: Decodable, Hashable, Sendable {
    /// Where it starts.
    public var start: Position
    /// Just after where it ends.
    public var end: Position
  }

  /// One diagnostic.
  public struct Entry: Decodable, Hashable, Sendable {
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
  public struct File: Decodable, Hashable, Sendable {
    /// The file as the user named it.
    public var path: String
    /// Its diagnostics, possibly none.
    public var diagnostics: [Entry]
  }

  /// The counts.
  public struct Summary: Decodable, Hashable, Sendable {
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
    JSONText.write(document(report).jsonValue, style: .report)
  }
}

extension JSONReportDocument {
  /// The document as JSON, absent values left out; the style sorts the keys.
  var jsonValue: JSONValue {
    let files = files.map { file -> JSONValue in
      .object([
        "path": .string(file.path),
        "diagnostics": .array(file.diagnostics.map(\.jsonValue)),
      ])
    }
    return .object([
      "version": .integer(version),
      "files": .array(files),
      "summary": .object([
        "files": .integer(summary.files), "errors": .integer(summary.errors),
        "warnings": .integer(summary.warnings), "notes": .integer(summary.notes),
        "strict": .bool(summary.strict), "failed": .bool(summary.failed),
        "text": .string(summary.text),
      ]),
    ])
  }
}

extension JSONReportDocument.Entry {
  /// The entry as JSON, without `path` and `range` when they are unknown.
  var jsonValue: JSONValue {
    .object(skippingNil: [
      "severity": .string(severity), "id": .string(id), "message": .string(message),
      "path": path.map(JSONValue.string),
      "range": range.map { .object(["start": $0.start.jsonValue, "end": $0.end.jsonValue]) },
    ])
  }
}

extension JSONReportDocument.Position {
  /// `{"line": …, "column": …}`.
  var jsonValue: JSONValue { .object(["line": .integer(line), "column": .integer(column)]) }
}

extension JSONValue {
  /// An object of the members that have a value, as `Codable` leaves out `nil` optionals.
  static func object(skippingNil members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    var object = OrderedDictionary<String, JSONValue>()
    for (key, value) in members { object[key] = value }
    return .object(object)
  }
}
