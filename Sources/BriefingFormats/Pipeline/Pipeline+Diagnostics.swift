import BriefingCore

extension Pipeline {
  /// The ids the pipeline itself emits, whatever the format.
  public static let diagnostics: [RuleInfo] = [
    .entry(
      "input.too-large", .error, "syntax", "the input is larger than the tool reads",
      """
      Every input, from a file, a device, a pipe or standard input, is read through one size
      cap (64 MiB unless the embedding program sets another), so a runaway or hostile input
      cannot exhaust memory. Nothing is read past the cap. Split the briefing, or check that
      the path names the file you meant.
      """),
    .entry(
      "pipeline.not-readable", .error, "format",
      "a document was sent to a format that has no reader",
      "The program asked the pipeline to read with a write-only format; choose a format with a reader."),
    .entry(
      "pipeline.not-writable", .error, "format",
      "a document was sent to a format that has no writer",
      "The program asked the pipeline to write with a read-only format; choose a format with a writer."),
    .entry(
      "internal.writer-contract", .error, "format",
      "a writer refused a briefing without saying why",
      """
      A writer must explain a refusal with at least one error. This one did not, which is a bug
      in the format; the document is not written. Please report it to the format's authors.
      """),
  ]
}
