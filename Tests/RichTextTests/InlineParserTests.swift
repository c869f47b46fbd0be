import Testing

@testable import RichText

/// The span of the inline at `path` as `line:column-line:column`.
private func span(_ document: InlineDocument, _ path: Int...) -> String? {
  document.sourceMap.spans[NodePath(path)]?.description
}

@Suite("Inline parser: text, escapes, entities, breaks, code")
struct InlineBasicsTests {
  @Test func escapesMergeIntoOneTextNode() {
    let document = CommonMark.parseInline(#"foo\*bar\q"#)
    #expect(document.inlines == [.text(#"foo*bar\q"#)])
    #expect(span(document, 0) == "1:1-1:11")
  }

  @Test func entitiesAndNumericReferences() {
    let document = CommonMark.parseInline("&amp; &copy; &#35; &#x22; &nosuch; &#0; &ngE;")
    #expect(document.inlines == [.text("& © # \" &nosuch; \u{FFFD} \u{2267}\u{338}")])
  }

  @Test func softBreakDropsSpacesAroundTheLineEnding() {
    let document = CommonMark.parseInline("foo \n  bar")
    #expect(document.inlines == [.text("foo"), .softBreak, .text("bar")])
    #expect(span(document, 0) == "1:1-1:4")
    #expect(span(document, 1) == "1:5-1:6")
    #expect(span(document, 2) == "2:3-2:6")
    #expect(document.sourceMap.spans[NodePath([2])]?.start.offset == 7)
  }

  @Test func hardBreaksFromSpacesAndBackslash() {
    let spaces = CommonMark.parseInline("foo  \nbar")
    #expect(spaces.inlines == [.text("foo"), .hardBreak, .text("bar")])
    #expect(span(spaces, 1) == "1:4-1:7")
    let backslash = CommonMark.parseInline("foo\\\nbar")
    #expect(backslash.inlines == [.text("foo"), .hardBreak, .text("bar")])
    #expect(span(backslash, 1) == "1:4-1:6")
    // At the end of the content neither is a break.
    #expect(CommonMark.parseInline("foo\\").inlines == [.text("foo\\")])
    #expect(CommonMark.parseInline("foo  ").inlines == [.text("foo")])
    // Whitespace from character references is content, never trimmed (as in cmark).
    #expect(CommonMark.parseInline("b&#9;\nc").inlines == [.text("b\t"), .softBreak, .text("c")])
    #expect(
      CommonMark.parseInline("a\n&#32;\nb").inlines == [
        .text("a"), .softBreak, .text(" "), .softBreak, .text("b"),
      ])
    // Trailing tabs are dropped too, but only spaces make a hard break (as in cmark).
    let tab = CommonMark.parseInline("foo \t\nbar")
    #expect(tab.inlines == [.text("foo"), .softBreak, .text("bar")])
    let spacesAfterTab = CommonMark.parseInline("foo\t  \nbar")
    #expect(spacesAfterTab.inlines == [.text("foo"), .hardBreak, .text("bar")])
  }

  @Test func codeSpansStripOneSpaceAndJoinLines() {
    let document = CommonMark.parseInline("a `` foo ` bar `` b")
    #expect(document.inlines == [.text("a "), .code("foo ` bar"), .text(" b")])
    #expect(span(document, 1) == "1:3-1:18")
    #expect(CommonMark.parseInline("`a\nb`").inlines == [.code("a b")])
    #expect(CommonMark.parseInline("`  `").inlines == [.code("  ")])
    #expect(CommonMark.parseInline("```foo``").inlines == [.text("```foo``")])
  }

  @Test func columnsCountUnicodeScalars() {
    let document = CommonMark.parseInline("é *b*")
    #expect(span(document, 1) == "1:3-1:6")
    #expect(document.sourceMap.spans[NodePath([1])]?.start.offset == 3)
  }

  @Test func crlfLineEndingsAndNul() {
    let document = CommonMark.parseInline("a\r\n b\u{0}")
    #expect(document.inlines == [.text("a"), .softBreak, .text("b\u{FFFD}")])
    #expect(span(document, 2) == "2:2-2:4")
  }
}

