// The normalization the CommonMark spec's own runner applies before comparing HTML
// (commonmark-spec test/normalize.py): whitespace collapsed outside <pre>, whitespace around
// block-level tags removed, attributes sorted, self-closing tags opened, references decoded
// except for <, >, & and ". A tokenizer in the manner of Python's HTMLParser, written anew.
import Foundation

/// Normalizes HTML as the CommonMark spec's test runner does, so insignificant differences vanish.
struct HTMLNormalizer {
  private enum Event { case startTag, endTag, data, comment, declaration, processing, reference }

  private var output = ""
  private var last = Event.startTag
  private var lastTag = ""
  private var inPre = false

  static let blockTags: Set<String> = [
    "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map",
    "button", "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd",
    "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea",
    "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
    "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
  ]

  /// The normalized form of `html`.
  static func normalize(_ html: String) -> String {
    var normalizer = HTMLNormalizer()
    normalizer.feed(Array(html.unicodeScalars))
    return normalizer.output
  }

  private mutating func feed(_ text: [Unicode.Scalar]) {
    var index = 0
    var data: [Unicode.Scalar] = []
    func flush(_ normalizer: inout HTMLNormalizer) {
      if !data.isEmpty { normalizer.handleData(String(String.UnicodeScalarView(data))) }
      data = []
    }
    while index < text.count {
      let scalar = text[index]
      if scalar == "<" {
        if Self.starts("<![CDATA[", text, index),
          let end = Self.find("]]>", in: text, from: index)
        {
          flush(&self)
          output += String(String.UnicodeScalarView(text[index..<end + 3]))
          index = end + 3
          continue
        }
        if let next = parseMarkup(text, index, flush: { flush(&$0) }) {
          index = next
          continue
        }
        data.append(scalar)
        index += 1
      } else if scalar == "&", let (next, replacement, isReference) = Self.reference(text, index) {
        if isReference {
          flush(&self)
          output += replacement
          last = .reference
        } else {
          data.append(contentsOf: replacement.unicodeScalars)
        }
        index = next
      } else {
        data.append(scalar)
        index += 1
      }
    }
    flush(&self)
  }

  /// Parses a tag, comment, declaration or processing instruction at `index`; nil if none.
  private mutating func parseMarkup(
    _ text: [Unicode.Scalar], _ index: Int, flush: (inout HTMLNormalizer) -> Void
  ) -> Int? {
    if Self.starts("<!--", text, index) {
      guard let end = Self.find("-->", in: text, from: index + 4) else { return nil }
      flush(&self)
      output += "<!--" + String(String.UnicodeScalarView(text[index + 4..<end])) + "-->"
      last = .comment
      return end + 3
    }
    if Self.starts("<?", text, index) || Self.starts("<!", text, index) {
      guard let end = Self.find(">", in: text, from: index + 2) else { return nil }
      flush(&self)
      output += String(String.UnicodeScalarView(text[index...end]))
      last = Self.starts("<?", text, index) ? .processing : .declaration
      return end + 1
    }
    if Self.starts("</", text, index) {
      guard index + 2 < text.count, text[index + 2].properties.isAlphabetic,
        let end = Self.find(">", in: text, from: index + 2)
      else { return nil }
      flush(&self)
      let name = String(String.UnicodeScalarView(text[index + 2..<end]))
        .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      handleEndTag(name)
      return end + 1
    }
    guard index + 1 < text.count, text[index + 1].isASCIILetter,
      let tag = Self.startTag(text, index)
    else { return nil }
    flush(&self)
    handleStartTag(tag.name, tag.attributes)
    if tag.selfClosing {
      lastTag = tag.name
      last = .endTag
    }
    return tag.end
  }

  private mutating func handleData(_ raw: String) {
    var data = raw
    let afterTag = last == .endTag || last == .startTag
    let afterBlockTag = afterTag && Self.blockTags.contains(lastTag)
    if afterTag && lastTag == "br" { data = String(data.drop(while: { $0 == "\n" })) }
    if !inPre { data = Self.collapseWhitespace(data) }
    if afterBlockTag && !inPre {
      if last == .startTag {
        data = String(data.drop(while: \.isWhitespace))
      } else if last == .endTag {
        data = data.trimmingCharacters(in: .whitespacesAndNewlines)
      }
    }
    output += data
    last = .data
  }

  private mutating func handleEndTag(_ tag: String) {
    if tag == "pre" {
      inPre = false
    } else if Self.blockTags.contains(tag) {
      output = output.trimmingTrailingWhitespace()
    }
    output += "</" + tag + ">"
    lastTag = tag
    last = .endTag
  }

  private mutating func handleStartTag(_ tag: String, _ attributes: [(String, String?)]) {
    if tag == "pre" { inPre = true }
    if Self.blockTags.contains(tag) { output = output.trimmingTrailingWhitespace() }
    output += "<" + tag
    for (name, value) in attributes.sorted(by: { ($0.0, $0.1 ?? "") < ($1.0, $1.1 ?? "") }) {
      output += " " + name
      if let value { output += "=\"" + Self.escape(value) + "\"" }
    }
    output += ">"
    lastTag = tag
    last = .startTag
  }
}
