// The HTML renderer's engine: cmark's html.c, on a UTF-8 byte buffer so rendering megabytes of
// text does not go through Character iteration.

/// Writes a rich-text tree as HTML bytes, with cmark's layout of newlines.
struct HTMLWriter {
  /// The bytes written so far.
  var out: [UInt8] = []
  /// Whether raw HTML blocks and inlines are left out.
  let omitsRawHTML: Bool

  /// Creates a writer.
  init(omitsRawHTML: Bool, capacity: Int = 0) {
    self.omitsRawHTML = omitsRawHTML
    out.reserveCapacity(capacity)
  }

  /// The text written so far.
  var text: String { String(decoding: out, as: UTF8.self) }

  // MARK: Blocks

  /// Writes blocks; `tight` says they are the direct children of a tight list's item.
  mutating func write(_ blocks: [Block], tight: Bool = false) {
    for block in blocks { write(block, tight: tight) }
  }

  /// Writes one block.
  mutating func write(_ block: Block, tight: Bool) {
    switch block {
    case .paragraph(let inlines):
      // In a tight list an item's paragraphs are written bare, as cmark does.
      if tight {
        write(inlines)
      } else {
        cr()
        put("<p>")
        write(inlines)
        put("</p>\n")
      }
    case .heading(let level, let inlines):
      let digit = UInt8(ascii: "0") + UInt8(clamping: min(max(level, 1), 6))
      cr()
      put("<h")
      out.append(digit)
      out.append(UInt8(ascii: ">"))
      write(inlines)
      put("</h")
      out.append(digit)
      put(">\n")
    case .list(let list):
      writeList(list)
    case .blockQuote(let children):
      cr()
      put("<blockquote>\n")
      write(children)
      cr()
      put("</blockquote>\n")
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
      guard !omitsRawHTML else { return }
      cr()
      out.append(contentsOf: literal.utf8)
      cr()
    }
  }

  private mutating func writeList(_ list: ListBlock) {
    cr()
    let closing: String
    switch list.kind {
    case .bullet:
      put("<ul>\n")
      closing = "</ul>\n"
    case .ordered(let start, _):
      if start == 1 {
        put("<ol>\n")
      } else {
        put("<ol start=\"")
        put(String(start))
        put("\">\n")
      }
      closing = "</ol>\n"
    }
    for item in list.items {
      cr()
      put("<li>")
      write(item, tight: list.isTight)
      put("</li>\n")
    }
    cr()
    put(closing)
  }

  /// The info string up to its first whitespace, which cmark takes as the language.
  private func firstWord(of info: String) -> String {
    let bytes = info.utf8
    let end = bytes.firstIndex(where: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) ?? bytes.endIndex
    return String(Substring(info.utf8[..<end]))
  }

  // MARK: Inlines

  /// Writes inlines.
  mutating func write(_ inlines: [Inline]) {
    for inline in inlines { write(inline) }
  }

  /// Writes one inline.
  mutating func write(_ inline: Inline) {
    switch inline {
    case .text(let text):
      escapeHTML(text)
    case .softBreak:
      out.append(0x0A)
    case .hardBreak:
      put("<br />\n")
    case .code(let code):
      put("<code>")
      escapeHTML(code)
      put("</code>")
    case .emphasis(let children):
      put("<em>")
      write(children)
      put("</em>")
    case .strong(let children):
      put("<strong>")
      write(children)
      put("</strong>")
    case .link(let link):
      put("<a href=\"")
      escapeHref(link.destination)
      out.append(UInt8(ascii: "\""))
      writeTitle(link.title)
      out.append(UInt8(ascii: ">"))
      write(link.content)
      put("</a>")
    case .image(let image):
      put("<img src=\"")
      escapeHref(image.destination)
      put("\" alt=\"")
      writePlain(image.content)
      out.append(UInt8(ascii: "\""))
      writeTitle(image.title)
      put(" />")
    case .autolink(let autolink):
      put("<a href=\"")
      if autolink.isEmail { put("mailto:") }
      escapeHref(autolink.target)
      put("\">")
      escapeHTML(autolink.target)
      put("</a>")
    case .html(let literal):
      if !omitsRawHTML { out.append(contentsOf: literal.utf8) }
    }
  }

  private mutating func writeTitle(_ title: String) {
    guard !title.isEmpty else { return }
    put(" title=\"")
    escapeHTML(title)
    out.append(UInt8(ascii: "\""))
  }

  /// Writes inlines as escaped text only, as cmark does for an image's `alt` attribute.
  private mutating func writePlain(_ inlines: [Inline]) {
    for inline in inlines {
      switch inline {
      case .text(let text), .code(let text):
        escapeHTML(text)
      case .html(let text):
        if !omitsRawHTML { escapeHTML(text) }
      case .softBreak, .hardBreak:
        out.append(0x20)
      case .emphasis(let children), .strong(let children):
        writePlain(children)
      case .link(let link), .image(let link):
        writePlain(link.content)
      case .autolink(let autolink):
        escapeHTML(autolink.target)
      }
    }
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

  /// Escapes `&`, `<`, `>` and `"`, copying unescaped runs in one go.
  mutating func escapeHTML(_ bytes: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in 0..<bytes.count {
      let replacement: StaticString
      switch bytes[index] {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
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
  mutating func escapeHref(_ url: String) {
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
