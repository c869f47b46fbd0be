import Foundation
import Testing

/// The built `briefing` binary, as a shell runs it: a plugin found through
/// `BRIEFING_PLUGIN_PATH`, a filter, and a plugin failure's exit status.
@Suite struct PluginsExecutableTests {
  func run(_ arguments: [String], environment extra: [String: String]) throws
    -> (stdout: String, stderr: String, status: Int32)
  {
    let path = try #require(ExecutableTests.executable, "build the 'briefing' product first")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read stdout to the end before waiting (the Slack output is larger than a pipe buffer);
    // stderr stays small in these runs.
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      String(decoding: out, as: UTF8.self), String(decoding: errors, as: UTF8.self),
      process.terminationStatus
    )
  }

  @Test func pluginAndFilterThroughTheBinary() throws {
    let environment = ["BRIEFING_PLUGIN_PATH": PluginRun.examples]
    let formats = try run(["formats"], environment: environment)
    #expect(formats.status == 0)
    #expect(formats.stdout.contains(PluginRun.examples + "/briefing-format-slack"))
    let slack = try run(
      [
        "convert", PluginRun.seed, "--to", "slack", "--filter",
        PluginRun.examples + "/number-questions.py",
      ], environment: environment)
    #expect(slack.status == 0, "\(slack.stderr)")
    #expect(slack.stdout.contains("*Q1. What is APEC and what does it do?*"))
  }

  @Test func pluginFailureExitsSeventy() throws {
    let directory = try PluginRun.scripts([
      "briefing-format-crash": PluginRun.shellPlugin("crash", body: "echo oops >&2\nexit 9")
    ])
    let result = try run(
      ["convert", PluginRun.seed, "--to", "crash"], environment: ["BRIEFING_PLUGIN_PATH": directory]
    )
    #expect(result.status == 70)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("plugin 'crash' exited with status 9"))
    #expect(result.stderr.contains("stderr: oops"))
  }
}
