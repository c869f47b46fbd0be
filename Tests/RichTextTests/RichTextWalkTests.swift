// The walk: document order with enter and exit paired, paths that address the same nodes as the
// parser's source map, skipping, bottom-up rewrites, and trees far deeper than the parser builds.
import Testing

@testable import RichText

@Suite struct RichTextWalkTests {
  let source = """
    # Title *one*

    - a [link](https://x.org)
    - > quoted **bold _deep_**

    ```
    code
    ```
    """

  /// Records every enter and exit as `>path kind` and `<path kind`.
  struct Recorder: RichTextVisitor {
    var events: [String] = []
    var skip: (RichTextNode) -> Bool = { _ in false }

    func kind(_ node: RichTextNode) -> String {
      switch node {
      case .block(.paragraph): "p"
      case .block(.heading): "h"
      case .block(.list): "list"
      case .listItem: "item"
      case .block(.blockQuote): "quote"
      case .block(.codeBlock): "code"
      case .block: "block"
      case .inline(.text(let text)): "'\(text)'"
      case .inline(.emphasis): "em"
      case .inline(.strong): "strong"
      case .inline(.link): "a"
      case .inline: "inline"
      }
    }

    mutating func enter(_ node: RichTextNode, at position: WalkPosition) -> WalkDecision {
      events.append(">\(position.path) \(kind(node))")
      return skip(node) ? .skipChildren : .visitChildren
    }

    mutating func exit(_ node: RichTextNode, at position: WalkPosition) {
      events.append("<\(position.path) \(kind(node))")
    }
  }

  @Test func entersAndExitsInDocumentOrder() {
    var recorder = Recorder()
    recorder.walk(CommonMark.parse(source).blocks)
    #expect(recorder.events == [
      ">0 h", ">0/0 'Title '", "<0/0 'Title '", ">0/1 em", ">0/1/0 'one'", "<0/1/0 'one'",
      "<0/1 em", "<0 h",
      ">1 list", ">1/0 item", ">1/0/0 p", ">1/0/0/0 'a '", "<1/0/0/0 'a '", ">1/0/0/1 a",
      ">1/0/0/1/0 'link'", "<1/0/0/1/0 'link'", "<1/0/0/1 a", "<1/0/0 p", "<1/0 item",
      ">1/1 item", ">1/1/0 quote", ">1/1/0/0 p", ">1/1/0/0/0 'quoted '", "<1/1/0/0/0 'quoted '",
      ">1/1/0/0/1 strong", ">1/1/0/0/1/0 'bold '", "<1/1/0/0/1/0 'bold '", ">1/1/0/0/1/1 em",
      ">1/1/0/0/1/1/0 'deep'", "<1/1/0/0/1/1/0 'deep'", "<1/1/0/0/1/1 em", "<1/1/0/0/1 strong",
      "<1/1/0/0 p", "<1/1/0 quote", "<1/1 item", "<1 list",
      ">2 code", "<2 code",
    ])
  }

  @Test func skippedNodesAreLeftAtOnce() {
    var recorder = Recorder(skip: { if case .block(.list) = $0 { true } else { false } })
    recorder.walk(CommonMark.parse(source).blocks)
    #expect(recorder.events.filter { $0.hasPrefix(">1") || $0.hasPrefix("<1") }
      == [">1 list", "<1 list"])
  }

  @Test func pathsAddressTheParsersSourceMap() {
    let document = CommonMark.parse(source)
    var visited: Set<NodePath> = []
    RichTextWalk.forEach(document.blocks) { _, position in visited.insert(position.path) }
    let mapped = Set(document.sourceMap.spans.map(\.key)).subtracting([NodePath([])])
    #expect(!mapped.isEmpty)
    #expect(mapped.isSubset(of: visited))
    #expect(visited.count == 19)
  }

  @Test func mapRewritesBottomUp() {
    let blocks = CommonMark.parse(source).blocks
    var order: [String] = []
    let rewritten = RichTextWalk.map(blocks) { block, _ in
      if case .heading(_, let inlines) = block { return .paragraph(inlines) }
      return block
    } inline: { inline, position in
      switch inline {
      case .text(let text):
        order.append(text)
        return .text(text.uppercased())
      case .emphasis(let children):
        // Children arrive already rewritten.
        order.append("em(\(children))")
        return .strong(children)
      case .link(var link):
        link.destination = "#\(position.path)"
        return .link(link)
      default: return inline
      }
    }
    #expect(CommonMark.render(rewritten) == """
      TITLE **ONE**

      - A [LINK](#1/0/0/1)
      - > QUOTED **BOLD **DEEP****

      ```
      code
      ```

      """)
    #expect(order.prefix(3) == ["Title ", "one", "em([RichText.Inline.text(\"ONE\")])"])
    #expect(RichTextWalk.map(blocks) == blocks)
  }

  @Test func treesFarDeeperThanTheParserBuildsAreWalked() {
    // Hand-built or decoded trees are not capped by ParseOptions.maxNestingDepth.
    let depth = 5_000
    var inline = Inline.text("core")
    var block = Block.paragraph([.text("core")])
    for _ in 0..<depth {
      inline = .emphasis([inline])
      block = .blockQuote([block])
    }
    var deepest = 0
    RichTextWalk.forEach([block, .paragraph([inline])]) { _, position in
      deepest = max(deepest, position.depth)
    }
    #expect(deepest == depth + 2)
    let html = HTMLRenderer().renderInline([inline])
    #expect(html.hasSuffix("core" + String(repeating: "</em>", count: depth)))
    let text = PlainTextRenderer().render([block])
    #expect(text.hasPrefix(String(repeating: "> ", count: depth) + "core"))
    let mapped = RichTextWalk.map(
      [.paragraph([inline])],
      inline: { inline, _ in
        if case .text = inline { return .text("new") }
        return inline
      })
    #expect(PlainTextRenderer().render(mapped) == "new\n")
  }
}
