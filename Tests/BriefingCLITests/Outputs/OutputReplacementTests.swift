import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replacing an output file: what it keeps of the file it replaces, which names it accepts, and
/// which inputs it refuses to overwrite under another name.
@Suite struct OutputReplacementTests {
  let hello = TestRun.fixtures + "/hello.lines"

  @Test func replacedOutputKeepsItsModeAndOwner() throws {
    let dir = try TestRun.temporaryDirectory()
    let output = dir + "/out.lines"
    try SpecialFiles.write("old\n", to: output)
    try #require(chmod(output, 0o600) == 0)
    // Only root can give a file away; then the owner and group must survive the rename too.
    let isRoot = geteuid() == 0
    if isRoot { try #require(chown(output, 4321, 8765) == 0) }
    let outcome = try TestRun.run(["convert", hello, "-o", "out.lines"], in: dir)
    #expect(outcome.status == 0, "\(outcome)")
    var info = stat()
    try #require(lstat(output, &info) == 0)
    #expect(info.st_mode & 0o7777 == 0o600)
    if isRoot {
      #expect(info.st_uid == 4321)
      #expect(info.st_gid == 8765)
    }
    #expect(try String(contentsOfFile: output, encoding: .utf8) != "old\n")
    #expect(TestRun.listing(dir) == ["out.lines"])
  }

  @Test(arguments: [
    String(repeating: "n", count: 239) + ".lines",  // 245 bytes
    String(repeating: "n", count: 249) + ".lines",  // 255 bytes, the longest a name can be
    String(repeating: "é", count: 124) + ".lines",  // 254 bytes, two for each "é"
  ])
  func longOutputNamesAreWritten(name: String) throws {
    let dir = try TestRun.temporaryDirectory()
    let outcome = try TestRun.run(["convert", hello, "-o", name], in: dir)
    #expect(outcome.status == 0, "\(outcome)")
    #expect(TestRun.listing(dir) == [name])
    #expect(
      try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        == String(contentsOfFile: hello, encoding: .utf8))
  }

  @Test(arguments: [
    ("alias.yaml", "in.yaml"),  // the input is a link to the output
    ("in.yaml", "alias.yaml"),  // the output is a link to the input
    ("hard.yaml", "in.yaml"),  // the input is a hard link to the output
    ("in.yaml", "./sub/../hard.yaml"),
  ])
  func outputThatIsAnInputUnderAnotherNameIsRefused(input: String, output: String) throws {
    let dir = try TestRun.temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: dir + "/sub", withIntermediateDirectories: false)
    try SpecialFiles.write(SpecialFiles.validYAML, to: dir + "/in.yaml")
    try SpecialFiles.makeLink(dir + "/alias.yaml", to: "in.yaml")
    try #require(link(dir + "/in.yaml", dir + "/hard.yaml") == 0)
    var before = stat()
    try #require(stat(dir + "/in.yaml", &before) == 0)
    let outcome = try TestRun.run(["convert", input, "-o", output], in: dir)
    #expect(outcome.status == 64, "\(outcome)")
    #expect(
      outcome.standardError
        == "briefing: error: output '\(output)' would overwrite an input; choose another -o or "
        + "--output-dir [cli.output-overwrites-input]\n")
    var after = stat()
    try #require(stat(dir + "/in.yaml", &after) == 0)
    #expect(after.st_ino == before.st_ino, "the input was replaced")
  }
}
