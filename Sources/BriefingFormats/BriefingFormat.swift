// BriefingFormats: the plugin API. A format is a value that describes itself and offers a
// reader, a writer or both; a FormatRegistry value holds the formats a program knows.
import BriefingCore

/// A document format: its description, and a reader and/or a writer.
public protocol BriefingFormat: Sendable {
  /// Name, extensions, media type, losslessness and options.
  var descriptor: FormatDescriptor { get }
  /// The reader, if the format can be read.
  var reader: (any BriefingReader)? { get }
  /// The writer, if the format can be written.
  var writer: (any BriefingWriter)? { get }
  /// What reading back this format's rendering of `briefing` gives when everything works: the
  /// part of the model the format can carry. Round-trip checks compare against it.
  ///
  /// Lossless formats return `briefing` unchanged (the default); a lossy format drops or
  /// flattens what it has no place for, as its writer reports it.
  func normalizedForRoundTrip(_ briefing: Briefing, options: FormatOptions) -> Briefing
}

extension BriefingFormat {
  /// `briefing` itself: a lossless format carries everything.
  public func normalizedForRoundTrip(_ briefing: Briefing, options: FormatOptions) -> Briefing {
    briefing
  }
}

/// Reads bytes of one format into the model.
public protocol BriefingReader: Sendable {
  /// Reads a source file; problems in the content come back as diagnostics, never as throws.
  func read(_ source: SourceFile, options: FormatOptions) -> ReadResult
}

/// Writes the model as bytes of one format.
public protocol BriefingWriter: Sendable {
  /// Writes a briefing; throws only when the briefing cannot be written at all.
  func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult
}

/// The input of a reader: a file's name and bytes.
public struct SourceFile: Sendable {
  /// The name shown in diagnostics (a path as the user gave it, or `-` for stdin).
  public var name: String
  /// The raw bytes.
  public var bytes: [UInt8]

  /// Creates a source file from bytes.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// Creates a source file from text.
  public init(name: String, text: String) { self.init(name: name, bytes: Array(text.utf8)) }
}

/// What a reader returns: the model (unless the input was unusable), where each value came
/// from, and every problem found.
public struct ReadResult: Sendable {
  /// The briefing, or `nil` when the input could not be read at all.
  public var briefing: Briefing?
  /// Source ranges by document path.
  public var sourceMap: SourceMap
  /// Every problem found, in one pass.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(briefing: Briefing?, sourceMap: SourceMap = .init(), diagnostics: [Diagnostic] = []) {
    self.briefing = briefing
    self.sourceMap = sourceMap
    self.diagnostics = diagnostics
  }
}

/// What a writer returns: the bytes, and warnings such as what the format could not carry.
public struct WriteResult: Sendable {
  /// The output bytes.
  public var bytes: [UInt8]
  /// Warnings, e.g. data the format loses.
  public var diagnostics: [Diagnostic]

  /// Creates a result from bytes.
  public init(bytes: [UInt8], diagnostics: [Diagnostic] = []) {
    self.bytes = bytes
    self.diagnostics = diagnostics
  }

  /// Creates a result from text.
  public init(text: String, diagnostics: [Diagnostic] = []) {
    self.init(bytes: Array(text.utf8), diagnostics: diagnostics)
  }
}

/// Why a writer could not write a briefing at all.
public struct WriteError: Error, Sendable, CustomStringConvertible {
  /// The problems, as diagnostics.
  public var diagnostics: [Diagnostic]

  /// Creates an error.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// The messages, one a line.
  public var description: String { diagnostics.map(\.formatted).joined(separator: "\n") }
}

/// A format whose writer renders through a user-replaceable template (like `pandoc -D html`).
///
/// `briefing template NAME` prints ``defaultTemplate`` so users can start their own from it.
public protocol TemplatedFormat: BriefingFormat {
  /// The built-in template's text.
  var defaultTemplate: String { get }
}
