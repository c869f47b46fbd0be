import BriefingCore
import BriefingFormats
import Foundation
import RichText
import Testing

/// The versioned JSON AST: lossless for every node kind, version checked first, and the
/// `ast` format on the command line.
@Suite struct PluginsASTTests {
  /// A briefing using every block and inline kind, extensions in non-alphabetical order, and
  /// hostile strings.
  static let everything: Briefing = {
    let inlines: [Inline] = [
      .text("<&>\"' *_#[] \u{00A0}\u{1F600} \\ \n"), .softBreak, .hardBreak, .code("a`b"),
      .emphasis([.text("em"), .strong([.text("both")])]),
      .link(Link(destination: "https://x.org/?a=1&b=2", title: "T", content: [.text("link")])),
      .image(Link(destination: "i.png", content: [.text("alt")])),
      .autolink(Autolink(target: "a@b.c", isEmail: true)), .html("<kbd>"),
    ]
    let blocks: [Block] = [
      .paragraph(inlines), .heading(level: 3, [.text("h")]),
      .list(
        ListBlock(
          kind: .bullet(marker: UInt8(ascii: "*")), isTight: false,
          items: [
            [.paragraph([.text("a")])], [.blockQuote([.paragraph([.text("q")])])],
          ])),
      .list(
        ListBlock(
          kind: .ordered(start: 7, delimiter: UInt8(ascii: ")")), isTight: true,
          items: [[.codeBlock(CodeBlock(info: "swift", literal: "let x = 1\n", isFenced: true))]])),
      .thematicBreak, .html("<div>\n"),
      .codeBlock(CodeBlock(info: "", literal: "  indented\n", isFenced: false)),
    ]
    let extensions: Extensions = [
      "x-z": .integer(1),
      "x-a": .object(["k2": .number(1.5), "k1": .array([.null, .bool(true)])]),
      "x-m": .string("é"),
    ]
    return Briefing(
      title: InlineText(inlines), category: "Cat", id: "an-id", summary: BlockText(blocks),
      published: "2026-01-01", updated: "2026-01-02T10:00:00Z",
      source: BriefingSource(name: "S", url: "https://s", extensions: extensions),
      authors: ["A", "B"], tags: ["t"], language: "en",
      engagement: Engagement(
        reactions: [Reaction(label: "L", count: 1, total: 2, extensions: extensions)],
        loginRequired: true, extensions: extensions),
      sections: [
        .takeaways(
          TakeawaysSection(title: "T", items: [InlineText(inlines)], extensions: extensions)),
        .questions(
          QuestionsSection(items: [
            Question(
              question: InlineText(inlines), answer: BlockText(blocks), expanded: true, id: "q")
          ])),
        .comments(
          CommentsSection(
            policy: .loggedIn,
            items: [
              Comment(
                author: "c", posted: "2026-01-01T00:00:00Z", body: BlockText(blocks),
                replies: [
                  Comment(author: "r", body: BlockText([]))
                ])
            ])),
        .text(TextSection(body: BlockText(blocks))),
      ],
      extensions: extensions)
  }()

  @Test func everyNodeKindRoundTrips() throws {
    let bytes = BriefingAST.encodedBytes(Self.everything)
    let back = BriefingAST.read(bytes, file: "everything.ast.json")
    #expect(back.diagnostics.isEmpty)
    #expect(back.briefing == Self.everything)
    // Foundation agrees it is JSON, and the version comes first.
    #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    #expect(String(decoding: bytes.prefix(15), as: UTF8.self) == "{\"astVersion\":1")
  }

  @Test func richTextIsTaggedNodes() throws {
    let briefing = Briefing(title: InlineText([.emphasis([.text("hi")])]))
    let text = String(decoding: BriefingAST.encodedBytes(briefing), as: UTF8.self)
    #expect(text.contains(#""title":[{"t":"Emphasis","c":[{"t":"Text","c":"hi"}]}]"#))
  }

