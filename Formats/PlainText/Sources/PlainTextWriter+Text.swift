// Rich text as plain lines, through RichText's PlainTextRenderer (soft breaks stay line breaks,
// so wrapping can work per line). Wrapping breaks only at a single space between two non-spaces,
// so joining wrapped lines with one space restores the text exactly.
import BriefingCore
import RichText

extension PlainTextWriter {
  /// How the format writes rich text: links always `text (url)` (so the reader can tell them
  /// apart from text), raw HTML as the text it is, breaks as line breaks.
  static let textOptions = PlainTextRenderer.Options(
    links: .textAndURL, breaks: .newlines, rawHTML: .asText)

  /// The lines of inline text: soft and hard breaks start a new line; markup becomes its text,
  /// links `text (url)`.
  static func lines(of inlines: [Inline]) -> [String] {
    PlainTextRenderer(options: textOptions).renderInline(inlines)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// Block text as paragraphs of trimmed lines: split at blank lines, as the reader splits.
  static func paragraphs(of blocks: [Block]) -> [[String]] {
    var result: [[String]] = []
    var current: [String] = []
    let text = PlainTextRenderer(options: textOptions).render(blocks)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = String(line).trimmingBlanks()
      if trimmed.isEmpty {
        if !current.isEmpty { result.append(current) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Greedy word wrap at `width` Unicode scalars; a word longer than the width keeps its own
  /// line. Only a single space between two non-spaces is a break (never NBSP or a double space).
  static func wrap(_ line: String, width: Int) -> [String] {
    let scalars = Array(line.unicodeScalars)
    guard width > 0, scalars.count > width else { return [line] }
    var words: [ArraySlice<Unicode.Scalar>] = []
    var wordStart = 0
    for index in scalars.indices.dropFirst().dropLast()
    where scalars[index] == " " && scalars[index - 1] != " " && scalars[index + 1] != " " {
      words.append(scalars[wordStart..<index])
      wordStart = index + 1
    }
    words.append(scalars[wordStart...])
    var result: [String] = []
    var current = String.UnicodeScalarView()
    var currentCount = 0
    for word in words {
      if currentCount > 0 && currentCount + 1 + word.count > width {
        result.append(String(current))
        current = String.UnicodeScalarView()
        currentCount = 0
      }
      if currentCount > 0 {
        current.append(" ")
        currentCount += 1
      }
      current.append(contentsOf: word)
      currentCount += word.count
    }
    result.append(String(current))
    return result
  }
}
