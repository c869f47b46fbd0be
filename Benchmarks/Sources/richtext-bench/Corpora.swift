import Foundation

/// A small deterministic generator (SplitMix64), so every run benchmarks the same bytes.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The two corpora: briefing-like prose, and the CommonMark spec examples repeated.
enum Corpora {
  static let words = """
    the ministry said on tuesday that regional trade talks would resume after a pause of \
    several weeks officials expect agreement on tariffs grain exports and port access while \
    analysts warn that energy prices inflation and currency pressure could delay progress \
    parliament committee report budget security council coastal shipping routes sanctions \
    negotiators delegation summit framework implementation timeline review published data \
    growth forecast quarter survey households employment investment infrastructure water \
    health schools rural districts climate drought harvest supply chains logistics
    """.split(separator: " ").map(String.init)

  /// About `bytes` of briefing-like CommonMark: paragraphs, lists, links, emphasis, code.
  static func prose(bytes: Int, seed: UInt64 = 0x5EED) -> String {
    var random = SplitMix64(state: seed)
    var out = ""
    out.reserveCapacity(bytes + 4096)
    func sentence() -> String {
      let count = Int.random(in: 8...24, using: &random)
      var parts: [String] = []
      for index in 0..<count {
        var word = words.randomElement(using: &random) ?? "the"
        if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<5: word = "[\(word)](https://example.org/\(word)?id=\(index))"
        case 5..<10: word = "*\(word)*"
        case 10..<13: word = "**\(word)**"
        case 13..<15: word = "`\(word)`"
        case 15..<16: word = "<https://example.org/\(word)>"
        default: break
        }
        parts.append(word)
      }
      return parts.joined(separator: " ") + "."
    }
    func paragraph() -> String {
      // Briefing answers wrap their lines, so soft breaks are common.
      (0..<Int.random(in: 2...5, using: &random)).map { _ in sentence() }.joined(separator: "\n")
    }
    while out.utf8.count < bytes {
      out += "## " + sentence().dropLast() + "\n\n"
      for _ in 0..<Int.random(in: 1...3, using: &random) { out += paragraph() + "\n\n" }
      let ordered = Bool.random(using: &random)
      for number in 1...Int.random(in: 2...6, using: &random) {
        out += (ordered ? "\(number). " : "- ") + sentence() + "\n"
      }
      out += "\n"
      if Int.random(in: 0..<4, using: &random) == 0 { out += "> " + sentence() + "\n\n" }
    }
    return out
  }

  /// The spec's example inputs, joined by blank lines and repeated to about `bytes`.
  static func specExamples(specPath: String, bytes: Int) throws -> String {
    let text = try String(contentsOfFile: specPath, encoding: .utf8)
    let fence = String(repeating: "`", count: 32)
    var examples: [String] = []
    var current: [Substring]?
    var inMarkdown = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == fence + " example" {
        current = []
        inMarkdown = true
      } else if current != nil, inMarkdown, line == "." {
        inMarkdown = false
      } else if let lines = current, line == fence {
        examples.append(lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t"))
        current = nil
      } else if inMarkdown {
        current?.append(line)
      }
    }
    let once = examples.joined(separator: "\n")
    var out = ""
    out.reserveCapacity(bytes + once.utf8.count)
    while out.utf8.count < bytes { out += once + "\n" }
    return out
  }
}
