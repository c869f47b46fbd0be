// YAMLFormat: briefings as YAML, the FORMAT.md tree in block style. Reading goes
// YAMLComposer (syntax, positions, limits) → TreeDecoder (schema, model); writing goes
// TreeEncoder → YAMLEmitter. The tree halves live in BriefingFormats, shared with JSON; the
// YAML halves in BriefingYAML (on the system libyaml), shared with Markdown front matter. See
// Formats/YAML/README.md.
import BriefingCore
import BriefingFormats
import BriefingYAML

/// The YAML format: lossless, canonical block-style output.
public struct YAMLFormat: BriefingFormat {
  /// Writer option: start the output with a `# yaml-language-server: $schema=…` line.
  public static let schemaModeline = OptionKey<Bool>(
    "schema-modeline", default: false,
    help: "start the output with a yaml-language-server modeline naming the briefing schema")
  /// Writer option: the schema URL the modeline names.
  public static let schemaURLOption = OptionKey<String>(
    "schema-url", default: schemaURL, help: "the schema URL written by schema-modeline")
  /// Where the published JSON Schema of FORMAT.md lives (`Schemas/briefing-v1.schema.json`).
  public static let schemaURL =
    "https://raw.githubusercontent.com/briefingkit/briefingkit/main/Schemas/briefing-v1.schema.json"

  /// Creates the format.
  public init() {}

  /// `yaml` (alias `yml`), `.yaml`/`.yml`, `application/yaml`, lossless.
  public var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "yaml", aliases: ["yml"], fileExtensions: ["yaml", "yml"],
      mediaType: "application/yaml",
      summary: "YAML, the FORMAT.md tree in block style", isLossless: true,
      options: [Self.schemaModeline.descriptor, Self.schemaURLOption.descriptor],
      commentStyle: .hash, diagnostics: YAMLComposer.diagnostics)
  }

  /// The reader.
  public var reader: (any BriefingReader)? { YAMLReader() }
  /// The writer.
  public var writer: (any BriefingWriter)? { YAMLWriter() }
}

/// Reads YAML: compose a positioned tree, then decode it; every diagnostic gets the file name.
public struct YAMLReader: BriefingReader {
  /// The bounds on size, nesting and alias expansion.
  public var limits: TreeLimits

  /// Creates a reader.
  public init(limits: TreeLimits = .init()) { self.limits = limits }

  /// Reads a YAML briefing.
  public func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    let composed = YAMLComposer(limits: limits).compose(source.bytes)
    var diagnostics = composed.diagnostics.map { diagnostic -> Diagnostic in
      var diagnostic = diagnostic
      diagnostic.file = source.name
      return diagnostic
    }
    guard let tree = composed.tree else {
      return ReadResult(briefing: nil, diagnostics: diagnostics)
    }
    var result = TreeDecoder(file: source.name, limits: limits).decode(tree)
    diagnostics += result.diagnostics
    result.diagnostics = diagnostics
    return result
  }
}

/// Writes canonical YAML.
public struct YAMLWriter: BriefingWriter {
  /// Creates a writer.
  public init() {}

  /// Writes a briefing as YAML.
  public func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult
  {
    var text = ""
    if options[YAMLFormat.schemaModeline] {
      text += "# yaml-language-server: $schema=\(options[YAMLFormat.schemaURLOption])\n"
    }
    text += YAMLEmitter().emit(TreeEncoder().encode(briefing))
    return WriteResult(text: text)
  }
}
