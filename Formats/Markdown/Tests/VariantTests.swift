import BriefingCore
import MarkdownFormat
import RichText
import Testing

/// Hand-written Markdown, as people write it, with the model each must give.
@Suite("Hand-written variants")
struct VariantTests {
  private func paragraph(_ text: String) -> BlockText { BlockText([.paragraph([.text(text)])]) }

  @Test func setextHeadingsAndStarBullets() {
    let model = Support.model(
      """
      APEC meets
      ==========

      Takeaways
      ---------

      * One
      * Two *emphasised*
      """)
    #expect(model.title == InlineText(plain: "APEC meets"))
    #expect(
      model.sections == [
        .takeaways(
          TakeawaysSection(
            title: "Takeaways",
            items: [
              InlineText(plain: "One"),
              InlineText([.text("Two "), .emphasis([.text("emphasised")])]),
            ]))
      ])
  }

  @Test func plusBulletsAndOrderedListsAreTakeaways() {
    let model = Support.model("# T\n\n## Points\n\n+ a\n+ b\n\n## Steps\n\n1. x\n2. y\n")
    #expect(
      model.sections == [
        .takeaways(
          TakeawaysSection(
            title: "Points", items: [InlineText(plain: "a"), InlineText(plain: "b")])),
        .takeaways(
          TakeawaysSection(title: "Steps", items: [InlineText(plain: "x"), InlineText(plain: "y")])),
      ])
  }

  @Test func questionsAsThirdLevelHeadings() {
    let model = Support.model(
      """
      # T

      ## Questions

      ### What is APEC?

      A forum.

      It has 21 members.

      ### Who *leads*?

      - Casey
      """)
    #expect(
      model.sections == [
        .questions(
          QuestionsSection(
            title: "Questions",
            items: [
              Question(
                question: InlineText(plain: "What is APEC?"),
                answer: BlockText([
                  .paragraph([.text("A forum.")]), .paragraph([.text("It has 21 members.")]),
                ])),
              Question(
                question: InlineText([.text("Who "), .emphasis([.text("leads")]), .text("?")]),
                answer: BlockText([
                  .list(
                    ListBlock(
                      kind: .bullet(marker: UInt8(ascii: "-")), isTight: true,
                      items: [[.paragraph([.text("Casey")])]]))
                ])),
            ]))
      ])
  }

  @Test func detailsWithAndWithoutOpenAndMarkdownSummary() {
    let model = Support.model(
      """
      # T

      ## FAQ

      <details open>
      <summary>What is *APEC*?</summary>

      A **forum**.

      </details>
      <details>
        <summary>
          Where?
        </summary>

      In [Guangzhou](https://example.org).
      </details>
      """)
    #expect(
      model.sections == [
        .questions(
          QuestionsSection(
            title: "FAQ",
            items: [
              Question(
                question: InlineText([.text("What is "), .emphasis([.text("APEC")]), .text("?")]),
                answer: BlockText([
                  .paragraph([.text("A "), .strong([.text("forum")]), .text(".")])
                ]),
                expanded: true),
              Question(
                question: InlineText(plain: "Where?"),
                answer: BlockText([
                  .paragraph([
                    .text("In "),
                    .link(Link(destination: "https://example.org", content: [.text("Guangzhou")])),
                    .text("."),
                  ])
                ])),
            ]))
      ])
  }

  @Test func oneLineDetailsForms() {
    let model = Support.model(
      """
      # T

      ## FAQ

      <details><summary>One?</summary>Inline answer.</details>

      <details><summary>Two?</summary>

      Answer two.

      </details>
      """)
    #expect(
      model.sections == [
        .questions(
          QuestionsSection(
            title: "FAQ",
            items: [
              Question(question: InlineText(plain: "One?"), answer: paragraph("Inline answer.")),
              Question(question: InlineText(plain: "Two?"), answer: paragraph("Answer two.")),
            ]))
      ])
  }

  @Test func mixOfDetailsAndHeadings() {
    let model = Support.model(
      "# T\n\n## FAQ\n\n### First?\n\nOne.\n\n<details>\n<summary>Second?</summary>\n\nTwo.\n\n</details>\n\n### Third?\n\nThree.\n"
    )
    guard case .questions(let section)? = model.sections.first else {
      Issue.record("no questions section")
      return
    }
    #expect(section.items.map(\.question.plainText) == ["First?", "Second?", "Third?"])
    #expect(
      section.items.map(\.answer) == [paragraph("One."), paragraph("Two."), paragraph("Three.")])
  }

  @Test func sectionsInAnyOrderAndKindsFromShape() {
    let model = Support.model(
      """
      # T

      ## Comments

      Only logged-in users can comment.

      ## Background

      Some text.

      ## Takeaways first? No, last

      - x
      """)
    #expect(model.sections.map(\.type) == [.comments, .text, .takeaways])
    if case .comments(let comments) = model.sections[0] { #expect(comments.policy == .loggedIn) }
  }

  @Test func emptySectionsTakeTheirKindFromTheTitle() {
    let model = Support.model("# T\n\n## Key takeaways\n\n## Follow Up Questions\n\n## Comments\n")
    #expect(model.sections.map(\.type) == [.takeaways, .questions, .comments])
  }

  @Test func noFrontMatterUsesDefaults() {
    let result = Support.read("# Only a title\n\nA lead paragraph.\n")
    #expect(result.briefing?.version == 1)
    #expect(result.briefing?.title == InlineText(plain: "Only a title"))
    #expect(result.briefing?.summary == paragraph("A lead paragraph."))
    #expect(result.briefing?.engagement == nil)
    #expect(result.diagnostics.map(\.id) == ["markdown.version-assumed"])
  }

  @Test func partialFrontMatterAndTitleFromFrontMatter() {
    let model = Support.model(
      "---\ntitle: From *front* matter\ncategory: News\n---\n\nBody text.\n")
    #expect(
      model.title == InlineText([.text("From "), .emphasis([.text("front")]), .text(" matter")]))
    #expect(model.category == "News")
    #expect(model.summary == paragraph("Body text."))
  }

  @Test func commentsWithRepliesByHand() {
    let model = Support.model(
      """
      # T

      ## Comments

      Anyone can comment.

      * **Ada** · 2026-02-01

        Nice.

        <!-- replies -->

        * **Bob**

          Thanks.
      """)
    #expect(
      model.sections == [
        .comments(
          CommentsSection(
            title: "Comments", policy: .open,
            items: [
              Comment(
                author: "Ada", posted: "2026-02-01", body: paragraph("Nice."),
                replies: [Comment(author: "Bob", body: paragraph("Thanks."))])
            ]))
      ])
  }

  @Test func untitledTextMarkerAndStrayTextBeforeTitle() {
    let model = Support.model("# T\n\n## A\n\ntext\n\n<!-- section: text -->\n\nmore\n")
    #expect(
      model.sections == [
        .text(TextSection(title: "A", body: paragraph("text"))),
        .text(TextSection(body: paragraph("more"))),
      ])
  }
}
