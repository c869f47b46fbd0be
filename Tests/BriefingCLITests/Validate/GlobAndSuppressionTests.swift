import BriefingCLI
import BriefingCore
import BriefingFormats
import Testing

@Suite struct GlobPatternTests {
  private func matches(_ pattern: String, _ path: String, directory: Bool = false) -> Bool {
    GlobPattern(pattern)?.matches(path, isDirectory: directory) ?? false
  }

  @Test func gitignoreSemantics() {
    #expect(matches("*.yaml", "a.yaml"))
    #expect(matches("*.yaml", "deep/er/a.yaml"))  // no slash: any depth
    #expect(!matches("/*.yaml", "deep/a.yaml"))  // leading slash: anchored
    #expect(matches("docs/*.md", "docs/a.md"))
    #expect(!matches("docs/*.md", "x/docs/a.md"))  // inner slash: anchored
    #expect(matches("**/docs/*.md", "x/y/docs/a.md"))
    #expect(matches("**/docs/*.md", "docs/a.md"))
    #expect(matches("a/**/b", "a/b"))
    #expect(matches("a/**/b", "a/x/y/b"))
    #expect(matches("a/**", "a/x/y"))
    #expect(!matches("a/**", "b/x"))
    #expect(matches("build/", "build", directory: true))
    #expect(!matches("build/", "build"))
    #expect(matches("?.txt", "a.txt"))
    #expect(!matches("?.txt", "ab.txt"))
    #expect(matches("[a-c]x", "bx"))
    #expect(!matches("[!a-c]x", "bx"))
    #expect(matches("[!a-c]x", "dx"))
    #expect(matches("a[", "a["))  // an unclosed class is literal
    #expect(!matches("*", ".hidden"))  // a leading dot must be matched literally
    #expect(matches(".*", ".hidden"))
    #expect(matches("\\*.md", "*.md"))
    #expect(!matches("\\*.md", "a.md"))
    #expect(matches("résumé-*.yaml", "résumé-1.yaml"))
    #expect(GlobPattern("# comment") == nil)
    #expect(GlobPattern("   ") == nil)
    #expect(GlobPattern("!keep.yaml")?.isNegated == true)
    #expect(GlobPattern.hasMagic("a/*.md") && !GlobPattern.hasMagic("a/b.md"))
  }

  @Test func lastMatchWinsAndDirectoriesExcludeTheirContents() {
    var rules = IgnoreRules()
    rules.add(["vendor/", "*.json", "!keep.json"], base: "/r")
    #expect(rules.excludes("/r/vendor/a/b.yaml", isDirectory: false))
    #expect(rules.excludes("/r/x/a.json", isDirectory: false))
    #expect(!rules.excludes("/r/x/keep.json", isDirectory: false))
    #expect(!rules.excludes("/r/x/a.yaml", isDirectory: false))
    #expect(!rules.excludes("/elsewhere/a.json", isDirectory: false))  // outside the base
  }

  @Test func hostilePatternsFinish() {
    let pattern = String(repeating: "*a", count: 30) + "b"
    let name = String(repeating: "a", count: 200)
    #expect(!matches(pattern, name))
    let deep = String(repeating: "**/", count: 30) + "x"
    #expect(!matches(deep, String(repeating: "a/", count: 100) + "y"))
  }
}

@Suite struct SuppressionTests {
  private func diagnostic(_ id: String, line: Int) -> Diagnostic {
    Diagnostic(.error, id, "m", range: SourceRange(at: SourceLocation(line: line, column: 1)))
  }

  @Test func markersInYAMLComments() {
    let text = """
      a: 1 # briefing-disable-line rule.x, rule.y
      # briefing-disable-next-line
      b: 2
      c: "# briefing-disable-line rule.z"
      d: C# notes  #briefing-disable-line rule.w
      """
    let suppression = Suppression(scanning: Array(text.utf8), style: .hash)
    #expect(suppression.suppresses(diagnostic("rule.x", line: 1)))
    #expect(suppression.suppresses(diagnostic("rule.y", line: 1)))
    #expect(!suppression.suppresses(diagnostic("rule.z", line: 1)))
    #expect(suppression.suppresses(diagnostic("anything", line: 3)))
    #expect(!suppression.suppresses(diagnostic("rule.z", line: 4)))  // inside a string
    #expect(suppression.suppresses(diagnostic("rule.w", line: 5)))
    #expect(!suppression.suppresses(Diagnostic(.error, "rule.x", "m")))  // no line: no match
  }

  @Test func fileMarkersAndHTMLComments() {
    let html = "<p>x</p>\n<!-- briefing-disable-file rule.a -->\n<!--briefing-disable-line-->"
    let suppression = Suppression(scanning: Array(html.utf8), style: .html)
    #expect(suppression.suppresses(diagnostic("rule.a", line: 99)))
    #expect(Suppression(scanning: Array(html.utf8), style: .html).file == ["rule.a"])
    #expect(suppression.suppresses(diagnostic("rule.b", line: 3)))
    #expect(!suppression.suppresses(diagnostic("rule.b", line: 1)))
    let all = Suppression(
      scanning: Array("# briefing-disable-file\n# briefing-disable-file rule.a".utf8), style: .hash)
    #expect(all.file == [])  // "every rule" is not narrowed by a later marker
    #expect(Suppression(scanning: Array(html.utf8), style: .none) == Suppression())
    let registry = BuiltInFormats.registry()
    #expect(registry.format(named: "markdown")?.descriptor.commentStyle == .markdown)
    #expect(registry.format(named: "yaml")?.descriptor.commentStyle == .hash)
    #expect(
      registry.format(named: "json")?.descriptor.commentStyle == Suppression.CommentStyle.none)
  }

  @Test func markdownTakesYAMLCommentsOnlyInFrontMatter() {
    let text = """
      ---
      id: X Y  # briefing-disable-line rule.id-not-slug
      ---

      # briefing-disable-file
      <!-- briefing-disable-next-line rule.b -->
      text
      """
    let suppression = Suppression(scanning: Array(text.utf8), style: .markdown)
    #expect(suppression.suppresses(diagnostic("rule.id-not-slug", line: 2)))
    #expect(suppression.file == nil)  // a `#` heading in the body is not a comment
    #expect(suppression.suppresses(diagnostic("rule.b", line: 7)))
    #expect(!suppression.suppresses(diagnostic("rule.c", line: 7)))
  }
}
