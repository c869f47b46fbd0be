import BriefingCore
import BriefingTesting
import Foundation
import MarkdownFormat
import Testing

@Suite("Examples and goldens")
struct ExampleTests {
  @Test func exampleIsTheWritersOutputForTheSeed() throws {
    assertGolden(
      try Support.write(try Support.seed()), path: PackageFiles.path("Examples/apec-som1.md"))
  }

  @Test func exampleReadsBackEqualToTheYAMLExample() throws {
    let url = Support.root.appendingPathComponent("Examples/apec-som1.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let result = Support.read(text, name: "apec-som1.md")
    #expect(result.diagnostics.filter { $0.severity != .note }.isEmpty)
    #expect(result.briefing == (try Support.seed()))
  }

  @Test func richGolden() throws {
    assertGolden(
      try Support.write(Fixtures.nestedKitchenSink),
      path: PackageFiles.path("Formats/Markdown/Golden/rich.md"))
  }

  @Test func hostileGolden() throws {
    assertGolden(
      try Support.write(Fixtures.hostileDetails),
      path: PackageFiles.path("Formats/Markdown/Golden/hostile.md"))
  }

  @Test func goldensReadBack() throws {
    for (path, model) in [
      ("rich.md", Fixtures.nestedKitchenSink), ("hostile.md", Fixtures.hostileDetails),
    ] {
      let url = Support.root.appendingPathComponent("Formats/Markdown/Golden/" + path)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      #expect(Support.read(text).briefing == model, "\(path)")
    }
  }
}
