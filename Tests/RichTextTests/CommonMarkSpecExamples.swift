// The examples of the CommonMark spec (spec-0.31.2.txt), read from the shared test data.
import BriefingTesting
import Foundation
import Testing

/// One example of the CommonMark spec.
struct CommonMarkSpecExample: Sendable, CustomStringConvertible {
  /// The 1-based example number, as in the spec's HTML rendering.
  var number: Int
  /// The section (the last heading before the example).
  var section: String
  /// The Markdown input, with `→` turned back into tabs.
  var markdown: String
  /// The expected HTML.
  var html: String

  /// `example N (section)`.
  var description: String { "example \(number) (\(section))" }
}

/// Loads the spec's examples from `../shared/testdata/commonmark/spec-0.31.2.txt`.
enum CommonMarkSpec {
  /// The examples, or nil (after noting the skip) when the test data is missing; fails instead
  /// when BRIEFING_REQUIRE_TESTDATA=1.
  static func examples() -> [CommonMarkSpecExample]? {
    SharedFiles.bytes("testdata/commonmark/spec-0.31.2.txt").map {
      parse(String(decoding: $0, as: UTF8.self))
    }
  }

  /// Extracts the examples: a fence of 32 backticks and `example`, Markdown, a `.` line, HTML.
  static func parse(_ text: String) -> [CommonMarkSpecExample] {
    let fence = String(repeating: "`", count: 32)
    var examples: [CommonMarkSpecExample] = []
    var section = ""
    var state = 0  // 0: prose, 1: markdown, 2: html
    var markdown = ""
    var html = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      switch state {
      case 0:
        if line == fence + " example" {
          state = 1
          markdown = ""
          html = ""
        } else if line.hasPrefix("#") {
          section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        }
      case 1:
        if line == "." { state = 2 } else { markdown += line + "\n" }
      default:
        if line == fence {
          state = 0
          examples.append(
            CommonMarkSpecExample(
              number: examples.count + 1, section: section,
              markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
              html: html.replacingOccurrences(of: "→", with: "\t")))
        } else {
          html += line + "\n"
        }
      }
    }
    return examples
  }
}
