import ArgumentParser
import BriefingFormats
import Foundation

/// `briefing formats`: what can be read and written, with extensions and options.
struct Formats: BriefingSubcommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the formats briefing can read and write.",
    discussion: """
      Shows each format's name and aliases, whether it can be read and written, whether a \
      round trip through it is lossless, its file extensions, and the options its reader and \
      writer take (pass them with --reader-option and --writer-option).

      Examples:
        briefing formats
        briefing formats --readers
        briefing formats --json | jq '.formats[].name'
      """,
    aliases: ["list-formats"])

  @Flag(help: "Print the formats as a versioned JSON document.")
  var json = false

  @Flag(help: "Print only the names of readable formats, one a line.")
  var readers = false

  @Flag(help: "Print only the names of writable formats, one a line.")
  var writers = false

  @OptionGroup(title: "Plugins")
  var plugins: PluginOptions

  /// Checks that at most one output style is asked for.
  func validate() throws {
    if [json, readers, writers].filter({ $0 }).count > 1 {
      throw ValidationError("--json, --readers and --writers cannot be combined; choose one")
    }
  }

  /// Prints the listing.
  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    let context = plugins.addingAll(to: context) { context.printError("briefing: warning: \($0)") }
    let formats = context.registry.formats
    let text: String
    if json {
      text = FormatsDocument(formats).jsonText()
    } else if readers || writers {
      text = formats.filter { readers ? $0.reader != nil : $0.writer != nil }
        .map { $0.descriptor.name + "\n" }.joined()
    } else {
      text = FormatTable.render(formats)
    }
    try context.io.writeStandardOutput(Array(text.utf8))
    return .success
  }
}
