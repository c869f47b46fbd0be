import BriefingFormats
import HTMLFormat
import JSONFormat
import MarkdownFormat
import PlainTextFormat
import YAMLFormat

/// The formats `briefing` ships with: the one list a new built-in format is added to.
public enum BuiltInFormats {
  /// Every built-in format, one per line, in the order `briefing formats` lists them.
  public static var all: [any BriefingFormat] {
    [
      YAMLFormat(),
      JSONFormat(),
      MarkdownFormat(),
      HTMLFormat(),
      PlainTextFormat(),
    ]
  }

  /// A registry of ``all``.
  public static func registry() -> FormatRegistry {
    do {
      return try FormatRegistry(all)
    } catch {
      // The list above is fixed at compile time and a test builds it, so a clash is a bug here.
      preconditionFailure("built-in formats clash: \(error)")
    }
  }
}
