import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import Testing
import YAMLFormat

/// `Examples/apec-som1.yaml` is the writer's output for the seed, and carries every character
/// of the seed's text.
@Suite struct ExampleTests {
  static let example = YAMLFiles.examples.appendingPathComponent("apec-som1.yaml")

  @Test func exampleIsTheWritersOutputForTheSeed() throws {
    guard let bytes = SharedFiles.bytes(SharedFiles.seed) else { return }
    let seed = String(decoding: bytes, as: UTF8.self)
    assertGolden(try writeYAML(SeedParts(seed).briefing), path: Self.example.path)
  }

  @Test func exampleCarriesTheSeedTextExactly() throws {
    guard let bytes = SharedFiles.bytes(SharedFiles.seed) else { return }
    let seed = String(decoding: bytes, as: UTF8.self)
    let parts = SeedParts(seed)
    let result = readYAML(Array(try Data(contentsOf: Self.example)))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    let briefing = try #require(result.briefing)
    #expect(briefing.category == parts.category && briefing.category == "Operational Updates")
    #expect(literal(briefing.title.inlines) == parts.title)
    #expect(parts.title.contains("Officials’ Meeting"))
    #expect(briefing.engagement?.loginRequired == true)
    #expect(briefing.engagement?.reactions.map(\.label) == ["Interesting", "Support"])
    #expect(briefing.engagement?.reactions.map(\.total) == [0, 0])
    #expect(briefing.sections.count == 3)
    guard case .takeaways(let takeaways) = briefing.sections[0],
      case .questions(let questions) = briefing.sections[1],
      case .comments(let comments) = briefing.sections[2]
    else {
      Issue.record("unexpected sections \(briefing.sections.map(\.type))")
      return
    }
    #expect(takeaways.items.map { literal($0.inlines) } == parts.takeaways)
    #expect(takeaways.items.count == 6)
    #expect(takeaways.items.first.map { literal($0.inlines).contains("Feb. 1–10, 2026") } == true)
    #expect(questions.items.map { literal($0.question.inlines) } == parts.questions.map(\.question))
    #expect(questions.items.map { literal($0.answer.blocks) } == parts.questions.map(\.answer))
    #expect(questions.items.count == 7 && questions.items.allSatisfy { !$0.expanded })
    #expect(
      questions.items.first.map { literal($0.answer.blocks).contains("Asia\u{2011}Pacific") }
        == true)
    #expect(comments.policy == .loggedIn && comments.items.isEmpty && comments.title == "Comments")
  }
}
