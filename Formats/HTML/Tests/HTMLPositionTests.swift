import BriefingCore
import BriefingFormats
import Testing

@testable import HTMLFormat

/// Every value read from a page has a range: values written as text (a title, a count, a
/// date) point between their tags, containers (an answer, a section) at their element.
@Suite("HTML positions")
struct HTMLPositionTests {
  // Line 6 is one line in the page; `\` joins the pieces of the literal.
  static let ownPage = """
    <!doctype html>
    <html><body>
    <article data-briefing="1" data-briefing-id="x">
    <p class="briefing-category">Policy</p>
    <h1>Héllo <em>world</em></h1>
    <p class="briefing-engagement"><span class="briefing-reaction">\
    <span class="briefing-reaction-label">Support</span>: \
    <span class="briefing-reaction-count">17</span>/\
    <span class="briefing-reaction-total">35</span></span></p>
    <section data-briefing-type="takeaways"><h2>Key takeaways</h2>
    <ul><li>Café</li><li>Second</li></ul>
    </section>
    <section data-briefing-type="questions">
    <h2>Questions</h2>
    <details id="why"
      open><summary>Why?</summary>
    <div class="briefing-answer"><p>Because.</p></div>
    </details>
    </section>
    </article>
    </body></html>
    """

  static let foreignPage = """
    <html><body><article>
    <p>Policy</p>
    <h1>Title</h1>
    <p>Interesting: 21/40 • Support: 17/35</p>
    <h2>FAQ</h2>
    <h3>What is it?</h3>
    <p>A thing.</p>
    <!-- a comment with a <p> inside -->
    <script>if (a <b) { document.write("<h2>") }</script>
    <h2>Comments</h2>
    <ul><li><b>Ann</b> <time datetime="2026-01-02">2 Jan</time> <p>Nice.</p></li></ul>
    </article></body></html>
    """

  static func at(_ pointer: String, in result: ReadResult) -> String? {
    guard let path = DocumentPath(pointer: pointer), let range = result.sourceMap[path] else {
      return nil
    }
    return "\(range.start)-\(range.end)"
  }

  @Test func metadataOfOurOwnPage() {
    let result = HTMLSupport.read(Self.ownPage)
    #expect(result.briefing?.category == "Policy")
    #expect(Self.at("/category", in: result) == "4:30-4:36")
    #expect(Self.at("/title", in: result) == "5:5-5:25")
    // Values held in attributes point at the attribute's value.
    #expect(Self.at("/id", in: result) == "3:46-3:47")
    #expect(Self.at("/engagement/reactions/0/label", in: result) == "6:102-6:109")
    #expect(Self.at("/engagement/reactions/0/count", in: result) == "6:156-6:158")
    #expect(Self.at("/engagement/reactions/0/total", in: result) == "6:204-6:206")
  }

  @Test func sectionsOfOurOwnPage() {
    let result = HTMLSupport.read(Self.ownPage)
    #expect(Self.at("/sections/0", in: result)?.hasPrefix("7:1-") == true)
    #expect(Self.at("/sections/0/title", in: result) == "7:45-7:58")
    // Columns count Unicode scalars: 'é' is one column, two bytes.
    #expect(Self.at("/sections/0/items/0", in: result) == "8:9-8:13")
    #expect(Self.at("/sections/0/items/1", in: result) == "8:22-8:28")
    // A start tag over two lines still starts where its `<` is.
    #expect(Self.at("/sections/1/items/0", in: result) == "12:1-15:11")
    #expect(Self.at("/sections/1/items/0/id", in: result) == "12:14-12:17")
    #expect(Self.at("/sections/1/items/0/question", in: result) == "13:17-13:21")
    #expect(Self.at("/sections/1/items/0/answer", in: result) == "14:1-14:51")
  }

  @Test func pagesReadByTheirShape() {
    let result = HTMLSupport.read(Self.foreignPage)
    #expect(result.briefing?.category == "Policy")
    #expect(Self.at("/category", in: result) == "2:4-2:10")
    #expect(Self.at("/title", in: result) == "3:5-3:10")
    // Reactions read from a line of text share that line's element.
    #expect(Self.at("/engagement/reactions/1", in: result) == "4:1-4:43")
    #expect(Self.at("/sections/0/title", in: result) == "5:5-5:8")
    #expect(Self.at("/sections/0/items/0/question", in: result) == "6:5-6:16")
    #expect(Self.at("/sections/0/items/0/answer", in: result) == "7:1-7:16")
    // Tags inside comments and scripts are not elements; the next section is still found.
    #expect(Self.at("/sections/1/title", in: result) == "10:5-10:13")
    #expect(Self.at("/sections/1/items/0/author", in: result) == "11:12-11:15")
    #expect(Self.at("/sections/1/items/0/posted", in: result) == "11:48-11:53")
  }

  @Test func scannerSkipsCommentsRawTextAndQuotedBrackets() {
    let page = "<p title='a>b'>x</p><!-- <i> --><script>'<b>'</script><br/>"
    let tags = HTMLTagScanner.tags(Array(page.utf8))
    #expect(
      tags.map { ($0.isClosing ? "/" : "") + $0.name } == ["p", "/p", "script", "/script", "br"])
    #expect(tags.first?.end.column == 16)
  }

  @Test func impliedElementsKeepTheirLineAndReadingStillWorks() {
    // No <html>, <body> or </li>: libxml2 adds and closes them; positions stay in step.
    let page = "<article><h1>T</h1>\n<h2>Key takeaways</h2>\n<ul><li>One\n<li>Two</ul></article>"
    let result = HTMLSupport.read(page)
    #expect(Self.at("/sections/0/items/0", in: result) == "3:9-4:1")
    #expect(Self.at("/sections/0/items/1", in: result) == "4:5-4:8")
  }
}
