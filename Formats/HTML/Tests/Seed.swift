// The seed briefing (shared/seeds/000_656fde3bdad1ded6.txt) as a model, built from literal
// strings so these tests do not depend on another format's reader.
import BriefingCore
import RichText

enum Seed {
  static let takeaways: [String] = [
    "A U.S. team of experts will attend the APEC 2026 Senior Officials’ Meeting and Related Meetings (SOM1) in Guangzhou, China, Feb. 1–10, 2026.",
    "The delegation is led by U.S. Senior Official Casey Mace and includes Acting Principal Deputy Assistant Secretary Ruth Perry (Oceans and International Environmental and Scientific Affairs).",
    "U.S. objectives at SOM1 include opening Asian markets to American exports, promoting deregulation and U.S.-friendly business policies, and supporting job growth at home.",
    "The United States says it will press international action to combat illegal fishing, marine debris, and the illicit timber trade, citing threats to businesses, workers, and national security.",
    "The statement emphasizes U.S. leadership in APEC and notes the United States has hosted APEC three times.",
    "The release frames participation as advancing the administration’s “America First” foreign, trade, and investment priorities.",
  ]

  static let questions: [(String, String)] = [
    (
      "What is APEC and what does it do?",
      "APEC (Asia‑Pacific Economic Cooperation) is a 21‑member intergovernmental economic forum that promotes trade, investment, sustainable growth and regional cooperation across the Pacific Rim. It pursues these aims through policy dialogue, capacity‑building projects and voluntary, non‑binding commitments in areas such as trade and investment liberalization, business facilitation, and economic & technical cooperation."
    ),
    (
      "What is the Senior Officials’ Meeting (SOM1) and what kinds of decisions or agreements are made there?",
      "The Senior Officials’ Meetings (SOMs) are APEC’s principal working‑level gatherings where senior government officials steer APEC’s committees, working groups and task forces; develop recommendations, draft statements and operational decisions; and prepare items for ministers and leaders. Outcomes are normally consensus‑based, non‑binding recommendations, joint statements or action plans that inform ministerial and leaders’ meetings."
    ),
    (
      "Who is Casey Mace and what does the title \"U.S. Senior Official\" mean in this context?",
      "Casey Mace is the U.S. Senior Official to APEC (a State Department appointee). In that role he leads and coordinates U.S. engagement in APEC, represents the United States in APEC forums, and directs related U.S. policy work (including oversight of the State Department’s Office of Economic Policy for the region)."
    ),
    (
      "What is the Bureau of Oceans and International Environmental and Scientific Affairs and what issues does the Acting Principal Deputy Assistant Secretary handle?",
      "The Bureau of Oceans and International Environmental and Scientific Affairs (OES) at the State Department formulates and advances U.S. foreign policy on oceans, marine conservation and fisheries, biodiversity, climate and other international environmental and scientific issues. The Acting Principal Deputy Assistant Secretary supports and manages that portfolio—e.g., ocean and fisheries policy, marine debris and illegal fishing, international environmental agreements, scientific cooperation and related diplomatic engagement."
    ),
    (
      "What specific measures can countries agree to at APEC to combat illegal fishing, marine debris, and illicit timber trade?",
      "At APEC, economies can agree on non‑binding, practical measures such as coordinated port and customs procedures, information‑sharing and monitoring systems, best‑practice guidelines and voluntary standards for fisheries management, regional surveillance and traceability schemes, capacity‑building projects, and commitments to reduce marine litter and strengthen timber supply‑chain transparency; APEC does not produce legally binding treaties but can launch projects and guidelines that members implement domestically or bilaterally."
    ),
    (
      "Why is Guangzhou, China, hosting the SOM1 and how much influence does the host have over the meeting’s agenda?",
      "The host economy (China, via Guangzhou for SOM1) chairs the year’s APEC meetings and runs logistics; it proposes priorities and chairs sessions, which gives it agenda influence, but substantive outcomes require consensus among all 21 members—so the host shapes emphasis and schedule but cannot impose binding decisions unilaterally."
    ),
    (
      "What concrete outcomes or deliverables should the public expect from SOM1?",
      "From SOM1 the public should expect non‑binding deliverables: agreed draft recommendations for ministers, joint statements or chair’s summaries, workplans for working groups, project launches or approvals, and commitments to coordinate on issues (e.g., anti‑illegal‑fishing initiatives, marine‑debris projects, or market‑access work) that will be carried forward to ministerial and leaders’ meetings."
    ),
  ]

  /// The model FORMAT.md's YAML example describes.
  static var briefing: Briefing {
    Briefing(
      title: InlineText(
        plain: "U.S. Sends Delegation to First APEC 2026 Senior Officials’ Meeting in Guangzhou"),
      category: "Operational Updates",
      engagement: Engagement(
        reactions: [Reaction(label: "Interesting"), Reaction(label: "Support")], loginRequired: true
      ),
      sections: [
        .takeaways(
          TakeawaysSection(title: "Key takeaways", items: takeaways.map { InlineText(plain: $0) })),
        .questions(
          QuestionsSection(
            title: "Follow Up Questions",
            items: questions.map {
              Question(
                question: InlineText(plain: $0.0), answer: BlockText(plainParagraphs: [$0.1]))
            })),
        .comments(CommentsSection(title: "Comments", policy: .loggedIn)),
      ])
  }
}
