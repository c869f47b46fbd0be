// Sections of a page: takeaways from lists, questions from <details> (or a heading and the
// blocks after it), comments from <article>s, and free text.
import BriefingCore
import BriefingFormats
import RichText

extension PageReader {
  /// Elements under `node` (not `node` itself) with the class, in document order.
  func descendants(of node: HTMLNode, withClass className: String) -> [HTMLNode] {
    var found: [HTMLNode] = []
    func visit(_ current: HTMLNode) {
      for child in current.elements {
        if child.hasClass(className) { found.append(child) } else { visit(child) }
      }
    }
    visit(node)
    return found
  }

  /// The `x-` data a writer put in `data-briefing-x`.
  mutating func extensions(of node: HTMLNode) -> Extensions {
    guard let text = node.attribute("data-briefing-x") else { return [:] }
    guard case .object(let members)? = HTMLEmbeddedJSON.value(text) else {
      diagnose(
        .warning, "html.bad-data",
        "the data-briefing-x attribute is not a JSON object; its extension data was dropped",
        line: node.line)
      return [:]
    }
    return members
  }

  /// The inline content of `node`, exact when the writer stored it in `data-briefing-rich`.
  mutating func richInlines(_ node: HTMLNode, skipping skipped: (HTMLNode) -> Bool = { _ in false })
    -> [Inline]
  {
    if let text = node.attribute("data-briefing-rich") {
      if let tree = HTMLEmbeddedJSON.tree(text), let inlines = ASTRichText.inlines(tree) {
        exact.inlines.insert(inlines)
        return inlines
      }
      diagnose(
        .warning, "html.bad-data",
        "the data-briefing-rich attribute is not a rich-text tree; the visible text was read instead",
        line: node.line)
    }
    return rich.inlines(node.children.filter { !skipped($0) })
  }

  /// The block content of `node`, exact when the writer stored it in `data-briefing-rich`.
  mutating func richBlocks(_ node: HTMLNode, skipping skipped: (HTMLNode) -> Bool = { _ in false })
    -> [Block]
  {
    if let text = node.attribute("data-briefing-rich") {
      if let tree = HTMLEmbeddedJSON.tree(text), let blocks = ASTRichText.blocks(tree) {
        exact.blocks.insert(blocks)
        return blocks
      }
      diagnose(
        .warning, "html.bad-data",
        "the data-briefing-rich attribute is not a rich-text tree; the visible text was read instead",
        line: node.line)
    }
    return rich.blocks(node.children.filter { !skipped($0) })
  }

  /// The block content of `node` with where each block stands: exact blocks from
  /// `data-briefing-rich` carry no positions, visible ones their element's range.
  mutating func placedRichBlocks(_ node: HTMLNode) -> [(block: Block, range: SourceRange?)] {
    guard node.attribute("data-briefing-rich") == nil else {
      return richBlocks(node).map { ($0, nil) }
    }
    return rich.placedBlocks(node.children)
  }

  /// A comment from our `<article class="briefing-comment">` or a similar element elsewhere;
  /// where its parts stand goes into `positions` under `path`.
  mutating func comment(_ node: HTMLNode, at path: DocumentPath, positions: inout SourceMap)
    -> Comment
  {
    Self.place(path, node, in: &positions)
    if node.hasClass("briefing-comment") {
      let authorNode = descendants(of: node, withClass: "briefing-comment-author").first
      let postedNode = descendants(of: node, withClass: "briefing-comment-posted").first
      let bodyNode = descendants(of: node, withClass: "briefing-comment-body").first
      Self.place(path.appending("author"), authorNode, in: &positions, text: true)
      Self.place(path.appending("posted"), postedNode, in: &positions, text: true)
      Self.place(path.appending("body"), bodyNode, in: &positions)
      let body = bodyNode.map { richBlocks($0) } ?? []
      let repliesNode = node.elements.first { $0.hasClass("briefing-replies") }
      Self.place(path.appending("replies"), repliesNode, in: &positions)
      var replies: [Comment] = []
      for reply in repliesNode?.elements ?? [] {
        replies.append(
          comment(
            reply, at: path.appending("replies").appending(replies.count), positions: &positions))
      }
      return Comment(
        author: authorNode?.textContent ?? "", posted: postedNode?.textContent,
        body: BlockText(body), replies: replies, extensions: extensions(of: node))
    }
    func classNamed(_ part: String) -> (HTMLNode) -> Bool {
      { ($0.attribute("class") ?? "").lowercased().contains(part) }
    }
    let authorNode =
      node.first { classNamed("author")($0) && $0.name != nil }
      ?? node.first { $0.is("cite") || $0.is("strong") || $0.is("b") }
    let time = node.first { $0.is("time") }
    let repliesNode = node.elements.first(where: classNamed("replies"))
    let bodyNode = node.elements.first {
      classNamed("body")($0) || classNamed("content")($0) || classNamed("text")($0)
    }
    let bodyNodes =
      bodyNode.map { [$0] }
      ?? node.children.filter { child in
        child.name != nil && !child.is("header") && !child.is("footer")
          && child.first(where: { $0.is("time") }) == nil
          && (authorNode == nil || child.first(where: classNamed("author")) == nil)
          && !classNamed("replies")(child)
      }
    let body: [Block] = bodyNode.map { rich.blocks($0.children) } ?? rich.blocks(bodyNodes)
    Self.place(path.appending("author"), authorNode, in: &positions, text: true)
    Self.place(path.appending("posted"), time, in: &positions, text: true)
    Self.place(path.appending("body"), bodyNodes.first, in: &positions)
    Self.place(path.appending("replies"), repliesNode, in: &positions)
    var replies: [Comment] = []
    for reply in repliesNode?.elements ?? []
    where reply.is("article") || reply.is("li") || reply.is("div") {
      replies.append(
        comment(
          reply, at: path.appending("replies").appending(replies.count), positions: &positions))
    }
    return Comment(
      author: authorNode?.collapsedText ?? "",
      posted: time.map { $0.attribute("datetime") ?? $0.collapsedText }, body: BlockText(body),
      replies: replies)
  }
}

