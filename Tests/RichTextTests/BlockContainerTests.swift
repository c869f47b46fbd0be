// Container blocks (quotes, lists, items) with their spans and tight/loose rules.
import Testing

@testable import RichText

@Suite struct BlockContainerTests {
  @Test func blockQuoteWithLazyContinuation() {
    let document = CommonMark.parse("> a\nb\n>\n> # h")
    #expect(
      document.blocks == [
        .blockQuote([
          .paragraph([.text("a"), .softBreak, .text("b")]), .heading(level: 1, [.text("h")]),
        ])
      ])
    #expect(spanText(document, [0]) == "1:1-4:6")
    #expect(spanText(document, [0, 0]) == "1:3-2:2")
    #expect(spanText(document, [0, 1]) == "4:3-4:6")
  }

  @Test func tightBulletListWithSpans() {
    let document = CommonMark.parse("- a\n- b\n  c\n")
    let list = ListBlock(
      kind: .bullet(marker: UInt8(ascii: "-")), isTight: true,
      items: [[.paragraph([.text("a")])], [.paragraph([.text("b"), .softBreak, .text("c")])]])
    #expect(document.blocks == [.list(list)])
    #expect(spanText(document, [0]) == "1:1-3:4")
    #expect(spanText(document, [0, 0]) == "1:1-1:4")
    #expect(spanText(document, [0, 1]) == "2:1-3:4")
    #expect(spanText(document, [0, 1, 0]) == "2:3-3:4")
  }

  @Test func blankLineBetweenItemsMakesTheListLoose() {
    let document = CommonMark.parse("3) a\n\n4) b\n")
    let list = ListBlock(
      kind: .ordered(start: 3, delimiter: UInt8(ascii: ")")), isTight: false,
      items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]])
    #expect(document.blocks == [.list(list)])
    #expect(spanText(document, [0, 0]) == "1:1-1:5")
    #expect(spanText(document, [0, 1]) == "3:1-3:5")
  }

  @Test func blankLineInsideANestedListOnlyLoosensThatList() {
    let document = CommonMark.parse("- a\n  - b\n\n    c\n- d\n")
    guard case .list(let outer) = document.blocks.first,
      case .list(let inner) = outer.items[0].last
    else {
      Issue.record("expected nested lists: \(document.blocks)")
      return
    }
    #expect(outer.isTight)
    #expect(!inner.isTight)
    #expect(spanText(document, [0, 0, 1, 0, 1]) == "4:5-4:6")
  }

  @Test func changingTheMarkerStartsANewList() {
    let document = CommonMark.parse("- a\n+ b\n1. c\n1) d")
    #expect(document.blocks.count == 4)
    #expect(spanText(document, [3]) == "4:1-4:5")
  }

  @Test func orderedListInterruptsAParagraphOnlyFromOne() {
    let interrupted = CommonMark.parse("text\n1. a")
    #expect(interrupted.blocks.count == 2)
    let continued = CommonMark.parse("text\n2. a")
    #expect(continued.blocks == [.paragraph([.text("text"), .softBreak, .text("2. a")])])
  }

  @Test func itemContentIndentedFiveColumnsIsCode() {
    let document = CommonMark.parse("-     code\n\n  para")
    let code = CodeBlock(info: "", literal: "code\n", isFenced: false)
    let list = ListBlock(
      kind: .bullet(marker: UInt8(ascii: "-")), isTight: false,
      items: [[.codeBlock(code), .paragraph([.text("para")])]])
    #expect(document.blocks == [.list(list)])
    #expect(spanText(document, [0, 0, 0]) == "1:7-1:11")
  }

  @Test func tabsAfterMarkersAndInQuotes() {
    let document = CommonMark.parse(">\t\tfoo\n-\tbar\n\n\tbaz")
    let code = CodeBlock(info: "", literal: "  foo\n", isFenced: false)
    #expect(document.blocks.first == .blockQuote([.codeBlock(code)]))
    let list = ListBlock(
      kind: .bullet(marker: UInt8(ascii: "-")), isTight: false,
      items: [[.paragraph([.text("bar")]), .paragraph([.text("baz")])]])
    #expect(document.blocks.last == .list(list))
    #expect(spanText(document, [1, 0, 1]) == "4:2-4:5")
  }

  @Test func emptyItemEndsAtABlankLine() {
    let document = CommonMark.parse("-\n\n  foo")
    let list = ListBlock(kind: .bullet(marker: UInt8(ascii: "-")), isTight: true, items: [[]])
    #expect(document.blocks == [.list(list), .paragraph([.text("foo")])])
    #expect(spanText(document, [0, 0]) == "1:1-1:2")
  }

  @Test func documentSpanCoversTheText() {
    let document = CommonMark.parse("a\n\nb\n")
    #expect(spanText(document, []) == "1:1-3:2")
    #expect(document.sourceMap.span(at: NodePath([1, 0, 7]))?.description == "3:1-3:2")
  }
}

/// Cases found by comparing with cmark-gfm on random block soup.
@Suite struct BlockDifferentialRegressionTests {
  /// Definitions are leaf blocks (spec 4.7), so a blank line after them loosens the list
  /// (cmark-gfm says tight here; see BlockFinalize.swift).
  @Test func definitionOnlyParagraphCountsForLooseness() {
    let document = CommonMark.parse("10. [a]: /u\n\n    text\n")
    let list = ListBlock(
      kind: .ordered(start: 10, delimiter: UInt8(ascii: ".")), isTight: false,
      items: [[.paragraph([.text("text")])]])
    #expect(document.blocks == [.list(list)])
    #expect(spanText(document, [0, 0, 0]) == "3:5-3:9")
  }

  @Test func whitespaceLineInItemCodeKeepsColumnsPastTheContentIndent() {
    let document = CommonMark.parse("1. ```\n\t    \n   x\n")
    let code = CodeBlock(info: "", literal: "     \nx\n", isFenced: true)
    let list = ListBlock(
      kind: .ordered(start: 1, delimiter: UInt8(ascii: ".")), isTight: true,
      items: [[.codeBlock(code)]])
    #expect(document.blocks == [.list(list)])
  }

  @Test func unclosedHTMLBlockKeepsTrailingBlankLinesVerbatim() {
    let document = CommonMark.parse("<pre>\nx\n\n \n")
    #expect(document.blocks == [.html("<pre>\nx\n\n \n")])
    #expect(spanText(document, [0]) == "1:1-2:2")
  }
}

@Suite struct BlockTightnessTests {
  /// A `>` line is blank only inside the quote, not between the quote and what follows.
  @Test func quoteLineBlankInsideTheQuoteKeepsTheItemTight() {
    let document = CommonMark.parse("1. >     foo\n   >\n   bar\n")
    guard case .list(let list) = document.blocks.first else {
      Issue.record("expected a list: \(document.blocks)")
      return
    }
    #expect(list.isTight)
    #expect(list.items.first?.count == 2)
    #expect(spanText(document, [0, 0, 0]) == "1:4-2:5")
  }

  @Test func blankLineInsideANestedItemLoosensOnlyWhatItSeparates() {
    let tightOuter = CommonMark.parse("- a\n  - b\n\n    c\n")
    guard case .list(let outer) = tightOuter.blocks.first else { return }
    #expect(outer.isTight)
    let looseOuter = CommonMark.parse("- a\n  - b\n\n- c\n")
    guard case .list(let second) = looseOuter.blocks.first else { return }
    #expect(!second.isTight)
  }
}
