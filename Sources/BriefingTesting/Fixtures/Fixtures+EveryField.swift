// Briefings built in code that exercise every field and the strings formats find hard:
// markup characters, YAML look-alikes (`yes`, `null`, `1`), quotes, non-breaking spaces and
// look-alike dashes, leading and trailing spaces, empty lists.
import BriefingCore
import OrderedCollections
import RichText

extension Fixtures {
  /// Every field set, rich text written as CommonMark, extensions of every JSON kind.
  public static let everyField = Briefing(
    title: InlineText(commonMark: "APEC *SOM1* concludes"),
    category: "Operational Updates", id: "apec-som1",
    summary: BlockText(commonMark: "A lead paragraph.\n\nAnd a second one with `code`."),
    published: "2025-03-01", updated: "2025-03-02T10:00:00Z",
    source: BriefingSource(name: "Example News", url: "https://example.com/a?b=1&c=2"),
    authors: ["A. Writer", "B. Editor"], tags: ["trade", "apec"], language: "en",
    engagement: Engagement(
      reactions: [
        Reaction(label: "Interesting", count: 3, total: 10),
        Reaction(label: "Useful", count: 0, total: 0, extensions: ["x-color": .string("green")]),
      ], loginRequired: true),
    sections: [
      .takeaways(TakeawaysSection(items: [InlineText(commonMark: "First **point**")])),
      .questions(
        QuestionsSection(
          title: "Questions",
          items: [
            Question(
              question: InlineText(commonMark: "What happened?"),
              answer: BlockText(commonMark: "- one\n- two\n\n> quoted"), expanded: true, id: "q1"),
            Question(
              question: InlineText(commonMark: "Why?"), answer: BlockText(commonMark: "Because.")),
          ])),
      .comments(
        CommentsSection(
          policy: .loggedIn,
          items: [
            Comment(
              author: "reader", posted: "2025-03-01T12:00:00Z",
              body: BlockText(commonMark: "Nice."),
              replies: [Comment(author: "author", body: BlockText(commonMark: "Thanks!"))])
          ])),
      .text(TextSection(title: "Background", body: BlockText(commonMark: "Some *text*."))),
    ],
    extensions: [
      "x-internal": .object(["rank": .integer(2), "score": .number(0.5), "ok": .bool(true)]),
      "x-list": .array([.null, .string("s")]),
    ])

  /// Strings that YAML, Markdown and HTML read as something else, in the fields that take
  /// free text; empty sections of every kind.
  public static let hostileStrings = Briefing(
    title: InlineText(commonMark: "Tags \\<b\\> \\& \\*stars\\* and \"quotes\" 'single'"),
    category: "yes", id: "x1",
    summary: BlockText(commonMark: "Non\u{2011}binding \u{2013} text\u{A0}with NBSP"),
    published: "1", authors: ["null", "- dash", "#hash", "key: value", " padded "],
    tags: ["true", "~", "[x]", "{y}", "@at", "%pct"], language: "zh-Hans",
    sections: [
      .takeaways(TakeawaysSection(items: [])),
      .questions(QuestionsSection(items: [])),
      .comments(CommentsSection(policy: .closed, items: [])),
      .text(TextSection(body: BlockText(commonMark: "中文 and emoji 🎉"))),
    ])

  /// Every field of FORMAT.md with plain (markup-free) text and awkward strings where strings
  /// are free-form.
  public static let everyFieldPlain = Briefing(
    title: InlineText(plain: "U.S. Sends Delegation to SOM1"), category: "Operational Updates",
    id: "apec-som1",
    summary: BlockText(plainParagraphs: ["First paragraph.", "Second paragraph."]),
    published: "2026-01-30", updated: "2026-01-31T09:00:00Z",
    source: BriefingSource(name: "State Department", url: "https://www.state.gov/x?a=1#b"),
    authors: ["Ann O'Neil", "yes", "- dash"], tags: ["apec", "2026", "trade: policy"],
    language: "en",
    engagement: Engagement(
      reactions: [
        Reaction(label: "Interesting", count: 1, total: 3),
        Reaction(label: "Support", count: 0, total: 0),
      ],
      loginRequired: true, extensions: ["x-shown": .bool(false)]),
    sections: [
      .takeaways(
        TakeawaysSection(title: nil, items: [InlineText(plain: "One."), InlineText(plain: "Two.")])),
      .questions(
        QuestionsSection(
          title: "Questions: asked",
          items: [
            Question(
              question: InlineText(plain: "Why?"), answer: BlockText(plainParagraphs: ["Because."])),
            Question(
              question: InlineText(plain: "How?"),
              answer: BlockText(plainParagraphs: ["Like this.", "And this."]),
              expanded: true, id: "how", extensions: ["x-votes": .integer(3)]),
          ])),
      .comments(
        CommentsSection(
          policy: .closed,
          items: [
            Comment(
              author: "ann", posted: "2026-02-01T10:00:00Z",
              body: BlockText(plainParagraphs: ["Hello."]),
              replies: [Comment(author: "bob", body: BlockText(plainParagraphs: ["Hi."]))])
          ])),
      .text(
        TextSection(body: BlockText(plainParagraphs: ["Free text."]), extensions: ["x-note": .null])
      ),
    ],
    extensions: [
      "x-origin": .object(["tool": .string("test"), "list": .array([.number(1.5), .string("")])])
    ])

  /// A briefing with a title and nothing else.
  public static let minimal = Briefing(title: InlineText(commonMark: "Minimal"))

  /// A briefing of `count` questions, each with two long paragraphs of non-ASCII text for an
  /// answer: 2,400 questions write as more than 1 MB of JSON or YAML.
  public static func large(questions count: Int) -> Briefing {
    let item = Array(repeating: "Asia‑Pacific trade “note”", count: 9).joined(separator: " ")
    let questions = (0..<count).map { index in
      Question(
        question: InlineText(plain: "Question \(index)?"),
        answer: BlockText(plainParagraphs: [item, item]), id: "q-\(index)")
    }
    return Briefing(
      title: InlineText(plain: "Large"), sections: [.questions(QuestionsSection(items: questions))])
  }
}
