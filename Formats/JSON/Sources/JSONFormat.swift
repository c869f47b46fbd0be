// JSONFormat: briefings as JSON, the FORMAT.md tree. Reading goes JSONScanner (syntax,
// positions, limits) → TreeDecoder (schema, model, shared with YAML); writing goes
// TreeEncoder → JSONText. See Formats/JSON/README.md.
import BriefingCore
import BriefingFormats

/// The JSON format: lossless, pretty by default, keys in FORMAT.md's order.
public struct JSONFormat: BriefingFormat {
  /// Writer option: print on one line, without insignificant whitespace.
  public static let compact = OptionKey<Bool>(
    "compact", default: false, help: "write everything on one line, with no spaces")

  /// Creates the format.
  public init() {}

  /// `json`, `.json`, `application/json`, lossless.
  public var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "json", fileExtensions: ["json"], mediaType: "application/json",
      summary: "JSON, the FORMAT.md tree", isLossless: true, options: [Self.compact.descriptor],
      diagnostics: Self.diagnostics)
  }

  /// The reader.
  public var reader: (any BriefingReader)? { JSONReader() }
  /// The writer.
  public var writer: (any BriefingWriter)? { JSONWriter() }
}

/// Reads JSON: scan a positioned tree, then decode it; every diagnostic gets the file name.
public struct JSONReader: BriefingReader {
  /// The bounds on size and nesting.
  public var limits: TreeLimits

  /// Creates a reader.
  public init(limits: TreeLimits = .init()) { self.limits = limits }

  /// Reads a JSON briefing.
  public func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    let scanned = JSONScanner(limits: limits).scan(source.bytes, file: source.name)
    var diagnostics = scanned.diagnostics
    guard let tree = scanned.tree else {
      return ReadResult(briefing: nil, diagnostics: diagnostics)
    }
    var decoder = TreeDecoder(file: source.name, limits: limits)
    decoder.acceptsScalarsAsText = false
    var result = decoder.decode(tree)
    diagnostics += result.diagnostics
    result.diagnostics = diagnostics
    return result
  }
}

/// Writes canonical JSON: pretty (2-space indent, final newline) unless `compact` is set.
public struct JSONWriter: BriefingWriter {
  /// Creates a writer.
  public init() {}

  /// Writes a briefing as JSON.
  public func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult
  {
    let tree = TreeEncoder().encode(briefing)
    let style: JSONStyle = options[JSONFormat.compact] ? .compact : .pretty
    return WriteResult(text: JSONText.write(tree, style: style))
  }
}
