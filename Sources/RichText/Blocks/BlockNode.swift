// The block parser's working tree: an arena of mutable nodes addressed by index, built line by
// line and converted to the immutable `Block` tree once the whole input has been read.

/// The kind of a node in the block parser's working tree.
enum BlockKind: Sendable {
  case document, blockQuote, list, item, paragraph, heading, thematicBreak, codeBlock, htmlBlock

  /// Whether a node of this kind may hold a child of `kind` (CommonMark's `canContain`).
  func canContain(_ kind: BlockKind) -> Bool {
    switch self {
    case .document, .blockQuote, .item: return kind != .item
    case .list: return kind == .item
    default: return false
    }
  }

  /// Whether lines of text are added to a node of this kind (leaves with raw content).
  var acceptsLines: Bool { self == .paragraph || self == .codeBlock || self == .htmlBlock }

  /// Whether the kind counts toward the container nesting bound.
  var isNestingContainer: Bool { self == .blockQuote || self == .item }
}

/// The marker of a list or list item, and the indentation its continuation lines need.
///
/// Numbers are stored in 32 bits (clamped) to keep arena nodes small; a start number has at
/// most 9 digits and the column counts are small.
struct ListMarker: Sendable {
  /// Whether the marker is a number followed by `.` or `)`.
  var isOrdered: Bool
  /// The bullet character (`-`, `+`, `*`), or the delimiter (`.`, `)`) of an ordered marker.
  var character: UInt8
  private var storedStart: Int32
  private var storedPadding: Int32
  private var storedMarkerOffset: Int32

  /// Creates a marker.
  init(isOrdered: Bool, character: UInt8, start: Int, padding: Int, markerOffset: Int) {
    self.isOrdered = isOrdered
    self.character = character
    storedStart = Int32(clamping: start)
    storedPadding = Int32(clamping: padding)
    storedMarkerOffset = Int32(clamping: markerOffset)
  }

  /// The start number of an ordered marker.
  var start: Int { Int(storedStart) }
  /// The columns from the marker to the item's content.
  var padding: Int {
    get { Int(storedPadding) }
    set { storedPadding = Int32(clamping: newValue) }
  }
  /// The columns of indentation before the marker.
  var markerOffset: Int { Int(storedMarkerOffset) }

  /// The columns a line needs before continuing the item's content.
  var contentIndent: Int { markerOffset + padding }

  /// Whether an item with `other` as its marker continues a list with this marker.
  func matches(_ other: ListMarker) -> Bool {
    isOrdered == other.isOrdered && character == other.character
  }
}

/// One node of the working tree.
///
/// Small fields come first and counts are 32-bit, so a node takes about 120 bytes: block-heavy
/// input (one list item per line) makes hundreds of thousands of them.
struct BlockNode: Sendable {
  /// What the node is.
  var kind: BlockKind
  /// Whether lines may still be added (CommonMark's open blocks).
  var isOpen = true
  /// Whether the last line added to this node (or its last descendant) was blank.
  var lastLineBlank = false
  /// Memo for `endsWithBlankLine`, so list finalization stays linear.
  var lastLineChecked = false
  /// Whether a list is tight.
  var isTight = true
  /// Set on paragraphs that held only link reference definitions; they leave the tree.
  var isRemoved = false
  /// Fenced code: whether fenced, and the fence character.
  var isFenced = false
  var fenceCharacter: UInt8 = 0
  private var storedHTMLKind: UInt8 = 0
  private var storedLevel: UInt8 = 0
  private var storedDepth: Int32
  private var storedFenceLength: Int32 = 0
  private var storedFenceOffset: Int32 = 0
  /// The index of the parent node (the document is its own parent).
  var parent: Int
  /// Indices of the children, in order.
  var children: [Int] = []
  /// Raw text of a leaf: one entry per line, each ending with `\n`.
  var content: [UInt8] = []
  /// Where each content line starts in `content`, and in the source.
  var lineStarts: [(offset: Int, position: SourceLocation)] = []
  /// Where the node starts.
  var start: SourceLocation
  /// Just past the last non-blank line the node takes part in.
  var end: SourceLocation
  /// The marker of a list or item.
  var marker = ListMarker(isOrdered: false, character: 0, start: 0, padding: 0, markerOffset: 0)

  /// Creates an open node.
  init(kind: BlockKind, parent: Int, start: SourceLocation, depth: Int) {
    self.kind = kind
    self.parent = parent
    self.start = start
    self.end = start
    storedDepth = Int32(clamping: depth)
  }

  /// Quotes and list items enclosing this node, itself included.
  var depth: Int { Int(storedDepth) }
  /// The length of a code fence.
  var fenceLength: Int {
    get { Int(storedFenceLength) }
    set { storedFenceLength = Int32(clamping: newValue) }
  }
  /// The indentation of a code fence, removed from its content lines.
  var fenceOffset: Int {
    get { Int(storedFenceOffset) }
    set { storedFenceOffset = Int32(clamping: newValue) }
  }
  /// The kind (1...7) of an HTML block, after the spec's start conditions.
  var htmlKind: Int {
    get { Int(storedHTMLKind) }
    set { storedHTMLKind = UInt8(clamping: newValue) }
  }
  /// The level (1...6) of a heading.
  var level: Int {
    get { Int(storedLevel) }
    set { storedLevel = UInt8(clamping: newValue) }
  }
}
