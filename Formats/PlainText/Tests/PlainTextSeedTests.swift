// (a) The real seed page text reads to the model FORMAT.md shows, field by field;
// (b) Examples/apec-som1.txt, the writer's rendering of that model, reads back to it.
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import PlainTextFormat
import RichText
import Testing

@Suite("Seed")
struct PlainTextSeedTests {
  @Test("the seed reads to FORMAT.md's model, field by field")
  func seedReadsToTheDocumentedModel() throws {
    guard let bytes = SharedFiles.bytes(SharedFiles.seed) else { return }
    let result = Fixture.read(bytes)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    let briefing = try #require(result.briefing)
    #expect(briefing.version == 1)
    #expect(briefing.category == "Operational Updates")
    #expect(briefing.title == InlineText([.text(Fixtures.Seed.title)]))
    let engagement = try #require(briefing.engagement)
    #expect(engagement.reactions.map(\.label) == ["Interesting", "Support"])
    #expect(engagement.reactions.map(\.count) == [0, 0])
    #expect(engagement.reactions.map(\.total) == [0, 0])
    #expect(engagement.loginRequired)
    try #require(briefing.sections.count == 3)

    guard case .takeaways(let takeaways) = briefing.sections[0] else {
      Issue.record("section 0 is \(briefing.sections[0].type), not takeaways")
      return
    }
    #expect(takeaways.title == "Key takeaways")
    #expect(takeaways.items.count == 6)
    for (item, expected) in zip(takeaways.items, Fixtures.Seed.takeaways) {
      #expect(item == InlineText([.text(expected)]))
    }

    guard case .questions(let questions) = briefing.sections[1] else {
      Issue.record("section 1 is \(briefing.sections[1].type), not questions")
      return
    }
    #expect(questions.title == "Follow Up Questions")
    #expect(questions.items.count == 7)
    for (item, expected) in zip(questions.items, Fixtures.Seed.questions) {
      #expect(item.question == InlineText([.text(expected.question)]))
      #expect(item.answer == BlockText([.paragraph([.text(expected.answer)])]))
      #expect(item.expanded == false)
      #expect(item.id == nil)
    }

    guard case .comments(let comments) = briefing.sections[2] else {
      Issue.record("section 2 is \(briefing.sections[2].type), not comments")
      return
    }
    #expect(comments.title == "Comments")
    #expect(comments.policy == .loggedIn)
    #expect(comments.items.isEmpty)
    #expect(briefing == Fixtures.seed)
  }

  @Test("every character of the seed's text survives (quotes, NB hyphen, en dash)")
  func seedCharactersSurvive() throws {
    guard let bytes = SharedFiles.bytes(SharedFiles.seed) else { return }
    let briefing = try #require(Fixture.read(bytes).briefing)
    let text = try #require(String(validating: bytes, as: UTF8.self))
    // Every non-blank line of the seed, apart from the layout words, is found in the model.
    let written = try #require(String(validating: Fixture.write(briefing).bytes, as: UTF8.self))
    let layoutOnly: Set<String> = ["Loading…"]
    for line in text.split(separator: "\n") where !layoutOnly.contains(String(line)) {
      #expect(written.contains(line.trimmingCharacters(in: .whitespaces)), "lost: \(line)")
    }
    #expect(written.contains("Asia\u{2011}Pacific"))
    #expect(written.contains("Feb. 1\u{2013}10"))
    #expect(written.contains("Officials\u{2019}"))
  }

  @Test("the seed with CRLF, trailing spaces and '- ' bullets reads to the same model")
  func seedVariants() throws {
    guard let bytes = SharedFiles.bytes(SharedFiles.seed) else { return }
    let seed = String(decoding: bytes, as: UTF8.self)
    let variant = seed.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        (line.hasPrefix("  • ") ? "- " + line.dropFirst(4) : line) + "  \r"
      }
      .joined(separator: "\n")
      .replacingOccurrences(of: "?Expand", with: "? Expand")
    let result = Fixture.read(variant)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    #expect(result.briefing == Fixtures.seed)
  }

  @Test("the seed's source map points at the values it read")
  func seedSourceMap() throws {
    guard let bytes = SharedFiles.bytes(SharedFiles.seed) else { return }
    let map = Fixture.read(bytes).sourceMap
    let root = DocumentPath.root
    #expect(map[root.appending("category")]?.start == SourceLocation(line: 1, column: 1, offset: 0))
    #expect(map[root.appending("title")]?.start.line == 3)
    #expect(map[root.appending("engagement")]?.start.line == 5)
    let login = try #require(map[root.appending("engagement").appending("loginRequired")])
    #expect(login.start.line == 5)
    #expect(login.start.column == 32)  // "Interesting: 0/0 • Support: 0/0" is 31 scalars
    let takeaway = root.appending("sections").appending(0).appending("items").appending(5)
    #expect(map[takeaway]?.start.line == 14)
    #expect(map[takeaway]?.start.column == 5)
    let question = root.appending("sections").appending(1).appending("items").appending(6)
    #expect(map[question.appending("question")]?.start.line == 42)
    #expect(map[question.appending("expanded")]?.start.column == 75)  // the question is 74 scalars
    #expect(map[question.appending("answer")]?.start.line == 44)
    #expect(map[root.appending("sections").appending(2).appending("policy")]?.start.line == 48)
  }

  @Test("Examples/apec-som1.txt reads back to the seed's model")
  func exampleReadsBack() throws {
    let data = try Data(contentsOf: Fixture.exampleURL)
    let result = Fixture.read(Array(data))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    #expect(result.briefing == Fixtures.seed)
  }

  @Test("the example is what the writer makes of the seed's model")
  func exampleIsTheWritersOutput() throws {
    let written = try Fixture.write(Fixtures.seed)
    #expect(written.diagnostics.isEmpty)
    assertGolden(written.bytes, path: Fixture.exampleURL.path)
  }

  @Test("the writer reproduces the seed's layout: only 'Loading…' and the final newline differ")
  func writerMatchesSeedLayout() throws {
    guard let bytes = SharedFiles.bytes(SharedFiles.seed) else { return }
    let seed = String(decoding: bytes, as: UTF8.self)
    let written = String(decoding: try Fixture.write(Fixtures.seed).bytes, as: UTF8.self)
    #expect(written == seed.replacingOccurrences(of: "\nLoading…", with: "") + "\n")
  }
}
