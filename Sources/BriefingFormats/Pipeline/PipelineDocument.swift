import BriefingCore

/// A document on its way through the ``Pipeline``: its source, what was read, every diagnostic
/// so far (placed and weighed), and whether it may still be written.
public struct PipelineDocument: Sendable {
  /// The input, with the name every diagnostic carries.
  public var source: SourceFile
  /// The name of the format it was read as.
  public var formatName: String
  /// How that format writes comments, where suppression markers live.
  public var commentStyle: Suppression.CommentStyle
  /// The briefing, or `nil` when nothing usable could be read.
  public var briefing: Briefing?
  /// Where each value came from in ``source``.
  public var sourceMap = SourceMap()
  /// Every diagnostic, with file and range, in position order.
  public var diagnostics: [Diagnostic] = []
  /// Whether the policy found the document failing (or nothing was read): it is not written.
  public var failed = false

  /// Creates a document, not read yet, in the format `format` describes.
  public init(source: SourceFile, format: FormatDescriptor) {
    self.source = source
    self.formatName = format.name
    self.commentStyle = format.commentStyle
  }

  /// `diagnostic` with this document's file name and, when it has only a path, the range the
  /// source map gives for it (or its nearest positioned ancestor).
  public func placed(_ diagnostic: Diagnostic) -> Diagnostic {
    var diagnostic = diagnostic
    if diagnostic.file == nil { diagnostic.file = source.name }
    if diagnostic.range == nil, let path = diagnostic.path {
      diagnostic.range = sourceMap.range(at: path)
    }
    return diagnostic
  }
}

/// What writing a document gave: the bytes, unless it failed, and the writer's diagnostics.
public struct PipelineOutput: Sendable {
  /// The output, or `nil` when the document or the writer failed.
  public var bytes: [UInt8]?
  /// The writer's diagnostics (what it could not carry, why it refused), placed and weighed.
  public var diagnostics: [Diagnostic]

  /// Creates an output.
  public init(bytes: [UInt8]?, diagnostics: [Diagnostic]) {
    self.bytes = bytes
    self.diagnostics = diagnostics
  }
}

/// One document read, filtered and written.
public struct PipelineConversion: Sendable {
  /// The document as read and filtered.
  public var document: PipelineDocument
  /// The written output.
  public var output: PipelineOutput

  /// Every diagnostic, reading's then writing's.
  public var diagnostics: [Diagnostic] { document.diagnostics + output.diagnostics }
}

/// A step between reader and writer that may change the briefing (`pandoc --filter`).
public protocol BriefingFilter: Sendable {
  /// The changed briefing; throws the diagnostic saying why the filter failed.
  func apply(_ briefing: Briefing, targetFormat: String) throws(FilterError) -> Briefing
}

/// Why a filter failed: at least one error diagnostic naming it.
public struct FilterError: Error, Sendable {
  /// What went wrong (an invalid reply gives one diagnostic per problem).
  public var diagnostics: [Diagnostic]

  /// Creates an error from every problem found.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// Creates an error from one problem.
  public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
}

/// Bounds on what the pipeline reads, the same for every format.
public struct InputLimits: Sendable, Hashable {
  /// The default cap: 64 MiB, far above any real briefing and far below a machine's memory.
  public static let defaultMaxBytes = 64 << 20

  /// The largest input read, in bytes.
  public var maxBytes: Int

  /// Creates limits.
  public init(maxBytes: Int = InputLimits.defaultMaxBytes) { self.maxBytes = maxBytes }

  /// The `input.too-large` error when `source` is over the cap, else `nil`.
  public func check(_ source: SourceFile) -> Diagnostic? {
    guard source.bytes.count > maxBytes else { return nil }
    return Self.tooLarge(name: source.name, maxBytes: maxBytes)
  }

  /// The error for an input over `maxBytes`, however it was found out.
  public static func tooLarge(name: String, maxBytes: Int) -> Diagnostic {
    Diagnostic(
      .error, "input.too-large",
      "cannot read input: it is larger than \(byteCount(maxBytes)), the most briefing reads; "
        + "check that the path names a briefing, or split the briefing",
      file: name)
  }

  /// `64 MiB (67108864 bytes)` for whole mebibytes, else `1000 bytes`.
  private static func byteCount(_ count: Int) -> String {
    let mebibyte = 1 << 20
    guard count >= mebibyte, count % mebibyte == 0 else { return "\(count) bytes" }
    return "\(count / mebibyte) MiB (\(count) bytes)"
  }
}
