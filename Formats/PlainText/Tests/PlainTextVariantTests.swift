// (c) Text as it looks elsewhere: each variant of the seed's layout, with the model asserted
// field by field, and the ambiguity warnings (id and line:column) where the reader guesses.
import BriefingCore
import BriefingFormats
import PlainTextFormat
import RichText
import Testing

@Suite("Variants")
struct PlainTextVariantTests {
  /// A short briefing in the seed's layout, lines joined by `end`.
  static func sample(_ end: String = "\n", trailing: String = "") -> String {
    [
      "Policy", "", "A title", "", "Interesting: 1/2 • Support: 0/3Log in to vote", "",
      "Key takeaways", "", "  • First", "  • Second", "", "Follow Up Questions", "",
      "Why?Expand", "", "Because.", "", "Comments", "", "Anyone can comment.",
    ].map { $0.isEmpty ? $0 : $0 + trailing }.joined(separator: end) + end
  }

  static let sampleModel = Briefing(
    title: plain("A title"), category: "Policy",
    engagement: Engagement(
      reactions: [
        Reaction(label: "Interesting", count: 1, total: 2),
        Reaction(label: "Support", count: 0, total: 3),
      ], loginRequired: true),
    sections: [
      .takeaways(
        TakeawaysSection(title: "Key takeaways", items: [plain("First"), plain("Second")])),
      .questions(
        QuestionsSection(
          title: "Follow Up Questions",
          items: [Question(question: plain("Why?"), answer: paragraphs("Because."))])),
      .comments(CommentsSection(title: "Comments", policy: .open)),
    ])

  @Test("LF, CRLF and lone-CR line ends read the same", arguments: ["\n", "\r\n", "\r"])
  func lineEnds(end: String) throws {
    let result = Fixture.read(Self.sample(end))
    #expect(result.diagnostics.isEmpty)
    let briefing = try #require(result.briefing)
    #expect(briefing.category == "Policy")
    #expect(briefing.title == plain("A title"))
    #expect(briefing.engagement?.reactions.map(\.count) == [1, 0])
    #expect(briefing.engagement?.reactions.map(\.total) == [2, 3])
    #expect(briefing == Self.sampleModel)
  }

  @Test("trailing spaces and tabs are layout, not content")
  func trailingBlanks() throws {
    let briefing = try #require(Fixture.read(Self.sample(trailing: "  \t ")).briefing)
    #expect(briefing.title == plain("A title"))
    #expect(briefing == Self.sampleModel)
  }

