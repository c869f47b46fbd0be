import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import Testing

@testable import BriefingCLI

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `briefing validate Tests/Fixtures/broken --format F` for every report format, against the
/// reviewed files in `Golden/validate.F`. Run from the package root, so paths in the output are
/// the repository-relative ones CI would print. `Tests/Scripts/check_sarif.py` checks the SARIF
/// golden against the official SARIF 2.1.0 schema.
@Suite struct ReportGoldenTests {
  static let goldenDirectory = TestRun.packageRoot + "/Tests/BriefingCLITests/Golden"

  static func validate(_ format: ReportFormat) throws -> RunOutcome {
    try TestRun.run(
      ["validate", "Tests/Fixtures/broken", "--format", format.rawValue, "--color", "never"],
      in: TestRun.packageRoot)
  }

  @Test(arguments: ReportFormat.allCases)
  func goldenOutput(format: ReportFormat) throws {
    let outcome = try Self.validate(format)
    #expect(outcome.status == 1, "the broken fixtures must fail validation")
    #expect(outcome.standardError == "")
    assertGolden(
      outcome.standardOutput, path: Self.goldenDirectory + "/validate.\(format.rawValue)")
  }

  @Test func everyFormatReportsTheSameCounts() throws {
    let json = try Self.validate(.json)
    let document = try JSONDecoder().decode(
      JSONReportDocument.self, from: Data(json.standardOutput.utf8))
    #expect(document.summary.errors > 0)
    let ids = document.files.flatMap { $0.diagnostics.map(\.id) }
    let text = try Self.validate(.text).standardOutput
    #expect(text.hasSuffix(document.summary.text + "\n"))
    let github = try Self.validate(.github).standardOutput
    #expect(github.split(separator: "\n").count(where: { $0.hasPrefix("::") }) == ids.count)
    let sarif = try Self.validate(.sarif).standardOutput
    let log = try JSONDecoder().decode(SARIFLog.self, from: Data(sarif.utf8))
    #expect(log.runs.first?.results.map(\.ruleId) == ids)
    #expect(log.runs.first?.artifacts.count == document.files.count)
    // Every rule the fixtures trigger is described by the catalog, not by a stand-in.
    let catalog = CommandContext(registry: BuiltInFormats.registry(), environment: [:]).catalog
    for rule in log.runs.first?.tool.driver.rules ?? [] {
      #expect(catalog.info(for: rule.id) != nil, "'\(rule.id)' is missing from the catalog")
    }
  }

  @Test func diagnosticsCarryPositionsAndPathsInEveryFile() throws {
    let json = try Self.validate(.json)
    let document = try JSONDecoder().decode(
      JSONReportDocument.self, from: Data(json.standardOutput.utf8))
    for file in document.files {
      let unplaced = file.diagnostics.filter { $0.range == nil }.map(\.id)
      #expect(unplaced.isEmpty, "\(file.path): \(unplaced) have no position")
    }
  }

  #if canImport(FoundationXML)
    @Test func junitIsWellFormedXMLWithConsistentCounts() throws {
      let text = try Self.validate(.junit).standardOutput
      let document = try XMLDocument(xmlString: text, options: [])
      let root = try #require(document.rootElement())
      #expect(root.name == "testsuites")
      let suites = root.elements(forName: "testsuite")
      #expect(!suites.isEmpty)
      var failures = 0
      for suite in suites {
        let cases = suite.elements(forName: "testcase")
        #expect(suite.attribute(forName: "tests")?.stringValue == String(cases.count))
        let failed = cases.filter { !$0.elements(forName: "failure").isEmpty }.count
        #expect(suite.attribute(forName: "failures")?.stringValue == String(failed))
        failures += failed
      }
      #expect(root.attribute(forName: "failures")?.stringValue == String(failures))
    }
  #endif
}
