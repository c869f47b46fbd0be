@testable import BriefingCLI
import Foundation
import Testing

/// Shell completion of `--from`/`--to` lists built-in formats and plugins on the search path.
@Suite struct FormatCompletionTests {
  @Test func listsBuiltInsAndPluginsFromPluginDirAndPath() throws {
    let pluginDir = try TestRun.temporaryDirectory()
    let pathDir = try TestRun.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: pluginDir)
      try? FileManager.default.removeItem(atPath: pathDir)
    }
    for (directory, name) in [(pluginDir, "slack"), (pathDir, "rss"), (pathDir, "slack")] {
      let path = directory + "/briefing-format-" + name
      try "#!/bin/sh\n".write(toFile: path, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }
    let names = FormatCompletion.names(
      words: ["briefing", "convert", "--plugin-dir", pluginDir, "--to"],
      environment: ["PATH": pathDir])
    #expect(Array(names.prefix(3)) == ["yaml", "yml", "json"])
    #expect(names.contains("markdown") && names.contains("md") && names.contains("plain"))
    #expect(names.filter { $0 == "slack" }.count == 1)
    #expect(names.contains("rss"))
  }

  @Test func readsBothSpellingsOfPluginDir() {
    #expect(
      FormatCompletion.pluginDirectories(in: ["convert", "--plugin-dir=/a", "--plugin-dir", "/b"])
        == ["/a", "/b"])
    #expect(FormatCompletion.pluginDirectories(in: ["convert", "--plugin-dir"]).isEmpty)
  }
}
