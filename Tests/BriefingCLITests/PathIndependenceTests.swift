import BriefingCLI
import Foundation
import Testing

/// The same problem gives the same rule id, position and exit code whichever format the
/// briefing came in and whichever command read it: every path goes through one pipeline.
@Suite struct PathIndependenceTests {
  /// Each example with its Support reaction edited to read `count` of `total`.
  static let edits: [(file: String, pattern: String, replacement: @Sendable (Int, Int) -> String)] = [
    ("apec-som1.yaml", "label: Support\n      count: 0\n      total: 0", {
      "label: Support\n      count: \($0)\n      total: \($1)"
    }),
    ("apec-som1.json", "\"label\": \"Support\",\n        \"count\": 0,\n        \"total\": 0", {
      "\"label\": \"Support\",\n        \"count\": \($0),\n        \"total\": \($1)"
    }),
    ("apec-som1.md", "label: Support\n      count: 0\n      total: 0", {
      "label: Support\n      count: \($0)\n      total: \($1)"
    }),
    (
      "apec-som1.html",
      "Support</span>: <span class=\"briefing-reaction-count\">0</span>/<span class=\"briefing-reaction-total\">0",
      {
        "Support</span>: <span class=\"briefing-reaction-count\">\($0)</span>/"
          + "<span class=\"briefing-reaction-total\">\($1)"
      }
    ),
    ("apec-som1.txt", "Support: 0/0", { "Support: \($0)/\($1)" }),
    ("apec-som1.ast.json", "\"label\":\"Support\",\"count\":0,\"total\":0", {
      "\"label\":\"Support\",\"count\":\($0),\"total\":\($1)"
    }),
  ]

  /// `file:line:col: severity: message [id]` lines reduced to `id@line:col` (or `id` alone).
  static func located(_ text: String) -> [String] {
    text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
      let id = line[line.index(after: open)..<line.index(before: line.endIndex)]
      let fields = line.split(separator: ":", maxSplits: 3)
      if fields.count == 4, Int(fields[1]) != nil, Int(fields[2]) != nil {
        return "\(id)@\(fields[1]):\(fields[2])"
      }
      return String(id)
    }
  }

  /// Writes every edited example into a new folder; returns it.
  static func editedExamples(count: Int, total: Int) throws -> String {
    let directory = try TestRun.temporaryDirectory()
    for edit in edits {
      let text = try String(
        contentsOfFile: TestRun.packageRoot + "/Examples/" + edit.file, encoding: .utf8)
      #expect(text.contains(edit.pattern), "\(edit.file) no longer has the Support reaction")
      try text.replacingOccurrences(of: edit.pattern, with: edit.replacement(count, total))
        .write(toFile: directory + "/" + edit.file, atomically: true, encoding: .utf8)
    }
    return directory
  }

  @Test(arguments: [(5, 3, "rule.reaction-count-exceeds-total"), (-1, 0, "schema.range")])
  func sameProblemSameReport(count: Int, total: Int, id: String) throws {
    let directory = try Self.editedExamples(count: count, total: total)
    for edit in Self.edits where !(count < 0 && edit.file.hasSuffix(".txt")) {
      // Plain text has no syntax for a negative figure: "Support: -1/0" is not a reaction line.
      let converted = try TestRun.run(
        ["convert", edit.file, "--to", "json", "-o", "out.json"], in: directory)
      let validated = try TestRun.run(
        ["validate", edit.file, "--format", "text", "--color", "never"], in: directory)
      let fromConvert = Self.located(converted.standardError).filter { $0.hasPrefix(id) }
      let fromValidate = Self.located(validated.standardOutput).filter { $0.hasPrefix(id) }
      #expect(fromConvert.count == 1, "\(edit.file): \(converted.standardError)")
      #expect(fromConvert == fromValidate, "\(edit.file)")
      #expect(converted.status == 1, "\(edit.file)")
      #expect(validated.status == 1, "\(edit.file)")
      #expect(!FileManager.default.fileExists(atPath: directory + "/out.json"))
    }
  }

  /// `convert` and `validate` of one file read by a shell plugin named `name` whose reply
  /// prints `reply` (shell text that writes the JSON reply).
  static func throughPlugin(_ name: String, reply: String, in directory: String) throws
    -> (converted: RunOutcome, validated: RunOutcome)
  {
    let plugins = try PluginRun.scripts([
      "briefing-format-\(name)": PluginRun.shellPlugin(name, body: "cat > /dev/null\n" + reply)
    ])
    try "anything".write(toFile: directory + "/in.\(name)", atomically: true, encoding: .utf8)
    let common = ["in.\(name)", "--from", name, "--plugin-dir", plugins]
    return (
      PluginRun.run(["convert"] + common + ["--to", "json"], in: directory),
      PluginRun.run(["validate"] + common + ["--color", "never"], in: directory)
    )
  }

  @Test func anExecutablePluginsModelIsCheckedLikeAnyOther() throws {
    let directory = try Self.editedExamples(count: 5, total: 3)
    let ast = directory + "/apec-som1.ast.json"
    let (converted, validated) = try Self.throughPlugin(
      "echo", reply: "printf '{\"briefing\": '; cat '\(ast)'; printf ', \"diagnostics\": []}'",
      in: directory)
    #expect(converted.status == 1, "\(converted.standardError)")
    #expect(validated.status == 1, "\(validated.standardOutput)")
    let id = "rule.reaction-count-exceeds-total"
    #expect(Self.located(converted.standardError).contains(id))
    #expect(Self.located(validated.standardOutput).contains(id))
  }

  @Test func aPluginThatBreaksItsContractIsExit70ForBothCommands() throws {
    let (converted, validated) = try Self.throughPlugin(
      "liar",
      reply: #"echo '{"briefing": {"astVersion": 1, "title": 3}, "diagnostics": []}'"#,
      in: try TestRun.temporaryDirectory())
    #expect(converted.status == 70, "\(converted.standardError)")
    #expect(validated.status == 70, "\(validated.standardOutput)")
    #expect(Self.located(converted.standardError) == Self.located(validated.standardOutput))
  }

  /// CR, CRLF and LF line endings read alike in every format (lone CR is a line ending in
  /// CommonMark, YAML and HTML, and white space in JSON).
  @Test(arguments: ["yaml", "json", "md", "html", "txt", "ast.json"])
  func lineEndingsDoNotChangeTheBriefing(extension fileExtension: String) throws {
    let directory = try TestRun.temporaryDirectory()
    let original = try String(
      contentsOfFile: TestRun.packageRoot + "/Examples/apec-som1." + fileExtension,
      encoding: .utf8)
    var outputs: [String] = []
    for (name, ending) in [("lf", "\n"), ("cr", "\r"), ("crlf", "\r\n")] {
      let file = "\(name).\(fileExtension)"
      try original.replacingOccurrences(of: "\n", with: ending)
        .write(toFile: directory + "/" + file, atomically: true, encoding: .utf8)
      let converted = try TestRun.run(["convert", file, "--to", "json"], in: directory)
      #expect(converted.status == 0, "\(file): \(converted.standardError)")
      outputs.append(converted.standardOutput)
    }
    #expect(Set(outputs).count == 1, "\(fileExtension) reads differently by line ending")
  }
}
