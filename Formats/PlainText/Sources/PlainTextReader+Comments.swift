// Comments in plain text: a notice line, then each comment as a header line
// ("Author · 2026-01-02T10:00:00Z") with its body indented under it and replies indented further.
// Nesting follows indentation with an explicit stack (bounded), so hostile indentation can
// neither recurse deeply nor take more than one pass.
import BriefingCore
import RichText

/// The comments read so far: the chain of open comments (by indentation) and the finished ones.
struct CommentTreeState: Sendable {
  /// A comment whose body or replies may still continue.
  struct Open: Sendable {
    /// The indentation of its header line.
    var indent: Int
    /// The comment so far.
    var comment: Comment
    /// Its document path.
    var path: DocumentPath
    /// Byte ranges of the lines of the body paragraph being read.
    var paragraph: [Range<Int>] = []
  }

  /// Open comments, outermost first.
  var stack: [Open] = []
  /// Finished top-level comments.
  var roots: [Comment] = []
  /// Whether the depth limit was already reported.
  var depthReported = false

  /// Replies nest at most this deep; deeper header lines are read as body text.
  static let maxDepth = 32
}

extension PlainTextParser {
  /// Reads a block of a comments section; `false` when the block is not comment content.
  mutating func readCommentBlock(_ block: TextBlock) -> Bool {
    guard draft?.type == .comments else { return false }
    let lines = linesOf(block)
    guard let first = lines.first else { return true }
    var start = 0
    if block.kind == .notice {
      guard draft?.policy == nil, let policy = classifier.notice(first) else { return false }
      draft?.policy = policy
      sourceMap[sectionPath.appending("policy")] = table.range(of: first)
      start = 1
    } else if block.isOneLine && classifier.isLoadingPlaceholder(first) {
      return true
    } else {
      let isComment =
        block.kind == .comment || first.indent > 0
        || (block.isOneLine && classifier.commentHeader(first).postedStart != nil)
      guard isComment else { return false }
    }
    // Move the state out of the draft so mutating it does not copy the comments read so far.
    var state = draft?.comments ?? CommentTreeState()
    draft?.comments = CommentTreeState()
    // A blank line before this block ends the paragraph being read.
    if !state.stack.isEmpty { flushParagraph(&state) }
    for index in lines.indices.dropFirst(start) {
      let current = lines[index]
      // The page's "Loading…" placeholder is not content.
      if current.indent == 0 && classifier.isLoadingPlaceholder(current) { continue }
      let nextIsDeeper = index + 1 < lines.count && lines[index + 1].indent > current.indent
      readCommentLine(current, nextIsDeeper: nextIsDeeper, state: &state)
    }
    draft?.comments = state
    return true
  }

  private mutating func readCommentLine(
    _ line: TextLine, nextIsDeeper: Bool, state: inout CommentTreeState
  ) {
    while let top = state.stack.last, top.indent >= line.indent { popComment(&state) }
    let canNest = state.stack.count < CommentTreeState.maxDepth
    if state.stack.isEmpty || (nextIsDeeper && canNest) {
      pushComment(line, state: &state)
      return
    }
    if nextIsDeeper && !state.depthReported {
      state.depthReported = true
      warn(
        "plain.depth-limit",
        "replies nest deeper than \(CommentTreeState.maxDepth) levels; the deeper ones are "
          + "read as text of their parent comment",
        at: table.range(of: line))
    }
    state.stack[state.stack.count - 1].paragraph.append(line.contentStart..<line.contentEnd)
    let path = state.stack[state.stack.count - 1].path.appending("body")
    let range = table.range(of: line)
    sourceMap[path] = SourceRange(start: sourceMap[path]?.start ?? range.start, end: range.end)
  }

  private mutating func pushComment(_ line: TextLine, state: inout CommentTreeState) {
    let path: DocumentPath
    if let parent = state.stack.last {
      path = parent.path.appending("replies").appending(parent.comment.replies.count)
    } else {
      path = sectionPath.appending("items").appending(state.roots.count)
    }
    let header = classifier.commentHeader(line)
    let author = table.text(line.contentStart, header.authorEnd)
    let posted = header.postedStart.map { table.text($0, line.contentEnd) }
    sourceMap[path] = table.range(of: line)
    sourceMap[path.appending("author")] =
      table.range(on: line, from: line.contentStart, to: header.authorEnd)
    if let postedStart = header.postedStart {
      sourceMap[path.appending("posted")] =
        table.range(on: line, from: postedStart, to: line.contentEnd)
    }
    let comment = Comment(author: author, posted: posted, body: BlockText([]))
    state.stack.append(CommentTreeState.Open(indent: line.indent, comment: comment, path: path))
  }

  private func flushParagraph(_ state: inout CommentTreeState) {
    guard let top = state.stack.last, !top.paragraph.isEmpty else { return }
    let paragraph = Block.paragraph(inlines(top.paragraph.map { ($0.lowerBound, $0.upperBound) }))
    state.stack[state.stack.count - 1].comment.body.blocks.append(paragraph)
    state.stack[state.stack.count - 1].paragraph = []
  }

  private func popComment(_ state: inout CommentTreeState) {
    flushParagraph(&state)
    guard let finished = state.stack.popLast() else { return }
    if state.stack.isEmpty {
      state.roots.append(finished.comment)
    } else {
      state.stack[state.stack.count - 1].comment.replies.append(finished.comment)
    }
  }

  /// Closes every open comment and returns the top-level ones.
  func finishComments(_ state: inout CommentTreeState) -> [Comment] {
    while !state.stack.isEmpty { popComment(&state) }
    return state.roots
  }
}
