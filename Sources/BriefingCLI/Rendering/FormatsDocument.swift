import BriefingCore
import BriefingFormats

/// `briefing formats --json`: the registry's descriptors as a versioned, stable document.
///
/// Like argument-parser's `ToolInfoV0`, `serializationVersion` comes first and changes only
/// when a field changes meaning or goes away; new fields may be added within a version.
struct FormatsDocument: Hashable {
  /// The version of this document's shape.
  static let currentVersion = 1

  /// One format.
  struct Entry: Hashable {
    /// The descriptor's fields.
    var name: String
    var aliases: [String]
    var fileExtensions: [String]
    var mediaType: String
    var summary: String
    var isLossless: Bool
    /// Whether the format has a reader and a writer.
    var canRead: Bool
    var canWrite: Bool
    var options: [OptionDescriptor]
    /// The executable of a plugin format; absent for formats built into the program.
    var origin: String?
  }

  /// `1` for this shape.
  var serializationVersion: Int
  /// The formats, in registry order.
  var formats: [Entry]

  /// Describes `formats`.
  init(_ formats: [any BriefingFormat]) {
    serializationVersion = Self.currentVersion
    self.formats = formats.map { format in
      let d = format.descriptor
      return Entry(
        name: d.name, aliases: d.aliases, fileExtensions: d.fileExtensions,
        mediaType: d.mediaType, summary: d.summary, isLossless: d.isLossless,
        canRead: format.reader != nil, canWrite: format.writer != nil, options: d.options,
        origin: (format as? ExternalFormat)?.executablePath)
    }
  }

  /// Pretty JSON with sorted keys and a final newline: the same registry gives the same bytes.
  func jsonText() -> String {
    let formats = formats.map { entry -> JSONValue in
      .object(skippingNil: [
        "name": .string(entry.name), "aliases": .array(entry.aliases.map(JSONValue.string)),
        "fileExtensions": .array(entry.fileExtensions.map(JSONValue.string)),
        "mediaType": .string(entry.mediaType), "summary": .string(entry.summary),
        "isLossless": .bool(entry.isLossless), "canRead": .bool(entry.canRead),
        "canWrite": .bool(entry.canWrite),
        "options": .array(
          entry.options.map { option in
            .object([
              "name": .string(option.name), "kind": .string(option.kind.rawValue),
              "defaultValue": .string(option.defaultValue), "help": .string(option.help),
            ])
          }),
        "origin": entry.origin.map(JSONValue.string),
      ])
    }
    return JSONText.write(
      .object([
        "serializationVersion": .integer(serializationVersion), "formats": .array(formats),
      ]),
      style: .report)
  }
}
