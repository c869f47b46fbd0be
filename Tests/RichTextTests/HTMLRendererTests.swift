import Testing

@testable import RichText

/// The HTML renderer on hand-built trees, so it is checked apart from the parser.
@Suite struct HTMLRendererTests {
  let html = HTMLRenderer()

  @Test func paragraphsEscapeTextAndKeepBreaks() {
    let blocks: [Block] = [
      .paragraph([.text("a < b & \"c\" > d"), .softBreak, .text("e"), .hardBreak, .text("f")])
    ]
    #expect(html.render(blocks) == "<p>a &lt; b &amp; &quot;c&quot; &gt; d\ne<br />\nf</p>\n")
  }

  @Test func tightListsOmitParagraphTags() {
    let tight = ListBlock(kind: .bullet(marker: 45), isTight: true, items: [
      [.paragraph([.text("a")])],
      [.paragraph([.text("b")]), .list(ListBlock(kind: .bullet(marker: 45), isTight: true,
        items: [[.paragraph([.text("c")])]]))],
    ])
    #expect(html.render([.list(tight)]) == """
      <ul>
      <li>a</li>
      <li>b
      <ul>
      <li>c</li>
      </ul>
      </li>
      </ul>

      """)
    var loose = tight
    loose.isTight = false
    loose.items = [[.paragraph([.text("a")])], []]
    #expect(html.render([.list(loose)]) == "<ul>\n<li>\n<p>a</p>\n</li>\n<li></li>\n</ul>\n")
  }

  @Test func orderedListsCarryTheirStart() {
    let one = ListBlock(kind: .ordered(start: 1, delimiter: 46), isTight: true, items: [[]])
    let seven = ListBlock(kind: .ordered(start: 7, delimiter: 41), isTight: true, items: [[]])
    #expect(html.render([.list(one)]) == "<ol>\n<li></li>\n</ol>\n")
    #expect(html.render([.list(seven)]) == "<ol start=\"7\">\n<li></li>\n</ol>\n")
  }

  @Test func codeBlocksUseTheFirstWordOfTheInfoString() {
    let fenced = CodeBlock(info: "swift  extra words", literal: "let a = b < c\n", isFenced: true)
    #expect(html.render([.codeBlock(fenced)])
      == "<pre><code class=\"language-swift\">let a = b &lt; c\n</code></pre>\n")
    let indented = CodeBlock(info: "", literal: "x\n", isFenced: false)
    #expect(html.render([.codeBlock(indented)]) == "<pre><code>x\n</code></pre>\n")
  }

  @Test func quotesHeadingsAndBreaks() {
    let blocks: [Block] = [
      .blockQuote([.heading(level: 2, [.text("T")]), .thematicBreak]), .blockQuote([]),
    ]
    #expect(html.render(blocks)
      == "<blockquote>\n<h2>T</h2>\n<hr />\n</blockquote>\n<blockquote>\n</blockquote>\n")
  }

  @Test func linksEscapeURLsLikeCmark() {
    let link = Link(destination: "/a b?x=1&y='2'%20[ä]", title: "t \"q\"", content: [.text("x")])
    #expect(html.renderInline([.link(link)])
      == "<a href=\"/a%20b?x=1&amp;y=&#x27;2&#x27;%20%5B%C3%A4%5D\" title=\"t &quot;q&quot;\">x</a>")
  }

  @Test func imagesTakeTheirAltAsPlainText() {
    let image = Link(destination: "i.png", content: [
      .text("a "), .emphasis([.text("b")]), .softBreak, .code("<c>"),
    ])
    #expect(html.renderInline([.image(image)]) == "<img src=\"i.png\" alt=\"a b &lt;c&gt;\" />")
  }

  @Test func autolinksAddMailtoForEmail() {
    #expect(html.renderInline([.autolink(Autolink(target: "a@b.c", isEmail: true))])
      == "<a href=\"mailto:a@b.c\">a@b.c</a>")
    #expect(html.renderInline([.autolink(Autolink(target: "http://x/<", isEmail: false))])
      == "<a href=\"http://x/%3C\">http://x/&lt;</a>")
  }

  @Test func rawHTMLIsKeptOrOmitted() {
    let blocks: [Block] = [.html("<div>\n"), .paragraph([.html("<b>"), .text("x")])]
    #expect(html.render(blocks) == "<div>\n<p><b>x</p>\n")
    #expect(HTMLRenderer(omitsRawHTML: true).render(blocks) == "<p>x</p>\n")
  }
}
