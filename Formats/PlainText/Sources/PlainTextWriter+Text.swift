// Rich text as plain lines: paragraphs are rendered here (so soft breaks stay line breaks and
// wrapping can work per line); other blocks (lists, quotes, code, headings) go through
// RichText's PlainTextRenderer. Wrapping breaks only at a single space between two non-spaces,
// so joining wrapped lines with one space restores the text exactly.
import BriefingCore
import RichText

extension PlainTextWriter {
  /// The lines of inline text: soft and hard breaks start a new line; markup becomes its text,
  /// links `text (url)`.
  static func lines(of inlines: [Inline]) -> [String] {
    var lines = [""]
    append(inlines, to: &lines, depth: 0)
    return lines
  }

  private static func append(_ inlines: [Inline], to lines: inout [String], depth: Int) {
    // Nesting is bounded by the rich-text parser; the guard keeps a hand-built tree safe too.
    guard depth < 100 else { return }
    for inline in inlines {
      switch inline {
      case .text(let text), .code(let text), .html(let text):
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
          if index > 0 { lines.append("") }
          lines[lines.count - 1] += part
        }
      case .softBreak, .hardBreak:
        lines.append("")
      case .emphasis(let content), .strong(let content):
        append(content, to: &lines, depth: depth + 1)
      case .link(let link):
        append(link.content, to: &lines, depth: depth + 1)
        lines[lines.count - 1] += " (\(link.destination))"
      case .image(let link):
        append(link.content, to: &lines, depth: depth + 1)
      case .autolink(let autolink):
        lines[lines.count - 1] += autolink.target
      }
    }
  }

  /// Block text as paragraphs of trimmed lines: split at blank lines, as the reader splits.
  static func paragraphs(of blocks: [Block]) -> [[String]] {
    var all: [String] = []
    for block in blocks {
      if !all.isEmpty { all.append("") }
      if case .paragraph(let inlines) = block {
        all += lines(of: inlines)
      } else {
        all += PlainTextRenderer().render([block])
          .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      }
    }
    var result: [[String]] = []
    var current: [String] = []
    for line in all {
      let trimmed = line.trimmingBlanks()
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
