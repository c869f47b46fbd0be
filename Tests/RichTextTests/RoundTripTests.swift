import BriefingTesting
import Foundation
import Testing

@testable import RichText

/// The renderer's contract over every CommonMark spec example: parsing the rendered text gives
/// the same tree, and rendering that tree gives the same text (a fixed point).
@Suite struct RoundTripTests {
  /// Examples whose trees CommonMark text cannot reproduce; each says why.
  static let exclusions: [Int: String] = [:]

  /// Each example as written, inside a block quote, and inside a list item: containers
  /// exercise the renderer's line prefixes, laziness and tight/loose choices.
  static let wrappers: [(name: String, wrap: @Sendable (String) -> String)] = [
    ("plain", { $0 }),
    ("quoted", { prefixLines($0, first: "> ", rest: "> ") }),
    ("in a list item", { prefixLines($0, first: "1. ", rest: "   ") }),
  ]

  static func prefixLines(_ text: String, first: String, rest: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated()
      .map { ($0.offset == 0 ? first : rest) + $0.element + "\n" }.joined()
  }

  @Test(arguments: 0..<3) func specExamplesRoundTrip(wrapper: Int) throws {
    guard let examples = CommonMarkSpec.examples() else { return }
    let (name, wrap) = Self.wrappers[wrapper]
    var failures: [(number: Int, detail: String)] = []
    for example in examples where Self.exclusions[example.number] == nil {
      let tree = CommonMark.parse(wrap(example.markdown)).blocks
      let rendered = CommonMark.render(tree)
      let reparsed = CommonMark.parse(rendered).blocks
      if reparsed != tree {
        failures.append((example.number, "tree differs; rendered:\n\(rendered)"))
        continue
      }
      let again = CommonMark.render(reparsed)
      if again != rendered {
        failures.append((example.number, "not a fixed point:\n\(rendered)---\n\(again)"))
      }
    }
    let checked = examples.count - Self.exclusions.count
    print(
      "round trip (\(name)): \(checked - failures.count) of \(checked) spec examples "
        + "(\(Self.exclusions.count) excluded)")
    for failure in failures.prefix(10) {
      Issue.record("example \(failure.number): \(failure.detail)")
    }
    #expect(failures.isEmpty, "failing examples: \(failures.map(\.number))")
    #expect(examples.count == 655)
  }

  /// Inputs chosen to need escaping, marker changes or unusual delimiters when rendered back.
  static let trickyInputs = [
    "a_b_c and _d_ and snake_case_", "*a*b **c**d x*y*z", "1986. A great year\n2) second",
    "\\# not a heading\n\\- not a list\n\\+ nor this\n\\> nor a quote", "foo  \nbar\\\nbaz",
    "`` ` `` and ` `` ` and `  a  `", "&amp;copy; &#35; &nbsp;x \\&ouml;", "\\![a](b) ![c](d)",
    "- a\n\n      code", "-    a\n\n     code", "# heading #\n\n#5 issue", "a\n\\=\n\nb\n\\-",
    "~~~\nx\n~~~\n\n```` a`b\n```\n````", "> q\n>\n> r\n\n> s", "    indented\n\n\n    more",
    "&#32; lead and trail&#32;", "*_nested_* **_mixed_** ***both*** _*a*b_",
    "[a *b*](</x y> \"t\\\"\")",
    "<https://x.org> <a@b.c> <span class=\"x\">raw</span>", "- a\n- b\n\n+ c\n\n1. d\n2) e",
    "1. a\n\n   b\n2. c", "* ***\n* ___", "<div>\nhtml\n</div>\n\npara", "a\n***\nb\n___",
    "[x]: /u\n\n[x] and [y][x]", "line one\nline two\n\n  - nested\n    - deeper\n      text",
  ]

  @Test(arguments: trickyInputs) func trickyInputsRoundTrip(_ input: String) {
    let tree = CommonMark.parse(input).blocks
    let rendered = CommonMark.render(tree)
    #expect(CommonMark.parse(rendered).blocks == tree, "rendered:\n\(rendered)")
    #expect(CommonMark.render(CommonMark.parse(rendered).blocks) == rendered)
  }

  /// Random strings of markup-significant pieces, from a fixed seed: each parse must survive
  /// render and re-parse, and rendering must be a fixed point.
  @Test func randomMarkupRoundTrips() {
    let pieces = [
      "*", "_", "`", "[", "]", "(", ")", "<", ">", "!", "#", "-", "+", "=", "\\", "&", ";", ":",
      " ", "  ", "\n", "\n\n", "\t", "1.", "2)", "~~~", "```", "a", "b", "foo", "http://x.y",
      "<a>", "</a>", "&amp;", "&#32;", "\"", "'", "    ", "- ", "> ", "1. ", "***", "---", "<div>",
      "[x]: /u", "[x]", "a@b.c", "é", "**", "__",
    ]
    var random = SeededGenerator(seed: 1)
    var failures: [String] = []
    for _ in 0..<5000 {
      let count = Int(random.next() % 30)
      let input = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
        .joined()
      let tree = CommonMark.parse(input).blocks
      let rendered = CommonMark.render(tree)
      let reparsed = CommonMark.parse(rendered).blocks
      if reparsed != tree || CommonMark.render(reparsed) != rendered { failures.append(input) }
    }
    #expect(failures.isEmpty, "inputs: \(failures.prefix(5).map(\.debugDescription))")
  }

  @Test func inlineRenderingRoundTripsThroughParseInline() throws {
    guard let examples = CommonMarkSpec.examples() else { return }
    var failures: [Int] = []
    for example in examples {
      // Paragraph content of each example, read back by the inline-only entry point.
      for case .paragraph(let inlines) in CommonMark.parse(example.markdown).blocks {
        let text = CommonMark.renderInline(inlines)
        if CommonMark.parseInline(text).inlines != inlines { failures.append(example.number) }
      }
    }
    #expect(failures.isEmpty, "failing examples: \(failures)")
  }
}
