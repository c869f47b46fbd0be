// The block parser, construct by construct, with the source span of every block asserted.
import Testing

@testable import RichText

/// `line:column-line:column` of the node at `path`, or "none".
func spanText(_ document: RichTextDocument, _ path: [Int]) -> String {
  document.sourceMap.spans[NodePath(path)].map(\.description) ?? "none"
}

@Suite struct BlockParserLeafTests {
  @Test func atxHeadingDropsClosingSequence() {
    let document = CommonMark.parse("  ## Hello *x* ##  \n")
    #expect(document.blocks == [.heading(level: 2, [.text("Hello "), .emphasis([.text("x")])])])
    #expect(spanText(document, [0]) == "1:3-1:20")
    // The inline spans are prefixed with the heading's path.
    #expect(spanText(document, [0, 1]) == "1:12-1:15")
  }

  @Test func atxHeadingKeepsHashWithoutSpaceBefore() {
    let document = CommonMark.parse("# foo#\n#5 no")
    #expect(document.blocks == [.heading(level: 1, [.text("foo#")]), .paragraph([.text("#5 no")])])
    #expect(spanText(document, [1]) == "2:1-2:6")
  }

  @Test func setextHeadingSpansBothLines() {
    let document = CommonMark.parse("Title\nline\n----\n")
    #expect(document.blocks == [.heading(level: 2, [.text("Title"), .softBreak, .text("line")])])
    #expect(spanText(document, [0]) == "1:1-3:5")
    #expect(spanText(document, [0, 2]) == "2:1-2:5")
  }

  @Test func thematicBreakWithSpaces() {
    let document = CommonMark.parse("para\n - - -\n")
    #expect(document.blocks == [.paragraph([.text("para")]), .thematicBreak])
    #expect(spanText(document, [1]) == "2:2-2:7")
  }

  @Test func indentedCodeDropsTrailingBlankLines() {
    let document = CommonMark.parse("    a\n\n      b\n\n\n")
    let code = CodeBlock(info: "", literal: "a\n\n  b\n", isFenced: false)
    #expect(document.blocks == [.codeBlock(code)])
    #expect(spanText(document, [0]) == "1:5-3:8")
  }

  @Test func fencedCodeUnescapesInfoAndStripsFenceIndent() {
    let document = CommonMark.parse("  ~~~ swift\\! x\n  let a\n    b\n ~~~~\nafter")
    let code = CodeBlock(info: "swift! x", literal: "let a\n  b\n", isFenced: true)
    #expect(document.blocks == [.codeBlock(code), .paragraph([.text("after")])])
    #expect(spanText(document, [0]) == "1:3-4:6")
    #expect(spanText(document, [1]) == "5:1-5:6")
  }

  @Test func unclosedFenceRunsToTheEndOfItsContainer() {
    let document = CommonMark.parse("> ```\n> code\n\nout")
    let code = CodeBlock(info: "", literal: "code\n", isFenced: true)
    #expect(document.blocks == [.blockQuote([.codeBlock(code)]), .paragraph([.text("out")])])
    #expect(spanText(document, [0, 0]) == "1:3-2:7")
  }

