import BriefingCLI
import BriefingFormats
import Testing

/// The public embedding API: an embedder's registry reaches the subcommands, help and version
/// go to standard output, and nothing is shared between concurrent runs.
@Suite struct EmbeddingTests {
  @Test func builtInRegistryBuildsAndListsEveryBuiltIn() {
    let registry = BuiltInFormats.registry()
    #expect(registry.formats.map(\.descriptor.name) == BuiltInFormats.all.map(\.descriptor.name))
  }

  @Test func embeddersRegistryReachesSubcommands() throws {
    let withLines = try FormatRegistry([LinesFormat(), ShoutFormat()])
    let withoutLines = try FormatRegistry([ShoutFormat()])
    let args = ["convert", "-", "--from", "lines", "--to", "shout"]
    #expect(try TestRun.run(args, input: "title: a\n", registry: withLines).status == 0)
    let refused = try TestRun.run(args, input: "title: a\n", registry: withoutLines)
    #expect(refused.status == 64)
    #expect(refused.standardError.contains("unknown input format 'lines'"))
  }

  @Test func concurrentRunsDoNotShareState() async throws {
    try await withThrowingTaskGroup(of: (Int, RunOutcome).self) { group in
      for index in 0..<16 {
        group.addTask {
          let outcome = try TestRun.run(
            ["convert", "-", "--from", "lines", "--to", "lines"], input: "title: run \(index)\n")
          return (index, outcome)
        }
      }
      for try await (index, outcome) in group {
        #expect(outcome.standardOutput == "title: run \(index)\n")
      }
    }
  }

  @Test func helpAndVersionGoToStandardOutput() throws {
    let help = try TestRun.run(["convert", "--help"])
    #expect(help.status == 0)
    #expect(help.standardError.isEmpty)
    #expect(help.standardOutput.contains("Examples:"))
    #expect(help.standardOutput.contains("Exit codes: 0 converted"))
    let root = try TestRun.run([])
    #expect(root.status == 0)
    #expect(root.standardOutput.contains("SUBCOMMANDS:"))
    #expect(try TestRun.run(["--version"]).standardOutput == BriefingCommand.version + "\n")
    let viaHelpCommand = try TestRun.run(["help", "convert"])
    #expect(viaHelpCommand.status == 0)
    #expect(viaHelpCommand.standardOutput == help.standardOutput)
  }

  @Test func parserUsageErrorsAreExit64() throws {
    #expect(ExitStatus.usage.rawValue == 64)
    let outcome = try TestRun.run(["convert", "--no-such-flag", "x"])
    #expect(outcome.status == ExitStatus.usage.rawValue)
    #expect(outcome.standardError.contains("Unknown option '--no-such-flag'"))
    #expect(outcome.standardOutput.isEmpty)
  }

  @Test func exitCodesHaveOneMeaningEach() {
    let codes = ExitStatus.allCases.map(\.rawValue)
    #expect(codes == [0, 1, 64, 66, 70, 73, 74])
    #expect(Set(codes).count == codes.count)
  }
}
