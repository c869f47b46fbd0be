// The HTML writer: the model as an <article> (classes and data attributes make the page its own
// data, see README.md), wrapped in a page by a Mustache template unless `fragment` is set.
import BriefingCore
import BriefingFormats
import RichText

/// Writes a briefing as a standalone HTML page or an embeddable `<article>`.
public struct HTMLWriter: BriefingWriter {
  /// Creates a writer.
  public init() {}

  /// Writes the page (or fragment); throws only when a user template cannot be used.
  public func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult
  {
    var writer = ArticleWriter(allowRawHTML: options[HTMLFormat.allowRawHTML])
    writer.writeArticle(briefing)
    if options[HTMLFormat.fragment] {
      return WriteResult(text: writer.out, diagnostics: writer.diagnostics)
    }
    let page = try HTMLPage.render(
      briefing: briefing, article: writer.out, templatePath: options[HTMLFormat.template],
      jsonLD: JSONLD.script(for: briefing))
    return WriteResult(text: page, diagnostics: writer.diagnostics)
  }
}

/// Builds the `<article>` markup for one write.
struct ArticleWriter {
  /// Whether raw HTML in rich text is kept (sanitized).
  let allowRawHTML: Bool
  /// The markup so far.
  var out = ""
  /// Warnings about what the page could not show as given.
  var diagnostics: [Diagnostic] = []
  /// Element ids handed out, so section and question ids stay unique.
  var usedIDs: Set<String> = []
  /// The next `-N` suffix to try for each base id, so a thousand equal titles cost a thousand
  /// steps, not half a million.
  var nextSuffix: [String: Int] = [:]

  /// Deepest reply nesting written; the readers of every format bound theirs lower.
  static let maxReplyDepth = 64

  mutating func warn(_ id: String, _ message: String, _ path: DocumentPath) {
    diagnostics.append(Diagnostic(.warning, id, message, path: path))
  }

  /// A unique id from `preferred`, else from `fallback`, with `-2`, `-3`, … when taken.
  mutating func uniqueID(_ preferred: String, fallback: String) -> String {
    let base = preferred.isEmpty ? fallback : preferred
    var candidate = base
    var counter = nextSuffix[base] ?? 2
    while usedIDs.contains(candidate) {
      candidate = "\(base)-\(counter)"
      counter += 1
    }
    nextSuffix[base] = counter
    usedIDs.insert(candidate)
    return candidate
  }

  /// ` data-briefing-x="…"` when there are extensions.
  func extensionsAttribute(_ extensions: Extensions) -> String {
    guard !extensions.isEmpty else { return "" }
    let json = JSONText.write(.object(extensions), style: .htmlScript)
    return " data-briefing-x=\"\(HTMLEscaping.attribute(json))\""
  }

  /// A `<time>` when the value is a date the HTML checker accepts, else a `<span>`.
  func dateElement(_ value: String, className: String) -> String {
    let text = HTMLEscaping.text(value)
    guard Self.looksLikeDate(value) else { return "<span class=\"\(className)\">\(text)</span>" }
    return "<time class=\"\(className)\" datetime=\"\(text)\">\(text)</time>"
  }