  @Test("a byte order mark is skipped")
  func byteOrderMark() throws {
    let briefing = try #require(
      Fixture.read([0xEF, 0xBB, 0xBF] + Array(Self.sample().utf8)).briefing)
    #expect(briefing.category == "Policy")
  }

  @Test("bullets: '•', '-', '*', indented or not, blank lines between, continuation lines")
  func bulletStyles() throws {
    let text = """
      T

      Key takeaways

      • dot
        - dash indented
      * star

      - after a blank
        continued here
      *not a bullet*
      """
    let result = Fixture.read(text)
    let briefing = try #require(result.briefing)
    guard case .takeaways(let section) = briefing.sections.first else {
      Issue.record("no takeaways section: \(briefing.sections)")
      return
    }
    #expect(section.title == "Key takeaways")
    #expect(
      section.items == [
        plain("dot", "- dash indented"), plain("star"),
        plain("after a blank", "continued here", "*not a bullet*"),
      ])
  }

  @Test("'Expand' after a space, 'Collapse' glued or spaced, answers of several paragraphs")
  func questionMarkers() throws {
    let text = """
      T

      Follow Up Questions

      Is it open? Collapse

      First paragraph
      goes on.

      Second paragraph.

      Is it closed? Expand

      Yes.

      Glued?Collapse
      """
    let result = Fixture.read(text)
    #expect(result.diagnostics.isEmpty)
    let briefing = try #require(result.briefing)
    guard case .questions(let section) = briefing.sections.first else {
      Issue.record("no questions section")
      return
    }
    #expect(section.items.count == 3)
    #expect(
      section.items.map(\.question) == [
        plain("Is it open?"), plain("Is it closed?"), plain("Glued?"),
      ])
    #expect(section.items.map(\.expanded) == [true, false, true])
    #expect(section.items[0].answer == paragraphs("First paragraph\ngoes on.", "Second paragraph."))
    #expect(section.items[1].answer == paragraphs("Yes."))
    #expect(section.items[2].answer.isEmpty)
  }

  @Test("no engagement line: category and title still read, with no warning when sections follow")
  func missingEngagement() throws {
    let result = Fixture.read("Policy\n\nA title\n\nKey takeaways\n\n  • One\n")
    #expect(result.diagnostics.isEmpty)
    let briefing = try #require(result.briefing)
    #expect(briefing.category == "Policy")
    #expect(briefing.title == plain("A title"))
    #expect(briefing.engagement == nil)
    #expect(
      briefing.sections == [
        .takeaways(TakeawaysSection(title: "Key takeaways", items: [plain("One")]))
      ])
  }

  @Test("title only, then the engagement line: no category")
  func titleWithoutCategory() throws {
    let briefing = try #require(Fixture.read("Just a title\n\nLikes: 3/10\n").briefing)
    #expect(briefing.category == nil)
    #expect(briefing.title == plain("Just a title"))
    #expect(
      briefing.engagement == Engagement(reactions: [Reaction(label: "Likes", count: 3, total: 10)]))
    #expect(briefing.sections.isEmpty)
  }

  @Test("no comments section: the last answer runs to the end")
  func missingComments() throws {
    let briefing = try #require(
      Fixture.read("C\n\nT\n\nFollow Up Questions\n\nQ?Expand\n\nA.\n\nMore.\n").briefing)
    #expect(briefing.sections.count == 1)
    guard case .questions(let section) = briefing.sections.first else {
      Issue.record("no questions")
      return
    }
    #expect(section.items == [Question(question: plain("Q?"), answer: paragraphs("A.", "More."))])
  }

  @Test(
    "comment notices map to policies, with or without the final period",
    arguments: [
      ("Comments are closed.", CommentPolicy.closed), ("Anyone can comment.", .open),
      ("Only logged-in users can comment.", .loggedIn), ("comments are closed", .closed),
    ])
  func notices(notice: String, policy: CommentPolicy) throws {
    let briefing = try #require(Fixture.read("T\n\nComments\n\n\(notice)\nLoading...\n").briefing)
    #expect(briefing.sections == [.comments(CommentsSection(title: "Comments", policy: policy))])
  }

  @Test("engagement lines with any labels, a spaced login phrase, or none")
  func engagementLines() throws {
    let cases: [(String, Engagement)] = [
      (
        "Likes: 3/10 • Useful: 5/7",
        Engagement(reactions: [
          Reaction(label: "Likes", count: 3, total: 10),
          Reaction(label: "Useful", count: 5, total: 7),
        ])
      ),
      (
        "Wow: 0/1 Log in to vote",
        Engagement(reactions: [Reaction(label: "Wow", count: 0, total: 1)], loginRequired: true)
      ),
      ("Log in to vote", Engagement(loginRequired: true)),
    ]
    for (line, expected) in cases {
      let briefing = try #require(Fixture.read("C\n\nT\n\n\(line)\n").briefing)
      #expect(briefing.category == "C")
      #expect(briefing.engagement == expected, "\(line)")
    }
  }

  @Test("text sections: underlined headings anywhere, bare headings after takeaways")
  func textSections() throws {
    let text = """
      T

      Key takeaways

        • One

      Background

      Some text
      on two lines.

      Follow Up Questions

      Q?Expand

      A.

      Notes
      -----

      Free text.
      """
    let result = Fixture.read(text)
    #expect(result.diagnostics.isEmpty)
    let briefing = try #require(result.briefing)
    #expect(
      briefing.sections == [
        .takeaways(TakeawaysSection(title: "Key takeaways", items: [plain("One")])),
        .text(TextSection(title: "Background", body: paragraphs("Some text\non two lines."))),
        .questions(
          QuestionsSection(
            title: "Follow Up Questions",
            items: [Question(question: plain("Q?"), answer: paragraphs("A."))])),
        .text(TextSection(title: "Notes", body: paragraphs("Free text."))),
      ])
    let map = result.sourceMap
    #expect(map[DocumentPath(pointer: "/sections/1/title")!]?.start.line == 7)
    #expect(map[DocumentPath(pointer: "/sections/3/body")!]?.start.line == 21)
  }

  @Test("comments with author, time, body paragraphs and nested replies")
  func commentsLayout() throws {
    let text = """
      T

      Comments

      Anyone can comment.

      Jane Doe · 2026-01-02T10:00:00Z
        First line
        second line.

        Second paragraph.

        Bob · 2026-01-02T11:00:00Z
          Reply.

          Ann
            Nested reply.

      Carl
        No date.
      """
    let result = Fixture.read(text)
    #expect(result.diagnostics.isEmpty)
    let briefing = try #require(result.briefing)
    let nested = Comment(author: "Ann", body: paragraphs("Nested reply."))
    let reply = Comment(
      author: "Bob", posted: "2026-01-02T11:00:00Z", body: paragraphs("Reply."), replies: [nested])
    let jane = Comment(
      author: "Jane Doe", posted: "2026-01-02T10:00:00Z",
      body: paragraphs("First line\nsecond line.", "Second paragraph."), replies: [reply])
    let carl = Comment(author: "Carl", body: paragraphs("No date."))
    #expect(
      briefing.sections == [
        .comments(CommentsSection(title: "Comments", policy: .open, items: [jane, carl]))
      ])
    let path = DocumentPath(pointer: "/sections/0/items/0/replies/0/replies/0/author")!
    let offset = try #require(text.utf8.firstRange(of: "Ann".utf8)).lowerBound
    let expected = SourceLocation(
      line: 16, column: 5, offset: text.utf8.distance(from: text.utf8.startIndex, to: offset))
    #expect(result.sourceMap[path]?.start == expected)
  }

  @Test("text is literal: '*', '_', '#', '[]', '<&>' are not markup")
  func literalText() throws {
    let text = "*Cat*\n\n_Title_ with [link](x) & <b>\n\nKey takeaways\n\n  • **bold** `code`\n"
    let briefing = try #require(Fixture.read(text).briefing)
    #expect(briefing.category == "*Cat*")
    #expect(briefing.title.inlines == [.text("_Title_ with [link](x) & <b>")])
    #expect(
      briefing.sections == [
        .takeaways(TakeawaysSection(title: "Key takeaways", items: [plain("**bold** `code`")]))
      ])
  }

  @Test("unwrap joins a paragraph's lines with a space")
  func unwrapOption() throws {
    let briefing = try #require(
      Fixture.read("T\n\nFollow Up Questions\n\nQ?Expand\n\nwrapped\nanswer\n", unwrap: true)
        .briefing)
    guard case .questions(let section) = briefing.sections.first else {
      Issue.record("no questions")
      return
    }
    #expect(section.items.first?.answer == BlockText([.paragraph([.text("wrapped answer")])]))
  }
}

