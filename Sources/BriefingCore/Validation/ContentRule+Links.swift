extension ContentRule {
  /// The rules about URLs in links, images, autolinks and `source.url`.
  static let linkRules: [ContentRule] = [unsafeURL, malformedURL]

  /// `rule.unsafe-url`: a URL with a scheme that runs code.
  public static let unsafeURL = ContentRule(
    id: "rule.unsafe-url", defaultSeverity: .error,
    summary: "a link uses a javascript:, vbscript: or data: URL",
    explanation: """
      `javascript:` and `vbscript:` URLs run code when clicked, and `data:` URLs can carry a whole
      page; the HTML writer refuses to emit them, and a briefing should not contain them. Browsers
      ignore case, spaces and control characters in the scheme, so `JaVa script:` counts too.
      Images may use `data:image/…`. Link to an http(s) page instead.

      Fails:   answer: "[details](javascript:alert(1))"
      Passes:  answer: "[details](https://apec.org)"
      """
  ) { briefing in
    URLCheck.problems(in: briefing).compactMap { problem in
      guard case .unsafe(let scheme) = problem.kind else { return nil }
      return Diagnostic(
        .error, "rule.unsafe-url",
        "the URL '\(URLCheck.shown(problem.url))' uses the '\(scheme):' scheme, which can run "
          + "code; link to an http or https address instead",
        path: problem.path)
    }
  }

  /// `rule.malformed-url`: a URL with spaces, control characters or broken percent-escapes.
  public static let malformedURL = ContentRule(
    id: "rule.malformed-url", defaultSeverity: .warning,
    summary: "a link's URL is empty, has spaces or has invalid percent-encoding",
    explanation: """
      A URL may not contain spaces or control characters, and every `%` must start an escape of
      two hexadecimal digits (RFC 3986). Such links work in some browsers and break in others.
      Encode a space as `%20` and a literal percent sign as `%25`.

      Fails:   "[report](<https://example.org/annual report.pdf>)"
               "[rate](https://example.org/?q=100%)"
      Passes:  "[report](https://example.org/annual%20report.pdf)"
      """
  ) { briefing in
    URLCheck.problems(in: briefing).compactMap { problem in
      guard case .malformed(let reason) = problem.kind else { return nil }
      return Diagnostic(
        .warning, "rule.malformed-url",
        "the URL '\(URLCheck.shown(problem.url))' \(reason)", path: problem.path)
    }
  }
}

/// Finds unsafe and malformed URLs, working on UTF-8 bytes.
enum URLCheck {
  /// What is wrong with a URL.
  enum Kind {
    /// It uses this executable scheme.
    case unsafe(String)
    /// It is broken; the text says how and how to fix it.
    case malformed(String)
  }

  /// One bad URL.
  struct Problem {
    var url: String
    var path: DocumentPath
    var kind: Kind
  }

  /// Every bad URL of the briefing, in document order.
  static func problems(in briefing: Briefing) -> [Problem] {
    var found: [Problem] = []
    func check(_ url: String, isImage: Bool, at path: DocumentPath) {
      if let kind = classify(url, isImage: isImage) {
        found.append(Problem(url: url, path: path, kind: kind))
      }
    }
    if let source = briefing.source {
      check(source.url, isImage: false, at: DocumentPath([.key("source"), .key("url")]))
    }
    for field in briefing.textFields {
      RichTextWalk.walk(field.content) { block in
        if case .html(let html) = block, let scheme = unsafeScheme(inHTML: html) {
          found.append(Problem(url: html, path: field.path, kind: .unsafe(scheme)))
        }
      } inline: { inline in
        switch inline {
        case .link(let link): check(link.destination, isImage: false, at: field.path)
        case .image(let link): check(link.destination, isImage: true, at: field.path)
        case .autolink(let autolink) where !autolink.isEmail:
          check(autolink.target, isImage: false, at: field.path)
        case .html(let html):
          if let scheme = unsafeScheme(inHTML: html) {
            found.append(Problem(url: html, path: field.path, kind: .unsafe(scheme)))
          }
        default: break
        }
      }
    }
    return found
  }

  static let unsafeSchemes = ["javascript", "vbscript", "data"]

  /// The problem with `url`, or `nil` when it is fine.
  static func classify(_ url: String, isImage: Bool) -> Kind? {
    let bytes = Array(url.utf8)
    if let scheme = scheme(of: bytes), unsafeSchemes.contains(scheme) {
      let isDataImage = scheme == "data" && isImage && url.lowercased().contains("data:image/")
      if !isDataImage { return .unsafe(scheme) }
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      return .malformed("is empty; write the address the link should open")
    }
    if bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F }) {
      return .malformed("contains a space or control character; encode a space as '%20'")
    }
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%") {
        guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2])
        else {
          return .malformed(
            "has a '%' that does not start a two-digit escape; write a literal '%' as '%25'")
        }
        index += 3
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The lowercased scheme as a browser sees it: leading white space and control characters
  /// skipped, tabs, newlines and spaces inside the scheme ignored.
  static func scheme(of bytes: [UInt8]) -> String? {
    var scheme: [UInt8] = []
    for byte in bytes {
      if byte <= 0x20 { continue }
      if byte == UInt8(ascii: ":") { break }
      let lower = byte | 0x20
      guard
        (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B
          || byte == 0x2D || byte == 0x2E, scheme.count < 32
      else { return nil }
      scheme.append(byte >= 0x41 && byte <= 0x5A ? lower : byte)
    }
    guard scheme.count < bytes.count, !scheme.isEmpty else { return nil }
    return String(decoding: scheme, as: UTF8.self)
  }

  /// An executable scheme named in an `href`/`src`-like attribute of raw HTML.
  static func unsafeScheme(inHTML html: String) -> String? {
    let squeezed = String(
      decoding: html.utf8.filter { $0 > 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
      as: UTF8.self)
    for scheme in ["javascript", "vbscript"]
    where squeezed.contains("=\"\(scheme):")
      || squeezed.contains("='\(scheme):") || squeezed.contains("=\(scheme):")
    {
      return scheme
    }
    return nil
  }

  /// The URL as shown in a message: at most 80 characters.
  static func shown(_ url: String) -> String {
    url.count > 80 ? String(url.prefix(77)) + "…" : url
  }

  private static func isHex(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
  }
}
