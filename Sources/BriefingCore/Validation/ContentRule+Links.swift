import RichText

extension ContentRule {
  /// The rules about URLs in links, images, autolinks and `source.url`.
  static let linkRules: [ContentRule] = [unsafeURL, malformedURL]

  /// `rule.unsafe-url`: a URL the HTML output refuses to link (``URLPolicy/standard``).
  public static let unsafeURL = ContentRule(
    id: "rule.unsafe-url", defaultSeverity: .error,
    summary: "a link uses a URL scheme the HTML output refuses (javascript:, data:, file:, …)",
    explanation: """
      `javascript:` and `vbscript:` URLs run code when clicked, and `data:` URLs can carry a whole
      page. Links, images, autolinks and `source.url` may be relative or use http, https, mailto,
      tel, ftp, ftps, sftp, news, irc, ircs, xmpp, sms, geo or urn; the HTML writer replaces any
      other URL with `#`, so this rule reports exactly the URLs it would replace. Browsers ignore
      case, spaces and control characters in the scheme and decode entities, so `JaVa script:`
      and `&#106;avascript:` count too. Link to an http(s) page instead.

      Fails:   answer: "[details](javascript:alert(1))"
               answer: "![chart](data:image/png;base64,iVBORw0KGgo=)"
      Passes:  answer: "[details](https://apec.org)"
      """
  ) { briefing in
    URLCheck.problems(in: briefing).compactMap { problem in
      guard case .unsafe(let refusal) = problem.kind else { return nil }
      return Diagnostic(
        .error, "rule.unsafe-url", URLCheck.message(problem.url, refusal), path: problem.path)
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
    /// The briefing URL policy refuses it (the HTML writer would write `#`).
    case unsafe(URLPolicy.Refusal)
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
    func check(_ url: String, at path: DocumentPath) {
      if let kind = classify(url) {
        found.append(Problem(url: url, path: path, kind: kind))
      }
    }
    if let source = briefing.source {
      check(source.url, at: DocumentPath([.key("source"), .key("url")]))
    }
    for field in briefing.textFields {
      field.content.forEach { node, indices in
        switch node {
        case .inline(.link(let link)), .inline(.image(let link)):
          check(link.destination, at: field.path(ofNode: indices))
        case .inline(.autolink(let autolink)) where !autolink.isEmail:
          check(autolink.target, at: field.path(ofNode: indices))
        case .block(.html(let html)), .inline(.html(let html)):
          if let scheme = unsafeScheme(inHTML: html) {
            found.append(
              Problem(
                url: html, path: field.path(ofNode: indices), kind: .unsafe(.scheme(scheme))))
          }
        default: break
        }
      }
    }
    return found
  }

  /// The message for a refused URL: what the browser would see, and what to write instead.
  static func message(_ url: String, _ refusal: URLPolicy.Refusal) -> String {
    let instead = "link to an http or https address instead"
    switch refusal {
    case .scheme(let scheme) where URLPolicy.executableSchemes.contains(scheme):
      return "the URL '\(shown(url))' uses the '\(scheme):' scheme, which can run code; \(instead)"
    case .scheme(let scheme):
      return "the URL '\(shown(url))' uses the '\(scheme):' scheme, which the HTML output does "
        + "not link (it writes '#'); \(instead), or a mailto, tel or relative URL"
    case .unreadableScheme(let prefix):
      return "the URL '\(shown(url))' starts with '\(shown(prefix)):', which browsers may read as "
        + "a scheme, so the HTML output does not link it (it writes '#'); \(instead), or write "
        + "a relative URL as './\(shown(prefix)):…'"
    }
  }

  /// The problem with `url`, or `nil` when it is fine.
  static func classify(_ url: String) -> Kind? {
    if let refusal = URLPolicy.standard.refusal(of: url) { return .unsafe(refusal) }
    let bytes = Array(url.utf8)
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
