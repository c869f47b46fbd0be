import BriefingCore
import Foundation
import RichText
import Testing

@testable import HTMLFormat

/// A page of the seed's shape as another site might publish it, with chrome all around.
@Suite struct ForeignPageTests {
  static let page = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head><title>Site | Briefing</title><script>var tracker = 1;</script></head>
    <body>
    <div class="cookie-banner" role="dialog"><p>We use cookies. <button>Accept</button></p></div>
    <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
      <h1 class="logo">NewsSite</h1></header>
    <main>
      <article>
        <div class="article-head">
          <span class="kicker">Operational Updates</span>
          <h1>U.S. Sends Delegation to
            <em>First</em> APEC Meeting</h1>
          <div class="votes">Interesting: 21/40 • Support: 17/35 <a href="/login">Log in to vote</a></div>
        </div>
        <aside class="share"><a href="https://twitter.com/share">Share</a></aside>
        <h2>KEY TAKEAWAYS</h2>
        <ul>
          <li>A U.S. team will attend <a href="https://apec.org">SOM1</a>.</li>
          <li>The delegation is led by <strong>Casey Mace</strong>.</li>
        </ul>
        <h2>Follow-up questions</h2>
        <details>
          <summary>What is APEC?<span class="toggle">Expand</span></summary>
          <p>APEC is a <em>21-member</em> forum.</p>
          <ul><li>trade</li><li>investment</li></ul>
        </details>
        <details open><summary>Who is Casey Mace?</summary><p>The U.S. Senior Official.</p></details>
        <h3>Why Guangzhou?</h3>
        <p>China hosts APEC in 2026.</p>
        <h2>Comments</h2>
        <p>Only logged-in users can comment.</p>
        <p class="loading">Loading…</p>
      </article>
    </main>
    <footer><p>© NewsSite. <a href="/privacy">Privacy</a></p></footer>
    </body>
    </html>
    """

  @Test func readsTheBriefingFieldByField() throws {
    let result = HTMLSupport.read(Self.page, name: "foreign.html")
    let briefing = try #require(result.briefing)
    #expect(!result.diagnostics.hasErrors)
    #expect(briefing.category == "Operational Updates")
    #expect(
      briefing.title
        == InlineText([
          .text("U.S. Sends Delegation to"), .softBreak, .emphasis([.text("First")]),
          .text(" APEC Meeting"),
        ]))
    #expect(briefing.language == "en-GB")
    #expect(
      briefing.engagement
        == Engagement(
          reactions: [
            Reaction(label: "Interesting", count: 21, total: 40),
            Reaction(label: "Support", count: 17, total: 35),
          ], loginRequired: true))
    #expect(briefing.summary == nil)
    #expect(briefing.sections.count == 3)

    guard case .takeaways(let takeaways) = briefing.sections[0] else {
      Issue.record("no takeaways")
      return
    }
    #expect(takeaways.title == "KEY TAKEAWAYS")
    #expect(
      takeaways.items == [
        InlineText([
          .text("A U.S. team will attend "),
          .link(Link(destination: "https://apec.org", content: [.text("SOM1")])), .text("."),
        ]),
        InlineText([.text("The delegation is led by "), .strong([.text("Casey Mace")]), .text(".")]
        ),
      ])

    guard case .questions(let questions) = briefing.sections[1] else {
      Issue.record("no questions")
      return
    }
    #expect(questions.title == "Follow-up questions")
    #expect(
      questions.items.map(\.question.plainText) == [
        "What is APEC?", "Who is Casey Mace?", "Why Guangzhou?",
      ])
    #expect(questions.items.map(\.expanded) == [false, true, false])
    #expect(
      questions.items[0].answer.blocks == [
        .paragraph([.text("APEC is a "), .emphasis([.text("21-member")]), .text(" forum.")]),
        .list(
          ListBlock(
            kind: .bullet(marker: UInt8(ascii: "-")), isTight: true,
            items: [[.paragraph([.text("trade")])], [.paragraph([.text("investment")])]])),
      ])
    #expect(questions.items[2].answer.blocks == [.paragraph([.text("China hosts APEC in 2026.")])])

    guard case .comments(let comments) = briefing.sections[2] else {
      Issue.record("no comments")
      return
    }
    #expect(comments.policy == .loggedIn)
    #expect(comments.items.isEmpty)
  }

  @Test func chromeNeverLeaks() throws {
    let briefing = try #require(HTMLSupport.read(Self.page).briefing)
    let page = try HTMLSupport.html(briefing)
    for chrome in [
      "cookies", "Accept", "Home", "NewsSite", "Share", "Privacy", "tracker", "Loading",
    ] {
      #expect(!page.contains(chrome), "'\(chrome)' leaked into the briefing")
    }
  }

  @Test func engagementTextVariants() {
    #expect(
      PageReader.parseEngagement("Interesting: 0/0 • Support: 0/0Log in to vote")
        == Engagement(
          reactions: [Reaction(label: "Interesting"), Reaction(label: "Support")],
          loginRequired: true))
    #expect(
      PageReader.parseEngagement("Useful: 3 / 9")
        == Engagement(reactions: [Reaction(label: "Useful", count: 3, total: 9)]))
    #expect(PageReader.parseEngagement("Published: today") == nil)
    #expect(PageReader.parseEngagement("Log in to vote") == Engagement(loginRequired: true))
  }

  @Test func h3QuestionsAndPlainArticle() throws {
    let page = """
      <body><main><p>Trade</p><h1>Title</h1><p>Lead paragraph.</p>
      <h2>Questions</h2><h3>One?</h3><p>Answer one.</p><h3>Two?</h3><p>Answer <code>two</code>.</p>
      <h2>Background</h2><p>Free text.</p></main></body>
      """
    let briefing = try #require(HTMLSupport.read(page).briefing)
    #expect(briefing.category == "Trade")
    #expect(briefing.summary == BlockText([.paragraph([.text("Lead paragraph.")])]))
    guard case .questions(let questions) = briefing.sections.first else {
      Issue.record("no questions")
      return
    }
    #expect(
      questions.items.map(\.question) == [InlineText(plain: "One?"), InlineText(plain: "Two?")])
    #expect(
      questions.items[1].answer
        == BlockText([.paragraph([.text("Answer "), .code("two"), .text(".")])]))
    #expect(
      briefing.sections.last
        == .text(TextSection(title: "Background", body: BlockText(plainParagraphs: ["Free text."])))
    )
  }
}
