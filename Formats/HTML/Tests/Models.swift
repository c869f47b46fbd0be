// Models for round trips: every field set, rich text of every kind, and hostile strings.
import BriefingCore
import OrderedCollections
import RichText

enum HTMLModels {
  static let answer: [Block] = [
    .paragraph([
      .text("APEC is "), .emphasis([.text("a forum")]), .text(" of "), .strong([.text("21")]),
      .text(" economies;"), .softBreak, .text("see "),
      .link(
        Link(
          destination: "https://apec.org/about", title: "About APEC", content: [.text("its site")])),
      .text("."),
    ]),
    .heading(level: 3, [.text("Members")]),
    .list(
      ListBlock(
        kind: .bullet(marker: UInt8(ascii: "-")), isTight: true,
        items: [
          [.paragraph([.text("Australia")])],
          [
            .paragraph([.text("Brunei "), .code("BN")]),
            .list(
              ListBlock(
                kind: .bullet(marker: UInt8(ascii: "-")), isTight: true,
                items: [[.paragraph([.text("nested")])]])),
          ],
        ])),
    .list(
      ListBlock(
        kind: .ordered(start: 3, delimiter: UInt8(ascii: ".")), isTight: false,
        items: [
          [.paragraph([.text("third")])],
          [.paragraph([.text("fourth")]), .paragraph([.text("more")])],
        ])),
    .blockQuote([.paragraph([.text("A quote"), .hardBreak, .text("on two lines")])]),
    .codeBlock(CodeBlock(info: "swift", literal: "let x = 1 < 2 && true\n", isFenced: true)),
    .thematicBreak,
    .paragraph([
      .image(
        Link(destination: "https://apec.org/logo.png", title: "", content: [.text("APEC logo")])),
      .text(" and "), .autolink(Autolink(target: "https://apec.org", isEmail: false)),
      .text(" or "), .autolink(Autolink(target: "info@apec.org", isEmail: true)),
    ]),
  ]

  static var rich: Briefing {
    Briefing(
      title: InlineText([
        .text("APEC "), .emphasis([.text("SOM1")]), .text(" opens in "), .code("Guangzhou"),
      ]),
      category: "Operational Updates", id: "apec-som1",
      summary: BlockText([
        .paragraph([
          .text("A lead with a "),
          .link(Link(destination: "https://state.gov", content: [.text("link")])),
        ])
      ]),
      published: "2026-01-30", updated: "2026-01-31T09:00:00Z",
      source: BriefingSource(
        name: "U.S. Department of State", url: "https://state.gov/apec",
        extensions: ["x-archived": .bool(true)]),
      authors: ["Casey Mace", "Ruth Perry"], tags: ["apec", "trade"], language: "en-US",
      engagement: Engagement(
        reactions: [
          Reaction(label: "Interesting", count: 21, total: 40),
          Reaction(label: "Support", count: 17, total: 35, extensions: ["x-icon": .string("👍")]),
        ], loginRequired: false),
      sections: [
        .takeaways(
          TakeawaysSection(
            items: [
              InlineText([.text("Plain")]),
              InlineText([.strong([.text("Bold")]), .text(" start")]),
            ], extensions: ["x-source": .string("editor")])),
        .questions(
          QuestionsSection(
            title: "FAQ",
            items: [
              Question(
                question: InlineText([.text("What is "), .emphasis([.text("APEC")]), .text("?")]),
                answer: BlockText(answer), expanded: true, id: "what-is-apec"),
              Question(
                question: InlineText(plain: "Second?"),
                answer: BlockText(plainParagraphs: ["Yes."]),
                extensions: [
                  "x-rank": .integer(2),
                  "x-meta": .object(["a": .array([.null, .number(1.5), .string("\"q\"")])]),
                ]),
            ])),
        .text(
          TextSection(
            title: "Background",
            body: BlockText([
              .paragraph([.text("Free text.")]), .heading(level: 2, [.text("Inner heading")]),
            ]))),
        .text(TextSection(body: BlockText(plainParagraphs: ["Untitled text section."]))),
        .comments(
          CommentsSection(
            policy: .open,
            items: [
              Comment(
                author: "Ana", posted: "2026-02-01T10:00:00Z",
                body: BlockText(plainParagraphs: ["First!"]),
                replies: [
                  Comment(
                    author: "Ben",
                    body: BlockText([
                      .paragraph([.text("Reply with "), .emphasis([.text("style")])])
                    ]), extensions: ["x-flag": .bool(false)])
                ]),
              Comment(
                author: "Cy", posted: "yesterday", body: BlockText(plainParagraphs: ["Later."])),
            ])),
      ],
      extensions: ["x-review": .object(["by": .string("desk"), "n": .integer(3)])])
  }

