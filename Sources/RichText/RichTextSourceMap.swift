// Spans live in a table shaped like the tree: one 36-byte entry per node, each node's children
// stored contiguously and sorted by child index. A dictionary keyed by full paths cost O(depth)
// per node (1 MB of 50-deep lists took about 1 GB); this costs the same per node at any depth,
// and a lookup walks down the path in O(depth).

/// Source spans of the nodes of a parsed tree, kept beside it so the tree stays position-free.
///
/// Two maps are equal when they hold the same spans at the same paths.
public struct RichTextSourceMap: Hashable, Sendable {
  /// One node of the table. Entry 0 is the root (path `[]`).
  struct Entry: Sendable {
    /// The node's span, packed (or `.none`, or an index into `wideSpans`).
    var span: PackedSpan
    /// The node's child index within its parent.
    var index: Int32
    /// Where the node's children start in `entries`.
    var firstChild: Int32
    /// How many children the node has.
    var childCount: Int32
  }

  /// The table: children of entry `e` are `entries[e.firstChild ..< e.firstChild + e.childCount]`,
  /// sorted by `index`. Every non-root entry has a span or a descendant with one, so the
  /// layout of a given set of spans is canonical (equality walks it).
  var entries: [Entry]
  /// Spans whose numbers do not fit the packed form (only from hand-built maps).
  var wideSpans: [SourceRange]
  /// How many nodes have a span.
  public let count: Int

  /// Creates a map from a table built by ``SourceMapBuilder``.
  init(entries: [Entry], wideSpans: [SourceRange], count: Int) {
    self.entries = entries
    self.wideSpans = wideSpans
    self.count = count
  }

  /// Creates a map holding `spans`. Paths with an index outside `0...Int32.max` cannot
  /// address a node of a parsed tree and are left out.
  public init(spans: [NodePath: SourceRange] = [:]) {
    var builder = SourceMapBuilder(root: spans[NodePath([])])
    let limit = Int(Int32.max)
    let sorted = spans.compactMap { path, span -> ([Int], SourceRange)? in
      let indices = path.indices
      guard !indices.isEmpty, indices.allSatisfy({ 0 <= $0 && $0 <= limit }) else { return nil }
      return (indices, span)
    }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
    // The chain of nodes from the root to the last path added; ancestors sort first, so a
    // missing ancestor is added (without a span) only once.
    var chain: [(index: Int, id: Int32)] = []
    for (indices, span) in sorted {
      var common = 0
      while common < chain.count, common < indices.count, chain[common].index == indices[common] {
        common += 1
      }
      chain.removeSubrange(common...)
      for level in common..<indices.count {
        let parent = level == 0 ? 0 : chain[level - 1].id
        let id = builder.add(
          parent: parent, index: indices[level], span: level == indices.count - 1 ? span : nil)
        chain.append((indices[level], id))
      }
    }
    self = builder.build()
  }

  /// The span of the node at `path` itself, if it has one (O(depth)).
  public subscript(path: NodePath) -> SourceRange? {
    var entry = 0
    for index in path.indices {
      guard let child = child(of: entry, index: index) else { return nil }
      entry = child
    }
    return span(ofEntry: entry)
  }

  /// The span of the node at `path`, or of its nearest ancestor that has one (O(depth)).
  public func span(at path: NodePath) -> SourceRange? {
    var entry = 0
    var nearest = span(ofEntry: 0)
    for index in path.indices {
      guard let child = child(of: entry, index: index) else { break }
      entry = child
      if let span = span(ofEntry: entry) { nearest = span }
    }
    return nearest
  }

  /// Every (path, span) pair, as a read-only dictionary-like view: `spans[path]` looks up in
  /// O(depth), iterating visits nodes in document order and builds each path (O(n × depth)).
  public var spans: Spans { Spans(map: self) }

  /// The entry of the `index`th child of `entry`, if it exists.
  func child(of entry: Int, index: Int) -> Int? {
    guard entries.indices.contains(entry) else { return nil }
    let first = Int(entries[entry].firstChild)
    let count = Int(entries[entry].childCount)
    // Parsed trees have every child, so child `index` is at offset `index`.
    if index >= 0, index < count, Int(entries[first + index].index) == index {
      return first + index
    }
    var low = first
    var high = first + count
    while low < high {
      let middle = (low + high) / 2
      let found = Int(entries[middle].index)
      if found == index { return middle }
      if found < index { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  /// The span of an entry, unpacked.
  func span(ofEntry entry: Int) -> SourceRange? {
    guard entries.indices.contains(entry) else { return nil }
    return entries[entry].span.unpacked(wide: wideSpans)
  }

  /// Applies `transform` to every span (used to map positions back past replaced NULs).
  mutating func mapSpans(_ transform: (SourceRange) -> SourceRange) {
    for entry in entries.indices {
      guard let span = entries[entry].span.unpacked(wide: wideSpans) else { continue }
      entries[entry].span = PackedSpan.pack(transform(span), wide: &wideSpans)
    }
  }

  /// Equal maps have the same spans at the same paths (the layouts are canonical).
  public static func == (lhs: Self, rhs: Self) -> Bool {
    guard lhs.count == rhs.count, lhs.entries.count == rhs.entries.count else { return false }
    var pairs = [(0, 0)]
    while let (left, right) = pairs.popLast() {
      let a = lhs.entries[left]
      let b = rhs.entries[right]
      guard a.index == b.index, a.childCount == b.childCount,
        lhs.span(ofEntry: left) == rhs.span(ofEntry: right)
      else { return false }
      for offset in 0..<Int(a.childCount) {
        pairs.append((Int(a.firstChild) + offset, Int(b.firstChild) + offset))
      }
    }
    return true
  }

  /// Hashes the spans and the shape of the tree in document order.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    var stack = [0]
    while let entry = stack.popLast() {
      let node = entries[entry]
      hasher.combine(node.index)
      hasher.combine(node.childCount)
      hasher.combine(span(ofEntry: entry))
      for offset in (0..<Int(node.childCount)).reversed() {
        stack.append(Int(node.firstChild) + offset)
      }
    }
  }
}

extension RichTextSourceMap {
  /// A read-only, dictionary-like view of a source map's (path, span) pairs.
  public struct Spans: Sequence, Sendable {
    /// The map viewed.
    let map: RichTextSourceMap

    /// The span of the node at `path` itself (O(depth)).
    public subscript(path: NodePath) -> SourceRange? { map[path] }

    /// How many nodes have a span.
    public var count: Int { map.count }

    /// Whether no node has a span.
    public var isEmpty: Bool { map.count == 0 }

    /// Iterates the pairs in document order (a node before its children).
    public func makeIterator() -> Iterator { Iterator(map: map) }

    /// Visits the table depth-first with an explicit stack (deep trees cannot overflow).
    public struct Iterator: IteratorProtocol {
      let map: RichTextSourceMap
      var stack: [(entry: Int, path: NodePath)]

      init(map: RichTextSourceMap) {
        self.map = map
        stack = map.entries.isEmpty ? [] : [(0, NodePath([]))]
      }

      /// The next (path, span) pair.
      public mutating func next() -> (key: NodePath, value: SourceRange)? {
        while let (entry, path) = stack.popLast() {
          let node = map.entries[entry]
          for offset in (0..<Int(node.childCount)).reversed() {
            let child = Int(node.firstChild) + offset
            stack.append((child, path.child(Int(map.entries[child].index))))
          }
          if let span = map.span(ofEntry: entry) { return (path, span) }
        }
        return nil
      }
    }
  }
}
