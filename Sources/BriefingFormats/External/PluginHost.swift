// The host side of the plugin protocol (see Docs/Plugins.md): how a plugin or filter is run,
// and how its failures become `plugin.*` diagnostics that name it and quote its stderr.
import BriefingCore
import Foundation

/// What every plugin and filter run shares: the environment, the limits and the host version.
public struct PluginHost: Sendable {
  /// The environment plugins run with (the host's, plus `BRIEFING_VERSION`).
  public var environment: [String: String]
  /// Timeout and output cap for each run.
  public var limits: PluginLimits

  /// Creates a host; `version` is exported to plugins as `BRIEFING_VERSION`.
  public init(environment: [String: String], limits: PluginLimits = .init(), version: String) {
    var environment = environment
    environment["BRIEFING_VERSION"] = version
    environment["BRIEFING_AST_VERSION"] = String(BriefingAST.currentVersion)
    self.environment = environment
    self.limits = limits
  }

  /// Runs `executable` and returns its parsed, positioned JSON reply, or a `plugin.*` diagnostic.
  ///
  /// - Parameter subject: how messages name it, e.g. `plugin 'slack'` or `filter 'n.py'`.
  func exchange(
    _ command: [String], request: JSONValue?, subject: String
  ) -> Result<TreeNode, PluginError> {
    let outcome: ProcessOutcome
    do {
      outcome = try PluginProcess.run(
        command[0], arguments: Array(command.dropFirst()),
        input: request.map(BriefingAST.wireBytes) ?? [], environment: environment, limits: limits)
    } catch {
      return .failure(
        PluginError(PluginFailure.launchFailed(subject, path: command[0], reason: error.reason)))
    }
    let stderr = outcome.errorTail
    switch outcome.stop {
    case .timedOut:
      return .failure(PluginError(PluginFailure.timedOut(subject, limits.timeout, stderr)))
    case .outputTooLarge:
      return .failure(
        PluginError(PluginFailure.outputTooLarge(subject, limits.maxOutputBytes, stderr)))
    case nil: break
    }
    if let signal = outcome.signal {
      return .failure(PluginError(PluginFailure.killed(subject, signal, stderr)))
    }
    if let status = outcome.exitStatus, status != 0 {
      return .failure(PluginError(PluginFailure.crashed(subject, status, stderr)))
    }
    // The output is already capped by `limits.maxOutputBytes`.
    var treeLimits = BriefingAST.limits
    treeLimits.maxBytes = .max
    let scanned = JSONScanner(limits: treeLimits).scan(outcome.output)
    guard let tree = scanned.tree else {
      let error = scanned.diagnostics.first { $0.severity == .error }
      return .failure(
        PluginError(PluginFailure.malformedReply(subject, error, outcome.output, stderr)))
    }
    return .success(tree)
  }
}

/// The `plugin.*` diagnostics, alphabetized; each names the plugin and how to fix things.
enum PluginFailure {
  static func crashed(_ subject: String, _ status: Int32, _ stderr: String) -> Diagnostic {
    failure(
      "plugin.crashed", "\(subject) exited with status \(status); nothing was written", stderr)
  }

  static func incompatible(_ subject: String, speaks versions: [Int]) -> Diagnostic {
    let theirs = versions.map(String.init).joined(separator: ", ")
    return failure(
      "plugin.unsupported-version",
      "\(subject) speaks AST version \(theirs), which is not supported; this briefing speaks "
        + "\(BriefingAST.versionList); update the plugin or briefing", "")
  }

  static func invalidReply(_ subject: String, _ problem: String, _ stderr: String) -> Diagnostic {
    failure("plugin.invalid-reply", "\(subject) sent an invalid reply: \(problem)", stderr)
  }

  /// An invalid reply envelope, located in the reply (which is not a file, so the location
  /// names it).
  static func invalidReply(_ subject: String, _ error: ASTError) -> Diagnostic {
    var diagnostic = invalidReply(subject, error.description, "")
    if let range = error.range {
      diagnostic.file = "\(subject) reply"
      diagnostic.range = range
    }
    return diagnostic
  }