  /// Strings that try to break out of every context the writer uses.
  static let hostile: [String] = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
    "</script><script>alert(2)</script>", "</SCRIPT><svg onload=alert(3)>", "<!--", "]]>",
    "&lt;script&gt;",
    "javascript:alert(4)", "JaVaScRiPt:alert(5)", "java\tscript:alert(6)",
    "&#106;avascript:alert(7)",
    "&#x6A;&#x61;vascript&colon;alert(8)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==",
    "vbscript:msgbox(10)", "<a href=\"javascript:alert(11)\">x</a>",
    "<iframe src=javascript:alert(12)>",
    "\u{2028}\u{2029}</script >", "{{{article}}} {{#x}}", "<style>*{}</style>", "<<script>script>",
    "<details open ontoggle=alert(13)>",
  ]

  static func hostileLink(_ index: Int) -> Inline {
    let urls = hostile.filter {
      $0.lowercased().contains("script:") || $0.hasPrefix("data:") || $0.contains("&#")
    }
    return .link(
      Link(
        destination: urls[index % urls.count], title: hostile[index % hostile.count],
        content: [.text(hostile[(index + 1) % hostile.count])]))
  }

  /// A briefing with hostile text in every field, as text, links, images and raw HTML.
  static func hostileBriefing(seed: Int) -> Briefing {
    func text(_ offset: Int) -> String { hostile[(seed + offset) % hostile.count] }
    func inline(_ offset: Int) -> InlineText {
      InlineText([
        .text(text(offset)), .html(text(offset + 1)), hostileLink(seed + offset),
        .image(
          Link(
            destination: text(offset + 8), title: text(offset + 2),
            content: [.text(text(offset + 3))])),
      ])
    }
    func blocks(_ offset: Int) -> BlockText {
      BlockText([
        .paragraph(inline(offset).inlines), .html(text(offset + 4) + "\n"),
        .codeBlock(
          CodeBlock(info: text(offset + 5), literal: text(offset + 6) + "\n", isFenced: true)),
      ])
    }
    let x: Extensions = ["x-" + text(9): .string(text(10))]
    return Briefing(
      title: inline(0), category: text(1), id: "hostile-\(seed)", summary: blocks(2),
      published: text(3), updated: text(4),
      source: BriefingSource(name: text(5), url: text(8), extensions: x),
      authors: [text(6), text(7)], tags: [text(8)],
      language: text(11),
      engagement: Engagement(
        reactions: [Reaction(label: text(12), count: 1, total: 2, extensions: x)],
        loginRequired: true, extensions: x),
      sections: [
        .takeaways(
          TakeawaysSection(title: text(13), items: [inline(14), inline(15)], extensions: x)),
        .questions(
          QuestionsSection(
            title: text(16),
            items: [
              Question(
                question: inline(17), answer: blocks(18), expanded: seed % 2 == 0, id: text(19),
                extensions: x)
            ])),
        .comments(
          CommentsSection(
            title: text(20), policy: .closed,
            items: [
              Comment(
                author: text(21), posted: text(0), body: blocks(1),
                replies: [Comment(author: text(2), body: blocks(3))], extensions: x)
            ])),
        .text(TextSection(title: text(4), body: blocks(5), extensions: x)),
      ],
      extensions: x)
  }
}
