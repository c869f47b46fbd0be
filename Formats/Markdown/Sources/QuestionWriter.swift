import BriefingCore
import BriefingFormats
import Foundation
import OrderedCollections
import RichText

/// Writes a question as a `<details>` element that folds on GitHub:
///
/// ```
/// <details open id="slug">
/// <summary>The question?</summary>
///
/// The answer, as Markdown.
///
/// </details>
/// ```
///
/// The blank lines end the HTML blocks so the answer between them is parsed as Markdown. When
/// the question or answer would not read back (raw `</details>` in the answer, say), or the
/// question has extension data, a `<!-- question: {…} -->` marker after the summary carries it.
enum QuestionWriter {
  /// The Markdown for one question.
  static func chunk(_ question: Question) -> String {
    let plain = chunk(question, marked: false)
    if question.extensions.isEmpty && reads(plain, as: question) { return plain }
    return chunk(question, marked: true)
  }

  private static func chunk(_ question: Question, marked: Bool) -> String {
    var text = "<details"
    if question.expanded { text += " open" }
    if let id = question.id { text += " id=\"" + HTMLTag.escapeAttribute(id) + "\"" }
    text += ">\n<summary>" + SummaryHTML.render(question.question.inlines) + "</summary>\n"
    var answer = question.answer.blocks
    if marked {
      var marker = OrderedDictionary<String, JSONValue>()
      let summary = SummaryHTML.parse(SummaryHTML.render(question.question.inlines))
      if summary != question.question.inlines {
        marker["question"] = .string(question.question.commonMark)
      }
      if !reads(
        chunk(Question(question: question.question, answer: question.answer), marked: false),
        as: Question(question: InlineText(summary), answer: question.answer))
      {
        marker["answer"] = .string(question.answer.commonMark)
        let plain = question.answer.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
        answer = plain.isEmpty ? [] : [.paragraph([.text(plain)])]
      }
      for (key, value) in question.extensions { marker[key] = value }
      if !marker.isEmpty { text += Marker.emit("question", .object(marker)) }
    }
    text += "\n"
    if !answer.isEmpty { text += CommonMark.render(answer) + "\n" }
    return text + "</details>\n"
  }

  /// Whether `text` reads back as exactly `question`.
  private static func reads(_ text: String, as question: Question) -> Bool {
    var body = MarkdownBody(file: "", lineShift: 0, offsetShift: 0)
    let document = body.read(
      "<!-- section: questions -->\n\n" + text + "\n" + SectionWriter.sentinel)
    guard document.sections.count == 2, case .questions(let section) = document.sections[0].section
    else { return false }
    return section.items == [question]
  }
}

/// Writes a comments section: the notice, then a list with one item per comment.
///
/// ```
/// Only logged-in users can comment.
///
/// - **Ada Lovelace** · 2026-02-01T09:30:00Z
///
///   The comment, as Markdown.
///
///   <!-- replies -->
///
///   - **Reply author** · …
/// ```
enum CommentWriter {
  /// The section's content. A comment gets a `<!-- comment: … -->` marker when it has
  /// extension data or its header would not read back, and every comment does when `marked`.
  static func content(_ section: CommentsSection, marked: Bool) -> String {
    var blocks: [Block] = [.paragraph([.text(section.policy.notice)])]
    if !section.items.isEmpty { blocks.append(list(section.items, marked: marked)) }
    return CommonMark.render(blocks)
  }

  private static func list(_ comments: [Comment], marked: Bool) -> Block {
    let items = comments.map { comment -> [Block] in
      var blocks: [Block] = []
      var header: [Inline] = [.strong(comment.author.isEmpty ? [] : [.text(comment.author)])]
      if let posted = comment.posted { header.append(.text(" · " + posted)) }
      if marked || !comment.extensions.isEmpty || !headerReads(header, comment) {
        var marker = OrderedDictionary<String, JSONValue>()
        marker["author"] = .string(comment.author)
        marker["posted"] = comment.posted.map(JSONValue.string)
        for (key, value) in comment.extensions { marker[key] = value }
        blocks.append(.html(Marker.emit("comment", .object(marker))))
      }
      blocks.append(.paragraph(header))
      blocks += comment.body.blocks
      if !comment.replies.isEmpty {
        blocks.append(.html("<!-- replies -->\n"))
        blocks.append(list(comment.replies, marked: marked))
      }
      return blocks
    }
    return .list(ListBlock(kind: .bullet(marker: UInt8(ascii: "-")), isTight: false, items: items))
  }

  /// Whether the `**author** · posted` line reads back as the comment's author and time.
  private static func headerReads(_ header: [Inline], _ comment: Comment) -> Bool {
    guard
      case .paragraph(let inlines)? = CommonMark.parse(CommonMark.render([.paragraph(header)]))
        .blocks.first,
      case .strong(let name)? = inlines.first
    else { return false }
    let posted = PlainTextRenderer().renderInline(Array(inlines.dropFirst()))
    return MarkdownBody.plainTitle(name) == comment.author
      && (comment.posted.map { " · " + $0 } ?? "") == posted
  }
}
