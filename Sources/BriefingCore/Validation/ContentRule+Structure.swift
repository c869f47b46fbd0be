import RichText

extension ContentRule {
  /// The rules about the structure of rich text.
  static let structureRules: [ContentRule] = [headingLevelSkipped, strayThematicBreak]

  /// `rule.heading-level-skipped`: headings inside an answer or body go down one level at a time.
  public static let headingLevelSkipped = ContentRule(
    id: "rule.heading-level-skipped", defaultSeverity: .warning,
    summary: "a heading inside an answer or body skips a level",
    explanation: """
      Inside one answer (or a text section's body, or a comment), a heading may be at most one
      level deeper than the heading before it, as in markdownlint's MD001: screen readers
      navigate by level, and a jump from `###` to `#####` hides a level. The first heading may
      have any level.

      Fails:   answer: "### Who attends\\n\\n##### Officials\\n\\nSenior officials."
      Passes:  answer: "### Who attends\\n\\n#### Officials\\n\\nSenior officials."
      """
  ) { briefing in
    var found: [Diagnostic] = []
    for field in briefing.textFields {
      guard case .blocks = field.content else { continue }
      var previous: Int?
      field.content.forEach { node, indices in
        guard case .block(.heading(let level, let inlines)) = node else { return }
        if let previous, level > previous + 1 {
          let text = PlainTextRenderer().renderInline(inlines)
          found.append(
            Diagnostic(
              .warning, "rule.heading-level-skipped",
              "heading '\(text)' is level \(level) after a level \(previous) heading; use level "
                + "\(previous + 1) so no level is skipped",
              path: field.path(ofNode: indices)))
        }
        previous = level
      }
    }
    return found
  }

  /// `rule.stray-thematic-break`: a horizontal rule inside an answer or body.
  public static let strayThematicBreak = ContentRule(
    id: "rule.stray-thematic-break", defaultSeverity: .warning,
    summary: "a stray `---` (thematic break) inside an answer or body",
    explanation: """
      A line of `---` in an answer, a summary, a comment or a text section is a horizontal rule.
      In a Markdown briefing it is almost always a leftover: a second front-matter fence, or an
      attempt to end a section. Briefing sections are `## ` headings, so delete the line, or write
      `***` on purpose and disable the rule for that line.

      Fails:   answer: "First part.\\n\\n---\\n\\nSecond part."
      Passes:  answer: "First part.\\n\\nSecond part."
      """
  ) { briefing in
    var found: [Diagnostic] = []
    for field in briefing.textFields {
      var count = 0
      var first: [Int]?
      field.content.forEach { node, indices in
        guard case .block(.thematicBreak) = node else { return }
        count += 1
        if first == nil { first = indices }
      }
      guard count > 0, let first else { continue }
      found.append(
        Diagnostic(
          .warning, "rule.stray-thematic-break",
          "this text contains \(count == 1 ? "a horizontal rule" : "\(count) horizontal rules") "
            + "('---'); delete it, or start a new section with a '## ' heading",
          path: field.path(ofNode: first)))
    }
    return found
  }
}
