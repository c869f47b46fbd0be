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

  /// Reads AST JSON; bad JSON is `ast.syntax`, a wrong value `ast.invalid`, an unknown version
  /// `ast.unsupported-version`.
  public func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    let value: JSONValue
    do {
      value = try WireJSON.parse(source.bytes)
    } catch {
      let location = Self.location(ofOffset: error.offset, in: source.bytes)
      return ReadResult(
        briefing: nil,
        diagnostics: [
          Diagnostic(
            .error, "ast.syntax", "\(error.message); the AST must be one JSON object",
            file: source.name, range: SourceRange(start: location, end: location))
        ])
    }
    do {
      return ReadResult(briefing: try BriefingAST.decode(value))
    } catch {
      let id =
        error.path.description.hasSuffix("astVersion") ? "ast.unsupported-version" : "ast.invalid"
      return ReadResult(
        briefing: nil,
        diagnostics: [Diagnostic(.error, id, error.message, file: source.name, path: error.path)])
    }
  }

  /// The 1-based line and column (in Unicode scalars) of a UTF-8 byte offset.
  static func location(ofOffset offset: Int, in bytes: [UInt8]) -> SourceLocation {
    var line = 1
    var column = 1
    for byte in bytes.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column, offset: offset)
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
