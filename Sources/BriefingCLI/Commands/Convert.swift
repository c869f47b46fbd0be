import ArgumentParser
import BriefingCore
import BriefingFormats

/// `briefing convert`: reads each input with one format and writes it with another.
struct Convert: BriefingSubcommand {
  static let configuration = CommandConfiguration(
    abstract: "Convert briefings from one format to another.",
    discussion: """
      Formats come from file extensions unless --from and --to name them; '-' is standard \
      input (or, with -o, standard output). One input goes to standard output or to -o FILE; \
      several inputs need --output-dir DIR, where each is written under its own name with the \
      output format's extension. Problems in a document are printed as \
      'file:line:column: error: message [rule-id]' and nothing is written for that document.

      Examples:
        briefing convert Examples/apec-som1.yaml --to json
        briefing convert notes.yaml -o notes.json
        cat notes.yaml | briefing convert - --from yaml --to json
        briefing convert a.yaml b.yaml c.yaml --to json --output-dir out/
        briefing convert notes.yaml --to plain --columns 72

      Exit codes: 0 converted; 1 a document has errors (or warnings with --strict); \
      64 usage error or unknown format; 66 input missing or unreadable; 70 internal or plugin \
      failure; 73 output cannot be created; 74 I/O error.
      """)

  @Argument(
    help: ArgumentHelp("The briefings to convert; '-' reads standard input.", valueName: "input"))
  var inputs: [String]

  @OptionGroup(title: "Formats")
  var formats: FormatSelection

  @OptionGroup(title: "Output")
  var output: OutputOptions

  @OptionGroup(title: "Format options")
  var formatOptions: FormatOptionFlags

  @OptionGroup
  var strictness: StrictnessOptions

  @OptionGroup(title: "Plugins and filters")
  var plugins: PluginOptions

  @OptionGroup(title: "Plugins and filters")
  var filterOptions: FilterOptions

  /// Checks that need several arguments at once.
  func usageProblem() -> ValidationError? {
    if output.output != nil, output.outputDirectory != nil {
      return ValidationError("-o and --output-dir cannot be used together; choose one")
    }
    if inputs.count > 1, output.output != nil {
      return ValidationError(
        "-o names one output but \(inputs.count) inputs were given; use --output-dir DIR")
    }
    if inputs.count > 1, output.outputDirectory == nil {
      // Concatenating documents on standard output would make invalid JSON and HTML.
      return ValidationError(
        "\(inputs.count) inputs were given; add --output-dir DIR to write one file for each")
    }
    if inputs.filter({ $0 == "-" }).count > 1 {
      return ValidationError("'-' (standard input) can be given only once")
    }
    if inputs.contains("-"), output.outputDirectory != nil {
      return ValidationError(
        "standard input has no name to write under --output-dir; use -o FILE instead")
    }
    return nil
  }

  /// Converts every input; the status is that of the first input that failed.
  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    let context = try addingPlugins(to: context)
    let plan = try ConversionPlan(self, context: context)
    let filters: [any BriefingFilter] = try filterOptions.resolved(in: context).map {
      PluginFilter($0, host: plugins.host(in: context))
    }
    var configs = try ConfigDiscovery(
      configFile: strictness.config.map(context.absolutePath), catalog: context.catalog)
    if let directory = plan.outputDirectory {
      try FileAccess.makeDirectory(directory.path, name: directory.name)
    }
    var status = ExitStatus.success
    for job in plan.jobs {
      let jobStatus: ExitStatus
      do {
        let policy = try configs.resolve(directory: directory(of: job.input, context))
          .config.policy(strict: strictness.strict)
        guard configs.problems.isEmpty else {
          for problem in configs.problems { context.printError(DisplayText.line(problem)) }
          return .usage
        }
        jobStatus = try convert(
          job, plan: plan, filters: filters, policy: policy, context: context)
      } catch {
        context.printError(error.description)
        jobStatus = error.status
      }
      if status == .success { status = jobStatus }
    }
    return status
  }

  /// Reads, checks, filters and writes one document through the pipeline.
  private func convert(
    _ job: ConversionPlan.Job, plan: ConversionPlan, filters: [any BriefingFilter],
    policy: DiagnosticPolicy, context: CommandContext
  ) throws(CLIError) -> ExitStatus {
    let bytes: [UInt8]
    switch job.input {
    case .standardInput: bytes = try context.io.readStandardInput()
    case .file(let name, let path): bytes = try FileAccess.read(path, name: name)
    }
    let source = SourceFile(name: job.input.name, bytes: bytes)
    let pipeline = Pipeline()
    let read = pipeline.read(source, as: job.reader, options: job.readerOptions, policy: policy)
    let renderer = DiagnosticRenderer(
      source: read.source, diagnostics: read.diagnostics)
    report(read.diagnostics, with: renderer, context: context)
    if read.briefing == nil, !read.diagnostics.hasErrors {
      throw .internalFailure(
        "cli.reader-contract",
        "the '\(job.reader.descriptor.name)' reader returned neither a briefing nor an error; "
          + "please report this bug", file: source.name)
    }
    guard !read.failed else { return .of(read.diagnostics, failed: true) }
    let filtered = pipeline.filter(
      read, through: filters, targetFormat: plan.writer.descriptor.name)
    report(Array(filtered.diagnostics.dropFirst(read.diagnostics.count)), with: renderer,
      context: context)
    guard !filtered.failed else { return .of(filtered.diagnostics, failed: true) }
    let output = pipeline.write(
      filtered, as: plan.writer, options: plan.writerOptions, policy: policy)
    report(output.diagnostics, with: renderer, context: context)
    guard let written = output.bytes else { return .of(output.diagnostics, failed: true) }
    switch job.output {
    case .standardOutput: try context.io.writeStandardOutput(written)
    case .file(let name, let path):
      try FileAccess.writeAtomically(written, to: path, name: name)
    }
    return .success
  }

  /// The directory whose `.briefing.yml` applies to `input` (the working one for stdin).
  private func directory(of input: ConversionPlan.Input, _ context: CommandContext) -> String {
    switch input {
    case .standardInput: Paths.normalize(context.currentDirectory)
    case .file(_, let path): Paths.directory(of: Paths.normalize(path))
    }
  }

  private func report(
    _ diagnostics: [Diagnostic], with renderer: DiagnosticRenderer, context: CommandContext
  ) {
    for diagnostic in diagnostics { context.printError(renderer.render(diagnostic)) }
  }
}
