import BriefingCore
import BriefingFormats
import Foundation
import Testing

@testable import BriefingCLI

/// The five report formats on a small hand-made report: counts, escaping, positions, paths.
@Suite struct ReportRenderingTests {
  static let yaml = "briefing: 1\ntitel: Hello\nsections: []\n"

  static func range(_ line: Int, _ column: Int, _ endColumn: Int) -> SourceRange {
    SourceRange(
      start: RichText.SourceLocation(line: line, column: column),
      end: RichText.SourceLocation(line: line, column: endColumn))
  }

  /// One file with an error and a warning, one clean file.
  static func sample(strict: Bool = false) -> ValidationReport {
    let unknown = Diagnostic(
      .error, "schema.unknown-key", "unknown key 'titel' in the briefing; did you mean 'title'?",
      range: range(2, 1, 6), path: DocumentPath([.key("titel")]))
    let coerced = Diagnostic(
      .warning, "schema.coerced", "value, with a comma: and 100% <odd> & \"quoted\"\nsecond line",
      range: range(1, 11, 12), path: DocumentPath([.key("briefing")]))
    return ValidationReport(
      files: [
        .init(path: "notes/a.yaml", diagnostics: [unknown, coerced], source: Array(yaml.utf8)),
        .init(path: "notes/b, c.yaml", diagnostics: [], source: []),
      ], strict: strict)
  }

