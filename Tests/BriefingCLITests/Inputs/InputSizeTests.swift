import Foundation
import Testing

@testable import BriefingCLI

/// Every input, file, device or standard input, is read through one size cap, and no more than
/// the cap plus one byte is ever read.
@Suite struct InputSizeTests {
  static let limit = 64 << 20

  static let tooLarge =
    "error: cannot read input: it is larger than 64 MiB (67108864 bytes), the most briefing "
    + "reads; check that the path names a briefing, or split the briefing [input.too-large]\n"

  @Test func fileLargerThanTheCapIsRefused() throws {
    let dir = try TestRun.temporaryDirectory()
    // A sparse file: its size costs no disk.
    try SpecialFiles.write("", to: dir + "/big.yaml")
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/big.yaml"))
    try handle.truncate(atOffset: UInt64(Self.limit + 1))
    try handle.close()
    let converted = try TestRun.run(["convert", "big.yaml", "--to", "json"], in: dir)
    try #require(converted.standardError == "big.yaml: " + Self.tooLarge, "\(converted)")
    #expect(converted.status == 66)
    // Only once the cap holds is it safe to read a device that never ends.
    let device = try TestRun.run(["convert", "/dev/zero", "--from", "yaml", "--to", "json"])
    #expect(device.status == 66)
    #expect(device.standardError == "/dev/zero: " + Self.tooLarge)
  }

  @Test func standardInputLargerThanTheCapIsRefused() throws {
    let input = String(repeating: "#", count: Self.limit + 1)
    let outcome = try TestRun.run(["convert", "-", "--from", "yaml", "--to", "json"], input: input)
    #expect(outcome.status == 66)
    #expect(outcome.standardError == "-: " + Self.tooLarge)
  }

  @Test func readsStopAtTheLimitTheCallerPasses() throws {
    #expect(CommandIO.defaultInputLimit == Self.limit)
    #expect(throws: CLIError.self) {
      try FileAccess.read("/dev/zero", name: "zero", limit: 1000)
    }
    let exact = try FileAccess.read(TestRun.fixtures + "/hello.lines", name: "h", limit: 1 << 10)
    #expect(!exact.isEmpty)
    let (io, _) = CommandIO.capturing(input: Array(repeating: 0x41, count: 11))
    #expect(try io.readStandardInput(limit: 11).count == 11)
    do {
      _ = try io.readStandardInput(limit: 10)
      Issue.record("eleven bytes passed a limit of ten")
    } catch {
      #expect(error.id == "input.too-large")
      #expect(error.message.contains("larger than 10 bytes"))
    }
  }
}
