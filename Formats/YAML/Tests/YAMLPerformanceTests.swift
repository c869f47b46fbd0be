import BriefingCore
import BriefingFormats
import Testing
import YAMLFormat

/// A 10 MB briefing reads and writes in time linear in its size (no quadratic string building).
@Suite struct YAMLPerformanceTests {
  @Test func tenMegabytesReadAndWrite() throws {
    let item = Array(repeating: "Asia‑Pacific trade “note”", count: 9).joined(separator: " ")
    let questions = (0..<16_000).map { index in
      Question(
        question: InlineText(plain: "Question \(index)?"),
        answer: BlockText(plainParagraphs: [item, item]), id: "q-\(index)")
    }
    let briefing = Briefing(
      title: InlineText(plain: "Large"), sections: [.questions(QuestionsSection(items: questions))])
    let clock = ContinuousClock()
    var text = ""
    let writing = try clock.measure { text = try writeYAML(briefing) }
    #expect(text.utf8.count > 10_000_000)
    var result: ReadResult?
    let reading = clock.measure { result = readYAML(text) }
    #expect(result?.diagnostics.isEmpty == true)
    #expect(result?.briefing == briefing, "the large briefing did not read back equal")
    var tree: TreeNode?
    let composing = clock.measure { tree = YAMLComposer().compose(Array(text.utf8)).tree }
    #expect(tree != nil)
    print("compose alone: \(composing)")
    print("10 MB YAML (\(text.utf8.count) bytes): write \(writing), read \(reading)")
    // Generous for debug builds on a shared machine; quadratic behaviour takes minutes.
    #expect(reading < .seconds(120) && writing < .seconds(120))
  }
}
