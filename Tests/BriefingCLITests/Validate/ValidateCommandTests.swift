import BriefingCLI
import BriefingCore
import Foundation
import Testing

private let clean = "briefing: 1\ntitle: T\nsections: []\n"
private let warning = "briefing: 1\ntitle: T\nlanguage: en_US\nsections: []\n"
private let error = "briefing: 1\ntitle: T\nid: Not A Slug\nsections: []\n"

/// `briefing validate`: exit codes, output selection, --strict, --quiet.
@Suite struct ValidateCommandTests {
  @Test func exitCodesSeparateCleanProblemsUsageAndMissingInput() throws {
    let sandbox = try ValidateSandbox([
      "clean.yaml": clean, "warn.yaml": warning, "bad.yaml": error, "notes.unknown": "x",
    ])
    defer { sandbox.remove() }
    #expect(try sandbox.run(["validate", "clean.yaml"]).status == 0)
    #expect(try sandbox.run(["validate", "warn.yaml"]).status == 0)
    #expect(try sandbox.run(["validate", "bad.yaml"]).status == 1)
    #expect(try sandbox.run(["validate", "warn.yaml", "--strict"]).status == 1)
    #expect(try sandbox.run(["validate", "--format", "xml", "clean.yaml"]).status == 64)
    #expect(try sandbox.run(["validate", "notes.unknown"]).status == 64)
    #expect(try sandbox.run(["validate", "--from", "yml", "notes.unknown"]).status == 1)
    #expect(try sandbox.run(["validate", "missing.yaml"]).status == 66)
    #expect(try sandbox.run(["validate"]).status == 64)
    let noMatch = try sandbox.run(["validate", "drafts/**/*.yaml"])
    #expect(noMatch.status == 66)
    #expect(noMatch.standardError.contains("validate.no-files"))
  }

  @Test func textOutputEndsWithTheSummaryAndQuietDropsItAndWarnings() throws {
    let sandbox = try ValidateSandbox(["warn.yaml": warning, "bad.yaml": error])
    defer { sandbox.remove() }
    let full = try sandbox.run(["validate", ".", "--color", "never"])
    #expect(full.standardOutput.hasSuffix("2 files checked, 1 error, 1 warning\n"))
    #expect(full.standardOutput.contains("bad.yaml:3:5: error:"))
    #expect(full.standardOutput.contains("[rule.language-tag]"))
    #expect(!full.standardOutput.contains("\u{1B}["))
    let quiet = try sandbox.run(["validate", ".", "--quiet", "--color", "never"])
    #expect(quiet.status == 1)
    #expect(quiet.standardOutput.contains("[rule.id-not-slug]"))
    #expect(!quiet.standardOutput.contains("rule.language-tag"))
    #expect(!quiet.standardOutput.contains("checked"))
    let colored = try sandbox.run(["validate", "bad.yaml", "--color", "always"])
    #expect(colored.standardOutput.contains("\u{1B}["))
  }

  @Test func githubFormatUnderGitHubActionsAndNoColorHonoured() throws {
    let sandbox = try ValidateSandbox(["bad.yaml": error])
    defer { sandbox.remove() }
    let github = try sandbox.run(["validate", "bad.yaml"], environment: ["GITHUB_ACTIONS": "true"])
    #expect(github.standardOutput.contains("::error "))
    let explicit = try sandbox.run(
      ["validate", "bad.yaml", "--format", "json"], environment: ["GITHUB_ACTIONS": "true"])
    #expect(explicit.standardOutput.hasPrefix("{"))
    let noColor = try sandbox.run(["validate", "bad.yaml"], environment: ["NO_COLOR": "1"])
    #expect(!noColor.standardOutput.contains("\u{1B}["))
  }

  @Test func anUnreadableFileExits66AfterTheOthersAreChecked() throws {
    let sandbox = try ValidateSandbox(["bad.yaml": error])
    defer { sandbox.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.root + "/gone.yaml", withDestinationPath: sandbox.root + "/nowhere.yaml")
    let outcome = try sandbox.run(["validate", ".", "--format", "json"])
    #expect(outcome.status == 66)
    let document = try JSONDecoder().decode(
      JSONReportDocument.self, from: Data(outcome.standardOutput.utf8))
    #expect(document.files.map(\.path) == ["bad.yaml", "gone.yaml"])
    #expect(document.files[0].diagnostics.map(\.id) == ["rule.id-not-slug"])
    #expect(document.files[1].diagnostics.map(\.id) == ["cli.input-unreadable"])
  }

