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

  /// Checks that need several flags at once.
  func validate() throws {
    if output.output != nil, output.outputDirectory != nil {
      throw ValidationError("-o and --output-dir cannot be used together; choose one")
    }
    if inputs.count > 1, output.output != nil {
      throw ValidationError(
        "-o names one output but \(inputs.count) inputs were given; use --output-dir DIR")
    }
    if inputs.count > 1, output.outputDirectory == nil {
      // Concatenating documents on standard output would make invalid JSON and HTML.
      throw ValidationError(
        "\(inputs.count) inputs were given; add --output-dir DIR to write one file for each")
    }
    if inputs.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("'-' (standard input) can be given only once")
    }
    if inputs.contains("-"), output.outputDirectory != nil {
      throw ValidationError(
        "standard input has no name to write under --output-dir; use -o FILE instead")
    }
  }

  /// Converts every input; the status is that of the first input that failed.
  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    let context = try addingPlugins(to: context)
    let plan = try ConversionPlan(self, context: context)
    if let directory = plan.outputDirectory {
      try FileAccess.makeDirectory(directory.path, name: directory.name)
    }
    var status = ExitStatus.success
    for job in plan.jobs {
      let jobStatus: ExitStatus
      do {
        jobStatus = try convert(job, plan: plan, context: context)
      } catch {
        context.printError(error.description)
        jobStatus = error.status
      }
      if status == .success { status = jobStatus }
    }
    return status
  }

  /// Reads, checks, writes and emits one document.
  private func convert(_ job: ConversionPlan.Job, plan: ConversionPlan, context: CommandContext)
    throws(CLIError) -> ExitStatus
  {
    let bytes: [UInt8]
    switch job.input {
    case .standardInput: bytes = try context.io.readStandardInput()
    case .file(let name, let path): bytes = try FileAccess.read(path, name: name)
    }
    let source = SourceFile(name: job.input.name, bytes: bytes)
    // Both optional members were checked when the plan was made.
    guard let reader = job.reader.reader, let writer = plan.writer.writer else {
      throw .internalFailure("cli.missing-codec", "format lost its reader or writer")
    }
    let result = reader.read(source, options: job.readerOptions)
    let renderer = DiagnosticRenderer(
      source: source, sourceMap: result.sourceMap, diagnostics: result.diagnostics)
    report(result.diagnostics, with: renderer, context: context)
    let readStatus = status(of: result.diagnostics)
    guard readStatus == .success else { return readStatus }
    guard let read = result.briefing else {
      throw .internalFailure(
        "cli.reader-contract",
        "the '\(job.reader.descriptor.name)' reader returned neither a briefing nor an error; "
          + "please report this bug", file: source.name)
    }
    guard let briefing = try filtered(read, plan: plan, file: source.name, context: context) else {
      return .internalFailure
    }
    let written: WriteResult
    do {
      written = try writer.write(briefing, options: plan.writerOptions)
    } catch {
      report(error.diagnostics, with: renderer, context: context)
      let writeStatus = status(of: error.diagnostics)
      return writeStatus == .success ? .documentErrors : writeStatus
    }
    // Writer diagnostics name document paths, which the input's source map can place.
    report(written.diagnostics, with: renderer, context: context)
    let writeStatus = status(of: written.diagnostics)
    guard writeStatus == .success else { return writeStatus }
    switch job.output {
    case .standardOutput: try context.io.writeStandardOutput(written.bytes)
    case .file(let name, let path):
      try FileAccess.writeAtomically(written.bytes, to: path, name: name)
    }
    return .success
  }

  private func report(
    _ diagnostics: [Diagnostic], with renderer: DiagnosticRenderer, context: CommandContext
  ) {
    for diagnostic in diagnostics { context.printError(renderer.render(diagnostic)) }
  }

  /// 70 for a failing plugin or internal check, 1 for document errors (and warnings when
  /// strict), else 0.
  private func status(of diagnostics: [Diagnostic]) -> ExitStatus {
    let errors = diagnostics.filter { $0.severity == .error }
    if errors.contains(where: { $0.id.hasPrefix("plugin.") || $0.id.hasPrefix("internal.") }) {
      return .internalFailure
    }
    if !errors.isEmpty { return .documentErrors }
    if strictness.strict, diagnostics.contains(where: { $0.severity == .warning }) {
      return .documentErrors
    }
    return .success
  }
}
