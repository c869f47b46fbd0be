import BriefingCore
import BriefingFormats
import Foundation

/// Everything a command needs from outside its arguments: the formats, the streams, the
/// directory relative paths start from, and the environment.
///
/// swift-argument-parser creates command values itself, so nothing can be passed to their
/// initializers. Rather than a global or a task-local (state a reader cannot see at the call
/// site), ``BriefingCommand/execute(_:in:)`` parses first and then calls
/// ``BriefingSubcommand/run(in:)`` with the context: an ordinary argument, visible in every
/// signature that uses it, and different in every concurrent test.
public struct CommandContext: Sendable {
  /// The formats `--from`, `--to` and file extensions choose among.
  public var registry: FormatRegistry
  /// Standard input, output and error.
  public var io: CommandIO
  /// The directory relative paths are resolved against (the process's, by default).
  public var currentDirectory: String
  /// Environment variables (for later: `NO_COLOR`, `GITHUB_ACTIONS`, plugin paths).
  public var environment: [String: String]

  /// Creates a context.
  public init(
    registry: FormatRegistry, io: CommandIO = .standard, currentDirectory: String? = nil,
    environment: [String: String]? = nil
  ) {
    self.registry = registry
    self.io = io
    self.currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
    self.environment = environment ?? ProcessInfo.processInfo.environment
  }

  /// Every diagnostic id this program can emit: the registry's (its formats' and the shared
  /// code's) plus the command's own, which a format cannot redefine.
  public var catalog: RuleCatalog {
    let own = Set(BriefingCommand.diagnostics.map(\.id))
    let formats = registry.catalog.all.filter { !own.contains($0.id) }
    // Both lists are free of conflicts on their own and now share no id, so this cannot throw.
    return (try? RuleCatalog(formats + BriefingCommand.diagnostics)) ?? registry.catalog
  }

  /// The absolute form of a path the user gave.
  func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    return base + path
  }

  /// Writes one line (a newline is added) to standard error.
  func printError(_ line: String) { io.writeStandardError(line + "\n") }
}
