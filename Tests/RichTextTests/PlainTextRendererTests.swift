import Testing

@testable import RichText

/// The plain-text renderer's documented rules, on hand-built trees.
@Suite struct PlainTextRendererTests {
  let plain = PlainTextRenderer()

  @Test func linksShowTheirURLOnce() {
    let inlines: [Inline] = [
      .link(Link(destination: "https://x.org", content: [.text("site")])), .text(" "),
      .link(Link(destination: "https://y.org", content: [.text("https://y.org")])), .text(" "),
      .link(Link(destination: "mailto:a@b.c", content: [.text("a@b.c")])), .text(" "),
      .autolink(Autolink(target: "https://z.org", isEmail: false)), .text(" "),
      .image(Link(destination: "p.png", content: [.text("a picture")])),
    ]
    #expect(plain.renderInline(inlines)
      == "site (https://x.org) https://y.org a@b.c https://z.org a picture")
  }

  @Test func markupIsDroppedAndBreaksKept() {
    let inlines: [Inline] = [
      .emphasis([.text("a")]), .softBreak, .strong([.code("b")]), .html("<i>"), .hardBreak,
      .text("c"),
    ]
    #expect(plain.renderInline(inlines) == "a\nb\nc")
  }

  @Test func listsAreIndentedWithBulletsAndNumbers() {
    let nested = ListBlock(kind: .bullet(marker: 45), isTight: true, items: [
      [.paragraph([.text("inner")])]
    ])
    let blocks: [Block] = [
      .paragraph([.text("Intro")]),
      .list(ListBlock(kind: .bullet(marker: 42), isTight: true, items: [
        [.paragraph([.text("one"), .softBreak, .text("more")]), .list(nested)],
        [.paragraph([.text("two")])],
      ])),
      .list(ListBlock(kind: .ordered(start: 9, delimiter: 46), isTight: false, items: [
        [.paragraph([.text("nine")])], [.paragraph([.text("ten")])],
      ])),
    ]
    #expect(plain.render(blocks) == """
      Intro

        • one
          more
          • inner
        • two

        9. nine

        10. ten

      """)
  }

  @Test func quotesCodeAndHTMLBlocks() {
    let blocks: [Block] = [
      .blockQuote([.paragraph([.text("q")]), .paragraph([.text("r")])]),
      .html("<div>hidden</div>\n"),
      .codeBlock(CodeBlock(info: "sh", literal: "ls\n\ncd\n", isFenced: true)),
      .thematicBreak,
    ]
    #expect(plain.render(blocks) == "> q\n>\n> r\n\n    ls\n\n    cd\n\n* * *\n")
  }
}
