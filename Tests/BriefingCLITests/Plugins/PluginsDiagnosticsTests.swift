import Foundation
import Testing

/// An executable plugin declares its diagnostic ids in `describe`, so `briefing rules` and
/// `briefing explain` know them as `NAME.id`, like the ids it reports.
@Suite struct PluginsDiagnosticsTests {
  static let plugin = """
    #!/bin/sh
    if [ "$1" = describe ]; then
      echo '{"name":"shout","extensions":["shout"],"capabilities":["write"],\
    "isLossless":false,"astVersions":[1],"summary":"test plugin","diagnostics":[\
    {"id":"too-loud","severity":"warning","summary":"a title is all capitals",\
    "explanation":"Readers take capitals as shouting; write the title in sentence case."}]}'
      exit 0
    fi
    exit 1
    """

  @Test func explainAndRulesIncludeAPluginsDeclaredIds() throws {
    let directory = try PluginRun.scripts(["briefing-format-shout": Self.plugin])
    let explained = PluginRun.run(["explain", "shout.too-loud", "--plugin-dir", directory])
    #expect(explained.status == 0, "\(explained)")
    #expect(
      explained.standardOutput.hasPrefix("shout.too-loud (format, default severity: warning)"))
    #expect(explained.standardOutput.contains("write the title in sentence case"))
    let rules = PluginRun.run(["rules", "--plugin-dir", directory])
    #expect(rules.standardOutput.contains("shout.too-loud"))
    let without = PluginRun.run(["explain", "shout.too-loud"])
    #expect(without.status != 0)
  }
}
