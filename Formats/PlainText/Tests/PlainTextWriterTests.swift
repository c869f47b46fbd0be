// (e) Writer goldens (RECORD_GOLDENS=1 rewrites them and fails, for review) and (f) round
// trips: read(write(m)) == m for models inside what plain text carries, == carried(m) for the
// rest, with the writer's warnings naming what it could not keep.
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import PlainTextFormat
import RichText
import Testing

/// Models for the writer tests.
enum WriterModels {
  /// Every section type, custom titles, replies, an open question, several paragraphs.
  static let kitchenSink = Briefing(
    title: plain("Ministers meet in Lima"), category: "Trade",
    engagement: Engagement(
      reactions: [
        Reaction(label: "Likes", count: 3, total: 10),
        Reaction(label: "Useful", count: 5, total: 7),
      ]),
    sections: [
      .text(
        TextSection(
          title: "Background",
          body: paragraphs(
            "Lima hosts the meeting.\nIt runs two days.", "Delegations arrive Monday."))),
      .takeaways(
        TakeawaysSection(
          title: "Highlights",
          items: [plain("Tariffs are on the agenda."), plain("Two lines", "in one item.")])),
      .questions(
        QuestionsSection(
          title: "Follow Up Questions",
          items: [
            Question(
              question: plain("Who attends?"),
              answer: paragraphs("Twenty-one economies.", "Observers too."), expanded: true),
            Question(question: plain("When does it end?"), answer: paragraphs("On Tuesday.")),
          ])),
      .text(TextSection(title: "Notes", body: paragraphs("A note after the questions."))),
      .comments(
        CommentsSection(
          title: "Comments", policy: .closed,
          items: [
            Comment(
              author: "Jane Doe", posted: "2026-01-02T10:00:00Z",
              body: paragraphs("Great summary,\nthanks.", "One more thing."),
              replies: [Comment(author: "Bob", posted: "2026-01-02", body: paragraphs("Agreed."))]),
            Comment(author: "Carl", body: paragraphs("No date here.")),
          ])),
    ])

  /// Long paragraphs for wrapping.
  static let longText = Briefing(
    title: plain("Wrapping"),
    sections: [
      .takeaways(
        TakeawaysSection(
          title: "Key takeaways",
          items: [
            InlineText(
              plain: "A takeaway long enough to wrap onto a second line at forty columns."),
            InlineText(plain: "Short."),
          ])),
      .questions(
        QuestionsSection(
          title: "Follow Up Questions",
          items: [
            Question(
              question: InlineText(
                plain: "A question is never wrapped even when it is longer than the width?"),
              answer: BlockText(plainParagraphs: [
                "An answer paragraph that goes on and on, with an "
                  + "unbreakable-word-longer-than-forty-columns-in-it, and a\u{A0}non-breaking space."
              ]))
          ])),
      .comments(
        CommentsSection(
          title: "Comments",
          items: [
            Comment(
              author: "Reader",
              body: BlockText(plainParagraphs: [
                "A comment body that is also long enough to wrap at forty."
              ]))
          ])),
    ])

  /// Text that looks like markup or layout but is content.
  static let hostile = Briefing(
    title: plain("*_#[]` <&> \u{A0}nbsp"), category: "x-Category: 1/2",
    engagement: Engagement(
      reactions: [Reaction(label: "Good <&>", count: 1, total: 2)], loginRequired: true),
    sections: [
      .takeaways(
        TakeawaysSection(
          title: "Key takeaways",
          items: [
            plain("- looks like a bullet"), plain("• so does this"), plain("*_emphasis_*"),
            plain("Interesting: 1/2"),
          ])),
      .questions(
        QuestionsSection(
          title: "Follow Up Questions",
          items: [
            Question(
              question: plain("Will it Expand"),
              answer: paragraphs(
                "- a line like a bullet\nInteresting: 1/2", "Comments", "[link](http://x) & <b>")),
            Question(
              question: plain("Ends in Collapse?"), answer: paragraphs("Key takeaways:"),
              expanded: true),
          ])),
      .comments(
        CommentsSection(
          title: "Comments",
          items: [
            Comment(author: "Mallory · not a date", body: paragraphs("  indented? no: trimmed"))
          ])),
    ])
}

