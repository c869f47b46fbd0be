import BriefingCore

/// Text that came from outside the tool (document keys and values, source lines, plugin
/// messages, file names) made safe to print: every character that could move the cursor,
/// start a terminal escape sequence, begin a new line (and so forge a GitHub workflow command)
/// or reorder the text around it is shown as `\u{XX}`, the notation of Swift string literals
/// and of ``BriefingDump``.
///
/// Escaped: C0 controls except tab (U+0000–U+001F, so CR, LF, ESC, BEL), DEL (U+007F), C1
/// controls (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029), and the bidi
/// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). Tab is kept: it moves
/// only along the line, and excerpts align their caret with it. Every human-readable output
/// uses this one escaper: `convert`'s diagnostics, `validate`'s text, GitHub and JUnit
/// reports, and CLI errors. JSON and SARIF carry text losslessly in JSON string escapes.
enum DisplayText {
  /// `text` with unsafe characters escaped.
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var output = ""
    for scalar in text.unicodeScalars { output += escaped(scalar) }
    return output
  }

  /// One scalar as shown: itself, or `\u{XX}` when it is unsafe.
  static func escaped(_ scalar: Unicode.Scalar) -> String {
    isUnsafe(scalar)
      ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(scalar)
  }

  /// Whether `scalar` must not reach a terminal or a CI log as it is.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x2028, 0x2029: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `diagnostic` with its file name, rule id and message escaped, for printing with
  /// ``BriefingCore/Diagnostic/formatted``; its document path is escaped where it is printed.
  static func escaping(_ diagnostic: Diagnostic) -> Diagnostic {
    var copy = diagnostic
    copy.file = diagnostic.file.map(escaped)
    copy.id = escaped(diagnostic.id)
    copy.message = escaped(diagnostic.message)
    return copy
  }

  /// `file:line:column: severity: message [id]` with everything from outside escaped.
  static func line(_ diagnostic: Diagnostic) -> String { escaping(diagnostic).formatted }
}
