// Everything the writer writes reads back: generated briefings with awkward rich text in every
// field, written and read again.
import BriefingCore
import BriefingFormats
import MarkdownFormat
import RichText
import BriefingTesting
import Testing


/// Briefings whose every string and rich-text field is built from pieces Markdown gives a
/// meaning to: blank lines, line starts that open blocks, comment delimiters, trailing spaces.
private struct AwkwardBriefings {
  static let pieces = [
    "a", "b c", "\n", "\n\n", "# ", "#", "- ", "-", "> ", ">", "<!--", "-->",
    "<!-- section: text -->", "|", "| a | b |", "`", "``", "```", "  ", "\t", "  \n", "\\", "*",
    "_", "1. ", "[x]", "<br>",
    "</details>", "<details>", "&amp;", "---", "===", "    code",
  ]

  var random: SeededGenerator

  mutating func string() -> String {
    (0..<Int.random(in: 1...4, using: &random)).map { _ in
      Self.pieces.randomElement(using: &random) ?? ""
    }.joined()
  }

  /// Inline text: either literal (as plain text and HTML read it) or parsed (as YAML does).
  mutating func inline() -> InlineText {
    let text = string()
    return Bool.random(using: &random) ? InlineText([.text(text)]) : InlineText(commonMark: text)
  }

  /// Block text: either one literal paragraph or parsed CommonMark.
  mutating func block() -> BlockText {
    let text = string()
    return Bool.random(using: &random)
      ? BlockText([.paragraph([.text(text)])]) : BlockText(commonMark: text)
  }

  mutating func title() -> String? { Int.random(in: 0..<4, using: &random) == 0 ? nil : string() }

  mutating func comment(depth: Int) -> BriefingCore.Comment {
    BriefingCore.Comment(
      author: string(), posted: Bool.random(using: &random) ? string() : nil, body: block(),
      replies: depth > 1
        ? []
        : (0..<Int.random(in: 0...1, using: &random)).map { _ in
          comment(depth: depth + 1)
        })
  }

  mutating func section() -> Section {
    let count = Int.random(in: 1...3, using: &random)
    switch Int.random(in: 0..<4, using: &random) {
    case 0:
      return .takeaways(
        TakeawaysSection(title: title(), items: (0..<count).map { _ in inline() }))
    case 1:
      return .questions(
        QuestionsSection(
          title: title(),
          items: (0..<count).map { _ in
            Question(
              question: inline(), answer: block(), expanded: Bool.random(using: &random),
              id: Bool.random(using: &random) ? string() : nil)
          }))
    case 2:
      return .comments(
        CommentsSection(
          title: title(), policy: CommentPolicy.allCases.randomElement(using: &random) ?? .open,
          items: (0..<count).map { _ in comment(depth: 1) }))
    default:
      return .text(TextSection(title: title(), body: block()))
    }
  }

  mutating func briefing() -> Briefing {
    Briefing(
      title: inline(), category: string(), id: string(),
      summary: Bool.random(using: &random) ? block() : nil, authors: [string()], tags: [string()],
      sections: (0..<Int.random(in: 1...4, using: &random)).map { _ in section() })
  }
}

@Suite("Markdown writer properties")
struct WriterPropertyTests {
  @Test(arguments: [InlineText([.text("a\n\nb")]), InlineText(commonMark: "a\n\nb")])
  func aTakeawayWithABlankLineReadsBack(_ item: InlineText) throws {
    let briefing = Briefing(
      title: InlineText(plain: "T"), sections: [.takeaways(TakeawaysSection(items: [item]))])
    let text = try Support.write(briefing)
    let result = Support.read(text)
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))\n\(text)")
    #expect(result.briefing == MarkdownFormat().normalizedForRoundTrip(briefing, options: .init()))
  }

  @Test func generatedBriefingsReadBack() throws {
    var generator = AwkwardBriefings(random: SeededGenerator(seed: 2026))
    var failures = 0
    for index in 0..<300 where failures < 3 {
      let briefing = generator.briefing()
      let text = try Support.write(briefing)
      let result = Support.read(text)
      let expected = MarkdownFormat().normalizedForRoundTrip(briefing, options: FormatOptions())
      let errors = result.diagnostics.filter { $0.severity == .error }
      if !errors.isEmpty || result.briefing != expected {
        failures += 1
        let read = result.briefing.map { "\($0)" } ?? "none"
        let problems = errors.map(\.formatted)
        Issue.record(
          "briefing \(index): \(problems)\nwritten:\n\(text)\nmodel: \(briefing)\nread: \(read)")
      }
    }
  }
}
