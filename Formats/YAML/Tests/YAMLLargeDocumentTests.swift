import BriefingCore
import BriefingFormats
import Testing
import YAMLFormat

/// A large briefing (over 1 MB) writes and reads back equal. Speed is measured by the
/// Benchmarks package, not here: tests assert results, never timings.
@Suite struct YAMLLargeDocumentTests {
  @Test func largeBriefingReadsBackEqual() throws {
    let item = Array(repeating: "Asia‑Pacific trade “note”", count: 9).joined(separator: " ")
    let questions = (0..<2_400).map { index in
      Question(
        question: InlineText(plain: "Question \(index)?"),
        answer: BlockText(plainParagraphs: [item, item]), id: "q-\(index)")
    }
    let briefing = Briefing(
      title: InlineText(plain: "Large"), sections: [.questions(QuestionsSection(items: questions))])
    let text = try writeYAML(briefing)
    #expect(text.utf8.count > 1_000_000)
    let result: ReadResult? = readYAML(text)
    #expect(result?.diagnostics.isEmpty == true)
    #expect(result?.briefing == briefing, "the large briefing did not read back equal")
  }
}
