import BriefingCLI
import BriefingFormats
import Foundation
import Testing

/// `briefing formats`, against a registry of test formats only, so built-ins do not matter.
@Suite struct FormatsCommandTests {
  let registry: FormatRegistry

  init() throws { registry = try TestRun.testFormatsOnly() }

  @Test func listsFormatsAsATable() throws {
    let outcome = try TestRun.run(["formats"], registry: registry)
    #expect(outcome.status == 0)
    let expected = """
      FORMAT      READ  WRITE  LOSSLESS  EXTENSIONS  DESCRIPTION
      lines (ln)  yes   yes    yes       .lines      test format: key: value lines
      shout       -     yes    no        .shout      test format: the title in capitals
      broken      yes   -      no        .broken     test format: a buggy reader

      OPTIONS (--reader-option/--writer-option NAME=VALUE)
        lines:
          trim  bool  strip spaces around values (default: true)
        shout:
          columns   int   cut lines at this width (default: 0)
          fragment  bool  omit the banner (default: false)

      """
    #expect(outcome.standardOutput == expected)
  }

  @Test func aliasAndNameListings() throws {
    let table = try TestRun.run(["formats"], registry: registry)
    #expect(try TestRun.run(["list-formats"], registry: registry) == table)
    #expect(
      try TestRun.run(["formats", "--readers"], registry: registry).standardOutput
        == "lines\nbroken\n")
    #expect(
      try TestRun.run(["formats", "--writers"], registry: registry).standardOutput
        == "lines\nshout\n")
    #expect(try TestRun.run(["formats", "--json", "--readers"], registry: registry).status == 64)
  }

  @Test func jsonIsVersionedAndDecodable() throws {
    let outcome = try TestRun.run(["formats", "--json"], registry: registry)
    #expect(outcome.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    let document = try #require(object as? [String: Any])
    #expect(document["serializationVersion"] as? Int == 1)
    let formats = try #require(document["formats"] as? [[String: Any]])
    #expect(formats.map { $0["name"] as? String } == ["lines", "shout", "broken"])
    #expect(formats.map { $0["canRead"] as? Bool } == [true, false, true])
    let shoutOptions = try #require(formats[1]["options"] as? [[String: Any]])
    #expect(shoutOptions.map { $0["name"] as? String } == ["columns", "fragment"])
    #expect(shoutOptions.first?["kind"] as? String == "int")
    // Stable bytes: the same registry prints the same document.
    #expect(try TestRun.run(["formats", "--json"], registry: registry) == outcome)
  }
}
