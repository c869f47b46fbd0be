import BriefingCore
import BriefingFormats
import BriefingTesting
import BriefingYAML
import Foundation
import JSONFormat
import Testing

/// Reads `text` as the JSON file `test.json`.
private func readJSON(_ text: String) -> ReadResult { readJSON(Array(text.utf8)) }

private func readJSON(_ bytes: [UInt8]) -> ReadResult {
  JSONReader().read(SourceFile(name: "test.json", bytes: bytes), options: FormatOptions())
}

/// Reads `text` as `test.json` through the pipeline, where reader checks run for every format.
private func checkJSON(_ text: String) -> ReadResult {
  let document = Pipeline().read(SourceFile(name: "test.json", text: text), as: JSONFormat())
  return ReadResult(
    briefing: document.briefing, sourceMap: document.sourceMap, diagnostics: document.diagnostics)
}

private func writeJSON(_ briefing: Briefing, compact: Bool = false) throws -> String {
  var options = FormatOptions()
  options[JSONFormat.compact] = compact
  return String(decoding: try JSONWriter().write(briefing, options: options).bytes, as: UTF8.self)
}

/// The diagnostic with `id`, checked for file, path and `line:column`.
@discardableResult
private func expectDiagnostic(
  _ result: ReadResult, _ id: String, path: String?, at position: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  guard
    let diagnostic = result.diagnostics.first(where: { $0.id == id && $0.path?.description == path }
    )
  else {
    Issue.record(
      "no \(id) among \(result.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
    return nil
  }
  #expect(diagnostic.file == "test.json", sourceLocation: sourceLocation)
  #expect(diagnostic.path?.description == path, sourceLocation: sourceLocation)
  #expect(
    diagnostic.range?.start.description == position, "\(diagnostic.formatted)",
    sourceLocation: sourceLocation)
  return diagnostic
}

private let packageRoot = PackageFiles.root()

/// The committed examples: the JSON one is the JSON writer's output for the YAML one's model.
@Suite struct JSONExampleTests {
  static let yaml = packageRoot.appendingPathComponent("Examples/apec-som1.yaml")
  static let json = packageRoot.appendingPathComponent("Examples/apec-som1.json")

  private func yamlModel() throws -> Briefing {
    let tree = try #require(YAMLComposer().compose(Array(try Data(contentsOf: Self.yaml))).tree)
    let result = TreeDecoder(file: "apec-som1.yaml").decode(tree)
    #expect(result.diagnostics.isEmpty)
    return try #require(result.briefing)
  }

  @Test func exampleIsTheWritersOutput() throws {
    assertGolden(try writeJSON(try yamlModel()), path: Self.json.path)
  }

  @Test func exampleReadsBackToTheYAMLModel() throws {
    let result = readJSON(Array(try Data(contentsOf: Self.json)))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    #expect(result.briefing == (try yamlModel()))
    let text = try String(contentsOf: Self.json, encoding: .utf8)
    #expect(
      text.contains("Asia\u{2011}Pacific") && text.contains("Feb. 1–10")
        && text.contains("“America First”"))
  }

  @Test func compactOutputReadsBackEqual() throws {
    let model = try yamlModel()
    let text = try writeJSON(model, compact: true)
    #expect(text.hasPrefix(#"{"briefing":1,"title":"#))
    #expect(readJSON(text).briefing == model)
  }

  @Test func descriptor() {
    let descriptor = JSONFormat().descriptor
    #expect(descriptor.name == "json" && descriptor.fileExtensions == ["json"])
    #expect(descriptor.mediaType == "application/json" && descriptor.isLossless)
    #expect(descriptor.options.map(\.name) == ["compact"])
  }
}

/// Bad JSON input of every kind: each gives a diagnostic with id, path and line:column.
@Suite struct JSONFormatDiagnosticsTests {
  @Test func invalidJSON() {
    let result = readJSON("{\"briefing\": 1,\n \"title\": \"T\",,\n}")
    #expect(result.briefing == nil)
    expectDiagnostic(result, "json.syntax", path: nil, at: "2:15")
  }

