import BriefingCLI
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import Testing

/// Every diagnostic id the code emits is declared beside it and reaches the catalog that
/// `briefing rules`, `explain`, configuration and SARIF read; every declared id is emitted.
@Suite struct DiagnosticCatalogTests {
  /// The package root, found from this file's path.
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // file, BriefingCLITests, Tests
    return url.path
  }()

  /// `Sources/` and every `Formats/<name>/Sources/`.
  static var sourceDirectories: [String] {
    let formats = (try? FileManager.default.contentsOfDirectory(atPath: root + "/Formats")) ?? []
    return [root + "/Sources"] + formats.sorted().map { root + "/Formats/\($0)/Sources" }
  }

  static var catalog: RuleCatalog {
    CommandContext(registry: BuiltInFormats.registry(), environment: [:]).catalog
  }

  static var fileExtensions: Set<String> {
    let claimed = BuiltInFormats.all.flatMap(\.descriptor.fileExtensions)
    return Set(claimed.compactMap { $0.split(separator: ".").last.map(String.init) })
  }

  static func isDeclarationFile(_ path: String) -> Bool {
    path.hasSuffix("Diagnostics.swift") || path.hasSuffix("/RuleCatalog.swift")
  }

  @Test func everyEmittedIdIsDeclaredAndEveryDeclaredIdIsEmitted() {
    let report = DiagnosticIDCoverage.check(
      directories: Self.sourceDirectories, catalog: Self.catalog,
      fileExtensions: Self.fileExtensions, isDeclarationFile: Self.isDeclarationFile)
    let undeclared = report.undeclared.map { "\($0)" }.joined(separator: "\n")
    #expect(report.undeclared.isEmpty, "emitted but declared in no catalog:\n\(undeclared)")
    #expect(report.unused.isEmpty, "declared but never emitted: \(report.unused)")
  }

  @Test func theScanSeesTheWaysIdsArePassed() {
    let found = Set(
      Self.sourceDirectories.flatMap { directory in
        (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? [])
          .filter { $0.hasSuffix(".swift") }
          .flatMap {
            DiagnosticIDCoverage.literals(
              in: directory + "/" + $0, fileExtensions: Self.fileExtensions)
          }
      }.map(\.id))
    // `Diagnostic(.error, "…")`, a conditional id, `CLIError`, `throw .usage("…")`, a helper.
    for id in [
      "json.syntax", "ast.unsupported-version", "plugin.conflict", "cli.no-template",
      "plugin.timeout", "markdown.marker",
    ] {
      #expect(found.contains(id), "\(id)")
    }
    #expect(!found.contains("ast.json"))
    #expect(DiagnosticIDCoverage.isIDShaped("schema.unknown-key"))
    for text in ["Schema.x", "a.b.c", "rule.", "rule.-a", "rule.a--b", "rule.a-", "x-y.z"] {
      #expect(!DiagnosticIDCoverage.isIDShaped(text), "\(text)")
    }
  }

  @Test func everyDeclaredIdIsWellFormedAndDescribed() {
    let catalog = Self.catalog
    #expect(catalog.ids == catalog.ids.sorted())
    let categories: Set<String> = ["syntax", "schema", "content", "format", "plugin", "cli"]
    for info in catalog.all {
      #expect(DiagnosticIDCoverage.isIDShaped(info.id), "\(info.id)")
      #expect(!info.summary.isEmpty && !info.summary.hasSuffix("."), "\(info.id)")
      #expect(!info.explanation.isEmpty, "\(info.id)")
      #expect(categories.contains(info.category), "\(info.id): \(info.category)")
    }
    #expect(catalog.hint(for: "schema.unknown-keys") == "; did you mean 'schema.unknown-key'?")
  }

  @Test func formatsDeclareTheirOwnIdsAndTheRegistryMergesThem() throws {
    let registry = BuiltInFormats.registry()
    for (name, prefix) in [
      ("yaml", "yaml."), ("json", "json."), ("markdown", "markdown."), ("html", "html."),
      ("plain", "plain."), ("ast", "ast."),
    ] {
      let format = try #require(registry.format(named: name))
      let ids = format.descriptor.diagnostics.map(\.id)
      #expect(ids.contains { $0.hasPrefix(prefix) }, "\(name)")
      for id in ids { #expect(registry.catalog.info(for: id) != nil, "\(id)") }
    }
    // Markdown reads front matter with the YAML composer, so it declares those ids too.
    let markdown = try #require(registry.format(named: "markdown"))
    #expect(markdown.descriptor.diagnostics.contains { $0.id == "yaml.syntax" })
  }

  @Test func aFormatContradictingAnotherOnesIdIsRejected() throws {
    let clash = DeclaringFormat(
      name: "clash", info: .entry("json.syntax", .note, "format", "not JSON's", advice: "None."))
    #expect(throws: RegistryError.self) { try BuiltInFormats.registry().adding([clash]) }
    let agreeing = DeclaringFormat(
      name: "agrees", info: try #require(BuiltInFormats.registry().catalog.info(for: "json.syntax"))
    )
    #expect(throws: Never.self) { try BuiltInFormats.registry().adding([agreeing]) }
  }

  @Test func rulesAndExplainIncludeAThirdPartyFormatsIds() throws {
    let info = RuleInfo.entry(
      "widgets.no-widget", .warning, "format", "the briefing has no widget", advice: "Add one.")
    let registry = try BuiltInFormats.registry().adding([
      DeclaringFormat(name: "widgets", info: info)
    ])
    func run(_ arguments: [String], _ registry: FormatRegistry) -> (status: Int32, out: String) {
      let (io, output) = CommandIO.capturing()
      let context = CommandContext(registry: registry, io: io, environment: [:])
      let status = BriefingCommand.execute(arguments, in: context)
      return (status, output.standardOutputText)
    }
    let explained = run(["explain", "widgets.no-widget"], registry)
    #expect(explained.status == 0)
    #expect(explained.out.hasPrefix("widgets.no-widget (format, default severity: warning)"))
    #expect(explained.out.contains("The briefing has no widget. Add one."))
    #expect(run(["rules", "--category", "format"], registry).out.contains("widgets.no-widget"))
    #expect(run(["explain", "widgets.no-widget"], BuiltInFormats.registry()).status != 0)
  }
}

