import BriefingCore
import BriefingFormats
import Testing

/// The registry's rules: unique names, aliases and extensions; lookups by name and by path.
@Suite struct RegistryTests {
  func stub(_ name: String, _ extensions: [String]) -> StubFormat {
    var format = StubFormat(result: ReadResult(briefing: nil))
    format.name = name
    format.extensions = extensions
    return format
  }

  @Test func twoFormatsCannotShareAName() {
    #expect(throws: RegistryError.duplicateName("one", first: "one", second: "one")) {
      try FormatRegistry([stub("one", ["a"]), stub("one", ["b"])])
    }
  }

  @Test func twoFormatsCannotShareAnExtension() {
    #expect(throws: RegistryError.duplicateExtension("A", first: "one", second: "two")) {
      try FormatRegistry([stub("one", ["a"]), stub("two", ["A"])])
    }
  }

  @Test func aDottedExtensionBeatsItsLastPart() throws {
    let registry = try FormatRegistry([stub("json", ["json"]), stub("ast", ["ast.json"])])
    #expect(registry.format(forPath: "dir/x.ast.json")?.descriptor.name == "ast")
    #expect(registry.format(forPath: "dir/x.json")?.descriptor.name == "json")
    // A file named only by the dotted extension has no stem: it is a plain `.json` file.
    #expect(registry.format(forPath: "ast.json")?.descriptor.name == "json")
    #expect(registry.format(forPath: ".json") == nil)
  }

  @Test func namesAreCaseInsensitive() throws {
    let registry = try FormatRegistry([stub("one", ["a"])])
    #expect(registry.format(named: "ONE")?.descriptor.name == "one")
    #expect(registry.format(forPath: "X.A")?.descriptor.name == "one")
  }

  @Test func optionsAreCheckedAgainstTheirDeclarations() throws {
    let declared = stub("one", []).descriptor.options
    var options = FormatOptions()
    try options.set("flag", to: "true", checkedAgainst: declared)
    #expect(throws: OptionError.unknown("flga", known: ["flag"])) {
      try options.set("flga", to: "true", checkedAgainst: declared)
    }
    #expect(throws: OptionError.invalid("flag", value: "maybe", kind: .bool)) {
      try options.set("flag", to: "maybe", checkedAgainst: declared)
    }
    #expect(Suggestion.hint(for: "flga", in: ["flag"]).contains("flag"))
  }
}