@Suite("Writer")
struct PlainTextWriterTests {
  @Test("golden: every section type (Golden/kitchen-sink.txt)")
  func goldenKitchenSink() throws {
    let result = try Fixture.write(WriterModels.kitchenSink)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    assertGolden(result.bytes, path: Fixture.golden("kitchen-sink.txt"))
  }

  @Test("golden: wrapped at 40 columns (Golden/wrapped-40.txt)")
  func goldenWrapped() throws {
    let result = try Fixture.write(WriterModels.longText, columns: 40)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    let text = String(decoding: result.bytes, as: UTF8.self)
    assertGolden(text, path: Fixture.golden("wrapped-40.txt"))
    // No wrapped line is longer than 40 scalars unless it is a single word.
    for line in text.split(separator: "\n") where line.unicodeScalars.count > 40 {
      let isQuestion = line.hasSuffix("Expand")
      #expect(isQuestion || !line.trimmingCharacters(in: .whitespaces).contains(" "), "\(line)")
    }
  }

  @Test("golden: content that looks like markup or layout (Golden/hostile.txt)")
  func goldenHostile() throws {
    let result = try Fixture.write(WriterModels.hostile)
    assertGolden(result.bytes, path: Fixture.golden("hostile.txt"))
  }

  @Test("output is LF-only, ends in exactly one newline and is deterministic")
  func outputShape() throws {
    let first = try Fixture.write(WriterModels.kitchenSink).bytes
    let second = try Fixture.write(WriterModels.kitchenSink).bytes
    #expect(first == second)
    #expect(!first.contains(0x0D))
    #expect(first.last == 0x0A)
    #expect(first.dropLast().last != 0x0A)
  }

  @Test("round trip: read(write(m)) == m for models plain text carries")
  func roundTripCarried() throws {
    for model in [Fixtures.seed, WriterModels.kitchenSink, WriterModels.longText] {
      let written = try Fixture.write(model)
      let back = Fixture.read(written.bytes)
      #expect(back.diagnostics.isEmpty, "\(back.diagnostics.map(\.formatted))")
      #expect(back.briefing == model)
      #expect(PlainTextFormat.carried(model) == model)
    }
  }

  @Test("round trip of wrapped output: unwrap restores the model, the default gives soft breaks")
  func roundTripWrapped() throws {
    let model = WriterModels.longText
    let written = try Fixture.write(model, columns: 40)
    #expect(Fixture.read(written.bytes, unwrap: true).briefing == model)
    let softBreaks = try #require(Fixture.read(written.bytes).briefing)
    #expect(softBreaks != model)
    #expect(PlainTextFormat.carried(softBreaks, joinedLines: true) == model)
  }

  @Test("hostile strings: markup characters, NBSP, layout look-alikes inside content")
  func roundTripHostile() throws {
    let model = WriterModels.hostile
    let written = try Fixture.write(model)
    let text = String(decoding: written.bytes, as: UTF8.self)
    #expect(text.contains("*_#[]` <&> \u{A0}nbsp"))
    #expect(text.contains("Will it ExpandExpand"))
    let back = try #require(Fixture.read(written.bytes).briefing)
    // What the layout cannot keep apart is reported; here: the comment author's " · " suffix is
    // not a date so it stays; the indented body line is trimmed (leading blanks are layout).
    let expected = PlainTextFormat.carried(model)
    #expect(back.title == model.title)
    #expect(back.category == model.category)
    #expect(back.engagement == model.engagement)
    #expect(back.sections[0] == model.sections[0])
    #expect(back.sections[1] == model.sections[1])
    #expect(back == expected)
    #expect(written.diagnostics.isEmpty, "\(written.diagnostics.map(\.message))")
  }

