// Shared helpers for the plain-text tests: locating fixtures via #filePath, reading text,
// building expected models, and a golden-file check (RECORD_GOLDENS=1 rewrites and fails).
import BriefingCore
import BriefingFormats
import Foundation
import PlainTextFormat
import RichText
import Testing

/// Paths and one-call helpers around the format.
enum Fixture {
  /// The package root (three levels up from this file: Tests, PlainText, Formats).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The seed, next to the package in ../shared/seeds.
  static let seedURL = packageRoot.appendingPathComponent(
    "../shared/seeds/000_656fde3bdad1ded6.txt")

  /// The writer's rendering of the seed, checked in.
  static let exampleURL = packageRoot.appendingPathComponent("Examples/apec-som1.txt")

  /// The writer golden files.
  static let goldenDirectory = packageRoot.appendingPathComponent("Formats/PlainText/Golden")

  /// The seed's bytes, or `nil` (after a note) when ../shared is absent; fails instead when
  /// BRIEFING_REQUIRE_TESTDATA=1.
  static func seedBytes() -> [UInt8]? {
    if let data = FileManager.default.contents(atPath: seedURL.path) { return Array(data) }
    if ProcessInfo.processInfo.environment["BRIEFING_REQUIRE_TESTDATA"] == "1" {
      Issue.record("missing seed at \(seedURL.path) (BRIEFING_REQUIRE_TESTDATA=1)")
    } else {
      print("note: skipping, \(seedURL.path) is absent")
    }
    return nil
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

  /// Compares `actual` with the golden file `name`; RECORD_GOLDENS=1 rewrites it and fails.
  static func checkGolden(_ actual: String, named name: String) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: goldenDirectory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      Issue.record("recorded \(name); review the diff and rerun without RECORD_GOLDENS")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "output differs from Golden/\(name); RECORD_GOLDENS=1 rewrites")
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

/// The seed's model, built from the literal strings in SeedText.
func seedModel() -> Briefing {
  Briefing(
    title: InlineText(plain: SeedText.title), category: SeedText.category,
    engagement: Engagement(
      reactions: [Reaction(label: "Interesting"), Reaction(label: "Support")],
      loginRequired: true),
    sections: [
      .takeaways(
        TakeawaysSection(
          title: "Key takeaways", items: SeedText.takeaways.map { InlineText(plain: $0) })),
      .questions(
        QuestionsSection(
          title: "Follow Up Questions",
          items: SeedText.questions.map {
            Question(
              question: InlineText(plain: $0.question),
              answer: BlockText(plainParagraphs: [$0.answer]), expanded: false)
          })),
      .comments(CommentsSection(title: "Comments", policy: .loggedIn, items: [])),
    ])
}
