// Escaping by construction (Plot's text/raw split): every string from a document reaches the
// page through one of these helpers, and every URL through `URLSafety`.
import RichText

/// HTML escaping, slugs and the plain-text form of inline rich text.
enum HTMLEscaping {
  /// Escapes text content: `&`, `<`, `>` (and quotes, so the same text is safe in attributes).
  static func text(_ string: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(string.utf8.count)
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
      // A parser normalizes raw CR and CRLF to LF; a reference survives.
      case 0x0D: out.append(contentsOf: "&#13;".utf8)
      // NUL and other C0 controls are not allowed in HTML text; U+FFFD keeps the position.
      case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F: out.append(contentsOf: "\u{FFFD}".utf8)
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Escapes an attribute value (always written double-quoted).
  static func attribute(_ string: String) -> String { text(string) }

  /// A URL slug: lowercase ASCII letters and digits joined by single hyphens; may be empty.
  static func slug(_ string: String) -> String {
    var out: [UInt8] = []
    var pendingHyphen = false
    for byte in string.utf8 {
      let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
      if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower)
      {
        if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingHyphen = false
        out.append(lower)
        if out.count >= 64 { break }
      } else if byte != UInt8(ascii: "'") && byte < 0x80 {
        pendingHyphen = true
      } else if byte >= 0xC0 {
        // A non-ASCII character separates words too (its continuation bytes are skipped).
        pendingHyphen = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `string` is a slug as FORMAT.md defines ids: `[a-z0-9]+(-[a-z0-9]+)*`.
  static func isSlug(_ string: String) -> Bool { !string.isEmpty && slug(string) == string }

  /// The text of inlines with no markup: what `<title>`, JSON-LD and slugs use.
  static func plainText(_ inlines: [Inline]) -> String {
    var out = ""
    appendPlain(inlines, to: &out, depth: 0)
    return out
  }

  private static func appendPlain(_ inlines: [Inline], to out: inout String, depth: Int) {
    guard depth < 200 else { return }
    for inline in inlines {
      switch inline {
      case .text(let text), .code(let text): out += text
      case .softBreak, .hardBreak: out += " "
      case .emphasis(let children), .strong(let children):
        appendPlain(children, to: &out, depth: depth + 1)
      case .link(let link), .image(let link): appendPlain(link.content, to: &out, depth: depth + 1)
      case .autolink(let autolink): out += autolink.target
      case .html: break
      }
    }
  }

  /// The plain text of blocks, paragraphs separated by a space (for descriptions and JSON-LD).
  static func plainText(_ blocks: [Block]) -> String {
    var parts: [String] = []
    appendPlain(blocks, to: &parts, depth: 0)
    return parts.filter { !$0.isEmpty }.joined(separator: " ")
  }

  private static func appendPlain(_ blocks: [Block], to parts: inout [String], depth: Int) {
    guard depth < 200 else { return }
    for block in blocks {
      switch block {
      case .paragraph(let inlines), .heading(_, let inlines): parts.append(plainText(inlines))
      case .list(let list):
        for item in list.items { appendPlain(item, to: &parts, depth: depth + 1) }
      case .blockQuote(let children): appendPlain(children, to: &parts, depth: depth + 1)
      case .codeBlock(let code): parts.append(code.literal)
      case .thematicBreak, .html: break
      }
    }
  }
}

/// Decides whether a URL may appear in `href` or `src`.
///
/// Browsers ignore ASCII whitespace and control characters inside a scheme, accept any case,
/// and decode entities before parsing; the check undoes all of that (and percent-encoding, to
/// be strict) before looking at the scheme, and then allows only well-known safe schemes.
enum URLSafety {
  /// Schemes a briefing may link to; anything else (`javascript:`, `vbscript:`, `data:`, …) is
  /// refused.
  static let allowedSchemes: Set<String> = [
    "http", "https", "mailto", "tel", "ftp", "ftps", "sftp", "news", "irc", "ircs", "xmpp", "sms",
    "geo", "urn",
  ]

  /// Whether the URL is relative or uses an allowed scheme.
  static func isSafe(_ url: String) -> Bool {
    let normalized = normalize(url)
    guard let colon = normalized.firstIndex(of: ":") else { return true }
    let scheme = normalized[..<colon]
    // `a/b:c` and `?x:y` are relative references, not schemes.
    if scheme.contains(where: { "/?#".contains($0) }) { return true }
    let isScheme = scheme.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0))
    }
    guard isScheme, !scheme.isEmpty else { return false }
    return allowedSchemes.contains(String(scheme))
  }

  /// Lowercased, with entities and percent-escapes decoded (twice, for double encoding) and
  /// whitespace and control characters removed.
  private static func normalize(_ url: String) -> String {
    var text = url
    for _ in 0..<3 {
      text = HTMLEntities.decode(percentDecode(text))
    }
    let kept = text.unicodeScalars.filter {
      $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
    }
    var result = String(String.UnicodeScalarView(kept)).lowercased()
    // Full-width and other compatibility forms of ':' and letters are not schemes to a browser,
    // but refuse them anyway if they spell a known-bad scheme.
    result = result.replacingFullWidthColon()
    return result
  }

  private static func percentDecode(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
        let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
      {
        out.append(value)
        index += 3
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  fileprivate func replacingFullWidthColon() -> String {
    contains("\u{FF1A}") ? String(map { $0 == "\u{FF1A}" ? ":" : $0 }) : self
  }
}

/// Decodes the character references a URL trick might use: numeric ones (with or without the
/// final `;`) and the named ones that spell URL punctuation or whitespace.
enum HTMLEntities {
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
    "newline": "\n", "nbsp": " ", "lpar": "(", "rpar": ")", "sol": "/", "num": "#",
    "percnt": "%", "period": ".", "semi": ";",
  ]

  /// The text with references decoded; unknown ones are kept as written.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "&" else {
        out.append(scalars[index])
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count, end - index < 40,
        scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end])
          || scalars[end] == "#"
      {
        end += 1
      }
      let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
      let decoded: String?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(String.init)
      } else if name.hasPrefix("#") {
        decoded = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map(String.init)
      } else {
        decoded = named[name.lowercased()]
      }
      if let decoded {
        out.append(contentsOf: decoded.unicodeScalars)
        index = end < scalars.count && scalars[end] == ";" ? end + 1 : end
      } else {
        out.append(scalars[index])
        index += 1
      }
    }
    return String(out)
  }
}
