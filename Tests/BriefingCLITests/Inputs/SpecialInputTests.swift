import BriefingCLI
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Inputs that are not regular files: FIFOs, pipes, devices, and symbolic links that lead out
/// of the directory being walked. None may hang a run or leak a file from elsewhere.
@Suite struct SpecialInputTests {
  /// The paths a `validate --format json` run checked.
  func checkedPaths(_ outcome: RunOutcome) throws -> [String] {
    let document = try JSONDecoder().decode(
      JSONReportDocument.self, from: Data(outcome.standardOutput.utf8))
    return document.files.map(\.path)
  }

  @Test func directoryWalksAndGlobsSkipFIFOsAndDevices() throws {
    let dir = try TestRun.temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: dir + "/docs", withIntermediateDirectories: true)
    try SpecialFiles.write(SpecialFiles.validYAML, to: dir + "/docs/a.yaml")
    try SpecialFiles.makeFIFO(dir + "/docs/pipe.yaml")
    let guardian = FIFOUnblocker(dir + "/docs/pipe.yaml")
    let walked = try TestRun.run(["validate", "docs", "--format", "json"], in: dir)
    #expect(!guardian.releasedABlockedReader, "the walk blocked on the FIFO")
    try #require(try checkedPaths(walked) == ["docs/a.yaml"], "\(walked)")
    #expect(walked.status == 0)
    // Only once FIFOs are skipped is it safe to try a device, which would be read forever.
    try SpecialFiles.makeLink(dir + "/docs/z.yaml", to: "/dev/zero")
    let globbed = try TestRun.run(["validate", "docs/*.yaml", "--format", "json"], in: dir)
    #expect(try checkedPaths(globbed) == ["docs/a.yaml"], "\(globbed)")
    let walkedAgain = try TestRun.run(["validate", "docs", "--format", "json"], in: dir)
    #expect(try checkedPaths(walkedAgain) == ["docs/a.yaml"], "\(walkedAgain)")
  }

  @Test func namedFIFOWithoutWriterIsRefusedNotWaitedFor() throws {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.makeFIFO(dir + "/in.yaml")
    let guardian = FIFOUnblocker(dir + "/in.yaml")
    let outcome = try TestRun.run(["convert", "in.yaml", "--to", "json"], in: dir)
    #expect(!guardian.releasedABlockedReader, "convert blocked opening the FIFO")
    #expect(outcome.status == 66, "\(outcome)")
    #expect(
      outcome.standardError
        == "in.yaml: error: cannot read input: nothing was read from this FIFO, because no "
        + "process wrote to it; start the writer first [cli.input-unreadable]\n")
  }

  @Test func pipePathIsReadAsAStream() throws {
    // What `briefing convert <(cat x.yaml) --from yaml` passes: a /dev/fd path to a pipe.
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    defer { close(ends[0]) }
    let bytes = Array(SpecialFiles.validYAML.utf8)
    #expect(write(ends[1], bytes, bytes.count) == bytes.count)
    close(ends[1])
    let outcome = try TestRun.run(
      ["convert", "/dev/fd/\(ends[0])", "--from", "yaml", "--to", "json"])
    #expect(outcome.status == 0, "\(outcome)")
    #expect(outcome.standardOutput.contains("\"title\""))
  }

  @Test func walksDoNotFollowLinksOutOfTheTree() throws {
    let dir = try TestRun.temporaryDirectory()
    let tree = dir + "/tree"
    try FileManager.default.createDirectory(
      atPath: tree + "/sub", withIntermediateDirectories: true)
    try SpecialFiles.write("password: hunter2\n", to: dir + "/outside.yaml")
    try SpecialFiles.write(SpecialFiles.validYAML, to: tree + "/sub/real.yaml")
    try SpecialFiles.makeLink(tree + "/secret.yaml", to: dir + "/outside.yaml")
    try SpecialFiles.makeLink(tree + "/inner.yaml", to: "sub/real.yaml")
    let walked = try TestRun.run(["validate", "tree", "--format", "json"], in: dir)
    #expect(
      try checkedPaths(walked) == ["tree/inner.yaml", "tree/sub/real.yaml"], "\(walked)")
    #expect(walked.status == 0)
    let globbed = try TestRun.run(["validate", "tree/**/*.yaml", "--format", "json"], in: dir)
    #expect(try checkedPaths(globbed) == ["tree/inner.yaml", "tree/sub/real.yaml"])
    // Named on the command line, the link is followed as the user asked.
    let named = try TestRun.run(["validate", "tree/secret.yaml", "--format", "json"], in: dir)
    #expect(try checkedPaths(named) == ["tree/secret.yaml"])
    #expect(named.status == 1)
  }

  @Test func linesOfAFileThatIsNotABriefingAreNotEchoed() throws {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.write("password: hunter2\n", to: dir + "/secret.yaml")
    try SpecialFiles.write("root:x:0:0:hunter2:/root:/bin/sh\n", to: dir + "/passwd.yaml")
    try SpecialFiles.write("api_key: [hunter2\n", to: dir + "/broken.yaml")
    for file in ["secret.yaml", "passwd.yaml", "broken.yaml"] {
      let validated = try TestRun.run(["validate", file, "--format", "text"], in: dir)
      #expect(validated.status == 1)
      #expect(!validated.standardOutput.contains("hunter2"), "\(validated)")
      let converted = try TestRun.run(["convert", file, "--to", "json"], in: dir)
      #expect(converted.status == 1)
      #expect(!converted.standardError.contains("hunter2"), "\(converted)")
    }
    // A briefing with a mistake still shows the line at fault.
    try SpecialFiles.write(SpecialFiles.validYAML + "titel: x\n", to: dir + "/typo.yaml")
    let typo = try TestRun.run(["validate", "typo.yaml", "--format", "text"], in: dir)
    #expect(typo.standardOutput.contains("  4 | titel: x\n"), "\(typo)")
  }
}