  @Test func summaryCountsAndPluralises() {
    #expect(Self.sample().summary == "2 files checked, 1 error, 1 warning")
    #expect(
      ValidationReport(files: [.init(path: "a", diagnostics: [])]).summary
        == "no problems in 1 file")
    #expect(Self.sample(strict: true).summary.hasSuffix("(warnings fail under --strict)"))
    var quiet = Self.sample()
    quiet.quiet = true
    #expect(!render(quiet, as: .text, rules: [], color: false).contains("checked"))
  }

  @Test func strictMakesWarningsFail() {
    var report = Self.sample()
    report.files[0].diagnostics.removeFirst()
    #expect(!report.hasFailures)
    report.strict = true
    #expect(report.hasFailures)
  }

  @Test func textHasLocationPathSnippetAndSummary() {
    let text = render(Self.sample(), as: .text, rules: [], color: false)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines.first
        == "notes/a.yaml:2:1: error: unknown key 'titel' in the briefing; did you mean 'title'? "
        + "[schema.unknown-key]")
    #expect(lines.contains("  at /titel"))
    #expect(lines.contains("  2 | titel: Hello"))
    #expect(lines.contains("    | ^~~~~"))
    #expect(text.hasSuffix("2 files checked, 1 error, 1 warning\n"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func colourWrapsSeverityAndSummaryOnly() {
    let text = render(Self.sample(), as: .text, rules: [], color: true)
    #expect(
      text.contains("\u{1B}[1mnotes/a.yaml:2:1\u{1B}[0m: \u{1B}[1;31merror:\u{1B}[0m unknown"))
    #expect(text.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
    #expect(text.hasSuffix("\u{1B}[1;31m2 files checked, 1 error, 1 warning\u{1B}[0m\n"))
  }

  @Test func jsonDecodesBackWithPositionsAndPaths() throws {
    let text = render(Self.sample(), as: .json, rules: [], color: false)
    let document = try JSONDecoder().decode(JSONReportDocument.self, from: Data(text.utf8))
    #expect(document.version == 1)
    #expect(document.files.map(\.path) == ["notes/a.yaml", "notes/b, c.yaml"])
    let first = try #require(document.files.first?.diagnostics.first)
    #expect(first.id == "schema.unknown-key" && first.severity == "error")
    #expect(first.path == "/titel")
    #expect(first.range?.start == .init(line: 2, column: 1))
    #expect(first.range?.end == .init(line: 2, column: 6))
    #expect(document.summary.errors == 1 && document.summary.warnings == 1)
    #expect(document.summary.failed && !document.summary.strict)
  }

  @Test func githubCommandsEscapeDataAndProperties() {
    let text = render(Self.sample(), as: .github, rules: [], color: false)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(
      lines[0]
        == "::error file=notes/a.yaml,line=2,col=1,endLine=2,endColumn=5,"
        + "title=schema.unknown-key::unknown key 'titel' in the briefing; did you mean 'title'? "
        + "(at /titel)")
    // A one-column range has no end; the message's % is escaped, `:`/`,` are not, and its
    // line feed is shown as `\u{A}` like any control character (so it cannot start a line).
    #expect(
      lines[1]
        == "::warning file=notes/a.yaml,line=1,col=11,title=schema.coerced::value, with a "
        + #"comma: and 100%25 <odd> & "quoted"\u{A}second line (at /briefing)"#)
    #expect(lines.count == 3)
    #expect(GitHubReport.escapeProperty("b, c:d%\r\n") == "b%2C c%3Ad%25%0D%0A")
  }

  @Test func sarifResultsPointAtTheirRulesAndRegions() throws {
    let rules = [
      RuleInfo(
        id: "schema.unknown-key", defaultSeverity: .error, summary: "an unknown key",
        explanation: "Keys must be known.", category: "schema"),
      RuleInfo(
        id: "rule.unused", defaultSeverity: .warning, summary: "never fires", explanation: "",
        category: "content"),
    ]
    let log = SARIFReport(rules: rules).log(Self.sample())
    let run = try #require(log.runs.first)
    // Only used rules are described; the one missing from the catalog gets a stand-in.
    #expect(run.tool.driver.rules.map(\.id) == ["schema.unknown-key", "schema.coerced"])
    for result in run.results {
      #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId)
    }
    let location = try #require(run.results.first?.locations.first)
    #expect(
      location.physicalLocation.region
        == .init(startLine: 2, startColumn: 1, endLine: 2, endColumn: 6))
    #expect(location.physicalLocation.artifactLocation.uri == "notes/a.yaml")
    #expect(location.physicalLocation.artifactLocation.uriBaseId == "%SRCROOT%")
    #expect(location.logicalLocations?.first?.fullyQualifiedName == "/titel")
    #expect(run.artifacts.map(\.location.uri) == ["notes/a.yaml", "notes/b%2C%20c.yaml"])
    #expect(run.results.map(\.level) == ["error", "warning"])
    let text = render(Self.sample(), as: .sarif, rules: rules, color: false)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(json["version"] as? String == "2.1.0")
    #expect((json["$schema"] as? String)?.contains("sarif-schema-2.1.0.json") == true)
  }

  @Test func sarifURIsForAbsoluteAndDottedPaths() {
    #expect(
      SARIFReport.artifactLocation("/tmp/ä b.yaml", index: nil).uri == "file:///tmp/%C3%A4%20b.yaml"
    )
    let relative = SARIFReport.artifactLocation("./x/y.json", index: 0)
    #expect(relative.uri == "x/y.json" && relative.index == 0)
  }

  @Test func junitFailsErrorsAndKeepsWarningsAsOutput() {
    let text = render(Self.sample(), as: .junit, rules: [], color: false)
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
    #expect(text.contains("<testsuites name=\"briefing validate\" tests=\"3\" failures=\"1\""))
    #expect(text.contains("<testcase classname=\"notes/a.yaml\" name=\"schema.unknown-key\">"))
    #expect(text.contains("<testcase classname=\"notes/b, c.yaml\" name=\"valid\"/>"))
    #expect(
      text.contains(
        "<system-out>notes/a.yaml:1:11: warning: value, with a comma: and 100% "
          + #"&lt;odd&gt; &amp; "quoted"\u{A}second line"#))
    let strict = render(Self.sample(strict: true), as: .junit, rules: [], color: false)
    #expect(strict.contains("failures=\"2\""))
    #expect(
      JUnitReport.escape("a\u{1}b\u{FFFF}\n'\"") == #"a\u{1}b"# + "\u{FFFD}" + #"\u{A}'&quot;"#)
    #expect(JUnitReport.escape("'\"\n", inAttribute: false) == "'\"\n")
  }
}
