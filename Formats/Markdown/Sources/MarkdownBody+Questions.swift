import BriefingCore
import BriefingFormats
import Foundation
import RichText

// MARK: - Questions

/// A question being read: its fields so far and how it was written.
private struct OpenQuestion {
  var question: Question
  /// Whether it is a `<details>` element (else a heading followed by its answer).
  var isDetails: Bool
  /// Nesting of `<details>` inside the answer, plus one for the question's own.
  var depth = 1
  var answer: [Block] = []
  /// The body path of each block of ``answer``, `nil` for one taken out of an HTML block.
  var answerRoots: [NodePath?] = []
  /// The body path of each inline of the question, when it is a heading's text.
  var questionRoots: [NodePath?] = []
  /// The answer given in a `<!-- question: … -->` marker, which wins over the visible one.
  var markedAnswer: BlockText?
  var range: SourceRange
  /// Where the question's text stands, when known.
  var questionRange: SourceRange?
  /// Where the `<details>` start tag stands (its `id` and `open`).
  var tagRange: SourceRange?
  /// From the first to the last block of the answer.
  var answerRange: SourceRange?

  /// Adds a block of the answer that stands at `range`.
  mutating func append(_ block: Block, at range: SourceRange, root: Int? = nil) {
    answer.append(block)
    answerRoots.append(root.map { NodePath([$0]) })
    answerRange = MarkdownBody.union(answerRange, range)
  }
}

extension MarkdownBody {
  /// Questions from `<details>` elements (with or without `open`, on one line or many, the
  /// answer inside the element or between its HTML blocks) and from headings each followed by
  /// its answer, in any mix.
  mutating func questions(_ blocks: [BodyBlock], path: DocumentPath) -> [Question] {
    var items: [Question] = []
    var finished: [OpenQuestion] = []
    var open: OpenQuestion?
    func finish(_ question: OpenQuestion?) {
      guard var question else { return }
      question.question.answer = question.markedAnswer ?? BlockText(question.answer)
      items.append(question.question)
      finished.append(question)
    }
    defer {
      for (index, question) in finished.enumerated() {
        let item = path.appending("items").appending(index)
        place(item, question.range)
        place(item.appending("question"), question.questionRange)
        place(item.appending("answer"), question.answerRange)
        placeText(item.appending("question"), roots: question.questionRoots)
        if question.markedAnswer == nil {
          placeText(item.appending("answer"), roots: question.answerRoots)
        }
        place(item.appending("id"), question.tagRange)
        place(item.appending("expanded"), question.tagRange)
      }
    }
    for item in blocks {
      if var current = open, current.isDetails {
        guard case .html(let html) = item.block else {
          current.append(item.block, at: item.range, root: item.index)
          open = current
          continue
        }
        let bytes = Array(html.utf8)
        var closedAt: Int?
        for (offset, tag) in DetailsScan.tags(bytes) where tag.name == "details" {
          current.depth += tag.isClosing ? -1 : 1
          if current.depth == 0 {
            closedAt = offset
            let before = String(decoding: bytes[..<offset], as: UTF8.self)
            if !before.allSatisfy(\.isWhitespace) { current.append(.html(before), at: item.range) }
            let after = String(decoding: bytes[(offset + tag.length)...], as: UTF8.self)
            finish(current)
            open = nil
            if !after.allSatisfy(\.isWhitespace) {
              open = openDetails(
                after, at: item.range,
                base: item.range.start.offset - offsetShift + offset + tag.length, finish: finish)
              if open == nil { stray(item, in: "a questions section") }
            }
            break
          }
        }
        if closedAt == nil {
          current.append(item.block, at: item.range, root: item.index)
          open = current
        }
        continue
      }
      switch item.block {
      case .html(let html) where DetailsScan.opens(html):
        finish(open)
        open = openDetails(
          html, at: item.range, base: item.range.start.offset - offsetShift, finish: finish)
        if open == nil && items.isEmpty { stray(item, in: "a questions section") }
      case .heading(_, let inlines):
        finish(open)
        open = OpenQuestion(
          question: Question(question: InlineText(inlines), answer: BlockText([])),
          isDetails: false, range: item.range,
          questionRange: childrenRange(NodePath([item.index]), count: inlines.count))
        open?.questionRoots = inlines.indices.map { NodePath([item.index, $0]) }
      default:
        if open != nil {
          open?.append(item.block, at: item.range, root: item.index)
        } else {
          stray(item, in: "a questions section, before its first question")
        }
      }
    }
    if let current = open, current.isDetails {
      report(
        .warning, "markdown.unclosed-details",
        "the <details> opened here has no '</details>'; add it after the answer",
        range: current.range, path: nil)
    }
    finish(open)
    return items
  }

