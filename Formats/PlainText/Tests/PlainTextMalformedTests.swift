// (d) Input that is not a briefing's text: a clear diagnostic or a sensible model, never a
// crash or a hang.
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import PlainTextFormat
import RichText
import Testing

@Suite("Malformed input")
struct PlainTextMalformedTests {
  @Test("empty or blank input is 'plain.empty'", arguments: ["", "\n\n", "  \t \r\n \n"])
  func empty(text: String) {
    let result = Fixture.read(text)
    #expect(result.briefing == nil)
    #expect(result.diagnostics.map(\.id) == ["plain.empty"])
    #expect(result.diagnostics.first?.severity == .error)
  }

  @Test("invalid UTF-8 is 'plain.encoding' at the offending byte's line and column")
  func invalidUTF8() {
    let bytes = Array("Title\n\nab".utf8) + [0xC3, 0x28] + Array(" more\n".utf8)
    let result = Fixture.read(bytes)
    #expect(result.briefing == nil)
    #expect(result.diagnostics.map(\.id) == ["plain.encoding"])
    #expect(result.diagnostics.first?.range?.start == SourceLocation(line: 3, column: 3, offset: 9))
    #expect(result.diagnostics.first?.message.contains("0xC3") == true)
  }

  @Test(
    "overlong forms, surrogates, truncated sequences and bytes above U+10FFFF are rejected",
    arguments: [
      [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
    ]
      as [[UInt8]])
  func invalidSequences(bytes: [UInt8]) {
    let result = Fixture.read(Array("T\n".utf8) + bytes)
    #expect(result.diagnostics.map(\.id) == ["plain.encoding"])
  }

  @Test("binary data (NUL bytes) is 'plain.encoding'")
  func binary() {
    var generator = SeededGenerator(seed: 4096)
    var bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    bytes[100] = 0
    let result = Fixture.read(bytes)
    #expect(result.briefing == nil, "seed \(generator.seed)")
    #expect(result.diagnostics.map(\.id) == ["plain.encoding"], "seed \(generator.seed)")
  }

  @Test("a file of only bullets is 'plain.no-title' with the bullets kept as takeaways")
  func onlyBullets() throws {
    let result = Fixture.read("• one\n• two\n- three\n")
    #expect(result.diagnostics.map(\.id) == ["plain.no-title"])
    #expect(result.diagnostics.first?.range?.start.line == 1)
    let briefing = try #require(result.briefing)
    #expect(briefing.title.isEmpty)
    #expect(
      briefing.sections == [
        .takeaways(TakeawaysSection(items: [plain("one"), plain("two"), plain("three")]))
      ])
  }

  @Test("an engagement line with no title before it is 'plain.no-title'")
  func engagementFirst() throws {
    let result = Fixture.read("Likes: 1/2\n\nKey takeaways\n\n• a\n")
    #expect(result.diagnostics.map(\.id) == ["plain.no-title"])
    #expect(result.briefing?.engagement?.reactions.first?.label == "Likes")
  }

  @Test("1 MB on one line is the title")
  func oneMegabyteLine() throws {
    let line = String(repeating: "word ", count: 200_000) + "Expand"
    let result = Fixture.read(line)
    let briefing = try #require(result.briefing)
    #expect(briefing.title.inlines == [.text(line)])
    #expect(briefing.sections.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test("many short blocks and deep comment indentation stay linear and bounded")
  func manyBlocksAndDeepNesting() throws {
    let blocks = String(repeating: "Comments\n\n", count: 20_000)
    let briefing = try #require(Fixture.read("T\n\n" + blocks).briefing)
    #expect(briefing.sections.count == 20_000)

    var deep = "T\n\nComments\n\nAnyone can comment.\n\n"
    for depth in 0..<200 {
      deep += String(repeating: " ", count: depth * 2) + "Person \(depth)\n"
    }
    deep += String(repeating: " ", count: 400) + "Bottom.\n"
    let result = Fixture.read(deep)
    #expect(result.diagnostics.map(\.id) == ["plain.depth-limit"])
    guard case .comments(let section) = try #require(result.briefing).sections.first else {
      Issue.record("no comments section")
      return
    }
    var depth = 0
    var comment = try #require(section.items.first)
    while let reply = comment.replies.first {
      comment = reply
      depth += 1
    }
    #expect(depth == 31)
    #expect(comment.body.blocks.count == 1)
  }

  @Test("thousands of comments, questions and bullets are all read")
  func manyItems() throws {
    var text = "T\n\nKey takeaways\n\n"
    text += String(repeating: "  • item\n", count: 20_000)
    text += "\nFollow Up Questions\n\n"
    text += String(repeating: "Q?Expand\n\nA.\n\n", count: 20_000)
    text += "Comments\n\nAnyone can comment.\n\n"
    text += String(repeating: "Jane · 2026-01-01\n  Hi.\n\n", count: 20_000)
    // Quadratic reading (a copy of the comments per block) would make this run for minutes.
    let briefing = try #require(Fixture.read(text).briefing)
    #expect(briefing.sections.count == 3)
    if case .comments(let comments) = briefing.sections.last {
      #expect(comments.items.count == 20_000)
    } else {
      Issue.record("no comments section")
    }
  }

  @Test("control characters other than NUL are kept as text")
  func controlCharacters() throws {
    let briefing = try #require(Fixture.read("A\u{7}B\u{1B}[0m\n").briefing)
    #expect(briefing.title.inlines == [.text("A\u{7}B\u{1B}[0m")])
  }

  @Test("overflowing counts are not figures: the line stays text")
  func hugeCounts() throws {
    let result = Fixture.read("C\n\nT\n\nLikes: 99999999999999999999/1\n")
    let briefing = try #require(result.briefing)
    #expect(briefing.engagement == nil)
    #expect(
      briefing.sections == [.text(TextSection(body: paragraphs("Likes: 99999999999999999999/1")))])
  }
}
