/// A position in source text: 1-based line and column, and the UTF-8 byte offset.
///
/// `column` counts Unicode scalars from the start of the line (1-based), as Yams does, so a
/// position reads the same in any editor; `offset` counts UTF-8 bytes from the start of the input.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int
  /// The 0-based UTF-8 byte offset from the start of the input.
  public var offset: Int

  /// Creates a position.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// Orders positions by byte offset.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.offset < rhs.offset }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// A half-open range of source text: from `start` up to, not including, `end`.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
  /// The first position in the range.
  public var start: SourcePosition
  /// The position just past the range.
  public var end: SourcePosition

  /// Creates a span.
  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  /// `line:column-line:column`.
  public var description: String { "\(start)-\(end)" }
}

/// The address of a node in a rich-text tree: child indices from the root.
///
/// The children of the document are its blocks; of a list, its items; of a list item, its
/// blocks; of a block quote, its blocks; of a paragraph or heading, its inlines; of emphasis,
/// strong, a link or an image, its inlines. `[1, 0, 2]` is the third inline of the first
/// block of the second top-level block (or item, for a list).
public struct NodePath: Hashable, Sendable, CustomStringConvertible {
  /// Child indices from the root.
  public var indices: [Int]

  /// Creates a path.
  public init(_ indices: [Int]) { self.indices = indices }

  /// The path of the `index`th child of this node.
  public func child(_ index: Int) -> NodePath { NodePath(indices + [index]) }

  /// The indices joined with `/`, e.g. `1/0/2`.
  public var description: String { indices.map(String.init).joined(separator: "/") }
}

/// Source spans of the nodes of a parsed tree, kept beside it so the tree stays position-free.
public struct RichTextSourceMap: Hashable, Sendable {
  /// The span of each node that has one, by path.
  public var spans: [NodePath: SourceSpan]

  /// Creates a map.
  public init(spans: [NodePath: SourceSpan] = [:]) { self.spans = spans }

  /// The span of the node at `path`, or of its nearest ancestor that has one.
  public func span(at path: NodePath) -> SourceSpan? {
    var indices = path.indices
    while true {
      if let span = spans[NodePath(indices)] { return span }
      if indices.isEmpty { return nil }
      indices.removeLast()
    }
  }
}
