import BriefingTesting
import Testing

/// Runs every `% briefing …` script in `Commands/*.md` in-process and compares all three
/// outputs.
@Suite struct CommandScriptTests {
  static let scripts = CommandScript.all(
    in: TestRun.packageRoot + "/Tests/BriefingCLITests/Commands")

  @Test func scriptsWereFound() {
    #expect(Self.scripts.count >= 10, "expected the command scripts under Commands/")
  }

  @Test(arguments: scripts)
  func script(_ script: CommandScript) throws {
    let registry = script.usesBuiltIns ? try TestRun.registry() : try TestRun.testFormatsOnly()
    let outcome = try TestRun.run(script.arguments, input: script.input, registry: registry)
    #expect(
      outcome.standardOutput == script.expected.standardOutput,
      Comment(rawValue: LineDiff.unified(script.expected.standardOutput, outcome.standardOutput)))
    #expect(
      outcome.standardError == script.expected.standardError,
      Comment(rawValue: LineDiff.unified(script.expected.standardError, outcome.standardError)))
    #expect(outcome.status == script.expected.status)
  }

  @Test func parsesScripts() {
    let text = """
      Some prose.
      ```
      % briefing convert - --from 'a b' --to lines
      title: x
      ^D
      out
      2> err
      => 1
      ```
      """
    let scripts = CommandScript.parse(text, file: "t.md")
    #expect(scripts.count == 1)
    #expect(scripts.first?.arguments == ["convert", "-", "--from", "a b", "--to", "lines"])
    #expect(scripts.first?.input == "title: x\n")
    #expect(
      scripts.first?.expected
        == RunOutcome(standardOutput: "out\n", standardError: "err\n", status: 1))
    #expect(scripts.first?.line == 3)
  }
}
