/// A `.gitignore`-style pattern: `*`, `?`, `[…]`, `**`, a leading `!` to re-include, a trailing
/// `/` for directories only, and anchoring when the pattern has a `/` before its end.
///
/// Matching works on path components of Unicode scalars; `*` and `?` never cross a `/`.
public struct GlobPattern: Hashable, Sendable {
  /// The pattern as written.
  public let text: String
  /// Whether it re-includes what earlier patterns excluded (`!pattern`).
  public let isNegated: Bool
  /// Whether it only matches directories (`build/`).
  public let directoryOnly: Bool
  /// Whether it is matched against the whole relative path rather than any trailing part.
  public let isAnchored: Bool
  private let components: [[Unicode.Scalar]]

  /// Parses `text`; returns `nil` for blank lines and `#` comments of an ignore file.
  public init?(_ text: String) {
    var body = Substring(text)
    while let last = body.last, last == " " || last == "\t" || last == "\r" { body.removeLast() }
    guard !body.isEmpty, !body.hasPrefix("#") else { return nil }
    self.text = text
    isNegated = body.hasPrefix("!")
    if isNegated { body.removeFirst() }
    directoryOnly = body.hasSuffix("/")
    while body.hasSuffix("/") { body.removeLast() }
    let hasInnerSlash = body.dropFirst().contains("/") || body.hasPrefix("/")
    while body.hasPrefix("/") { body.removeFirst() }
    guard !body.isEmpty else { return nil }
    let parts = body.split(separator: "/", omittingEmptySubsequences: true)
    // `**/x` is anchored too: `**` then matches any number of leading directories.
    isAnchored = hasInnerSlash
    components = parts.map { Array($0.unicodeScalars) }
  }

  /// Whether `path` (relative, `/`-separated, no leading `./`) matches; `isDirectory` tells
  /// whether it names a directory.
  public func matches(_ path: String, isDirectory: Bool) -> Bool {
    if directoryOnly && !isDirectory { return false }
    let parts = path.split(separator: "/").map { Array($0.unicodeScalars) }
    if isAnchored { return Self.match(components[...], parts[...]) }
    // Unanchored: like `**/pattern`.
    for start in parts.indices where Self.match(components[...], parts[start...]) { return true }
    return false
  }

  /// Whether `path` or one of its parent directories matches.
  public func matchesSelfOrAncestor(_ path: String, isDirectory: Bool) -> Bool {
    let parts = path.split(separator: "/")
    for count in stride(from: parts.count, through: 1, by: -1) {
      let prefix = parts.prefix(count).joined(separator: "/")
      if matches(prefix, isDirectory: count < parts.count || isDirectory) { return true }
    }
    return false
  }

  /// Whether `segment` contains glob syntax.
  public static func hasMagic(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 == "*" || $0 == "?" || $0 == "[" }
  }

  private static func match(
    _ pattern: ArraySlice<[Unicode.Scalar]>, _ path: ArraySlice<[Unicode.Scalar]>
  ) -> Bool {
    // Iterative with one backtrack point for the last `**`, like fnmatch's `*`.
    var p = pattern.startIndex
    var s = path.startIndex
    var star: (p: Int, s: Int)?
    while s < path.endIndex {
      if p < pattern.endIndex, pattern[p] == ["*", "*"] {
        star = (p, s)
        p += 1
      } else if p < pattern.endIndex, matchSegment(pattern[p][...], path[s][...]) {
        p += 1
        s += 1
      } else if let saved = star {
        star = (saved.p, saved.s + 1)
        p = saved.p + 1
        s = saved.s + 1
      } else {
        return false
      }
    }
    while p < pattern.endIndex, pattern[p] == ["*", "*"] { p += 1 }
    return p == pattern.endIndex
  }

  /// `fnmatch` on one path component, without `/`; a leading `.` must be matched literally.
  static func matchSegment(
    _ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>
  )
    -> Bool
  {
    if name.first == ".", pattern.first != "." { return false }
    var p = pattern.startIndex
    var n = name.startIndex
    var star: (p: Int, n: Int)?
    while n < name.endIndex {
      if p < pattern.endIndex {
        switch pattern[p] {
        case "*":
          star = (p, n)
          p += 1
          continue
        case "?":
          p += 1
          n += 1
          continue
        case "[":
          if let (matched, next) = matchClass(pattern, at: p, name[n]) {
            if matched {
              p = next
              n += 1
              continue
            }
          } else if name[n] == "[" {
            p += 1
            n += 1
            continue
          }
        case "\\" where p + 1 < pattern.endIndex:
          if pattern[p + 1] == name[n] {
            p += 2
            n += 1
            continue
          }
        default:
          if pattern[p] == name[n] {
            p += 1
            n += 1
            continue
          }
        }
      }
      guard let saved = star else { return false }
      star = (saved.p, saved.n + 1)
      p = saved.p + 1
      n = saved.n + 1
    }
    while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
    return p == pattern.endIndex
  }

  /// Matches `[…]` at `start`: whether `scalar` is in the class, and the index after it; `nil`
  /// when the bracket is not closed (then it is a literal `[`).
  private static func matchClass(
    _ pattern: ArraySlice<Unicode.Scalar>, at start: Int, _ scalar: Unicode.Scalar
  ) -> (Bool, Int)? {
    var i = start + 1
    var negate = false
    if i < pattern.endIndex, pattern[i] == "!" || pattern[i] == "^" {
      negate = true
      i += 1
    }
    var found = false
    var first = true
    while i < pattern.endIndex {
      let c = pattern[i]
      if c == "]" && !first { return (found != negate, i + 1) }
      first = false
      if i + 2 < pattern.endIndex, pattern[i + 1] == "-", pattern[i + 2] != "]" {
        if c.value <= scalar.value && scalar.value <= pattern[i + 2].value { found = true }
        i += 3
      } else {
        if c == scalar { found = true }
        i += 1
      }
    }
    return nil
  }
}

/// An ordered list of patterns where the last match wins, as in `.gitignore`.
public struct IgnoreRules: Sendable {
  /// The patterns, each with the directory (relative to the working directory, `""` for it)
  /// its paths are relative to.
  public var patterns: [(base: String, pattern: GlobPattern)]

  /// Creates an empty list.
  public init() { patterns = [] }

  /// Adds the lines of an ignore file or `exclude:` list, relative to `base`.
  public mutating func add(_ lines: [String], base: String) {
    patterns += lines.compactMap { GlobPattern($0) }.map { (base, $0) }
  }

  /// Whether `path` (absolute or relative, normalized, `/`-separated) is excluded.
  public func excludes(_ path: String, isDirectory: Bool) -> Bool {
    var excluded = false
    for (base, pattern) in patterns {
      guard let relative = Self.relative(path, to: base) else { continue }
      if pattern.matchesSelfOrAncestor(relative, isDirectory: isDirectory) {
        excluded = !pattern.isNegated
      }
    }
    return excluded
  }

  /// `path` relative to `base`, or `nil` when it is not inside it.
  static func relative(_ path: String, to base: String) -> String? {
    if base.isEmpty || base == "." { return path }
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
  }
}
