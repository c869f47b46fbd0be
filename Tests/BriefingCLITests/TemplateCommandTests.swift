import BriefingCLI
import BriefingFormats
import Foundation
import Testing

/// `briefing template FORMAT` and `--template FILE`.
@Suite struct TemplateCommandTests {
  @Test func printsTheHTMLDefaultTemplate() throws {
    let outcome = try TestRun.run(["template", "html"])
    let html = try #require(BuiltInFormats.registry().format(named: "html") as? any TemplatedFormat)
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == html.defaultTemplate)
    #expect(outcome.standardOutput.contains("{{"), "a Mustache template has tags")
  }

  @Test func formatsWithoutATemplateAreAUsageError() throws {
    let outcome = try TestRun.run(["template", "json"])
    #expect(outcome.status == 64)
    #expect(outcome.standardError.contains("format 'json' has no template"))
    #expect(outcome.standardError.contains("[cli.no-template]"))
    let typo = try TestRun.run(["template", "htlm"])
    #expect(typo.status == 64)
    #expect(typo.standardError.contains("did you mean 'html'?"))
  }

  @Test func theDefaultTemplateGivenBackAsAFileRendersTheSamePage() throws {
    let directory = try TestRun.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let template = directory + "/page.mustache"
    let printed = try TestRun.run(["template", "html"]).standardOutput
    try printed.write(toFile: template, atomically: true, encoding: .utf8)
    let example = TestRun.packageRoot + "/Examples/apec-som1.yaml"
    let plain = try TestRun.run(["convert", example, "--to", "html"])
    let templated = try TestRun.run(["convert", example, "--to", "html", "--template", template])
    #expect(plain.status == 0 && templated.status == 0, "\(templated)")
    #expect(templated.standardOutput == plain.standardOutput)
    let refused = try TestRun.run(["convert", example, "--to", "json", "--template", template])
    #expect(refused.status == 64, "--template only applies to formats with a template option")
  }
}
