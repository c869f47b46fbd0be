/// The result of parsing CommonMark: the block tree, where each node came from, and warnings.
///
/// Equality compares the tree only, so a round trip can be checked with `==`.
public struct RichTextDocument: Sendable, Equatable {
  /// The top-level blocks.
  public var blocks: [Block]
  /// The source span of each node (a table parallel to the tree; see ``RichTextSourceMap``).
  public var sourceMap: RichTextSourceMap
  /// Problems the parser recovered from (for example a nesting depth limit).
  public var warnings: [RichTextWarning]

  /// Creates a document.
  public init(
    blocks: [Block], sourceMap: RichTextSourceMap = .init(), warnings: [RichTextWarning] = []
  ) {
    self.blocks = blocks
    self.sourceMap = sourceMap
    self.warnings = warnings
  }

  /// Compares the trees, ignoring positions and warnings.
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.blocks == rhs.blocks }
}

/// The result of parsing one paragraph's worth of inline CommonMark.
public struct InlineDocument: Sendable, Equatable {
  /// The inlines.
  public var inlines: [Inline]
  /// The source span of each inline; paths start at the inline's index.
  public var sourceMap: RichTextSourceMap
  /// Problems the parser recovered from.
  public var warnings: [RichTextWarning]

  /// Creates an inline document.
  public init(
    inlines: [Inline], sourceMap: RichTextSourceMap = .init(), warnings: [RichTextWarning] = []
  ) {
    self.inlines = inlines
    self.sourceMap = sourceMap
    self.warnings = warnings
  }

  /// Compares the inlines, ignoring positions and warnings.
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.inlines == rhs.inlines }
}

/// A problem in rich text that the parser recovered from.
public struct RichTextWarning: Hashable, Sendable, CustomStringConvertible {
  /// A stable identifier, e.g. `richtext.depth-limit`.
  public var id: String
  /// What happened and how to fix it.
  public var message: String
  /// Where, when known.
  public var position: SourceLocation?

  /// Creates a warning.
  public init(id: String, message: String, position: SourceLocation? = nil) {
    self.id = id
    self.message = message
    self.position = position
  }

  /// `line:column: message [id]`.
  public var description: String {
    (position.map { "\($0): " } ?? "") + "\(message) [\(id)]"
  }
}
