import BriefingCore
import RichText
import Testing

/// A path that runs past a rich-text value into its nodes finds the node's range through the
/// value's placement, and the value's own range without one.
@Suite struct SourceMapTests {
  private let summary = DocumentPath([.key("summary")])
  private let whole = SourceRange(
    start: SourceLocation(line: 11, column: 1, offset: 100),
    end: SourceLocation(line: 14, column: 1, offset: 130))

  private func map(roots: [NodePath?]? = nil) -> SourceMap {
    // "Intro.\n\n## Head\n" parsed on its own, standing in the file from line 11, byte 100.
    let parsed = CommonMark.parse("Intro.\n\n## Head\n")
    var map = SourceMap([summary: whole])
    map.texts[summary] = RichTextPlacement(
      spans: parsed.sourceMap, layout: TextLayout(lineShift: 10, offsetShift: 100), roots: roots)
    return map
  }

  @Test func nodePathsFindTheNodes() {
    let heading = map().range(at: summary.appending(1))
    #expect(heading?.start == SourceLocation(line: 13, column: 1, offset: 108))
    #expect(heading?.end.line == 13)
    let text = map().range(at: summary.appending(1).appending(0))
    #expect(text?.start == SourceLocation(line: 13, column: 4, offset: 111))
  }

  @Test func missingNodesFallBackToTheNearestAncestor() {
    let heading = map().range(at: summary.appending(1))
    #expect(map().range(at: summary.appending(1).appending(7)) == heading)
    #expect(map().range(at: summary.appending(5)) == whole)
    #expect(SourceMap([summary: whole]).range(at: summary.appending(1)) == whole)
  }

  @Test func rootsMapAValuesBlocksOntoTheParsedText() {
    // The value is only the heading, and a block the reader made up.
    let placed = map(roots: [NodePath([1]), nil])
    #expect(placed.range(at: summary.appending(0))?.start.line == 13)
    #expect(placed.range(at: summary.appending(1)) == whole)
  }

  @Test func keyStepsBelowAValueAreNotNodes() {
    #expect(map().range(at: summary.appending("x").appending(1)) == whole)
  }
}
