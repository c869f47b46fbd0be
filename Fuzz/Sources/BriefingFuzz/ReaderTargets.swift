import BriefingCore
import BriefingFormats

/// `read-F`: every reader through the whole pipeline (reader, reader checks, content rules,
/// suppression) must return, and the diagnostics it gives must format, on any bytes.
enum ReaderTargets {
  /// One target per readable built-in format.
  static let all: [FuzzTarget] = ["yaml", "json", "markdown", "html", "plain", "ast"].map {
    name in
    FuzzTarget(name: "read-\(name)") { bytes in
      let format = Formats.named(name)
      let document = Pipeline().read(Formats.source(bytes, for: format), as: format)
      for diagnostic in document.diagnostics {
        _ = diagnostic.formatted
      }
      if !document.failed, document.briefing == nil {
        propertyFailed("read-\(name)", "the document passed but carries no briefing")
      }
    }
  }
}
