// Builds a ``RichTextSourceMap`` while the parser emits nodes: each node names its parent's id
// and its child index, in any interleaving (blocks are numbered breadth-first per parent, inlines
// depth-first), and `build()` groups siblings into the tree-shaped table in O(n).

/// A span in 24 bytes: six 32-bit numbers. A `startLine` of `Int32.min` marks no span
/// (`startColumn` 0) or a span kept in the map's wide list (`startColumn` 1, `startOffset` its
/// index), for numbers that do not fit; inputs are far below 2 GB, so parsed spans always fit.
struct PackedSpan: Sendable, Equatable {
  var startLine: Int32
  var startColumn: Int32
  var startOffset: Int32
  var endLine: Int32
  var endColumn: Int32
  var endOffset: Int32

  /// No span.
  static let none = PackedSpan(
    startLine: .min, startColumn: 0, startOffset: 0, endLine: 0, endColumn: 0, endOffset: 0)

  /// Packs `span`, appending it to `wide` when a number does not fit.
  static func pack(_ span: SourceRange, wide: inout [SourceRange]) -> PackedSpan {
    func fits(_ value: Int) -> Bool { value > Int(Int32.min) && value <= Int(Int32.max) }
    let (start, end) = (span.start, span.end)
    guard fits(start.line), fits(start.column), fits(start.offset), fits(end.line),
      fits(end.column), fits(end.offset), wide.count < Int(Int32.max)
    else {
      wide.append(span)
      return PackedSpan(
        startLine: .min, startColumn: 1, startOffset: Int32(wide.count - 1), endLine: 0,
        endColumn: 0, endOffset: 0)
    }
    return PackedSpan(
      startLine: Int32(start.line), startColumn: Int32(start.column),
      startOffset: Int32(start.offset), endLine: Int32(end.line), endColumn: Int32(end.column),
      endOffset: Int32(end.offset))
  }

  /// The span, or nil for `.none`.
  func unpacked(wide: [SourceRange]) -> SourceRange? {
    guard startLine != .min else {
      return startColumn == 1 && wide.indices.contains(Int(startOffset))
        ? wide[Int(startOffset)] : nil
    }
    let start = SourceLocation(
      line: Int(startLine), column: Int(startColumn), offset: Int(startOffset))
    let end = SourceLocation(line: Int(endLine), column: Int(endColumn), offset: Int(endOffset))
    return SourceRange(start: start, end: end)
  }
}

/// Collects node spans by (parent id, child index) and lays them out as a source map.
struct SourceMapBuilder: Sendable {
  /// By node id (0 is the root): the span, parent id and child index.
  private var spans: [PackedSpan] = []
  private var parents: [Int32] = []
  private var indices: [Int32] = []
  private var wide: [SourceRange] = []

  /// The root's id.
  static let root: Int32 = 0

  /// Creates a placeholder with no nodes, to swap a real builder into.
  init() {}

  /// Creates a builder whose root (path `[]`) has `root` as its span.
  init(root: SourceRange?) {
    spans.append(root.map { PackedSpan.pack($0, wide: &wide) } ?? .none)
    parents.append(-1)
    indices.append(0)
  }

  /// Reserves room for `count` nodes.
  mutating func reserveCapacity(_ count: Int) {
    spans.reserveCapacity(count)
    parents.reserveCapacity(count)
    indices.reserveCapacity(count)
  }

  /// Adds the `index`th child of node `parent` and returns its id.
  ///
  /// A parent's children are added in increasing index order by the parser; `build()` sorts them
  /// otherwise. Ids stay below 2^31 because each node costs the input at least one byte.
  @discardableResult
  mutating func add(parent: Int32, index: Int, span: SourceRange?) -> Int32 {
    spans.append(span.map { PackedSpan.pack($0, wide: &wide) } ?? .none)
    parents.append(parent)
    indices.append(Int32(truncatingIfNeeded: index))
    return Int32(truncatingIfNeeded: spans.count - 1)
  }

  /// Replaces the root's span.
  mutating func setRootSpan(_ span: SourceRange) {
    spans[0] = PackedSpan.pack(span, wide: &wide)
  }

  /// Lays the nodes out with each parent's children contiguous (counting sort by parent).
  func build() -> RichTextSourceMap {
    let count = spans.count
    var childCounts = [Int32](repeating: 0, count: count)
    for id in 1..<max(count, 1) { childCounts[Int(parents[id])] += 1 }
    // Groups follow their parents' ids; the root's entry comes first.
    var groupStarts = [Int32](repeating: 0, count: count)
    var cursor: Int32 = 1
    for id in 0..<count {
      groupStarts[id] = cursor
      cursor += childCounts[id]
    }
    var order = [Int32](repeating: 0, count: count)
    var fill = groupStarts
    for id in 1..<max(count, 1) {
      let parent = Int(parents[id])
      order[Int(fill[parent])] = Int32(id)
      fill[parent] += 1
    }
    fill = []
    for id in 0..<count where childCounts[id] > 1 {
      let group = Int(groupStarts[id])..<Int(groupStarts[id] + childCounts[id])
      let sorted = zip(group.dropFirst(), group).allSatisfy {
        indices[Int(order[$0])] > indices[Int(order[$1])]
      }
      if !sorted { order[group].sort { indices[Int($0)] < indices[Int($1)] } }
    }
    var position = [Int32](repeating: 0, count: count)
    for (slot, id) in order.enumerated() { position[Int(id)] = Int32(slot) }
    order = []
    let none = RichTextSourceMap.Entry(span: .none, index: 0, firstChild: 0, childCount: 0)
    var entries = [RichTextSourceMap.Entry](repeating: none, count: count)
    var withSpan = 0
    for id in 0..<count {
      if spans[id] != .none { withSpan += 1 }
      entries[Int(position[id])] = RichTextSourceMap.Entry(
        span: spans[id], index: indices[id], firstChild: groupStarts[id],
        childCount: childCounts[id])
    }
    return RichTextSourceMap(entries: entries, wideSpans: wide, count: withSpan)
  }
}
