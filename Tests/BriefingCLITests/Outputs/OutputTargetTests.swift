import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `-o` naming something other than a regular file: devices and FIFOs are written into, never
/// replaced; a link to a regular file is followed, and the file it names replaced atomically.
@Suite struct OutputTargetTests {
  let hello = TestRun.fixtures + "/hello.lines"

  @Test func fifoAndDeviceOutputsAreWrittenIntoNotReplaced() throws {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.makeFIFO(dir + "/out.lines")
    // A reader that is already there; the output fits in the pipe's buffer.
    let reader = open(dir + "/out.lines", O_RDONLY | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    let outcome = try TestRun.run(["convert", hello, "-o", "out.lines"], in: dir)
    try #require(SpecialFiles.type(of: dir + "/out.lines") == S_IFIFO, "the FIFO was replaced")
    #expect(outcome.status == 0, "\(outcome)")
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(reader, &buffer, buffer.count)
    let expected = try String(contentsOfFile: hello, encoding: .utf8)
    #expect(count > 0 && String(decoding: buffer[..<count], as: UTF8.self) == expected)
    #expect(TestRun.listing(dir) == ["out.lines"], "no temporary file is left")
    // Only once a FIFO survives is it safe to try a real device: we run as root.
    let device = try TestRun.run(["convert", hello, "-o", "/dev/null", "--to", "lines"])
    #expect(device.status == 0, "\(device)")
    #expect(SpecialFiles.type(of: "/dev/null") == S_IFCHR)
  }

  @Test func fifoWithoutReaderIsAnErrorNotAWait() throws {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.makeFIFO(dir + "/out.lines")
    let outcome = try TestRun.run(["convert", hello, "-o", "out.lines"], in: dir)
    #expect(SpecialFiles.type(of: dir + "/out.lines") == S_IFIFO, "the FIFO was replaced")
    #expect(outcome.status == 73, "\(outcome)")
    #expect(
      outcome.standardError
        == "out.lines: error: cannot create output: no process is reading this FIFO; start "
        + "the reader first [cli.output-uncreatable]\n")
  }

  @Test func linkToAFIFOWritesIntoTheFIFO() throws {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.makeFIFO(dir + "/fifo")
    try SpecialFiles.makeLink(dir + "/out.lines", to: dir + "/fifo")
    let reader = open(dir + "/fifo", O_RDONLY | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    let outcome = try TestRun.run(["convert", hello, "-o", "out.lines"], in: dir)
    #expect(outcome.status == 0, "\(outcome)")
    #expect(SpecialFiles.type(of: dir + "/out.lines") == S_IFLNK)
    #expect(SpecialFiles.type(of: dir + "/fifo") == S_IFIFO)
    var buffer = [UInt8](repeating: 0, count: 4096)
    #expect(read(reader, &buffer, buffer.count) > 0)
  }

  @Test func linkToARegularFileIsFollowedAndKept() throws {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.write("old\n", to: dir + "/real.lines")
    try SpecialFiles.makeLink(dir + "/out.lines", to: "real.lines")
    let outcome = try TestRun.run(
      ["convert", "-", "--from", "lines", "-o", "out.lines"], input: "title: New\n", in: dir)
    #expect(outcome.status == 0, "\(outcome)")
    #expect(SpecialFiles.type(of: dir + "/out.lines") == S_IFLNK, "the link was replaced")
    #expect(try String(contentsOfFile: dir + "/real.lines", encoding: .utf8) == "title: New\n")
    #expect(TestRun.listing(dir) == ["out.lines", "real.lines"])
  }
}
