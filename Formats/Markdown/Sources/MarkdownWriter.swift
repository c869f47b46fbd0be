import BriefingCore
import BriefingFormats
import RichText

/// Writes canonical Markdown: front matter, `# title`, an optional lead (the summary), and one
/// chunk per section.
///
/// Each piece is checked by reading it back with the reader's own code; when a piece would not
/// read back equal (a title with leading spaces, an answer ending in an unclosed HTML comment,
/// a text section whose first block is a bullet list…), the writer adds what is needed, in
/// steps: a `<!-- section: … -->` marker naming the type and title, then `end: true` with a
/// closing `<!-- /section -->`, and last the section's data in the marker itself. So the output
/// always reads back to an equal model, and ordinary briefings carry no markers at all.
public struct MarkdownWriter: BriefingWriter {
  /// Creates a writer.
  public init() {}

  /// Writes a briefing as Markdown.
  public func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult
  {
    var titleBlock = CommonMark.render([.heading(level: 1, briefing.title.inlines)])
    let titleReads = Self.readTitle(titleBlock) == briefing.title.inlines
    if !titleReads {
      // The front matter carries the title; the heading only shows it, so it must read as that
      // one heading (a title with blank lines would otherwise leave text in the lead).
      let line = briefing.title.plainText.split(whereSeparator: \.isNewline).joined(separator: " ")
      titleBlock = CommonMark.render([.heading(level: 1, line.isEmpty ? [] : [.text(line)])])
      if !Self.readsAsTitleOnly(titleBlock) { titleBlock = "" }
    }
    var lead = ""
    var leadReads = briefing.summary == nil
    if let summary = briefing.summary, !summary.blocks.isEmpty {
      lead = CommonMark.render(summary.blocks)
      leadReads = Self.readLead(titleBlock + "\n" + lead) == summary.blocks
      if !leadReads { lead = "" }
    }
    var text = "---\n"
    text += FrontMatter.yaml(for: briefing, includeTitle: !titleReads, includeSummary: !leadReads)
    text += "---\n\n" + titleBlock
    if !lead.isEmpty { text += "\n" + lead }
    for section in briefing.sections {
      text += "\n" + SectionWriter.chunk(for: section)
    }
    return WriteResult(text: text)
  }

  /// The title the reader finds in `text`.
  static func readTitle(_ text: String) -> [Inline]? {
    var body = MarkdownBody(file: "", lineShift: 0, offsetShift: 0)
    return body.read(text).title?.inlines
  }

  /// Whether the reader finds a title in `text` and nothing else.
  static func readsAsTitleOnly(_ text: String) -> Bool {
    var body = MarkdownBody(file: "", lineShift: 0, offsetShift: 0)
    let result = body.read(text)
    return result.title != nil && result.lead.isEmpty && result.sections.isEmpty
  }

  /// The lead blocks the reader finds in `text` (title and lead), when nothing else is there.
  static func readLead(_ text: String) -> [Block]? {
    var body = MarkdownBody(file: "", lineShift: 0, offsetShift: 0)
    let result = body.read(text + "\n" + SectionWriter.sentinel)
    guard result.sections.count == 1 else { return nil }
    return result.lead.map(\.block)
  }
}
