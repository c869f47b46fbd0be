import BriefingCore
import BriefingFormats
import Testing

@testable import BriefingCLI

/// The diagnostic text: location line, path line, snippet and caret.
@Suite struct RenderingTests {
  func location(_ line: Int, _ column: Int) -> RichText.SourceLocation {
    RichText.SourceLocation(line: line, column: column)
  }

  @Test func snippetMarksTheRangeOnItsLine() {
    let source = SourceFile(name: "a.txt", text: "one\r\ntwo three\n")
    let range = SourceRange(start: location(2, 5), end: location(2, 10))
    let text = DiagnosticRenderer(source: source).render(
      Diagnostic(.error, "x.y", "bad 'three'", range: range))
    #expect(text == "a.txt:2:5: error: bad 'three' [x.y]\n  2 | two three\n    |     ^~~~~")
  }

  @Test func caretKeepsTabsAndCountsScalars() {
    let source = SourceFile(name: "t", text: "\té: x")
    let text = DiagnosticRenderer(source: source).render(
      Diagnostic(.warning, "x.y", "m", range: SourceRange(at: location(1, 4))))
    #expect(text.hasSuffix("  1 | \té: x\n    | \t  ^"))
  }

  @Test func longLinesAreWindowedAroundTheColumn() {
    let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
    let source = SourceFile(name: "min.json", text: line)
    let lines = SourceSnippet.lines(in: source.bytes, range: SourceRange(at: location(1, 501)))
    #expect(lines.count == 2)
    let shown = lines[0].dropFirst("  1 | ".count)
    #expect(shown.count == SourceSnippet.window + 2)
    #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
    let caretColumn = lines[1].dropFirst("    | ".count).count
    #expect(Array(shown)[caretColumn - 1] == "X")
  }

  @Test func pathOnlyDiagnosticsUseTheNearestPositionedAncestor() {
    let source = SourceFile(name: "s", text: "a\nb\n")
    var map = SourceMap()
    map[DocumentPath.root.appending("sections")] = SourceRange(at: location(2, 1))
    let diagnostic = Diagnostic(
      .error, "rule.x", "m", path: DocumentPath.root.appending("sections").appending(3))
    // The pipeline places a path-only diagnostic; the renderer shows where it was placed.
    var document = PipelineDocument(
      source: source,
      format: FormatDescriptor(
        name: "s", fileExtensions: [], mediaType: "text/plain", summary: "", isLossless: false))
    document.sourceMap = map
    let text = DiagnosticRenderer(source: source).render(document.placed(diagnostic))
    #expect(text == "s:2:1: error: m [rule.x]\n  at /sections/3\n  2 | b\n    | ^")
  }

  @Test func noSnippetWhenTheLineIsOutOfRange() {
    let source = SourceFile(name: "s", text: "only\n")
    let text = DiagnosticRenderer(source: source).render(
      Diagnostic(.error, "x.y", "m", range: SourceRange(at: location(9, 1))))
    #expect(text == "s:9:1: error: m [x.y]")
  }

  @Test func suggestionsFindTyposOnly() {
    // Format and option names use the proportional tolerance.
    func closest(_ word: String, _ names: [String]) -> String? {
      Suggestion.closest(to: word, in: names, tolerance: .proportional)
    }
    #expect(closest("titel", ["title", "tags"]) == "title")
    #expect(closest("YML", ["yaml", "json"]) == "yaml")
    #expect(closest("pdf", ["yaml", "json", "html"]) == nil)
    #expect(closest(String(repeating: "a", count: 1000), ["a"]) == nil)
  }
}
