import BriefingCore

extension BriefingCommand {
  /// The ids the command-line tool itself emits about files, options, filters, plugins and
  /// configuration; ``CommandContext/catalog`` adds them to the registry's.
  public static let diagnostics: [RuleInfo] = [
    cli("cli.filter-not-executable", "a `--filter` file is not executable"),
    cli("cli.filter-not-found", "a `--filter` is neither a file nor a program on PATH"),
    cli("cli.input-unreadable", "an input file cannot be read"),
    cli("cli.invalid-option", "a format option has an invalid value"),
    cli("cli.io", "reading or writing a file failed"),
    cli("cli.missing-format", "the format cannot be told from the file name; pass --from"),
    cli("cli.no-extension", "a file has no extension to tell its format by"),
    cli("cli.no-template", "`briefing template` was given a format without a template"),
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
    cli("config.invalid-value", "a configuration value has the wrong type or an unknown value"),
    cli("config.syntax", "the configuration file is not valid YAML"),
    cli("config.unknown-key", "the configuration file has a key this tool does not know"),
    cli("config.unknown-rule", "the configuration names a rule id that does not exist"),
    cli("plugin.conflict", "a plugin's name, extension or ids clash with a registered format"),
    cli("validate.no-files", "a path or glob given to `briefing validate` matched no file"),
  ]

  private static func cli(_ id: String, _ summary: String) -> RuleInfo {
    .entry(
      id, .error, "cli", summary,
      advice: "The message names the file or option and says how to fix it; this is about the "
        + "command, not a briefing's content.")
  }
}
