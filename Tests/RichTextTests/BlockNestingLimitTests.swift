// Hostile input: container nesting past `maxNestingDepth` is kept as text with a warning, and
// deep or long input finishes in bounded time.
import Testing

@testable import RichText

@Suite struct BlockNestingLimitTests {
  /// The deepest container nesting of a tree (quotes and list items), measured without recursion.
  func containerDepth(_ blocks: [Block]) -> Int {
    var deepest = 0
    var pending: [(blocks: [Block], depth: Int)] = [(blocks, 0)]
    while let (level, depth) = pending.popLast() {
      deepest = max(deepest, depth)
      for block in level {
        switch block {
        case .blockQuote(let children): pending.append((children, depth + 1))
        case .list(let list): for item in list.items { pending.append((item, depth + 1)) }
        default: break
        }
      }
    }
    return deepest
  }

  /// The innermost paragraph's text, following first children.
  func innermostText(_ blocks: [Block]) -> String? {
    var current = blocks
    while let first = current.first {
      switch first {
      case .blockQuote(let children): current = children
      case .list(let list): current = list.items.first ?? []
      case .paragraph(let inlines):
        return inlines.map { if case .text(let text) = $0 { text } else { "" } }.joined()
      default: return nil
      }
    }
    return nil
  }

  @Test func customBoundKeepsDeeperMarkersAsText() {
    let document = CommonMark.parse("> > > > a\n", options: ParseOptions(maxNestingDepth: 3))
    #expect(containerDepth(document.blocks) == 3)
    #expect(innermostText(document.blocks) == "> a")
    #expect(document.warnings.map(\.id) == ["richtext.depth-limit"])
    #expect(document.warnings.first?.position == SourceLocation(line: 1, column: 7, offset: 6))
  }

  @Test func withinTheBoundThereIsNoWarning() {
    let document = CommonMark.parse("> - > - a\n", options: ParseOptions(maxNestingDepth: 4))
    #expect(containerDepth(document.blocks) == 4)
    #expect(document.warnings.isEmpty)
  }

  /// A caller's generous bound still stops at the hard limit, where the tree is safe to drop.
  @Test func hardLimitHoldsWhateverTheOptionsSay() {
    let options = ParseOptions(maxNestingDepth: 1_000_000)
    let document = CommonMark.parse(String(repeating: ">", count: 100_000) + " x", options: options)
    #expect(containerDepth(document.blocks) == BlockParser.hardNestingLimit)
    #expect(document.warnings.first?.message.contains("deeper than 1000 levels") == true)
  }

  @Test func hundredThousandQuoteMarkers() {
    let document = CommonMark.parse(String(repeating: ">", count: 100_000) + " deep\n")
    #expect(containerDepth(document.blocks) == 100)
    #expect(innermostText(document.blocks)?.hasSuffix("> deep") == true)
    #expect(document.warnings.contains { $0.id == "richtext.depth-limit" })
  }

  @Test func deeplyNestedListMarkersOnOneLineAndAcrossLines() {
    let oneLine = CommonMark.parse(String(repeating: "- ", count: 50_000) + "x")
    #expect(containerDepth(oneLine.blocks) == 100)
    #expect(oneLine.warnings.count == 1)

    var lines = ""
    for level in 0..<600 { lines += String(repeating: "  ", count: level) + "1. item\n" }
    let staircase = CommonMark.parse(lines)
    #expect(containerDepth(staircase.blocks) == 100)
    #expect(staircase.warnings.map(\.id) == ["richtext.depth-limit"])
  }

  /// Every open container measures the line's indentation; a long run of tabs is scanned once,
  /// not once per container.
  @Test func longIndentationUnderDeepNestingIsScannedOnce() {
    var text = ""
    for level in 0..<100 { text += String(repeating: "  ", count: level) + "- a\n" }
    text += String(repeating: String(repeating: "\t", count: 20_000) + "x\n", count: 50)
    let document = CommonMark.parse(text)
    #expect(containerDepth(document.blocks) == 100)
    // The tab lines continue the innermost item's paragraph.
    #expect(innermostText(document.blocks)?.hasPrefix("a") == true)
  }

  @Test func manyLinesAtTheBoundStayLinear() {
    let line = String(repeating: "> ", count: 120) + "text\n"
    let document = CommonMark.parse(String(repeating: line, count: 2_000))
    #expect(containerDepth(document.blocks) == 100)
    #expect(document.warnings.count == 1)
  }
}
