import ArgumentParser
import BriefingCore
import BriefingFormats
import Foundation

/// `briefing rules`: every diagnostic id with its default severity and summary.
struct Rules: BriefingSubcommand {
  static let configuration = CommandConfiguration(
    abstract: "List the rules and diagnostic ids with their default severities.",
    discussion: """
      Each id can be set to off, note, warning or error under 'rules:' in .briefing.yml. \
      'briefing explain RULE' says more about one.
      """)

  @Flag(help: "Print JSON: an array of {id, defaultSeverity, category, summary, explanation}.")
  var json = false

  @Option(
    help: ArgumentHelp(
      "Only this category: syntax, schema, content, format, plugin or cli.",
      valueName: "name"))
  var category: String?

  @OptionGroup var plugins: PluginOptions

  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    // Plugins found on the search path declare ids too.
    let context = plugins.addingAll(to: context) { context.printError("briefing: warning: \($0)") }
    var rules = context.catalog.all
    if let category {
      let categories = Array(Set(rules.map(\.category))).sorted()
      guard categories.contains(category) else {
        throw .usage(
          "cli.invalid-option",
          "unknown category '\(category)'" + Suggestion.hint(for: category, in: categories)
            + "; use one of: \(categories.joined(separator: ", "))")
      }
      rules = rules.filter { $0.category == category }
    }
    let text = json ? Self.json(rules) : Self.table(rules)
    try context.io.writeStandardOutput(Array(text.utf8))
    return .success
  }

  /// The rules as aligned columns: id, severity, summary.
  static func table(_ rules: [RuleInfo]) -> String {
    let idWidth = rules.map(\.id.count).max() ?? 0
    var text = ""
    for rule in rules {
      let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let severity = rule.defaultSeverity.rawValue.padding(
        toLength: 7, withPad: " ", startingAt: 0)
      text += "\(id)  \(severity)  \(rule.summary)\n"
    }
    return text
  }

  /// The rules as a pretty-printed JSON array with sorted keys.
  static func json(_ rules: [RuleInfo]) -> String {
    let entries = rules.map { rule -> JSONValue in
      .object([
        "id": .string(rule.id), "defaultSeverity": .string(rule.defaultSeverity.rawValue),
        "category": .string(rule.category), "summary": .string(rule.summary),
        "explanation": .string(rule.explanation),
      ])
    }
    return JSONText.write(.array(entries), style: .report)
  }
}

/// `briefing explain RULE`: what one rule checks, why, and how to fix it.
struct Explain: BriefingSubcommand {
  static let configuration = CommandConfiguration(
    abstract: "Explain a rule: what it checks, why, and examples that fail and pass.")

  @Argument(help: ArgumentHelp("The rule id, e.g. rule.unsafe-url.", valueName: "rule"))
  var rule: String

  @OptionGroup var plugins: PluginOptions

  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    var catalog = context.catalog
    if catalog.info(for: rule) == nil {
      // Only an id no registered format declares is worth starting the plugins for.
      catalog =
        plugins.addingAll(to: context) { context.printError("briefing: warning: \($0)") }
        .catalog
    }
    guard let info = catalog.info(for: rule) else {
      let hint = catalog.hint(for: rule)
      throw .usage(
        "cli.unknown-rule",
        "unknown rule '\(rule)'\(hint.isEmpty ? "" : hint); 'briefing rules' lists them")
    }
    let text = """
      \(info.id) (\(info.category), default severity: \(info.defaultSeverity.rawValue))

      \(info.summary)

      \(info.explanation)

      """
    try context.io.writeStandardOutput(Array(text.utf8))
    return .success
  }
}
