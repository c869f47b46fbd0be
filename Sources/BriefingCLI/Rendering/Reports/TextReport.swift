import BriefingCore
import BriefingFormats
import Foundation

/// The `text` format: each diagnostic as ``DiagnosticRenderer`` prints it (location line,
/// document path, snippet with caret), then the summary line.
struct TextReport {
  /// Whether to colour the severity, the location and the summary with ANSI escapes.
  var color: Bool

  /// The whole report, ending with a newline.
  func render(_ report: ValidationReport) -> String {
    var output = ""
    for file in report.files {
      let renderer = DiagnosticRenderer(
        source: file.source.map { SourceFile(name: file.path, bytes: $0) },
        diagnostics: file.diagnostics)
      for var diagnostic in file.diagnostics {
        if diagnostic.file == nil { diagnostic.file = file.path }
        output += paint(renderer.render(diagnostic), severity: diagnostic.severity) + "\n"
      }
    }
    let summary = report.summary
    if report.quiet {
      return output
    } else if color {
      let style =
        report.hasFailures
        ? ANSI.boldRed : report.count(.warning) > 0 ? ANSI.boldYellow : ANSI.boldGreen
      output += style + summary + ANSI.reset + "\n"
    } else {
      output += summary + "\n"
    }
    return output
  }

  /// Colours the first line's location (bold) and severity word (by severity).
  func paint(_ text: String, severity: Diagnostic.Severity) -> String {
    guard color else { return text }
    let marker = ": \(severity.rawValue): "
    let firstBreak = text.firstIndex(of: "\n") ?? text.endIndex
    guard let found = text.range(of: marker, range: text.startIndex..<firstBreak) else {
      return text
    }
    let style =
      switch severity {
      case .error: ANSI.boldRed
      case .warning: ANSI.boldYellow
      case .note: ANSI.boldCyan
      }
    let location = String(text[..<found.lowerBound])
    let rest = String(text[found.upperBound...])
    let word = style + severity.rawValue + ":" + ANSI.reset
    return ANSI.bold + location + ANSI.reset + ": " + word + " " + rest
  }
}

/// The few escape sequences the text report uses.
enum ANSI {
  static let reset = "\u{1B}[0m"
  static let bold = "\u{1B}[1m"
  static let boldRed = "\u{1B}[1;31m"
  static let boldYellow = "\u{1B}[1;33m"
  static let boldGreen = "\u{1B}[1;32m"
  static let boldCyan = "\u{1B}[1;36m"
}