  /// `YYYY-MM-DD`, optionally followed by `T` and a time: the RFC 3339 shapes HTML accepts.
  static func looksLikeDate(_ value: String) -> Bool {
    let bytes = Array(value.utf8)
    guard bytes.count == 10 || (bytes.count >= 16 && bytes[10] == UInt8(ascii: "T")) else {
      return false
    }
    let digits: [Int] = [0, 1, 2, 3, 5, 6, 8, 9]
    guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }),
      bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return false }
    return bytes.dropFirst(10).allSatisfy { "0123456789T:.+-Z".utf8.contains($0) }
  }

  // MARK: - Article

  mutating func writeArticle(_ briefing: Briefing) {
    var attributes = " class=\"briefing\" data-briefing=\"\(briefing.version)\""
    if let id = briefing.id {
      // An HTML id must be non-empty and free of whitespace; anything else is kept as data.
      if id.isEmpty || id.utf8.contains(where: { $0 <= 0x20 }) {
        attributes += " data-briefing-id=\"\(HTMLEscaping.attribute(id))\""
      } else {
        usedIDs.insert(id)
        attributes += " id=\"\(HTMLEscaping.attribute(id))\""
      }
    }
    if let language = briefing.language {
      attributes += " lang=\"\(HTMLEscaping.attribute(language))\""
    }
    attributes += extensionsAttribute(briefing.extensions)
    out += "<article\(attributes)>\n<header>\n"
    if let category = briefing.category {
      out += "<p class=\"briefing-category\">\(HTMLEscaping.text(category))</p>\n"
    }
    let title = render(briefing.title.inlines, at: DocumentPath.root.appending("title"))
    out += "<h1 class=\"briefing-title\"\(title.attribute)>\(title.html)</h1>\n"
    writeByline(briefing)
    if let engagement = briefing.engagement { writeEngagement(engagement) }
    out += "</header>\n"
    if let summary = briefing.summary {
      let rendered = render(summary.blocks, at: DocumentPath.root.appending("summary"))
      out += "<div class=\"briefing-summary\"\(rendered.attribute)>\n\(rendered.html)</div>\n"
    }
    for (index, section) in briefing.sections.enumerated() {
      writeSection(section, path: DocumentPath.root.appending("sections").appending(index))
    }
    out += "</article>\n"
  }

  private mutating func writeByline(_ briefing: Briefing) {
    var parts: [String] = []
    if !briefing.authors.isEmpty {
      let names = briefing.authors.map {
        "<span class=\"briefing-author\">\(HTMLEscaping.text($0))</span>"
      }
      parts.append("By " + names.joined(separator: ", "))
    }
    if let published = briefing.published {
      parts.append("Published " + dateElement(published, className: "briefing-published"))
    }
    if let updated = briefing.updated {
      parts.append("Updated " + dateElement(updated, className: "briefing-updated"))
    }
    if !parts.isEmpty {
      out += "<p class=\"briefing-byline\">\(parts.joined(separator: " · "))</p>\n"
    }
    if let source = briefing.source {
      let safe = URLPolicy.standard.allows(source.url)
      if !safe {
        warn(
          "html.unsafe-url",
          "the source URL '\(source.url.prefix(60))' is not linked because it is unsafe; use an http(s) URL",
          DocumentPath.root.appending("source").appending("url"))
      }
      var link =
        "<a class=\"briefing-source-link\" href=\"\(HTMLEscaping.attribute(safe ? source.url : "#"))\""
      if !safe { link += " data-briefing-url=\"\(HTMLEscaping.attribute(source.url))\"" }
      if source.name == nil { link += " data-briefing-unnamed=\"\"" }
      link += ">\(HTMLEscaping.text(source.name ?? source.url))</a>"
      out +=
        "<p class=\"briefing-source\"\(extensionsAttribute(source.extensions))>Source: \(link)</p>\n"
    }
    if !briefing.tags.isEmpty {
      let items = briefing.tags.map { "<li>\(HTMLEscaping.text($0))</li>" }.joined()
      out += "<ul class=\"briefing-tags\">\(items)</ul>\n"
    }
  }

  private mutating func writeEngagement(_ engagement: Engagement) {
    let reactions = engagement.reactions.map { reaction in
      "<span class=\"briefing-reaction\"\(extensionsAttribute(reaction.extensions))>"
        + "<span class=\"briefing-reaction-label\">\(HTMLEscaping.text(reaction.label))</span>: "
        + "<span class=\"briefing-reaction-count\">\(reaction.count)</span>/"
        + "<span class=\"briefing-reaction-total\">\(reaction.total)</span></span>"
    }
    var text = reactions.joined(separator: " • ")
    if engagement.loginRequired {
      text += (text.isEmpty ? "" : " ") + "<span class=\"briefing-login\">Log in to vote</span>"
    }
    out +=
      "<p class=\"briefing-engagement\"\(extensionsAttribute(engagement.extensions))>\(text)</p>\n"
  }
}
