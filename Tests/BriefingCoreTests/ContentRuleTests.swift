import BriefingCore
import Testing

@Suite struct ContentRuleTests {
  @Test func suggestionsFindLikelyTypos() {
    let keys = ["briefing", "title", "category", "summary", "loginRequired"]
    #expect(Suggestion.closest(to: "titel", in: keys) == "title")
    #expect(Suggestion.closest(to: "sumary", in: keys) == "summary")
    #expect(Suggestion.closest(to: "LoginRequired", in: keys) == "loginRequired")
    #expect(Suggestion.closest(to: "zzz", in: keys) == nil)
    #expect(Suggestion.closest(to: "tit", in: keys) == nil)
    #expect(Suggestion.hint(for: "categroy", in: keys) == "; did you mean 'category'?")
    // Five characters allow two edits by default but only one proportionally.
    #expect(Suggestion.closest(to: "sumay", in: keys) == "summary")
    #expect(Suggestion.closest(to: "sumay", in: keys, tolerance: .proportional) == nil)
    #expect(Suggestion.closest(to: "sumay", in: ["sumary"], tolerance: .proportional) == "sumary")
  }

  @Test func reactionRulesReportPaths() {
    let briefing = Briefing(
      title: InlineText(plain: "T"),
      engagement: Engagement(reactions: [
        Reaction(label: "A", count: 2, total: 1), Reaction(label: "B"), Reaction(label: "A"),
      ]))
    let counts = ContentRule.reactionCountExceedsTotal.check(briefing)
    #expect(counts.map(\.path?.description) == ["/engagement/reactions/0/count"])
    let labels = ContentRule.duplicateReactionLabel.check(briefing)
    #expect(labels.map(\.path?.description) == ["/engagement/reactions/2/label"])
    #expect(labels.first?.message.contains("first by reaction 0") == true)
    #expect(
      ContentRule.readerRules.map(\.id) == [
        "rule.reaction-count-exceeds-total", "rule.duplicate-reaction-label",
      ])
    #expect(
      ContentRule.reactionCountExceedsTotal.check(Briefing(title: InlineText(plain: "T"))).isEmpty)
  }
}