  /// An invalid `describe` reply: every problem in one message, since a failed handshake is
  /// reported on one line, each with its pointer, line and column; in reply order.
  static func invalidDescribeReply(_ subject: String, _ problems: [ASTError]) -> Diagnostic {
    let located = problems.map { problem in
      let message = problem.range.map { range in
        "\(problem) at line \(range.start.line), column \(range.start.column)"
      }
      return Diagnostic(
        .error, "plugin.invalid-reply", message ?? problem.description, range: problem.range)
    }.inPositionOrder()
    var diagnostic = invalidReply(
      subject, "'describe' reply: " + located.map(\.message).joined(separator: "; "), "")
    if let first = located.first?.range {
      diagnostic.file = "\(subject) reply"
      diagnostic.range = first
    }
    return diagnostic
  }

  static func killed(_ subject: String, _ signal: Int32, _ stderr: String) -> Diagnostic {
    failure(
      "plugin.crashed", "\(subject) was killed by signal \(signal); nothing was written", stderr)
  }

  static func launchFailed(_ subject: String, path: String, reason: String) -> Diagnostic {
    failure(
      "plugin.launch-failed",
      "cannot start \(subject) ('\(path)'): \(reason); check that it exists and is executable", "")
  }

  static func malformedReply(
    _ subject: String, _ error: Diagnostic?, _ output: [UInt8], _ stderr: String
  ) -> Diagnostic {
    let start = String(decoding: output.prefix(60), as: UTF8.self)
      .replacingOccurrences(of: "\n", with: "\\n")
    let shown = output.isEmpty ? "no output" : "output starting '\(start)'"
    let problem = error.map { error in
      error.range.map { "\(error.message) at line \($0.start.line), column \($0.start.column)" }
        ?? error.message
    }
    var diagnostic = failure(
      "plugin.malformed-reply",
      "\(subject) did not reply with JSON (\(problem ?? "no JSON value"), \(shown)); "
        + "plugins must print one JSON object on stdout and log to stderr", stderr)
    // The value being read when the text broke off, e.g. `/briefing/sections/2`.
    diagnostic.path = error?.path
    return diagnostic
  }

  /// The diagnostics of a reply's AST that cannot be read, as `plugin.invalid-reply` errors
  /// naming the plugin; their position is in the reply, which is not a file, so the location
  /// names it.
  static func invalidAST(_ subject: String, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      if diagnostic.severity == .error {
        diagnostic.message = "\(subject) sent an invalid reply: \(diagnostic.message)"
        diagnostic.id = "plugin.invalid-reply"
      }
      diagnostic.file = "\(subject) reply"
      return diagnostic
    }
  }

  static func outputTooLarge(_ subject: String, _ cap: Int, _ stderr: String) -> Diagnostic {
    failure(
      "plugin.output-too-large",
      "\(subject) wrote more than \(cap) bytes and was stopped; nothing was written; "
        + "raise --plugin-max-output if the output is expected", stderr)
  }

  static func timedOut(_ subject: String, _ seconds: Double, _ stderr: String) -> Diagnostic {
    let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    return failure(
      "plugin.timeout",
      "\(subject) did not finish within \(shown) s and was stopped; nothing was written; "
        + "raise --plugin-timeout if it needs longer", stderr)
  }

  /// A diagnostic whose message ends with the tail of the plugin's stderr, if any.
  static func failure(_ id: String, _ message: String, _ stderr: String) -> Diagnostic {
    let lines = stderr.split(separator: "\n", omittingEmptySubsequences: true).suffix(8)
    let tail = lines.isEmpty ? "" : "\n  stderr: " + lines.joined(separator: "\n  stderr: ")
    return Diagnostic(.error, id, message + tail)
  }
}
