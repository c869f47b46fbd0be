import ArgumentParser

/// `--from` and `--to`: the formats to read and write, when file extensions do not say.
struct FormatSelection: ParsableArguments {
  @Option(
    name: [.customShort("f"), .long],
    help: ArgumentHelp(
      "The input format (default: from each input's extension).", valueName: "format"),
    completion: FormatCompletion.kind)
  var from: String?

  @Option(
    name: [.customShort("t"), .long],
    help: ArgumentHelp(
      "The output format (default: from the output's extension).", valueName: "format"),
    completion: FormatCompletion.kind)
  var to: String?
}
