import BriefingCore

extension JSONFeedFormat {
  /// The ids the writer emits; registering the format adds them to `briefing rules` and
  /// `briefing explain`, and lets `.briefing.yml` set their severity.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "jsonfeed.empty", .error, "format", "a feed needs at least one briefing",
      """
      JSON Feed requires an `items` array, and a feed of nothing says nothing. This is only
      reachable through `JSONFeedWriter.feed(_:options:)` with an empty list; `briefing convert`
      always gives it one briefing.
      """),
    .entry(
      "jsonfeed.missing-id", .warning, "format",
      "the briefing has no `id`, so the item's id is its title",
      """
      Every JSON Feed item needs an `id` that never changes: feed readers use it to tell new
      items from ones they have shown. Without the briefing's `id` the writer uses the title, so
      editing the title makes readers show the briefing again as new.

      Fails:   title: Hello          (no id)
      Passes:  id: hello-2026
               title: Hello
      """),
  ]
}
