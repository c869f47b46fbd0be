import RichText

/// One rich-text value of a briefing and where it sits in the document tree.
struct TextField {
  /// The value's content.
  enum Content {
    /// Inline text: a title, a takeaway, a question.
    case inline([Inline])
    /// Block text: a summary, an answer, a comment or section body.
    case blocks([Block])
  }

  /// The document path of the value (`/sections/1/items/3/answer`).
  var path: DocumentPath
  /// The value.
  var content: Content
}

extension Briefing {
  /// Every rich-text value in document order, comment replies included.
  ///
  /// Replies are walked with an explicit stack, so a briefing built in code with very deep reply
  /// chains cannot exhaust the call stack.
  var textFields: [TextField] {
    var fields = [TextField(path: DocumentPath([.key("title")]), content: .inline(title.inlines))]
    if let summary {
      fields.append(
        TextField(path: DocumentPath([.key("summary")]), content: .blocks(summary.blocks)))
    }
    for (index, section) in sections.enumerated() {
      let base = DocumentPath([.key("sections"), .index(index)])
      switch section {
      case .takeaways(let takeaways):
        for (item, text) in takeaways.items.enumerated() {
          let path = base.appending("items").appending(item)
          fields.append(TextField(path: path, content: .inline(text.inlines)))
        }
      case .questions(let questions):
        for (item, question) in questions.items.enumerated() {
          let path = base.appending("items").appending(item)
          fields.append(
            TextField(path: path.appending("question"), content: .inline(question.question.inlines))
          )
          fields.append(
            TextField(path: path.appending("answer"), content: .blocks(question.answer.blocks)))
        }
      case .comments(let comments):
        var stack = comments.items.enumerated().reversed().map {
          ($1, base.appending("items").appending($0))
        }
        while let (comment, path) = stack.popLast() {
          fields.append(
            TextField(path: path.appending("body"), content: .blocks(comment.body.blocks)))
          for (reply, child) in comment.replies.enumerated().reversed() {
            stack.append((child, path.appending("replies").appending(reply)))
          }
        }
      case .text(let text):
        fields.append(TextField(path: base.appending("body"), content: .blocks(text.body.blocks)))
      }
    }
    return fields
  }

  /// Every comment with its document path, replies included, in document order.
  var commentsWithPaths: [(Comment, DocumentPath)] {
    var found: [(Comment, DocumentPath)] = []
    for (index, section) in sections.enumerated() {
      guard case .comments(let comments) = section else { continue }
      let base = DocumentPath([.key("sections"), .index(index), .key("items")])
      var stack = comments.items.enumerated().reversed().map { ($1, base.appending($0)) }
      while let (comment, path) = stack.popLast() {
        found.append((comment, path))
        for (reply, child) in comment.replies.enumerated().reversed() {
          stack.append((child, path.appending("replies").appending(reply)))
        }
      }
    }
    return found
  }

  /// Every question with its document path, in document order.
  var questionsWithPaths: [(Question, DocumentPath)] {
    sections.enumerated().flatMap { index, section -> [(Question, DocumentPath)] in
      guard case .questions(let questions) = section else { return [] }
      let base = DocumentPath([.key("sections"), .index(index), .key("items")])
      return questions.items.enumerated().map { ($1, base.appending($0)) }
    }
  }
}

extension TextField.Content {
  /// Calls `visit` for every rich-text node of the value in document order, with the node's
  /// child indices from the value's top level (RichText's walk, which keeps its own stack, so
  /// deeply nested hostile text cannot overflow).
  func forEach(_ visit: (RichTextNode, [Int]) -> Void) {
    switch self {
    case .inline(let inlines):
      RichTextWalk.forEach(inlines) { node, position in visit(node, position.indices) }
    case .blocks(let blocks):
      RichTextWalk.forEach(blocks) { node, position in visit(node, position.indices) }
    }
  }
}

extension TextField {
  /// The path of the value's node at child indices `indices`: the value's path continued by
  /// them, so the source map can place the node itself.
  func path(ofNode indices: [Int]) -> DocumentPath {
    DocumentPath(path.components + indices.map { .index($0) })
  }
}
