import BriefingCore

extension YAMLComposer {
  /// The ids the composer emits about a YAML file's syntax and limits; every format that reads
  /// YAML through it (YAML files, Markdown front matter) declares them.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "yaml.alias-limit", .error, "syntax", "YAML aliases expand to more nodes than allowed",
      "Aliases that expand exponentially (a 'billion laughs' document) are refused. Write the "
        + "values out, or use fewer nested aliases."),
    .entry(
      "yaml.complex-key", .error, "syntax", "a YAML mapping key is a list or mapping",
      "Briefing keys are plain strings. Fails: `? [a, b]: 1`. Passes: `a: 1`."),
    .entry(
      "yaml.depth-limit", .error, "syntax", "YAML nesting is deeper than allowed",
      "Deeply nested lists or mappings are refused so hostile input cannot exhaust the stack."),
    .entry(
      "yaml.empty", .error, "syntax", "the YAML file has no document",
      "A briefing needs at least `briefing`, `title` and `sections`."),
    .entry(
      "yaml.encoding", .error, "syntax", "the YAML file is not valid UTF-8",
      "Save the file as UTF-8; the message names the first invalid byte."),
    .entry(
      "yaml.multiple-documents", .error, "syntax", "the YAML file holds more than one document",
      "One file holds one briefing. Fails: a second `---` followed by content. Passes: one "
        + "document, optionally starting with `---`."),
    .entry(
      "yaml.size-limit", .error, "syntax", "the YAML file is larger than allowed",
      "Very large files are refused before parsing; split the briefing or raise the limit."),
    .entry(
      "yaml.syntax", .error, "syntax", "the YAML is not well formed",
      "The parser's message says what it expected. Fails: `title: [unclosed`. Passes: "
        + "`title: '[closed]'`."),
    .entry(
      "yaml.tag", .error, "syntax", "a YAML tag does not fit its value",
      "A core-schema tag such as `!!int` was put on a value of another kind. Fails: "
        + "`count: !!int many`. Passes: `count: !!int 3`."),
    .entry(
      "yaml.undefined-alias", .error, "syntax", "a YAML alias names no anchor",
      "Every `*name` needs an earlier `&name`. Fails: `title: *t`. Passes: `x-t: &t Hi` then "
        + "`title: *t`."),
    .entry(
      "yaml.unknown-tag", .warning, "syntax", "a YAML tag is not one this tool knows",
      "Application tags such as `!ruby/object` are ignored and the value is read as if untagged."),
  ]
}
