// The source map's table: one fixed-size entry per node whatever the depth (the property that
// keeps deeply nested input from costing memory per level), lookups by path, and agreement with
// the dictionary form it can be built from.
import Testing

@testable import RichText

@Suite struct SourceMapTests {
  /// The number of blocks and inlines in a tree (items count as nodes, as in paths).
  func nodeCount(_ blocks: [Block]) -> Int {
    var count = 0
    var blockStack = blocks
    var inlineStack: [Inline] = []
    while let block = blockStack.popLast() {
      count += 1
      switch block {
      case .paragraph(let inlines), .heading(_, let inlines): inlineStack += inlines
      case .blockQuote(let children): blockStack += children
      case .list(let list):
        count += list.items.count
        for item in list.items { blockStack += item }
      default: break
      }
    }
    while let inline = inlineStack.popLast() {
      count += 1
      switch inline {
      case .emphasis(let children), .strong(let children): inlineStack += children
      case .link(let link), .image(let link): inlineStack += link.content
      default: break
      }
    }
    return count
  }

  /// The path to the last leaf, following each node's last child; and that leaf.
  func lastLeaf(_ blocks: [Block]) -> (path: [Int], leaf: Inline?) {
    var path: [Int] = []
    var children = blocks
    while let last = children.last {
      path.append(children.count - 1)
      switch last {
      case .blockQuote(let inner): children = inner
      case .list(let list):
        guard let item = list.items.last else { return (path, nil) }
        path.append(list.items.count - 1)
        children = item
      case .paragraph(let inlines), .heading(_, let inlines):
        guard let inline = inlines.last else { return (path, nil) }
        path.append(inlines.count - 1)
        return (path, inline)
      default: return (path, nil)
      }
    }
    return (path, nil)
  }

  @Test func deeplyNestedListsCostOneEntryPerNode() {
    let depth = 50
    let line = String(repeating: "- ", count: depth) + "x\n"
    let lines = 20
    let document = CommonMark.parse(String(repeating: line, count: lines))
    let map = document.sourceMap
    let nodes = nodeCount(document.blocks)
    #expect(nodes >= lines * 2 * depth)
    // One entry per node plus the root, each of a size that does not depend on depth.
    #expect(map.entries.count == nodes + 1)
    #expect(map.count == nodes + 1)
    #expect(map.spans.count == nodes + 1)
    #expect(MemoryLayout<RichTextSourceMap.Entry>.stride <= 40)
    #expect(map.wideSpans.isEmpty)

    let (path, leaf) = lastLeaf(document.blocks)
    #expect(leaf == .text("x"))
    #expect(path.count == 2 * depth + 2)
    let span = map.span(at: NodePath(path))
    #expect(span?.description == "\(lines):\(2 * depth + 1)-\(lines):\(2 * depth + 2)")
    #expect(map[NodePath(path)] == span)
    #expect(span?.start.offset == (lines - 1) * line.utf8.count + 2 * depth)
    // Below the leaf there is nothing; the nearest ancestor answers.
    #expect(map[NodePath(path + [0])] == nil)
    #expect(map.span(at: NodePath(path + [0, 3])) == span)
  }

  @Test func everyPathOfTheTreeIsFoundByLookup() {
    let text = "# T *e* [l](/u)\n\n> - a\n>   - **b** `c`\n\n1. x\n2. y\n\n---\n"
    let map = CommonMark.parse(text).sourceMap
    var visited = 0
    for (path, span) in map.spans {
      visited += 1
      #expect(map[path] == span)
      #expect(map.span(at: path) == span)
    }
    #expect(visited == map.count)
    #expect(visited > 15)
  }

  @Test func dictionaryFormRoundTripsAndEqualityIgnoresLayout() {
    let parsed = CommonMark.parse("a *b* c\n\n- d\n  - e\n\n> f\n").sourceMap
    var dictionary: [NodePath: SourceRange] = [:]
    for (path, span) in parsed.spans { dictionary[path] = span }
    #expect(dictionary.count == parsed.count)
    let rebuilt = RichTextSourceMap(spans: dictionary)
    #expect(rebuilt == parsed)
    #expect(rebuilt.hashValue == parsed.hashValue)
    var changed = dictionary
    let first = NodePath([0, 1, 0])
    changed[first] = changed[NodePath([0])]
    #expect(RichTextSourceMap(spans: changed) != parsed)
    changed[first] = nil
    #expect(RichTextSourceMap(spans: changed) != parsed)
    #expect(RichTextSourceMap() == RichTextSourceMap(spans: [:]))
    #expect(RichTextSourceMap().spans.isEmpty)
  }

  func span(_ start: Int, _ end: Int) -> SourceRange {
    SourceRange(
      start: SourceLocation(line: 1, column: start + 1, offset: start),
      end: SourceLocation(line: 1, column: end + 1, offset: end))
  }

  @Test func sparseAndOutOfRangeEntriesOfAHandBuiltMap() {
    let huge = SourceRange(
      start: SourceLocation(line: Int.max, column: -5, offset: 1 << 40),
      end: SourceLocation(line: Int.max, column: 1, offset: 1 << 41))
    let map = RichTextSourceMap(spans: [
      NodePath([]): span(0, 9), NodePath([5, 2]): span(1, 2), NodePath([5, 2, 1000]): huge,
      NodePath([1]): span(3, 4), NodePath([-1]): span(5, 6),
      NodePath([Int(Int32.max) + 1]): span(7, 8),
    ])
    #expect(map.count == 4)
    #expect(map[NodePath([5])] == nil)
    #expect(map.span(at: NodePath([5])) == span(0, 9))
    #expect(map.span(at: NodePath([5, 2, 7])) == span(1, 2))
    #expect(map[NodePath([5, 2, 1000])] == huge)
    #expect(map[NodePath([1])] == span(3, 4))
    #expect(map[NodePath([-1])] == nil)
    #expect(map.spans.map(\.key) == [[], [1], [5, 2], [5, 2, 1000]].map(NodePath.init))
  }

  @Test func builderSortsChildrenAddedOutOfOrder() {
    var builder = SourceMapBuilder(root: nil)
    let second = builder.add(parent: SourceMapBuilder.root, index: 1, span: span(4, 5))
    builder.add(parent: SourceMapBuilder.root, index: 0, span: span(0, 1))
    builder.add(parent: second, index: 0, span: span(4, 4))
    let map = builder.build()
    let expected = RichTextSourceMap(spans: [
      NodePath([0]): span(0, 1), NodePath([1]): span(4, 5), NodePath([1, 0]): span(4, 4),
    ])
    #expect(map == expected)
    #expect(map[NodePath([1, 0])] == span(4, 4))
  }

  @Test func spansAfterReplacedNULsPointAtTheOriginalBytes() {
    let document = CommonMark.parse("a\u{0}b *c*\n")
    // U+0000 becomes U+FFFD (3 bytes) while parsing; spans still count the input's one byte.
    #expect(document.sourceMap[NodePath([0, 1])]?.description == "1:5-1:8")
    #expect(document.sourceMap[NodePath([0, 1])]?.start.offset == 4)
  }
}
