// The one gate for author-supplied HTML (`allow-raw-html`): the markup is parsed, and only an
// allow-list of elements and attributes is written back out, re-escaped, so nothing the parser
// and a browser might read differently survives.
import RichText

/// Re-serializes untrusted HTML keeping only harmless elements, attributes and URLs.
enum HTMLSanitizer {
  /// Elements kept (their attributes filtered); others are unwrapped, keeping their children.
  static let allowedElements: Set<String> = [
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "details", "dfn", "div",
    "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
    "tr", "u", "ul", "var", "wbr",
  ]
  /// Elements dropped with everything inside them.
  static let droppedElements: Set<String> = [
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template",
    "noscript", "svg", "math", "link", "meta", "base", "form", "input", "button", "select",
    "textarea", "title", "head", "xmp", "plaintext", "noembed", "noframes", "param", "source",
    "video", "audio", "canvas", "portal",
  ]
  /// Attributes kept; URL-valued ones also pass `URLPolicy.standard`.
  static let allowedAttributes: Set<String> = [
    "href", "src", "alt", "title", "class", "lang", "dir", "start", "reversed", "colspan",
    "rowspan", "datetime", "open", "width", "height", "cite", "abbr", "scope",
  ]
  static let urlAttributes: Set<String> = ["href", "src", "cite"]
  private static let voidElements: Set<String> = ["br", "hr", "img", "wbr"]

  /// The safe form of an HTML fragment, and how many things were removed.
  static func sanitize(_ html: String) -> (html: String, removed: Int) {
    let parsed = HTMLDOM.parse(Array(("<div>" + html + "</div>").utf8))
    guard let wrapper = parsed.document.first(where: { $0.is("div") }) else { return ("", 0) }
    var out = ""
    var removed = 0
    for child in wrapper.children { write(child, to: &out, removed: &removed) }
    return (out, removed)
  }

  private static func write(_ node: HTMLNode, to out: inout String, removed: inout Int) {
    guard let name = node.name else {
      out += HTMLEscaping.text(node.text)
      return
    }
    if droppedElements.contains(name) {
      removed += 1
      return
    }
    guard allowedElements.contains(name) else {
      removed += 1
      for child in node.children { write(child, to: &out, removed: &removed) }
      return
    }
    out += "<" + name
    for attribute in node.attributes {
      guard allowedAttributes.contains(attribute.name) else {
        removed += 1
        continue
      }
      if urlAttributes.contains(attribute.name) && !URLPolicy.standard.allows(attribute.value) {
        removed += 1
        continue
      }
      out += " \(attribute.name)=\"\(HTMLEscaping.attribute(attribute.value))\""
    }
    out += ">"
    guard !voidElements.contains(name) else { return }
    for child in node.children { write(child, to: &out, removed: &removed) }
    out += "</\(name)>"
  }
}
