import Testing

@testable import RichText

/// The CommonMark renderer's choices on hand-built trees: what is escaped, which markers and
/// fences are used. Round trips through the parser are in RoundTripTests.
@Suite struct CommonMarkRendererTests {
  func render(_ inlines: [Inline]) -> String { CommonMark.render([.paragraph(inlines)]) }

  @Test func textIsEscapedOnlyWhereItWouldBeMarkup() {
    #expect(render([.text("a*b_c [d] `e` \\f \\* <g> < h &amp &; !")]) ==
      "a\\*b_c \\[d\\] \\`e\\` \\f \\\\\\* \\<g> < h \\&amp &; !\n")
    #expect(render([.text("snake_case_name")]) == "snake_case_name\n")
    #expect(render([.text("a!"), .link(Link(destination: "u", content: [.text("b")]))])
      == "a\\![b](u)\n")
  }

  @Test func lineStartsThatWouldOpenBlocksAreEscaped() {
    let lines = ["# h", "- i", "+ j", "= k", "> l", "~~~", "12. m", "3) n", "  o"]
    var inlines: [Inline] = []
    for line in lines {
      if !inlines.isEmpty { inlines.append(.softBreak) }
      inlines.append(.text(line))
    }
    #expect(render(inlines) == """
      \\# h
      \\- i
      \\+ j
      \\= k
      \\> l
      \\~~~
      12\\. m
      3\\) n
      &#32; o

      """)
  }

  @Test func spacesThatTheParserWouldStripAreCharacterReferences() {
    #expect(render([.text("a "), .softBreak, .text("b ")]) == "a&#32;\nb&#32;\n")
    #expect(render([.emphasis([.text(" x ")])]) == "*&#32;x&#32;*\n")
    #expect(render([.text("a\nb")]) == "a&#10;b\n")
  }

  @Test func emphasisDelimitersAlternateWhenTheyWouldTouch() {
    #expect(render([.emphasis([.emphasis([.text("x")])])]) == "*_x_*\n")
    #expect(render([.strong([.emphasis([.text("x")])])]) == "**_x_**\n")
    #expect(render([.emphasis([.text("a")]), .emphasis([.text("b")])]) == "*a*_b_\n")
    #expect(render([.text("a"), .strong([.text("b")]), .text("c")]) == "a**b**c\n")
  }

  @Test func codeSpansUseAnUnusedBacktickRunAndPadding() {
    #expect(render([.code("a")]) == "`a`\n")
    #expect(render([.code("a`b")]) == "``a`b``\n")
    #expect(render([.code("`a")]) == "`` `a ``\n")
    #expect(render([.code(" a ")]) == "`  a  `\n")
    #expect(render([.code("  ")]) == "`  `\n")
  }

  @Test func hardBreaksAreBackslashNewline() {
    #expect(render([.text("a"), .hardBreak, .text("b")]) == "a\\\nb\n")
  }

  @Test func linksImagesAndAutolinks() {
    let link = Link(destination: "/a b(c)", title: "say \"hi\"", content: [.text("x")])
    #expect(render([.link(link)]) == "[x](</a b(c)> \"say \\\"hi\\\"\")\n")
    let bare = Link(destination: "/p(q)\\r", content: [.emphasis([.text("y")])])
    #expect(render([.link(bare)]) == "[*y*](/p\\(q\\)\\\\r)\n")
    #expect(render([.image(Link(destination: "", title: "t", content: [.text("alt")]))])
      == "![alt](<> \"t\")\n")
    #expect(render([.autolink(Autolink(target: "a@b.c", isEmail: true))]) == "<a@b.c>\n")
  }

  @Test func headingsAreATXUnlessTheyHoldLineBreaks() {
    #expect(CommonMark.render([.heading(level: 3, [.text("Title #")])]) == "### Title \\#\n")
    #expect(CommonMark.render([.heading(level: 1, [.text("a"), .softBreak, .text("b")])])
      == "a\nb\n===\n")
    #expect(CommonMark.render([.heading(level: 2, [])]) == "##\n")
  }

  @Test func fencesOutgrowTheCodeTheyHold() {
    let code = CodeBlock(info: "md", literal: "````\nx\n", isFenced: true)
    #expect(CommonMark.render([.codeBlock(code)]) == "`````md\n````\nx\n`````\n")
    let ticks = CodeBlock(info: "a`b", literal: "~~~\n", isFenced: true)
    #expect(CommonMark.render([.codeBlock(ticks)]) == "~~~~a`b\n~~~\n~~~~\n")
    let indented = CodeBlock(info: "", literal: "a\n\n  b\n", isFenced: false)
    #expect(CommonMark.render([.codeBlock(indented)]) == "    a\n\n      b\n")
  }

  @Test func adjacentListsGetDifferentMarkers() {
    let first = ListBlock(kind: .bullet(marker: 45), isTight: true, items: [[.paragraph([.text("a")])]])
    let blocks: [Block] = [.list(first), .list(first)]
    #expect(CommonMark.render(blocks) == "- a\n\n* a\n")
    let ordered = ListBlock(kind: .ordered(start: 3, delimiter: 46), isTight: false, items: [
      [.paragraph([.text("a")])], [.paragraph([.text("b")])],
    ])
    #expect(CommonMark.render([.list(ordered), .list(ordered)])
      == "3. a\n\n4. b\n\n3) a\n\n4) b\n")
  }

  @Test func listItemsIndentTheirContinuationLines() {
    let item: [Block] = [
      .paragraph([.text("a"), .softBreak, .text("b")]),
      .blockQuote([.paragraph([.text("q")])]),
    ]
    let list = ListBlock(kind: .ordered(start: 9, delimiter: 46), isTight: true, items: [item, item])
    #expect(CommonMark.render([.list(list)]) == "9. a\n   b\n   > q\n10. a\n    b\n    > q\n")
  }

  @Test func thematicBreaksAvoidMarkerClashes() {
    let star = ListBlock(kind: .bullet(marker: 42), isTight: true, items: [[.thematicBreak]])
    #expect(CommonMark.render([.thematicBreak, .list(star)]) == "***\n\n* ___\n")
  }

  @Test func listBeforeIndentedCodeIsWidened() {
    let list = ListBlock(kind: .bullet(marker: 45), isTight: true, items: [[.paragraph([.text("a")])]])
    let code = CodeBlock(info: "", literal: "c\n", isFenced: false)
    #expect(CommonMark.render([.list(list), .codeBlock(code)]) == "-    a\n\n    c\n")
  }

  @Test func looseListsWithOneBlockKeepTheirLooseness() {
    let list = ListBlock(kind: .bullet(marker: 45), isTight: false, items: [
      [.paragraph([.text("a")])]
    ])
    let rendered = CommonMark.render([.list(list)])
    #expect(rendered == "- a\n\n  [//]: #\n")
    #expect(CommonMark.parse(rendered).blocks == [.list(list)])
  }

  @Test func quotesInTightItemsCloseBeforeAParagraph() {
    let item: [Block] = [.blockQuote([.paragraph([.text("q")])]), .paragraph([.text("p")])]
    let list = ListBlock(kind: .bullet(marker: 45), isTight: true, items: [item])
    let rendered = CommonMark.render([.list(list)])
    #expect(rendered == "- > q\n  >\n  p\n")
    #expect(CommonMark.parse(rendered).blocks == [.list(list)])
  }

  @Test func deepTreesRenderWithoutTrouble() {
    // As deep as the parser's hard ceiling lets a tree be.
    var block = Block.paragraph([.text("x")])
    var inline = Inline.text("y")
    for _ in 0..<1000 {
      block = .blockQuote([block])
      inline = .emphasis([inline])
    }
    let html = HTMLRenderer().render([block, .paragraph([inline])])
    #expect(html.components(separatedBy: "<blockquote>").count == 1001)
    #expect(html.components(separatedBy: "<em>").count == 1001)
    let markdown = CommonMark.render([block, .paragraph([inline])])
    #expect(markdown.hasPrefix(String(repeating: "> ", count: 1000) + "x\n"))
    let text = PlainTextRenderer().render([block])
    #expect(text == String(repeating: "> ", count: 1000) + "x\n")
  }
}
