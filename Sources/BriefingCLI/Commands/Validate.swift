import ArgumentParser
import BriefingCore
import BriefingFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `briefing validate`: checks briefings for syntax, schema and content problems, for CI.
struct Validate: BriefingSubcommand {
  static let configuration = CommandConfiguration(
    abstract: "Check briefings: syntax, schema and content rules, with positions.",
    discussion: """
      PATH is a file, a directory (searched recursively for files a reader claims by \
      extension, skipping hidden entries), or a glob the tool expands itself (*, ?, […], **), \
      so quote it: 'content/**/*.yaml'. '-' reads standard input (with --from).

      Configuration comes from the nearest .briefing.yml walking up from each file (stopping \
      at a directory with .git), or from --config FILE:
        rules:
          rule.identical-questions: off      # off, note, warning or error
          rule.language-tag: {severity: error}
        exclude: [drafts/**]
      A .briefingignore next to it holds more .gitignore-style patterns. Excludes apply to \
      what directories and globs find; a file named on the command line is always checked.

      Suppress one line with a comment on it, '# briefing-disable-line rule.id' in YAML or \
      '<!-- briefing-disable-line rule.id -->' in Markdown and HTML; 'disable-next-line' and \
      'disable-file' work the same way, and without ids they cover every rule.

      'briefing rules' lists the rules; 'briefing explain RULE' explains one.

      Exit codes: 0 no errors (warnings allowed unless --strict); 1 problems found; 64 usage \
      or configuration error; 66 an input is missing or unreadable, or a pattern matches \
      nothing; 70 internal failure; 74 I/O error.
      """)

  @Argument(help: ArgumentHelp("Files, directories or globs to check.", valueName: "path"))
  var paths: [String]

  @Option(
    name: [.customShort("f"), .long],
    help: ArgumentHelp(
      "Read every file with this format, whatever its extension.",
      valueName: "format"))
  var from: String?

  @Option(
    help: ArgumentHelp(
      "Output: text, json, github, sarif or junit (default: github when GITHUB_ACTIONS=true, "
        + "else text).", valueName: "format"))
  var format: String?

  @Option(
    name: .customLong("exclude"),
    help: ArgumentHelp(
      "Skip what this .gitignore-style pattern matches (repeatable).", valueName: "pattern"))
  var excludes: [String] = []

  @Option(
    help: ArgumentHelp("Use this configuration file instead of discovery.", valueName: "file"))
  var config: String?

  @Flag(help: "Warnings fail the run too (exit 1).")
  var strict = false

  @Flag(name: [.customShort("q"), .long], help: "Print errors only, without the summary.")
  var quiet = false

  @Option(help: ArgumentHelp("Colour the text output: auto, always or never.", valueName: "when"))
  var color: String = "auto"

  @Option(
    name: .customLong("reader-option"),
    help: ArgumentHelp(
      "A reader option as name=value, for every file; repeatable. 'briefing formats' lists "
        + "each format's.", valueName: "name=value"))
  var readerOptions: [String] = []

  @OptionGroup(title: "Plugins")
  var plugins: PluginOptions