  @Test func wrongTypesAreNotCoerced() {
    let result = readJSON(
      #"{"briefing": 1, "title": 2026, "sections": [], "engagement": {"loginRequired": "yes"}}"#)
    let title = expectDiagnostic(result, "schema.type", path: "/title", at: "1:26")
    #expect(title?.message == "'title' should be a string, not an integer")
    expectDiagnostic(result, "schema.type", path: "/engagement/loginRequired", at: "1:80")
  }

  @Test func quotedNumbersAndBooleansAreNamed() {
    let result = readJSON(
      #"{"briefing": 1, "title": "T", "sections": [], "engagement": {"loginRequired": "true", "#
        + #""reactions": [{"label": "A", "count": "-3", "total": "007"}]}}"#)
    let login = expectDiagnostic(
      result, "schema.type", path: "/engagement/loginRequired", at: "1:79")
    #expect(login?.message.hasSuffix("; remove the quotes around 'true'") == true)
    let count = expectDiagnostic(
      result, "schema.type", path: "/engagement/reactions/0/count", at: "1:125")
    #expect(count?.message.hasSuffix("; remove the quotes around '-3'") == true)
    // Unquoted, 007 would not be JSON either, so the quotes are not the problem to name.
    let total = expectDiagnostic(
      result, "schema.type", path: "/engagement/reactions/0/total", at: "1:140")
    #expect(total?.message == "'total' should be a whole number, not a string")
  }

  @Test func missingTitle() {
    expectDiagnostic(
      readJSON(#"{"briefing": 1, "sections": []}"#), "schema.missing-key", path: "/title", at: "1:1"
    )
  }

  @Test func unknownKeyWithHint() {
    let result = readJSON(#"{"briefing": 1, "titel": "T", "sections": []}"#)
    let diagnostic = expectDiagnostic(result, "schema.unknown-key", path: "/titel", at: "1:17")
    #expect(diagnostic?.message.hasSuffix("did you mean 'title'?") == true)
  }

  @Test func reactionRules() {
    let json = """
      {"briefing": 1, "title": "T", "sections": [], "engagement": {"reactions": [
        {"label": "A", "count": 3, "total": 2},
        {"label": "A"}]}}
      """
    let result = checkJSON(json)
    expectDiagnostic(
      result, "rule.reaction-count-exceeds-total", path: "/engagement/reactions/0/count", at: "2:27"
    )
    expectDiagnostic(
      result, "rule.duplicate-reaction-label", path: "/engagement/reactions/1/label", at: "3:13")
  }

  @Test func unsupportedVersion() {
    let result = readJSON(#"{"briefing": 2, "title": "T", "sections": []}"#)
    expectDiagnostic(result, "schema.version", path: "/briefing", at: "1:14")
  }

  @Test func duplicateKeys() {
    let result = readJSON(#"{"briefing": 1, "title": "T", "sections": [], "title": "U"}"#)
    expectDiagnostic(result, "schema.duplicate-key", path: "/title", at: "1:47")
  }

  @Test func tenThousandLevelsOfNesting() {
    let result = readJSON(
      String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
    #expect(result.briefing == nil)
    #expect(result.diagnostics.first?.id == "json.depth-limit")
    #expect(result.diagnostics.first?.file == "test.json")
  }

  @Test func invalidUTF8() {
    let result = readJSON(Array(#"{"title": "caf"#.utf8) + [0xE9, 0x22, 0x7D])
    #expect(result.briefing == nil)
    #expect(result.diagnostics.first?.id == "json.encoding")
    #expect(result.diagnostics.first?.range?.start.description == "1:15")
  }

  @Test func emptyFile() {
    let result = readJSON("")
    #expect(result.briefing == nil)
    expectDiagnostic(result, "json.empty", path: nil, at: "1:1")
  }
}

/// A large briefing (over 1 MB) writes and reads back equal. Speed is measured by the
/// Benchmarks package, not here: tests assert results, never timings.
@Suite struct JSONLargeDocumentTests {
  @Test func largeBriefingReadsBackEqual() throws {
    let briefing = Fixtures.large(questions: 2_400)
    let text = try writeJSON(briefing)
    #expect(text.utf8.count > 1_000_000)
    let result = readJSON(text)
    #expect(result.briefing == briefing, "the large briefing did not read back equal")
  }
}
