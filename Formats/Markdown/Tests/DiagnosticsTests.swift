import BriefingCore
import MarkdownFormat
import Testing

/// Problems reported with the line and column of the `.md` file.
@Suite("Markdown diagnostics")
struct DiagnosticsTests {
  @Test func frontMatterYAMLErrorsKeepTheirFileLine() {
    // Line 3 of the file is line 2 of the YAML.
    let result = Support.read("---\nbriefing: 1\ncategory: [unclosed\n---\n\n# T\n")
    let yaml = result.diagnostics.first { $0.id.hasPrefix("yaml.") }
    #expect(yaml != nil)
    #expect((yaml?.range?.start.line ?? 0) >= 3)
    #expect(yaml?.file == "test.md")
  }

  @Test func frontMatterSchemaErrorsPointAtTheKey() {
    let result = Support.read("---\nbriefing: 1\ncategroy: News\n---\n\n# T\n")
    #expect(Support.problems(result) == ["3:1 schema.unknown-key"])
    #expect(
      result.diagnostics.first { $0.id == "schema.unknown-key" }?.message.contains("category")
        == true)
  }

  @Test func bodyProblemsCountFrontMatterLines() {
    let text = """
      ---
      briefing: 1
      ---

      # T

      ## Key takeaways

      - one

      > a stray quote

      ## FAQ

      <details>
      <summary>Never closed?</summary>

      Answer.
      """
    let result = Support.read(text)
    #expect(
      Support.problems(result) == ["11:1 markdown.stray-content", "15:1 markdown.unclosed-details"])
  }

  @Test func strayContentInQuestionsSection() {
    let result = Support.read("# T\n\n## FAQ\n\nIntro text.\n\n### Q?\n\nA.\n")
    #expect(Support.problems(result) == ["5:1 markdown.stray-content"])
    #expect(
      result.diagnostics.first { $0.id == "markdown.stray-content" }?.message.contains("line 5")
        == true)
  }

  @Test func missingTitleAndBadMarker() {
    let result = Support.read("---\ncategory: x\n---\n## A\n\n<!-- section: nonsense -->\n\ntext\n")
    #expect(Support.problems(result) == ["6:1 markdown.marker", "4:1 markdown.no-title"])
  }

  @Test func unclosedFrontMatter() {
    let result = Support.read("---\nbriefing: 1\n\n# T\n")
    #expect(Support.problems(result).first == "1:1 markdown.front-matter-unclosed")
  }

  @Test func detailsWithoutSummary() {
    let result = Support.read("# T\n\n## FAQ\n\n<details>\n\nAnswer.\n\n</details>\n")
    #expect(Support.problems(result) == ["5:1 markdown.details-summary"])
  }
}
