import BriefingCore
import BriefingFormats
import Testing
import YAMLFormat

/// Bad YAML input of every kind: each gives a diagnostic with id, path and line:column.
@Suite struct YAMLDiagnosticsTests {
  @Test func invalidYAML() {
    let result = readYAML("briefing: 1\ntitle: [unclosed\nsections: []\n")
    #expect(result.briefing == nil)
    let diagnostic = expectDiagnostic(result, "yaml.syntax", path: nil, at: (3, 9))
    #expect(diagnostic?.message.contains("flow sequence") == true)
  }

  @Test func badIndentation() {
    let result = readYAML("briefing: 1\ntitle: T\n  sections: []\n")
    expectDiagnostic(result, "yaml.syntax", path: nil, at: (3, 11))
  }

  @Test func wrongTypes() {
    let yaml = """
      briefing: "1"
      title: T
      engagement:
        reactions:
          - label: Support
            count: "3"
        loginRequired: maybe
      sections: {}
      """
    let result = readYAML(yaml)
    let version = expectDiagnostic(result, "schema.type", path: "/briefing", at: (1, 11))
    #expect(version?.message.contains("integer") == true)
    let count = result.diagnostics.first { $0.path?.description == "/engagement/reactions/0/count" }
    #expect(count?.id == "schema.type")
    #expect(count?.message.contains("remove the quotes") == true)
    #expect(count?.range?.start.line == 6)
    let login = result.diagnostics.first { $0.path?.description == "/engagement/loginRequired" }
    #expect(login?.range?.start.description == "7:18")
    let sections = result.diagnostics.first { $0.path?.description == "/sections" }
    #expect(sections?.message == "'sections' should be a list, not a mapping")
    #expect(sections?.range?.start.description == "8:11")
  }

  @Test func missingTitle() {
    let result = readYAML("briefing: 1\nsections: []\n")
    let diagnostic = expectDiagnostic(result, "schema.missing-key", path: "/title", at: (1, 1))
    #expect(diagnostic?.message == "missing required key 'title' in the briefing; add it")
  }

  @Test func unknownKeyWithHint() {
    let result = readYAML("briefing: 1\ntitel: T\nsections: []\n")
    let diagnostic = expectDiagnostic(result, "schema.unknown-key", path: "/titel", at: (2, 1))
    #expect(diagnostic?.message == "unknown key 'titel' in the briefing; did you mean 'title'?")
    let far = readYAML(
      "briefing: 1\ntitle: T\nsections:\n  - type: text\n    body: b\n    zzz: 1\n")
    let farDiagnostic = expectDiagnostic(
      far, "schema.unknown-key", path: "/sections/0/zzz", at: (6, 5))
    #expect(farDiagnostic?.message.contains("known keys are type, title, body") == true)
  }

  @Test func enumValuesWithHint() {
    let yaml =
      "briefing: 1\ntitle: T\nsections:\n  - type: takeaway\n  - type: comments\n    policy: loggedin\n"
    let result = readYAML(yaml)
    let type = expectDiagnostic(result, "schema.enum", path: "/sections/0/type", at: (4, 11))
    #expect(type?.message.contains("did you mean 'takeaways'?") == true)
    let policy = result.diagnostics.first { $0.path?.description == "/sections/1/policy" }
    #expect(policy?.message.contains("did you mean 'loggedIn'?") == true)
    #expect(result.briefing?.sections.count == 2)
  }

  @Test func countAboveTotal() {
    let yaml = """
      briefing: 1
      title: T
      engagement:
        reactions:
          - {label: Interesting, count: 3, total: 2}
      sections: []
      """
    let result = checkYAML(yaml)
    let diagnostic = expectDiagnostic(
      result, "rule.reaction-count-exceeds-total", path: "/engagement/reactions/0/count",
      at: (5, 35))
    #expect(diagnostic?.message.contains("count 3 above its total 2") == true)
  }

  @Test func duplicateReactionLabels() {
    let yaml = """
      briefing: 1
      title: T
      engagement:
        reactions:
          - label: Support
          - label: Support
      sections: []
      """
    let result = checkYAML(yaml)
    expectDiagnostic(
      result, "rule.duplicate-reaction-label", path: "/engagement/reactions/1/label", at: (6, 14))
  }

