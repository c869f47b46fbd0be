import BriefingCLI
import BriefingFormats

/// The built-in formats the targets read and write, by name.
enum Formats {
  /// The format called `name`; the names are fixed, so a missing one is a bug in this package.
  static func named(_ name: String) -> any BriefingFormat {
    guard let format = BuiltInFormats.all.first(where: { $0.descriptor.name == name }) else {
      fatalError("no built-in format '\(name)'")
    }
    return format
  }

  /// An input named as a file of `format` would be.
  static func source(_ bytes: [UInt8], for format: any BriefingFormat) -> SourceFile {
    SourceFile(name: "fuzz.\(format.descriptor.fileExtensions.first ?? "txt")", bytes: bytes)
  }
}
