import BriefingCore
import BriefingFormats
import RichText

// MARK: - Deciding a section's kind and building it

extension MarkdownBody {
  /// Builds the model section for raw blocks: the marker's type if any, else from the shape of
  /// the content, else from the title when the content is empty.
  mutating func build(_ raw: RawSection, path: DocumentPath) -> Section {
    let headingTitle = raw.heading.map(Self.plainTitle)
    if let full = raw.marker?.full { return full }
    let type =
      raw.marker?.type ?? Self.inferType(title: headingTitle, blocks: raw.blocks.map(\.block))
    let title: String? = raw.marker?.title ?? headingTitle
    let extensions = raw.marker?.extensions ?? [:]
    switch type {
    case .takeaways:
      return .takeaways(
        TakeawaysSection(
          title: title, items: takeaways(raw.blocks, path: path), extensions: extensions))
    case .questions:
      return .questions(
        QuestionsSection(
          title: title, items: questions(raw.blocks, path: path), extensions: extensions))
    case .comments:
      var section = comments(raw.blocks, path: path)
      section.title = title
      section.extensions = extensions
      return .comments(section)
    case .text:
      place(path.appending("body"), Self.union(raw.blocks.first?.range, raw.blocks.last?.range))
      placeText(path.appending("body"), roots: raw.blocks.map { NodePath([$0.index]) })
      return .text(
        TextSection(title: title, body: BlockText(raw.blocks.map(\.block)), extensions: extensions))
    }
  }

  /// A heading's text as a section title (titles are plain strings in the model).
  static func plainTitle(_ inlines: [Inline]) -> String {
    if inlines.count == 1, case .text(let text) = inlines[0] { return text }
    return PlainTextRenderer().renderInline(inlines)
  }

  /// The kind a section's content shows: `<details>` or third-level headings are questions, a
  /// single list is takeaways, a first paragraph that is a comment notice is comments. Empty
  /// content takes the kind its title names (the default titles, and a few common synonyms).
  static func inferType(title: String?, blocks: [Block]) -> SectionType {
    for block in blocks {
      if case .heading(let level, _) = block, level >= 3 { return .questions }
      if case .html(let html) = block, DetailsScan.opens(html) { return .questions }
    }
    if blocks.count == 1, case .list = blocks[0] { return .takeaways }
    if case .paragraph(let inlines)? = blocks.first, notice(inlines) != nil { return .comments }
    let startsWithList = if case .list? = blocks.first { true } else { false }
    if blocks.isEmpty || startsWithList, let title {
      switch normalized(title) {
      case "key takeaways", "takeaways", "key points": return .takeaways
      case _ where startsWithList: break
      case "follow up questions", "follow-up questions", "questions", "faq": return .questions
      case "comments": return .comments
      default: break
      }
    }
    return .text
  }

