// The header of a plain-text briefing: an optional category line, the title, and the
// engagement line, read before any section.
import BriefingCore
import RichText

extension PlainTextParser {
  /// Reads category, title and engagement; returns the index of the first section block.
  mutating func readHeader(into briefing: inout Briefing) -> Int {
    var engagementIndex: Int?
    for index in 0..<min(3, blocks.count) {
      let kind = blocks[index].kind
      // The last engagement-shaped line wins, so a category like 'Note: 1/2' stays one.
      if kind == .engagement { engagementIndex = index }
      if kind == .bullets { break }
    }
    let titleIndex: Int?
    let categoryIndex: Int?
    var next: Int
    if let engagementIndex {
      titleIndex = engagementIndex > 0 ? engagementIndex - 1 : nil
      categoryIndex = engagementIndex > 1 ? engagementIndex - 2 : nil
      next = engagementIndex + 1
      readEngagement(blocks[engagementIndex], into: &briefing)
    } else if blocks[0].kind == .bullets {
      (titleIndex, categoryIndex, next) = (nil, nil, 0)
    } else if blocks.count > 1, blocks[0].isOneLine, isTitleCandidate(1), !startsTypedSection(1) {
      (titleIndex, categoryIndex, next) = (1, 0, 2)
      if blocks.count > 2, blocks[2].kind == .paragraph,
        sectionStart(at: 2, absorbing: false) == nil
      {
        warn(
          "plain.ambiguous-header",
          "read '\(table.text(of: line(0)))' as the category and the next block as the title; "
            + "without an engagement line this is a guess, so check the result",
          at: table.range(of: line(0)))
      }
    } else {
      (titleIndex, categoryIndex, next) = (0, nil, 1)
    }
    if let categoryIndex {
      let block = blocks[categoryIndex]
      let lines = block.lines.map { table.lines[$0] }
      briefing.category = lines.map { table.text(of: $0) }.joined(separator: " ")
      if let first = lines.first, let last = lines.last {
        sourceMap[.root.appending("category")] = table.range(from: first, to: last)
      }
    }
    if let titleIndex {
      let block = blocks[titleIndex]
      let lines = block.kind == .underlined ? [line(block.lines.lowerBound)] : linesOf(block)
      briefing.title = InlineText(inlines(lines.map { ($0.contentStart, $0.contentEnd) }))
      if let first = lines.first, let last = lines.last {
        sourceMap[.root.appending("title")] = table.range(from: first, to: last)
      }
    } else {
      let first = line(blocks[0].lines.lowerBound)
      diagnostics.append(
        Diagnostic(
          .error, "plain.no-title",
          "the text has no title line before its first section; put the headline on the "
            + "first line (optionally after a category line), followed by a blank line",
          file: file, range: table.range(of: first), path: .root.appending("title")))
    }
    return next
  }

  /// Whether block `index` heads a section by its shape or its content (not merely by being a
  /// line over a paragraph, which is what a title is too).
  private func startsTypedSection(_ index: Int) -> Bool {
    if isHeadingShaped(blocks[index]) { return true }
    if case .heading(let type, _)? = sectionStart(at: index, absorbing: false) {
      return type != .text
    }
    return false
  }

  private func isTitleCandidate(_ index: Int) -> Bool {
    let kind = blocks[index].kind
    return kind == .paragraph || kind == .comment
  }

  private mutating func readEngagement(_ block: TextBlock, into briefing: inout Briefing) {
    let engagementLine = line(block.lines.lowerBound)
    guard let parsed = classifier.engagement(engagementLine) else { return }
    let path = DocumentPath.root.appending("engagement")
    sourceMap[path] = table.range(of: engagementLine)
    var engagement = Engagement(loginRequired: parsed.loginStart != nil)
    for (index, item) in parsed.reactions.enumerated() {
      engagement.reactions.append(item.reaction)
      sourceMap[path.appending("reactions").appending(index)] =
        table.range(on: engagementLine, from: item.start, to: item.end)
    }
    if let loginStart = parsed.loginStart {
      sourceMap[path.appending("loginRequired")] =
        table.range(on: engagementLine, from: loginStart, to: engagementLine.contentEnd)
    }
    briefing.engagement = engagement
  }
}
