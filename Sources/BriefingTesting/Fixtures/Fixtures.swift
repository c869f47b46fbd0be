// The fixture models tests share: the seed briefing here, and beside it models that set every
// field, every kind of rich text, and strings formats find hard.
import BriefingCore
import RichText

/// Hand-built briefings for tests, so every format's tests and the conformance tests start from
/// the same models rather than private copies.
public enum Fixtures {
  /// The APEC seed briefing (`../shared/seeds/000_656fde3bdad1ded6.txt`) as a model, built from
  /// literal strings so tests do not depend on any format's reader.
  public static var seed: Briefing {
    Briefing(
      title: InlineText(plain: Seed.title), category: Seed.category,
      engagement: Engagement(
        reactions: [Reaction(label: "Interesting"), Reaction(label: "Support")],
        loginRequired: true),
      sections: [
        .takeaways(
          TakeawaysSection(
            title: "Key takeaways", items: Seed.takeaways.map { InlineText(plain: $0) })),
        .questions(
          QuestionsSection(
            title: "Follow Up Questions",
            items: Seed.questions.map {
              Question(
                question: InlineText(plain: $0.question),
                answer: BlockText(plainParagraphs: [$0.answer]), expanded: false)
            })),
        .comments(CommentsSection(title: "Comments", policy: .loggedIn, items: [])),
      ])
  }

  /// The seed's text, copied from the seed file (lines are split with trailing backslashes only
  /// to stay within 100 columns; the strings are exact).
  public enum Seed {
    /// The category line.
    public static let category = "Operational Updates"
    /// The title line.
    public static let title =
      "U.S. Sends Delegation to First APEC 2026 Senior Officials’ Meeting in Guangzhou"
    /// The key takeaways, one string each.
    public static let takeaways: [String] = [
      """
      A U.S. team of experts will attend the APEC 2026 Senior Officials’ Meeting and \
      Related Meetings (SOM1) in Guangzhou, China, Feb. 1–10, 2026.
      """,
      """
      The delegation is led by U.S. Senior Official Casey Mace and includes Acting \
      Principal Deputy Assistant Secretary Ruth Perry (Oceans and International \
      Environmental and Scientific Affairs).
      """,
      """
      U.S. objectives at SOM1 include opening Asian markets to American exports, promoting \
      deregulation and U.S.-friendly business policies, and supporting job growth at home.
      """,
      """
      The United States says it will press international action to combat illegal fishing, \
      marine debris, and the illicit timber trade, citing threats to businesses, workers, \
      and national security.
      """,
      """
      The statement emphasizes U.S. leadership in APEC and notes the United States has \
      hosted APEC three times.
      """,
      """
      The release frames participation as advancing the administration’s “America First” \
      foreign, trade, and investment priorities.
      """,
    ]
    /// The follow-up questions with their answers.
    public static let questions: [(question: String, answer: String)] = [
      (
        "What is APEC and what does it do?",
        """
        APEC (Asia‑Pacific Economic Cooperation) is a 21‑member intergovernmental economic \
        forum that promotes trade, investment, sustainable growth and regional cooperation \
        across the Pacific Rim. It pursues these aims through policy dialogue, \
        capacity‑building projects and voluntary, non‑binding commitments in areas such as \
        trade and investment liberalization, business facilitation, and economic & technical \
        cooperation.
        """
      ),
      (
        """
        What is the Senior Officials’ Meeting (SOM1) and what kinds of decisions or \
        agreements are made there?
        """,
        """
        The Senior Officials’ Meetings (SOMs) are APEC’s principal working‑level gatherings \
        where senior government officials steer APEC’s committees, working groups and task \
        forces; develop recommendations, draft statements and operational decisions; and \
        prepare items for ministers and leaders. Outcomes are normally consensus‑based, \
        non‑binding recommendations, joint statements or action plans that inform \
        ministerial and leaders’ meetings.
        """
      ),
      (
        "Who is Casey Mace and what does the title \"U.S. Senior Official\" mean in this context?",
        """
        Casey Mace is the U.S. Senior Official to APEC (a State Department appointee). In \
        that role he leads and coordinates U.S. engagement in APEC, represents the United \
        States in APEC forums, and directs related U.S. policy work (including oversight of \
        the State Department’s Office of Economic Policy for the region).
        """
      ),
      (
        """
        What is the Bureau of Oceans and International Environmental and Scientific Affairs \
        and what issues does the Acting Principal Deputy Assistant Secretary handle?
        """,
        """
        The Bureau of Oceans and International Environmental and Scientific Affairs (OES) at \
        the State Department formulates and advances U.S. foreign policy on oceans, marine \
        conservation and fisheries, biodiversity, climate and other international \
        environmental and scientific issues. The Acting Principal Deputy Assistant Secretary \
        supports and manages that portfolio—e.g., ocean and fisheries policy, marine debris \
        and illegal fishing, international environmental agreements, scientific cooperation \
        and related diplomatic engagement.
        """
      ),
      (
        """
        What specific measures can countries agree to at APEC to combat illegal fishing, \
        marine debris, and illicit timber trade?
        """,
        """
        At APEC, economies can agree on non‑binding, practical measures such as coordinated \
        port and customs procedures, information‑sharing and monitoring systems, \
        best‑practice guidelines and voluntary standards for fisheries management, regional \
        surveillance and traceability schemes, capacity‑building projects, and commitments \
        to reduce marine litter and strengthen timber supply‑chain transparency; APEC does \
        not produce legally binding treaties but can launch projects and guidelines that \
        members implement domestically or bilaterally.
        """
      ),
      (
        """
        Why is Guangzhou, China, hosting the SOM1 and how much influence does the host have \
        over the meeting’s agenda?
        """,
        """
        The host economy (China, via Guangzhou for SOM1) chairs the year’s APEC meetings and \
        runs logistics; it proposes priorities and chairs sessions, which gives it agenda \
        influence, but substantive outcomes require consensus among all 21 members—so the \
        host shapes emphasis and schedule but cannot impose binding decisions unilaterally.
        """
      ),
      (
        "What concrete outcomes or deliverables should the public expect from SOM1?",
        """
        From SOM1 the public should expect non‑binding deliverables: agreed draft \
        recommendations for ministers, joint statements or chair’s summaries, workplans for \
        working groups, project launches or approvals, and commitments to coordinate on \
        issues (e.g., anti‑illegal‑fishing initiatives, marine‑debris projects, or \
        market‑access work) that will be carried forward to ministerial and leaders’ \
        meetings.
        """
      ),
    ]
  }
}
