import ArgumentParser
import BriefingCore
import BriefingFormats

/// Options passed through to the reader and writer, checked against what each format declares.
struct FormatOptionFlags: ParsableArguments {
  @Option(
    name: .customLong("reader-option"),
    help: ArgumentHelp(
      "A reader option as name=value; repeatable. 'briefing formats' lists each format's.",
      valueName: "name=value"))
  var readerOptions: [String] = []

  @Option(
    name: .customLong("writer-option"),
    help: ArgumentHelp(
      "A writer option as name=value; repeatable. 'briefing formats' lists each format's.",
      valueName: "name=value"))
  var writerOptions: [String] = []

  @Option(help: "Wrap output at this width: shorthand for --writer-option columns=N.")
  var columns: Int?

  @Flag(help: "Write a fragment, not a whole page: shorthand for --writer-option fragment=true.")
  var fragment = false

  @Option(
    help: ArgumentHelp(
      "Render the page through this template: shorthand for --writer-option template=FILE.",
      valueName: "file"))
  var template: String?

  /// The shorthand flags given, as writer option names and values.
  var writerShorthands: [(flag: String, name: String, value: String)] {
    var result: [(String, String, String)] = []
    if let columns { result.append(("--columns", "columns", String(columns))) }
    if fragment { result.append(("--fragment", "fragment", "true")) }
    if let template { result.append(("--template", "template", template)) }
    return result
  }

  /// Builds checked options for `format`'s reader (`isWriter == false`) or writer.
  func options(for format: any BriefingFormat, isWriter: Bool) throws(CLIError) -> FormatOptions {
    let descriptor = format.descriptor
    let role = isWriter ? "writer" : "reader"
    var options = try Self.parse(
      isWriter ? writerOptions : readerOptions, for: format, role: role)
    guard isWriter else { return options }
    for shorthand in writerShorthands {
      // A shorthand only means something to formats that declare the option it stands for.
      guard descriptor.options.contains(where: { $0.name == shorthand.name }) else {
        throw .usage(
          "cli.unsupported-option",
          "output format '\(descriptor.name)' has no '\(shorthand.name)' option, so "
            + "\(shorthand.flag) does not apply; drop it or choose another --to format")
      }
      try Self.set(
        shorthand.name, shorthand.value, in: &options, descriptor: descriptor, role: role)
    }
    return options
  }

  /// `name=value` split at the first `=`; a bare `name` has an empty value (`true` for flags).
  /// `name=value` texts checked against the options `format` declares for `role`.
  static func parse(_ texts: [String], for format: any BriefingFormat, role: String)
    throws(CLIError) -> FormatOptions
  {
    var options = FormatOptions()
    for text in texts {
      let (name, value) = Self.split(text)
      try Self.set(name, value, in: &options, descriptor: format.descriptor, role: role)
    }
    return options
  }

  static func split(_ text: String) -> (String, String) {
    guard let equals = text.firstIndex(of: "=") else { return (text, "") }
    return (String(text[..<equals]), String(text[text.index(after: equals)...]))
  }

  private static func set(
    _ name: String, _ value: String, in options: inout FormatOptions,
    descriptor: FormatDescriptor, role: String
  ) throws(CLIError) {
    do {
      try options.set(name, to: value, checkedAgainst: descriptor.options)
    } catch .unknown(_, let known) {
      let hint = Suggestion.hint(for: name, in: known, tolerance: .proportional)
      let list =
        known.isEmpty
        ? "it takes no options" : "it takes: \(known.sorted().joined(separator: ", "))"
      throw .usage(
        "cli.unknown-option",
        "unknown \(role) option '\(name)' for format '\(descriptor.name)'\(hint) (\(list))")
    } catch let error {
      throw .usage("cli.invalid-option", "\(error) for format '\(descriptor.name)'")
    }
  }
}
