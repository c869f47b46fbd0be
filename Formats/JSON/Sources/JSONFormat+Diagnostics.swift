import BriefingCore

extension JSONFormat {
  /// The ids the JSON scanner emits about a file's syntax, encoding and limits.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "json.byte-order-mark", .warning, "syntax", "the JSON file starts with a byte order mark",
      "RFC 8259 forbids a BOM in JSON text; save the file as UTF-8 without BOM."),
    .entry(
      "json.depth-limit", .error, "syntax", "JSON nesting is deeper than allowed",
      "Deeply nested arrays or objects are refused so hostile input cannot exhaust the stack."),
    .entry(
      "json.empty", .error, "syntax", "the JSON file is empty",
      "A briefing is a JSON object. Fails: an empty file. Passes: "
        + "`{\"briefing\": 1, \"title\": \"Hi\", \"sections\": []}`."),
    .entry(
      "json.encoding", .error, "syntax", "the JSON file is not valid UTF-8",
      "JSON text must be UTF-8; the message names the first invalid byte or the wide encoding."),
    .entry(
      "json.lone-surrogate", .warning, "syntax", "a JSON string escape is half a surrogate pair",
      "`\\ud83d` alone is not a character; it is replaced by U+FFFD. Write the full pair."),
    .entry(
      "json.number-range", .warning, "syntax", "a JSON number is too large to represent",
      "Numbers beyond the double-precision range read as infinity."),
    .entry(
      "json.size-limit", .error, "syntax", "the JSON file is larger than allowed",
      "Very large files are refused before parsing; split the briefing or raise the limit."),
    .entry(
      "json.syntax", .error, "syntax", "the JSON is not well formed",
      "The message says what was expected. Fails: `{\"title\": \"Hi\",}`. Passes: "
        + "`{\"title\": \"Hi\"}`."),
    .entry(
      "json.too-many-warnings", .note, "syntax", "more JSON warnings were found than are shown",
      "After 100 warnings the rest are counted, not listed; fix the ones shown and check again."),
  ]
}