  private static func normalized(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  /// The policy a paragraph announces, when it is one of the three notices.
  static func notice(_ inlines: [Inline]) -> CommentPolicy? {
    var text = normalized(PlainTextRenderer().renderInline(inlines))
    if text.hasSuffix(".") { text.removeLast() }
    return CommentPolicy.allCases.first { policy in
      var notice = policy.notice.lowercased()
      notice.removeLast()
      return notice == text
    }
  }

  // MARK: - Takeaways

  /// Takeaways from a list (each item one paragraph) or, when written by hand, from paragraphs.
  mutating func takeaways(_ blocks: [BodyBlock], path: DocumentPath) -> [InlineText] {
    var items: [InlineText] = []
    for item in blocks {
      switch item.block {
      case .list(let list):
        for (number, entry) in list.items.enumerated() {
          let node = NodePath([item.index, number])
          if entry.count > 1
            || (entry.first.map { if case .paragraph = $0 { false } else { true } } ?? false)
          {
            report(
              .warning, "markdown.takeaway-shape",
              "a takeaway is one paragraph; this item holds more, so only its first paragraph "
                + "is kept; move the rest into a text section",
              range: item.range, path: path.appending("items").appending(items.count))
          }
          let first = entry.firstIndex { if case .paragraph = $0 { true } else { false } }
          var paragraph: [Inline]?
          if let first, case .paragraph(let inlines) = entry[first] { paragraph = inlines }
          // The takeaway's text when it has some, else the list item.
          place(
            path.appending("items").appending(items.count),
            first.flatMap { childrenRange(node.child($0), count: paragraph?.count ?? 0) }
              ?? range(node) ?? item.range)
          if let first, let paragraph {
            placeText(
              path.appending("items").appending(items.count),
              roots: paragraph.indices.map { node.child(first).child($0) })
          }
          items.append(InlineText(paragraph ?? []))
        }
      case .paragraph(let inlines):
        place(
          path.appending("items").appending(items.count),
          childrenRange(NodePath([item.index]), count: inlines.count) ?? item.range)
        placeText(
          path.appending("items").appending(items.count),
          roots: inlines.indices.map { NodePath([item.index, $0]) })
        items.append(InlineText(inlines))
      default:
        stray(item, in: "a takeaways section")
      }
    }
    return items
  }

  /// Reports content that has no place in the section it stands in.
  mutating func stray(_ item: BodyBlock, in what: String) {
    report(
      .warning, "markdown.stray-content",
      "content at line \(item.range.start.line) does not belong in \(what) and is ignored; "
        + "move it into a text section (a '## ' heading of its own)",
      range: item.range, path: nil)
  }

  // MARK: - Comments

  /// A comments section: the notice paragraph, then a list with one item per comment.
  mutating func comments(_ blocks: [BodyBlock], path: DocumentPath) -> CommentsSection {
    var section = CommentsSection()
    var rest = blocks[...]
    if case .paragraph(let inlines)? = rest.first?.block, let policy = Self.notice(inlines) {
      section.policy = policy
      place(path.appending("policy"), rest.first?.range)
      rest = rest.dropFirst()
    }
    for item in rest {
      guard case .list(let list) = item.block else {
        stray(item, in: "a comments section")
        continue
      }
      for (number, entry) in list.items.enumerated() {
        section.items.append(
          comment(
            entry, node: NodePath([item.index, number]), at: item.range,
            path: path.appending("items").appending(section.items.count), depth: 1))
      }
    }
    return section
  }

  /// One comment from a list item: `**author** · posted`, the body, and after
  /// `<!-- replies -->` a list of replies.
  mutating func comment(
    _ blocks: [Block], node: NodePath, at range: SourceRange, path: DocumentPath, depth: Int
  ) -> Comment {
    var comment = Comment(author: "", body: BlockText([]))
    let itemRange = self.range(node) ?? range
    place(path, itemRange)
    var rest = blocks[...]
    if case .html(let html)? = rest.first,
      case .comment(let marker)? = markerKind(html, at: range)
    {
      rest = rest.dropFirst()
      applyCommentMarker(marker, to: &comment)
    }
    var hasHeader = false
    if case .paragraph(let inlines)? = rest.first, case .strong(let name)? = inlines.first {
      hasHeader = true
      let header = node.child(rest.startIndex)
      place(path.appending("author"), childrenRange(header.child(0), count: name.count))
      let after = childrenRange(header, count: inlines.count, from: 1)
      rest = rest.dropFirst()
      if comment.author.isEmpty { comment.author = Self.plainTitle(name) }
      var posted = PlainTextRenderer().renderInline(Array(inlines.dropFirst()))
      for separator in [" · ", " - ", ", ", " "] where posted.hasPrefix(separator) {
        posted.removeFirst(separator.count)
        break
      }
      if comment.posted == nil, !posted.isEmpty {
        comment.posted = posted
        place(path.appending("posted"), after.flatMap { find(posted, in: $0) } ?? after)
      }
    }
    if !hasHeader && comment.author.isEmpty {
      report(
        .warning, "markdown.comment-author",
        "a comment should start with its author in bold ('**Name** · 2026-01-31T12:00:00Z')",
        range: range, path: nil)
    }
    var body: [Block] = []
    var bodyRoots: [NodePath?] = []
    var bodyRange: SourceRange?
    while let block = rest.first {
      let blockIndex = rest.startIndex
      rest = rest.dropFirst()
      if case .html(let html) = block, markerKind(html, at: range) == .replies,
        case .list(let replies)? = rest.first
      {
        let list = node.child(rest.startIndex)
        rest = rest.dropFirst()
        if depth >= maxDepth {
          report(
            .warning, "markdown.depth-limit",
            "replies nest deeper than \(maxDepth) levels; the deeper ones are dropped",
            range: range, path: nil)
        } else {
          place(path.appending("replies"), self.range(list))
          for (number, reply) in replies.items.enumerated() {
            comment.replies.append(
              self.comment(
                reply, node: list.child(number), at: itemRange,
                path: path.appending("replies").appending(number), depth: depth + 1))
          }
        }
        continue
      }
      bodyRange = Self.union(bodyRange, self.range(node.child(blockIndex)))
      body.append(block)
      bodyRoots.append(node.child(blockIndex))
    }
    place(path.appending("body"), bodyRange)
    placeText(path.appending("body"), roots: bodyRoots)
    comment.body = BlockText(body)
    return comment
  }

  private mutating func applyCommentMarker(_ node: TreeNode, to comment: inout Comment) {
    guard case .object(let members) = node.value else { return }
    for member in members {
      switch (member.key, member.value.value) {
      case ("author", .string(let text)): comment.author = text
      case ("posted", .string(let text)): comment.posted = text
      case (let key, _) where key.hasPrefix("x-"): comment.extensions[key] = member.value.jsonValue
      default: break
      }
    }
  }
}
