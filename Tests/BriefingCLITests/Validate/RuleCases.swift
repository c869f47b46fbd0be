// One failing and one passing document per rule, in each format that can express the problem.
// `‸` marks where the diagnostic must start; it is removed before the document is written.

/// A document for a rule test.
struct RuleDocument: CustomStringConvertible {
  /// The file name; its extension picks the reader.
  var name: String
  /// The text with the `‸` marker (failing documents) or without it (passing ones).
  var marked: String

  /// The text as written to disk.
  var text: String { marked.replacingOccurrences(of: "‸", with: "") }

  /// `line:column` of the marker (columns in Unicode scalars), or `nil` without one.
  var expected: String? {
    var line = 1
    var column = 1
    for scalar in marked.unicodeScalars {
      if scalar == "‸" { return "\(line):\(column)" }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return nil
  }

  var description: String { name }
}

/// A rule with failing and passing documents.
struct RuleCase: CustomStringConvertible, Sendable {
  var id: String
  var failing: [RuleDocument]
  var passing: [RuleDocument]
  var description: String { id }
}

extension RuleDocument: Sendable {}

private func yaml(_ body: String) -> String { "briefing: 1\ntitle: T\n" + body }
private func json(_ body: String) -> String {
  "{\"briefing\": 1, \"title\": \"T\",\n" + body + "}\n"
}
private func questionsYAML(_ items: String) -> String {
  yaml("sections:\n  - type: questions\n    items:\n" + items)
}
private func questionsJSON(_ items: String) -> String {
  json(" \"sections\": [{\"type\": \"questions\", \"items\": [\n" + items + "]}]")
}
private func plain(_ body: String) -> String { "T\n\n" + body }
private func markdown(_ frontMatter: String, _ body: String = "") -> String {
  "---\nbriefing: 1\n" + frontMatter + "---\n\n# T\n" + body
}
/// A page of our own (`data-briefing`) or, with `own: false`, a page read by its shape.
private func html(_ body: String, own: Bool = true) -> String {
  "<!doctype html>\n<article\(own ? " data-briefing=\"1\"" : "")>\n<h1>T</h1>\n" + body
    + "</article>\n"
}

