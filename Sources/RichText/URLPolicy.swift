// The one decision about which URLs a briefing may link to. The HTML writer writes refused URLs
// as `#` and the link rule reports them, both by asking this type, so whatever validation passes
// the page links as written.

/// Which link, image and autolink URLs are allowed: relative references and an allow-list of
/// schemes.
///
/// Browsers ignore ASCII whitespace and control characters inside a scheme, accept any case,
/// and decode entities before parsing; the check undoes all of that (and percent-encoding, to
/// be strict) before looking at the scheme, so `JaVa\tScript:`, `&#106;avascript:` and
/// `%6Aavascript:` are all seen as `javascript:`.
public struct URLPolicy: Hashable, Sendable {
  /// Schemes that may be linked to, lowercase.
  public var allowedSchemes: Set<String>

  /// Creates a policy allowing relative URLs and `allowedSchemes`.
  public init(allowedSchemes: Set<String>) {
    self.allowedSchemes = allowedSchemes
  }

  /// The briefing policy: web, mail, phone and a few other well-known harmless schemes; anything
  /// else (`javascript:`, `vbscript:`, `data:`, `file:`, …) is refused.
  public static let standard = URLPolicy(allowedSchemes: [
    "http", "https", "mailto", "tel", "ftp", "ftps", "sftp", "news", "irc", "ircs", "xmpp", "sms",
    "geo", "urn",
  ])

  /// Schemes that run code when a link is followed.
  public static let executableSchemes: Set<String> = ["javascript", "vbscript", "data"]

  /// Why a URL is refused.
  public enum Refusal: Hashable, Sendable {
    /// The URL uses this scheme (lowercase, as a browser reads it), which is not allowed.
    case scheme(String)
    /// The text before the first `:` is not a valid scheme, yet not a relative path either.
    case unreadableScheme(String)
  }

  /// Whether the URL is relative or uses an allowed scheme.
  public func allows(_ url: String) -> Bool { refusal(of: url) == nil }

  /// Why the URL is refused, or `nil` when it is allowed.
  public func refusal(of url: String) -> Refusal? {
    let normalized = Self.normalize(url)
    guard let colon = normalized.firstIndex(of: ":") else { return nil }
    let scheme = normalized[..<colon]
    // `a/b:c`, `?x:y` and `#a:b` are relative references, not schemes.
    if scheme.contains(where: { "/?#".contains($0) }) { return nil }
    let isScheme = scheme.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0))
    }
    guard isScheme, !scheme.isEmpty else { return .unreadableScheme(String(scheme)) }
    return allowedSchemes.contains(String(scheme)) ? nil : .scheme(String(scheme))
  }

  /// Lowercased, with entities and percent-escapes decoded (three rounds, for double encoding)
  /// and whitespace and control characters removed.
  static func normalize(_ url: String) -> String {
    var text = url
    for _ in 0..<3 {
      text = URLEntities.decode(percentDecode(text))
    }
    let kept = text.unicodeScalars.filter {
      $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
    }
    let result = String(String.UnicodeScalarView(kept)).lowercased()
    // A full-width colon is no scheme separator to a browser, but refuse it anyway if it would
    // spell a known-bad scheme.
    return result.contains("\u{FF1A}") ? String(result.map { $0 == "\u{FF1A}" ? ":" : $0 }) : result
  }

  private static func percentDecode(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        out.append(high << 4 | low)
        index += 3
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}

/// Decodes the character references a URL trick might use: numeric ones (with or without the
/// final `;`) and the named ones that spell URL punctuation or whitespace.
enum URLEntities {
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
