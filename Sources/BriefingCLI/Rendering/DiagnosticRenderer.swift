import BriefingCore
import BriefingFormats

/// Renders diagnostics as compilers do: a `file:line:col: severity: message [id]` line, the
/// document path, and the source line with a caret under the column.
///
/// ```
/// notes.yaml:3:1: error: unknown key 'titel'; did you mean 'title'? [schema.unknown-key]
///   at /titel
///     3 | titel: Hello
///       | ^~~~~
/// ```
struct DiagnosticRenderer {
  /// The file the diagnostics are about, for snippets; `nil` when not at hand.
  var source: SourceFile?
  /// Positions by document path, for diagnostics that carry only a path.
  var sourceMap: SourceMap = SourceMap()

  /// The text of one diagnostic, lines joined by newlines, no final newline.
  func render(_ diagnostic: Diagnostic) -> String {
    var diagnostic = diagnostic
    if diagnostic.file == nil { diagnostic.file = source?.name }
    if diagnostic.range == nil, let path = diagnostic.path {
      // Validation rules know only the path; the nearest positioned ancestor is close enough.
      diagnostic.range = sourceMap.range(at: path)
    }
    var lines = [diagnostic.formatted]
    if let path = diagnostic.path, !path.components.isEmpty {
      lines.append("  at \(path)")
    }
    if let range = diagnostic.range, let source, diagnostic.file == source.name {
      lines += SourceSnippet.lines(in: source.bytes, range: range)
    }
    return lines.joined(separator: "\n")
  }
}

/// The gutter-and-caret excerpt of one source line.
enum SourceSnippet {
  /// How many Unicode scalars of a long line to show around the column.
  static let window = 100

  /// The excerpt for `range`, or nothing when its line is not in `bytes`.
  static func lines(in bytes: [UInt8], range: SourceRange) -> [String] {
    // An empty line would show only a caret; the location line already says everything.
    guard let text = lineText(in: bytes, line: range.start.line), !text.isEmpty else {
      return []
    }
    var scalars = Array(text.unicodeScalars)
    var column = max(range.start.column, 1)
    var prefix = ""
    var suffix = ""
    // A minified file can be one enormous line; show only the part around the column.
    if scalars.count > window {
      let start = max(0, min(column - 1 - window / 2, scalars.count - window))
      if start > 0 { prefix = "…" }
      if start + window < scalars.count { suffix = "…" }
      scalars = Array(scalars[start..<(start + window)])
      column -= start - (prefix.isEmpty ? 0 : 1)
    }
    let shown = prefix + String(String.UnicodeScalarView(scalars)) + suffix
    let shownScalars = Array(shown.unicodeScalars)
    var marker = ""
    for scalar in shownScalars.prefix(column - 1) { marker += scalar == "\t" ? "\t" : " " }
    marker += "^"
    if range.end.line == range.start.line, range.end.column > range.start.column + 1 {
      let room = max(0, shownScalars.count - column)
      marker += String(repeating: "~", count: min(range.end.column - range.start.column - 1, room))
    }
    let number = String(range.start.line)
    let blank = String(repeating: " ", count: number.count)
    return ["  \(number) | \(shown)", "  \(blank) | \(marker)"]
  }

  /// The text of 1-based `line` without its line break, decoded leniently.
  static func lineText(in bytes: [UInt8], line: Int) -> String? {
    guard line >= 1 else { return nil }
    var current = 1
    var start = 0
    if line > 1 {
      var found = false
      for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
        current += 1
        if current == line {
          start = index + 1
          found = true
          break
        }
      }
      guard found else { return nil }
    }
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
