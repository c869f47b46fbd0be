import BriefingFormats
import Foundation

/// `briefing formats --json`: the registry's descriptors as a versioned, stable document.
///
/// Like argument-parser's `ToolInfoV0`, `serializationVersion` comes first and changes only
/// when a field changes meaning or goes away; new fields may be added within a version.
struct FormatsDocument: Codable, Hashable {
  /// The version of this document's shape.
  static let currentVersion = 1

  /// One format.
  struct Entry: Codable, Hashable {
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
  func jsonText() throws(CLIError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    } catch {
      throw .internalFailure("cli.encoding", "cannot encode the format list: \(error)")
    }
  }
}
