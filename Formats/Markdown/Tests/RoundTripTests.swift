import BriefingCore
import BriefingFormats
import BriefingTesting
import MarkdownFormat
import RichText
import Testing

@Suite("Markdown round trips")
struct RoundTripTests {
  private func roundTrip(
    _ briefing: Briefing, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let text = try Support.write(briefing)
    let result = Support.read(text)
    #expect(
      Support.problems(result).isEmpty, "\(result.diagnostics.map(\.formatted))",
      sourceLocation: sourceLocation)
    #expect(result.briefing == briefing, "\(text)", sourceLocation: sourceLocation)
    // Canonical: writing the read-back model gives the same bytes.
    if let again = result.briefing {
      #expect(try Support.write(again) == text, sourceLocation: sourceLocation)
    }
  }

  @Test func seed() throws {
    try roundTrip(try Support.seed())
  }

  @Test func richText() throws {
    try roundTrip(Fixtures.nestedKitchenSink)
  }

  @Test func hostileStrings() throws {
    try roundTrip(Fixtures.hostileDetails)
  }

  @Test func minimal() throws {
    try roundTrip(Briefing(title: InlineText([])))
    try roundTrip(Briefing(title: InlineText(plain: "Only a title")))
  }

  @Test func sectionsWithoutTitlesOrContent() throws {
    try roundTrip(Fixtures.untitledSections)
  }

  @Test(arguments: Fixtures.markupLookalikes)
  func hostileTextEverywhere(_ text: String) throws {
    try roundTrip(Fixtures.everywhere(text))
  }

  @Test func crlfInputReadsTheSame() throws {
    let text = try Support.write(try Support.seed())
    let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
    let result = Support.read(crlf)
    #expect(Support.problems(result).isEmpty)
    #expect(result.briefing == (try Support.seed()))
  }
}
