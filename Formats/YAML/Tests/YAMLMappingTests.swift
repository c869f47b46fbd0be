import BriefingCore
import BriefingFormats
import BriefingTesting
import BriefingYAML
import Foundation
import Testing
import YAMLFormat

@Suite struct YAMLMappingTests {
  @Test func writerOutputReadsBackEqual() throws {
    let text = try writeYAML(Fixtures.everyFieldPlain)
    let result = readYAML(text)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    #expect(result.briefing == Fixtures.everyFieldPlain)
    #expect(try writeYAML(#require(result.briefing)) == text)
  }

  @Test func writerGolden() throws {
    assertGolden(
      try writeYAML(Fixtures.everyFieldPlain),
      path: YAMLFiles.golden.appendingPathComponent("full.yaml").path)
  }

  @Test func handWrittenDocumentMapsOntoTheModel() throws {
    let yaml = """
      # a comment
      briefing: 1
      category: Operational Updates
      title: Hello
      x-top: {a: [1, 2.5, null, true, text]}
      engagement:
        reactions:
          - {label: Interesting, count: 2, total: 5, x-color: red}
        loginRequired: true
      sections:
        - type: takeaways
          items: [One, Two]
        - type: questions
          items:
            - question: Why?
              answer: |
                Because.
              expanded: true
        - type: comments
          policy: loggedIn
        - type: text
          title: Notes
          body: Free.
      """
    let result = readYAML(yaml)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    let briefing = try #require(result.briefing)
    #expect(briefing.category == "Operational Updates")
    #expect(literal(briefing.title.inlines) == "Hello")
    #expect(
      briefing.extensions["x-top"]
        == .object(["a": .array([.integer(1), .number(2.5), .null, .bool(true), .string("text")])]))
    #expect(
      briefing.engagement?.reactions == [
        Reaction(label: "Interesting", count: 2, total: 5, extensions: ["x-color": .string("red")])
      ])
    #expect(briefing.engagement?.loginRequired == true)
    #expect(briefing.sections.map(\.type) == [.takeaways, .questions, .comments, .text])
    guard case .questions(let questions) = briefing.sections[1],
      case .comments(let comments) = briefing.sections[2]
    else { return }
    #expect(questions.items.first?.expanded == true)
    #expect(literal(questions.items.first?.answer.blocks ?? []) == "Because.")
    #expect(comments.policy == .loggedIn && comments.items.isEmpty)
    #expect(briefing.sections[3].title == "Notes")
    // Every decoded value has a range: keys' values by path, 1-based lines and columns.
    #expect(result.sourceMap[DocumentPath(pointer: "/title")!]?.start.description == "4:8")
    #expect(
      result.sourceMap[DocumentPath(pointer: "/sections/1/items/0/answer")!]?.start.line == 16)
    #expect(
      result.sourceMap[DocumentPath(pointer: "/engagement/reactions/0/x-color")!]?.start.description
        == "8:57")
    #expect(
      result.sourceMap[DocumentPath(pointer: "/sections/0/items/1")!]?.start.description == "12:18")
  }

  @Test func extensionsComeLastInTheirObject() throws {
    let text = try writeYAML(Fixtures.everyFieldPlain)
    let lines = text.split(separator: "\n")
    #expect(lines.first == "briefing: 1")
    #expect(lines.last?.hasPrefix("    - ") == true)
    #expect(lines.firstIndex(of: "x-origin:")! > lines.firstIndex(of: "sections:")!)
    #expect(
      text.contains("    loginRequired: true\n  x-shown: false\n")
        || text.contains("  loginRequired: true\n  x-shown: false\n"))
    #expect(!text.contains("expanded: false"))
  }

  @Test func crlfLineEndsAndByteOrderMarkReadTheSame() throws {
    let text = try writeYAML(Fixtures.everyFieldPlain)
    let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(readYAML(crlf).briefing == Fixtures.everyFieldPlain)
    let withBOM = readYAML([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(withBOM.briefing == Fixtures.everyFieldPlain)
    let title = withBOM.sourceMap[DocumentPath(pointer: "/title")!]?.start
    #expect(title?.description == "2:8" && title?.offset == 3 + 12 + 7)
  }

  @Test func frontMatterModeRequiresNothing() {
    let tree = YAMLComposer().compose(
      Array("category: News\nengagement: {loginRequired: true}\n".utf8)
    ).tree
    guard let tree else {
      Issue.record("no tree")
      return
    }
    let result = TreeDecoder(file: "a.md").decode(tree, mode: .frontMatter)
    #expect(result.diagnostics.isEmpty)
    #expect(result.briefing?.category == "News")
    #expect(result.briefing?.title.isEmpty == true)
    #expect(
      TreeDecoder(file: "a.md").decode(tree).diagnostics.map(\.id)
        == Array(repeating: "schema.missing-key", count: 3))
  }

  @Test func schemaModeline() throws {
    var options = FormatOptions()
    options[YAMLFormat.schemaModeline] = true
    let text = try writeYAML(Fixtures.everyFieldPlain, options: options)
    #expect(
      text.hasPrefix("# yaml-language-server: $schema=\(YAMLFormat.schemaURL)\nbriefing: 1\n"))
    #expect(readYAML(text).briefing == Fixtures.everyFieldPlain)
  }

  @Test func descriptor() {
    let descriptor = YAMLFormat().descriptor
    #expect(descriptor.name == "yaml" && descriptor.aliases == ["yml"])
    #expect(descriptor.fileExtensions == ["yaml", "yml"] && descriptor.isLossless)
    #expect(descriptor.options.map(\.name) == ["schema-modeline", "schema-url"])
  }
}
