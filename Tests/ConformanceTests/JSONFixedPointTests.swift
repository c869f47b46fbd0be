import BriefingCLI
import BriefingCore
import BriefingFormats
import BriefingTesting
import Testing

/// JSON is a fixed point after the first read: whatever the HTML or Markdown reader makes of a
/// page, writing it as JSON and reading that back gives the same model, so converting the JSON
/// again gives the same bytes.
@Suite struct JSONFixedPointTests {
  /// Pages whose rich text CommonMark cannot show as it was read: truncated tags, empty and
  /// whitespace-only elements, lone breaks, nested empty lists, code without a final newline.
  static let html: [String] = [
    "<h1><p", "<h1>T</h1><p>", "<h1>T</h1><p> </p>", "<h1>T</h1><p><br></p>",
    "<h1>T</h1><p>a<br></p>", "<h1>T</h1><p><br>a</p>", "<h1>T<br></h1>", "<h1><br></h1><p>x",
    "<h1>T</h1><ul></ul>", "<h1>T</h1><ul><li></li></ul>", "<h1>T</h1><ul><li><ul></ul></li></ul>",
    "<h1>T</h1><ol start=0><li><ol><li></ol></ol>", "<h1>T</h1><blockquote></blockquote>",
    "<h1>T</h1><blockquote><p></p></blockquote>", "<h1>T</h1><pre>x</pre>", "<h1>T</h1><pre></pre>",
    "<h1>T</h1><h2></h2>", "<h1>T</h1><h3> </h3><p>a", "<h1>T</h1><p><em></em></p>",
    "<h1>T</h1><p><a href=x></a></p>", "<h1>T</h1><p><code></code></p>", "<h1>T</h1><hr><hr>",
    "<h1>T</h1><h2>Key takeaways</h2><ul><li><p></p></li><li> </li></ul>",
    "<h1>T</h1><h2>FAQ</h2><details><summary></summary></details>",
    "<h1>T</h1><h2>FAQ</h2><details><summary><br></summary><p></details>",
    "<h1>T</h1><h2>X</h2><p>a</p><p></p><div><p> </p></div>", "<h1>T</h1><p>a&#10;&#10;b</p>",
    "<h1>T</h1><p>  a  </p><p>\u{A0}</p>", "<h1>T</h1><p>&lt;!--</p>", "<h1>T</h1><p><img></p>",
  ]

  /// Markdown with the same kinds of oddities.
  static let markdown: [String] = [
    "# T\n\n", "#\n", "# T\n\n-\n", "# T\n\n- \n- -\n", "# T\n\n>\n", "# T\n\n```\n",
    "# T\n\n## Key takeaways\n\n- a\\\n- \n", "# T\n\n<details>\n", "# T\n\n  \n\n<!--\n",
    "# T\n\n## FAQ\n\n### \n\n", "# T\n\n1.\n   2.\n", "# T  \\\n", "# T\n\n    \n    x\n",
  ]

  /// `json(read(x))`, read as JSON and written again, is the same text; and the model too.
  private func expectFixedPoint(_ text: String, format: String) throws {
    let registry = BuiltInFormats.registry()
    let reader = try #require(registry.format(named: format)?.reader)
    let json = try #require(registry.format(named: "json"))
    let jsonReader = try #require(json.reader)
    let jsonWriter = try #require(json.writer)
    let options = FormatOptions()
    guard let first = reader.read(SourceFile(name: "odd", text: text), options: options).briefing
    else { return }
    let once = String(
      decoding: try jsonWriter.write(first, options: options).bytes, as: UTF8.self)
    let reread = jsonReader.read(SourceFile(name: "odd.json", text: once), options: options)
    let second = try #require(reread.briefing, "\(reread.diagnostics.map(\.formatted))")
    let twice = String(
      decoding: try jsonWriter.write(second, options: options).bytes, as: UTF8.self)
    #expect(once == twice, "\(format) \(text.debugDescription):\n\(once)\n---\n\(twice)")
    #expect(second == first, "\(format) \(text.debugDescription): the model changed")
  }

  /// What the reader made of `text`, written as Markdown, reads back with no errors, equal.
  private func expectMarkdownReadsBack(_ text: String, format: String) throws {
    let registry = BuiltInFormats.registry()
    let reader = try #require(registry.format(named: format)?.reader)
    let markdown = try #require(registry.format(named: "markdown"))
    let options = FormatOptions()
    guard let model = reader.read(SourceFile(name: "odd", text: text), options: options).briefing
    else { return }
    let written = try #require(markdown.writer).write(model, options: options).bytes
    let reread = try #require(markdown.reader).read(
      SourceFile(name: "odd.md", bytes: written), options: options)
    let shown = String(decoding: written, as: UTF8.self)
    #expect(!reread.diagnostics.hasErrors, "\(reread.diagnostics.map(\.formatted))\n\(shown)")
    #expect(reread.briefing == model, "\(format) \(text.debugDescription):\n\(shown)")
  }

  @Test(arguments: html) func htmlReadsToAFixedPoint(_ text: String) throws {
    try expectFixedPoint(text, format: "html")
    try expectMarkdownReadsBack(text, format: "html")
  }

  @Test(arguments: markdown) func markdownReadsToAFixedPoint(_ text: String) throws {
    try expectFixedPoint(text, format: "markdown")
    try expectMarkdownReadsBack(text, format: "markdown")
  }

  /// The examples, mangled, through both readers.
  @Test(arguments: ["html", "markdown"]) func mangledExamplesReadToAFixedPoint(_ format: String)
    throws
  {
    var generator = SeededGenerator(seed: 12)
    let examples = ReaderRobustnessTests.examples.filter {
      $0.name.hasSuffix(format == "html" ? ".html" : ".md")
    }
    #expect(!examples.isEmpty)
    for example in examples {
      for _ in 0..<30 {
        let bytes = ReaderRobustnessTests.mangle(example.bytes, generator: &generator)
        let text = String(decoding: bytes, as: UTF8.self)
        try expectFixedPoint(text, format: format)
        try expectMarkdownReadsBack(text, format: format)
      }
    }
  }
}