  @Test func htmlBlocksOfEachEndCondition() {
    let text = "<div>\n*a*\n\n<!-- c\n-->x\n<pre>\n\n</pre>\n<custom-tag x=\"1\">\nt"
    let document = CommonMark.parse(text)
    #expect(
      document.blocks == [
        .html("<div>\n*a*\n"), .html("<!-- c\n-->x\n"), .html("<pre>\n\n</pre>\n"),
        .html("<custom-tag x=\"1\">\nt\n"),
      ])
    #expect(spanText(document, [0]) == "1:1-2:4")
    #expect(spanText(document, [1]) == "4:1-5:5")
    #expect(spanText(document, [3]) == "9:1-10:2")
  }

  @Test func htmlBlocksThatEndOnTheirOwnLine() {
    let text = "<?php x ?>\n<!DOCTYPE html>\n<![CDATA[\na]]>\n<textarea>\n\n</TEXTAREA>\nafter"
    let document = CommonMark.parse(text)
    #expect(
      document.blocks == [
        .html("<?php x ?>\n"), .html("<!DOCTYPE html>\n"), .html("<![CDATA[\na]]>\n"),
        .html("<textarea>\n\n</TEXTAREA>\n"), .paragraph([.text("after")]),
      ])
    #expect(spanText(document, [2]) == "3:1-4:5")
    #expect(spanText(document, [3]) == "5:1-7:12")
  }

  @Test func kind6InterruptsAParagraphAndEndsAtABlankLine() {
    let document = CommonMark.parse("para\n  <DIV class=x>\n*a*\n\nnext")
    #expect(
      document.blocks == [
        .paragraph([.text("para")]), .html("  <DIV class=x>\n*a*\n"), .paragraph([.text("next")]),
      ])
    #expect(spanText(document, [1]) == "2:1-3:4")
  }

  @Test func kind7HTMLCannotInterruptAParagraph() {
    let document = CommonMark.parse("text\n<custom>\n")
    #expect(document.blocks.count == 1)
    if case .paragraph = document.blocks[0] {} else { Issue.record("expected a paragraph") }
  }

  @Test func linkReferenceDefinitionsLeaveTheTree() {
    let document = CommonMark.parse("[x]: /u 'T'\n[y]: /v\nrest [x]\n\n[y]")
    let link = Link(destination: "/u", title: "T", content: [.text("x")])
    #expect(
      document.blocks == [
        .paragraph([.text("rest "), .link(link)]),
        .paragraph([.link(Link(destination: "/v", content: [.text("y")]))]),
      ])
    // The paragraph starts where its text does, after the definitions.
    #expect(spanText(document, [0]) == "3:1-3:9")
    #expect(spanText(document, [1]) == "5:1-5:4")
  }

  @Test func lineEndingsAndNUL() {
    let document = CommonMark.parse("a\r\nb\rc\u{0}d\n")
    let inlines: [Inline] = [.text("a"), .softBreak, .text("b"), .softBreak, .text("c\u{FFFD}d")]
    #expect(document.blocks == [.paragraph(inlines)])
    let end = document.sourceMap.spans[NodePath([0])]?.end
    #expect(end == SourceLocation(line: 3, column: 4, offset: 8))
  }

  @Test func offsetsAfterANULReferToTheCallersText() {
    let document = CommonMark.parse("\u{0}\u{0} *x*\n> \u{0}")
    let replaced = "\u{FFFD}\u{FFFD} "
    #expect(document.blocks.first == .paragraph([.text(replaced), .emphasis([.text("x")])]))
    let emphasis = document.sourceMap.spans[NodePath([0, 1])]
    #expect(emphasis?.start == SourceLocation(line: 1, column: 4, offset: 3))
    let quote = document.sourceMap.spans[NodePath([1])]
    #expect(quote?.end == SourceLocation(line: 2, column: 4, offset: 10))
  }

  @Test func columnsCountUnicodeScalars() {
    let document = CommonMark.parse("> éé\n> ü *x*")
    #expect(spanText(document, [0]) == "1:1-2:8")
    #expect(spanText(document, [0, 0]) == "1:3-2:8")
    // The emphasis on line 2 starts after "ü " at column 5 (byte offset 12).
    #expect(document.sourceMap.spans[NodePath([0, 0, 3])]?.start.column == 5)
    #expect(document.sourceMap.spans[NodePath([0, 0, 3])]?.start.offset == 12)
  }

  @Test func emptyAndBlankInput() {
    #expect(CommonMark.parse("").blocks.isEmpty)
    #expect(CommonMark.parse(" \n\t\n").blocks.isEmpty)
  }
}