  @Test func standardInputNeedsFrom() throws {
    let sandbox = try ValidateSandbox()
    defer { sandbox.remove() }
    #expect(try sandbox.run(["validate", "-"], input: error).status == 64)
    let outcome = try sandbox.run(
      ["validate", "-", "--from", "yaml", "--format", "json"], input: error)
    #expect(outcome.status == 1)
    #expect(
      outcome.standardOutput.contains("\"path\" : \"-\"")
        || outcome.standardOutput.contains("\"path\":\"-\""))
  }

  @Test func everyFormatInTheBrokenFixturesIsChecked() throws {
    let (document, outcome) = try ValidateSandbox(git: false).report(
      [TestRun.packageRoot + "/Tests/Fixtures/broken"])
    #expect(outcome.status == 1)
    let extensions = Set(
      document.files.map { $0.path.split(separator: ".").last.map(String.init) ?? "" })
    #expect(extensions.isSuperset(of: ["yaml", "json", "html", "txt"]))
    #expect(document.files.allSatisfy { !$0.diagnostics.isEmpty })
    let syntax = document.files.first { $0.path.hasSuffix("syntax.yaml") }
    #expect(syntax.map { $0.diagnostics.map(located) } == ["yaml.syntax@3:9"])
  }

  @Test func htmlAndMarkdownLocateWhatTheirReadersMap() throws {
    let sandbox = try ValidateSandbox()
    defer { sandbox.remove() }
    let broken = TestRun.packageRoot + "/Tests/Fixtures/broken/"
    let (document, _) = try sandbox.report([broken + "content.html", broken + "content.md"])
    let html = document.files[0].diagnostics.map(located)
    // HTML: values written as text point between their tags, values held in attributes at the
    // attribute's value, containers at their element.
    #expect(html.contains("rule.reaction-count-exceeds-total@52:160"))
    #expect(html.contains("rule.empty-takeaways@58:1"))
    #expect(html.contains("rule.identical-questions@72:10"))
    #expect(html.contains("rule.duplicate-question-id@71:66"))
    #expect(html.contains("rule.unanswered-question@79:1"))
    #expect(html.contains("rule.date-format@96:126"))
    #expect(html.contains("rule.language-tag@46:85"))
    // Markdown: front matter values exactly; body items at their own text.
    let markdown = document.files[1].diagnostics.map(located)
    #expect(markdown.contains("rule.reaction-count-exceeds-total@14:14"))
    #expect(markdown.contains("rule.language-tag@10:11"))
    #expect(markdown.contains("rule.empty-takeaways@32:1"))
    #expect(markdown.contains("rule.identical-questions@50:10"))
    #expect(markdown.contains("rule.answer-repeats-question@52:1"))
    #expect(markdown.contains("rule.unanswered-question@56:1"))
    #expect(markdown.contains("rule.stray-thematic-break@66:1"))
    #expect(markdown.contains("rule.date-format@78:18"))
  }

  @Test func rulesAndExplain() throws {
    let sandbox = try ValidateSandbox()
    defer { sandbox.remove() }
    let table = try sandbox.run(["rules"])
    #expect(table.status == 0)
    let catalog = CommandContext(registry: BuiltInFormats.registry(), environment: [:]).catalog
    for info in catalog.all { #expect(table.standardOutput.contains(info.id)) }
    let json = try sandbox.run(["rules", "--json", "--category", "content"])
    let decoded = try JSONDecoder().decode([RuleInfo].self, from: Data(json.standardOutput.utf8))
    #expect(decoded.map(\.id) == ContentRule.all.map(\.id).sorted())
    let explain = try sandbox.run(["explain", "rule.unsafe-url"])
    #expect(explain.status == 0)
    #expect(explain.standardOutput.contains("Fails:"))
    #expect(explain.standardOutput.contains("default severity: error"))
    let typo = try sandbox.run(["explain", "rule.unsafe-urls"])
    #expect(typo.status == 64)
    #expect(typo.standardError.contains("did you mean 'rule.unsafe-url'?"))
  }
}
