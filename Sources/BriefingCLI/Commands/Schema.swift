import ArgumentParser
import BriefingFormats

/// `briefing schema`: prints the JSON Schema of the YAML/JSON briefing tree.
struct Schema: BriefingSubcommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of YAML and JSON briefings.",
    discussion: """
      The schema describes FORMAT.md's tree: every key and its type, the required keys, the \
      allowed values, and `x-` extension keys, allowed everywhere. It is the same as \
      Schemas/briefing-v1.schema.json in the repository. Editors use it for completion \
      (`briefing convert --to yaml --writer-option schema-modeline=true` adds the \
      yaml-language-server modeline), and any JSON Schema validator can check briefings with \
      it; `briefing validate` checks more (positions, content rules) and needs no schema.

      Examples:
        briefing schema > briefing.schema.json
        check-jsonschema --schemafile briefing.schema.json notes.yaml
      """)

  /// Prints the schema.
  func run(in context: CommandContext) throws(CLIError) -> ExitStatus {
    try context.io.writeStandardOutput(Array(BriefingSchema.text.utf8))
    return .success
  }
}
