/// A point in source text: 1-based line and column, and the UTF-8 byte offset.
///
/// `column` counts Unicode scalars from the start of the line (1-based), as libyaml does, so a
/// location reads the same in any editor; `offset` counts UTF-8 bytes from the start of the input.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int
  /// The 0-based UTF-8 byte offset from the start of the input.
  public var offset: Int

  /// Creates a location; readers that do not track bytes leave `offset` at 0.
  public init(line: Int, column: Int, offset: Int = 0) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// Orders by line, then column, then offset.
  ///
  /// Line and column come first because some locations carry no offset (the HTML reader's from
  /// libxml2 leave it 0); within one input the three agree, and the offset only breaks ties so
  /// that `<` agrees with `==`.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// A range of source text, from `start` up to, not including, `end`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible, Codable {
  /// The first location in the range.
  public var start: SourceLocation
  /// The location just past the range.
  public var end: SourceLocation

  /// Creates a range.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// An empty range at one location.
  public init(at location: SourceLocation) { self.init(start: location, end: location) }

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
  // Source maps hold one path per node, so paths avoid a heap array: up to `inlineCapacity`
  // indices that fit in 32 bits are packed into four words; longer paths or larger indices
  // spill to `overflow`. The representation is canonical, so synthesized == and hash work.
  private static let inlineCapacity = 8
  private var count: Int = 0
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var overflow: [Int]?

  /// Child indices from the root.
  public var indices: [Int] {
    get {
      if let overflow { return overflow }
      return (0..<count).map { slot($0) }
    }
    set { self = NodePath(newValue) }
  }

  /// Creates a path.
  public init(_ indices: [Int]) {
    guard indices.count <= Self.inlineCapacity, indices.allSatisfy({ UInt32(exactly: $0) != nil })
    else {
      overflow = indices
      count = indices.count
      return
    }
    for index in indices { appendInline(index) }
  }

  /// The path of the `index`th child of this node.
  public func child(_ index: Int) -> NodePath {
    guard overflow == nil, count < Self.inlineCapacity, UInt32(exactly: index) != nil else {
      return NodePath(indices + [index])
    }
    var path = self
    path.appendInline(index)
    return path
  }

  /// The indices joined with `/`, e.g. `1/0/2`.
  public var description: String { indices.map(String.init).joined(separator: "/") }

  private func slot(_ position: Int) -> Int {
    let word: UInt64
    switch position / 2 {
    case 0: word = words.0
    case 1: word = words.1
    case 2: word = words.2
    default: word = words.3
    }
    return Int(position % 2 == 0 ? word & 0xFFFF_FFFF : word >> 32)
  }

  private mutating func appendInline(_ index: Int) {
    let bits = UInt64(UInt32(truncatingIfNeeded: index)) << (count % 2 == 0 ? 0 : 32)
    switch count / 2 {
    case 0: words.0 |= bits
    case 1: words.1 |= bits
    case 2: words.2 |= bits
    default: words.3 |= bits
    }
    count += 1
  }

  /// Equal paths have equal indices.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.count == rhs.count && lhs.words == rhs.words && lhs.overflow == rhs.overflow
  }

  /// Hashes the indices without building an array.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(words.2)
    hasher.combine(words.3)
    if let overflow { hasher.combine(overflow) }
  }
}
