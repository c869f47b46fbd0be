// A briefing's model and its diagnostics are made of rich text and source ranges, so importing
// BriefingCore imports them too: a plugin names `SourceRange` or `Block` without a second import.
@_exported import RichText

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
