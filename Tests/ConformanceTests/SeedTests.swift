import BriefingCLI
import BriefingCore
import BriefingFormats
import Foundation
import Testing

/// The seed — a real briefing copied off a page — read as plain text gives the same model as the
/// YAML example, so every format's example carries exactly the seed's content.
@Suite struct SeedTests {
  /// `../shared/seeds/000_656fde3bdad1ded6.txt` beside the package, found from this file's path.
  static let seedPath: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.deletingLastPathComponent().path + "/shared/seeds/000_656fde3bdad1ded6.txt"
  }()

  /// Reads a file with the built-in format its extension names, requiring a clean read.
  static func read(_ path: String) throws -> Briefing {
    let format = try #require(BuiltInFormats.registry().format(forPath: path))
    let reader = try #require(format.reader)
    let data = try #require(FileManager.default.contents(atPath: path), "cannot open \(path)")
    let result = reader.read(SourceFile(name: path, bytes: Array(data)), options: FormatOptions())
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
    return try #require(result.briefing)
  }

  @Test func seedReadAsPlainTextEqualsTheYAMLExample() throws {
    guard FileManager.default.fileExists(atPath: Self.seedPath) else {
      let message = "seed not found at \(Self.seedPath) (../shared is absent)"
      if ProcessInfo.processInfo.environment["BRIEFING_REQUIRE_TESTDATA"] == "1" {
        Issue.record(Comment(rawValue: message))
      } else {
        print("skipped: \(message)")
      }
      return
    }
    let seed = try Self.read(Self.seedPath)
    let yaml = try Self.read(RoundTripMatrixTests.examplesDirectory + "/apec-som1.yaml")
    #expect(seed == yaml, "the seed read as plain text differs from Examples/apec-som1.yaml")
  }

  @Test func plainTextExampleCarriesTheYAMLExample() throws {
    let text = try Self.read(RoundTripMatrixTests.examplesDirectory + "/apec-som1.txt")
    let yaml = try Self.read(RoundTripMatrixTests.examplesDirectory + "/apec-som1.yaml")
    let plain = try #require(BuiltInFormats.registry().format(named: "plain"))
    #expect(text == plain.normalizedForRoundTrip(yaml, options: FormatOptions()))
    #expect(text == yaml, "the seed has nothing plain text cannot carry")
  }
}
