import Foundation
import Testing

@testable import RichText

/// Inputs from cmark's test/pathological_tests.py (and a few more of the same kind), each run
/// at two sizes. The parser must finish with output proportional to the input; a quadratic
/// parser would take minutes at the larger size, so the suite's run time shows it too.
@Suite("Inline parser: pathological inputs")
struct InlinePathologicalTests {
  static let cases: [(name: String, make: @Sendable (Int) -> String)] = [
    ("nested strong emphasis", { "*a **a " * $0 + "b" + " a** a*" * $0 }),
    ("emphasis closers without openers", { "a_ " * $0 }),
    ("emphasis openers without closers", { "_a " * $0 }),
    ("link closers without openers", { "a]" * $0 }),
    ("link openers without closers", { "[a" * $0 }),
    ("mismatched openers and closers", { "*a_ " * $0 }),
    ("openers and closers multiple of 3", { "a**b" + "c* " * $0 }),
    ("link openers and emphasis closers", { "[ a_" * $0 }),
    ("pattern [ (]( repeated", { "[ (](" * $0 }),
    ("pattern ![[]() repeated", { "![[]()" * $0 }),
    ("nested brackets", { "[" * $0 + "a" + "]" * $0 }),
    ("nested images", { "![" * $0 + "a" + "](b)" * $0 }),
    ("many stars around a word", { "*" * $0 + "a" + "*" * $0 }),
    ("backtick runs of growing length", { n in
      (1..<Int(Double(n).squareRoot() * 3)).map { "e" + "`" * $0 }.joined()
    }),
    ("unclosed links A", { "[a](<b" * $0 }),
    ("unclosed links B", { "[a](b" * $0 }),
    ("unclosed links C", { "[a](b(" * $0 }),
    ("unclosed comments", { "</" + "<!--" * $0 }),
    ("many <", { "<" * $0 + "a" }),
    ("unclosed processing instructions", { "<?" * $0 }),
    ("unclosed declarations", { "<!A" * $0 }),
    ("unclosed CDATA", { "<![CDATA[" * $0 }),
    ("unclosed attribute values", { "<a x=\"" * $0 }),
    ("many image openers", { "![" * $0 }),
    ("star openers then links", { "*" * $0 + "[a](b)" * $0 }),
    ("image openers then links", { "![" * $0 + "[a](b)" * $0 }),
    ("*a **a patterns", { "*a **a" * $0 }),
    ("unclosed titles", { "[a](b \"c" * $0 }),
  ]

  /// The number of nodes and of text characters in `inlines`.
  static func measure(_ inlines: [Inline]) -> (nodes: Int, characters: Int) {
    var nodes = 0
    var characters = 0
    for inline in inlines {
      nodes += 1
      switch inline {
      case .text(let text), .code(let text), .html(let text): characters += text.utf8.count
      case .emphasis(let children), .strong(let children):
        let inner = measure(children)
        nodes += inner.nodes
        characters += inner.characters
      case .link(let link), .image(let link):
        let inner = measure(link.content)
        nodes += inner.nodes
        characters += inner.characters + link.destination.utf8.count
      default: break
      }
    }
    return (nodes, characters)
  }

  @Test(arguments: 0..<cases.count)
  func finishesWithLinearOutput(_ index: Int) {
    let (name, make) = Self.cases[index]
    var seconds: [Double] = []
    for size in [10_000, 40_000] {
      let input = make(size)
      let start = Date()
      let document = CommonMark.parseInline(input)
      seconds.append(Date().timeIntervalSince(start))
      let (nodes, characters) = Self.measure(document.inlines)
      #expect(nodes <= input.utf8.count, "\(name): \(nodes) nodes for \(input.utf8.count) bytes")
      #expect(
        characters <= 2 * input.utf8.count,
        "\(name): \(characters) characters for \(input.utf8.count) bytes")
      #expect(document.sourceMap.spans.count >= min(nodes, 1))
    }
    print("pathological \(name): 10k \(String(format: "%.3f", seconds[0]))s, "
      + "40k \(String(format: "%.3f", seconds[1]))s")
  }
}

private func * (text: String, count: Int) -> String { String(repeating: text, count: count) }
