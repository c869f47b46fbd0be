import BriefingCore
import RichText

// Where each value read from the body stands: the parser's spans of blocks, list items and
// inlines, moved past the front matter; text the tree does not address (a `<summary>` inside
// an HTML block, the date after a comment's author) is found in the body's bytes.

/// The body's bytes and where its lines start, for turning byte offsets into locations.
struct BodyText {
  /// The body's UTF-8 bytes.
  let bytes: [UInt8]
  /// The byte offset of each line's first byte.
  let lineStarts: [Int]

  init(_ text: String) {
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
    lineStarts = starts
  }

  /// The 1-based line and column (in Unicode scalars) of a body byte offset.
  func position(ofOffset offset: Int) -> SourceLocation {
    let offset = min(max(offset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let column = bytes[lineStarts[low]..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return SourceLocation(line: low + 1, column: column, offset: offset)
  }
}

extension MarkdownBody {
  /// The file range of the parsed node at `path`.
  func range(_ path: NodePath) -> SourceRange? {
    spans.spans[path].map { SourceRange(start: location($0.start), end: location($0.end)) }
  }

  /// From the start of the first to the end of the last of `count` children of `parent`.
  func childrenRange(_ parent: NodePath, count: Int, from first: Int = 0) -> SourceRange? {
    guard count > first, let start = spans.spans[parent.child(first)],
      let end = spans.spans[parent.child(count - 1)]
    else { return nil }
    return SourceRange(start: location(start.start), end: location(end.end))
  }

  /// The file range of body bytes `start..<end`.
  func range(bodyOffsets start: Int, _ end: Int) -> SourceRange {
    SourceRange(
      start: location(bodyText.position(ofOffset: start)),
      end: location(bodyText.position(ofOffset: max(start, end))))
  }

  /// Where `text` first appears literally inside `range`, if it does.
  func find(_ text: String, in range: SourceRange) -> SourceRange? {
    let needle = Array(text.utf8)
    let start = range.start.offset - offsetShift
    let end = min(range.end.offset - offsetShift, bodyText.bytes.count)
    guard !needle.isEmpty, start >= 0, end - start >= needle.count else { return nil }
    var index = start
    while index + needle.count <= end {
      if bodyText.bytes[index] == needle[0],
        bodyText.bytes[index..<index + needle.count].elementsEqual(needle)
      {
        return self.range(bodyOffsets: index, index + needle.count)
      }
      index += 1
    }
    return nil
  }

  /// The range spanning `first` and `last`.
  static func union(_ first: SourceRange?, _ last: SourceRange?) -> SourceRange? {
    guard let first else { return last }
    guard let last else { return first }
    return SourceRange(start: min(first.start, last.start), end: max(first.end, last.end))
  }

  /// Records the range of the value at `path` (relative to the body's own section numbering).
  mutating func place(_ path: DocumentPath, _ range: SourceRange?) {
    if let range { positions[path] = range }
  }

  /// Where the nodes of a rich-text value made of parsed body nodes stand: `roots` gives the
  /// parsed path of each of the value's top-level nodes (`nil` for one the reader made up).
  func placement(roots: [NodePath?]) -> RichTextPlacement? {
    guard roots.contains(where: { $0 != nil }) else { return nil }
    return RichTextPlacement(
      spans: spans, layout: TextLayout(lineShift: lineShift, offsetShift: offsetShift),
      roots: roots)
  }

  /// Records where the nodes of the rich-text value at `path` stand (see ``placement(roots:)``).
  mutating func placeText(_ path: DocumentPath, roots: [NodePath?]) {
    if let placement = placement(roots: roots) { positions.texts[path] = placement }
  }
}
