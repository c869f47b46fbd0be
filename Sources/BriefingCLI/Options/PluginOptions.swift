import ArgumentParser
import BriefingCore
import BriefingFormats
import Foundation

/// Where executable plugins are found and how long and how much they may run.
struct PluginOptions: ParsableArguments {
  @Option(
    name: .customLong("plugin-dir"),
    help: ArgumentHelp(
      "A folder searched for briefing-format-NAME executables before BRIEFING_PLUGIN_PATH and "
        + "PATH; repeatable.", valueName: "dir"))
  var pluginDirectories: [String] = []

  @Option(
    name: .customLong("plugin-timeout"),
    help: ArgumentHelp(
      "Seconds a plugin or filter may run before it is stopped.", valueName: "seconds"))
  var pluginTimeout: Double = 30

  @Option(
    name: .customLong("plugin-max-output"),
    help: ArgumentHelp(
      "Bytes a plugin or filter may print before it is stopped.", valueName: "bytes"))
  var pluginMaxOutput: Int = 64 << 20

  /// Checks the limits are usable.
  func validate() throws {
    guard pluginTimeout > 0, pluginTimeout.isFinite else {
      throw ValidationError("--plugin-timeout must be a positive number of seconds")
    }
    guard pluginMaxOutput > 0 else {
      throw ValidationError("--plugin-max-output must be a positive number of bytes")
    }
  }

  /// The environment and limits plugins run with.
  func host(in context: CommandContext) -> PluginHost {
    PluginHost(
      environment: context.environment,
      limits: PluginLimits(timeout: pluginTimeout, maxOutputBytes: pluginMaxOutput),
      version: BriefingCommand.version)
  }

  /// The search for plugin executables, with `--plugin-dir` folders made absolute.
  func discovery(in context: CommandContext) -> PluginDiscovery {
    PluginDiscovery(
      pluginDirectories: pluginDirectories.map(context.absolutePath),
      environment: context.environment)
  }

  /// Whether a plugin may be the format of one of `paths`: its extension names no registered
  /// format, or it is dotted, since a plugin's `slack.json` beats a built-in's `json`.
  func mayClaim(_ paths: [String], in registry: FormatRegistry) -> Bool {
    paths.contains { path in
      registry.format(forPath: path) == nil
        || (path.split(separator: "/").last ?? "").filter { $0 == "." }.count > 1
    }
  }

  /// `context` with the plugin named `name` added, when no registered format has that name.
  ///
  /// A plugin whose handshake fails is an exit-70 error: the user asked for it by name.
  func adding(named name: String, to context: CommandContext) throws(CLIError) -> CommandContext {
    guard context.registry.format(named: name) == nil,
      let candidate = discovery(in: context).candidate(named: name)
    else { return context }
    switch ExternalFormat.describe(
      name: candidate.name, executable: candidate.path, host: host(in: context))
    {
    case .failure(let error):
      throw CLIError(.internalFailure, error.diagnostic.id, error.diagnostic.message)
    case .success(let format):
      var context = context
      do {
        context.registry = try context.registry.adding([format])
      } catch {
        throw CLIError(.internalFailure, "plugin.conflict", "plugin '\(name)': \(error)")
      }
      return context
    }
  }

  /// `context` with every plugin found that describes itself correctly and clashes with no
  /// registered format; the others are reported as warnings through `warn`.
  func addingAll(to context: CommandContext, warn: (String) -> Void) -> CommandContext {
    var context = context
    for candidate in discovery(in: context).candidates() {
      if let shadowing = context.registry.format(named: candidate.name) {
        if !(shadowing is ExternalFormat) {
          warn(
            "plugin '\(candidate.name)' at '\(candidate.path)' is ignored: a built-in "
              + "format has that name")
        }
        continue
      }
      switch ExternalFormat.describe(
        name: candidate.name, executable: candidate.path, host: host(in: context))
      {
      case .failure(let error):
        warn(
          "plugin '\(candidate.name)' at '\(candidate.path)' is ignored: "
            + error.diagnostic.message + " [\(error.diagnostic.id)]")
      case .success(let format):
        do {
          context.registry = try context.registry.adding([format])
        } catch {
          warn("plugin '\(candidate.name)' at '\(candidate.path)' is ignored: \(error)")
        }
      }
    }
    return context
  }
}

/// `--filter CMD`: programs the AST passes through between reader and writer.
struct FilterOptions: ParsableArguments {
  @Option(
    name: .customLong("filter"),
    help: ArgumentHelp(
      "A program that reads the JSON AST on stdin and prints it, changed, on stdout (as "
        + "pandoc --filter); argv[1] is the output format. Repeatable; run in order.",
      valueName: "program"))
  var filters: [String] = []

  /// Resolves each filter to a command: a path (relative to the current directory) or a name
  /// on PATH; a script that is not executable runs with `python3` (`.py`) or `sh` (`.sh`).
  func resolved(in context: CommandContext) throws(CLIError) -> [ASTFilter] {
    try filters.map { name throws(CLIError) in
      let manager = FileManager.default
      var path: String?
      if name.contains("/") || manager.fileExists(atPath: context.absolutePath(name)) {
        path = context.absolutePath(name)
      } else {
        let directories = (context.environment["PATH"] ?? "").split(separator: ":")
        path = directories.map { "\($0)/\(name)" }.first { manager.isExecutableFile(atPath: $0) }
      }
      guard let path, manager.fileExists(atPath: path) else {
        throw .usage(
          "cli.filter-not-found",
          "filter '\(name)' not found; give a path to it or put it on PATH")
      }
      if manager.isExecutableFile(atPath: path) { return ASTFilter(name: name, command: [path]) }
      if name.hasSuffix(".py") {
        return ASTFilter(name: name, command: ["/usr/bin/env", "python3", path])
      }
      if name.hasSuffix(".sh") { return ASTFilter(name: name, command: ["/bin/sh", path]) }
      throw .usage(
        "cli.filter-not-executable", "filter '\(name)' is not executable; run 'chmod +x \(name)'")
    }
  }
}
