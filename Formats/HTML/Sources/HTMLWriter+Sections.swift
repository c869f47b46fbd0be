// Sections: each a <section> with an <h2> and a stable id; questions as <details>/<summary>;
// comments as nested <article>s.
import BriefingCore
import RichText

extension ArticleWriter {
  mutating func writeSection(_ section: Section, path: DocumentPath) {
    let type = section.type.rawValue
    let title = section.displayTitle
    let id = uniqueID(HTMLEscaping.slug(title ?? ""), fallback: "section")
    var attributes =
      " id=\"\(id)\" class=\"briefing-section briefing-\(type)\" data-briefing-type=\"\(type)\""
    if section.title == nil && title != nil { attributes += " data-briefing-default-title=\"\"" }
    switch section {
    case .takeaways(let s): attributes += extensionsAttribute(s.extensions)
    case .questions(let s): attributes += extensionsAttribute(s.extensions)
    case .comments(let s): attributes += extensionsAttribute(s.extensions)
    case .text(let s): attributes += extensionsAttribute(s.extensions)
    }
    // A section element without a heading is an outline defect; untitled text is a plain div.
    let element = title == nil ? "div" : "section"
    out += "<\(element)\(attributes)>\n"
    if let title { out += "<h2>\(HTMLEscaping.text(title))</h2>\n" }
    switch section {
    case .takeaways(let takeaways):
      out += "<ul class=\"briefing-takeaway-list\">\n"
      for (index, item) in takeaways.items.enumerated() {
        let rendered = render(item.inlines, at: path.appending("items", index))
        out += "<li\(rendered.attribute)>\(rendered.html)</li>\n"
      }
      out += "</ul>\n"
    case .questions(let questions):
      for (index, question) in questions.items.enumerated() {
        writeQuestion(question, path: path.appending("items", index))
      }
    case .comments(let comments):
      out +=
        "<p class=\"briefing-comment-notice\">\(HTMLEscaping.text(comments.policy.notice))</p>\n"
      if !comments.items.isEmpty {
        out += "<div class=\"briefing-comments\">\n"
        for (index, comment) in comments.items.enumerated() {
          writeComment(comment, path: path.appending("items", index), depth: 0)
        }
        out += "</div>\n"
      }
    case .text(let text):
      let rendered = render(text.body.blocks, at: path.appending("body"))
      out += "<div class=\"briefing-body\"\(rendered.attribute)>\n\(rendered.html)</div>\n"
    }
    out += "</\(element)>\n"
  }

  private mutating func writeQuestion(_ question: Question, path: DocumentPath) {
    let summary = render(question.question.inlines, at: path.appending("question"))
    let answer = render(question.answer.blocks, at: path.appending("answer"))
    let preferred =
      question.id ?? HTMLEscaping.slug(HTMLEscaping.plainText(question.question.inlines))
    let id = uniqueID(
      preferred.utf8.contains(where: { $0 <= 0x20 }) ? "" : preferred, fallback: "question")
    var attributes = " id=\"\(HTMLEscaping.attribute(id))\" class=\"briefing-question\""
    if question.expanded { attributes += " open" }
    if let explicit = question.id, explicit != id {
      attributes += " data-briefing-id=\"\(HTMLEscaping.attribute(explicit))\""
    } else if question.id == nil {
      attributes += " data-briefing-generated-id=\"\""
    }
    attributes += extensionsAttribute(question.extensions)
    out += "<details\(attributes)>\n<summary\(summary.attribute)>\(summary.html)</summary>\n"
    out += "<div class=\"briefing-answer\"\(answer.attribute)>\n\(answer.html)</div>\n</details>\n"
  }

  private mutating func writeComment(_ comment: Comment, path: DocumentPath, depth: Int) {
    guard depth < Self.maxReplyDepth else {
      warn(
        "html.depth-limit",
        "replies nested deeper than \(Self.maxReplyDepth) levels were left out; flatten the thread",
        path)
      return
    }
    out += "<article class=\"briefing-comment\"\(extensionsAttribute(comment.extensions))>\n"
    out +=
      "<p class=\"briefing-comment-meta\"><span class=\"briefing-comment-author\">\(HTMLEscaping.text(comment.author))</span>"
    if let posted = comment.posted {
      out += " " + dateElement(posted, className: "briefing-comment-posted")
    }
    out += "</p>\n"
    let body = render(comment.body.blocks, at: path.appending("body"))
    out += "<div class=\"briefing-comment-body\"\(body.attribute)>\n\(body.html)</div>\n"
    if !comment.replies.isEmpty {
      out += "<div class=\"briefing-replies\">\n"
      for (index, reply) in comment.replies.enumerated() {
        writeComment(reply, path: path.appending("replies", index), depth: depth + 1)
      }
      out += "</div>\n"
    }
    out += "</article>\n"
  }
}

extension DocumentPath {
  /// The path of element `index` of the list under `key`.
  func appending(_ key: String, _ index: Int) -> DocumentPath { appending(key).appending(index) }
}
