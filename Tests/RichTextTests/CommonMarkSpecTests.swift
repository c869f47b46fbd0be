// Conformance: every example of the CommonMark 0.31.2 spec, parsed and rendered as HTML,
// compared with the expected HTML after the spec runner's normalization.
import Foundation
import Testing

@testable import RichText

@Suite struct CommonMarkSpecTests {
  @Test func normalizerIgnoresOnlyInsignificantDifferences() {
    #expect(HTMLNormalizer.normalize("<p>a  \t b</p>") == "<p>a b</p>")
    #expect(HTMLNormalizer.normalize("\n\t<p>\n\t\ta  b\t\t</p>\n\t") == "<p>a b</p>")
    #expect(HTMLNormalizer.normalize("<br />") == "<br>")
    #expect(
      HTMLNormalizer.normalize("<a title=\"bar\" HREF=\"foo\">x</a>")
        == "<a href=\"foo\" title=\"bar\">x</a>")
    #expect(HTMLNormalizer.normalize("&amp;&gt;&lt;&quot;") == "&amp;&gt;&lt;&quot;")
    #expect(HTMLNormalizer.normalize("<pre>a  b\n</pre>") == "<pre>a  b\n</pre>")
    #expect(HTMLNormalizer.normalize("<p>a</p>") != HTMLNormalizer.normalize("<p>b</p>"))
    #expect(
      HTMLNormalizer.normalize("<ul><li>a</li></ul>")
        != HTMLNormalizer.normalize("<ol><li>a</li></ol>"))
  }

  @Test func allSpecExamplesRenderAsExpected() {
    guard let examples = CommonMarkSpec.examples() else { return }
    #expect(examples.count == 655)
    var failures: [CommonMarkSpecExample] = []
    for example in examples {
      let actual = HTMLRenderer().render(CommonMark.parse(example.markdown).blocks)
      if HTMLNormalizer.normalize(actual) != HTMLNormalizer.normalize(example.html) {
        failures.append(example)
        // Enough detail to read a failure without opening the spec; the rest by number.
        if failures.count <= 40 {
          Issue.record(
            """
            \(example) fails
            --- markdown:
            \(visible(example.markdown))--- expected:
            \(example.html)--- actual:
            \(actual)
            """)
        }
      }
    }
    let passed = examples.count - failures.count
    print("CommonMark spec 0.31.2: \(passed) of \(examples.count) examples pass")
    if !failures.isEmpty {
      print("failing examples: " + failures.map { String($0.number) }.joined(separator: " "))
    }
    #expect(failures.isEmpty, "failing examples: \(failures.map(\.number))")
  }

  /// Shows tabs as `→`, as the spec does.
  private func visible(_ text: String) -> String {
    text.replacingOccurrences(of: "\t", with: "→")
  }
}
