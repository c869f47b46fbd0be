import BriefingCore

extension ASTFormat {
  /// The ids the AST reader emits.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "ast.invalid", .error, "format", "a value in the AST does not match the AST schema",
      advice: "The message names the value's path and what was expected; "
        + "Schemas/ holds the AST's JSON Schema."),
    .entry(
      "ast.syntax", .error, "format", "the AST file is not well-formed JSON",
      advice: "The message says what was expected where; the AST must be one JSON object."),
    .entry(
      "ast.unsupported-version", .error, "format", "the AST's `astVersion` is not supported",
      advice: "The message lists the versions this tool reads; convert the file with a "
        + "matching version of the tool or plugin."),
  ]
}
