import ArgumentParser
import BriefingCore
import BriefingFormats

/// `briefing template FORMAT`: prints a format's built-in template, to start your own from.
struct Template: BriefingSubcommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Print a format's default template, to start a custom one from.",
    discussion: """
      Formats whose writer renders through a template (html) print the built-in one, as \
      'pandoc -D html' does. Edit a copy and pass it back with --template FILE (shorthand for \
      --writer-option template=FILE). The HTML format's README lists the template variables.

      Examples:
        briefing template html > page.mustache
        briefing convert Examples/apec-som1.yaml --to html --template page.mustache -o page.html
      """)

  @Argument(help: "The format whose template to print (e.g. html).")
  var format: String

  /// Prints the template, or fails with the formats that have one.
  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    let templated = context.registry.formats.compactMap { $0 as? any TemplatedFormat }
    let names = templated.map(\.descriptor.name)
    guard let known = context.registry.format(named: format) else {
      let hint = Suggestion.hint(for: format, in: names, tolerance: .proportional)
      throw .usage(
        "cli.unknown-format",
        "unknown format '\(format)'\(hint); "
          + "formats with a template: \(names.joined(separator: ", "))")
    }
    guard let format = known as? any TemplatedFormat else {
      throw .usage(
        "cli.no-template",
        "format '\(known.descriptor.name)' has no template; "
          + "formats with a template: \(names.joined(separator: ", "))")
    }
    try context.io.writeStandardOutput(Array(format.defaultTemplate.utf8))
    return .success
  }
}
