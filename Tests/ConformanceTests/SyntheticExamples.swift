import BriefingCore
import OrderedCollections

/// Briefings built in code that exercise every field and the strings formats find hard:
/// markup characters, YAML look-alikes (`yes`, `null`, `1`), quotes, non-breaking spaces and
/// look-alike dashes, leading and trailing spaces, empty lists.
enum SyntheticExamples {
  /// The examples by name, for test arguments.
  static let all: [String: Briefing] = [
    "every-field": everyField,
    "hostile-strings": hostileStrings,
    "minimal": Briefing(title: InlineText(commonMark: "Minimal")),
  ]

  static var names: [String] { all.keys.sorted() }

  static let everyField = Briefing(
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

  static let hostileStrings = Briefing(
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
}
