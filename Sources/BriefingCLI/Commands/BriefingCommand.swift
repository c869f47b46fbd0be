// BriefingCLI: the commands of `briefing`, as a library, so a program can ship its own
// `briefing` with more formats: `BriefingCommand.main(registry: BuiltInFormats.registry()
// .adding([MyFormat()]))`. Each command lives in its own file under Commands/.
import ArgumentParser
import Foundation
import BriefingFormats

/// The `briefing` command: converts briefings between formats and lists the formats it knows.
public struct BriefingCommand: ParsableCommand {
  /// The version `briefing --version` prints.
  public static let version = "0.1.0"

  /// The root's name, abstract, version and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "briefing",
    abstract: "Convert briefings between YAML, JSON, Markdown, HTML and plain text.",
    discussion: """
      A briefing is a short news or policy document: a headline, engagement figures, key \
      takeaways, follow-up questions with answers, and comments. Every format reads into \
      and writes from the same model, so any reader can feed any writer.

      Examples:
        briefing convert Examples/apec-som1.yaml --to json
        briefing convert notes.json -o notes.yaml
        cat notes.yaml | briefing convert - --from yaml --to json
        briefing formats
      """,
    version: version,
    subcommands: [
      Convert.self, Formats.self, Validate.self, Rules.self, Explain.self, Schema.self,
      Template.self,
    ])

  /// Creates the root command (argument-parser requires it).
  public init() {}
}

/// A subcommand that runs with an explicit ``CommandContext``.
public protocol BriefingSubcommand: ParsableCommand {
  /// Runs the command; content problems are printed and reflected in the status, other
  /// failures are thrown.
  func run(in context: CommandContext) throws(CLIError) -> ExitStatus

  /// A usage problem that needs several arguments at once, checked only after argument-parser
  /// has accepted every argument: a check in `validate()` would run first and blame the wrong
  /// thing when an option is misspelt (`--too json` would count `json` as a second input).
  func usageProblem() -> ValidationError?
}

extension BriefingSubcommand {
  /// No cross-argument problems, unless a command says otherwise.
  public func usageProblem() -> ValidationError? { nil }

  /// Runs with the built-in formats and the process's streams, for callers that use
  /// argument-parser's own `main()`; ``BriefingCommand/main(arguments:registry:io:)`` is the
  /// entry point that lets an embedder choose the formats.
  public mutating func run() throws {
    let context = CommandContext(registry: BuiltInFormats.registry())
    let status = BriefingCommand.finish(
      Result(catching: { () throws(CLIError) -> ExitStatus in try run(in: context) }), in: context)
    if status != .success { throw ExitCode(status.rawValue) }
  }
}

extension BriefingCommand {
  /// Parses `arguments`, runs the command they name in `context`, and returns the exit status.
  ///
  /// Never exits the process and never throws: help, `--version` and every failure are
  /// written to `context.io` and reflected in the status. Tests and embedders call this.
  public static func execute(_ arguments: [String], in context: CommandContext) -> Int32 {
    let parsed: any ParsableCommand
    do {
      parsed = try parseAsRoot(arguments)
    } catch {
      return report(error, in: context)
    }
    if let command = parsed as? any BriefingSubcommand {
      if let problem = command.usageProblem() {
        // A subcommand's own message names it alone; put the tool's name before it, as
        // argument-parser does for errors it finds while parsing from the root.
        let name = type(of: command)._commandName
        let text = type(of: command).fullMessage(for: problem, columns: context.io.columns)
          .replacingOccurrences(of: "Usage: \(name) ", with: "Usage: briefing \(name) ")
          .replacingOccurrences(of: "'\(name) --help'", with: "'briefing \(name) --help'")
        context.printError(text)
        return ExitStatus.usage.rawValue
      }
      let result = Result(catching: { () throws(CLIError) -> ExitStatus in
        try command.run(in: context)
      })
      return finish(result, in: context).rawValue
    }
    // argument-parser's own commands (`help`) and the root without a subcommand.
    do {
      var command = parsed
      try command.run()
      return ExitStatus.success.rawValue
    } catch {
      return report(error, in: context)
    }
  }

  /// Runs `briefing` with `arguments` (the process's when `nil`) and exits with its status.
  ///
  /// As the process's entry point it also sets up its signals: a closed standard output is
  /// exit 74 rather than death by SIGPIPE, and SIGINT, SIGTERM or SIGHUP remove the temporary
  /// file of an output being written before ending the process.
  public static func main(
    arguments: [String]? = nil, registry: FormatRegistry, io: CommandIO = .standard
  ) -> Never {
    ProcessSignals.prepareProcess()
    let context = CommandContext(registry: registry, io: io)
    let status = execute(arguments ?? Array(CommandLine.arguments.dropFirst()), in: context)
    exit(withError: status == 0 ? nil : ExitCode(status))
  }

  /// Prints a thrown ``CLIError`` and turns the outcome into a status.
  static func finish(_ result: Result<ExitStatus, CLIError>, in context: CommandContext)
    -> ExitStatus
  {
    switch result {
    case .success(let status): return status
    case .failure(let error):
      context.printError(error.description)
      return error.status
    }
  }

  /// Prints an argument-parser error (or help, or the version) the way its `exit` would.
  static func report(_ error: any Error, in context: CommandContext) -> Int32 {
    let code = exitCode(for: error)
    let text = fullMessage(for: error, columns: context.io.columns)
    if code.isSuccess {
      guard !text.isEmpty else { return code.rawValue }
      do {
        try context.io.writeStandardOutput(Array((text + "\n").utf8))
      } catch {
        // Help that cannot be written (`--help > /dev/full`) is an I/O error, as for `formats`.
        context.printError(error.description)
        return error.status.rawValue
      }
    } else if !text.isEmpty {
      // The message quotes arguments, which a shell glob can fill with any file name; only
      // the message is escaped, since usage lines after it are the tool's own.
      let message = message(for: error)
      let escaped = DisplayText.escaped(message)
      context.printError(escaped == message ? text : text.replacing(message, with: escaped))
    }
    return code.rawValue
  }
}
