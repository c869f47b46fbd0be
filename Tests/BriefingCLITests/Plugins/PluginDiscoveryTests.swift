import BriefingFormats
import Foundation
import Testing

/// Finding plugin executables on the plugin path: what is not a runnable file is passed over,
/// and the search goes on in later folders.
@Suite struct PluginDiscoveryTests {
  @Test func directoriesAndNonExecutablesAreSkipped() throws {
    let plugin = PluginRun.shellPlugin("echo", body: "cat")
    let early = try TestRun.temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: early + "/briefing-format-echo", withIntermediateDirectories: false)
    try plugin.write(toFile: early + "/briefing-format-plain", atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o644], ofItemAtPath: early + "/briefing-format-plain")
    let late = try PluginRun.scripts([
      "briefing-format-echo": plugin, "briefing-format-plain": plugin,
    ])
    let discovery = PluginDiscovery(
      pluginDirectories: [early], environment: ["BRIEFING_PLUGIN_PATH": late])
    #expect(
      discovery.candidates().map(\.path)
        == [late + "/briefing-format-echo", late + "/briefing-format-plain"])
  }

  @Test func aDirectoryEarlierOnThePathDoesNotHideThePlugin() throws {
    let early = try TestRun.temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: early + "/briefing-format-echo", withIntermediateDirectories: false)
    let late = try PluginRun.scripts([
      "briefing-format-echo": PluginRun.shellPlugin("echo", body: "cat")
    ])
    let outcome = PluginRun.run(["formats", "--plugin-dir", early, "--plugin-dir", late])
    #expect(outcome.status == 0, "\(outcome)")
    #expect(outcome.standardError.isEmpty, "\(outcome)")
    #expect(outcome.standardOutput.contains("echo"), "\(outcome)")
  }
}
