import OrderedCollections

/// One section of a briefing, in reading order.
public enum Section: Hashable, Sendable {
  /// Key takeaways: a list of one-paragraph items.
  case takeaways(TakeawaysSection)
  /// Follow-up questions, each with an answer, collapsible.
  case questions(QuestionsSection)
  /// Comments with a commenting policy.
  case comments(CommentsSection)
  /// Free text.
  case text(TextSection)

  /// The `type` key's value: `takeaways`, `questions`, `comments` or `text`.
  public var type: SectionType {
    switch self {
    case .takeaways: .takeaways
    case .questions: .questions
    case .comments: .comments
    case .text: .text
    }
  }

  /// The section's own title, if it has one.
  public var title: String? {
    switch self {
    case .takeaways(let s): s.title
    case .questions(let s): s.title
    case .comments(let s): s.title
    case .text(let s): s.title
    }
  }

  /// The title a writer shows: the section's own, else its type's default (none for `text`).
  public var displayTitle: String? { title ?? type.defaultTitle }
}

/// The four kinds of section, as spelled in the `type` key.
public enum SectionType: String, Hashable, Sendable, CaseIterable {
  /// `takeaways`.
  case takeaways
  /// `questions`.
  case questions
  /// `comments`.
  case comments
  /// `text`.
  case text

  /// The title writers use when a section has none (FORMAT.md, "Sections").
  public var defaultTitle: String? {
    switch self {
    case .takeaways: "Key takeaways"
    case .questions: "Follow Up Questions"
    case .comments: "Comments"
    case .text: nil
    }
  }
}

/// A `takeaways` section.
public struct TakeawaysSection: Hashable, Sendable {
  /// The heading, if not the default.
  public var title: String?
  /// The takeaways, each one paragraph of inline text.
  public var items: [InlineText]
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a takeaways section.
  public init(title: String? = nil, items: [InlineText] = [], extensions: Extensions = [:]) {
    self.title = title
    self.items = items
    self.extensions = extensions
  }
}

/// A `questions` section.
public struct QuestionsSection: Hashable, Sendable {
  /// The heading, if not the default.
  public var title: String?
  /// The questions, in order.
  public var items: [Question]
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a questions section.
  public init(title: String? = nil, items: [Question] = [], extensions: Extensions = [:]) {
    self.title = title
    self.items = items
    self.extensions = extensions
  }
}

/// A follow-up question with its answer.
public struct Question: Hashable, Sendable {
  /// The question, one paragraph of inline text.
  public var question: InlineText
  /// The answer, block text.
  public var answer: BlockText
  /// The initial state: open (`true`) or collapsed (`false`, the seed's "Expand").
  public var expanded: Bool
  /// A stable slug for deep links.
  public var id: String?
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a question.
  public init(
    question: InlineText, answer: BlockText, expanded: Bool = false, id: String? = nil,
    extensions: Extensions = [:]
  ) {
    self.question = question
    self.answer = answer
    self.expanded = expanded
    self.id = id
    self.extensions = extensions
  }
}

/// A `comments` section.
public struct CommentsSection: Hashable, Sendable {
  /// The heading, if not the default.
  public var title: String?
  /// Who may comment.
  public var policy: CommentPolicy
  /// The comments, in order.
  public var items: [Comment]
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a comments section.
  public init(
    title: String? = nil, policy: CommentPolicy = .open, items: [Comment] = [],
    extensions: Extensions = [:]
  ) {
    self.title = title
    self.policy = policy
    self.items = items
    self.extensions = extensions
  }
}

/// Who may comment, as the page's notice says.
public enum CommentPolicy: String, Hashable, Sendable, CaseIterable {
  /// "Anyone can comment."
  case open
  /// "Only logged-in users can comment."
  case loggedIn
  /// "Comments are closed."
  case closed

  /// The notice a page shows for this policy.
  public var notice: String {
    switch self {
    case .open: "Anyone can comment."
    case .loggedIn: "Only logged-in users can comment."
    case .closed: "Comments are closed."
    }
  }
}

/// A comment, with its replies.
public struct Comment: Hashable, Sendable {
  /// Who wrote it.
  public var author: String
  /// When: an RFC 3339 date-time, kept as written.
  public var posted: String?
  /// The comment, block text.
  public var body: BlockText
  /// Replies, in order.
  public var replies: [Comment]
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a comment.
  public init(
    author: String, posted: String? = nil, body: BlockText, replies: [Comment] = [],
    extensions: Extensions = [:]
  ) {
    self.author = author
    self.posted = posted
    self.body = body
    self.replies = replies
    self.extensions = extensions
  }
}

/// A `text` section: free block text, with or without a heading.
public struct TextSection: Hashable, Sendable {
  /// The heading; a text section may have none.
  public var title: String?
  /// The text.
  public var body: BlockText
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a text section.
  public init(title: String? = nil, body: BlockText, extensions: Extensions = [:]) {
    self.title = title
    self.body = body
    self.extensions = extensions
  }
}