@Suite("Ambiguities")
struct PlainTextAmbiguityTests {
  @Test("without an engagement line, category vs title is a guess when a paragraph follows")
  func ambiguousHeader() throws {
    let result = Fixture.read("First\n\nSecond\n\nA paragraph of text.\n")
    let briefing = try #require(result.briefing)
    #expect(briefing.category == "First")
    #expect(briefing.title == plain("Second"))
    #expect(briefing.sections == [.text(TextSection(body: paragraphs("A paragraph of text.")))])
    #expect(result.diagnostics.map(\.id) == ["plain.ambiguous-header"])
    #expect(result.diagnostics.first?.range?.start == SourceLocation(line: 1, column: 1, offset: 0))
  }

  @Test("a one-line paragraph before bullets inside an answer stays in the answer, with a warning")
  func ambiguousLine() throws {
    let text = "T\n\nFollow Up Questions\n\nQ?Expand\n\nOptions:\n\n- a\n- b\n"
    let result = Fixture.read(text)
    let briefing = try #require(result.briefing)
    guard case .questions(let section) = briefing.sections.first else {
      Issue.record("no questions")
      return
    }
    #expect(briefing.sections.count == 1)
    #expect(section.items.first?.answer == paragraphs("Options:", "- a\n- b"))
    #expect(result.diagnostics.map(\.id) == ["plain.ambiguous-line"])
    #expect(result.diagnostics.first?.range?.start.line == 7)
    #expect(result.diagnostics.first?.range?.start.column == 1)
  }

  @Test("a spaced marker after text that is not a question is read as a question, with a warning")
  func ambiguousQuestion() throws {
    let result = Fixture.read("T\n\nFollow Up Questions\n\nTell me more Expand\n")
    let briefing = try #require(result.briefing)
    #expect(
      briefing.sections == [
        .questions(
          QuestionsSection(
            title: "Follow Up Questions",
            items: [Question(question: plain("Tell me more"), answer: BlockText([]))]))
      ])
    #expect(result.diagnostics.map(\.id) == ["plain.ambiguous-question"])
    #expect(result.diagnostics.first?.range?.start.line == 5)
  }

  @Test("a question without a marker under the questions heading is read as one, with a warning")
  func missingMarker() throws {
    let result = Fixture.read("T\n\nFollow Up Questions\n\nWhat?\n\nThat.\n")
    let briefing = try #require(result.briefing)
    guard case .questions(let section) = briefing.sections.first else {
      Issue.record("no questions: \(briefing.sections)")
      return
    }
    #expect(section.items == [Question(question: plain("What?"), answer: paragraphs("That."))])
    #expect(result.diagnostics.map(\.id) == ["plain.missing-marker"])
  }
}
