// Escaping by construction (Plot's text/raw split): every string from a document reaches the
// page through one of these helpers, and every URL through RichText's `URLPolicy`.
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

  /// The text of inlines on one line with no markup: what `<title>`, JSON-LD and slugs use.
  static func plainText(_ inlines: [Inline]) -> String {
    PlainTextRenderer(options: .init(links: .textOnly, breaks: .spaces)).renderInline(inlines)
  }

  /// The plain text of blocks, paragraphs separated by a space (for descriptions and JSON-LD).
  static func plainText(_ blocks: [Block]) -> String {
    var parts: [String] = []
    RichTextWalk.visit(blocks) { node, _ in
      switch node {
      case .block(.paragraph(let inlines)), .block(.heading(_, let inlines)):
        parts.append(plainText(inlines))
        return .skipChildren
      case .block(.codeBlock(let code)):
        parts.append(code.literal)
      default: break
      }
      return .visitChildren
    }
    return parts.filter { !$0.isEmpty }.joined(separator: " ")
  }
}
