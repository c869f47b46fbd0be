// A briefing's model and its diagnostics are made of rich text and source ranges, so importing
// BriefingCore imports them too: a plugin names `SourceRange` or `Block` without a second import.
@_exported import RichText

/// Where each value of a briefing came from in its source file, by document path.
///
/// Readers return it beside the model, so the model stays free of positions.
public struct SourceMap: Hashable, Sendable {
  /// The range of each value that has one.
  public var ranges: [DocumentPath: SourceRange]

  /// Creates a map.
  public init(_ ranges: [DocumentPath: SourceRange] = [:]) { self.ranges = ranges }

  /// The range of the value at `path`, or of its nearest ancestor that has one.
  public func range(at path: DocumentPath) -> SourceRange? {
    var current: DocumentPath? = path
    while let candidate = current {
      if let range = ranges[candidate] { return range }
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
