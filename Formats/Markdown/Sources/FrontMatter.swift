import BriefingCore
import BriefingFormats
import BriefingYAML

/// The YAML front matter of a Markdown file: finding it, reading it, writing it.
///
/// Front matter is the text between a first line `---` and the next line that is `---` or
/// `...` (trailing spaces allowed), as Jekyll, Hugo and pandoc take it.
enum FrontMatter {
  /// Where the front matter and the body are, in the input bytes.
  struct Split {
    /// The YAML bytes (without the fences), or `nil` when there is no front matter.
    var yaml: [UInt8]?
    /// The byte offset where the YAML starts (just past the opening fence line).
    var yamlOffset: Int
    /// The byte offset where the Markdown body starts.
    var bodyOffset: Int
    /// The 1-based line the body starts on.
    var bodyLine: Int
    /// Whether an opening fence had no closing one.
    var isUnclosed: Bool
  }

  /// Finds the front matter; without a closing fence the whole input is the body.
  static func split(_ bytes: [UInt8]) -> Split {
    let none = Split(yaml: nil, yamlOffset: 0, bodyOffset: 0, bodyLine: 1, isUnclosed: false)
    var lineStart = 0
    var line = 1
    var yamlOffset = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      let next = min(lineEnd + 1, bytes.count)
      var contentEnd = lineEnd
      while contentEnd > lineStart
        && (bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x0D
          || bytes[contentEnd - 1] == 0x09)
      {
        contentEnd -= 1
      }
      let content = bytes[lineStart..<contentEnd]
      if line == 1 {
        guard content.elementsEqual("---".utf8) else { return none }
        yamlOffset = next
      } else if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
        return Split(
          yaml: Array(bytes[yamlOffset..<lineStart]), yamlOffset: yamlOffset, bodyOffset: next,
          bodyLine: line + 1, isUnclosed: false)
      }
      lineStart = next
      line += 1
    }
    if line == 1 { return none }
    var unclosed = none
    unclosed.isUnclosed = true
    return unclosed
  }

  /// Moves a range found in the YAML text to where it stands in the whole file.
  static func shift(_ range: SourceRange, lines: Int, bytes: Int) -> SourceRange {
    var range = range
    range.start.line += lines
    range.end.line += lines
    range.start.offset += bytes
    range.end.offset += bytes
    return range
  }

  /// The front matter YAML for a briefing: every top-level value but the sections and, unless
  /// asked for, the title and the summary (which the body shows).
  static func yaml(for briefing: Briefing, includeTitle: Bool, includeSummary: Bool) -> String {
    guard case .object(var object) = TreeEncoder().encode(briefing) else { return "" }
    object.removeValue(forKey: "sections")
    if !includeTitle { object.removeValue(forKey: "title") }
    if !includeSummary { object.removeValue(forKey: "summary") }
    return YAMLEmitter().emit(.object(object))
  }
}
