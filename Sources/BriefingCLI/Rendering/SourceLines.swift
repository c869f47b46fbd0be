/// Where each line of a source starts, found in one pass, so showing the line of every
/// diagnostic costs the length of that line, not of the file before it.
struct SourceLines {
  /// The source's bytes.
  let bytes: [UInt8]
  /// The offset of the first byte of each line; line 1 starts at 0.
  private let starts: [Int]

  /// Indexes `bytes` (LF ends a line; a CR before it is not part of the line's text).
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      starts.append(index + 1)
    }
    self.starts = starts
  }

  /// The byte range of 1-based `line` without its line break, or `nil` past the end.
  func range(ofLine line: Int) -> Range<Int>? {
    guard line >= 1, line <= starts.count else { return nil }
    let start = starts[line - 1]
    var end = line < starts.count ? starts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// At most about `radius` scalars each side of the scalar at 1-based `column` on `line`,
  /// decoded leniently, with the column within that text; the whole line when it is short.
  ///
  /// `offset` is the column's byte offset when the reader knew it (it is used when it lies on
  /// the line), so a long minified line is not decoded from its start for every diagnostic.
  func excerpt(line: Int, column: Int, offset: Int, radius: Int) -> (text: String, column: Int)? {
    guard let lineRange = range(ofLine: line) else { return nil }
    let isContinuation = { (byte: UInt8) in byte & 0xC0 == 0x80 }
    guard lineRange.count > radius * 8 else {
      return (String(decoding: bytes[lineRange], as: UTF8.self), column)
    }
    // The column's byte: the reader's offset when it is on this line, else counted.
    var at = lineRange.lowerBound
    if offset > lineRange.lowerBound, offset <= lineRange.upperBound {
      at = offset
    } else {
      var scalars = 1
      while at < lineRange.upperBound, scalars < column {
        at += 1
        while at < lineRange.upperBound, isContinuation(bytes[at]) { at += 1 }
        scalars += 1
      }
    }
    var start = at
    var before = 0
    while start > lineRange.lowerBound, before < radius {
      start -= 1
      while start > lineRange.lowerBound, isContinuation(bytes[start]) { start -= 1 }
      before += 1
    }
    var end = at
    var after = 0
    while end < lineRange.upperBound, after < radius {
      end += 1
      while end < lineRange.upperBound, isContinuation(bytes[end]) { end += 1 }
      after += 1
    }
    return (String(decoding: bytes[start..<end], as: UTF8.self), before + 1)
  }
}