@Suite("Inline parser: emphasis")
struct InlineEmphasisTests {
  @Test func emphasisAndStrongWithSpans() {
    let document = CommonMark.parseInline("*foo* and __bar__")
    #expect(
      document.inlines == [.emphasis([.text("foo")]), .text(" and "), .strong([.text("bar")])])
    #expect(span(document, 0) == "1:1-1:6")
    #expect(span(document, 0, 0) == "1:2-1:5")
    #expect(span(document, 2) == "1:11-1:18")
  }

  @Test func tripleRunsNestStrongInsideEmphasis() {
    #expect(
      CommonMark.parseInline("***a***").inlines == [.emphasis([.strong([.text("a")])])])
    let partial = CommonMark.parseInline("***a**")
    #expect(partial.inlines == [.text("*"), .strong([.text("a")])])
    #expect(span(partial, 1) == "1:2-1:7")
  }

  @Test func ruleOfThree() {
    #expect(
      CommonMark.parseInline("*foo**bar**baz*").inlines == [
        .emphasis([.text("foo"), .strong([.text("bar")]), .text("baz")])
      ])
    #expect(
      CommonMark.parseInline("*foo**bar*").inlines == [.emphasis([.text("foo**bar")])])
  }

  @Test func flankingRules() {
    #expect(CommonMark.parseInline("foo_bar_").inlines == [.text("foo_bar_")])
    #expect(
      CommonMark.parseInline("foo*bar*").inlines == [.text("foo"), .emphasis([.text("bar")])])
    #expect(CommonMark.parseInline("a * b *").inlines == [.text("a * b *")])
    // A both-flanking `__` between the two cannot block them (rule 9 concerns only the pair
    // being matched); markdown-it and commonmark.py agree, cmark 0.30.2 does not.
    #expect(CommonMark.parseInline("_!__!_").inlines == [.emphasis([.text("!__!")])])
    #expect(
      CommonMark.parseInline("*(*foo*)*").inlines == [
        .emphasis([.text("("), .emphasis([.text("foo")]), .text(")")])
      ])
  }
}

@Suite("Inline parser: links, images, autolinks, raw HTML")
struct InlineLinkTests {
  @Test func inlineLinkWithTitleAndNestedEmphasis() {
    let document = CommonMark.parseInline(#"[a *b*](/u "t") c"#)
    let link = Link(destination: "/u", title: "t", content: [.text("a "), .emphasis([.text("b")])])
    #expect(document.inlines == [.link(link), .text(" c")])
    #expect(span(document, 0) == "1:1-1:16")
    #expect(span(document, 0, 1) == "1:4-1:7")
    #expect(span(document, 0, 1, 0) == "1:5-1:6")
  }

  @Test func destinations() {
    #expect(
      CommonMark.parseInline("[a](foo(and(bar)))").inlines == [
        .link(Link(destination: "foo(and(bar))", content: [.text("a")]))
      ])
    #expect(
      CommonMark.parseInline("[a](<b c> 'x\\'y')").inlines == [
        .link(Link(destination: "b c", title: "x'y", content: [.text("a")]))
      ])
    #expect(
      CommonMark.parseInline("[a](\n/u\n)").inlines == [
        .link(Link(destination: "/u", content: [.text("a")]))
      ])
    #expect(CommonMark.parseInline("[a](b c)").inlines == [.text("[a](b c)")])
    #expect(
      CommonMark.parseInline("[a](/f&ouml;\\*)").inlines == [
        .link(Link(destination: "/fö*", content: [.text("a")]))
      ])
  }

  @Test func linksCannotContainLinks() {
    let document = CommonMark.parseInline("[a [b](/x)](/y)")
    #expect(
      document.inlines == [
        .text("[a "), .link(Link(destination: "/x", content: [.text("b")])), .text("](/y)"),
      ])
    // Images may contain links.
    #expect(
      CommonMark.parseInline("![a [b](/x)](/y)").inlines == [
        .image(
          Link(
            destination: "/y",
            content: [.text("a "), .link(Link(destination: "/x", content: [.text("b")]))]))
      ])
  }

  @Test func referenceLinksFullCollapsedShortcut() {
    let references: LinkReferenceMap = [
      "foo": LinkReferenceDefinition(label: "foo", destination: "/f", title: "T"),
      "bar baz": LinkReferenceDefinition(label: "bar baz", destination: "/b", title: ""),
    ]
    let parser = InlineParser(references: references, options: ParseOptions())
    let text = "[x][FOO] [foo][] [Bar\n  Baz] [nope] ![foo]"
    let content = InlineContent(text: text)
    let result = parser.parse(content)
    #expect(
      result.inlines == [
        .link(Link(destination: "/f", title: "T", content: [.text("x")])), .text(" "),
        .link(Link(destination: "/f", title: "T", content: [.text("foo")])), .text(" "),
        .link(Link(destination: "/b", content: [.text("Bar"), .softBreak, .text("Baz")])),
        .text(" [nope] "),
        .image(Link(destination: "/f", title: "T", content: [.text("foo")])),
      ])
    #expect(result.sourceMap[NodePath([0])]?.description == "1:1-1:9")
    #expect(result.sourceMap[NodePath([4])]?.description == "1:18-2:7")
    #expect(result.sourceMap[NodePath([4, 2])]?.description == "2:3-2:6")
  }

  @Test func spansCanBeWrittenUnderABlockNode() {
    let parser = InlineParser(references: [:], options: ParseOptions())
    var builder = SourceMapBuilder(root: nil)
    let block = builder.add(
      parent: SourceMapBuilder.root, index: 0,
      span: SourceRange(
        start: SourceLocation(line: 1, column: 1, offset: 0),
        end: SourceLocation(line: 1, column: 9, offset: 8)))
    let (inlines, warnings) = parser.parse(
      InlineContent(text: "a *b*"), parent: block, into: &builder)
    #expect(inlines == [.text("a "), .emphasis([.text("b")])])
    #expect(warnings.isEmpty)
    let map = builder.build()
    #expect(map.count == 4)
    #expect(map[NodePath([0, 1, 0])]?.description == "1:4-1:5")
    #expect(map[NodePath([0, 1])]?.description == "1:3-1:6")
  }

  @Test func imageWithSpan() {
    let document = CommonMark.parseInline("x ![alt *y*](/i.png)")
    #expect(
      document.inlines == [
        .text("x "),
        .image(Link(destination: "/i.png", content: [.text("alt "), .emphasis([.text("y")])])),
      ])
    #expect(span(document, 1) == "1:3-1:21")
  }

  @Test func autolinks() {
    let document = CommonMark.parseInline("<https://x.y/z?a=b> <a.b@c-d.co> <1 b> <m:x>")
    #expect(
      document.inlines == [
        .autolink(Autolink(target: "https://x.y/z?a=b", isEmail: false)), .text(" "),
        .autolink(Autolink(target: "a.b@c-d.co", isEmail: true)), .text(" <1 b> <m:x>"),
      ])
    #expect(span(document, 2) == "1:21-1:33")
  }

  @Test func rawHTML() {
    let source = #"a <span class="x" data-y='1' z>b</span> <!-- c --> <?p?> <!DOC x> <![CDATA[y]]>"#
    let document = CommonMark.parseInline(source)
    #expect(
      document.inlines == [
        .text("a "), .html(#"<span class="x" data-y='1' z>"#), .text("b"), .html("</span>"),
        .text(" "), .html("<!-- c -->"), .text(" "), .html("<?p?>"), .text(" "),
        .html("<!DOC x>"), .text(" "), .html("<![CDATA[y]]>"),
      ])
    #expect(span(document, 1) == "1:3-1:32")
    #expect(CommonMark.parseInline("<a =x> <!--> <33>").inlines[0] == .text("<a =x> "))
    #expect(CommonMark.parseInline("<!--> x").inlines == [.html("<!-->"), .text(" x")])
  }
}

