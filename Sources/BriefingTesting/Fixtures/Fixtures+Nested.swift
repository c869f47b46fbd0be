// Rich text in every field with nested replies, sections without titles, and strings that look
// like markup or layout: the models the Markdown writer's goldens and round trips are built from.
import BriefingCore
import OrderedCollections
import RichText

extension Fixtures {
  /// Blocks of every kind, with a level-two heading inside an answer.
  static let nestedKitchenSinkAnswer: [Block] =
    [
      kitchenSinkLead(linkTitle: "About"),
      .heading(level: 2, [.text("A level-two heading inside an answer")]),
    ] + kitchenSinkLists + [
      .paragraph([
        .image(Link(destination: "https://apec.org/logo.png", content: [.text("APEC logo")])),
        .text(" and "), .autolink(Autolink(target: "https://apec.org", isEmail: false)),
      ])
    ]

  /// Rich text in every field, titled sections, comment replies two deep: a second set of
  /// values beside ``kitchenSink``.
  public static var nestedKitchenSink: Briefing {
    Briefing(
      title: kitchenSinkTitle, category: "Operational Updates", id: "apec-som1",
      summary: kitchenSinkSummary,
      published: "2026-01-30", updated: "2026-01-31T09:00:00Z",
      source: BriefingSource(name: "U.S. Department of State", url: "https://state.gov/apec"),
      authors: ["Casey Mace"], tags: ["apec", "trade"], language: "en",
      engagement: Engagement(
        reactions: [Reaction(label: "Interesting", count: 2, total: 4)], loginRequired: true),
      sections: [
        .takeaways(
          TakeawaysSection(
            title: "Key takeaways",
            items: [
              InlineText([.text("Plain")]),
              InlineText([.strong([.text("Bold")]), .text(" and "), .emphasis([.text("emphasis")])]
              ),
              InlineText([
                .code("code"), .text(" and a "),
                .link(Link(destination: "https://x.org", content: [.text("link")])),
              ]),
            ])),
        .questions(
          QuestionsSection(
            title: "FAQ",
            items: [
              Question(
                question: InlineText([.text("What is "), .emphasis([.text("APEC")]), .text("?")]),
                answer: BlockText(nestedKitchenSinkAnswer), expanded: true, id: "what-is-apec"),
              Question(
                question: InlineText([
                  .text("Where is "), .code("SOM1"), .text(" and "),
                  .link(
                    Link(
                      destination: "https://apec.org", title: "t",
                      content: [.strong([.text("who")])])),
                  .text("?"),
                ]),
                answer: BlockText([.paragraph([.text("In Guangzhou.")])]),
                extensions: ["x-rank": .integer(2)]),
            ], extensions: ["x-source": .string("editor")])),
        .text(
          TextSection(title: "Background", body: BlockText([.paragraph([.text("Free text.")])]))),
        .text(TextSection(body: BlockText([.paragraph([.text("Untitled text.")])]))),
        .comments(
          CommentsSection(
            policy: .loggedIn,
            items: [
              Comment(
                author: "Ada", posted: "2026-02-01T09:30:00Z",
                body: BlockText([.paragraph([.text("First "), .emphasis([.text("comment")])])]),
                replies: [
                  Comment(
                    author: "Grace Hopper", body: BlockText([.paragraph([.text("A reply.")])]),
                    replies: [
                      Comment(author: "Ada", body: BlockText([.paragraph([.text("Deeper.")])]))
                    ])
                ]),
              Comment(author: "Bob", body: BlockText([]), extensions: ["x-flag": .bool(true)]),
            ])),
      ],
      extensions: ["x-origin": .object(["system": .string("cms"), "n": .number(1.5)])])
  }

  /// Sections with no or empty titles, and text sections whose titles or bodies look like
  /// other sections.
  public static var untitledSections: Briefing {
    Briefing(
      title: InlineText(plain: "Untitled sections"),
      sections: [
        .takeaways(TakeawaysSection()),
        .questions(QuestionsSection()),
        .comments(CommentsSection(policy: .closed)),
        .text(TextSection(body: BlockText([]))),
        .text(TextSection(title: "", body: BlockText([.paragraph([.text("Empty title")])]))),
        .takeaways(TakeawaysSection(title: "Points", items: [InlineText([])])),
        .text(
          TextSection(
            title: "Looks like takeaways",
            body: BlockText([
              .list(
                ListBlock(
                  kind: .bullet(marker: dashMarker), isTight: true,
                  items: [[.paragraph([.text("x")])]]))
            ]))),
        .text(
          TextSection(
            title: "Comments", body: BlockText([.paragraph([.text("Anyone can comment.")])]))),
        .text(
          TextSection(
            title: "Has a heading",
            body: BlockText([
              .heading(level: 2, [.text("inner")]), .heading(level: 3, [.text("third")]),
            ]))),
        .questions(
          QuestionsSection(
            title: "Key takeaways",
            items: [Question(question: InlineText([]), answer: BlockText([]))])),
      ])
  }

  /// Strings that look like Markdown, HTML or section markers, or carry spaces and breaks
  /// a writer must keep.
  public static let markupLookalikes: [String] = [
    "<&>\"'", "*_#[]`\\!", "</details>", "<summary>x</summary>", "a\u{A0}b\u{A0}", "-->",
    " leading and trailing ", "<!-- section: text -->", "# not a heading", "1. not a list",
    "line\nbreak", "tab\there", "&amp; &#42;", "---", "</summary></details><details open>",
  ]

  /// A briefing with `text` in every string and as the only text of every rich-text field.
  public static func everywhere(_ text: String) -> Briefing {
    let inline = InlineText([.text(text)])
    let block = BlockText([.paragraph([.text(text)])])
    return Briefing(
      title: inline, category: text, id: text, summary: block, authors: [text], tags: [text],
      engagement: Engagement(reactions: [Reaction(label: text)]),
      sections: [
        .takeaways(TakeawaysSection(title: text, items: [inline, inline])),
        .questions(
          QuestionsSection(
            title: text, items: [Question(question: inline, answer: block, id: text)])),
        .comments(
          CommentsSection(title: text, items: [Comment(author: text, posted: text, body: block)])),
        .text(TextSection(title: text, body: block)),
      ])
  }

  /// Raw HTML that opens or closes `<details>` and `<summary>` where a writer uses them.
  public static var hostileDetails: Briefing {
    Briefing(
      title: InlineText([.text("<&>\"' *_#[] "), .emphasis([.text("</details>")])]),
      summary: BlockText([.html("<details>\n"), .paragraph([.text("unbalanced")])]),
      sections: [
        .questions(
          QuestionsSection(items: [
            Question(
              question: InlineText([.text("Is </details> safe? <summary>x</summary>")]),
              answer: BlockText([.paragraph([.text("</details> as text")]), .html("</details>\n")])),
            Question(
              question: InlineText([
                .html("<kbd>"), .text("Ctrl"), .html("</kbd>"), .text("\u{A0}NBSP"),
              ]),
              answer: BlockText([
                .html("<details>\n<summary>nested</summary>\n"), .paragraph([.text("inner")]),
                .html("</details>\n"),
              ]), expanded: true, id: "a\"b<c>"),
            Question(
              question: InlineText([.html("<em>"), .text("raw")]),
              answer: BlockText([.html("<!-- unclosed\n")])),
          ])),
        .text(
          TextSection(
            title: "Raw",
            body: BlockText([.html("<!-- /section -->\n"), .html("<!-- section: takeaways -->\n")]))
        ),
        .takeaways(TakeawaysSection(title: "Key takeaways", items: [InlineText([.text("ok")])])),
      ])
  }
}
