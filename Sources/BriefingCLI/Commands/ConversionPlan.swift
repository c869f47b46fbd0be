import BriefingCore
import BriefingFormats
import Foundation

/// What `convert` will do, worked out from the command line before any file is touched, so
/// that every usage error is reported before the first input is read.
struct ConversionPlan {
  /// Where one document comes from.
  enum Input: Equatable {
    /// Standard input (`-`).
    case standardInput
    /// A file: the name as the user gave it, and its absolute path.
    case file(name: String, path: String)

    /// The name diagnostics show.
    var name: String {
      switch self {
      case .standardInput: "-"
      case .file(let name, _): name
      }
    }
  }

  /// Where one document goes.
  enum Output: Equatable {
    /// Standard output (no `-o`, or `-o -`).
    case standardOutput
    /// A file: the name to show, and its absolute path.
    case file(name: String, path: String)
  }

  /// One input's conversion.
  struct Job {
    /// The source.
    var input: Input
    /// The format it is read with.
    var reader: any BriefingFormat
    /// The reader's checked options.
    var readerOptions: FormatOptions
    /// The destination.
    var output: Output
  }

  /// The format written.
  var writer: any BriefingFormat
  /// The writer's checked options.
  var writerOptions: FormatOptions
  /// The conversions, in the order the inputs were given.
  var jobs: [Job]
  /// The output directory to create first, if any: its name and absolute path.
  var outputDirectory: (name: String, path: String)?

  /// Resolves formats, options and destinations for `command` against `context`.
  init(_ command: Convert, context: CommandContext) throws(CLIError) {
    let registry = context.registry
    writer = try Self.writerFormat(command, registry: registry)
    writerOptions = try command.formatOptions.options(for: writer, isWriter: true)
    if let directory = command.output.outputDirectory {
      outputDirectory = (directory, context.absolutePath(directory))
    }
    var jobs: [Job] = []
    var destinations: [String: String] = [:]
    let inputPaths = Set(
      command.inputs.filter { $0 != "-" }.map { Self.standardized(context.absolutePath($0)) })
    // Links (symbolic or hard) give one file several paths: compare the files themselves too.
    let inputFiles = Set(
      command.inputs.filter { $0 != "-" }.compactMap {
        FileAccess.identity(of: context.absolutePath($0))
      })
    for name in command.inputs {
      let input: Input =
        name == "-" ? .standardInput : .file(name: name, path: context.absolutePath(name))
      let reader = try Self.readerFormat(for: name, command, registry: registry)
      let readerOptions = try command.formatOptions.options(for: reader, isWriter: false)
      let output = try Self.destination(for: name, command, writer: writer, context: context)
      if case .file(let outName, let outPath) = output {
        let key = Self.standardized(outPath)
        if inputPaths.contains(key)
          || FileAccess.identity(of: outPath).map(inputFiles.contains) == true
        {
          throw .usage(
            "cli.output-overwrites-input",
            "output '\(outName)' would overwrite an input; choose another -o or --output-dir")
        }
        if let other = destinations[key] {
          throw .usage(
            "cli.output-collision",
            "inputs '\(other)' and '\(name)' would both be written to '\(outName)'; "
              + "convert them separately")
        }
        destinations[key] = name
      }
      jobs.append(Job(input: input, reader: reader, readerOptions: readerOptions, output: output))
    }
    self.jobs = jobs
  }

  // MARK: - Formats

  private static func writerFormat(_ command: Convert, registry: FormatRegistry)
    throws(CLIError) -> any BriefingFormat
  {
    let writers = registry.formats.filter { $0.writer != nil }.map(\.descriptor.name)
    let format: any BriefingFormat
    if let name = command.formats.to {
      format = try named(name, role: "output", registry: registry)
    } else if let output = command.output.output, output != "-" {
      guard let inferred = registry.format(forPath: output) else {
        throw .usage(
          "cli.unknown-format",
          "cannot tell the output format from '\(output)'; add --to FORMAT "
            + "(one of: \(writers.joined(separator: ", ")))")
      }
      format = inferred
    } else {
      throw .usage(
        "cli.missing-format",
        "cannot tell the output format; add --to FORMAT "
          + "(one of: \(writers.joined(separator: ", ")))")
    }
    guard format.writer != nil else {
      throw .usage(
        "cli.not-writable",
        "format '\(format.descriptor.name)' can be read but not written; "
          + "choose one of: \(writers.joined(separator: ", "))")
    }
    return format
  }

  private static func readerFormat(
    for input: String, _ command: Convert, registry: FormatRegistry
  ) throws(CLIError) -> any BriefingFormat {
    let readers = registry.formats.filter { $0.reader != nil }.map(\.descriptor.name)
    let format: any BriefingFormat
    if let name = command.formats.from {
      format = try named(name, role: "input", registry: registry)
    } else if input != "-", let inferred = registry.format(forPath: input) {
      format = inferred
    } else {
      let what = input == "-" ? "standard input" : "'\(input)'"
      throw .usage(
        "cli.missing-format",
        "cannot tell the format of \(what); add --from FORMAT "
          + "(one of: \(readers.joined(separator: ", ")))")
    }
    guard format.reader != nil else {
      throw .usage(
        "cli.not-readable",
        "format '\(format.descriptor.name)' can be written but not read; "
          + "choose one of: \(readers.joined(separator: ", "))")
    }
    return format
  }

  private static func named(_ name: String, role: String, registry: FormatRegistry)
    throws(CLIError) -> any BriefingFormat
  {
    if let format = registry.format(named: name) { return format }
    let names = registry.formats.flatMap { [$0.descriptor.name] + $0.descriptor.aliases }
    let hint = Suggestion.hint(for: name, in: names, tolerance: .proportional)
    throw .usage(
      "cli.unknown-format",
      "unknown \(role) format '\(name)'"
        + (hint.isEmpty ? "; run 'briefing formats' to list formats" : hint))
  }

  // MARK: - Destinations

  private static func destination(
    for input: String, _ command: Convert, writer: any BriefingFormat, context: CommandContext
  ) throws(CLIError) -> Output {
    if let output = command.output.output {
      return output == "-"
        ? .standardOutput : .file(name: output, path: context.absolutePath(output))
    }
    guard let directory = command.output.outputDirectory else { return .standardOutput }
    guard let fileExtension = writer.descriptor.fileExtensions.first else {
      throw .usage(
        "cli.no-extension",
        "format '\(writer.descriptor.name)' has no file extension to name outputs with; "
          + "convert one input at a time with -o FILE")
    }
    let base = input.split(separator: "/").last.map(String.init) ?? input
    var stem = base
    if let dot = base.lastIndex(of: "."), dot != base.startIndex { stem = String(base[..<dot]) }
    let separator = directory.hasSuffix("/") ? "" : "/"
    let name = "\(directory)\(separator)\(stem).\(fileExtension)"
    return .file(name: name, path: context.absolutePath(name))
  }

  /// A path with `.`, `..` and repeated slashes removed, for comparing destinations.
  private static func standardized(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
