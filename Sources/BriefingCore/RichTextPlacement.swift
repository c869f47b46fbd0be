import RichText

/// How the lines of a text value stand in its source file, when they stand there verbatim.
///
/// A text value is parsed on its own, so its nodes' spans count lines and offsets from the
/// value's first character. A value that is the file's own bytes (a Markdown body, a YAML
/// literal block, a one-line plain scalar) maps back line by line: each line of the value is a
/// run of the file's bytes, moved by a fixed number of bytes and columns (the indentation a
/// literal block strips).
public struct TextLayout: Hashable, Sendable {
  /// How one line of the value is moved into the file.
  public struct Line: Hashable, Sendable {
    /// Bytes to add to an offset in the value to get the offset in the file.
    public var offsetShift: Int
    /// Columns to add to a column of the value (the line's stripped indentation).
    public var columnShift: Int

    /// Creates a line shift.
    public init(offsetShift: Int, columnShift: Int) {
      self.offsetShift = offsetShift
      self.columnShift = columnShift
    }
  }

  /// The file line of the value's first line.
  public var firstLine: Int
  /// The shift of each line of the value, first line first; lines past the end use the last.
  public var lines: [Line]

  /// Creates a layout; `lines` must not be empty.
  public init(firstLine: Int, lines: [Line]) {
    self.firstLine = firstLine
    self.lines = lines.isEmpty ? [Line(offsetShift: 0, columnShift: 0)] : lines
  }

  /// A value whose every line starts where the file's does, `lineShift` lines and
  /// `offsetShift` bytes in (a Markdown body after its front matter).
  public init(lineShift: Int, offsetShift: Int) {
    self.init(firstLine: lineShift + 1, lines: [Line(offsetShift: offsetShift, columnShift: 0)])
  }

  /// The file location of a point of the value (1-based line and column, byte offset).
  public func location(line: Int, column: Int, offset: Int) -> SourceLocation {
    let shift = lines[min(max(line - 1, 0), lines.count - 1)]
    return SourceLocation(
      line: firstLine + line - 1, column: column + shift.columnShift,
      offset: offset + shift.offsetShift)
  }

  /// The layout moved `lines` lines and `bytes` bytes further into the file (a front matter
  /// read on its own, then placed after its opening fence).
  public func shifted(lines lineCount: Int, bytes: Int) -> TextLayout {
    TextLayout(
      firstLine: firstLine + lineCount,
      lines: lines.map { Line(offsetShift: $0.offsetShift + bytes, columnShift: $0.columnShift) })
  }
}

/// Where the nodes of one rich-text value stand in the source: the spans of the text it was
/// parsed from, and how that text maps onto the file.
///
/// Readers record one for each value whose nodes they can place exactly; a diagnostic whose
/// path continues into the value (see ``DocumentPath``) is then placed on its node.
public struct RichTextPlacement: Hashable, Sendable {
  /// The spans of the parsed text's nodes.
  public var spans: RichTextSourceMap
  /// How the parsed text's lines map onto the file.
  public var layout: TextLayout
  /// For a value made of some nodes of a larger parsed text (a Markdown answer is some of the
  /// body's blocks; a title is a heading's inlines): the parsed path of each of the value's
  /// top-level nodes, `nil` for a node the reader made up. `nil` when the value is the whole
  /// parsed text.
  public var roots: [NodePath?]?

  /// Creates a placement.
  public init(spans: RichTextSourceMap, layout: TextLayout, roots: [NodePath?]? = nil) {
    self.spans = spans
    self.layout = layout
    self.roots = roots
  }

  /// A placement that knows only where each top-level block stands (`nil` where it does not),
  /// for a reader that builds blocks from elements rather than parsing text; `nil` when no
  /// block has a range.
  public init?(blockRanges: [SourceRange?]) {
    guard blockRanges.contains(where: { $0 != nil }) else { return nil }
    var spans: [NodePath: SourceRange] = [:]
    for (index, range) in blockRanges.enumerated() {
      guard let range else { continue }
      spans[NodePath([index])] = SourceRange(
        start: SourceLocation(
          line: range.start.line, column: range.start.column, offset: range.start.offset),
        end: SourceLocation(
          line: range.end.line, column: range.end.column, offset: range.end.offset))
    }
    self.init(
      spans: RichTextSourceMap(spans: spans), layout: TextLayout(lineShift: 0, offsetShift: 0))
  }

  /// The file range of the value's node at `indices` (child indices from the value's top
  /// level), or of its nearest ancestor inside the value that has a span.
  public func range(of indices: [Int]) -> SourceRange? {
    guard let first = indices.first else { return nil }
    let base: NodePath
    if let roots {
      guard roots.indices.contains(first), let root = roots[first] else { return nil }
      base = root
    } else {
      base = NodePath([first])
    }
    var path = base.indices + indices.dropFirst()
    while path.count >= base.indices.count {
      if let span = spans[NodePath(path)] {
        return SourceRange(
          start: layout.location(
            line: span.start.line, column: span.start.column, offset: span.start.offset),
          end: layout.location(
            line: span.end.line, column: span.end.column, offset: span.end.offset))
      }
      path.removeLast()
    }
    return nil
  }
}
