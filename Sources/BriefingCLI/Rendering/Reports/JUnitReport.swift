import BriefingCore

/// The `junit` format: JUnit XML as Jenkins, GitLab, Azure Pipelines and CircleCI read it.
///
/// One `<testsuite>` per file; in it one `<testcase>` per rule id that fired (named by the id,
/// with every finding of that rule in its body), or a single passing `valid` case for a clean
/// file. Failing findings (errors, and warnings under `--strict`) make a `<failure>`; the others
/// go to `<system-out>`, so they are visible without failing the build.
enum JUnitReport {
  /// The whole XML document, ending with a newline.
  static func render(_ report: ValidationReport) -> String {
    var suites: [String] = []
    var totalTests = 0
    var totalFailures = 0
    for file in report.files {
      let cases = testCases(file, report: report)
      let failures = cases.count(where: \.failed)
      totalTests += cases.count
      totalFailures += failures
      var suite =
        "  <testsuite name=\"\(escape(file.path))\" tests=\"\(cases.count)\" "
        + "failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
      for testCase in cases { suite += testCase.xml(file: file.path) }
      suite += "  </testsuite>\n"
      suites.append(suite)
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"briefing validate\" tests=\"\(totalTests)\" "
      + "failures=\"\(totalFailures)\" errors=\"0\">\n"
      + suites.joined()
      + "</testsuites>\n"
  }

  /// One rule's findings in one file.
  struct TestCase {
    var name: String
    var diagnostics: [Diagnostic]
    var failed: Bool

    /// The `<testcase>` element.
    func xml(file: String) -> String {
      var text = "    <testcase classname=\"\(escape(file))\" name=\"\(escape(name))\""
      guard !diagnostics.isEmpty else { return text + "/>\n" }
      text += ">\n"
      let body = diagnostics.map { line($0, file: file) }.joined(separator: "\n")
      if failed, let first = diagnostics.first {
        text +=
          "      <failure message=\"\(escape(first.message))\" type=\"\(escape(name))\">"
          + escape(body, inAttribute: false) + "</failure>\n"
      } else {
        text += "      <system-out>" + escape(body, inAttribute: false) + "</system-out>\n"
      }
      return text + "    </testcase>\n"
    }
  }

  /// The test cases of one file: one per rule id in order of first appearance, or `valid`.
  static func testCases(_ file: ValidationReport.FileResult, report: ValidationReport)
    -> [TestCase]
  {
    guard !file.diagnostics.isEmpty else {
      return [TestCase(name: "valid", diagnostics: [], failed: false)]
    }
    var order: [String] = []
    var byID: [String: [Diagnostic]] = [:]
    for diagnostic in file.diagnostics {
      if byID[diagnostic.id] == nil { order.append(diagnostic.id) }
      byID[diagnostic.id, default: []].append(diagnostic)
    }
    return order.map { id in
      let found = byID[id] ?? []
      return TestCase(name: id, diagnostics: found, failed: found.contains(where: report.fails))
    }
  }

  /// `file:line:col: severity: message (at /path)`.
  static func line(_ diagnostic: Diagnostic, file: String) -> String {
    var copy = diagnostic
    if copy.file == nil { copy.file = file }
    var text = DisplayText.line(copy)
    if let path = diagnostic.path, !path.components.isEmpty {
      text += " (at \(DisplayText.escaped(path.description)))"
    }
    return text
  }

  /// `text` safe in XML 1.0 character data and double-quoted attribute values: markup
  /// characters become entities (quotes only in attributes), and control characters are
  /// shown as ``DisplayText`` shows them (`\u{1B}`), as in every readable output. Line feeds
  /// separate the lines of a body and are kept there; in attributes, which hold one line, they
  /// are escaped too. Tabs are character references in attributes, where parsers would
  /// otherwise fold them to spaces. U+FFFE and U+FFFF, which XML 1.0 forbids, become U+FFFD.
  static func escape(_ text: String, inAttribute: Bool = true) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += inAttribute ? "&quot;" : "\""
      case "\n" where !inAttribute: output += "\n"
      case "\t": output += inAttribute ? "&#9;" : "\t"
      case "\u{FFFE}", "\u{FFFF}": output += "\u{FFFD}"
      default: output += DisplayText.escaped(scalar)
      }
    }
    return output
  }
}
