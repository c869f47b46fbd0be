import BriefingCore

/// Narrows a content-rule diagnostic inside rich text to the text it is about.
///
/// Content rules see the model, so a bad link in an answer gets the range of the whole answer
/// value. When the diagnostic names what it is about (the URL of `rule.unsafe-url` and
/// `rule.malformed-url`, the heading of `rule.heading-level-skipped`, the `---` of
/// `rule.stray-thematic-break`) and that text appears literally in the source inside the value's
/// range, the range becomes that text. Otherwise (escaped JSON text, an HTML page whose ranges
/// carry no byte offsets) the value's range stays.
enum RangeRefiner {
  /// `diagnostic` with a narrower range when one can be found in `source`.
  static func refine(_ diagnostic: Diagnostic, in source: [UInt8]) -> Diagnostic {
    guard let range = diagnostic.range, range.end.offset > range.start.offset,
      range.end.offset <= source.count, let needle = subject(of: diagnostic), !needle.isEmpty
    else { return diagnostic }
    let haystack = source[range.start.offset..<range.end.offset]
    guard let found = find(Array(needle.utf8), in: haystack) else { return diagnostic }
    var refined = diagnostic
    refined.range = SourceRange(
      start: location(of: found, in: source),
      end: location(of: found + needle.utf8.count, in: source))
    return refined
  }

  /// The literal text the diagnostic is about, from its message's first quoted part.
  private static func subject(of diagnostic: Diagnostic) -> String? {
    switch diagnostic.id {
    case "rule.stray-thematic-break": return "---"
    case "rule.unsafe-url", "rule.malformed-url", "rule.heading-level-skipped":
      let message = diagnostic.message
      guard let open = message.firstIndex(of: "'") else { return nil }
      let rest = message[message.index(after: open)...]
      guard let close = rest.firstIndex(of: "'") else { return nil }
      var text = String(rest[..<close])
      // Long URLs are shortened with an ellipsis in the message; search for what is left.
      if text.hasSuffix("…") { text.removeLast() }
      // Raw HTML blocks are quoted whole; they are not worth narrowing to.
      return text.contains("\n") ? nil : text
    default: return nil
    }
  }

  private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Line and column (in Unicode scalars, like the readers) of byte `offset`.
  private static func location(of offset: Int, in source: [UInt8]) -> SourceLocation {
    var line = 1
    var lineStart = 0
    for index in 0..<offset where source[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
    let column = source[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return SourceLocation(line: line, column: column, offset: offset)
  }
}