  /// Reads the opening of a `<details>` element from an HTML block: its attributes, its
  /// summary, a question marker, and any answer text in the same block. Returns the question
  /// still open, or `nil` when the element also closed in this block (it is then finished).
  private mutating func openDetails(
    _ html: String, at range: SourceRange, base: Int?, finish: (OpenQuestion?) -> Void
  ) -> OpenQuestion? {
    let bytes = Array(html.utf8)
    // `html` is usually the source text at body offset `base`; then its tags can be placed.
    let base = base.flatMap { base in
      base >= 0 && base + bytes.count <= bodyText.bytes.count
        && bodyText.bytes[base..<base + bytes.count].elementsEqual(bytes) ? base : nil
    }
    let tags = DetailsScan.tags(bytes)
    guard let opening = tags.first(where: { $0.tag.name == "details" && !$0.tag.isClosing }) else {
      return nil
    }
    var current = OpenQuestion(
      question: Question(
        question: InlineText([]), answer: BlockText([]),
        expanded: opening.tag.attributes["open"] != nil, id: opening.tag.attributes["id"]),
      isDetails: true, range: range)
    if let base {
      current.tagRange = self.range(
        bodyOffsets: base + opening.offset, base + opening.offset + opening.tag.length)
    }
    var cursor = opening.offset + opening.tag.length
    if let summary = tags.first(where: { $0.offset >= cursor && $0.tag.name == "summary" }),
      !summary.tag.isClosing,
      let end = tags.first(where: { $0.offset > summary.offset && $0.tag.name == "summary" }),
      end.tag.isClosing
    {
      let content = String(
        decoding: bytes[(summary.offset + summary.tag.length)..<end.offset], as: UTF8.self)
      current.question.question = InlineText(
        SummaryHTML.parse(content.trimmingCharacters(in: .whitespacesAndNewlines)))
      if let base {
        var start = summary.offset + summary.tag.length
        var stop = end.offset
        while start < stop, Self.isSpace(bytes[start]) { start += 1 }
        while stop > start, Self.isSpace(bytes[stop - 1]) { stop -= 1 }
        current.questionRange = self.range(bodyOffsets: base + start, base + stop)
      }
      cursor = end.offset + end.tag.length
    } else {
      report(
        .warning, "markdown.details-summary",
        "a <details> question needs a <summary> holding the question; add "
          + "'<summary>Your question?</summary>' after '<details>'",
        range: range, path: nil)
    }
    var rest = String(decoding: bytes[cursor...], as: UTF8.self)
    rest = takeQuestionMarker(rest, into: &current, at: range)
    // Answer text in the same HTML block (no blank line after the summary), up to a closing tag.
    let restBytes = Array(rest.utf8)
    var closing: (offset: Int, length: Int)?
    for (offset, tag) in DetailsScan.tags(restBytes) where tag.name == "details" {
      current.depth += tag.isClosing ? -1 : 1
      if current.depth == 0 {
        closing = (offset, tag.length)
        break
      }
    }
    let answerEnd = closing?.offset ?? restBytes.count
    let answerText = String(decoding: restBytes[..<answerEnd], as: UTF8.self)
    if !answerText.allSatisfy(\.isWhitespace) {
      let blocks = CommonMark.parse(answerText).blocks
      current.answer += blocks
      current.answerRoots += Array(repeating: nil, count: blocks.count)
      current.answerRange = range
    }
    guard let closing else { return current }
    finish(current)
    let afterStart = closing.offset + closing.length
    let after = String(decoding: restBytes[afterStart...], as: UTF8.self)
    if !after.allSatisfy(\.isWhitespace) {
      // What the marker left is a suffix of `html`, so offsets carry over.
      let afterBase = base.map { $0 + bytes.count - restBytes.count + afterStart }
      return openDetails(after, at: range, base: afterBase, finish: finish)
    }
    return nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Takes a `<!-- question: {…} -->` marker out of the text after a summary.
  private mutating func takeQuestionMarker(
    _ text: String, into current: inout OpenQuestion, at range: SourceRange
  ) -> String {
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    guard trimmed.hasPrefix("<!--"), let end = trimmed.range(of: "-->") else { return text }
    let comment = String(trimmed[..<end.upperBound])
    guard case .question(let node)? = markerKind(comment, at: range),
      case .object(let members) = node.value
    else { return text }
    for member in members {
      switch (member.key, member.value.value) {
      case ("question", .string(let source)):
        current.question.question = InlineText(commonMark: source)
        current.questionRoots = []
      case ("answer", .string(let source)):
        current.markedAnswer = BlockText(commonMark: source)
      case (let key, _) where key.hasPrefix("x-"):
        current.question.extensions[key] = member.value.jsonValue
      default:
        report(
          .warning, "markdown.marker-key",
          "unknown key '\(member.key)' in a question marker; known keys are question, answer "
            + "and x- keys", range: range, path: nil)
      }
    }
    return String(trimmed[end.upperBound...])
  }
}