  @Test func unsupportedVersion() {
    let result = readYAML("briefing: 2\ntitle: T\nsections: []\n")
    let diagnostic = expectDiagnostic(result, "schema.version", path: "/briefing", at: (1, 11))
    #expect(diagnostic?.message.contains("reads version 1 only") == true)
  }

  @Test func duplicateKeys() {
    let result = readYAML("briefing: 1\ntitle: A\ntitle: B\nsections: []\n")
    let diagnostic = expectDiagnostic(result, "schema.duplicate-key", path: "/title", at: (3, 1))
    #expect(diagnostic?.message.contains("first at line 2") == true)
    #expect(result.briefing?.title == InlineText(commonMark: "A"))
  }

  @Test func aliasBomb() {
    var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      yaml +=
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
        + "]\n"
      previous = name
    }
    // The composer refuses before expanding: a hang or memory blow-up would never get here.
    let result = readYAML(yaml)
    #expect(result.briefing == nil)
    expectDiagnostic(result, "yaml.alias-limit", path: nil, at: (5, 8))
  }

  @Test func tenThousandLevelsOfNesting() {
    let flow = readYAML(
      String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
    #expect(flow.briefing == nil)
    expectDiagnostic(flow, "yaml.depth-limit", path: nil, at: (1, 65))
    let mappings = readYAML(
      String(repeating: "{a: ", count: 10_000) + String(repeating: "}", count: 10_000))
    expectDiagnostic(mappings, "yaml.depth-limit", path: nil, at: (1, 257))
    // Compact block sequences: "- - - … x" nests one level per dash.
    let block = readYAML(String(repeating: "- ", count: 10_000) + "x\n")
    #expect(block.briefing == nil)
    expectDiagnostic(block, "yaml.depth-limit", path: nil, at: (1, 129))
  }

  @Test func invalidUTF8() {
    var bytes = Array("briefing: 1\ntitle: caf".utf8)
    bytes += [0xE9, 0x0A]
    let result = readYAML(bytes)
    let diagnostic = expectDiagnostic(result, "yaml.encoding", path: nil, at: (2, 11))
    #expect(diagnostic?.message == "invalid UTF-8 byte 0xE9; save the file as UTF-8")
    #expect(diagnostic?.range?.start.offset == 22)
  }

  @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n...\n"])
  func emptyFile(_ text: String) {
    let result = readYAML(text)
    #expect(result.briefing == nil)
    expectDiagnostic(result, "yaml.empty", path: nil, at: (1, 1))
  }

  @Test func rootThatIsNotAMapping() {
    let result = readYAML("- a\n- b\n")
    #expect(result.briefing == nil)
    expectDiagnostic(result, "schema.type", path: "", at: (1, 1))
  }

  @Test func secondDocument() {
    let result = readYAML("briefing: 1\n---\ntitle: T\n")
    expectDiagnostic(result, "yaml.multiple-documents", path: nil, at: (2, 1))
  }

  @Test func everyProblemInOnePass() {
    let yaml = """
      briefing: 3
      titel: T
      engagement:
        reactions:
          - {label: A, count: 5, total: 1}
          - {label: A, count: -1}
      sections:
        - type: questions
          items:
            - question: Q?
      """
    let ids = readYAML(yaml).diagnostics.map(\.id)
    #expect(
      ids == [
        "schema.missing-key", "schema.version", "schema.unknown-key", "schema.range",
        "schema.missing-key",
      ])
    // The pipeline adds the reader checks, placed among the reader's diagnostics by position.
    let checked = checkYAML(yaml).diagnostics.map(\.id)
    #expect(
      checked.filter { $0.hasPrefix("rule.reaction") || $0 == "rule.duplicate-reaction-label" }
        == ["rule.reaction-count-exceeds-total", "rule.duplicate-reaction-label"])
    #expect(checked.filter { $0.hasPrefix("schema.") } == ids)
  }

  @Test func numbersWhereTextIsExpectedAreTakenWithAWarning() {
    let result = readYAML("briefing: 1\ntitle: 2026\ncategory: true\nsections: []\n")
    #expect(result.briefing?.category == "true")
    expectDiagnostic(result, "schema.coerced", path: "/title", at: (2, 8), severity: .warning)
    #expect(!result.diagnostics.hasErrors)
  }
}
