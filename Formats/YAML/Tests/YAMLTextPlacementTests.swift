import BriefingCore
import BriefingFormats
import Testing

/// Rich text in YAML scalars whose lines are the file's own bytes is placed node by node;
/// other scalars leave their nodes at the scalar's range.
@Suite struct YAMLTextPlacementTests {
  private let head = "briefing: 1\ntitle: T\nsections: []\n"

  private func range(_ text: String, at pointer: String) -> String? {
    let read = readYAML(head + text)
    #expect(read.briefing != nil)
    return DocumentPath(pointer: pointer).flatMap { read.sourceMap.range(at: $0) }.map {
      "\($0.start)-\($0.end)@\($0.start.offset)"
    }
  }

  @Test func literalBlockPlacesEveryNode() {
    // Line 4 is `summary: |`; the text starts on line 5, indented by two spaces.
    let text = "summary: |\n  First.\n\n  ## Then *see [x](y)*\n"
    let heading = head.utf8.count + "summary: |\n  First.\n\n".utf8.count + 2
    #expect(range(text, at: "/summary/1") == "7:3-7:23@\(heading)")
    // The link is the second inline of the heading's emphasis.
    #expect(range(text, at: "/summary/1/1/1") == "7:16-7:22@\(heading + 13)")
    // A node the text does not have falls back to the nearest one it has.
    #expect(range(text, at: "/summary/1/9") == "7:3-7:23@\(heading)")
  }

  @Test func literalBlockWithDeeperFirstLineKeepsTheBlockIndentation() {
    let text = "summary: |2\n    indented code\n  [x](y)\n"
    // The value is "  indented code\n[x](y)\n": one paragraph, the link its third inline.
    #expect(range(text, at: "/summary/0/2")?.hasPrefix("6:3-6:9@") == true)
  }

  @Test func oneLineScalarsWithoutEscapesArePlaced() {
    #expect(range("summary: See [x](y).\n", at: "/summary/0/1")?.hasPrefix("4:14-4:20@") == true)
    #expect(range("summary: 'See [x](y).'\n", at: "/summary/0/1")?.hasPrefix("4:15-4:21@") == true)
    #expect(
      range("summary: \"See [x](y).\"\n", at: "/summary/0/1")?.hasPrefix("4:15-4:21@") == true)
  }

  @Test(arguments: [
    "summary: >\n  See\n  [x](y).\n",
    "summary: \"See\\n\\n[x](y).\"\n",
    "summary: 'It''s [x](y)'\n",
    "summary: See\n  [x](y).\n",
  ])
  func scalarsThatAreNotTheFilesBytesFallBackToTheirRange(_ text: String) {
    let value = range(text, at: "/summary")
    #expect(value != nil)
    #expect(range(text, at: "/summary/0/1") == value)
  }
}
