/// "Did you mean" suggestions for misspelt keys, enumeration values and option names.
public enum Suggestion {
  /// How far a word may stray from a candidate and still be taken for a typo of it.
  public enum Tolerance: Sendable {
    /// One edit for words of up to four characters, two for longer ones (document keys, values).
    case standard
    /// One edit per three characters, at least one (command-line format and option names).
    case proportional

    /// The largest distance accepted for a word of `length` scalars.
    func limit(forLength length: Int) -> Int {
      switch self {
      case .standard: length <= 4 ? 1 : 2
      case .proportional: max(1, length / 3)
      }
    }
  }

  /// The candidate closest to `word`, if one is close enough to be a likely typo.
  ///
  /// Case-insensitive equality wins outright; otherwise the optimal-string-alignment distance
  /// (edits and swaps of neighbours, so `titel` is one step from `title`) must be within
  /// `tolerance`. Ties go to the earlier candidate. Words and candidates longer than 64
  /// characters never match, so a pasted paragraph stays cheap.
  public static func closest(
    to word: String, in candidates: [String], tolerance: Tolerance = .standard
  ) -> String? {
    let lowered = Array(word.lowercased().unicodeScalars)
    if let exact = candidates.first(where: { $0.lowercased() == word.lowercased() }) {
      return exact
    }
    guard lowered.count <= 64 else { return nil }
    let threshold = tolerance.limit(forLength: lowered.count)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars))
      if distance <= threshold, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// `; did you mean 'x'?` when there is a suggestion, else the empty string.
  public static func hint(
    for word: String, in candidates: [String], tolerance: Tolerance = .standard
  ) -> String {
    closest(to: word, in: candidates, tolerance: tolerance).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// The optimal string alignment distance between two scalar arrays (`.max` past 64 scalars).
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.count > 64 || b.count > 64 { return .max }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
