// What the writer tells the user it could not keep: fields plain text has no place for
// (`plain.lossy`), markup flattened to text (`plain.lossy-markup`), and — found by reading its
// own output back — content the layout cannot keep apart from structure
// (`plain.ambiguous-output`, e.g. an answer paragraph that ends in "Expand").
import BriefingCore
import BriefingFormats
import RichText

extension PlainTextWriter {
  /// Warnings for fields and markup plain text drops.
  func lossReport(_ briefing: Briefing) -> [Diagnostic] {
    var dropped: [String] = []
    if briefing.id != nil { dropped.append("id") }
    if briefing.summary != nil { dropped.append("summary") }
    if briefing.published != nil { dropped.append("published") }
    if briefing.updated != nil { dropped.append("updated") }
    if briefing.source != nil { dropped.append("source") }
    if !briefing.authors.isEmpty { dropped.append("authors") }
    if !briefing.tags.isEmpty { dropped.append("tags") }
    if briefing.language != nil { dropped.append("language") }
    if hasQuestionIDs(briefing) { dropped.append("question ids") }
    if hasExtensions(briefing) { dropped.append("x- extension data") }
    var result: [Diagnostic] = []
    if !dropped.isEmpty {
      result.append(
        Diagnostic(
          .warning, "plain.lossy",
          "plain text has no place for \(dropped.map { "'\($0)'" }.joined(separator: ", ")); "
            + "they are left out, so write YAML or JSON to keep them"))
    }
    if hasMarkup(briefing) {
      result.append(
        Diagnostic(
          .warning, "plain.lossy-markup",
          "plain text has no markup; emphasis, links, code, lists and quotes are written as "
            + "their text and read back as plain paragraphs"))
    }
    return result
  }

  /// Reads the output back; when it differs from what plain text should carry, says where.
  func selfCheck(_ text: String, against briefing: Briefing, columns: Int) -> Diagnostic? {
    var options = FormatOptions()
    options[PlainTextFormat.unwrapOption] = columns > 0
    let back = PlainTextReader().read(SourceFile(name: "-", text: text), options: options)
    let expected = PlainTextFormat.carried(briefing, joinedLines: columns > 0)
    guard let actual = back.briefing, actual != expected else {
      return back.briefing == nil ? ambiguity(at: .root) : nil
    }
    return ambiguity(at: Self.firstDifference(expected, actual))
  }

  private func ambiguity(at path: DocumentPath) -> Diagnostic {
    Diagnostic(
      .warning, "plain.ambiguous-output",
      "the text at '\(path)' reads back differently (it looks like layout, e.g. a line ending "
        + "in 'Expand', a heading or an empty value); reword it, or write YAML to keep it exactly",
      path: path)
  }

  /// The first path where two briefings differ, in document order (coarse below items).
  static func firstDifference(_ lhs: Briefing, _ rhs: Briefing) -> DocumentPath {
    let root = DocumentPath.root
    if lhs.category != rhs.category { return root.appending("category") }
    if lhs.title != rhs.title { return root.appending("title") }
    if lhs.engagement != rhs.engagement { return root.appending("engagement") }
    let sections = root.appending("sections")
    for index in 0..<min(lhs.sections.count, rhs.sections.count) {
      let (left, right) = (lhs.sections[index], rhs.sections[index])
      guard left != right else { continue }
      let path = sections.appending(index)
      if left.type != right.type { return path.appending("type") }
      if left.title != right.title { return path.appending("title") }
      switch (left, right) {
      case (.takeaways(let l), .takeaways(let r)):
        return itemPath(path, l.items, r.items)
      case (.questions(let l), .questions(let r)):
        return itemPath(path, l.items, r.items)
      case (.comments(let l), .comments(let r)):
        if l.policy != r.policy { return path.appending("policy") }
        return itemPath(path, l.items, r.items)
      default:
        return path.appending("body")
      }
    }
    return lhs.sections.count == rhs.sections.count ? root : sections
  }

  private static func itemPath<T: Equatable>(_ path: DocumentPath, _ l: [T], _ r: [T])
    -> DocumentPath
  {
    let items = path.appending("items")
    for index in 0..<min(l.count, r.count) where l[index] != r[index] {
      return items.appending(index)
    }
    return items
  }

  private func hasQuestionIDs(_ briefing: Briefing) -> Bool {
    briefing.sections.contains { section in
      if case .questions(let s) = section { return s.items.contains { $0.id != nil } }
      return false
    }
  }

  private func hasExtensions(_ briefing: Briefing) -> Bool {
    if !briefing.extensions.isEmpty || briefing.source.map({ !$0.extensions.isEmpty }) == true {
      return true
    }
    if let engagement = briefing.engagement,
      !engagement.extensions.isEmpty
        || engagement.reactions.contains(where: { !$0.extensions.isEmpty })
    {
      return true
    }
    return briefing.sections.contains { section in
      switch section {
      case .takeaways(let s): !s.extensions.isEmpty
      case .questions(let s): !s.extensions.isEmpty || s.items.contains { !$0.extensions.isEmpty }
      case .comments(let s): !s.extensions.isEmpty || s.items.contains(where: Self.hasExtensions)
      case .text(let s): !s.extensions.isEmpty
      }
    }
  }

  private static func hasExtensions(_ comment: Comment) -> Bool {
    !comment.extensions.isEmpty || comment.replies.contains(where: hasExtensions)
  }

  private func hasMarkup(_ briefing: Briefing) -> Bool {
    func plain(_ inlines: [Inline]) -> Bool {
      inlines.allSatisfy { inline in
        switch inline {
        case .text, .softBreak: true
        default: false
        }
      }
    }
    func plainBlocks(_ blocks: [Block]) -> Bool {
      blocks.allSatisfy { block in
        if case .paragraph(let inlines) = block { return plain(inlines) }
        return false
      }
    }
    func plainComment(_ comment: Comment) -> Bool {
      plainBlocks(comment.body.blocks) && comment.replies.allSatisfy(plainComment)
    }
    guard plain(briefing.title.inlines) else { return true }
    return !briefing.sections.allSatisfy { section in
      switch section {
      case .takeaways(let s): s.items.allSatisfy { plain($0.inlines) }
      case .questions(let s):
        s.items.allSatisfy { plain($0.question.inlines) && plainBlocks($0.answer.blocks) }
      case .comments(let s): s.items.allSatisfy(plainComment)
      case .text(let s): plainBlocks(s.body.blocks)
      }
    }
  }
}
