import BriefingCLI
import Foundation
import Testing

/// A plugin whose reply is wrong hears every problem, each with its line and column in the
/// reply and the document path, so it can be fixed in one round.
@Suite struct PluginsReplyErrorTests {
  /// Runs `briefing convert - --from demo --to yaml` with a plugin that prints `reply`.
  func convert(reply: String) throws -> RunOutcome {
    let body = "cat >/dev/null\ncat <<'REPLY'\n\(reply)\nREPLY"
    let plugin = PluginRun.shellPlugin("demo", body: body)
    let directory = try PluginRun.scripts(["briefing-format-demo": plugin])
    return PluginRun.run(
      ["convert", "-", "--from", "demo", "--to", "yaml", "--plugin-dir", directory], input: "x")
  }

  @Test func brokenJSONIsReportedWithItsLineAndColumn() throws {
    let outcome = try convert(
      reply: """
        {"briefing": {"astVersion": 1,
          "title": [{"t": "Text", "c": "Hi"}],,
          "sections": []}, "diagnostics": []}
        """)
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardOutput.isEmpty)
    #expect(
      outcome.standardError.contains(
        "plugin 'demo' did not reply with JSON (expected an object key in double quotes, "
          + "found ','; write keys as '\"key\"' at line 2, column 39, output starting "),
      "\(outcome.standardError)")
    #expect(outcome.standardError.contains("[plugin.malformed-reply]\n  at /briefing\n"))
  }

  @Test func everyWrongValueIsReportedWithPositionAndPath() throws {
    let outcome = try convert(
      reply: """
        {"briefing": {
          "astVersion": 1,
          "title": [{"t": "Text", "c": "Hi"}],
          "engagement": {"reactions": [{"label": "up", "count": "x"}]},
          "sections": [{"type": "takeaways", "items": [[{"t": "Txt", "c": "a"}]]}]
        }, "diagnostics": []}
        """)
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardOutput.isEmpty)
    let expected = """
      plugin 'demo' reply:4:57: error: plugin 'demo' sent an invalid reply: 'count' should be \
      a whole number, not a string [plugin.invalid-reply]
        at /briefing/engagement/reactions/0/count
      plugin 'demo' reply:5:55: error: plugin 'demo' sent an invalid reply: unknown inline \
      'Txt'; did you mean 'Text'? use one of Text, SoftBreak, HardBreak, Code, Emphasis, \
      Strong, Link, Image, Autolink, HTML [plugin.invalid-reply]
        at /briefing/sections/0/items/0/0/t
      """
    #expect(outcome.standardError.contains(expected), "\(outcome.standardError)")
  }

  @Test func everyWrongMemberOfADescribeReplyIsReportedWithItsPosition() throws {
    let plugin = """
      #!/bin/sh
      if [ "$1" = describe ]; then
        cat <<'REPLY'
      {"name": "demo", "capabilities": ["read", "write"], "astVersions": [1],
       "extensions": "demo", "isLossless": "no"}
      REPLY
        exit 0
      fi
      exit 1
      """
    let directory = try PluginRun.scripts(["briefing-format-demo": plugin])
    let outcome = PluginRun.run(
      ["convert", "-", "--from", "yaml", "--to", "demo", "--plugin-dir", directory], input: "x")
    #expect(outcome.status == 70, "\(outcome)")
    let expected = """
      briefing: error: plugin 'demo' sent an invalid reply: 'describe' reply: expected an \
      array, found a string (at /extensions) at line 2, column 16; expected true or false, \
      found a string (at /isLossless) at line 2, column 38 [plugin.invalid-reply]
      """
    #expect(outcome.standardError.contains(expected), "\(outcome.standardError)")
  }

  @Test func everyWrongEntryOfTheDiagnosticsListIsReported() throws {
    let outcome = try convert(
      reply: """
        {"briefing": {"astVersion": 1, "title": [], "sections": []},
         "diagnostics": [{"severity": "warning", "id": "odd"}, 42]}
        """)
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardOutput.isEmpty)
    let expected = """
      plugin 'demo' reply:2:18: error: plugin 'demo' sent an invalid reply: missing member \
      'message' (at /diagnostics/0) [plugin.invalid-reply]
      plugin 'demo' reply:2:56: error: plugin 'demo' sent an invalid reply: expected an \
      object, found a number (at /diagnostics/1) [plugin.invalid-reply]
      """
    #expect(outcome.standardError.contains(expected), "\(outcome.standardError)")
  }
}
