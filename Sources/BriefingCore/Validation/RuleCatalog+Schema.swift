extension RuleCatalog {
  /// Ids the tree decoder emits when a YAML or JSON tree does not match FORMAT.md.
  static let schemaRules: [RuleInfo] = [
    .entry(
      "schema.coerced", .warning, "schema",
      "a number or boolean was read where text is expected",
      """
      A field that holds text was given a number or boolean, which was read as its text. YAML
      turns `1.10` into the number 1.1 and `no` into false, so quote such values.

      Fails:   category: 2026
      Passes:  category: "2026"
      """),
    .entry(
      "schema.depth-limit", .error, "schema",
      "comment replies nest deeper than the decoder allows",
      """
      Replies nested beyond the decoder's depth limit are not read, so a hostile document cannot
      exhaust the stack. Flatten the thread.
      """),
    .entry(
      "schema.duplicate-key", .error, "schema", "a key appears twice in the same mapping",
      """
      YAML and JSON parsers disagree on which of two equal keys wins (some keep the first, some
      the last), so a briefing with a duplicate key means different things to different tools.
      Delete one of them.

      Fails:   title: One
               title: Two
      Passes:  title: One
      """),
    .entry(
      "schema.empty-value", .error, "schema", "a value that must not be empty is empty",
      """
      Some values, such as a reaction's `label`, must contain text.

      Fails:   - {label: "", count: 0, total: 0}
      Passes:  - {label: Support, count: 0, total: 0}
      """),
    .entry(
      "schema.enum", .error, "schema", "a value is not one of the allowed values",
      """
      Fields such as a section's `type` or a comment section's `policy` take one of a fixed set
      of values; the message lists them and suggests the closest.

      Fails:   policy: loggedin-only
      Passes:  policy: loggedIn
      """),
    .entry(
      "schema.missing-key", .error, "schema", "a required key is missing",
      """
      `briefing`, `title` and `sections` are required at the top level, `type` in every
      section, and each item has its own required keys (FORMAT.md).

      Fails:   briefing: 1
               sections: []
      Passes:  briefing: 1
               title: Hello
               sections: []
      """),
    .entry(
      "schema.range", .error, "schema", "a number is outside its allowed range",
      """
      Counts and totals are integers of at least 0.

      Fails:   count: -1
      Passes:  count: 0
      """),
    .entry(
      "schema.type", .error, "schema", "a value has the wrong type",
      """
      Each key has one type (FORMAT.md): text, integer, boolean, list or mapping.

      Fails:   sections: {}
      Passes:  sections: []
      """),
    .entry(
      "schema.unknown-key", .error, "schema", "a key is not part of the format",
      """
      Unknown keys are usually typos, so they are errors, with a suggestion when a known key is
      close. Keys starting with `x-` are extension data and always allowed.

      Fails:   titel: Hello
      Passes:  title: Hello
               x-editor: Ana
      """),
    .entry(
      "schema.version", .error, "schema", "the `briefing` version is not one this tool reads",
      """
      `briefing` is the format version. This tool reads version 1.

      Fails:   briefing: 2
      Passes:  briefing: 1
      """),
  ]

  /// Ids the command-line tool emits about files, options and configuration.
  static let cliRules: [RuleInfo] = [
    cli("cli.encoding", "a text option or input is not valid in its encoding"),
    cli("cli.input-too-large", "an input is larger than the most briefing reads (64 MiB)"),
    cli("cli.input-unreadable", "an input file cannot be read"),
    cli("cli.invalid-option", "a format option has an invalid value"),
    cli("cli.io", "reading or writing a file failed"),
    cli("cli.missing-codec", "no reader or writer is registered for a format"),
    cli("cli.missing-format", "the format cannot be told from the file name; pass --from"),
    cli("cli.no-extension", "a file has no extension to tell its format by"),
    cli("cli.not-readable", "a format can be written but not read"),
    cli("cli.not-writable", "a format can be read but not written"),
    cli("cli.output-collision", "two inputs would be written to the same output"),
    cli("cli.output-overwrites-input", "an output path is also an input"),
    cli("cli.output-uncreatable", "an output file or folder cannot be created"),
    cli("cli.reader-contract", "a reader returned no briefing and no error"),
    cli("cli.unknown-format", "a format name is not registered"),
    cli("cli.unknown-option", "a format option is not known to the format"),
    cli("cli.unknown-rule", "`briefing explain` was given a rule id that does not exist"),
    cli("cli.unsupported-option", "a format does not support an option"),
    cli("config.syntax", "the configuration file is not valid YAML"),
    cli("config.unknown-key", "the configuration file has a key this tool does not know"),
    cli("config.unknown-rule", "the configuration names a rule id that does not exist"),
    cli("config.invalid-value", "a configuration value has the wrong type or an unknown value"),
    cli("validate.no-files", "a path or glob given to `briefing validate` matched no file"),
  ]

  private static func cli(_ id: String, _ summary: String) -> RuleInfo {
    .entry(
      id, .error, "cli", summary,
      "\(summary.prefix(1).uppercased())\(summary.dropFirst()). The message names the file "
        + "or option and says how to fix it; this is about the command, not a briefing's content.")
  }
}
