import BriefingCLI
import Foundation
import Testing

/// The Python examples in Examples/ExecutablePlugin, run through the real CLI in-process: an
/// executable on the plugin path is all it takes to add a format.
@Suite struct PluginsExampleTests {
  @Test func formatsListsThePluginWithItsOrigin() throws {
    let outcome = PluginRun.run(["formats", "--plugin-dir", PluginRun.examples])
    #expect(outcome.status == 0, "\(outcome)")
    #expect(outcome.standardOutput.contains("slack "))
    #expect(outcome.standardOutput.contains(PluginRun.examples + "/briefing-format-slack"))
    let json = PluginRun.run(["formats", "--json", "--plugin-dir", PluginRun.examples])
    let document = try #require(try PluginRun.json(json.standardOutput) as? [String: Any])
    let formats = try #require(document["formats"] as? [[String: Any]])
    let slack = try #require(formats.first { $0["name"] as? String == "slack" })
    #expect(slack["origin"] as? String == PluginRun.examples + "/briefing-format-slack")
    #expect(slack["canRead"] as? Bool == false)
    #expect(slack["canWrite"] as? Bool == true)
    #expect(formats.first { $0["name"] as? String == "yaml" }?["origin"] == nil)
  }

  @Test func pluginFoundThroughTheEnvironmentToo() {
    let outcome = PluginRun.run(
      ["formats", "--writers"],
      environment: ["BRIEFING_PLUGIN_PATH": "/nonexistent:" + PluginRun.examples])
    #expect(outcome.standardOutput.split(separator: "\n").contains("slack"), "\(outcome)")
    let without = PluginRun.run(["formats", "--writers"])
    #expect(!without.standardOutput.split(separator: "\n").contains("slack"))
  }

  @Test func slackOutputIsBlockKit() throws {
    let outcome = PluginRun.run(
      ["convert", PluginRun.seed, "--to", "slack", "--plugin-dir", PluginRun.examples])
    #expect(outcome.status == 0, "\(outcome)")
    let message = try #require(try PluginRun.json(outcome.standardOutput) as? [String: Any])
    let blocks = try #require(message["blocks"] as? [[String: Any]])
    let header = try #require(blocks.first)
    #expect(header["type"] as? String == "header")
    let headerText = (header["text"] as? [String: Any])?["text"] as? String
    #expect(headerText?.hasPrefix("U.S. Sends Delegation to First APEC 2026") == true)
    let context = try #require(blocks.first { $0["type"] as? String == "context" })
    let facts = (context["elements"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(facts.contains("*Operational Updates*"))
    #expect(facts.contains("Interesting: 0/0"))
    let texts = blocks.compactMap { ($0["text"] as? [String: Any])?["text"] as? String }
    let takeaways = try #require(texts.first { $0.hasPrefix("*Key takeaways*") })
    #expect(takeaways.components(separatedBy: "\n• ").count - 1 == 6)
    // One section per question, the question in bold followed by its answer.
    let questions = texts.filter {
      $0.hasPrefix("*What") || $0.hasPrefix("*Who") || $0.hasPrefix("*How") || $0.hasPrefix("*Why")
    }
    #expect(questions.count == 7, "\(texts)")
    #expect(questions.first?.contains("*What is APEC and what does it do?*\nAPEC") == true)
  }

  @Test func outputExtensionPicksThePlugin() throws {
    let directory = try TestRun.temporaryDirectory()
    let outcome = PluginRun.run(
      ["convert", PluginRun.seed, "-o", "seed.slack.json", "--plugin-dir", PluginRun.examples],
      in: directory)
    #expect(outcome.status == 0, "\(outcome)")
    let written = try String(contentsOfFile: directory + "/seed.slack.json", encoding: .utf8)
    #expect(written.contains("\"blocks\""))
  }

  @Test func filterNumbersQuestions() throws {
    let filter = PluginRun.examples + "/number-questions.py"
    let outcome = PluginRun.run(["convert", PluginRun.seed, "--to", "yaml", "--filter", filter])
    #expect(outcome.status == 0, "\(outcome)")
    let questions = outcome.standardOutput.split(separator: "\n")
      .filter { $0.contains("- question: ") }
    #expect(questions.count == 7)
    for (index, line) in questions.enumerated() {
      #expect(line.contains("- question: Q\(index + 1). "), "\(line)")
    }
    let plain = PluginRun.run(["convert", PluginRun.seed, "--to", "yaml"])
    #expect(!plain.standardOutput.contains("Q1. "))
  }

  @Test func filtersRunInOrderWithFormatAndVersion() throws {
    // Copies the first question into the title: after numbering, the title shows 'Q1.'.
    let copy = """
      #!/usr/bin/env python3
      import json, os, sys
      ast = json.load(sys.stdin)
      question = next(s for s in ast["sections"] if s["type"] == "questions")["items"][0]
      ast["title"] = question["question"] + [{"t": "Text", "c": " [%s %s]" % (sys.argv[1], os.environ["BRIEFING_VERSION"])}]
      json.dump(ast, sys.stdout)
      """
    let directory = try PluginRun.scripts(["copy-question.py": copy])
    let number = PluginRun.examples + "/number-questions.py"
    let ordered = PluginRun.run(
      [
        "convert", PluginRun.seed, "--to", "json", "--filter", number, "--filter",
        directory + "/copy-question.py",
      ])
    #expect(ordered.status == 0, "\(ordered)")
    // The title is CommonMark: the literal brackets are escaped, and JSON escapes the backslash.
    #expect(
      ordered.standardOutput.contains(
        "\"title\": \"Q1. What is APEC and what does it do? \\\\[json \(BriefingCommand.version)\\\\]\""))
    let reversed = PluginRun.run(
      [
        "convert", PluginRun.seed, "--to", "json", "--filter", directory + "/copy-question.py",
        "--filter", number,
      ])
    #expect(
      reversed.standardOutput.contains("\"title\": \"What is APEC and what does it do? \\\\[json"))
  }
}
