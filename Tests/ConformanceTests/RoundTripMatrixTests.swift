import BriefingCLI
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import Testing

/// The round-trip matrix: every registered format with a reader and a writer, times every
/// example in `Examples/`. A new format joins by being added to ``BuiltInFormats``.
@Suite struct RoundTripMatrixTests {
  /// `Examples/` at the package root, found from this file's path.
  static let examplesDirectory = PackageFiles.path("Examples")

  /// The example files a built-in reader can read, by file name.
  static var exampleFiles: [String] {
    let registry = BuiltInFormats.registry()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examplesDirectory)) ?? []
    return names.filter { registry.format(forPath: $0)?.reader != nil }.sorted()
  }

  /// The formats that can both read and write, by name.
  static var roundTripFormats: [String] {
    BuiltInFormats.all.filter { $0.reader != nil && $0.writer != nil }.map(\.descriptor.name)
  }

  /// Reads an example with the format its extension names; a failure is recorded.
  static func example(_ file: String) -> Briefing? {
    let registry = BuiltInFormats.registry()
    guard let format = registry.format(forPath: file), let reader = format.reader,
      let data = FileManager.default.contents(atPath: examplesDirectory + "/" + file)
    else {
      Issue.record("cannot open example '\(file)'")
      return nil
    }
    let result = reader.read(SourceFile(name: file, bytes: Array(data)), options: FormatOptions())
    guard let briefing = result.briefing, !result.diagnostics.hasErrors else {
      let messages = result.diagnostics.map(\.formatted).joined(separator: "\n")
      Issue.record(Comment(rawValue: "example '\(file)' does not read cleanly:\n\(messages)"))
      return nil
    }
    return briefing
  }

  @Test(arguments: roundTripFormats, exampleFiles)
  func roundTrip(formatName: String, exampleFile: String) throws {
    let format = try #require(BuiltInFormats.registry().format(named: formatName))
    guard let briefing = Self.example(exampleFile) else { return }
    // Lossless formats give back the model; every format reaches a fixed point.
    FormatConformance.check(format, examples: [briefing])
  }

  @Test func everyExampleIsCovered() {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: Self.examplesDirectory)) ?? []
    let registry = BuiltInFormats.registry()
    let unreadable = all.filter {
      !$0.hasPrefix(".") && $0.contains(".") && registry.format(forPath: $0) == nil
    }
    // Folders (plugin examples) have no extension; any other file must have a reader.
    #expect(unreadable.isEmpty, "examples no built-in format reads: \(unreadable)")
  }

  @Test func losslessExamplesOfOneStemAreTheSameBriefing() {
    let registry = BuiltInFormats.registry()
    let lossless = Self.exampleFiles.filter {
      registry.format(forPath: $0)?.descriptor.isLossless == true
    }
    // The stem is the name without the extension its format claims (`apec-som1.ast.json`).
    let byStem = Dictionary(grouping: lossless) { file in
      let claimed = registry.format(forPath: file)?.descriptor.fileExtensions
        .filter { file.lowercased().hasSuffix("." + $0) }.max { $0.count < $1.count }
      return String(file.dropLast((claimed?.count ?? -1) + 1))
    }
    for (stem, files) in byStem where files.count > 1 {
      let models = files.map { (file: $0, briefing: Self.example($0)) }
      guard let first = models.first, let reference = first.briefing else { continue }
      for other in models.dropFirst() {
        guard let briefing = other.briefing else { continue }
        #expect(
          briefing == reference,
          Comment(
            rawValue: "\(stem): '\(other.file)' differs from '\(first.file)':\n"
              + LineDiff.unified(BriefingDump.dump(reference), BriefingDump.dump(briefing))))
      }
    }
  }
}

/// The same laws over briefings built in code, so the matrix has work before `Examples/`
/// fills up and covers fields the examples do not use.
@Suite struct SyntheticRoundTripTests {
  @Test(arguments: RoundTripMatrixTests.roundTripFormats, SyntheticExamples.names)
  func roundTrip(formatName: String, example: String) throws {
    let format = try #require(BuiltInFormats.registry().format(named: formatName))
    let briefing = try #require(SyntheticExamples.all[example])
    if let known = Self.knownIssues["\(formatName)/\(example)"] {
      // Fails again ("known issue was not recorded") once the format is fixed, so the entry
      // cannot outlive the bug.
      withKnownIssue(Comment(rawValue: known)) {
        FormatConformance.check(format, examples: [briefing])
      }
    } else {
      FormatConformance.check(format, examples: [briefing])
    }
  }

  /// Format bugs this matrix found and the format's owner has yet to fix, by `format/example`.
  static let knownIssues: [String: String] = [:]
}
