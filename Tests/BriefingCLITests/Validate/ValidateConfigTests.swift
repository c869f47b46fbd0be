import BriefingCLI
import BriefingCore
import Foundation
import Testing

private let twoProblems =
  "briefing: 1\ntitle: T\nid: Not A Slug\nlanguage: en_US\nsections: []\n"

/// `.briefing.yml` discovery and severities, excludes, globs and suppression comments.
@Suite struct ValidateConfigTests {
  @Test func nearestConfigWinsAndDiscoveryStopsAtGit() throws {
    let sandbox = try ValidateSandbox([
      "a.yaml": twoProblems,
      "team/b.yaml": twoProblems,
      "team/.briefing.yml": "rules:\n  rule.id-not-slug: off\n  rule.language-tag: error\n",
      "team/nested/c.yaml": twoProblems,
    ])
    defer { sandbox.remove() }
    // A config above the .git directory must not apply.
    try Data("rules:\n  rule.language-tag: off\n".utf8).write(
      to: URL(
        fileURLWithPath: (sandbox.root as NSString).deletingLastPathComponent
          + "/.briefing.yml.not-used"))
    let (document, outcome) = try sandbox.report(["."])
    #expect(outcome.status == 1)
    let byFile = Dictionary(
      uniqueKeysWithValues: document.files.map {
        ($0.path, $0.diagnostics.map { "\($0.id):\($0.severity)" })
      })
    #expect(byFile["a.yaml"] == ["rule.id-not-slug:error", "rule.language-tag:warning"])
    #expect(byFile["team/b.yaml"] == ["rule.language-tag:error"])
    #expect(byFile["team/nested/c.yaml"] == ["rule.language-tag:error"])
  }

