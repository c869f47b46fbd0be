import BriefingCore
import BriefingFormats
import OrderedCollections
import RichText

/// Writes one section as Markdown, checking that it reads back (see ``MarkdownWriter``).
enum SectionWriter {
  /// An empty untitled text section, written after a chunk when checking it, so the check sees
  /// where the chunk ends exactly as the next section would.
  static let sentinel = "<!-- section: text -->\n"

  /// How much help a section gets beyond plain Markdown.
  private enum Step: CaseIterable {
    case plain, marked, region, data
  }

  /// The Markdown for a section: the first step that reads back equal.
  static func chunk(for section: Section) -> String {
    for step in Step.allCases {
      guard let text = chunk(for: section, step: step) else { continue }
      if step == .data || reads(text, as: section) { return text }
    }
    return ""
  }

  /// Whether the reader, given `text` followed by another section, reads exactly `section`.
  static func reads(_ text: String, as section: Section) -> Bool {
    var body = MarkdownBody(file: "", lineShift: 0, offsetShift: 0)
    let result = body.read(text + "\n" + sentinel)
    return result.lead.isEmpty && result.sections.count == 2
      && result.sections[0].section == section
  }

  private static func chunk(for section: Section, step: Step) -> String? {
    let extensions = sectionExtensions(section)
    // Without a title of its own, or with extension data, a section needs its marker.
    if step == .plain && (section.title == nil || !extensions.isEmpty) { return nil }
    var text = ""
    if let title = section.displayTitle {
      text += CommonMark.render([.heading(level: 2, title.isEmpty ? [] : [.text(title)])])
    }
    if step != .plain {
      var marker = OrderedDictionary<String, JSONValue>()
      marker["type"] = .string(section.type.rawValue)
      if section.title == nil && section.type != .text { marker["title"] = .null }
      if let title = section.title, !titleReads(title) { marker["title"] = .string(title) }
      if step == .region || step == .data { marker["end"] = .bool(true) }
      if step == .data {
        guard
          case .object(let encoded) = TreeEncoder().encode(
            Briefing(title: InlineText([]), sections: [section])),
          case .array(let sections)? = encoded["sections"], case .object(let full)? = sections.first
        else { return nil }
        for (key, value) in full where key != "type" && key != "title" { marker[key] = value }
        if let title = section.title { marker["title"] = .string(title) }
      }
      for (key, value) in extensions where marker[key] == nil { marker[key] = value }
      let value: JSONValue = marker.count == 1 ? .string(section.type.rawValue) : .object(marker)
      if !text.isEmpty { text += "\n" }
      text += Marker.emit("section", value)
    }
    let content =
      step == .data ? plainContent(section) : content(for: section, marked: step == .region)
    if !content.isEmpty { text += "\n" + content }
    if step == .region || step == .data { text += "\n<!-- /section -->\n" }
    return text
  }

  /// Whether a heading shows `title` so that it reads back as the same string.
  private static func titleReads(_ title: String) -> Bool {
    let heading = CommonMark.render([.heading(level: 2, title.isEmpty ? [] : [.text(title)])])
    guard case .heading(2, let inlines)? = CommonMark.parse(heading).blocks.first else {
      return false
    }
    return MarkdownBody.plainTitle(inlines) == title
  }

  private static func isEmpty(_ section: Section) -> Bool {
    switch section {
    case .takeaways(let s): s.items.isEmpty
    case .questions(let s): s.items.isEmpty
    case .comments(let s): s.items.isEmpty
    case .text(let s): s.body.isEmpty
    }
  }

  private static func sectionExtensions(_ section: Section) -> Extensions {
    switch section {
    case .takeaways(let s): s.extensions
    case .questions(let s): s.extensions
    case .comments(let s): s.extensions
    case .text(let s): s.extensions
    }
  }

  /// The visible content of a section.
  private static func content(for section: Section, marked: Bool) -> String {
    switch section {
    case .takeaways(let takeaways):
      guard !takeaways.items.isEmpty else { return "" }
      let items = takeaways.items.map { item -> [Block] in
        item.inlines.isEmpty ? [] : [.paragraph(item.inlines)]
      }
      return CommonMark.render(
        [.list(ListBlock(kind: .bullet(marker: UInt8(ascii: "-")), isTight: true, items: items))])
    case .questions(let questions):
      return questions.items.map(QuestionWriter.chunk).joined(separator: "\n")
    case .comments(let comments):
      return CommentWriter.content(comments, marked: marked)
    case .text(let text):
      return text.body.isEmpty ? "" : CommonMark.render(text.body.blocks)
    }
  }

  /// What a section whose data is in its marker shows: its text, with no markup.
  private static func plainContent(_ section: Section) -> String {
    var blocks: [Block] = []
    switch section {
    case .takeaways(let s): blocks = s.items.map { .paragraph([.text($0.plainText)]) }
    case .questions(let s):
      for item in s.items {
        blocks.append(.paragraph([.text(item.question.plainText)]))
        blocks.append(.paragraph([.text(item.answer.plainText)]))
      }
    case .comments(let s):
      blocks = [.paragraph([.text(s.policy.notice)])]
      blocks += s.items.map { .paragraph([.text($0.author + ": " + $0.body.plainText)]) }
    case .text(let s): blocks = [.paragraph([.text(s.body.plainText)])]
    }
    blocks = blocks.filter { $0 != .paragraph([.text("")]) }
    return blocks.isEmpty ? "" : CommonMark.render(blocks)
  }
}
