// Shared helpers for the plain-text tests: locating fixtures via #filePath, reading text,
// building expected models.
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import PlainTextFormat
import RichText
import Testing

/// Paths and one-call helpers around the format.
enum Fixture {
  /// The package root.
  static let packageRoot = PackageFiles.root()

  /// The writer's rendering of the seed, checked in.
  static let exampleURL = packageRoot.appendingPathComponent("Examples/apec-som1.txt")

  /// The path of the writer golden file `name`.
  static func golden(_ name: String) -> String {
    packageRoot.appendingPathComponent("Formats/PlainText/Golden/" + name).path
  }

  /// Reads text with the plain-text reader.
  static func read(_ text: String, unwrap: Bool = false) -> ReadResult {
    read(Array(text.utf8), unwrap: unwrap)
  }

  /// Reads bytes with the plain-text reader.
  static func read(_ bytes: [UInt8], unwrap: Bool = false) -> ReadResult {
    var options = FormatOptions()
    options[PlainTextFormat.unwrapOption] = unwrap
    return PlainTextReader().read(SourceFile(name: "test.txt", bytes: bytes), options: options)
  }

  /// Writes a briefing with the plain-text writer.
  static func write(_ briefing: Briefing, columns: Int = 0) throws -> WriteResult {
    var options = FormatOptions()
    options[PlainTextFormat.columnsOption] = columns
    return try PlainTextWriter().write(briefing, options: options)
  }

}

/// Literal text as the reader builds it: lines joined by soft breaks.
func plain(_ lines: String...) -> InlineText { plainLines(lines) }

/// Literal lines joined by soft breaks.
func plainLines(_ lines: [String]) -> InlineText {
  var inlines: [Inline] = []
  for line in lines {
    if !inlines.isEmpty { inlines.append(.softBreak) }
    inlines.append(.text(line))
  }
  return InlineText(inlines)
}

/// Paragraphs of literal text; each paragraph's lines split at "\n" into soft breaks.
func paragraphs(_ paragraphs: String...) -> BlockText {
  BlockText(
    paragraphs.map { paragraph in
      .paragraph(plainLines(paragraph.split(separator: "\n").map(String.init)).inlines)
    })
}