/// Collects one section's content as the reader walks the page.
struct SectionBuilder {
  var type: SectionType
  var title: String?
  var node: HTMLNode
  var extensions: Extensions = [:]
  /// Our own section element was seen; its `<h2>` (if any) gives the title.
  var awaitingTitle = false
  var hasDefaultTitle = false
  var takeaways: [InlineText] = []
  var questions: [Question] = []
  var comments: [Comment] = []
  var policy: CommentPolicy?
  var body: [Block] = []
  /// Where each question's answer blocks stand, by question.
  var answerRanges: [[SourceRange?]] = []
  /// Where each block of ``body`` stands.
  var bodyRanges: [SourceRange?] = []
  /// Where the section's values stand, by path relative to the section.
  var positions = SourceMap()

  private static let items = DocumentPath.root.appending("items")

  /// The section type a heading's text names, if any ("Key takeaways", "FAQ", …; any case).
  static func knownType(_ heading: String) -> SectionType? {
    var text = heading.lowercased()
    while text.hasSuffix(":") { text.removeLast() }
    switch text {
    case "key takeaways", "takeaways", "key points", "highlights": return .takeaways
    case "follow up questions", "follow-up questions", "questions", "faq", "faqs",
      "frequently asked questions":
      return .questions
    case "comments", "discussion": return .comments
    default: return nil
    }
  }

  /// A section of our own page.
  init(element: HTMLNode, reader: inout PageReader) {
    type = element.attribute("data-briefing-type").flatMap(SectionType.init(rawValue:)) ?? .text
    node = element
    extensions = reader.extensions(of: element)
    hasDefaultTitle = element.attribute("data-briefing-default-title") != nil
    awaitingTitle = element.elements.contains { $0.is("h2") }
  }

  /// A section found by its heading.
  init(heading: HTMLNode, text: String) {
    type = Self.knownType(text) ?? .text
    title = text
    node = heading
    PageReader.place(.root.appending("title"), heading, in: &positions, text: true)
  }

  /// A lower heading inside the section: a question (h3 + answer style) or part of the text.
  mutating func addHeading(_ heading: HTMLNode, level: Int, reader: inout PageReader) {
    switch type {
    case .questions:
      let path = Self.items.appending(questions.count)
      PageReader.place(path, heading, in: &positions)
      PageReader.place(path.appending("question"), heading, in: &positions, text: true)
      questions.append(
        Question(question: InlineText(reader.richInlines(heading)), answer: BlockText([])))
      answerRanges.append([])
    case .text:
      if body.isEmpty { PageReader.place(.root.appending("body"), heading, in: &positions) }
      body.append(.heading(level: level, reader.richInlines(heading)))
      bodyRanges.append(heading.range)
    case .takeaways, .comments: break
    }
  }

