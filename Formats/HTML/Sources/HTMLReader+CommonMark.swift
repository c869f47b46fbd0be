// A page can hold rich text CommonMark has no syntax for: an empty paragraph (`<p></p>`), a
// paragraph or title ending in `<br>`, an empty list, code without a final newline. Every other
// format carries rich text as CommonMark, so the reader hands on the tree CommonMark gives back
// for it; converting the model on then keeps it, and converting again gives the same bytes.
// Trees our writer stored exactly (`data-briefing-rich`) are kept as stored, so a page reads
// back to the model it was written from.
import BriefingCore
import RichText

/// Rich text in the form CommonMark reads back.
struct CommonMarkForm {
  /// The trees read exactly as stored, which are kept.
  struct Exact {
    /// Stored inline trees.
    var inlines: Set<[Inline]> = []
    /// Stored block trees.
    var blocks: Set<[Block]> = []
  }

  /// The trees kept as they are.
  let exact: Exact

  init(keeping exact: Exact) { self.exact = exact }

  /// `briefing` with every rich-text value read from markup as CommonMark reads it back.
  func briefing(_ briefing: Briefing) -> Briefing {
    var result = briefing
    result.title = inline(briefing.title)
    result.summary = briefing.summary.map(block)
    result.sections = briefing.sections.map(section)
    return result
  }

  /// What CommonMark reads back from the rendering of `text`.
  func inline(_ text: InlineText) -> InlineText {
    if exact.inlines.contains(text.inlines) { return text }
    return InlineText(CommonMark.parseInline(CommonMark.renderInline(text.inlines)).inlines)
  }

  /// What CommonMark reads back from the rendering of `text`.
  func block(_ text: BlockText) -> BlockText {
    if exact.blocks.contains(text.blocks) { return text }
    return BlockText(CommonMark.parse(CommonMark.render(text.blocks)).blocks)
  }

  private func section(_ section: Section) -> Section {
    switch section {
    case .takeaways(var takeaways):
      takeaways.items = takeaways.items.map(inline)
      return .takeaways(takeaways)
    case .questions(var questions):
      for index in questions.items.indices {
        questions.items[index].question = inline(questions.items[index].question)
        questions.items[index].answer = block(questions.items[index].answer)
      }
      return .questions(questions)
    case .comments(var comments):
      comments.items = comments.items.map(comment)
      return .comments(comments)
    case .text(var text):
      text.body = block(text.body)
      return .text(text)
    }
  }

  /// Replies nest no deeper than the page's elements, which the DOM bounds.
  private func comment(_ comment: Comment) -> Comment {
    var result = comment
    result.body = block(comment.body)
    result.replies = comment.replies.map(self.comment)
    return result
  }
}
