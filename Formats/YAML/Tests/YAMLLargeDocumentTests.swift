import BriefingCore
import BriefingFormats
import BriefingTesting
import Testing
import YAMLFormat

/// A large briefing (over 1 MB) writes and reads back equal. Speed is measured by the
/// Benchmarks package, not here: tests assert results, never timings.
@Suite struct YAMLLargeDocumentTests {
  @Test func largeBriefingReadsBackEqual() throws {
    let briefing = Fixtures.large(questions: 2_400)
    let text = try writeYAML(briefing)
    #expect(text.utf8.count > 1_000_000)
    let result: ReadResult? = readYAML(text)
    #expect(result?.diagnostics.isEmpty == true)
    #expect(result?.briefing == briefing, "the large briefing did not read back equal")
  }
}
