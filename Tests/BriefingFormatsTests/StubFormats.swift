import BriefingCore
import BriefingFormats

/// A format whose reader returns a fixed result and whose writer writes the title, so the
/// pipeline's steps can be observed without any real syntax.
struct StubFormat: BriefingFormat {
  var name = "stub"
  var extensions = ["stub"]
  var result: ReadResult
  var writerDiagnostics: [Diagnostic] = []
  var refuses = false
  var commentStyle = Suppression.CommentStyle.none

  var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: name, fileExtensions: extensions, mediaType: "text/x-stub", summary: "stub",
      isLossless: false,
      options: [OptionDescriptor(name: "flag", kind: .bool, defaultValue: "false", help: "a flag")],
      commentStyle: commentStyle)
  }
  var reader: (any BriefingReader)? { StubReader(result: result) }
  var writer: (any BriefingWriter)? {
    StubWriter(diagnostics: writerDiagnostics, refuses: refuses)
  }
}

struct StubReader: BriefingReader {
  var result: ReadResult
  func read(_ source: SourceFile, options: FormatOptions) -> ReadResult { result }
}

struct StubWriter: BriefingWriter {
  var diagnostics: [Diagnostic]
  var refuses: Bool
  func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult {
    if refuses { throw WriteError(diagnostics) }
    return WriteResult(text: briefing.title.description, diagnostics: diagnostics)
  }
}

/// A filter that renames the title, or fails with a `plugin.crashed` error.
struct RenamingFilter: BriefingFilter {
  var title: String?
  func apply(_ briefing: Briefing, targetFormat: String) throws(FilterError) -> Briefing {
    guard let title else {
      throw FilterError(Diagnostic(.error, "plugin.crashed", "filter 'x' crashed"))
    }
    var briefing = briefing
    briefing.title = InlineText(plain: "\(title) for \(targetFormat)")
    return briefing
  }
}

/// Briefings and source maps for the tests.
enum Samples {
  static let reactionsPath = DocumentPath([.key("engagement"), .key("reactions")])

  /// A briefing whose one reaction has `count` of `total`.
  static func briefing(count: Int, total: Int) -> Briefing {
    Briefing(
      title: InlineText(plain: "T"),
      engagement: Engagement(reactions: [Reaction(label: "Support", count: count, total: total)]))
  }

  /// A source map placing the reaction's count at 3:9.
  static var sourceMap: SourceMap {
    var map = SourceMap()
    map[reactionsPath.appending(0).appending("count")] = SourceRange(
      at: SourceLocation(line: 3, column: 9, offset: 20))
    return map
  }
}
