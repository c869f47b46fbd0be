import BriefingCore

/// A JSON filter, as `pandoc --filter`: the AST goes to the program's stdin and a (changed)
/// AST comes back on its stdout. The target format's name is its first argument.
public struct ASTFilter: Sendable {
  /// The command as the user gave it, for messages.
  public var name: String
  /// The program and its leading arguments (an interpreter, for a script that is not executable).
  public var command: [String]

  /// Creates a filter running `command`.
  public init(name: String, command: [String]) {
    self.name = name
    self.command = command
  }

  /// Runs the filter on `briefing`; a failure is a `plugin.*` diagnostic naming it.
  public func apply(_ briefing: Briefing, targetFormat: String, host: PluginHost)
    -> Result<Briefing, PluginError>
  {
    let subject = "filter '\(name)'"
    let request = BriefingAST.encode(briefing)
    switch host.exchange(command + [targetFormat], request: request, subject: subject) {
    case .failure(let error): return .failure(error)
    case .success(let reply):
      let decoded = BriefingAST.decode(reply, file: nil)
      if let briefing = decoded.briefing { return .success(briefing) }
      let diagnostics = PluginFailure.invalidAST(subject, decoded.diagnostics)
      return .failure(
        PluginError(diagnostics)
          ?? PluginError(PluginFailure.invalidReply(subject, "the AST cannot be read", "")))
    }
  }
}