enum RuleCases {
  static let all: [RuleCase] = [
    RuleCase(
      id: "rule.reaction-count-exceeds-total",
      failing: [
        .init(
          name: "a.html",
          marked: html(
            "<p class=\"briefing-engagement\"><span class=\"briefing-reaction\">"
              + "<span class=\"briefing-reaction-label\">A</span>: "
              + "<span class=\"briefing-reaction-count\">‸5</span>/"
              + "<span class=\"briefing-reaction-total\">3</span></span></p>\n")),
        .init(name: "b.html", marked: html("‸<p>A: 5/3</p>\n", own: false)),
        .init(
          name: "a.md",
          marked: markdown("engagement:\n  reactions:\n    - {label: A, count: ‸5, total: 3}\n")),
        .init(
          name: "a.yaml",
          marked: yaml(
            "engagement:\n  reactions:\n    - {label: A, count: ‸5, total: 3}\nsections: []\n")),
        .init(
          name: "a.json",
          marked: json(
            " \"engagement\": {\"reactions\": [{\"label\": \"A\", \"count\": ‸5, \"total\": 3}]},\n \"sections\": []"
          )),
        .init(name: "a.txt", marked: plain("‸A: 5/3\n\nKey takeaways\n\n  • One\n")),
      ],
      passing: [
        .init(
          name: "a.md",
          marked: markdown("engagement:\n  reactions:\n    - {label: A, count: 3, total: 3}\n")),
        .init(
          name: "a.yaml",
          marked: yaml(
            "engagement:\n  reactions:\n    - {label: A, count: 3, total: 3}\nsections: []\n")),
        .init(name: "a.txt", marked: plain("A: 2/3\n\nKey takeaways\n\n  • One\n")),
      ]),
    RuleCase(
      id: "rule.duplicate-reaction-label",
      failing: [
        .init(
          name: "a.md",
          marked: markdown(
            "engagement:\n  reactions:\n    - {label: A, count: 0, total: 0}\n    - {label: ‸A, count: 0, total: 0}\n"
          )),
        .init(
          name: "a.yaml",
          marked: yaml(
            "engagement:\n  reactions:\n    - {label: A, count: 0, total: 0}\n    - {label: ‸A, count: 0, total: 0}\nsections: []\n"
          )),
        .init(
          name: "a.json",
          marked: json(
            " \"engagement\": {\"reactions\": [{\"label\": \"A\", \"count\": 0, \"total\": 0},\n   {\"label\": ‸\"A\", \"count\": 0, \"total\": 0}]},\n \"sections\": []"
          )),
        .init(name: "a.txt", marked: plain("A: 0/0 • ‸A: 1/1\n\nKey takeaways\n\n  • One\n")),
      ],
      passing: [
        .init(
          name: "a.yaml",
          marked: yaml(
            "engagement:\n  reactions:\n    - {label: A, count: 0, total: 0}\n    - {label: B, count: 0, total: 0}\nsections: []\n"
          )),
        .init(name: "a.txt", marked: plain("A: 0/0 • B: 1/1\n\nKey takeaways\n\n  • One\n")),
      ]),
    RuleCase(
      id: "rule.duplicate-question-id",
      failing: [
        .init(
          name: "a.yaml",
          marked: questionsYAML(
            "      - {question: Q1, answer: A1, id: x}\n      - {question: Q2, answer: A2, id: ‸x}\n"
          )),
        .init(
          name: "a.json",
          marked: questionsJSON(
            "  {\"question\": \"Q1\", \"answer\": \"A1\", \"id\": \"x\"},\n  {\"question\": \"Q2\", \"answer\": \"A2\", \"id\": ‸\"x\"}"
          )),
      ],
      passing: [
        .init(
          name: "a.yaml",
          marked: questionsYAML(
            "      - {question: Q1, answer: A1, id: x}\n      - {question: Q2, answer: A2, id: y}\n"
          ))
      ]),
    RuleCase(
      id: "rule.identical-questions",
      failing: [
        .init(
          name: "a.md",
          marked: markdown("", "\n## Questions\n\n### Same?\n\nA1\n\n### ‸same\n\nA2\n")),
        .init(
          name: "a.html",
          marked: html(
            "<h2>Questions</h2>\n<details><summary>Same?</summary><p>A1</p></details>\n"
              + "<details>\n  <summary>‸same</summary><p>A2</p></details>\n", own: false)),
        .init(
          name: "a.yaml",
          marked: questionsYAML(
            "      - {question: Same?, answer: A1}\n      - {question: ‸same, answer: A2}\n")),
        .init(
          name: "a.json",
          marked: questionsJSON(
            "  {\"question\": \"Same?\", \"answer\": \"A1\"},\n  {\"question\": ‸\"same\", \"answer\": \"A2\"}"
          )),
        .init(
          name: "a.txt",
          marked: plain("Follow Up Questions\n\nSame?Expand\n\nA1\n\n‸same?Expand\n\nA2\n")),
      ],
      passing: [
        .init(
          name: "a.yaml",
          marked: questionsYAML(
            "      - {question: Same?, answer: A1}\n      - {question: Other?, answer: A2}\n")),
        .init(
          name: "a.txt",
          marked: plain("Follow Up Questions\n\nSame?Expand\n\nA1\n\nOther?Expand\n\nA2\n")),
      ]),
    RuleCase(
      id: "rule.unanswered-question",
      failing: [
        .init(
          name: "a.md",
          marked: markdown("", "\n## Questions\n\n‸<details>\n<summary>Q1</summary>\n\n</details>\n")
        ),
        .init(
          name: "a.html",
          marked: html("<h2>Questions</h2>\n‸<details><summary>Q1</summary></details>\n", own: false)
        ),
        .init(name: "a.yaml", marked: questionsYAML("      - {question: Q1, answer: ‸\"\"}\n")),
        .init(
          name: "a.json", marked: questionsJSON("  {\"question\": \"Q1\", \"answer\": ‸\" \"}")),
      ],
      passing: [
        .init(name: "a.yaml", marked: questionsYAML("      - {question: Q1, answer: A1}\n"))
      ]),
    RuleCase(
      id: "rule.answer-repeats-question",
      failing: [
        .init(
          name: "a.yaml",
          marked: questionsYAML("      - {question: Who attends?, answer: ‸who attends}\n")),
        .init(
          name: "a.json",
          marked: questionsJSON("  {\"question\": \"Who attends?\", \"answer\": ‸\"Who attends?\"}")
        ),
        .init(
          name: "a.txt",
          marked: plain("Follow Up Questions\n\nWho attends?Expand\n\n‸Who attends?\n")),
      ],
      passing: [
        .init(
          name: "a.yaml",
          marked: questionsYAML("      - {question: Who attends?, answer: Officials.}\n")),
        .init(
          name: "a.txt", marked: plain("Follow Up Questions\n\nWho attends?Expand\n\nOfficials.\n")),
      ]),
    RuleCase(
      id: "rule.empty-takeaways",
      failing: [
        .init(name: "c.md", marked: markdown("", "\n## Key takeaways\n\n- One\n‸-\n")),
        .init(
          name: "a.html",
          marked: html("<h2>Key takeaways</h2>\n<ul><li>One</li>‸<li></li></ul>\n", own: false)),
        .init(
          name: "a.yaml", marked: yaml("sections:\n  - type: takeaways\n    items: [One, ‸\"\"]\n")),
        .init(name: "b.yaml", marked: yaml("sections:\n  - type: takeaways\n    items: ‸[]\n")),
        .init(
          name: "a.json", marked: json(" \"sections\": [{\"type\": \"takeaways\", \"items\": ‸[]}]")
        ),
      ],
      passing: [
        .init(name: "a.yaml", marked: yaml("sections:\n  - type: takeaways\n    items: [One]\n"))
      ]),
    RuleCase(
      id: "rule.unsafe-url",
      failing: [
        .init(name: "a.md", marked: markdown("source: {url: ‸\"data:text/html,x\"}\n")),
        .init(
          name: "b.md",
          marked: markdown(
            "", "\n## Notes\n\n<!-- section: text -->\n\nSee *the ‸[x](javascript:alert(1))*.\n")),
        .init(
          name: "a.yaml", marked: yaml("summary: \"‸[x](javascript:alert(1))\"\nsections: []\n")),
        .init(name: "b.yaml", marked: yaml("source: {url: ‸\"VBScript:msgbox\"}\nsections: []\n")),
        .init(
          name: "c.yaml",
          marked: yaml("summary: \"‸![i](data:image/png;base64,AA==)\"\nsections: []\n")),
        .init(
          name: "d.yaml", marked: yaml("source: {url: ‸\"file:///etc/passwd\"}\nsections: []\n")),
        .init(
          name: "e.yaml",
          marked: yaml("summary: |\n  First.\n\n  Then *see ‸[x](javascript:alert(1))*.\nsections: []\n")),
        .init(
          name: "f.yaml", marked: yaml("summary: ‸\"First.\\n\\n[x](javascript:alert(1))\"\nsections: []\n")),
        .init(
          name: "a.json",
          marked: json(" \"summary\": \"‸<a href='javascript:x()'>x</a>\",\n \"sections\": []")),
      ],
      passing: [
        .init(
          name: "a.yaml",
          marked: yaml(
            "summary: \"[x](https://apec.org) ![i](i.png) <mailto:a@b.c> [t](tel:+65)\"\n"
              + "sections: []\n"))
      ]),
    RuleCase(
      id: "rule.malformed-url",
      failing: [
        .init(
          name: "a.yaml", marked: yaml("summary: \"‸[x](https://e.org/100%)\"\nsections: []\n")),
        .init(
          name: "a.json",
          marked: json(" \"summary\": \"‸[x](<https://e.org/a b>)\",\n \"sections\": []")),
        .init(
          name: "b.json",
          marked: json(" \"summary\": ‸\"A.\\n\\n[x](<https://e.org/a b>)\",\n \"sections\": []")),
      ],
      passing: [
        .init(
          name: "a.yaml", marked: yaml("summary: \"[x](https://e.org/100%25)\"\nsections: []\n"))
      ]),
    RuleCase(
      id: "rule.date-format",
      failing: [
        .init(
          name: "b.md",
          marked: markdown(
            "", "\n## Comments\n\nAnyone can comment.\n\n- **Jane** · ‸02/01/2026\n\n  Hi.\n")),
        .init(
          name: "a.html",
          marked: html(
            "<h2>Comments</h2>\n<article><strong>Jane</strong> <time>‸02/01/2026</time>"
              + "<p>Hi.</p></article>\n", own: false)),
        .init(name: "a.md", marked: markdown("published: ‸\"2026-02-01T25:00:00Z\"\n")),
        .init(name: "a.yaml", marked: yaml("published: ‸2026-02-30\nsections: []\n")),
        .init(
          name: "a.json", marked: json(" \"updated\": ‸\"2026-02-01 10:00\",\n \"sections\": []")),
        .init(
          name: "a.txt",
          marked: plain("Comments\n\nAnyone can comment.\n\nJane · ‸02/01/2026\n  Hi.\n")),
      ],
      passing: [
        .init(name: "a.md", marked: markdown("published: \"2026-02-01\"\n")),
        .init(
          name: "a.yaml",
          marked: yaml(
            "published: 2024-02-29\nupdated: 2026-02-01T10:00:00.5+08:00\nsections: []\n")),
        .init(
          name: "a.txt",
          marked: plain("Comments\n\nAnyone can comment.\n\nJane · 2026-01-02T10:00:00Z\n  Hi.\n")),
      ]),
    RuleCase(
      id: "rule.updated-before-published",
      failing: [
        .init(name: "a.md", marked: markdown("published: 2026-02-01\nupdated: ‸2026-01-01\n")),
        .init(
          name: "a.yaml",
          marked: yaml("published: 2026-02-01\nupdated: ‸2026-01-31\nsections: []\n")),
        .init(
          name: "a.json",
          marked: json(
            " \"published\": \"2026-02-01T10:00:00Z\",\n \"updated\": ‸\"2026-02-01T17:59:00+08:00\",\n \"sections\": []"
          )),
      ],
      passing: [
        .init(
          name: "a.yaml",
          marked: yaml("published: 2026-02-01T10:00:00Z\nupdated: 2026-02-01\nsections: []\n"))
      ]),
    RuleCase(
      id: "rule.id-not-slug",
      failing: [
        .init(name: "a.md", marked: markdown("id: ‸-apec\n")),
        .init(name: "a.yaml", marked: yaml("id: ‸Not A Slug\nsections: []\n")),
        .init(
          name: "a.json",
          marked: questionsJSON("  {\"question\": \"Q\", \"answer\": \"A\", \"id\": ‸\"a--b\"}")),
      ],
      passing: [
        .init(name: "a.yaml", marked: yaml("id: apec-2026\nsections: []\n"))
      ]),
    RuleCase(
      id: "rule.language-tag",
      failing: [
        .init(name: "a.md", marked: markdown("language: ‸e\n")),
        .init(name: "a.yaml", marked: yaml("language: ‸en_US\nsections: []\n")),
        .init(name: "a.json", marked: json(" \"language\": ‸\"English\",\n \"sections\": []")),
      ],
      passing: [
        .init(name: "a.md", marked: markdown("language: en\n")),
        .init(name: "a.yaml", marked: yaml("language: zh-Hans-CN\nsections: []\n")),
      ]),
    RuleCase(
      id: "rule.heading-level-skipped",
      failing: [
        .init(
          name: "a.yaml",
          marked: questionsYAML("      - question: Q\n        answer: ‸\"### A\\n\\n##### B\"\n")),
        .init(
          name: "b.yaml",
          marked: questionsYAML(
            "      - question: Q\n        answer: |\n          ### A\n\n          ‸##### B\n")),
        .init(
          name: "a.json",
          marked: questionsJSON("  {\"question\": \"Q\", \"answer\": ‸\"# A\\n\\n### B\"}")),
        .init(
          name: "a.md",
          marked: markdown(
            "", "\n## Questions\n\n<details>\n<summary>Q?</summary>\n\n#### A\n\n‸###### B\n\n"
              + "</details>\n")),
        .init(
          name: "a.html",
          marked: html(
            "<h2>Questions</h2>\n<details><summary>Q?</summary>\n<h3>A</h3>\n‸<h5>B</h5>\n"
              + "</details>\n", own: false)),
      ],
      passing: [
        .init(
          name: "a.yaml",
          marked: questionsYAML(
            "      - question: Q\n        answer: \"### A\\n\\n#### B\\n\\n## C\"\n"))
      ]),
    RuleCase(
      id: "rule.stray-thematic-break",
      failing: [
        .init(
          name: "a.md",
          marked: markdown(
            "", "\nLead.\n\n---\n\n## Notes\n\n<!-- section: text -->\n\nA\n\n‸---\n\nB\n")),
        .init(
          name: "a.yaml",
          marked: yaml("sections:\n  - type: text\n    body: ‸\"A\\n\\n---\\n\\nB\"\n")),
        .init(
          name: "b.yaml",
          marked: yaml("sections:\n  - type: text\n    body: |\n      A\n\n      ‸---\n\n      B\n")),
        .init(name: "a.json", marked: json(" \"summary\": ‸\"A\\n\\n---\",\n \"sections\": []")),
      ],
      passing: [
        .init(
          name: "a.md", marked: markdown("", "\n## Notes\n\n<!-- section: text -->\n\nA\n\nB\n")),
        .init(name: "a.yaml", marked: yaml("sections:\n  - type: text\n    body: \"A\\n\\nB\"\n")),
      ]),
    RuleCase(
      id: "schema.duplicate-key",
      failing: [
        .init(name: "a.md", marked: markdown("language: en\n‸language: de\n")),
        .init(name: "a.yaml", marked: yaml("‸title: U\nsections: []\n")),
        .init(name: "a.json", marked: json(" ‸\"title\": \"U\",\n \"sections\": []")),
      ],
      passing: [
        .init(name: "a.yaml", marked: yaml("sections: []\n"))
      ]),
  ]
}
