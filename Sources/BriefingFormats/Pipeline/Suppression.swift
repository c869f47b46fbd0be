import BriefingCore

/// Inline suppression markers, found by scanning a file's lines, whatever its format:
///
/// - `briefing-disable-line [ids]`: diagnostics on the marker's line;
/// - `briefing-disable-next-line [ids]`: diagnostics on the following line;
/// - `briefing-disable-file [ids]`: every diagnostic of the file.
///
/// Without ids a marker covers every rule. Ids are separated by spaces or commas. A marker counts
/// only inside a comment of the file's format (its descriptor's ``FormatDescriptor/commentStyle``),
/// so a briefing that merely talks about markers is not affected. Formats without comments (JSON,
/// plain text) have no markers; use `.briefing.yml` for them.
public struct Suppression: Sendable, Hashable {
  /// How comments look in a format, as far as finding markers needs: what opens one, what closes
  /// it, and what opens one inside leading YAML front matter.
  public struct CommentStyle: Sendable, Hashable, Codable {
    /// What opens a comment (`#`, `<!--`); `nil` when the format has no comments.
    public var opener: String?
    /// What closes it (`-->`); `nil` when a comment runs to the end of the line.
    public var closer: String?
    /// What opens a comment inside front matter between `---` lines at the top of the file, if
    /// the format has front matter (`#` in Markdown).
    public var frontMatterOpener: String?

    /// Creates a style.
    public init(opener: String?, closer: String? = nil, frontMatterOpener: String? = nil) {
      self.opener = opener
      self.closer = closer
      self.frontMatterOpener = frontMatterOpener
    }

    /// `# …` to the end of the line (YAML).
    public static let hash = CommentStyle(opener: "#")
    /// `<!-- … -->` (HTML).
    public static let html = CommentStyle(opener: "<!--", closer: "-->")
    /// `<!-- … -->`, and `# …` inside the YAML front matter (Markdown).
    public static let markdown = CommentStyle(opener: "<!--", closer: "-->", frontMatterOpener: "#")
    /// No comments (JSON, plain text).
    public static let none = CommentStyle(opener: nil)
  }

  /// Rule ids suppressed on a line (1-based); an empty set means every rule.
  public var lines: [Int: Set<String>] = [:]
  /// Rule ids suppressed in the whole file; `nil` when none, empty for every rule.
  public var file: Set<String>?

  /// Creates an empty suppression set.
  public init() {}

  /// Scans `bytes` for markers in comments of `style`.
  public init(scanning bytes: [UInt8], style: CommentStyle) {
    guard let bodyOpener = style.opener.map({ Array($0.utf8) }), !bodyOpener.isEmpty else {
      return
    }
    let frontMatterOpener = style.frontMatterOpener.map { Array($0.utf8) }
    let closer = style.closer.map { Array($0.utf8) }
    let marker = Array("briefing-disable-".utf8)
    var line = 1
    var start = 0
    // Front matter (YAML in Markdown) has its own comments, which count there and only there.
    var inFrontMatter = false
    while start <= bytes.count {
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      let text = bytes[start..<end]
      let trimmed = text.last == 0x0D ? text.dropLast() : text
      if frontMatterOpener != nil {
        if line == 1, trimmed.elementsEqual("---".utf8) {
          inFrontMatter = true
        } else if inFrontMatter,
          trimmed.elementsEqual("---".utf8) || trimmed.elementsEqual("...".utf8)
        {
          inFrontMatter = false
        }
      }
      let opener = inFrontMatter ? frontMatterOpener ?? bodyOpener : bodyOpener
      if let at = Self.find(marker, in: text), Self.isPreceded(by: opener, at: at, in: text) {
        apply(Array(text[(at + marker.count)...]), line: line, closer: inFrontMatter ? nil : closer)
      }
      line += 1
      start = end + 1
    }
  }

  /// Whether `diagnostic` is suppressed.
  public func suppresses(_ diagnostic: Diagnostic) -> Bool {
    if let file, file.isEmpty || file.contains(diagnostic.id) { return true }
    guard let line = diagnostic.range?.start.line, let ids = lines[line] else { return false }
    return ids.isEmpty || ids.contains(diagnostic.id)
  }

  private mutating func apply(_ rest: [UInt8], line: Int, closer: [UInt8]?) {
    var words = rest
    if let closer, let close = Self.find(closer, in: rest[...]) { words = Array(rest[..<close]) }
    let tokens = String(decoding: words, as: UTF8.self)
      .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" })
      .map(String.init)
    guard let kind = tokens.first else { return }
    let ids = Set(tokens.dropFirst())
    switch kind {
    case "line": lines[line] = Self.merge(lines[line], ids)
    case "next-line": lines[line + 1] = Self.merge(lines[line + 1], ids)
    case "file": file = Self.merge(file, ids)
    default: break
    }
  }

  /// Joins two id sets where the empty set means "every rule", so merging never narrows it.
  private static func merge(_ existing: Set<String>?, _ new: Set<String>) -> Set<String> {
    guard let existing else { return new }
    return existing.isEmpty || new.isEmpty ? [] : existing.union(new)
  }

  /// Whether only spaces and tabs stand between `opener` and `index`.
  private static func isPreceded(by opener: [UInt8], at index: Int, in text: ArraySlice<UInt8>)
    -> Bool
  {
    var end = index
    while end > text.startIndex, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
    guard end - opener.count >= text.startIndex else { return false }
    return text[(end - opener.count)..<end].elementsEqual(opener)
  }

  private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle)
      {
        return index
      }
      index += 1
    }
    return nil
  }
}
