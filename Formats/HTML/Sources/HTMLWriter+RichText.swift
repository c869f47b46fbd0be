// Rich text on the page: RichText's HTMLRenderer draws it, after unsafe URLs are replaced and
// with raw HTML dropped or sanitized; when the drawing would not read back to the same tree,
// the exact tree rides along in `data-briefing-rich`.
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
    var hasRaw = false
    let safe = blocks.map { sanitize($0, path: path, hasRaw: &hasRaw) }
    var html = HTMLRenderer(omitsRawHTML: !allowRawHTML).render(safe)
    html = finishRaw(html, hasRaw: hasRaw, path: path)
    let readBack = HTMLRichTextReader().blocks(Self.fragment(html))
    let exact = readBack == blocks ? "" : fallback(ASTRichText.encode(blocks))
    return RenderedRichText(html: html, attribute: exact)
  }

  /// Renders inline text.
  mutating func render(_ inlines: [Inline], at path: DocumentPath) -> RenderedRichText {
    var hasRaw = false
    let safe = inlines.map { sanitize($0, path: path, hasRaw: &hasRaw) }
    var html = HTMLRenderer(omitsRawHTML: !allowRawHTML).renderInline(safe)
    html = finishRaw(html, hasRaw: hasRaw, path: path)
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

  private mutating func finishRaw(_ html: String, hasRaw: Bool, path: DocumentPath) -> String {
    guard hasRaw else { return html }
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

  private mutating func checkedURL(_ url: String, path: DocumentPath) -> String {
    guard !URLSafety.isSafe(url) else { return url }
    warn(
      "html.unsafe-url",
      "replaced the unsafe URL '\(url.prefix(60))' with '#'; use an http(s), mailto or relative URL",
      path)
    return "#"
  }

  private mutating func sanitize(_ block: Block, path: DocumentPath, hasRaw: inout Bool) -> Block {
    switch block {
    case .paragraph(let inlines):
      return .paragraph(inlines.map { sanitize($0, path: path, hasRaw: &hasRaw) })
    case .heading(let level, let inlines):
      return .heading(level: level, inlines.map { sanitize($0, path: path, hasRaw: &hasRaw) })
    case .list(var list):
      list.items = list.items.map { item in item.map { sanitize($0, path: path, hasRaw: &hasRaw) } }
      return .list(list)
    case .blockQuote(let children):
      return .blockQuote(children.map { sanitize($0, path: path, hasRaw: &hasRaw) })
    case .html:
      hasRaw = true
      return block
    case .codeBlock, .thematicBreak: return block
    }
  }

  private mutating func sanitize(_ inline: Inline, path: DocumentPath, hasRaw: inout Bool) -> Inline
  {
    switch inline {
    case .emphasis(let children):
      return .emphasis(children.map { sanitize($0, path: path, hasRaw: &hasRaw) })
    case .strong(let children):
      return .strong(children.map { sanitize($0, path: path, hasRaw: &hasRaw) })
    case .link(var link):
      link.destination = checkedURL(link.destination, path: path)
      link.content = link.content.map { sanitize($0, path: path, hasRaw: &hasRaw) }
      return .link(link)
    case .image(var link):
      link.destination = checkedURL(link.destination, path: path)
      return .image(link)
    case .autolink(let autolink):
      let target = autolink.isEmail ? "mailto:" + autolink.target : autolink.target
      guard URLSafety.isSafe(target) else {
        _ = checkedURL(target, path: path)
        return .text(autolink.target)
      }
      return inline
    case .html:
      hasRaw = true
      return inline
    case .text, .softBreak, .hardBreak, .code: return inline
    }
  }
}
