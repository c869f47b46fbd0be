/// A point in a source file: 1-based line and column, and the UTF-8 byte offset.
///
/// `column` counts Unicode scalars from the start of the line (1-based), as libyaml does.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int
  /// The 0-based UTF-8 byte offset.
  public var offset: Int

  /// Creates a location.
  public init(line: Int, column: Int, offset: Int = 0) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// Orders by line, then column.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// A range in a source file, from `start` up to, not including, `end`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible, Codable {
  /// The first location.
  public var start: SourceLocation
  /// The location just past the end.
  public var end: SourceLocation

  /// Creates a range.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// An empty range at one location.
  public init(at location: SourceLocation) { self.init(start: location, end: location) }

  /// `line:column`.
  public var description: String { start.description }
}

/// Where each value of a briefing came from in its source file, by document path.
///
/// Readers return it beside the model, so the model stays free of positions. Rich-text values
/// whose nodes a reader could place exactly also have a ``RichTextPlacement``, so a path that
/// continues past such a value into its nodes finds the node's own range.
public struct SourceMap: Hashable, Sendable {
  /// The range of each value that has one.
  public var ranges: [DocumentPath: SourceRange]
  /// Where the nodes of each rich-text value that the reader could place stand.
  public var texts: [DocumentPath: RichTextPlacement]

  /// Creates a map.
  public init(
    _ ranges: [DocumentPath: SourceRange] = [:], texts: [DocumentPath: RichTextPlacement] = [:]
  ) {
    self.ranges = ranges
    self.texts = texts
  }

  /// The range of the value at `path`, or of its nearest ancestor that has one.
  ///
  /// A path that runs past a rich-text value into its nodes (`/summary/1/0`) gets the node's
  /// range when the value has a placement, else the value's own.
  public func range(at path: DocumentPath) -> SourceRange? {
    var current: DocumentPath? = path
    // The trailing index steps below `current`: a node path, if `current` is a text value.
    var nodeIndices: [Int] = []
    var onlyIndices = true
    while let candidate = current {
      if onlyIndices, !nodeIndices.isEmpty, let text = texts[candidate],
        let range = text.range(of: nodeIndices)
      {
        return range
      }
      if let range = ranges[candidate] { return range }
      if case .index(let index)? = candidate.components.last {
        nodeIndices.insert(index, at: 0)
      } else {
        onlyIndices = false
      }
      current = candidate.parent
    }
    return nil
  }

  /// Records the range of the value at `path`.
  public subscript(path: DocumentPath) -> SourceRange? {
    get { ranges[path] }
    set { ranges[path] = newValue }
  }
}
