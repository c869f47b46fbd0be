import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import Testing

/// The helpers format authors use: golden files, conformance laws, dumps and diffs.
@Suite struct BriefingTestingTests {
  @Test func goldenFileOutcomes() throws {
    let dir = try TestRun.temporaryDirectory()
    let path = dir + "/g/case.txt"
    let missing = GoldenFile.check("a\n", path: path, recording: false)
    #expect(missing?.contains("is missing") == true)
    let recorded = GoldenFile.check("a\nb\n", path: path, recording: true)
    #expect(recorded?.contains("recorded golden file") == true, "recording still fails")
    #expect(GoldenFile.check("a\nb\n", path: path, recording: false) == nil)
    let differs = try #require(GoldenFile.check("a\nc\n", path: path, recording: false))
    #expect(differs.contains("-b\n+c"))
  }

  @Test func losslessFormatConforms() {
    let example = Briefing(
      title: InlineText(plain: "Title"), category: "News",
      sections: [.takeaways(TakeawaysSection(items: [InlineText(plain: "one")]))])
    #expect(FormatConformance.problems(LinesFormat(), example: example).isEmpty)
    FormatConformance.check(LinesFormat(), examples: [example])
  }

  @Test func falselyLosslessFormatIsCaughtWithADumpDiff() {
    let example = Briefing(title: InlineText(plain: "Title"), id: "kept-nowhere")
    let problems = FormatConformance.problems(LinesFormat(), example: example)
    #expect(problems.count == 1)
    #expect(problems.first?.contains("-  id: \"kept-nowhere\"\n+  id: none") == true)
  }

  @Test func writeOnlyFormatIsReported() {
    let problems = FormatConformance.problems(
      ShoutFormat(), example: Briefing(title: InlineText(plain: "x")))
    #expect(problems == ["format 'shout' needs both a reader and a writer for round trips"])
  }

  @Test func dumpShowsEveryFieldAndEscapesLookAlikes() {
    let briefing = Briefing(
      title: InlineText([.text("Non\u{2011}binding"), .emphasis([.text("a\u{A0}b")])]),
      tags: ["x"],
      engagement: Engagement(reactions: [Reaction(label: "Useful", count: 1, total: 2)]),
      sections: [
        .questions(
          QuestionsSection(items: [
            Question(
              question: InlineText(plain: "Why?"),
              answer: BlockText([.paragraph([.text("Because \"so\"")])]), expanded: true)
          ]))
      ],
      extensions: ["x-rank": .array([.integer(1), .null])])
    let expected = """
      briefing
        version: 1
        title: inlines
          text "Non\\u{2011}binding"
          emphasis
            text "a\\u{A0}b"
        category: none
        id: none
        summary: none
        published: none
        updated: none
        source: none
        authors: []
        tags:
          - "x"
        language: none
        engagement:
          reactions:
            reaction
              label: "Useful"
              count: 1
              total: 2
              extensions: {}
          loginRequired: false
          extensions: {}
        sections:
          questions
            title: none
            items:
              question
                question: inlines
                  text "Why?"
                answer: blocks
                  paragraph
                    text "Because \\"so\\""
                expanded: true
                id: none
                extensions: {}
            extensions: {}
        extensions:
          "x-rank": array
            - integer 1
            - null

      """
    #expect(BriefingDump.dump(briefing) == expected)
  }

  @Test func diffShortensLongUnchangedRuns() {
    let old = (1...20).map(String.init).joined(separator: "\n")
    let new = old.replacingOccurrences(of: "\n10\n", with: "\nten\n")
    let diff = LineDiff.unified(old, new, context: 2)
    #expect(diff.contains("-10\n+ten"))
    #expect(diff.contains("@@ 7 unchanged lines @@"))
    #expect(!diff.contains(" 3\n"))
  }
}
