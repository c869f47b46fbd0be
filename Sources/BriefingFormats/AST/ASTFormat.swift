import BriefingCore

/// The `ast` format: the versioned JSON AST that plugins and filters exchange, as a file.
///
/// `briefing convert notes.yaml --to ast` shows exactly what a plugin receives; `--from ast`
/// reads what a filter or plugin produced. Files end in `.ast.json`, so editors treat them as
/// JSON while `.json` stays the FORMAT.md tree.
public struct ASTFormat: BriefingFormat {
  /// Creates the format.
  public init() {}

  /// `ast`, `.ast.json`, lossless.
  public var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "ast", fileExtensions: ["ast.json"], mediaType: "application/json",
      summary: "the versioned JSON AST plugins and filters exchange (astVersion 1)",
      isLossless: true, diagnostics: Self.diagnostics)
  }

  /// The reader.
  public var reader: (any BriefingReader)? { ASTReader() }
  /// The writer.
  public var writer: (any BriefingWriter)? { ASTWriter() }
}

/// Reads an AST document of any supported version.
public struct ASTReader: BriefingReader {
  /// Creates a reader.
  public init() {}

  /// Reads AST JSON: bad JSON is `json.*`, wrong values `schema.*`, an unknown version
  /// `ast.unsupported-version`, each with its line, column and path.
  public func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    BriefingAST.read(source.bytes, file: source.name)
  }
}

/// Writes the AST, compact, in the current version.
public struct ASTWriter: BriefingWriter {
  /// Creates a writer.
  public init() {}

  /// Writes the AST of `briefing`.
  public func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError)
    -> WriteResult
  {
    WriteResult(bytes: BriefingAST.encodedBytes(briefing))
  }
}
