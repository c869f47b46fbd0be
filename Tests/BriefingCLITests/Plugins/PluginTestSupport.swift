import BriefingCLI
import BriefingFormats
import Foundation

/// Runs `briefing` in-process with the built-in formats and a real `PATH`, so plugins and
/// filters (Python scripts run through `/usr/bin/env python3`) can start.
enum PluginRun {
  /// `Examples/ExecutablePlugin` in this checkout.
  static var examples: String { TestRun.packageRoot + "/Examples/ExecutablePlugin" }
  /// The seed briefing in YAML.
  static var seed: String { TestRun.packageRoot + "/Examples/apec-som1.yaml" }

  static func run(
    _ arguments: [String], input: String = "", in directory: String? = nil,
    environment extra: [String: String] = [:]
  ) -> RunOutcome {
    let (io, output) = CommandIO.capturing(input: Array(input.utf8))
    var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    environment.merge(extra) { _, new in new }
    let context = CommandContext(
      registry: BuiltInFormats.registry(), io: io,
      currentDirectory: directory ?? TestRun.packageRoot, environment: environment)
    let status = BriefingCommand.execute(arguments, in: context)
    return RunOutcome(
      standardOutput: output.standardOutputText, standardError: output.standardError,
      status: status)
  }

  /// A temporary folder holding executable scripts, e.g. misbehaving plugins.
  static func scripts(_ files: [String: String]) throws -> String {
    let directory = try TestRun.temporaryDirectory()
    for (name, text) in files {
      let path = directory + "/" + name
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }
    return directory
  }

  /// A shell plugin that describes itself as `name` (writing, speaking `versions`) and runs
  /// `body` for every other request.
  static func shellPlugin(_ name: String, versions: String = "[1]", body: String) -> String {
    """
    #!/bin/sh
    if [ "$1" = describe ]; then
      echo '{"name":"\(name)","extensions":[],"capabilities":["read","write"],\
    "isLossless":false,"astVersions":\(versions),"summary":"test plugin"}'
      exit 0
    fi
    \(body)
    """
  }

  /// Parses JSON text into Foundation values for assertions.
  static func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }
}
