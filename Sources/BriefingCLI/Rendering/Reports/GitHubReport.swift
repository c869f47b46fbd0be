import BriefingCore

/// The `github` format: one workflow command per diagnostic, which GitHub Actions turns into
/// an annotation on the file and line, then the summary line as plain log text.
///
/// `::error file=a.yaml,line=3,col=1,endLine=3,endColumn=5,title=schema.unknown-key::unknown …`
enum GitHubReport {
  /// The whole report, ending with a newline.
  static func render(_ report: ValidationReport) -> String {
    var output = ""
    for file in report.files {
      for diagnostic in file.diagnostics {
        output += command(diagnostic, file: diagnostic.file ?? file.path) + "\n"
      }
    }
    return report.quiet ? output : output + report.summary + "\n"
  }

  /// The workflow command of one diagnostic.
  static func command(_ diagnostic: Diagnostic, file: String) -> String {
    let name =
      switch diagnostic.severity {
      case .error: "error"
      case .warning: "warning"
      case .note: "notice"
      }
    var properties = [("file", DisplayText.escaped(file))]
    if let range = diagnostic.range {
      properties.append(("line", String(range.start.line)))
      properties.append(("col", String(range.start.column)))
      if range.end.line > range.start.line {
        // GitHub rejects endColumn on a multi-line annotation.
        properties.append(("endLine", String(range.end.line)))
      } else if range.end.column > range.start.column + 1 {
        // Our ends are exclusive; GitHub's endColumn names the last annotated column.
        properties.append(("endLine", String(range.end.line)))
        properties.append(("endColumn", String(range.end.column - 1)))
      }
    }
    properties.append(("title", DisplayText.escaped(diagnostic.id)))
    var message = DisplayText.escaped(diagnostic.message)
    if let path = diagnostic.path, !path.components.isEmpty {
      message += " (at \(DisplayText.escaped(path.description)))"
    }
    let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
    return "::\(name) \(list)::\(escapeData(message))"
  }

  /// Escapes a message as `@actions/core` does: `%`, CR and LF. Text from documents has
  /// passed through ``DisplayText`` first, so it holds no CR, LF or terminal escapes.
  static func escapeData(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": output += "%25"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// Escapes a property value: as a message, plus `:` and `,`, which end a property.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
