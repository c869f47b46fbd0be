import BriefingCLI
import BriefingFormats
import Foundation

/// What one in-process run of `briefing` printed and returned.
struct RunOutcome: Equatable, CustomStringConvertible {
  var standardOutput: String
  var standardError: String
  var status: Int32

  var description: String {
    "stdout:\n\(standardOutput)\nstderr:\n\(standardError)\n=> \(status)"
  }
}

/// Runs `briefing` in-process with the built-in formats plus the test formats.
enum TestRun {
  /// The package root, found from this file's path.
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, BriefingCLITests, Tests, file
    return url.path
  }()

  /// Fixture files used by the command scripts.
  static var fixtures: String { packageRoot + "/Tests/BriefingCLITests/Fixtures" }

  /// The built-ins plus `lines`, `shout` and `broken`.
  static func registry() throws -> FormatRegistry {
    try BuiltInFormats.registry().adding([LinesFormat(), ShoutFormat(), BrokenFormat()])
  }

  /// Only `lines`, `shout` and `broken`.
  static func testFormatsOnly() throws -> FormatRegistry {
    try FormatRegistry([LinesFormat(), ShoutFormat(), BrokenFormat()])
  }

  /// Runs `arguments` (without the program name) with `input` on standard input.
  static func run(
    _ arguments: [String], input: String = "", in directory: String? = nil,
    registry custom: FormatRegistry? = nil
  ) throws -> RunOutcome {
    let (io, output) = CommandIO.capturing(input: Array(input.utf8))
    let context = CommandContext(
      registry: try custom ?? registry(), io: io, currentDirectory: directory ?? fixtures,
      environment: [:])
    let status = BriefingCommand.execute(arguments, in: context)
    return RunOutcome(
      standardOutput: output.standardOutputText, standardError: output.standardError,
      status: status)
  }

  /// A fresh empty directory under the system's temporary directory.
  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "briefing-cli-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// The names in `directory`, sorted, hidden ones included.
  static func listing(_ directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }
}
