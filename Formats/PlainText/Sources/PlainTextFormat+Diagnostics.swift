import BriefingCore

extension PlainTextFormat {
  /// The ids the plain-text reader and writer emit.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "plain.ambiguous-header", .warning, "format",
      "the first lines were read as category and title by guess", advice: readerAdvice),
    .entry(
      "plain.ambiguous-line", .warning, "format",
      "a line that looks like a heading was read as text", advice: readerAdvice),
    .entry(
      "plain.ambiguous-output", .warning, "format", "written text would read back differently",
      advice: readerAdvice),
    .entry(
      "plain.ambiguous-question", .warning, "format",
      "a line ending in its marker was read as a question", advice: readerAdvice),
    .entry(
      "plain.depth-limit", .warning, "format", "replies nest deeper than plain text reads",
      advice: readerAdvice),
    .entry("plain.empty", .error, "format", "the text file is empty", advice: readerAdvice),
    .entry(
      "plain.encoding", .error, "format", "the text file is not valid UTF-8", advice: readerAdvice),
    .entry(
      "plain.lossy", .warning, "format", "plain text has no place for some fields",
      advice: readerAdvice),
    .entry(
      "plain.lossy-markup", .warning, "format", "plain text drops emphasis, links and other markup",
      advice: readerAdvice),
    .entry(
      "plain.missing-marker", .warning, "format",
      "a question was read without its Expand/Collapse marker", advice: readerAdvice),
    .entry("plain.no-title", .error, "format", "the text has no title line", advice: readerAdvice),
  ]

  /// What every reader id's explanation adds to its summary.
  private static let readerAdvice =
    "The message names the text involved and how to fix it; see the format's README for what "
    + "the reader accepts."
}
