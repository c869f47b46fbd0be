import BriefingCore
import BriefingFormats

/// A tiny line-based format for testing the CLI without depending on any real format:
/// `title: …`, `category: …` and `takeaway: …` lines; `#` comments and blank lines ignored.
struct LinesFormat: BriefingFormat {
  static let trim = OptionKey<Bool>("trim", default: true, help: "strip spaces around values")

  var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "lines", aliases: ["ln"], fileExtensions: ["lines"], mediaType: "text/x-lines",
      summary: "test format: key: value lines", isLossless: true,
      options: [Self.trim.descriptor])
  }
  var reader: (any BriefingReader)? { Reader() }
  var writer: (any BriefingWriter)? { Writer() }

  struct Reader: BriefingReader {
    func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
      var diagnostics: [Diagnostic] = []
      var map = SourceMap()
      var title: String?
      var category: String?
      var takeaways: [String] = []
      let text = String(decoding: source.bytes, as: UTF8.self)
      var offset = 0
      for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      {
        defer { offset += raw.utf8.count + 1 }
        let line = index + 1
        let at = SourceLocation(line: line, column: 1, offset: offset)
        if raw.isEmpty || raw.hasPrefix("#") { continue }
        guard let colon = raw.firstIndex(of: ":") else {
          diagnostics.append(
            Diagnostic(
              .error, "lines.syntax", "expected 'key: value'; add a colon after the key",
              file: source.name, range: SourceRange(at: at)))
          continue
        }
        let key = String(raw[..<colon])
        var value = String(raw[raw.index(after: colon)...])
        if options[LinesFormat.trim] { value = value.trimmingSpaces() }
        let valueColumn = raw[...colon].unicodeScalars.count + 1
        let valueAt = SourceLocation(line: line, column: valueColumn, offset: offset)
        switch key {
        case "title":
          title = value
          map[DocumentPath.root.appending("title")] = SourceRange(at: valueAt)
        case "category":
          category = value
          map[DocumentPath.root.appending("category")] = SourceRange(at: valueAt)
        case "takeaway":
          let path = DocumentPath.root.appending("sections").appending(0).appending("items")
            .appending(takeaways.count)
          map[path] = SourceRange(at: valueAt)
          if value.isEmpty {
            diagnostics.append(
              Diagnostic(
                .warning, "lines.empty-takeaway", "takeaway is empty; write one or delete the line",
                file: source.name, path: path))
          }
          takeaways.append(value)
        default:
          let hint = ["title", "category", "takeaway"].first {
            $0.count == key.count && $0.sorted() == key.sorted()
          }
          let range = SourceRange(
            start: at, end: SourceLocation(line: line, column: key.unicodeScalars.count + 1))
          diagnostics.append(
            Diagnostic(
              .error, "lines.unknown-key",
              "unknown key '\(key)'" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
              file: source.name, range: range, path: DocumentPath.root.appending(key)))
        }
      }
      guard let title else {
        diagnostics.append(
          Diagnostic(
            .error, "lines.missing-title", "missing 'title'; add a 'title: …' line",
            file: source.name, range: SourceRange(at: SourceLocation(line: 1, column: 1))))
        return ReadResult(briefing: nil, sourceMap: map, diagnostics: diagnostics)
      }
      var briefing = Briefing(title: InlineText(plain: title), category: category)
      if !takeaways.isEmpty {
        briefing.sections = [
          .takeaways(TakeawaysSection(items: takeaways.map(InlineText.init(plain:))))
        ]
      }
      return ReadResult(briefing: briefing, sourceMap: map, diagnostics: diagnostics)
    }
  }

  struct Writer: BriefingWriter {
    func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult {
      var text = "title: \(briefing.title.literalText)\n"
      if let category = briefing.category { text += "category: \(category)\n" }
      var diagnostics: [Diagnostic] = []
      for (index, section) in briefing.sections.enumerated() {
        guard case .takeaways(let takeaways) = section else {
          diagnostics.append(
            Diagnostic(
              .warning, "lines.dropped-section", "the lines format cannot carry this section",
              path: DocumentPath.root.appending("sections").appending(index)))
          continue
        }
        for item in takeaways.items { text += "takeaway: \(item.literalText)\n" }
      }
      return WriteResult(text: text, diagnostics: diagnostics)
    }
  }
}

/// A write-only format with the shorthand options `columns` and `fragment`.
struct ShoutFormat: BriefingFormat {
  static let columns = OptionKey<Int>("columns", default: 0, help: "cut lines at this width")
  static let fragment = OptionKey<Bool>("fragment", default: false, help: "omit the banner")

  var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "shout", fileExtensions: ["shout"], mediaType: "text/x-shout",
      summary: "test format: the title in capitals", isLossless: false,
      options: [Self.columns.descriptor, Self.fragment.descriptor])
  }
  var reader: (any BriefingReader)? { nil }
  var writer: (any BriefingWriter)? { Writer() }

  struct Writer: BriefingWriter {
    func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult {
      var title = briefing.title.literalText.uppercased()
      if options[ShoutFormat.columns] > 0 {
        title = String(title.prefix(options[ShoutFormat.columns]))
      }
      if title.isEmpty {
        throw WriteError([Diagnostic(.error, "shout.empty-title", "cannot shout an empty title")])
      }
      return WriteResult(
        text: (options[ShoutFormat.fragment] ? "" : "== SHOUT ==\n") + title + "\n")
    }
  }
}

/// A reader that breaks the reader contract (no briefing, no error), for exit code 70.
struct BrokenFormat: BriefingFormat {
  var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "broken", fileExtensions: ["broken"], mediaType: "text/x-broken",
      summary: "test format: a buggy reader", isLossless: false)
  }
  var reader: (any BriefingReader)? { Reader() }
  var writer: (any BriefingWriter)? { nil }

  struct Reader: BriefingReader {
    func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
      ReadResult(briefing: nil)
    }
  }
}

extension InlineText {
  /// The concatenated text nodes (the test formats write only plain text).
  var literalText: String {
    inlines.map { inline in
      if case .text(let text) = inline { return text }
      return ""
    }.joined()
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while scalars.first == " " { scalars = scalars.dropFirst() }
    while scalars.last == " " { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
