import BriefingCLI
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import Testing

/// Untrusted documents are the normal case: every reader takes mangled versions of every example
/// without crashing, and whatever model it returns can be written by every writer.
@Suite struct ReaderRobustnessTests {
  /// Bytes that tend to matter to some format: structure, markup, escapes, odd Unicode.
  static let interesting: [[UInt8]] =
    [
      "{", "}", "[", "]", ":", ",", "\"", "'", "\\", "-", "*", "_", "`", "#", "<", ">", "&", "|",
      "\n", "\r\n", "\t", " ", "---", "<details>", "</details>", "<summary>", "<!--", "&amp;",
      "Expand", "0/0", "•", "\u{2011}", "\u{0}", "*a", "&a", "!!str", "[a](javascript:x)",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80]]

  /// Applies a few random edits: flip, delete, duplicate a slice, insert an interesting token.
  static func mangle(_ bytes: [UInt8], generator: inout SeededGenerator) -> [UInt8] {
    var result = bytes
    for _ in 0..<(1 + generator.below(4)) {
      let position = generator.below(result.count + 1)
      switch generator.below(4) {
      case 0 where position < result.count:
        result[position] ^= UInt8(truncatingIfNeeded: 1 << generator.below(8))
      case 1:
        let end = min(result.count, position + generator.below(64))
        result.removeSubrange(position..<end)
      case 2:
        let end = min(result.count, position + generator.below(200))
        result.insert(contentsOf: result[position..<end], at: position)
      default:
        result.insert(contentsOf: interesting[generator.below(interesting.count)], at: position)
      }
    }
    return result
  }

  /// The examples' bytes, by file name.
  static var examples: [(name: String, bytes: [UInt8])] {
    RoundTripMatrixTests.exampleFiles.compactMap { name in
      FileManager.default.contents(atPath: RoundTripMatrixTests.examplesDirectory + "/" + name)
        .map { (name, Array($0)) }
    }
  }

  @Test(arguments: BuiltInFormats.all.filter { $0.reader != nil }.map(\.descriptor.name))
  func mangledExamplesNeverCrashAReader(formatName: String) throws {
    let registry = BuiltInFormats.registry()
    let reader = try #require(registry.format(named: formatName)?.reader)
    let writers = registry.formats.compactMap(\.writer)
    var generator = SeededGenerator(
      seed: formatName.utf8.reduce(UInt64(2026)) { $0 &* 31 &+ UInt64($1) })
    var models = 0
    for example in Self.examples {
      for round in 0..<40 {
        let bytes = Self.mangle(example.bytes, generator: &generator)
        let source = SourceFile(name: "\(example.name)#\(round)", bytes: bytes)
        let result = reader.read(source, options: FormatOptions())
        for diagnostic in result.diagnostics {
          #expect(!diagnostic.message.isEmpty && !diagnostic.id.isEmpty)
        }
        guard let briefing = result.briefing else { continue }
        models += 1
        for writer in writers {
          // A writer may refuse (WriteError) but must not trap on what a reader produced.
          _ = try? writer.write(briefing, options: FormatOptions())
        }
      }
    }
    // Mangling keeps most documents readable; if none was, the test exercised nothing.
    #expect(models > 0, "no mangled example gave a model to write")
  }

  @Test(arguments: BuiltInFormats.all.filter { $0.reader != nil }.map(\.descriptor.name))
  func degenerateInputsGiveDiagnosticsNotCrashes(formatName: String) throws {
    let reader = try #require(BuiltInFormats.registry().format(named: formatName)?.reader)
    let inputs: [[UInt8]] = [
      [], [0], [0xFF, 0xFE], Array(repeating: 0x5B, count: 20_000),
      Array(repeating: 0x3E, count: 20_000), Array("\u{FEFF}".utf8),
      Array(String(repeating: "- ", count: 5_000).utf8), Array(repeating: 0x0A, count: 10_000),
    ]
    for (index, bytes) in inputs.enumerated() {
      let result = reader.read(
        SourceFile(name: "degenerate-\(index)", bytes: bytes), options: .init())
      #expect(
        result.briefing != nil || result.diagnostics.hasErrors,
        "input \(index): no model, so there must be an error saying why")
    }
  }
}
