// Section content for the plain-text reader: takeaway bullets (with continuation lines),
// questions with their state marker, answer paragraphs and text-section paragraphs.
import BriefingCore
import RichText

extension PlainTextParser {
  // MARK: - Section content

  mutating func addBullets(_ block: TextBlock) {
    guard draft != nil else { return }
    let listIndent = line(block.lines.lowerBound).indent
    var pieces: [(Int, Int)] = []
    var firstLine: TextLine?
    var lastLine: TextLine?
    for lineIndex in block.lines {
      let current = line(lineIndex)
      // A bullet deeper than the first one is text of the item above (the writer indents
      // continuation lines by four, so an item's own line starting with '- ' stays in it).
      if let start = classifier.bulletContent(current), current.indent <= listIndent + 1 {
        flushItem(pieces, firstLine, lastLine)
        pieces = [(start, current.contentEnd)]
        firstLine = current
      } else {
        pieces.append((current.contentStart, current.contentEnd))
      }
      lastLine = current
    }
    flushItem(pieces, firstLine, lastLine)
  }

  mutating func flushItem(_ pieces: [(Int, Int)], _ first: TextLine?, _ last: TextLine?) {
    guard let first, let last, draft != nil else { return }
    let path = sectionPath.appending("items").appending(draft?.items.count ?? 0)
    // The item starts at its text, after the bullet.
    let start = table.location(on: first, at: pieces.first?.0 ?? first.contentStart)
    sourceMap[path] = SourceRange(start: start, end: table.location(on: last, at: last.contentEnd))
    let item = InlineText(inlines(pieces))
    draft?.items.append(item)
  }

  mutating func addQuestion(_ block: TextBlock) {
    let first = line(block.lines.lowerBound)
    guard let parsed = classifier.question(first), let questionCount = draft?.questions.count
    else { return addAnswerParagraph(block) }
    let text = table.text(first.contentStart, parsed.textEnd)
    let path = sectionPath.appending("items").appending(questionCount)
    if parsed.spaced && !text.hasSuffix("?") {
      warn(
        "plain.ambiguous-question",
        "read '\(text)' as a question because it ends in its marker; if it is text, "
          + "reword the line so it does not end in 'Expand' or 'Collapse'",
        at: table.range(of: first))
    }
    sourceMap[path] = table.range(of: first)
    sourceMap[path.appending("question")] =
      table.range(on: first, from: first.contentStart, to: parsed.textEnd)
    sourceMap[path.appending("expanded")] =
      table.range(on: first, from: parsed.markerStart, to: first.contentEnd)
    let question = InlineText(inlines([(first.contentStart, parsed.textEnd)]))
    draft?.questions.append(
      Question(question: question, answer: BlockText([]), expanded: parsed.expanded))
    // Answer text glued under the question line (no blank line) is its first paragraph.
    if block.lines.count > 1 {
      let rest = (block.lines.lowerBound + 1)..<block.lines.upperBound
      addAnswerParagraph(TextBlock(lines: rest, kind: .paragraph))
    }
  }

  mutating func addAnswerParagraph(_ block: TextBlock) {
    guard let questionCount = draft?.questions.count else { return }
    let lines = linesOf(block)
    guard let first = lines.first, let last = lines.last else { return }
    guard questionCount > 0 else {
      // Text before any question: take it as a question without a state marker.
      warn(
        "plain.missing-marker",
        "read '\(table.text(of: first))' as a collapsed question although it has no "
          + "'Expand' or 'Collapse' marker; add the marker to make it explicit",
        at: table.range(from: first, to: last))
      let path = sectionPath.appending("items").appending(0)
      sourceMap[path] = table.range(from: first, to: last)
      sourceMap[path.appending("question")] = table.range(from: first, to: last)
      let question = InlineText(inlines(pieces(of: lines)))
      draft?.questions.append(Question(question: question, answer: BlockText([])))
      return
    }
    let path = sectionPath.appending("items").appending(questionCount - 1).appending("answer")
    let range = table.range(from: first, to: last)
    sourceMap[path] = SourceRange(start: sourceMap[path]?.start ?? range.start, end: range.end)
    let paragraph = Block.paragraph(inlines(pieces(of: lines)))
    draft?.questions[questionCount - 1].answer.blocks.append(paragraph)
  }

  mutating func addTextParagraph(_ block: TextBlock) {
    let lines = linesOf(block)
    guard let first = lines.first, let last = lines.last, draft != nil else { return }
    let path = sectionPath.appending("body")
    let range = table.range(from: first, to: last)
    sourceMap[path] = SourceRange(start: sourceMap[path]?.start ?? range.start, end: range.end)
    let paragraph = Block.paragraph(inlines(pieces(of: lines)))
    draft?.body.append(paragraph)
  }
}
