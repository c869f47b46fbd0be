// Rich text on the page: RichText's HTMLRenderer draws it, writing URLs the briefing URL policy
// refuses as `#` and dropping raw HTML (or keeping it for the sanitizer); when the drawing
// would not read back to the same tree, the exact tree rides along in `data-briefing-rich`.
import BriefingCore
import BriefingFormats
import RichText

/// Rendered rich text and, when the markup alone is not exact, its `data-briefing-rich` value.
struct RenderedRichText {
  /// The HTML.
  var html: String
  /// Attribute text to add to the element holding `html` (empty or ` data-briefing-rich="…"`).
  var attribute: String
}

extension ArticleWriter {
  /// Renders block text.
  mutating func render(_ blocks: [Block], at path: DocumentPath) -> RenderedRichText {
    var report = HTMLRenderReport()
    let html = finish(richTextRenderer.render(blocks, report: &report), report, path: path)
    let readBack = HTMLRichTextReader().blocks(Self.fragment(html))
    let exact = readBack == blocks ? "" : fallback(ASTRichText.encode(blocks))
    return RenderedRichText(html: html, attribute: exact)
  }

  /// Renders inline text.
  mutating func render(_ inlines: [Inline], at path: DocumentPath) -> RenderedRichText {
    var report = HTMLRenderReport()
    let html = finish(richTextRenderer.renderInline(inlines, report: &report), report, path: path)
    let readBack = HTMLRichTextReader().inlines(Self.fragment(html))
    let exact = readBack == inlines ? "" : fallback(ASTRichText.encode(inlines))
    return RenderedRichText(html: html, attribute: exact)
  }

  private func fallback(_ value: JSONValue) -> String {
    let json = JSONText.write(value, style: .htmlScript)
    return " data-briefing-rich=\"\(HTMLEscaping.attribute(json))\""
  }

  /// The nodes libxml2 reads from a fragment, the way the reader will see them in the page.
  static func fragment(_ html: String) -> [HTMLNode] {
    let parsed = HTMLDOM.parse(Array(("<div>" + html + "</div>").utf8))
    return parsed.document.first(where: { $0.is("div") })?.children ?? []
  }

  /// The renderer of every rich-text value on the page.
  private var richTextRenderer: HTMLRenderer {
    HTMLRenderer(omitsRawHTML: !allowRawHTML, urlPolicy: .standard)
  }

  /// Warns about refused URLs and raw HTML, and sanitizes kept raw HTML.
  private mutating func finish(
    _ html: String, _ report: HTMLRenderReport, path: DocumentPath
  ) -> String {
    for url in report.refusedURLs {
      warn(
        "html.unsafe-url",
        "replaced the unsafe URL '\(url.prefix(60))' with '#'; use an http(s), mailto or "
          + "relative URL",
        path)
    }
    guard report.containsRawHTML else { return html }
    guard allowRawHTML else {
      warn(
        "html.raw-html-dropped",
        "raw HTML in the text was left out of the page; pass 'allow-raw-html' to keep it (sanitized)",
        path)
      return html
    }
    let sanitized = HTMLSanitizer.sanitize(html)
    if sanitized.removed > 0 {
      warn(
        "html.raw-html-sanitized",
        "removed \(sanitized.removed) unsafe element(s) or attribute(s) from raw HTML", path)
    }
    return sanitized.html
  }
}
