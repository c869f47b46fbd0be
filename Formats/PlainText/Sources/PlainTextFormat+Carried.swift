// What plain text carries: `carried(_:)` maps a briefing to the model that reading its
// plain-text rendering gives back, for the round-trip matrix's "after normalization" step
// (pandoc's makeRoundTrip) and for the writer's own loss report.
import BriefingCore
import RichText

extension PlainTextFormat {
  /// The part of `briefing` plain text can carry: what `read(write(briefing))` should equal.
  ///
  /// Drops `id`, `summary`, dates, `source`, `authors`, `tags`, `language`, question ids and
  /// every `x-` key; flattens rich text to literal paragraphs; gives sections without a title
  /// their default title; drops an engagement with no reactions and no login. With
  /// `joinedLines`, soft breaks become spaces (what the `unwrap` reader option reads).
  public static func carried(_ briefing: Briefing, joinedLines: Bool = false) -> Briefing {
    let flatten = Flattener(joinedLines: joinedLines)
    var result = Briefing(
      title: InlineText(flatten.inlines(briefing.title.inlines)), category: briefing.category)
    if let engagement = briefing.engagement,
      !engagement.reactions.isEmpty || engagement.loginRequired
    {
      result.engagement = Engagement(
        reactions: engagement.reactions.map {
          Reaction(label: $0.label, count: $0.count, total: $0.total)
        },
        loginRequired: engagement.loginRequired)
    }
    result.sections = briefing.sections.map { section -> Section in
      let title = section.displayTitle
      switch section {
      case .takeaways(let s):
        return .takeaways(
          TakeawaysSection(
            title: title, items: s.items.map { InlineText(flatten.inlines($0.inlines)) }))
      case .questions(let s):
        return .questions(
          QuestionsSection(
            title: title,
            items: s.items.map {
              Question(
                question: InlineText(flatten.question($0.question.inlines)),
                answer: BlockText(flatten.blocks($0.answer.blocks)), expanded: $0.expanded)
            }))
      case .comments(let s):
        return .comments(
          CommentsSection(title: title, policy: s.policy, items: s.items.map(flatten.comment)))
      case .text(let s):
        return .text(TextSection(title: title, body: BlockText(flatten.blocks(s.body.blocks))))
      }
    }
    return result
  }
}

/// Flattens rich text the way the writer renders it and the reader reads it back.
struct Flattener: Sendable {
  /// Whether soft breaks become spaces.
  var joinedLines: Bool

  /// Literal text and soft breaks, adjacent text merged; other inlines become their text.
  func inlines(_ inlines: [Inline]) -> [Inline] { lineInlines(PlainTextWriter.lines(of: inlines)) }

  /// A question: the writer puts it on one line, so its line breaks become spaces.
  func question(_ inlines: [Inline]) -> [Inline] {
    let text = PlainTextWriter.lines(of: inlines).map { $0.trimmingBlanks() }
      .filter { !$0.isEmpty }.joined(separator: " ")
    return text.isEmpty ? [] : [.text(text)]
  }

  /// Paragraphs of literal text, one per blank-line-separated run of the rendered text.
  func blocks(_ blocks: [Block]) -> [Block] {
    PlainTextWriter.paragraphs(of: blocks).map { .paragraph(lineInlines($0)) }
  }

  /// A comment with its body flattened and its extensions dropped.
  func comment(_ comment: Comment) -> Comment {
    Comment(
      author: comment.author, posted: comment.posted, body: BlockText(blocks(comment.body.blocks)),
      replies: comment.replies.map(self.comment))
  }

  /// Lines as the reader reads them: trimmed, empty ones dropped, joined by soft breaks.
  private func lineInlines(_ lines: [String]) -> [Inline] {
    let lines = lines.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    if joinedLines {
      let joined = lines.joined(separator: " ")
      return joined.isEmpty ? [] : [.text(joined)]
    }
    var result: [Inline] = []
    for line in lines {
      if !result.isEmpty { result.append(.softBreak) }
      result.append(.text(line))
    }
    return result
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs (what the reader strips).
  func trimmingBlanks() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
