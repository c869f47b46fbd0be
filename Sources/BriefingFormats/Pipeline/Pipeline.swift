import BriefingCore

/// The one path every briefing takes, whichever command, plugin or embedder starts it:
///
/// load (one size cap, the file name attached once) → read → reader checks and content rules,
/// for every reader alike → configured levels and suppression comments → filters → write.
///
/// Writing files, printing diagnostics and exit codes belong to the caller; everything that
/// decides what a document *is* happens here, once, so the same document gives the same
/// diagnostics, ids and verdict whichever format it came in and whichever command read it.
public struct Pipeline: Sendable {
  /// The content rules run after reading (``ContentRule/all`` unless narrowed).
  public var rules: [ContentRule]
  /// Bounds on what is read.
  public var limits: InputLimits

  /// Creates a pipeline.
  public init(rules: [ContentRule] = ContentRule.all, limits: InputLimits = .init()) {
    self.rules = rules
    self.limits = limits
  }

  /// Reads `source` as `format`, then checks it and weighs the diagnostics by `policy`.
  public func read(
    _ source: SourceFile, as format: any BriefingFormat, options: FormatOptions = .init(),
    policy: DiagnosticPolicy = .init()
  ) -> PipelineDocument {
    if let tooLarge = limits.check(source) {
      // Refused before anything else looks at it, so an oversized input is never copied.
      var document = PipelineDocument(source: source, format: format.descriptor)
      document.diagnostics = [tooLarge]
      document.failed = true
      return document
    }
    let source = Self.loaded(source)
    var document = PipelineDocument(source: source, format: format.descriptor)
    guard let reader = format.reader else {
      document.diagnostics = [
        Diagnostic(
          .error, "pipeline.not-readable",
          "format '\(format.descriptor.name)' can be written but not read; choose another --from",
          file: source.name)
      ]
      document.failed = true
      return document
    }
    let result = reader.read(source, options: options)
    document.briefing = result.briefing
    document.sourceMap = result.sourceMap
    var diagnostics = result.diagnostics.map { document.placed($0) }
    if let briefing = result.briefing {
      diagnostics += check(briefing, after: diagnostics).map { document.placed($0) }
    }
    document.diagnostics = policy.apply(
      to: diagnostics, source: source, commentStyle: format.descriptor.commentStyle
    ).inPositionOrder()
    document.failed = result.briefing == nil || policy.fails(document.diagnostics)
    return document
  }

  /// Runs `filters` in order on a document that read cleanly; a failing filter adds its
  /// diagnostic and fails the document.
  public func filter(
    _ document: PipelineDocument, through filters: [any BriefingFilter], targetFormat: String
  ) -> PipelineDocument {
    guard !document.failed, var briefing = document.briefing, !filters.isEmpty else {
      return document
    }
    var document = document
    for filter in filters {
      do {
        briefing = try filter.apply(briefing, targetFormat: targetFormat)
      } catch {
        document.diagnostics += error.diagnostics.map { document.placed($0) }
        document.failed = true
        return document
      }
    }
    document.briefing = briefing
    return document
  }

  /// Writes a document that read cleanly as `format`; writer diagnostics are placed with the
  /// input's source map (they name document paths) and weighed by `policy`.
  public func write(
    _ document: PipelineDocument, as format: any BriefingFormat, options: FormatOptions = .init(),
    policy: DiagnosticPolicy = .init()
  ) -> PipelineOutput {
    guard !document.failed, let briefing = document.briefing else {
      return PipelineOutput(bytes: nil, diagnostics: [])
    }
    guard let writer = format.writer else {
      let diagnostic = Diagnostic(
        .error, "pipeline.not-writable",
        "format '\(format.descriptor.name)' can be read but not written; choose another --to",
        file: document.source.name)
      return PipelineOutput(bytes: nil, diagnostics: [diagnostic])
    }
    let written: WriteResult
    do {
      written = try writer.write(briefing, options: options)
    } catch {
      var diagnostics = error.diagnostics.map { document.placed($0) }
      if !diagnostics.contains(where: { $0.severity == .error }) {
        // A writer that refused must say why; an error keeps the verdict honest if it did not.
        diagnostics.append(
          Diagnostic(
            .error, "internal.writer-contract",
            "the '\(format.descriptor.name)' writer refused the briefing without an error",
            file: document.source.name))
      }
      return PipelineOutput(bytes: nil, diagnostics: diagnostics)
    }
    let diagnostics = policy.apply(
      to: written.diagnostics.map { document.placed($0) }, source: document.source,
      commentStyle: document.commentStyle)
    return PipelineOutput(
      bytes: policy.fails(diagnostics) ? nil : written.bytes, diagnostics: diagnostics)
  }

  /// Read, filter and write in one call: what `convert` does for one document.
  public func convert(
    _ source: SourceFile, from reader: any BriefingFormat, readerOptions: FormatOptions = .init(),
    to writer: any BriefingFormat, writerOptions: FormatOptions = .init(),
    filters: [any BriefingFilter] = [], policy: DiagnosticPolicy = .init()
  ) -> PipelineConversion {
    let read = read(source, as: reader, options: readerOptions, policy: policy)
    let filtered = filter(read, through: filters, targetFormat: writer.descriptor.name)
    let output = write(filtered, as: writer, options: writerOptions, policy: policy)
    return PipelineConversion(document: filtered, output: output)
  }

  // MARK: - Load

  /// `source` with every lone carriage return made a line feed.
  ///
  /// A lone CR ends a line in every format read here (CommonMark, YAML, HTML; JSON takes it
  /// as white space), but line counting, front matter and excerpts look for LF. Replacing one
  /// byte by one keeps every offset and column, so positions still point into the file as the
  /// user has it; CRLF is left alone, since every reader already takes it.
  public static func loaded(_ source: SourceFile) -> SourceFile {
    let bytes = source.bytes
    guard let first = bytes.firstIndex(of: 0x0D) else { return source }
    var normalized = source
    var index = first
    while index < bytes.count {
      if bytes[index] == 0x0D, index + 1 == bytes.count || bytes[index + 1] != 0x0A {
        normalized.bytes[index] = 0x0A
      }
      index += 1
    }
    return normalized
  }

  // MARK: - Checks

  /// Reader checks, then content rules; a rule says nothing about a value the reader already
  /// rejected (a missing answer needs no second, content-level report), nor about a node
  /// inside one.
  private func check(_ briefing: Briefing, after readerDiagnostics: [Diagnostic]) -> [Diagnostic] {
    let readerCheckIDs = Set(ContentRule.readerChecks.map(\.id))
    var found = ContentRule.readerChecks.flatMap { $0.check(briefing) }
    let rejected = Set(readerDiagnostics.compactMap { $0.severity == .error ? $0.path : nil })
    for rule in rules where !readerCheckIDs.contains(rule.id) {
      found += rule.check(briefing).filter { diagnostic in
        // A path into a text value's nodes ends in indices; the value is the first key above.
        var path = diagnostic.path
        while let current = path {
          if rejected.contains(current) { return false }
          guard case .index? = current.components.last else { return true }
          path = current.parent
        }
        return true
      }
    }
    return found
  }
}
