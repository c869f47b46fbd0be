import RichText

/// Inline rich text (one paragraph's content): a title, a takeaway, a question.
///
/// Written as a CommonMark string in YAML and JSON; a parsed tree in the model.
public struct InlineText: Hashable, Sendable, CustomStringConvertible {
  /// The inline nodes.
  public var inlines: [Inline]

  /// Wraps parsed inlines.
  public init(_ inlines: [Inline]) { self.inlines = inlines }

  /// Parses inline CommonMark.
  public init(commonMark: String) { self.inlines = CommonMark.parseInline(commonMark).inlines }

  /// Literal text with no markup (what plain-text formats read).
  public init(plain text: String) { self.inlines = text.isEmpty ? [] : [.text(text)] }

  /// The CommonMark source that reads back to this value.
  public var commonMark: String { CommonMark.renderInline(inlines) }

  /// The text with no markup.
  public var plainText: String { PlainTextRenderer().renderInline(inlines) }

  /// Whether there is no content.
  public var isEmpty: Bool { inlines.isEmpty }

  /// The CommonMark source.
  public var description: String { commonMark }
}

/// Block rich text (paragraphs, lists, quotes, code): an answer, a comment, a summary.
public struct BlockText: Hashable, Sendable, CustomStringConvertible {
  /// The block nodes.
  public var blocks: [Block]

  /// Wraps parsed blocks.
  public init(_ blocks: [Block]) { self.blocks = blocks }

  /// Parses CommonMark.
  public init(commonMark: String) { self.blocks = CommonMark.parse(commonMark).blocks }

  /// Literal paragraphs with no markup, split at blank lines (what plain-text formats read).
  public init(plainParagraphs: [String]) {
    self.blocks = plainParagraphs.map { .paragraph($0.isEmpty ? [] : [.text($0)]) }
  }

  /// The CommonMark source that reads back to this value.
  public var commonMark: String { CommonMark.render(blocks) }

  /// The text with no markup.
  public var plainText: String { PlainTextRenderer().render(blocks) }

  /// Whether there is no content.
  public var isEmpty: Bool { blocks.isEmpty }

  /// The CommonMark source.
  public var description: String { commonMark }
}
