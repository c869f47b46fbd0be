import BriefingCLI
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import Testing

/// The seed — a real briefing copied off a page — read as plain text gives the same model as the
/// YAML example, so every format's example carries exactly the seed's content.
@Suite struct SeedTests {
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
    guard let seedPath = SharedFiles.path(SharedFiles.seed) else { return }
    let seed = try Self.read(seedPath)
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
