// The plain-text writer: the seed page's layout. Blocks of lines separated by one blank line —
// category, title, engagement line, then each section: heading, then bullets ("  • item"),
// questions with their glued state marker and answer paragraphs, the comment notice and the
// comments, or a text section's paragraphs. Output is deterministic, LF-only, with one final
// newline. What plain text cannot carry is reported, not silently dropped.
import BriefingCore
import BriefingFormats
import RichText

/// Writes briefings as plain text in the seed page's layout.
public struct PlainTextWriter: BriefingWriter {
  /// Creates a writer.
  public init() {}

  /// Writes the briefing; warnings name what the text cannot carry.
  public func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError)
    -> WriteResult
  {
    let columns = max(0, options[PlainTextFormat.columnsOption])
    let text = render(briefing, columns: columns)
    var diagnostics = lossReport(briefing)
    if let ambiguity = selfCheck(text, against: briefing, columns: columns) {
      diagnostics.append(ambiguity)
    }
    return WriteResult(text: text, diagnostics: diagnostics)
  }

  /// The text of a briefing, without the loss report.
  func render(_ briefing: Briefing, columns: Int) -> String {
    var layout = Layout(columns: columns)
    if let category = briefing.category {
      layout.block(category.split(separator: "\n").map { String($0).trimmingBlanks() })
    }
    layout.block(Self.lines(of: briefing.title.inlines).map { $0.trimmingBlanks() })
    if let engagement = briefing.engagement, let line = Self.engagementLine(engagement) {
      layout.block([line])
    }
    for section in briefing.sections { layout.section(section) }
    return layout.blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// "Interesting: 0/0 • Support: 0/0Log in to vote", glued as on the seed page.
  static func engagementLine(_ engagement: Engagement) -> String? {
    let figures = engagement.reactions.map { "\($0.label): \($0.count)/\($0.total)" }
      .joined(separator: " • ")
    let line = figures + (engagement.loginRequired ? loginPhrase : "")
    return line.isEmpty ? nil : line
  }

  static let loginPhrase = "Log in to vote"
}

/// The output being built: blocks of lines, joined with blank lines at the end.
struct Layout {
  /// The wrap width, 0 for none.
  let columns: Int
  /// The blocks so far.
  var blocks: [[String]] = []

  init(columns: Int) { self.columns = columns }

  mutating func block(_ lines: [String]) { blocks.append(lines) }

  // MARK: - Sections

  mutating func section(_ section: Section) {
    if let title = section.displayTitle {
      // A default title on its own type is written bare, as on the seed page; any other title
      // is underlined so the reader cannot take it for a paragraph.
      let bare =
        PlainTextParser.defaultType(of: title) == section.type
        && !title.contains("\n") && section.type != .text
      let line = title.replacingNewlines()
      blocks.append(
        bare ? [line] : [line, String(repeating: "-", count: max(3, line.unicodeScalars.count))])
    }
    switch section {
    case .takeaways(let s): takeaways(s.items)
    case .questions(let s): s.items.forEach { question($0) }
    case .comments(let s):
      blocks.append([s.policy.notice])
      s.items.forEach { comment($0, depth: 0) }
    case .text(let s): paragraphs(s.body.blocks, indent: 0)
    }
  }

  private mutating func takeaways(_ items: [InlineText]) {
    guard !items.isEmpty else { return }
    var lines: [String] = []
    for item in items {
      let itemLines = wrapped(PlainTextWriter.lines(of: item.inlines), indent: 4)
      lines.append(itemLines.first.map { "  • " + $0 } ?? "  •")
      lines += itemLines.dropFirst().map { "    " + $0 }
    }
    blocks.append(lines)
  }

  private mutating func question(_ question: Question) {
    // A question is one line: the marker must end it, so its soft breaks become spaces.
    let text = PlainTextWriter.lines(of: question.question.inlines).map { $0.trimmingBlanks() }
      .filter { !$0.isEmpty }.joined(separator: " ")
    blocks.append([text + (question.expanded ? "Collapse" : "Expand")])
    paragraphs(question.answer.blocks, indent: 0)
  }

  private mutating func comment(_ comment: Comment, depth: Int) {
    let indent = String(repeating: " ", count: depth * 2)
    let header = comment.author.replacingNewlines() + (comment.posted.map { " · " + $0 } ?? "")
    let body = PlainTextWriter.paragraphs(of: comment.body.blocks)
    let bodyIndent = String(repeating: " ", count: depth * 2 + 2)
    for (index, paragraph) in body.enumerated() {
      let lines = wrapped(paragraph, indent: depth * 2 + 2).map { bodyIndent + $0 }
      blocks.append(index == 0 ? [indent + header] + lines : lines)
    }
    if body.isEmpty { blocks.append([indent + header]) }
    comment.replies.forEach { self.comment($0, depth: depth + 1) }
  }

  private mutating func paragraphs(_ content: [Block], indent: Int) {
    for paragraph in PlainTextWriter.paragraphs(of: content) {
      blocks.append(wrapped(paragraph, indent: indent))
    }
  }

  /// The lines wrapped to the width left after `indent`, each source line on its own.
  private func wrapped(_ lines: [String], indent: Int) -> [String] {
    let trimmed = lines.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    guard columns > 0 else { return trimmed }
    return trimmed.flatMap { PlainTextWriter.wrap($0, width: max(1, columns - indent)) }
  }
}

extension String {
  /// The string on one line: line ends become spaces.
  func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
  }
}