  func validate() throws {
    if paths.isEmpty {
      throw ValidationError(
        "name the files, directories or globs to check, e.g. 'briefing validate .'")
    }
    if paths.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("'-' (standard input) can be given only once")
    }
    if let format, ReportFormat(rawValue: format) == nil {
      throw ValidationError(
        "unknown output format '\(format)'"
          + Suggestion.hint(for: format, in: ReportFormat.allCases.map(\.rawValue))
          + "; use text, json, github, sarif or junit")
    }
    guard ["auto", "always", "never"].contains(color) else {
      throw ValidationError("--color takes auto, always or never, not '\(color)'")
    }
  }

  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    let context = try addingPlugins(to: context)
    let forced = try from.map { name throws(CLIError) in try readerFormat(named: name, context) }
    if paths.contains("-"), forced == nil {
      throw .usage(
        "cli.missing-format", "cannot tell the format of standard input; add --from FORMAT")
    }
    var commandLineExcludes = IgnoreRules()
    commandLineExcludes.add(excludes, base: Paths.normalize(context.currentDirectory))
    var discovery = FileDiscovery(
      registry: context.registry, currentDirectory: context.currentDirectory,
      forcedFormat: forced != nil,
      discovery: try ConfigDiscovery(
        configFile: config.map(context.absolutePath), catalog: context.catalog),
      commandLineExcludes: commandLineExcludes)
    let candidates = try discovery.files(for: paths)
    var jobs: [Job] = []
    for candidate in candidates {
      let directory =
        candidate.absolute == "-"
        ? Paths.normalize(context.currentDirectory) : Paths.directory(of: candidate.absolute)
      let resolved = try discovery.discovery.resolve(directory: directory)
      guard let format = forced ?? context.registry.format(forPath: candidate.display),
        format.reader != nil
      else {
        throw .usage(
          "cli.missing-format",
          "cannot tell the format of '\(candidate.display)'; add --from FORMAT or name files "
            + "with a known extension ('briefing formats' lists them)")
      }
      let options = try FormatOptionFlags.parse(readerOptions, for: format, role: "reader")
      jobs.append(
        Job(
          candidate: candidate, format: format, options: options,
          policy: resolved.config.policy(strict: strict)))
    }
    let configProblems = discovery.discovery.problems
    if !configProblems.isEmpty {
      for problem in configProblems { context.printError(DisplayText.line(problem)) }
      return .usage
    }
    return try check(jobs, in: context)
  }

  private func check(_ jobs: [Job], in context: CommandContext) throws(CLIError) -> ExitStatus {
    var sources: [[UInt8]?] = []
    var unreadable: [Int: CLIError] = [:]
    for (index, job) in jobs.enumerated() {
      do throws(CLIError) {
        sources.append(
          job.candidate.absolute == "-"
            ? try context.io.readStandardInput()
            : try FileAccess.read(job.candidate.absolute, name: job.candidate.display))
      } catch {
        sources.append(nil)
        unreadable[index] = error
      }
    }
    let pipeline = Pipeline()
    let inputs = Array(zip(jobs, sources))
    let results = ParallelMap.map(inputs) { job, source -> ValidationReport.FileResult in
      guard let source else {
        return ValidationReport.FileResult(path: job.candidate.display, diagnostics: [])
      }
      let document = pipeline.read(
        SourceFile(name: job.candidate.display, bytes: source), as: job.format,
        options: job.options, policy: job.policy)
      // Excerpts come from the source as the pipeline read it (lone CRs made line feeds).
      return ValidationReport.FileResult(
        path: job.candidate.display, diagnostics: document.diagnostics,
        source: document.source.bytes)
    }
    var files = results
    for (index, error) in unreadable {
      files[index].diagnostics = [
        Diagnostic(.error, error.id, error.message, file: jobs[index].candidate.display)
      ]
    }
    let full = ValidationReport(files: files, strict: strict)
    var shown = full
    shown.quiet = quiet
    if quiet {
      for index in shown.files.indices {
        shown.files[index].diagnostics.removeAll { !full.fails($0) }
      }
    }
    let reportFormat = outputFormat(in: context)
    let text = render(
      shown, as: reportFormat, rules: context.catalog.all, color: useColor(reportFormat, context))
    try context.io.writeStandardOutput(Array(text.utf8))
    // One meaning per code across commands: a plugin that broke its contract is 70 here too.
    let perFile = full.files.map { file in
      ExitStatus.of(file.diagnostics, failed: file.diagnostics.contains(where: full.fails))
    }
    return ([unreadable.isEmpty ? .success : .noInput] + perFile).max() ?? .success
  }

  private struct Job: Sendable {
    var candidate: FileDiscovery.Candidate
    var format: any BriefingFormat
    var options: FormatOptions
    var policy: DiagnosticPolicy
  }

  /// `context` with the plugins this run may need: the one `--from` names, or every plugin
  /// found when `--plugin-dir` is given (directory walks choose files by extension) or a
  /// named file's extension may be a plugin's.
  private func addingPlugins(to context: CommandContext) throws(CLIError) -> CommandContext {
    var context = context
    if let from { context = try plugins.adding(named: from, to: context) }
    let files = paths.filter { $0 != "-" && Paths.isFile(context.absolutePath($0)) }
    if !plugins.pluginDirectories.isEmpty
      || (from == nil && plugins.mayClaim(files, in: context.registry))
    {
      context = plugins.addingAll(to: context) { _ in }
    }
    return context
  }

  private func outputFormat(in context: CommandContext) -> ReportFormat {
    if let format, let chosen = ReportFormat(rawValue: format) { return chosen }
    return context.environment["GITHUB_ACTIONS"] == "true" ? .github : .text
  }

  private func useColor(_ format: ReportFormat, _ context: CommandContext) -> Bool {
    guard format == .text else { return false }
    switch color {
    case "always": return true
    case "never": return false
    default:
      if let noColor = context.environment["NO_COLOR"], !noColor.isEmpty { return false }
      if context.environment["TERM"] == "dumb" { return false }
      return isatty(1) == 1
    }
  }

  private func readerFormat(named name: String, _ context: CommandContext) throws(CLIError)
    -> any BriefingFormat
  {
    let readers = context.registry.formats.filter { $0.reader != nil }
    if let format = context.registry.format(named: name), format.reader != nil { return format }
    let names = readers.flatMap { [$0.descriptor.name] + $0.descriptor.aliases }
    throw .usage(
      "cli.unknown-format",
      "unknown input format '\(name)'" + Suggestion.hint(for: name, in: names)
        + "; readers: \(readers.map(\.descriptor.name).joined(separator: ", "))")
  }
}
