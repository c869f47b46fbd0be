import BriefingCLI
import BriefingFormats
import Foundation
import Testing

/// The real `briefing` executable, run as a subprocess: streams, files and exit codes as a
/// shell sees them.
@Suite struct ExecutableTests {
  /// `briefing` next to the test bundle in the build products directory, if it was built.
  static let executable: String? = {
    var candidates: [URL] = []
    #if os(Linux)
      candidates.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath())
    #endif
    candidates += Bundle.allBundles.map(\.bundleURL)
    for candidate in candidates {
      var directory = candidate.deletingLastPathComponent()
      // On macOS the bundle is `…/debug/X.xctest`; on Linux the test binary sits in `…/debug`.
      for _ in 0..<3 {
        let path = directory.appendingPathComponent("briefing").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
        directory.deleteLastPathComponent()
      }
    }
    return nil
  }()

  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  func run(_ arguments: [String], input: String = "", in directory: String? = nil) throws -> Result
  {
    let path = try #require(Self.executable, "build the 'briefing' product first (swift build)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory ?? TestRun.fixtures)
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    // Small outputs only, so reading after exit cannot deadlock on a full pipe.
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus)
  }

  @Test func convertsStandardInputToStandardOutput() throws {
    let result = try run(
      ["convert", "-", "--from", "yaml", "--to", "json"],
      input: "briefing: 1\ntitle: Hi\nsections: []\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "{\n  \"briefing\": 1,\n  \"title\": \"Hi\",\n  \"sections\": []\n}\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func convertsFilesAndRoundTrips() throws {
    let dir = try TestRun.temporaryDirectory()
    let yaml = "briefing: 1\ntitle: Round *trip*\ncategory: News\nsections: []\n"
    try Data(yaml.utf8).write(to: URL(fileURLWithPath: dir + "/a.yaml"))
    #expect(try run(["convert", "a.yaml", "-o", "a.json"], in: dir).status == 0)
    #expect(try run(["convert", "a.json", "-o", "b.yaml"], in: dir).status == 0)
    #expect(try String(contentsOfFile: dir + "/b.yaml", encoding: .utf8) == yaml)
    #expect(TestRun.listing(dir) == ["a.json", "a.yaml", "b.yaml"])
  }

  @Test func documentErrorsExit1AndLeaveNothingBehind() throws {
    let dir = try TestRun.temporaryDirectory()
    try Data("briefing: 1\ntitel: x\nsections: []\n".utf8)
      .write(to: URL(fileURLWithPath: dir + "/bad.yaml"))
    let result = try run(["convert", "bad.yaml", "-o", "bad.json"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("bad.yaml:"))
    #expect(result.stderr.contains("[schema.unknown-key]"))
    #expect(result.stdout.isEmpty)
    #expect(TestRun.listing(dir) == ["bad.yaml"], "no output and no temporary file")
  }

  @Test func badArgumentsExit64() throws {
    let unknownFlag = try run(["convert", "x.yaml", "--bogus"])
    #expect(unknownFlag.status == 64)
    #expect(unknownFlag.stderr.contains("Unknown option '--bogus'"))
    let unknownFormat = try run(["convert", "-", "--from", "yaml", "--to", "pdf"])
    #expect(unknownFormat.status == 64)
    #expect(unknownFormat.stderr.contains("[cli.unknown-format]"))
  }

  @Test func missingInputExit66() throws {
    let result = try run(["convert", "nope.yaml", "--to", "json"])
    #expect(result.status == 66)
    #expect(
      result.stderr == "nope.yaml: error: cannot read input: no such file or directory "
        + "[cli.input-unreadable]\n")
  }

  @Test func uncreatableOutputExit73() throws {
    let result = try run(
      ["convert", "-", "--from", "yaml", "-o", "/nonexistent-dir/x.json"],
      input: "briefing: 1\ntitle: Hi\nsections: []\n")
    #expect(result.status == 73)
    #expect(result.stderr.contains("[cli.output-uncreatable]"))
  }

  @Test func helpAndVersionExit0() throws {
    let help = try run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("briefing convert Examples/apec-som1.yaml --to json"))
    let version = try run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
  }
}

extension ExecutableTests {
  /// Runs the executable with its standard streams attached to files (devices included).
  func runAttached(_ arguments: [String], input: String, output: String) throws -> Int32 {
    let path = try #require(Self.executable, "build the 'briefing' product first (swift build)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: TestRun.fixtures)
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test func standardInputThatNeverEndsStopsAtTheCap() throws {
    let status = try runAttached(
      ["convert", "-", "--from", "yaml", "--to", "json"], input: "/dev/zero", output: "/dev/null")
    #expect(status == 66)
  }

  @Test func helpToAFullDeviceExits74() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    for arguments in [["--help"], ["convert", "--help"], ["formats"]] {
      #expect(
        try runAttached(arguments, input: "/dev/null", output: "/dev/full") == 74, "\(arguments)")
    }
  }
}

extension ExecutableTests {
  /// The README's first command: the seed example as JSON reads back to the YAML's model.
  @Test func seedExampleConvertsToEquivalentJSON() throws {
    let example = TestRun.packageRoot + "/Examples/apec-som1.yaml"
    guard FileManager.default.fileExists(atPath: example) else {
      Issue.record("Examples/apec-som1.yaml is missing")
      return
    }
    let result = try run(["convert", example, "--to", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let registry = BuiltInFormats.registry()
    let yaml = try #require(registry.format(named: "yaml")?.reader)
    let json = try #require(registry.format(named: "json")?.reader)
    let data = try #require(FileManager.default.contents(atPath: example))
    let original = yaml.read(SourceFile(name: "a.yaml", bytes: Array(data)), options: .init())
    let converted = json.read(SourceFile(name: "-", text: result.stdout), options: .init())
    #expect(converted.diagnostics.isEmpty)
    let model = try #require(original.briefing)
    #expect(converted.briefing == model)
  }
}