  @Test("content the layout cannot keep apart is reported as 'plain.ambiguous-output'")
  func ambiguousOutput() throws {
    let model = Briefing(
      title: plain("T"),
      sections: [
        .questions(
          QuestionsSection(items: [
            Question(question: plain("Q?"), answer: paragraphs("We will Expand", "Second."))
          ]))
      ])
    let written = try Fixture.write(model)
    #expect(written.diagnostics.map(\.id) == ["plain.ambiguous-output"])
    #expect(written.diagnostics.first?.path == DocumentPath(pointer: "/sections/0/items/0"))
    // A last answer paragraph that is a default heading, before another heading, reads as an
    // empty section of that type.
    let headingLike = Briefing(
      title: plain("T"),
      sections: [
        .questions(
          QuestionsSection(items: [
            Question(question: plain("Q?"), answer: paragraphs("Key takeaways"))
          ])),
        .comments(CommentsSection(policy: .open)),
      ])
    let second = try Fixture.write(headingLike)
    #expect(second.diagnostics.map(\.id) == ["plain.ambiguous-output"])
    #expect(second.diagnostics.first?.path == DocumentPath(pointer: "/sections/0/items/0"))
  }

  @Test("dropped fields and flattened markup are reported")
  func lossReport() throws {
    var model = WriterModels.kitchenSink
    model.id = "lima"
    model.tags = ["trade"]
    model.extensions["x-internal"] = .bool(true)
    model.summary = paragraphs("Lead.")
    model.title = InlineText([
      .emphasis([.text("Ministers")]), .text(" meet in "),
      .link(Link(destination: "https://lima.example", content: [.text("Lima")])),
    ])
    let written = try Fixture.write(model)
    #expect(written.diagnostics.map(\.id) == ["plain.lossy", "plain.lossy-markup"])
    let lossy = try #require(written.diagnostics.first)
    for field in ["'id'", "'summary'", "'tags'", "'x- extension data'"] {
      #expect(lossy.message.contains(field))
    }
    let text = String(decoding: written.bytes, as: UTF8.self)
    #expect(text.contains("Ministers meet in Lima (https://lima.example)\n"))
    let back = try #require(Fixture.read(written.bytes).briefing)
    #expect(back == PlainTextFormat.carried(model))
    #expect(back.id == nil && back.tags.isEmpty && back.extensions.isEmpty && back.summary == nil)
  }

  @Test("links and raw HTML read the same in paragraphs, list items and quotes")
  func richTextIsWrittenAlikeInEveryBlock() throws {
    let link = Inline.link(Link(destination: "https://x.org", content: [.text("https://x.org")]))
    let inlines: [Inline] = [link, .text(" "), .html("<b>")]
    let answer = BlockText([
      .paragraph(inlines),
      .list(ListBlock(kind: .bullet(marker: 45), isTight: true, items: [[.paragraph(inlines)]])),
      .blockQuote([.paragraph(inlines)]),
    ])
    let model = Briefing(
      title: plain("T"),
      sections: [
        .questions(QuestionsSection(items: [Question(question: plain("Q?"), answer: answer)]))
      ])
    let text = String(decoding: try Fixture.write(model).bytes, as: UTF8.self)
    #expect(text.contains("\nhttps://x.org (https://x.org) <b>\n"))
    #expect(text.contains("\n• https://x.org (https://x.org) <b>\n"))
    #expect(text.contains("\n> https://x.org (https://x.org) <b>\n"))
  }

  @Test("fixed point: write(read(write(m))) == write(m)")
  func fixedPoint() throws {
    for model in [WriterModels.kitchenSink, WriterModels.hostile, WriterModels.longText] {
      let once = try Fixture.write(model).bytes
      let back = try #require(Fixture.read(once).briefing)
      #expect(try Fixture.write(back).bytes == once)
    }
  }

  @Test("the descriptor: name, aliases, extension, media type, options")
  func descriptor() {
    let descriptor = PlainTextFormat().descriptor
    #expect(descriptor.name == "plain")
    #expect(descriptor.aliases == ["text", "txt"])
    #expect(descriptor.fileExtensions == ["txt"])
    #expect(descriptor.mediaType == "text/plain")
    #expect(descriptor.isLossless == false)
    #expect(descriptor.options.map(\.name) == ["columns", "unwrap"])
    #expect(PlainTextFormat().reader != nil && PlainTextFormat().writer != nil)
  }
}
