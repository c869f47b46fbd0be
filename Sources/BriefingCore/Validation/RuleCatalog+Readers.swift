extension RuleCatalog {
  /// Ids the YAML, JSON and rich-text parsers emit about a file's syntax.
  static let syntaxRules: [RuleInfo] = [
    syntax(
      "yaml.alias-limit", .error, "YAML aliases expand to more nodes than allowed",
      "Aliases that expand exponentially (a 'billion laughs' document) are refused. Write the "
        + "values out, or use fewer nested aliases."),
    syntax(
      "yaml.complex-key", .error, "a YAML mapping key is a list or mapping",
      "Briefing keys are plain strings. Fails: `? [a, b]: 1`. Passes: `a: 1`."),
    syntax(
      "yaml.depth-limit", .error, "YAML nesting is deeper than allowed",
      "Deeply nested lists or mappings are refused so hostile input cannot exhaust the stack."),
    syntax(
      "yaml.empty", .error, "the YAML file has no document",
      "A briefing needs at least `briefing`, `title` and `sections`."),
    syntax(
      "yaml.encoding", .error, "the YAML file is not valid UTF-8",
      "Save the file as UTF-8; the message names the first invalid byte."),
    syntax(
      "yaml.multiple-documents", .error, "the YAML file holds more than one document",
      "One file holds one briefing. Fails: a second `---` followed by content. Passes: one "
        + "document, optionally starting with `---`."),
    syntax(
      "yaml.size-limit", .error, "the YAML file is larger than allowed",
      "Very large files are refused before parsing; split the briefing or raise the limit."),
    syntax(
      "yaml.syntax", .error, "the YAML is not well formed",
      "The parser's message says what it expected. Fails: `title: [unclosed`. Passes: "
        + "`title: '[closed]'`."),
    syntax(
      "yaml.tag", .error, "a YAML tag does not fit its value",
      "A core-schema tag such as `!!int` was put on a value of another kind. Fails: "
        + "`count: !!int many`. Passes: `count: !!int 3`."),
    syntax(
      "yaml.undefined-alias", .error, "a YAML alias names no anchor",
      "Every `*name` needs an earlier `&name`. Fails: `title: *t`. Passes: `x-t: &t Hi` then "
        + "`title: *t`."),
    syntax(
      "yaml.unknown-tag", .warning, "a YAML tag is not one this tool knows",
      "Application tags such as `!ruby/object` are ignored and the value is read as if untagged."),
    syntax(
      "json.byte-order-mark", .warning, "the JSON file starts with a byte order mark",
      "RFC 8259 forbids a BOM in JSON text; save the file as UTF-8 without BOM."),
    syntax(
      "json.depth-limit", .error, "JSON nesting is deeper than allowed",
      "Deeply nested arrays or objects are refused so hostile input cannot exhaust the stack."),
    syntax(
      "json.empty", .error, "the JSON file is empty",
      "A briefing is a JSON object. Fails: an empty file. Passes: "
        + "`{\"briefing\": 1, \"title\": \"Hi\", \"sections\": []}`."),
    syntax(
      "json.encoding", .error, "the JSON file is not valid UTF-8",
      "JSON text must be UTF-8; the message names the first invalid byte or the wide encoding."),
    syntax(
      "json.lone-surrogate", .warning, "a JSON string escape is half a surrogate pair",
      "`\\ud83d` alone is not a character; it is replaced by U+FFFD. Write the full pair."),
    syntax(
      "json.number-range", .warning, "a JSON number is too large to represent",
      "Numbers beyond the double-precision range read as infinity."),
    syntax(
      "json.size-limit", .error, "the JSON file is larger than allowed",
      "Very large files are refused before parsing; split the briefing or raise the limit."),
    syntax(
      "json.syntax", .error, "the JSON is not well formed",
      "The message says what was expected. Fails: `{\"title\": \"Hi\",}`. Passes: "
        + "`{\"title\": \"Hi\"}`."),
    syntax(
      "json.too-many-warnings", .note, "more JSON warnings were found than are shown",
      "After 100 warnings the rest are counted, not listed; fix the ones shown and check again."),
    syntax(
      "richtext.depth-limit", .error, "rich text nests deeper than allowed",
      "Lists and quotes nested beyond the limit are flattened so hostile input cannot exhaust "
        + "the stack."),
  ]

  /// Ids the Markdown, HTML and plain-text readers and writers emit.
  static let formatRules: [RuleInfo] = [
    format("html.bad-data", .warning, "a data attribute or embedded JSON in the page is invalid"),
    format("html.depth-limit", .error, "the HTML nests deeper than allowed"),
    format("html.missing-title", .error, "the page has no headline (`h1`)"),
    format("html.no-content", .error, "the page has no briefing `article`"),
    format("html.raw-html-dropped", .warning, "raw HTML in rich text was left out of the page"),
    format("html.raw-html-sanitized", .warning, "raw HTML in rich text was made safe"),
    format("html.syntax", .error, "the HTML cannot be parsed"),
    format("html.template-missing", .error, "the HTML template file cannot be found"),
    format("html.template-syntax", .error, "the HTML template is malformed"),
    format("html.unsafe-url", .warning, "a URL with an executable scheme was not written"),
    format("markdown.comment-author", .warning, "a comment's author line is missing or malformed"),
    format("markdown.depth-limit", .warning, "comment replies nest deeper than Markdown reads"),
    format(
      "markdown.details-summary", .warning, "a question's `<details>` has no usable `<summary>`"),
    format("markdown.encoding", .error, "the Markdown file is not valid UTF-8"),
    format(
      "markdown.front-matter-unclosed", .warning, "the YAML front matter has no closing `---`"),
    format("markdown.marker", .warning, "a section marker comment is malformed"),
    format("markdown.marker-key", .warning, "a section marker comment has an unknown key"),
    format("markdown.no-title", .warning, "the Markdown has no `# ` title"),
    format("markdown.size-limit", .error, "the Markdown file is larger than allowed"),
    format(
      "markdown.stray-content", .warning, "text outside any section was not read into the briefing"),
    format(
      "markdown.stray-marker", .warning, "a section marker comment is not before a section heading"),
    format(
      "markdown.takeaway-shape", .warning, "a takeaways section holds something other than one list"
    ),
    format("markdown.unclosed-details", .warning, "a question's `<details>` is never closed"),
    format("markdown.unclosed-section", .warning, "a section marker is not closed"),
    format(
      "markdown.version-assumed", .note, "the front matter has no `briefing:` version; 1 is assumed"
    ),
    format(
      "plain.ambiguous-header", .warning, "the first lines were read as category and title by guess"
    ),
    format("plain.ambiguous-line", .warning, "a line that looks like a heading was read as text"),
    format("plain.ambiguous-output", .warning, "written text would read back differently"),
    format(
      "plain.ambiguous-question", .warning, "a line ending in its marker was read as a question"),
    format("plain.depth-limit", .warning, "replies nest deeper than plain text reads"),
    format("plain.empty", .error, "the text file is empty"),
    format("plain.encoding", .error, "the text file is not valid UTF-8"),
    format("plain.lossy", .warning, "plain text has no place for some fields"),
    format("plain.lossy-markup", .warning, "plain text drops emphasis, links and other markup"),
    format(
      "plain.missing-marker", .warning, "a question was read without its Expand/Collapse marker"),
    format("plain.no-title", .error, "the text has no title line"),
  ]

  private static func syntax(
    _ id: String, _ severity: Diagnostic.Severity, _ summary: String, _ explanation: String
  ) -> RuleInfo {
    .entry(id, severity, "syntax", summary, explanation)
  }

  private static func format(
    _ id: String, _ severity: Diagnostic.Severity, _ summary: String
  ) -> RuleInfo {
    .entry(
      id, severity, "format", summary,
      "\(summary.prefix(1).uppercased())\(summary.dropFirst()). The message names the text "
        + "involved and how to fix it; see the format's README for what the reader accepts.")
  }
}
