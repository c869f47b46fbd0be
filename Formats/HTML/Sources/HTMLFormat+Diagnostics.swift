import BriefingCore

extension HTMLFormat {
  /// The ids the HTML reader and writer emit.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "html.bad-data", .warning, "format",
      "a data attribute or embedded JSON in the page is invalid", advice: readerAdvice),
    .entry(
      "html.depth-limit", .error, "format", "the HTML nests deeper than allowed",
      advice: readerAdvice),
    .entry(
      "html.missing-title", .error, "format", "the page has no headline (`h1`)",
      advice: readerAdvice),
    .entry(
      "html.no-content", .error, "format", "the page has no briefing `article`",
      advice: readerAdvice),
    .entry(
      "html.raw-html-dropped", .warning, "format", "raw HTML in rich text was left out of the page",
      advice: readerAdvice),
    .entry(
      "html.raw-html-sanitized", .warning, "format", "raw HTML in rich text was made safe",
      advice: readerAdvice),
    .entry("html.syntax", .error, "format", "the HTML cannot be parsed", advice: readerAdvice),
    .entry(
      "html.template-missing", .error, "format", "the HTML template file cannot be found",
      advice: readerAdvice),
    .entry(
      "html.template-syntax", .error, "format", "the HTML template is malformed",
      advice: readerAdvice),
    .entry(
      "html.unsafe-url", .warning, "format", "a URL with an executable scheme was not written",
      advice: readerAdvice),
  ]

  /// What every reader id's explanation adds to its summary.
  private static let readerAdvice =
    "The message names the text involved and how to fix it; see the format's README for what "
    + "the reader accepts."
}