  @Test func unknownVersionIsRefusedBeforeAnythingElse() {
    let future = BriefingAST.read(
      Array(#"{"astVersion":2,"title":"not even valid v1"}"#.utf8), file: "f.ast.json")
    #expect(future.briefing == nil)
    #expect(future.diagnostics.map(\.id) == ["ast.unsupported-version"])
    #expect(future.diagnostics.first?.path == DocumentPath.root.appending("astVersion"))
    #expect(future.diagnostics.first?.range?.start.column == 15)
    let error = ASTError.unsupportedVersion(2)
    #expect(error.message == "AST version 2 is not supported; this briefing speaks 1")
    let missing = BriefingAST.read(Array(#"{"title":[]}"#.utf8), file: "f.ast.json")
    #expect(missing.diagnostics.map(\.id) == ["schema.missing-key"])
  }

  @Test func everyErrorIsReportedWithItsPositionAndPath() {
    let text = """
      {"astVersion": 1, "title": [],
       "sections": [{"type": "text", "body": [{"t": "Para"}]}],
       "engagement": {"reactions": [{"label": "up", "count": "x"}]}}
      """
    let result = BriefingAST.read(Array(text.utf8), file: "f.ast.json")
    #expect(result.briefing == nil)
    #expect(
      result.diagnostics.map(\.formatted) == [
        "f.ast.json:2:47: error: unknown block 'Para'; use one of "
          + "Paragraph, Heading, BulletList, OrderedList, BlockQuote, CodeBlock, ThematicBreak, "
          + "HTML [schema.enum]",
        "f.ast.json:3:56: error: 'count' should be a whole number, not a string [schema.type]",
      ])
    #expect(
      result.diagnostics.map { $0.path?.description } == [
        "/sections/0/body/0/t", "/engagement/reactions/0/count",
      ])
  }

  @Test func hostileJSONIsRefusedNotCrashed() {
    let deep = String(repeating: "[", count: 100_000)
    for bad in [deep, "", "{", #"{"a":1,"a":2}"#, "[1,]", "\"\u{01}\"", "01", "nul", #""\ud800""#] {
      let result = BriefingAST.read(Array(bad.utf8), file: "bad.ast.json")
      #expect(result.briefing == nil, "\(bad.prefix(20))")
      #expect(
        result.diagnostics.contains { $0.severity == .error && $0.range != nil },
        "\(bad.prefix(20))")
    }
  }

  @Test func astFormatOnTheCommandLine() throws {
    let directory = try TestRun.temporaryDirectory()
    let toAST = PluginRun.run(["convert", PluginRun.seed, "-o", "seed.ast.json"], in: directory)
    #expect(toAST.status == 0, "\(toAST)")
    let back = PluginRun.run(["convert", "seed.ast.json", "--to", "yaml"], in: directory)
    #expect(back.status == 0, "\(back)")
    let original = try String(contentsOfFile: PluginRun.seed, encoding: .utf8)
    #expect(back.standardOutput == original)
    let future = PluginRun.run(
      ["convert", "-", "--from", "ast", "--to", "yaml"], input: #"{"astVersion":2}"#)
    #expect(future.status == 1)
    #expect(future.standardError.contains("AST version 2 is not supported; this briefing speaks 1"))
    #expect(future.standardError.contains("[ast.unsupported-version]"))
  }

  @Test func schemaIsPublishedAndNamesEveryNode() throws {
    let path = TestRun.packageRoot + "/Schemas/briefing-ast-v1.schema.json"
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let tags = [
      "Paragraph", "Heading", "BulletList", "OrderedList", "BlockQuote", "CodeBlock",
      "ThematicBreak", "HTML", "Text", "SoftBreak", "HardBreak", "Code", "Emphasis", "Strong",
      "Link", "Image", "Autolink",
    ]
    for tag in tags { #expect(text.contains("\"const\": \"\(tag)\""), "\(tag)") }
  }
}
