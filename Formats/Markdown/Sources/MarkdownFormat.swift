// MarkdownFormat: briefings as YAML front matter plus CommonMark, with each follow-up question a
// `<details>` block so it folds on GitHub. The mapping, the markers the writer adds when the
// visible Markdown cannot carry a value, and what hand-written variants the reader takes are in
// Formats/Markdown/README.md.
import BriefingCore
import BriefingFormats
import BriefingYAML

/// The Markdown format: front matter, `# title`, `## ` sections; lossless.
public struct MarkdownFormat: BriefingFormat {
  /// Creates the format.
  public init() {}

  /// `markdown` (alias `md`), `.md`/`.markdown`, `text/markdown`, lossless.
  public var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "markdown", aliases: ["md"], fileExtensions: ["md", "markdown"],
      mediaType: "text/markdown",
      summary: "Markdown: YAML front matter, CommonMark sections, questions as <details>",
      isLossless: true, commentStyle: .markdown,
      diagnostics: Self.diagnostics + YAMLComposer.diagnostics)
  }

  /// The reader.
  public var reader: (any BriefingReader)? { MarkdownReader() }
  /// The writer.
  public var writer: (any BriefingWriter)? { MarkdownWriter() }
}
