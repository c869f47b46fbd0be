import BriefingCore

extension PluginHost {
  /// The ids emitted when an external plugin or filter itself fails (not a document problem):
  /// the command stops with exit status 70 and writes nothing.
  public static let diagnostics: [RuleInfo] = [
    failure("plugin.crashed", "a plugin or filter exited with a failure status or a signal"),
    failure("plugin.invalid-reply", "a plugin's JSON reply does not match the plugin protocol"),
    failure("plugin.launch-failed", "a plugin or filter could not be started"),
    failure("plugin.malformed-reply", "a plugin did not print one JSON object on stdout"),
    failure("plugin.output-too-large", "a plugin wrote more than the output limit"),
    failure("plugin.timeout", "a plugin did not finish within the time limit"),
    failure(
      "plugin.unsupported-version", "a plugin speaks no AST version this tool supports"),
  ]

  private static func failure(_ id: String, _ summary: String) -> RuleInfo {
    .entry(
      id, .error, "plugin", summary,
      advice: "The message names the plugin, the tail of its standard error and how to fix "
        + "it; see Docs/Plugins.md for the protocol.")
  }
}
