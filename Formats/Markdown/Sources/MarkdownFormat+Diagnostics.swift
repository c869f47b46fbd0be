import BriefingCore

extension MarkdownFormat {
  /// The ids the Markdown reader and writer emit.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "markdown.comment-author", .warning, "format",
      "a comment's author line is missing or malformed", advice: readerAdvice),
    .entry(
      "markdown.depth-limit", .warning, "format", "comment replies nest deeper than Markdown reads",
      advice: readerAdvice),
    .entry(
      "markdown.details-summary", .warning, "format",
      "a question's `<details>` has no usable `<summary>`", advice: readerAdvice),
    .entry(
      "markdown.encoding", .error, "format", "the Markdown file is not valid UTF-8",
      advice: readerAdvice),
    .entry(
      "markdown.front-matter-unclosed", .warning, "format",
      "the YAML front matter has no closing `---`", advice: readerAdvice),
    .entry(
      "markdown.marker", .warning, "format", "a section marker comment is malformed",
      advice: readerAdvice),
    .entry(
      "markdown.marker-key", .warning, "format", "a section marker comment has an unknown key",
      advice: readerAdvice),
    .entry(
      "markdown.no-title", .warning, "format", "the Markdown has no `# ` title",
      advice: readerAdvice),
    .entry(
      "markdown.size-limit", .error, "format", "the Markdown file is larger than allowed",
      advice: readerAdvice),
    .entry(
      "markdown.stray-content", .warning, "format",
      "text outside any section was not read into the briefing", advice: readerAdvice),
    .entry(
      "markdown.stray-marker", .warning, "format",
      "a section marker comment is not before a section heading", advice: readerAdvice),
    .entry(
      "markdown.takeaway-shape", .warning, "format",
      "a takeaways section holds something other than one list", advice: readerAdvice),
    .entry(
      "markdown.unclosed-details", .warning, "format", "a question's `<details>` is never closed",
      advice: readerAdvice),
    .entry(
      "markdown.unclosed-section", .warning, "format", "a section marker is not closed",
      advice: readerAdvice),
    .entry(
      "markdown.version-assumed", .note, "format",
      "the front matter has no `briefing:` version; 1 is assumed", advice: readerAdvice),
  ]

  /// What every reader id's explanation adds to its summary.
  private static let readerAdvice =
    "The message names the text involved and how to fix it; see the format's README for what "
    + "the reader accepts."
}
