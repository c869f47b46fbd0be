import BriefingCore
import BriefingFormats
import Testing

/// The pipeline's steps, in order, on formats that do nothing but report what they are given.
@Suite struct PipelineTests {
  let source = SourceFile(name: "in.stub", text: "one\ntwo\n# briefing-disable-line rule.x\n")

  @Test func readerChecksRunForAnyReaderAndArePlacedThroughTheSourceMap() {
    let format = StubFormat(
      result: ReadResult(briefing: Samples.briefing(count: 5, total: 3), sourceMap: Samples.sourceMap))
    let document = Pipeline().read(source, as: format)
    let diagnostic = document.diagnostics.first { $0.id == "rule.reaction-count-exceeds-total" }
    #expect(diagnostic?.file == "in.stub")
    #expect(diagnostic?.range?.start.line == 3)
    #expect(diagnostic?.range?.start.column == 9)
    #expect(document.failed)
  }

  @Test func negativeFiguresAreASchemaErrorWhateverTheReader() {
    let format = StubFormat(result: ReadResult(briefing: Samples.briefing(count: -1, total: 0)))
    let ids = Pipeline().read(source, as: format).diagnostics.map(\.id)
    #expect(ids.contains("schema.range"))
  }

  @Test func contentRulesSkipValuesTheReaderRejected() {
    let path = Samples.reactionsPath.appending(0).appending("count")
    let rejected = Diagnostic(.error, "stub.bad-count", "bad", path: path)
    let format = StubFormat(
      result: ReadResult(briefing: Samples.briefing(count: 5, total: 3), diagnostics: [rejected]))
    let ids = Pipeline().read(source, as: format).diagnostics.map(\.id)
    // Reader checks always run (they describe the model); content rules defer to the reader.
    #expect(ids.contains("stub.bad-count"))
    #expect(ids.contains("rule.reaction-count-exceeds-total"))
  }

  @Test func levelsAndStrictnessDecideTheVerdict() {
    let format = StubFormat(result: ReadResult(briefing: Samples.briefing(count: 5, total: 3)))
    let off = DiagnosticPolicy(levels: ["rule.reaction-count-exceeds-total": .off])
    #expect(!Pipeline().read(source, as: format, policy: off).failed)
    let warning = DiagnosticPolicy(levels: ["rule.reaction-count-exceeds-total": .severity(.warning)])
    #expect(!Pipeline().read(source, as: format, policy: warning).failed)
    var strict = warning
    strict.strict = true
    #expect(Pipeline().read(source, as: format, policy: strict).failed)
  }

  @Test func suppressionCommentsFollowTheFormatsCommentSyntax() {
    let onLine3 = Diagnostic(
      .warning, "rule.x", "x", range: SourceRange(at: SourceLocation(line: 3, column: 1)))
    let result = ReadResult(briefing: Samples.briefing(count: 0, total: 0), diagnostics: [onLine3])
    // A format that declares `#` comments has markers in them; one without comments has none.
    var yamlLike = StubFormat(result: result)
    yamlLike.commentStyle = .hash
    #expect(!Pipeline().read(source, as: yamlLike).diagnostics.contains { $0.id == "rule.x" })
    #expect(Pipeline().read(source, as: StubFormat(result: result)).diagnostics.contains {
      $0.id == "rule.x"
    })
    let ignoring = DiagnosticPolicy(honoursSuppressionComments: false)
    #expect(Pipeline().read(source, as: yamlLike, policy: ignoring).diagnostics.contains {
      $0.id == "rule.x"
    })
  }

  @Test func diagnosticsComeInSourceOrderWithUnplacedOnesLast() {
    func at(_ line: Int) -> SourceRange { SourceRange(at: SourceLocation(line: line, column: 1)) }
    let result = ReadResult(
      briefing: Samples.briefing(count: 0, total: 0),
      diagnostics: [
        Diagnostic(.warning, "s.c", "c"), Diagnostic(.warning, "s.b", "b", range: at(2)),
        Diagnostic(.warning, "s.a", "a", range: at(1)),
      ])
    let ids = Pipeline(rules: []).read(source, as: StubFormat(result: result)).diagnostics.map(\.id)
    #expect(ids == ["s.a", "s.b", "s.c"])
  }

  @Test func oneSizeCapForEveryFormat() {
    let format = StubFormat(result: ReadResult(briefing: Samples.briefing(count: 0, total: 0)))
    let pipeline = Pipeline(limits: InputLimits(maxBytes: 4))
    let document = pipeline.read(source, as: format)
    #expect(document.failed)
    #expect(document.briefing == nil)
    #expect(document.diagnostics.map(\.id) == ["input.too-large"])
  }

  @Test func filtersRunInOrderAndSeeTheTargetFormat() {
    let format = StubFormat(result: ReadResult(briefing: Samples.briefing(count: 0, total: 0)))
    let conversion = Pipeline().convert(
      source, from: format, to: format,
      filters: [RenamingFilter(title: "A"), RenamingFilter(title: "B")])
    #expect(conversion.output.bytes.map { String(decoding: $0, as: UTF8.self) } == "B for stub")
  }

  @Test func aFailingFilterStopsTheDocumentBeforeTheWriter() {
    let format = StubFormat(result: ReadResult(briefing: Samples.briefing(count: 0, total: 0)))
    let conversion = Pipeline().convert(
      source, from: format, to: format, filters: [RenamingFilter(title: nil)])
    #expect(conversion.document.failed)
    #expect(conversion.output.bytes == nil)
    #expect(conversion.diagnostics.map(\.id) == ["plugin.crashed"])
    #expect(conversion.diagnostics.first?.file == "in.stub")
  }

  @Test func aFailedReadIsNeverWritten() {
    let format = StubFormat(result: ReadResult(briefing: Samples.briefing(count: 5, total: 3)))
    let conversion = Pipeline().convert(source, from: format, to: format)
    #expect(conversion.output.bytes == nil)
    #expect(conversion.output.diagnostics.isEmpty)
  }

  @Test func writerWarningsArePlacedAndWeighed() {
    let path = Samples.reactionsPath.appending(0).appending("count")
    var format = StubFormat(result: ReadResult(
      briefing: Samples.briefing(count: 1, total: 3), sourceMap: Samples.sourceMap))
    format.writerDiagnostics = [Diagnostic(.warning, "stub.lost", "lost", path: path)]
    let lenient = Pipeline().convert(source, from: format, to: format)
    #expect(lenient.output.bytes != nil)
    #expect(lenient.output.diagnostics.first?.range?.start.line == 3)
    let strict = Pipeline().convert(
      source, from: format, to: format, policy: DiagnosticPolicy(strict: true))
    #expect(strict.output.bytes == nil)
  }

  @Test func aWriterThatRefusesSilentlyStillFails() {
    var format = StubFormat(result: ReadResult(briefing: Samples.briefing(count: 0, total: 0)))
    format.refuses = true
    let conversion = Pipeline().convert(source, from: format, to: format)
    #expect(conversion.output.bytes == nil)
    #expect(conversion.output.diagnostics.hasErrors)
  }

  @Test func loneCarriageReturnsEndLinesForEveryReaderAndKeepOffsets() {
    let source = SourceFile(name: "cr.stub", text: "a\rb\r\nc\r")
    let loaded = Pipeline.loaded(source)
    #expect(loaded.bytes == Array("a\nb\r\nc\n".utf8))
    #expect(loaded.bytes.count == source.bytes.count)
    let untouched = SourceFile(name: "lf.stub", text: "a\r\nb\n")
    #expect(Pipeline.loaded(untouched).bytes == untouched.bytes)
  }
}
