import ArgumentParser

/// Where converted documents go: one file, a directory, or standard output.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "Write to this file ('-' for standard output); its extension picks the format.",
      valueName: "file"))
  var output: String?

  @Option(
    name: .customLong("output-dir"),
    help: ArgumentHelp(
      "Write each input to this directory, named after the input with the output format's "
        + "extension. Required with several inputs; created if missing.",
      valueName: "dir"))
  var outputDirectory: String?
}

/// `--strict` and `--config`: how diagnostics are weighed, as `validate` weighs them.
struct StrictnessOptions: ParsableArguments {
  @Flag(help: "Treat warnings as errors: exit 1 and write nothing for that input.")
  var strict = false

  @Option(
    help: ArgumentHelp(
      "Rule levels from this .briefing.yml instead of the one found beside each input.",
      valueName: "file"))
  var config: String?
}
