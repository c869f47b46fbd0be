/// "Did you mean" hints: the closest known name to a mistyped one.
enum Suggestions {
  /// The candidate closest to `name` by edit distance, if close enough to be a typo.
  static func closest(to name: String, in candidates: [String]) -> String? {
    let target = Array(name.lowercased().unicodeScalars)
    // Short names tolerate one edit; longer ones a third of their length.
    let limit = max(1, target.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }

  /// `; did you mean 'x'?` or nothing.
  static func hint(for name: String, in candidates: [String]) -> String {
    closest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// Edit distance counting a swap of neighbours as one edit (`titel` → `title`), with a cap
  /// on input length so a pasted paragraph stays cheap.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.count > 64 || b.count > 64 { return .max }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], before[j - 2] + 1)
        }
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }
}