@Suite("Inline parser: depth limit")
struct InlineDepthTests {
  /// The deepest nesting of containers in `inlines`.
  static func depth(_ inlines: [Inline]) -> Int {
    inlines.map { inline -> Int in
      switch inline {
      case .emphasis(let children), .strong(let children): return 1 + depth(children)
      case .link(let link), .image(let link): return 1 + depth(link.content)
      default: return 0
      }
    }.max() ?? 0
  }

  @Test func deepNestingIsFlattenedWithAWarning() {
    let text = String(repeating: "![", count: 10) + "a" + String(repeating: "](b)", count: 10)
    let document = CommonMark.parseInline(text, options: ParseOptions(maxNestingDepth: 4))
    #expect(Self.depth(document.inlines) == 4)
    #expect(document.warnings.map(\.id) == ["richtext.depth-limit"])
    let full = CommonMark.parseInline(text)
    #expect(Self.depth(full.inlines) == 10)
    #expect(full.warnings.isEmpty)
  }

  @Test func veryDeepEmphasisDoesNotOverflow() {
    let text = String(repeating: "*", count: 100_000) + "a" + String(repeating: "*", count: 100_000)
    let document = CommonMark.parseInline(text)
    #expect(Self.depth(document.inlines) == 100)
    #expect(document.warnings.first?.id == "richtext.depth-limit")
  }
}

@Suite("Node paths")
struct NodePathTests {
  @Test func packedAndSpilledPathsBehaveLikeArrays() {
    let samples: [[Int]] = [
      [], [0], [1, 2, 3], Array(0..<8), Array(0..<9), [Int(UInt32.max) + 1], [-1, 2],
      [5, Int(UInt32.max)],
    ]
    for indices in samples {
      let path = NodePath(indices)
      #expect(path.indices == indices)
      #expect(path.child(7).indices == indices + [7])
      #expect(path.child(7) == NodePath(indices + [7]))
      #expect(path.child(7).hashValue == NodePath(indices + [7]).hashValue)
      #expect(path.description == indices.map(String.init).joined(separator: "/"))
    }
    #expect(NodePath([1, 2]) != NodePath([2, 1]))
    #expect(NodePath([0]) != NodePath([0, 0]))
    var path = NodePath([1])
    path.indices.append(4)
    #expect(path == NodePath([1, 4]))
    let map = RichTextSourceMap(spans: [NodePath([1]): SourceRange(
      start: SourceLocation(line: 1, column: 1, offset: 0),
      end: SourceLocation(line: 1, column: 2, offset: 1))])
    #expect(map.span(at: NodePath([1, 0, 3]))?.description == "1:1-1:2")
    #expect(map.span(at: NodePath([2])) == nil)
  }
}