extension DiagnosticCatalogTests {
  @Test func validationConfigurationAndSARIFKnowAThirdPartyFormatsIds() throws {
    let info = RuleInfo.entry(
      "widgets.no-widget", .warning, "format", "the briefing has no widget", advice: "Add one.")
    let widgets = try BuiltInFormats.registry().adding([
      DeclaringFormat(name: "widgets", info: info)
    ])
    let root = try TestRun.temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: root + "/.git", withIntermediateDirectories: true)
    try "x".write(toFile: root + "/a.widgets", atomically: true, encoding: .utf8)
    try "rules:\n  widgets.no-widget: error\n".write(
      toFile: root + "/.briefing.yml", atomically: true, encoding: .utf8)
    func validate(_ registry: FormatRegistry) -> (status: Int32, out: String, err: String) {
      let (io, output) = CommandIO.capturing()
      let context = CommandContext(
        registry: registry, io: io, currentDirectory: root, environment: [:])
      let status = BriefingCommand.execute(["validate", ".", "--format", "sarif"], in: context)
      return (status, output.standardOutputText, output.standardError)
    }
    let known = validate(widgets)
    // The configuration raised the warning to an error; SARIF describes the rule.
    #expect(known.status == 1, "\(known.err)")
    #expect(known.out.contains("\"ruleId\" : \"widgets.no-widget\""), "\(known.out)")
    #expect(known.out.contains("the briefing has no widget"))
    #expect(!known.out.contains("config.unknown-rule"))
    try "rules:\n  widgets.no-widgets: error\n".write(
      toFile: root + "/.briefing.yml", atomically: true, encoding: .utf8)
    let misspelt = validate(widgets)
    #expect(misspelt.err.contains("did you mean 'widgets.no-widget'?"), "\(misspelt)")
  }
}

/// A format that declares one id, and reports it on every file its reader reads.
private struct DeclaringFormat: BriefingFormat, BriefingReader {
  var name: String
  var info: RuleInfo

  func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    ReadResult(
      briefing: Briefing(title: InlineText(plain: "T")),
      diagnostics: [Diagnostic(info.defaultSeverity, info.id, "no widget", file: source.name)])
  }

  var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: name, fileExtensions: [name], mediaType: "text/plain", summary: "declares \(info.id)",
      isLossless: false, diagnostics: [info])
  }
  var reader: (any BriefingReader)? { self }
  var writer: (any BriefingWriter)? { nil }
}
