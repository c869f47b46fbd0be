// The HTML renderer's engine: cmark's html.c, on a UTF-8 byte buffer so rendering megabytes of
// text does not go through Character iteration, driven by the rich-text walk (no recursion).

/// Writes a rich-text tree as HTML bytes, with cmark's layout of newlines, as it is walked.
struct HTMLRenderVisitor: RichTextVisitor {
  /// The bytes written so far.
  var out: [UInt8] = []
  /// Whether raw HTML blocks and inlines are left out.
  let omitsRawHTML: Bool
  /// The flavour of HTML written.
  let syntax: HTMLSyntax
  /// The policy URLs must pass to be written; `nil` writes every URL.
  let urlPolicy: URLPolicy?
  /// What was refused or met along the way.
  var report = HTMLRenderReport()
  /// Whether each open list is tight.
  private var tightLists: [Bool] = []
  /// Whether each open container (list item or quote) writes its paragraphs bare, as cmark does
  /// for the direct children of a tight list's items.
  private var bareParagraphs: [Bool] = []

  /// Creates a writer.
  init(omitsRawHTML: Bool, urlPolicy: URLPolicy?, syntax: HTMLSyntax, capacity: Int = 0) {
    self.omitsRawHTML = omitsRawHTML
    self.syntax = syntax
    self.urlPolicy = urlPolicy
    out.reserveCapacity(capacity)
  }

  /// The text written so far.
  var text: String { String(decoding: out, as: UTF8.self) }

  /// Writes the opening of a node (all of a leaf).
  mutating func enter(_ node: RichTextNode, at position: WalkPosition) -> WalkDecision {
    switch node {
    case .block(let block): return enter(block)
    case .listItem:
      cr()
      put("<li>")
      bareParagraphs.append(tightLists.last ?? false)
      return .visitChildren
    case .inline(let inline): return enter(inline)
    }
  }

  /// Writes the closing of a node.
  mutating func exit(_ node: RichTextNode, at position: WalkPosition) {
    switch node {
    case .block(.paragraph):
      if !(bareParagraphs.last ?? false) { put("</p>\n") }
    case .block(.heading(let level, _)):
      put("</h")
      out.append(headingDigit(level))
      put(">\n")
    case .block(.list(let list)):
      cr()
      if case .bullet = list.kind { put("</ul>\n") } else { put("</ol>\n") }
      tightLists.removeLast()
    case .block(.blockQuote):
      cr()
      put("</blockquote>\n")
      bareParagraphs.removeLast()
    case .listItem:
      put("</li>\n")
      bareParagraphs.removeLast()
    case .inline(.emphasis): put("</em>")
    case .inline(.strong): put("</strong>")
    case .inline(.link): put("</a>")
    default: break
    }
  }

  private mutating func enter(_ block: Block) -> WalkDecision {
    switch block {
    case .paragraph:
      if !(bareParagraphs.last ?? false) {
        cr()
        put("<p>")
      }
    case .heading(let level, _):
      cr()
      put("<h")
      out.append(headingDigit(level))
      out.append(UInt8(ascii: ">"))
    case .list(let list):
      cr()
      switch list.kind {
      case .bullet:
        put("<ul>\n")
      case .ordered(let start, _):
        if start == 1 {
          put("<ol>\n")
        } else {
          put("<ol start=\"")
          put(String(start))
          put("\">\n")
        }
      }
      tightLists.append(list.isTight)
    case .blockQuote:
      cr()
      put("<blockquote>\n")
      bareParagraphs.append(false)
    case .codeBlock(let code):
      cr()
      put("<pre><code")
      let language = firstWord(of: code.info)
      if !language.isEmpty {
        put(" class=\"language-")
        escapeHTML(language)
        out.append(UInt8(ascii: "\""))
      }
      out.append(UInt8(ascii: ">"))
      escapeHTML(code.literal)
      put("</code></pre>\n")
    case .thematicBreak:
      cr()
      put("<hr />\n")
    case .html(let literal):
      report.containsRawHTML = true
      guard !omitsRawHTML else { break }
      cr()
      out.append(contentsOf: literal.utf8)
      cr()
    }
    return .visitChildren
  }

  private func headingDigit(_ level: Int) -> UInt8 {
    UInt8(ascii: "0") + UInt8(clamping: min(max(level, 1), 6))
  }

  /// The info string up to its first whitespace, which cmark takes as the language.
  private func firstWord(of info: String) -> String {
    let bytes = info.utf8
    let end = bytes.firstIndex(where: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) ?? bytes.endIndex
    return String(Substring(info.utf8[..<end]))
  }

