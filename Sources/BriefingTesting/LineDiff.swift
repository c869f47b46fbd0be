/// A minimal line diff for test failure messages.
public enum LineDiff {
  /// Lines of `old` and `new` as `-`/`+`/` ` lines, with unchanged runs longer than
  /// `2 * context` shortened to their edges.
  public static func unified(_ old: String, _ new: String, context: Int = 3) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let edits = diff(a, b)
    var output: [String] = []
    var index = 0
    while index < edits.count {
      guard edits[index].hasPrefix(" ") else {
        output.append(edits[index])
        index += 1
        continue
      }
      var end = index
      while end < edits.count, edits[end].hasPrefix(" ") { end += 1 }
      let run = edits[index..<end]
      let head = index == 0 ? 0 : context
      let tail = end == edits.count ? 0 : context
      if run.count > head + tail + 1 {
        output += run.prefix(head)
        output.append("@@ \(run.count - head - tail) unchanged lines @@")
        output += run.suffix(tail)
      } else {
        output += run
      }
      index = end
    }
    return output.joined(separator: "\n")
  }

  /// An edit script by longest common subsequence; past a size cap (quadratic cost), the
  /// common prefix and suffix are kept and the middle shown as removed then added.
  static func diff(_ a: [String], _ b: [String]) -> [String] {
    var prefix = 0
    while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < min(a.count, b.count) - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let midA = Array(a[prefix..<(a.count - suffix)])
    let midB = Array(b[prefix..<(b.count - suffix)])
    var middle: [String] = []
    if midA.count * midB.count > 4_000_000 {
      middle = midA.map { "-" + $0 } + midB.map { "+" + $0 }
    } else {
      var table = [[Int]](
        repeating: [Int](repeating: 0, count: midB.count + 1), count: midA.count + 1)
      for i in stride(from: midA.count - 1, through: 0, by: -1) {
        for j in stride(from: midB.count - 1, through: 0, by: -1) {
          table[i][j] =
            midA[i] == midB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < midA.count || j < midB.count {
        if i < midA.count, j < midB.count, midA[i] == midB[j] {
          middle.append(" " + midA[i])
          i += 1
          j += 1
        } else if i < midA.count, j == midB.count || table[i + 1][j] >= table[i][j + 1] {
          // Removals before additions, as `diff -u` prints them.
          middle.append("-" + midA[i])
          i += 1
        } else {
          middle.append("+" + midB[j])
          j += 1
        }
      }
    }
    return a[..<prefix].map { " " + $0 } + middle + a[(a.count - suffix)...].map { " " + $0 }
  }
}