  mutating func add(_ content: HTMLNode, reader: inout PageReader) {
    switch type {
    case .takeaways:
      guard content.is("ul") || content.is("ol") else { return }
      for item in content.elements where item.is("li") {
        PageReader.place(Self.items.appending(takeaways.count), item, in: &positions, text: true)
        takeaways.append(InlineText(reader.richInlines(item)))
      }
    case .questions:
      if content.is("details") {
        questions.append(question(content, reader: &reader))
      } else if !questions.isEmpty {
        let answer = Self.items.appending(questions.count - 1).appending("answer")
        if positions[answer] == nil { PageReader.place(answer, content, in: &positions) }
        let placed = reader.rich.placedBlocks([content])
        questions[questions.count - 1].answer.blocks += placed.map(\.block)
        if !answerRanges.isEmpty { answerRanges[answerRanges.count - 1] += placed.map(\.range) }
      }
    case .comments:
      let text = content.name == nil ? HTMLNode.collapse(content.text) : content.collapsedText
      if let matched = CommentPolicy.allCases.first(where: {
        $0.notice.lowercased() == text.lowercased()
      }) {
        policy = matched
        PageReader.place(.root.appending("policy"), content, in: &positions)
      } else if content.is("article") || content.hasClass("briefing-comment") {
        comments.append(
          reader.comment(
            content, at: Self.items.appending(comments.count), positions: &positions))
      } else if content.is("ul") || content.is("ol") {
        for item in content.elements where item.is("li") {
          comments.append(
            reader.comment(item, at: Self.items.appending(comments.count), positions: &positions))
        }
      }
    case .text:
      if body.isEmpty { PageReader.place(.root.appending("body"), content, in: &positions) }
      let placed =
        content.hasClass("briefing-body")
        ? reader.placedRichBlocks(content) : reader.rich.placedBlocks([content])
      body += placed.map(\.block)
      bodyRanges += placed.map(\.range)
    }
  }

  private mutating func question(_ details: HTMLNode, reader: inout PageReader) -> Question {
    let summary = details.elements.first { $0.is("summary") }
    let path = Self.items.appending(questions.count)
    PageReader.place(path, details, in: &positions)
    PageReader.place(path.appending("question"), summary, in: &positions, text: true)
    positions[path.appending("expanded")] = reader.attributeRange(details, ["open"])
    positions[path.appending("id")] = reader.attributeRange(details, ["data-briefing-id", "id"])
    // Buttons and "Expand" labels some sites put inside <summary> are not the question.
    let toggles: Set<String> = ["expand", "collapse", "show answer", "hide answer", "show", "hide"]
    let questionText =
      summary.map {
        reader.richInlines(
          $0, skipping: { $0.name != nil && toggles.contains($0.collapsedText.lowercased()) })
      } ?? []
    let answerNode = details.elements.first { $0.hasClass("briefing-answer") }
    PageReader.place(
      path.appending("answer"),
      answerNode ?? details.elements.first { !$0.is("summary") } ?? details, in: &positions)
    let placed =
      answerNode.map { reader.placedRichBlocks($0) }
      ?? reader.rich.placedBlocks(details.children.filter { !$0.is("summary") })
    let answer = placed.map(\.block)
    answerRanges.append(placed.map(\.range))
    var id: String?
    if details.attribute("data-briefing-generated-id") == nil {
      id =
        details.attribute("data-briefing-id")
        ?? details.attribute("id").flatMap {
          HTMLEscaping.isSlug($0) || answerNode != nil ? $0 : nil
        }
    }
    return Question(
      question: InlineText(questionText), answer: BlockText(answer),
      expanded: details.attribute("open") != nil, id: id, extensions: reader.extensions(of: details)
    )
  }

  /// Where the blocks of the section's answers and body stand, by path relative to the
  /// section (the reader places block elements; inlines fall back to their block).
  var textPlacements: [DocumentPath: RichTextPlacement] {
    var placements: [DocumentPath: RichTextPlacement] = [:]
    for (index, ranges) in answerRanges.enumerated() {
      placements[Self.items.appending(index).appending("answer")] = RichTextPlacement(
        blockRanges: ranges)
    }
    placements[.root.appending("body")] = RichTextPlacement(blockRanges: bodyRanges)
    return placements.compactMapValues { $0 }
  }

  func build(reader: inout PageReader, path: DocumentPath) -> Section {
    switch type {
    case .takeaways:
      return .takeaways(TakeawaysSection(title: title, items: takeaways, extensions: extensions))
    case .questions:
      return .questions(QuestionsSection(title: title, items: questions, extensions: extensions))
    case .comments:
      return .comments(
        CommentsSection(
          title: title, policy: policy ?? .open, items: comments, extensions: extensions))
    case .text:
      return .text(TextSection(title: title, body: BlockText(body), extensions: extensions))
    }
  }
}