  private mutating func enter(_ inline: Inline) -> WalkDecision {
    switch inline {
    case .text(let text):
      escapeHTML(text)
    case .softBreak:
      out.append(0x0A)
    case .hardBreak:
      put(syntax == .cmark ? "<br />\n" : "<br>")
    case .code(let code):
      put("<code>")
      escapeHTML(code)
      put("</code>")
    case .emphasis:
      put("<em>")
    case .strong:
      put("<strong>")
    case .link(let link):
      put("<a href=\"")
      escapeHref(checked(link.destination))
      out.append(UInt8(ascii: "\""))
      writeTitle(link.title)
      out.append(UInt8(ascii: ">"))
    case .image(let image):
      put("<img src=\"")
      escapeHref(checked(image.destination))
      put("\" alt=\"")
      // The alternative text is attribute text, so its inlines are written flat, as cmark does.
      escapeHTML(PlainTextRenderer(options: altTextOptions).renderInline(image.content))
      out.append(UInt8(ascii: "\""))
      writeTitle(image.title)
      put(syntax == .cmark ? " />" : ">")
      return .skipChildren
    case .autolink(let autolink):
      let target = autolink.isEmail ? "mailto:" + autolink.target : autolink.target
      guard checked(target) == target else {
        // A refused autolink is its text: there is no link text to keep otherwise.
        escapeHTML(autolink.target)
        break
      }
      put("<a href=\"")
      if autolink.isEmail { put("mailto:") }
      escapeHref(autolink.target)
      put("\">")
      escapeHTML(autolink.target)
      put("</a>")
    case .html(let literal):
      report.containsRawHTML = true
      if !omitsRawHTML { out.append(contentsOf: literal.utf8) }
    }
    return .visitChildren
  }

  /// How an image's inlines become its `alt` text: for cmark on one line, links as their
  /// text, raw HTML as text unless raw HTML is omitted; otherwise as plain text.
  private var altTextOptions: PlainTextRenderer.Options {
    guard syntax == .cmark else { return PlainTextRenderer.Options() }
    return PlainTextRenderer.Options(
      links: .textOnly, breaks: .spaces, rawHTML: omitsRawHTML ? .dropped : .asText)
  }

  /// The URL, or `#` when the policy refuses it (and the refusal is reported).
  private mutating func checked(_ url: String) -> String {
    guard let urlPolicy, !urlPolicy.allows(url) else { return url }
    report.refusedURLs.append(url)
    return "#"
  }

  private mutating func writeTitle(_ title: String) {
    guard !title.isEmpty else { return }
    put(" title=\"")
    escapeHTML(title)
    out.append(UInt8(ascii: "\""))
  }

  // MARK: Bytes

  /// Starts a new line unless the output is empty or already ends one.
  private mutating func cr() {
    if let last = out.last, last != 0x0A { out.append(0x0A) }
  }

  private mutating func put(_ literal: String) {
    out.append(contentsOf: literal.utf8)
  }

  /// Escapes `&`, `<`, `>` and `"` in text.
  mutating func escapeHTML(_ text: String) {
    var text = text
    text.withUTF8 { escapeHTML($0) }
  }

  /// Escapes `&`, `<`, `>` and `"` (and, for ``HTMLSyntax/commonMarkInline``, the characters
  /// CommonMark gives meaning to, as decimal references), copying unescaped runs in one go.
  mutating func escapeHTML(_ bytes: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in 0..<bytes.count {
      let replacement: StaticString
      switch bytes[index] {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), 0x0A, 0x0D, 0x09:
        guard syntax == .commonMarkInline else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        put("&#\(bytes[index]);")
        runStart = index + 1
        continue
      default: continue
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      replacement.withUTF8Buffer { out.append(contentsOf: $0) }
      runStart = index + 1
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
  }

  /// Escapes a URL as cmark's houdini_escape_href does: bytes outside the URL-safe set become
  /// `%XX` (existing `%` is kept, so `%20` stays), `&` and `'` become entities.
  /// With ``HTMLSyntax/commonMarkInline`` the URL is escaped as attribute text only, so the
  /// destination reads back exactly.
  mutating func escapeHref(_ url: String) {
    guard syntax == .cmark else { return escapeHTML(url) }
    for byte in url.utf8 {
      if hrefSafe(byte) {
        out.append(byte)
      } else if byte == UInt8(ascii: "&") {
        put("&amp;")
      } else if byte == UInt8(ascii: "'") {
        put("&#x27;")
      } else {
        out.append(UInt8(ascii: "%"))
        out.append(hexDigit(byte >> 4))
        out.append(hexDigit(byte & 0x0F))
      }
    }
  }
}

/// Whether a URL byte is copied as is: letters, digits and `-_.+!*(),%#@?=;:/$~`.
@inline(__always)
private func hrefSafe(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
    UInt8(ascii: "0")...UInt8(ascii: "9"):
    return true
  case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"),
    UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"),
    UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"),
    UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"), UInt8(ascii: ":"),
    UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "~"):
    return true
  default:
    return false
  }
}

@inline(__always)
private func hexDigit(_ nibble: UInt8) -> UInt8 {
  nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
}
