import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import RichText
import Testing

@testable import HTMLFormat

@Suite struct HTMLReaderTests {
  @Test func seedRoundTrips() throws {
    let result = HTMLSupport.read(try HTMLSupport.html(Fixtures.seed))
    #expect(result.briefing == Fixtures.seed)
    #expect(!result.diagnostics.hasErrors)
  }

  @Test func checkedInExampleReadsBackToTheSeed() throws {
    let url = HTMLSupport.packageRoot.appendingPathComponent("Examples/apec-som1.html")
    let result = HTMLSupport.read(
      try String(contentsOf: url, encoding: .utf8), name: "Examples/apec-som1.html")
    #expect(result.briefing == Fixtures.seed)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
  }

  @Test func everyFieldAndRichTextRoundTrips() throws {
    let page = try HTMLSupport.html(Fixtures.kitchenSink)
    let back = HTMLSupport.read(page).briefing
    #expect(back == Fixtures.kitchenSink)
    if let back, back != Fixtures.kitchenSink {
      for (a, b) in zip(back.sections, Fixtures.kitchenSink.sections) where a != b {
        Issue.record("section differs: \(a)\nvs \(b)")
      }
    }
    // The common rich text is carried by the visible markup alone, not by the exact-tree backup.
    #expect(!page.contains("data-briefing-rich"))
  }

  @Test func writeReadWriteIsAFixedPoint() throws {
    let first = try HTMLSupport.html(Fixtures.kitchenSink)
    let back = try #require(HTMLSupport.read(first).briefing)
    #expect(try HTMLSupport.html(back) == first)
  }

  @Test func markupTheRendererCannotShowIsCarriedExactly() throws {
    let blocks: [Block] = [
      .list(
        ListBlock(
          kind: .bullet(marker: UInt8(ascii: "*")), isTight: true,
          items: [[.paragraph([.text("star")])]])),
      .codeBlock(CodeBlock(info: "", literal: "indented\n", isFenced: false)),
      .paragraph([
        .text("two  spaces and a\nnewline "),
        .link(Link(destination: "https://x.org/a b", content: [.text("sp")])),
      ]),
    ]
    let briefing = Briefing(title: InlineText([.text(" padded ")]), summary: BlockText(blocks))
    let page = try HTMLSupport.html(briefing)
    #expect(page.contains("data-briefing-rich"))
    #expect(HTMLSupport.read(page).briefing == briefing)
  }

  @Test func sourceMapAndLineNumbers() throws {
    let result = HTMLSupport.read(try HTMLSupport.html(Fixtures.seed))
    let title = try #require(result.sourceMap[DocumentPath.root.appending("title")])
    let page = try HTMLSupport.html(Fixtures.seed)
    let lineOfH1 = page.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.hasPrefix("<h1")
    }.map { $0 + 1 }
    #expect(title.start.line == lineOfH1)
    #expect(result.sourceMap[DocumentPath.root.appending("sections").appending(1)] != nil)
  }

  @Test func syntaxProblemsAreReportedWithLines() {
    let page =
      "<html><body><article>\n<h1>T</h1>\n<p>a &bogus b</p>\n<p><b>x</i></p></article></body></html>"
    let result = HTMLSupport.read(page)
    #expect(result.briefing?.title == InlineText(plain: "T"))
    let syntax = result.diagnostics.filter { $0.id == "html.syntax" }
    #expect(!syntax.isEmpty)
    #expect(syntax.allSatisfy { ($0.range?.start.line ?? 0) >= 3 && $0.file == "page.html" })
    #expect(
      !result.diagnostics.contains { $0.message.contains("article") },
      "HTML5 tags must not be reported")
  }

  @Test(arguments: [
    #"[{"t":"Heading","level":99,"c":[]}]"#, #"[{"t":"Heading","level":0,"c":[]}]"#,
    #"[{"t":"BulletList","marker":"0","tight":true,"c":[[{"t":"Paragraph","c":[]}]]}]"#,
    #"[{"t":"OrderedList","start":1,"delimiter":":","c":[[{"t":"Paragraph","c":[]}]]}]"#,
    #"[["p",["the pre-AST form"]]]"#,
  ])
  func editedRichDataOutsideTheModelIsRefused(json: String) {
    let attribute = json.replacingOccurrences(of: "\"", with: "&quot;")
    let page =
      "<article class=\"briefing\" data-briefing=\"1\"><h1>T</h1>"
      + "<div class=\"briefing-summary\" data-briefing-rich=\"\(attribute)\"><p>shown</p></div>"
      + "</article>"
    let result = HTMLSupport.read(page)
    #expect(result.diagnostics.map(\.id) == ["html.bad-data"])
    #expect(result.briefing?.summary == BlockText([.paragraph([.text("shown")])]))
  }

  @Test func pageWithoutHeadlineIsAnError() {
    let result = HTMLSupport.read("<main><p>No headline here</p></main>")
    #expect(result.briefing == nil)
    #expect(result.diagnostics.map(\.id) == ["html.missing-title"])
    #expect(result.diagnostics.first?.range?.start.line == 1)
  }

  @Test func deepNestingIsBoundedNotFatal() {
    let depth = 100_000
    let page =
      "<article><h1>Deep</h1>" + String(repeating: "<div>", count: depth) + "x"
      + String(repeating: "</div>", count: depth) + "</article>"
    let result = HTMLSupport.read(page)
    #expect(result.briefing?.title == InlineText(plain: "Deep"))
    #expect(result.diagnostics.contains { $0.id == "html.depth-limit" })
  }

  @Test func garbageNeverCrashes() {
    let inputs = [
      "", "\0\0\0", "<", "<<<>>>", String(repeating: "<details><summary>", count: 5000),
      "\u{FEFF}<h1>\u{FFFF}</h1>", "<article><h1></h1><h2>Key takeaways</h2><ul><li></ul>",
    ]
    for input in inputs { _ = HTMLSupport.read(input) }
    #expect(HTMLSupport.read("<article><h1></h1></article>").briefing?.title == InlineText([]))
  }
}
