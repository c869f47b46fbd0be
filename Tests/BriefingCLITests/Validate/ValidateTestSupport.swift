import BriefingCLI
import BriefingCore
import Foundation
import Testing

/// A scratch directory of files for one validate test, and runs of `briefing` in it.
struct ValidateSandbox {
  /// The directory (absolute); it has a `.git` folder so config discovery stops here.
  let root: String

  /// Creates the directory with `files` (relative path → contents).
  init(_ files: [String: String] = [:], git: Bool = true) throws {
    root = try TestRun.temporaryDirectory()
    if git {
      try FileManager.default.createDirectory(
        atPath: root + "/.git", withIntermediateDirectories: true)
    }
    for (path, text) in files { try write(path, text) }
  }

  /// Writes `text` to `path` (relative), creating directories.
  func write(_ path: String, _ text: String) throws {
    let full = root + "/" + path
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: full))
  }

  /// Runs `briefing ARGS` with the sandbox (or `directory` in it) as working directory.
  func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
    input: String = ""
  ) throws -> RunOutcome {
    let (io, output) = CommandIO.capturing(input: Array(input.utf8))
    let context = CommandContext(
      registry: try TestRun.registry(), io: io,
      currentDirectory: directory.map { root + "/" + $0 } ?? root, environment: environment)
    let status = BriefingCommand.execute(arguments, in: context)
    return RunOutcome(
      standardOutput: output.standardOutputText, standardError: output.standardError,
      status: status)
  }

  /// Runs `briefing validate ARGS --format json` and decodes the report.
  func report(_ arguments: [String], in directory: String? = nil) throws -> (
    JSONReportDocument, RunOutcome
  ) {
    let outcome = try run(["validate"] + arguments + ["--format", "json"], in: directory)
    let document = try JSONDecoder().decode(
      JSONReportDocument.self, from: Data(outcome.standardOutput.utf8))
    return (document, outcome)
  }

  /// Removes the directory.
  func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// One diagnostic as `id@line:column` (or `id@-` without a range), for compact assertions.
func located(_ entry: JSONReportDocument.Entry) -> String {
  guard let start = entry.range?.start else { return "\(entry.id)@-" }
  return "\(entry.id)@\(start.line):\(start.column)"
}

/// Every diagnostic of every file in the report, as `id@line:column`.
func located(_ document: JSONReportDocument) -> [String] {
  document.files.flatMap { $0.diagnostics.map(located) }
}

/// Validates one document written to a file named `name` and returns its diagnostics.
func diagnostics(of text: String, named name: String) throws -> [JSONReportDocument.Entry] {
  let sandbox = try ValidateSandbox([name: text])
  defer { sandbox.remove() }
  let (document, _) = try sandbox.report([name])
  return document.files.flatMap(\.diagnostics)
}