  @Test func explicitConfigAndOptionForm() throws {
    let sandbox = try ValidateSandbox([
      "a.yaml": twoProblems,
      "ci.yml": "rules:\n  rule.id-not-slug: {severity: note}\n  rule.language-tag: off\n",
    ])
    defer { sandbox.remove() }
    let (document, outcome) = try sandbox.report(["a.yaml", "--config", "ci.yml"])
    #expect(outcome.status == 0)
    #expect(
      document.files.first?.diagnostics.map { "\($0.id):\($0.severity)" } == [
        "rule.id-not-slug:note"
      ])
  }

  @Test func configErrorsExit64WithPositionAndSuggestion() throws {
    let sandbox = try ValidateSandbox([
      "a.yaml": twoProblems,
      ".briefing.yml": "rules:\n  rule.languge-tag: off\n  rule.unsafe-url: loud\nexclud: []\n",
    ])
    defer { sandbox.remove() }
    let outcome = try sandbox.run(["validate", "a.yaml"])
    #expect(outcome.status == 64)
    #expect(outcome.standardOutput.isEmpty)
    let lines = outcome.standardError.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines[0].hasSuffix(
        ".briefing.yml:2:3: error: unknown rule 'rule.languge-tag'; did you mean 'rule.language-tag'?; 'briefing rules' lists them [config.unknown-rule]"
      ))
    #expect(lines[1].contains(".briefing.yml:3:20: error: 'loud' is not a level"))
    #expect(lines[2].contains(".briefing.yml:4:1: error: unknown key 'exclud'"))
    #expect(lines[2].contains("did you mean 'exclude'?"))
    let broken = try ValidateSandbox(["a.yaml": twoProblems, ".briefing.yml": "rules: [\n"])
    defer { broken.remove() }
    let syntax = try broken.run(["validate", "a.yaml"])
    #expect(syntax.status == 64)
    #expect(syntax.standardError.contains("[config.syntax]"))
  }

  @Test func excludesFromConfigIgnoreFileAndCommandLine() throws {
    let sandbox = try ValidateSandbox([
      "keep/a.yaml": twoProblems,
      "drafts/b.yaml": twoProblems,
      "old/c.json": "{}",
      "vendor/d.yaml": twoProblems,
      "vendor/keep.yaml": twoProblems,
      ".briefing.yml": "exclude:\n  - drafts/\n",
      ".briefingignore": "# generated\n*.json\nvendor/*\n!vendor/keep.yaml\n",
    ])
    defer { sandbox.remove() }
    let (document, _) = try sandbox.report(["."])
    #expect(document.files.map(\.path) == ["keep/a.yaml", "vendor/keep.yaml"])
    let (narrowed, _) = try sandbox.report([".", "--exclude", "keep"])
    #expect(narrowed.files.map(\.path) == ["vendor/keep.yaml"])
    // A file named on the command line is checked even when excluded.
    let (explicit, _) = try sandbox.report(["drafts/b.yaml"])
    #expect(explicit.files.map(\.path) == ["drafts/b.yaml"])
  }

  @Test func globsAreExpandedByTheTool() throws {
    let sandbox = try ValidateSandbox([
      "a1.yaml": twoProblems, "a2.yaml": twoProblems, "b.yaml": twoProblems,
      "deep/x/c.yaml": twoProblems, "deep/x/c.json": "{}", ".hidden/d.yaml": twoProblems,
    ])
    defer { sandbox.remove() }
    #expect(try sandbox.report(["a?.yaml"]).0.files.map(\.path) == ["a1.yaml", "a2.yaml"])
    #expect(
      try sandbox.report(["[ab]*.yaml"]).0.files.map(\.path) == ["a1.yaml", "a2.yaml", "b.yaml"])
    #expect(try sandbox.report(["[!a]*.yaml"]).0.files.map(\.path) == ["b.yaml"])
    #expect(
      try sandbox.report(["**/*.yaml"]).0.files.map(\.path) == [
        "a1.yaml", "a2.yaml", "b.yaml", "deep/x/c.yaml",
      ])
    #expect(
      try sandbox.report(["deep/**/c.*"]).0.files.map(\.path) == ["deep/x/c.json", "deep/x/c.yaml"])
    // The same file through two arguments is checked once.
    #expect(
      try sandbox.report(["b.yaml", "*.yaml"]).0.files.map(\.path) == [
        "b.yaml", "a1.yaml", "a2.yaml",
      ])
  }

  @Test func suppressionCommentsInYAML() throws {
    let text = """
      briefing: 1
      title: T
      id: Not A Slug  # briefing-disable-line rule.id-not-slug
      # briefing-disable-next-line
      language: en_US
      published: 2026-13-01 # briefing-disable-line rule.other
      sections: []

      """
    let entries = try diagnostics(of: text, named: "a.yaml")
    #expect(entries.map(located) == ["rule.date-format@6:12"])
    let whole = try diagnostics(
      of: "# briefing-disable-file rule.date-format, rule.id-not-slug\n" + text, named: "a.yaml")
    #expect(whole.isEmpty)
    // In JSON there are no comments: a string that looks like a marker changes nothing.
    let json = try diagnostics(
      of:
        "{\"briefing\": 1, \"title\": \"# briefing-disable-file\", \"id\": \"X Y\", \"sections\": []}",
      named: "a.json")
    #expect(json.map(\.id) == ["rule.id-not-slug"])
  }

  @Test func suppressionCommentsInHTML() throws {
    let sandbox = try ValidateSandbox()
    defer { sandbox.remove() }
    let fixture = try String(
      contentsOfFile: TestRun.packageRoot + "/Tests/Fixtures/broken/content.html", encoding: .utf8)
    try sandbox.write("a.html", fixture)
    let before = try sandbox.report(["a.html"]).0.files.flatMap(\.diagnostics)
    #expect(before.contains { $0.id == "rule.date-format" })
    try sandbox.write(
      "a.html",
      fixture.replacingOccurrences(
        of: "<body>", with: "<body><!-- briefing-disable-file rule.date-format -->"))
    let after = try sandbox.report(["a.html"]).0.files.flatMap(\.diagnostics)
    #expect(!after.contains { $0.id == "rule.date-format" })
    #expect(after.count == before.count - before.filter { $0.id == "rule.date-format" }.count)
  }

  @Test func suppressionCommentsInMarkdown() throws {
    let text = """
      ---
      briefing: 1
      id: Not A Slug  # briefing-disable-line
      language: en_US
      ---

      # T

      <!-- briefing-disable-file rule.heading-level-skipped -->

      ## Notes

      <!-- section: text -->

      ### A

      ##### B

      Text.

      """
    let entries = try diagnostics(of: text, named: "a.md")
    #expect(entries.map(located) == ["rule.language-tag@4:11"])
    let unsuppressed = try diagnostics(
      of: text.replacingOccurrences(of: "briefing-disable", with: "note"), named: "a.md")
    #expect(
      Set(unsuppressed.map(\.id)) == [
        "rule.id-not-slug", "rule.language-tag", "rule.heading-level-skipped",
      ])
  }
}
