// RichText: the rich-text tree every briefing text field is parsed into, a CommonMark 0.31.2
// parser that builds it from UTF-8 bytes with source positions, and renderers back to
// CommonMark, HTML and plain text. It depends on nothing but the standard library.

/// A block-level node of rich text: paragraphs, headings, lists, quotes, code, breaks, raw HTML.
///
/// Blocks carry no source positions, so two trees parsed from differently laid-out text
/// compare equal when their structure and content are equal; positions live in a
/// ``RichTextSourceMap`` beside the tree.
public indirect enum Block: Hashable, Sendable {
  /// A paragraph of inline content.
  case paragraph([Inline])
  /// An ATX or setext heading; `level` is 1...6.
  case heading(level: Int, [Inline])
  /// A bullet or ordered list.
  case list(ListBlock)
  /// A block quote holding further blocks.
  case blockQuote([Block])
  /// A fenced or indented code block; `info` is the fence's info string (empty for indented code).
  case codeBlock(CodeBlock)
  /// A thematic break (`***`, `---`, `___`).
  case thematicBreak
  /// A raw HTML block, kept verbatim (including its final newline).
  case html(String)
}

/// A bullet or ordered list and its items.
public struct ListBlock: Hashable, Sendable {
  /// Whether the list is bullet or ordered, and its marker.
  public var kind: ListKind
  /// Whether the list is tight (no blank lines between or inside items).
  public var isTight: Bool
  /// The items, each a sequence of blocks.
  public var items: [[Block]]

  /// Creates a list.
  public init(kind: ListKind, isTight: Bool, items: [[Block]]) {
    self.kind = kind
    self.isTight = isTight
    self.items = items
  }
}

/// The marker of a list: which bullet character, or the start number and delimiter.
public enum ListKind: Hashable, Sendable {
  /// A bullet list using `-`, `+` or `*`.
  case bullet(marker: UInt8)
  /// An ordered list starting at `start`, with delimiter `.` or `)`.
  case ordered(start: Int, delimiter: UInt8)
}

/// A fenced or indented code block.
public struct CodeBlock: Hashable, Sendable {
  /// The info string after the opening fence, unescaped; empty for indented code.
  public var info: String
  /// The code, ending in a newline unless empty.
  public var literal: String
  /// Whether the block was fenced (as opposed to indented).
  public var isFenced: Bool

  /// Creates a code block.
  public init(info: String, literal: String, isFenced: Bool) {
    self.info = info
    self.literal = literal
    self.isFenced = isFenced
  }
}
