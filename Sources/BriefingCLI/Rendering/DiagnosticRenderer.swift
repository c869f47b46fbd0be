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
///
/// Everything that comes from the file or its name is shown through ``DisplayText``, so no
/// control character reaches the terminal. Source lines are shown only for a file that reads
/// as a briefing (``showsSource(of:)``).
struct DiagnosticRenderer {
  /// The file the diagnostics are about, for snippets; `nil` when not at hand.
  var source: SourceFile?
  /// Whether source lines may be shown; see ``showsSource(of:)``.
  var showsSource = true
  /// The source's line starts, indexed once for all its diagnostics.
  private let lines: SourceLines?

  /// A renderer for the diagnostics of one file, which shows its lines only if all of the
  /// file's `diagnostics` allow it (``showsSource(of:)``).
  init(source: SourceFile? = nil, diagnostics: [Diagnostic] = []) {
    self.source = source
    self.showsSource = Self.showsSource(of: diagnostics)
    self.lines = source.map { SourceLines($0.bytes) }
  }

  /// Whether a file with these diagnostics may have its source lines echoed: only when it
  /// reads as a briefing. It does not when any error lacks a document path below the root (a
  /// syntax, encoding or size error, a page without a briefing, a plugin failure, a document
  /// that is not a mapping) or concerns `/briefing` (the version key every briefing starts
  /// with is missing or wrong). Such a file may be anything a walk or a link reached, a
  /// password file say, so its lines stay out of terminals and CI logs; the diagnostics keep
  /// their `file:line:column`.
  static func showsSource(of diagnostics: [Diagnostic]) -> Bool {
    let version = DocumentPath([.key("briefing")])
    return !diagnostics.contains { diagnostic in
      guard diagnostic.severity == .error else { return false }
      guard let path = diagnostic.path, !path.components.isEmpty else { return true }
      return path == version
    }
  }

  /// The text of one diagnostic, lines joined by newlines, no final newline.
  func render(_ diagnostic: Diagnostic) -> String {
    var diagnostic = diagnostic
    if diagnostic.file == nil { diagnostic.file = source?.name }
    var lines = [DisplayText.line(diagnostic)]
    if let path = diagnostic.path, !path.components.isEmpty {
      lines.append("  at \(DisplayText.escaped(path.description))")
    }
    if showsSource, let range = diagnostic.range, let source, diagnostic.file == source.name,
      let indexed = self.lines
    {
      lines += SourceSnippet.lines(in: indexed, range: range)
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
    lines(in: SourceLines(bytes), range: range)
  }

  /// The excerpt for `range` from an indexed source, or nothing when its line is not there.
  static func lines(in source: SourceLines, range: SourceRange) -> [String] {
    // A long line is cut to a few windows around the column before it is decoded.
    guard
      let (text, startColumn) = source.excerpt(
        line: range.start.line, column: max(range.start.column, 1),
        offset: range.start.offset, radius: window * 2),
      !text.isEmpty
    else {
      // An empty line would show only a caret; the location line already says everything.
      return []
    }
    var scalars = Array(text.unicodeScalars)
    var column = startColumn
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
    // Each scalar as printed: an escaped control takes several columns, and the caret and
    // tildes stretch under it.
    let shownScalars = Array((prefix + String(String.UnicodeScalarView(scalars)) + suffix)
      .unicodeScalars)
    let cells = shownScalars.map(DisplayText.escaped)
    let shown = cells.joined()
    func pad(_ cell: String) -> String {
      cell == "\t" ? "\t" : String(repeating: " ", count: cell.unicodeScalars.count)
    }
    var marker = cells.prefix(column - 1).map(pad).joined()
    let width = column - 1 < cells.count ? cells[column - 1].unicodeScalars.count : 1
    marker += "^" + String(repeating: "~", count: max(0, width - 1))
    if range.end.line == range.start.line, range.end.column > range.start.column + 1 {
      let count = range.end.column - range.start.column - 1
      let spanned = cells.dropFirst(column).prefix(count)
      marker += String(repeating: "~", count: spanned.reduce(0) { $0 + $1.unicodeScalars.count })
    }
    let number = String(range.start.line)
    let blank = String(repeating: " ", count: number.count)
    return ["  \(number) | \(shown)", "  \(blank) | \(marker)"]
  }
}
