import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import RichText
import Testing

@testable import HTMLFormat

@Suite struct HTMLWriterTests {
  @Test func seedPageMatchesGoldenAndExample() throws {
    let page = try HTMLSupport.html(Fixtures.seed)
    // The checked-in example is the seed's golden page: one file, not two copies.
    assertGolden(page, path: PackageFiles.path("Examples/apec-som1.html"))
  }

  @Test func richPageMatchesGolden() throws {
    assertGolden(
      try HTMLSupport.html(Fixtures.kitchenSink),
      path: PackageFiles.path("Formats/HTML/Golden/rich.html"))
  }

  @Test func pageHasTheDocumentShape() throws {
    let page = try HTMLSupport.html(Fixtures.seed)
    #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
    #expect(page.contains("<meta charset=\"utf-8\">"))
    #expect(page.contains("<meta name=\"viewport\""))
    #expect(
      page.contains(
        "<title>U.S. Sends Delegation to First APEC 2026 Senior Officials’ Meeting in Guangzhou</title>"
      ))
    #expect(
      page.contains("<meta name=\"description\" content=\"A U.S. team of experts will attend"))
    #expect(page.contains("Interesting</span>: <span class=\"briefing-reaction-count\">0</span>/"))
    #expect(page.contains("<span class=\"briefing-login\">Log in to vote</span>"))
    #expect(page.contains("<section id=\"key-takeaways\""))
    #expect(
      page.contains("<details id=\"what-is-apec-and-what-does-it-do\" class=\"briefing-question\""))
    #expect(page.contains("Only logged-in users can comment."))
    #expect(
      !page.contains(
        "<details id=\"what-is-apec-and-what-does-it-do\" class=\"briefing-question\" open"))
    #expect(page.hasSuffix("</html>\n"))
    // No JavaScript: the only script is the JSON-LD data block.
    #expect(page.components(separatedBy: "<script").count == 2)
  }

  @Test func visibleEngagementTextReadsAsTheSeedDoes() throws {
    let page = try HTMLSupport.html(Fixtures.seed)
    let dom = HTMLDOM.parse(Array(page.utf8)).document
    let engagement = try #require(dom.first { $0.hasClass("briefing-engagement") })
    #expect(engagement.collapsedText == "Interesting: 0/0 • Support: 0/0 Log in to vote")
  }

  @Test func expandedQuestionsAreOpenAndSummaryComesFirst() throws {
    var briefing = Fixtures.seed
    guard case .questions(var questions) = briefing.sections[1] else {
      Issue.record("no questions")
      return
    }
    questions.items[2].expanded = true
    briefing.sections[1] = .questions(questions)
    let dom = HTMLDOM.parse(Array(try HTMLSupport.html(briefing).utf8)).document
    var details: [HTMLNode] = []
    func collect(_ node: HTMLNode) {
      if node.is("details") { details.append(node) }
      node.elements.forEach(collect)
    }
    collect(dom)
    #expect(details.count == 7)
    #expect(
      details.map { $0.attribute("open") != nil } == [
        false, false, true, false, false, false, false,
      ])
    #expect(details.allSatisfy { $0.elements.first?.is("summary") == true })
  }

  @Test func idsAreUniqueAcrossSectionsAndQuestions() throws {
    let item = Question(
      question: InlineText(plain: "Comments"), answer: BlockText(plainParagraphs: ["a"]))
    let briefing = Briefing(
      title: InlineText(plain: "T"),
      sections: [
        .questions(QuestionsSection(title: "Comments", items: [item, item])),
        .comments(CommentsSection()), .text(TextSection(body: BlockText(plainParagraphs: ["x"]))),
      ])
    let page = try HTMLSupport.html(briefing)
    for id in ["comments", "comments-2", "comments-3", "comments-4", "section"] {
      #expect(page.contains("id=\"\(id)\""), "missing id \(id)")
    }
    #expect(HTMLSupport.read(page).briefing == briefing)
  }

  @Test func fragmentIsJustTheArticle() throws {
    let fragment = try HTMLSupport.html(Fixtures.seed, ["fragment": "true"])
    #expect(fragment.hasPrefix("<article class=\"briefing\""))
    #expect(fragment.hasSuffix("</article>\n"))
    #expect(
      !fragment.contains("<html") && !fragment.contains("<script") && !fragment.contains("<style"))
    #expect(HTMLSupport.read(fragment).briefing == Fixtures.seed)
  }

  @Test func userTemplateSeesTheDocumentedVariables() throws {
    let url = HTMLSupport.outputDirectory.appendingPathComponent("template-test.mustache")
    let template = """
      <!doctype html><html lang="{{lang}}"><head><title>{{title}} | {{category}}</title>{{{jsonLD}}}</head>
      <body>{{#sections}}<a href="#">{{title}}</a>{{/sections}}{{{article}}}</body></html>
      """
    try template.write(to: url, atomically: true, encoding: .utf8)
    var briefing = Fixtures.seed
    briefing.category = "Ops & <Updates>"
    let page = try HTMLSupport.html(briefing, ["template": url.path])
    #expect(
      page.contains(
        "<title>U.S. Sends Delegation to First APEC 2026 Senior Officials’ Meeting in Guangzhou | Ops &amp; &lt;Updates&gt;</title>"
      ))
    #expect(
      page.contains(
        "<a href=\"#\">Key takeaways</a><a href=\"#\">Follow Up Questions</a><a href=\"#\">Comments</a>"
      ))
    #expect(page.contains("<script type=\"application/ld+json\">"))
    #expect(HTMLSupport.read(page).briefing == briefing)
  }

  @Test func missingOrBrokenTemplateIsAnError() throws {
    #expect(throws: WriteError.self) {
      try HTMLSupport.html(Fixtures.seed, ["template": "/nonexistent/x.mustache"])
    }
    let url = HTMLSupport.outputDirectory.appendingPathComponent("broken.mustache")
    try "{{#open}} never closed".write(to: url, atomically: true, encoding: .utf8)
    do {
      _ = try HTMLSupport.html(Fixtures.seed, ["template": url.path])
      Issue.record("a broken template was accepted")
    } catch let error as WriteError {
      #expect(error.diagnostics.first?.id == "html.template-syntax")
    }
  }

  @Test func defaultTemplateIsTheOneUsed() throws {
    #expect(HTMLFormat().defaultTemplate.contains("{{{article}}}"))
    let url = HTMLSupport.outputDirectory.appendingPathComponent("default.mustache")
    try HTMLFormat().defaultTemplate.write(to: url, atomically: true, encoding: .utf8)
    #expect(
      try HTMLSupport.html(Fixtures.seed, ["template": url.path]) == HTMLSupport.html(Fixtures.seed)
    )
  }

  @Test func jsonLDCannotCloseItsScript() throws {
    var briefing = Fixtures.seed
    briefing.title = InlineText(plain: "</script><script>alert(1)</script> & \u{2028}")
    briefing.category = "</SCRIPT ><!--"
    let page = try HTMLSupport.html(briefing)
    let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
    let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
    let json = String(page[start.upperBound..<end.lowerBound])
    #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
    #expect(json.contains("\\u003c/script\\u003e"))
    let value = try #require(HTMLEmbeddedJSON.value(json))
    guard case .array(let graph) = value, case .object(let article)? = graph.first else {
      Issue.record("not a graph")
      return
    }
    #expect(article["@type"] == .string("NewsArticle"))
    #expect(article["headline"] == .string("</script><script>alert(1)</script> & \u{2028}"))
    #expect(article["articleSection"] == .string("</SCRIPT ><!--"))
    guard case .object(let faq)? = graph.last, case .array(let entities)? = faq["mainEntity"] else {
      Issue.record("no FAQPage")
      return
    }
    #expect(faq["@type"] == .string("FAQPage"))
    #expect(entities.count == 7)
  }

  @Test func interactionStatisticsComeFromReactions() throws {
    var briefing = Fixtures.seed
    briefing.engagement = Engagement(reactions: [
      Reaction(label: "Interesting", count: 21, total: 40)
    ])
    guard case .array(let graph) = JSONLD.value(for: briefing),
      case .object(let article)? = graph.first,
      case .array(let stats)? = article["interactionStatistic"],
      case .object(let first)? = stats.first
    else {
      Issue.record("no interactionStatistic")
      return
    }
    #expect(first["userInteractionCount"] == .integer(21))
    #expect(first["name"] == .string("Interesting"))
  }

  @Test func unsafeLinksAreReplacedWithAWarning() throws {
    let link = Inline.link(Link(destination: "JaVa\tScRiPt:alert(1)", content: [.text("x")]))
    let briefing = Briefing(title: InlineText([link]))
    let result = try HTMLSupport.write(briefing)
    let page = String(decoding: result.bytes, as: UTF8.self)
    #expect(page.contains("<a href=\"#\">x</a>"))
    #expect(
      result.diagnostics.contains {
        $0.id == "html.unsafe-url" && $0.path == DocumentPath.root.appending("title")
      })
    #expect(HTMLSupport.read(page).briefing == briefing)
  }

  @Test func rawHTMLIsDroppedUnlessAllowedThenSanitized() throws {
    let raw = "<b onclick=\"x()\">bold</b><script>alert(1)</script><a href=\"javascript:x\">l</a>"
    let briefing = Briefing(
      title: InlineText(plain: "T"),
      summary: BlockText([.html(raw + "\n"), .paragraph([.text("p")])]))
    let dropped = try HTMLSupport.write(briefing)
    let droppedPage = String(decoding: dropped.bytes, as: UTF8.self)
    #expect(!droppedPage.contains("<b>") && !droppedPage.contains("alert(1)</script>"))
    #expect(dropped.diagnostics.contains { $0.id == "html.raw-html-dropped" })
    let kept = try HTMLSupport.write(briefing, ["allow-raw-html": "true"])
    let keptPage = String(decoding: kept.bytes, as: UTF8.self)
    #expect(keptPage.contains("<b>bold</b>"))
    #expect(keptPage.contains("<a>l</a>"))
    #expect(!keptPage.contains("alert(1)</script>"))
    #expect(HTMLSupport.scan(keptPage).problems.isEmpty)
    #expect(kept.diagnostics.contains { $0.id == "html.raw-html-sanitized" })
    #expect(HTMLSupport.read(droppedPage).briefing == briefing)
    #expect(HTMLSupport.read(keptPage).briefing == briefing)
  }

  @Test(arguments: [
    ("javascript:alert(1)", false), ("JAVASCRIPT:alert(1)", false), (" \tjava\nscript:x", false),
    ("&#106;avascript:x", false), ("&#x6A;avascript&colon;x", false), ("javascript%3Ax", false),
    ("vbscript:msgbox", false), ("data:text/html;base64,PHNjcmlwdD4=", false),
    ("jav&#x09;ascript:x", false),
    ("https://apec.org/a?b=c:d", true), ("/relative/path:x", true), ("#top", true),
    ("mailto:a@b.c", true),
    ("page.html", true), ("?q=javascript:", true),
  ])
  func urlSafety(url: String, safe: Bool) {
    #expect(URLPolicy.standard.allows(url) == safe, "\(url)")
  }
}
