import BriefingCore
import BriefingFormats
import Testing
import YAMLFormat

/// Reads `text` as the YAML file `test.yaml`.
func readYAML(_ text: String) -> ReadResult { readYAML(Array(text.utf8)) }

/// Reads `bytes` as the YAML file `test.yaml`.
func readYAML(_ bytes: [UInt8]) -> ReadResult {
  YAMLReader().read(SourceFile(name: "test.yaml", bytes: bytes), options: FormatOptions())
}

/// Reads `text` as `test.yaml` through the pipeline, so reader checks and content rules run
/// as they do for every command.
func checkYAML(_ text: String) -> ReadResult {
  let document = Pipeline().read(
    SourceFile(name: "test.yaml", text: text), as: YAMLFormat(), options: FormatOptions())
  return ReadResult(
    briefing: document.briefing, sourceMap: document.sourceMap, diagnostics: document.diagnostics)
}

/// Writes a briefing as YAML text.
func writeYAML(_ briefing: Briefing, options: FormatOptions = .init()) throws -> String {
  String(decoding: try YAMLWriter().write(briefing, options: options).bytes, as: UTF8.self)
}

/// Expects a diagnostic with this id, path and position; returns it for further checks.
@discardableResult
func expectDiagnostic(
  _ result: ReadResult, _ id: String, path: String?, at position: (Int, Int),
  severity: Diagnostic.Severity = .error, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  let matches = result.diagnostics.filter { $0.id == id }
  guard let diagnostic = matches.first else {
    Issue.record(
      "no \(id) among \(result.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
    return nil
  }
  #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
  #expect(diagnostic.file == "test.yaml", sourceLocation: sourceLocation)
  #expect(diagnostic.path?.description == path, sourceLocation: sourceLocation)
  #expect(
    diagnostic.range?.start.line == position.0, "\(diagnostic.formatted)",
    sourceLocation: sourceLocation)
  #expect(
    diagnostic.range?.start.column == position.1, "\(diagnostic.formatted)",
    sourceLocation: sourceLocation)
  return diagnostic
}
