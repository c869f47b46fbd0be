import BriefingCore
import BriefingFormats
import BriefingTesting
import BriefingYAML
import Foundation
import MarkdownFormat
import RichText
import Testing

/// Shared helpers: paths, reading and writing, the seed model.
enum Support {
  /// The package root.
  static let root = PackageFiles.root()

  /// Reads Markdown text.
  static func read(_ text: String, name: String = "test.md") -> ReadResult {
    MarkdownReader().read(SourceFile(name: name, text: text), options: FormatOptions())
  }

  /// Reads Markdown text and returns the model, recording an issue when there is none or when
  /// errors were reported.
  static func model(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> Briefing
  {
    let result = read(text)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.formatted))", sourceLocation: sourceLocation)
    guard let briefing = result.briefing else {
      Issue.record("no briefing", sourceLocation: sourceLocation)
      return Briefing(title: InlineText([]))
    }
    return briefing
  }

  /// Writes a briefing as Markdown text.
  static func write(_ briefing: Briefing) throws -> String {
    String(
      decoding: try MarkdownWriter().write(briefing, options: FormatOptions()).bytes, as: UTF8.self)
  }

  /// The seed briefing, read from Examples/apec-som1.yaml by the shared YAML machinery.
  static func seed() throws -> Briefing {
    let url = root.appendingPathComponent("Examples/apec-som1.yaml")
    let bytes = Array(try Data(contentsOf: url))
    let composed = YAMLComposer().compose(bytes)
    let tree = try #require(composed.tree)
    let result = TreeDecoder(file: "apec-som1.yaml").decode(tree)
    #expect(!result.diagnostics.hasErrors)
    return try #require(result.briefing)
  }

  /// The warnings and errors (notes left out) of a read, as `line:column id`.
  static func problems(_ result: ReadResult) -> [String] {
    result.diagnostics.filter { $0.severity != .note }.map { diagnostic in
      let at = diagnostic.range.map { "\($0.start.line):\($0.start.column) " } ?? ""
      return at + diagnostic.id
    }
  }
}
