import BriefingCore

extension ASTFormat {
  /// The ids the AST reader emits beyond the shared `json.*` and `schema.*` ones.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "ast.unsupported-version", .error, "format", "the AST's `astVersion` is not supported",
      advice: "The message lists the versions this tool reads; convert the file with a "
        + "matching version of the tool or plugin."),
  ]
}
