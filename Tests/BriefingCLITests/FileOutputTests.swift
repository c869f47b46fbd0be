import Foundation
import Testing

/// Files written by `convert`: atomic replacement, output directories, and nothing left behind
/// when a conversion fails.
@Suite struct FileOutputTests {
  let fixtures = TestRun.fixtures

  @Test func writesTheOutputFile() throws {
    let dir = try TestRun.temporaryDirectory()
    let outcome = try TestRun.run(
      ["convert", "\(fixtures)/hello.lines", "-o", "out.lines"], in: dir)
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.isEmpty)
    let written = try String(contentsOfFile: dir + "/out.lines", encoding: .utf8)
    let original = try String(contentsOfFile: fixtures + "/hello.lines", encoding: .utf8)
    #expect(written == original)
    #expect(TestRun.listing(dir) == ["out.lines"])
  }

  @Test func replacesAnExistingFile() throws {
    let dir = try TestRun.temporaryDirectory()
    try Data("old contents that are longer than the new ones\n".utf8)
      .write(to: URL(fileURLWithPath: dir + "/out.lines"))
    let outcome = try TestRun.run(
      ["convert", "-", "--from", "lines", "-o", "out.lines"],
      input: "title: New\n", in: dir)
    #expect(outcome.status == 0)
    #expect(try String(contentsOfFile: dir + "/out.lines", encoding: .utf8) == "title: New\n")
    #expect(TestRun.listing(dir) == ["out.lines"])
  }

  @Test func failedReadLeavesNothingBehind() throws {
    let dir = try TestRun.temporaryDirectory()
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: dir + "/out.lines"))
    let outcome = try TestRun.run(["convert", "\(fixtures)/bad.lines", "-o", "out.lines"], in: dir)
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("[lines.unknown-key]"))
    #expect(TestRun.listing(dir) == ["out.lines"])
    #expect(try String(contentsOfFile: dir + "/out.lines", encoding: .utf8) == "keep me\n")
  }

  @Test func strictWarningsLeaveNothingBehind() throws {
    let dir = try TestRun.temporaryDirectory()
    let outcome = try TestRun.run(
      ["convert", "\(fixtures)/warn.lines", "-o", "out.lines", "--strict"], in: dir)
    #expect(outcome.status == 1)
    #expect(TestRun.listing(dir).isEmpty)
    let lenient = try TestRun.run(
      ["convert", "\(fixtures)/warn.lines", "-o", "out.lines"], in: dir)
    #expect(lenient.status == 0)
    #expect(TestRun.listing(dir) == ["out.lines"])
  }

  @Test func outputDirectoryNamesEachOutputAfterItsInput() throws {
    let dir = try TestRun.temporaryDirectory()
    let outcome = try TestRun.run(
      [
        "convert", "\(fixtures)/hello.lines", "\(fixtures)/warn.lines", "--to", "shout",
        "--output-dir", "out/nested",
      ], in: dir)
    #expect(outcome.status == 0, "\(outcome)")
    #expect(TestRun.listing(dir + "/out/nested") == ["hello.shout", "warn.shout"])
    #expect(
      try String(contentsOfFile: dir + "/out/nested/hello.shout", encoding: .utf8)
        == "== SHOUT ==\nHELLO\n")
  }

  @Test func oneFailingInputDoesNotStopTheOthers() throws {
    let dir = try TestRun.temporaryDirectory()
    let outcome = try TestRun.run(
      [
        "convert", "\(fixtures)/bad.lines", "\(fixtures)/missing.lines", "\(fixtures)/hello.lines",
        "--to", "lines", "--output-dir", dir,
      ], in: dir)
    // The first failure decides the status: bad.lines has document errors.
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("missing.lines: error: cannot read input"))
    #expect(TestRun.listing(dir) == ["hello.lines"])
  }

  @Test func collidingOutputNamesAreAUsageError() throws {
    let dir = try TestRun.temporaryDirectory()
    let outcome = try TestRun.run(
      [
        "convert", "\(fixtures)/hello.lines", "\(fixtures)/dir.lines/../hello.lines", "--to",
        "shout",
        "--output-dir", "out",
      ], in: dir)
    #expect(outcome.status == 64)
    #expect(outcome.standardError.contains("[cli.output-collision]"))
    #expect(TestRun.listing(dir).isEmpty, "nothing is created before the plan is checked")
  }

  @Test func uncreatableOutputIsExit73() throws {
    let dir = try TestRun.temporaryDirectory()
    try Data().write(to: URL(fileURLWithPath: dir + "/file"))
    let inDirectory = try TestRun.run(
      ["convert", "\(fixtures)/hello.lines", "--to", "lines", "--output-dir", "file"], in: dir)
    #expect(inDirectory.status == 73)
    #expect(inDirectory.standardError.contains("[cli.output-uncreatable]"))
    let underFile = try TestRun.run(
      ["convert", "\(fixtures)/hello.lines", "-o", "file/x.lines"], in: dir)
    #expect(underFile.status == 73)
    #expect(underFile.standardError.hasPrefix("file/x.lines: error: cannot create output:"))
    #expect(TestRun.listing(dir) == ["file"])
  }
}
