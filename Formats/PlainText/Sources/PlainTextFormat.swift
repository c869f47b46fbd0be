// PlainTextFormat: briefings as the text of the seed page — category, title, engagement line,
// then each section under its heading. The reader takes such text as people paste it (with its
// quirks); the writer produces the same layout for email bodies and terminals. Plain text has
// no markup, so it is lossy: Formats/PlainText/README.md lists what it keeps and what it drops.
import BriefingCore
import BriefingFormats

/// The plain-text format (`plain`, also `text` and `txt`).
public struct PlainTextFormat: BriefingFormat {
  /// Creates the format.
  public init() {}

  /// Writer option: wrap paragraphs at this many columns (Unicode scalars); 0 does not wrap.
  public static let columnsOption = OptionKey<Int>(
    "columns", default: 0,
    help: "wrap paragraphs at this many columns (Unicode scalars); 0 does not wrap")

  /// Reader option: join the lines of a paragraph with a space, for text wrapped at a width.
  public static let unwrapOption = OptionKey<Bool>(
    "unwrap", default: false,
    help: "join a paragraph's lines with a space instead of a soft line break (wrapped text)")

  /// Name `plain`, aliases `text` and `txt`, extension `txt`, `text/plain`, lossy.
  public var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "plain", aliases: ["text", "txt"], fileExtensions: ["txt"],
      mediaType: "text/plain",
      summary: "the briefing page's text: category, title, figures, sections (lossy)",
      isLossless: false,
      options: [Self.columnsOption.descriptor, Self.unwrapOption.descriptor],
      diagnostics: Self.diagnostics)
  }

  /// What plain text carries of `briefing` (``carried(_:joinedLines:)``), with soft breaks
  /// joined when the `unwrap` reader option is on.
  public func normalizedForRoundTrip(_ briefing: Briefing, options: FormatOptions) -> Briefing {
    Self.carried(briefing, joinedLines: options[Self.unwrapOption])
  }

  /// The plain-text reader.
  public var reader: (any BriefingReader)? { PlainTextReader() }

  /// The plain-text writer.
  public var writer: (any BriefingWriter)? { PlainTextWriter() }
}
