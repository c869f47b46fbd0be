import Foundation
import Testing

/// Misbehaving plugins and filters, generated as small scripts: each is stopped with a clear
/// `plugin.*` error naming it, the run exits 70, and no output file appears.
@Suite struct PluginsFailureTests {
  /// Converts the seed to `format` with `-o` in a fresh folder; returns the run and the folder.
  func convert(to format: String, plugins: [String: String], extra: [String] = [])
    throws -> (RunOutcome, String)
  {
    let pluginDirectory = try PluginRun.scripts(plugins)
    let output = try TestRun.temporaryDirectory()
    let outcome = PluginRun.run(
      ["convert", PluginRun.seed, "--to", format, "-o", "out.txt", "--plugin-dir", pluginDirectory]
        + extra, in: output)
    return (outcome, output)
  }

  @Test func unknownASTVersionIsRefusedNamingBoth() throws {
    let plugin = PluginRun.shellPlugin("future", versions: "[99]", body: "exit 0")
    let (outcome, output) = try convert(to: "future", plugins: ["briefing-format-future": plugin])
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardError.contains("plugin 'future' speaks AST version 99"))
    #expect(outcome.standardError.contains("this briefing speaks 1"))
    #expect(outcome.standardError.contains("[plugin.unsupported-version]"))
    #expect(TestRun.listing(output).isEmpty)
  }

  @Test func hangingPluginTimesOut() throws {
    let plugin = PluginRun.shellPlugin("hang", body: "echo 'thinking…' >&2\nsleep 30")
    let start = Date()
    let (outcome, output) = try convert(
      to: "hang", plugins: ["briefing-format-hang": plugin], extra: ["--plugin-timeout", "0.5"])
    #expect(Date().timeIntervalSince(start) < 10)
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardError.contains("plugin 'hang' did not finish within 0.5 s"))
    #expect(outcome.standardError.contains("[plugin.timeout]"))
    #expect(outcome.standardError.contains("stderr: thinking…"))
    #expect(TestRun.listing(output).isEmpty)
  }

  @Test func crashingPluginReportsStatusAndStderr() throws {
    let plugin = PluginRun.shellPlugin(
      "crash", body: "cat >/dev/null\necho 'Traceback: KeyError: title' >&2\nexit 3")
    let (outcome, output) = try convert(to: "crash", plugins: ["briefing-format-crash": plugin])
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardError.contains("plugin 'crash' exited with status 3"))
    #expect(outcome.standardError.contains("stderr: Traceback: KeyError: title"))
    #expect(outcome.standardError.contains("[plugin.crashed]"))
    #expect(TestRun.listing(output).isEmpty)
  }

  @Test func garbageReplyIsMalformed() throws {
    let plugin = PluginRun.shellPlugin("garbage", body: "echo 'Hello, I am not JSON'")
    let (outcome, output) = try convert(to: "garbage", plugins: ["briefing-format-garbage": plugin])
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardError.contains("plugin 'garbage' did not reply with JSON"))
    #expect(outcome.standardError.contains("output starting 'Hello, I am not JSON"))
    #expect(outcome.standardError.contains("[plugin.malformed-reply]"))
    #expect(TestRun.listing(output).isEmpty)
  }

  @Test func wrongReplyShapeIsInvalid() throws {
    let plugin = PluginRun.shellPlugin("shape", body: #"echo '{"output": 42}'"#)
    let (outcome, _) = try convert(to: "shape", plugins: ["briefing-format-shape": plugin])
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardError.contains("expected a string, found a number (at /output)"))
    #expect(outcome.standardError.contains("plugin 'shape' reply:1:12: error: "))
    #expect(outcome.standardError.contains("[plugin.invalid-reply]"))
  }

  @Test func endlessOutputIsCutOff() throws {
    // Would write forever (1 GB and beyond); the cap stops it after 64 KiB.
    let plugin = PluginRun.shellPlugin("flood", body: "exec yes 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'")
    let start = Date()
    let (outcome, output) = try convert(
      to: "flood", plugins: ["briefing-format-flood": plugin],
      extra: ["--plugin-max-output", "65536"])
    #expect(Date().timeIntervalSince(start) < 10)
    #expect(outcome.status == 70, "\(outcome)")
    #expect(outcome.standardError.contains("plugin 'flood' wrote more than 65536 bytes"))
    #expect(outcome.standardError.contains("[plugin.output-too-large]"))
    #expect(TestRun.listing(output).isEmpty)
  }

  @Test func pluginDocumentErrorsAreExitOneNotSeventy() throws {
    let reply =
      #"{"briefing":null,"diagnostics":[{"severity":"error","id":"bad-input","message":"line 1 is not a row","path":"/title"}]}"#
    let plugin = PluginRun.shellPlugin("rows", body: "cat >/dev/null\necho '\(reply)'")
    let directory = try PluginRun.scripts(["briefing-format-rows": plugin])
    let outcome = PluginRun.run(
      ["convert", "-", "--from", "rows", "--to", "yaml", "--plugin-dir", directory], input: "x")
    #expect(outcome.status == 1, "\(outcome)")
    #expect(outcome.standardError.contains("line 1 is not a row [rows.bad-input]"))
  }

  @Test func failingFilterStopsTheConversion() throws {
    let directory = try PluginRun.scripts([
      "fail.sh": "#!/bin/sh\ncat >/dev/null\necho 'no luck' >&2\nexit 2\n",
      "bad-ast.sh": "#!/bin/sh\ncat >/dev/null\necho '{\"astVersion\":1,\"title\":\"plain\"}'\n",
      "v2.sh": "#!/bin/sh\ncat >/dev/null\necho '{\"astVersion\":2}'\n",
    ])
    let output = try TestRun.temporaryDirectory()
    let failed = PluginRun.run(
      ["convert", PluginRun.seed, "-o", "out.json", "--filter", directory + "/fail.sh"], in: output)
    #expect(failed.status == 70, "\(failed)")
    #expect(failed.standardError.contains("filter '\(directory)/fail.sh' exited with status 2"))
    #expect(failed.standardError.contains("stderr: no luck"))
    let invalid = PluginRun.run(
      ["convert", PluginRun.seed, "-o", "out.json", "--filter", directory + "/bad-ast.sh"],
      in: output)
    #expect(invalid.status == 70)
    #expect(
      invalid.standardError.contains(
        "bad-ast.sh' reply:1:25: error: filter '\(directory)/bad-ast.sh' sent an invalid "
          + "reply: 'title' should be a list, not a string [plugin.invalid-reply]\n  at /title"),
      "\(invalid.standardError)")
    let future = PluginRun.run(
      ["convert", PluginRun.seed, "-o", "out.json", "--filter", directory + "/v2.sh"], in: output)
    #expect(future.standardError.contains("AST version 2 is not supported; this briefing speaks 1"))
    #expect(TestRun.listing(output).isEmpty)
    let missing = PluginRun.run(["convert", PluginRun.seed, "--to", "json", "--filter", "nope-x"])
    #expect(missing.status == 64)
    #expect(missing.standardError.contains("filter 'nope-x' not found"))
  }

  @Test func brokenPluginOnPathDoesNotBreakListing() throws {
    let directory = try PluginRun.scripts(["briefing-format-broken": "#!/bin/sh\nexit 1\n"])
    let outcome = PluginRun.run(["formats", "--plugin-dir", directory])
    #expect(outcome.status == 0)
    #expect(outcome.standardError.contains("warning: plugin 'broken'"))
    #expect(outcome.standardError.contains("exited with status 1"))
    #expect(outcome.standardOutput.contains("yaml"))
  }
}
