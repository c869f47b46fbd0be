import BriefingCLI
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Text from a document (keys, values, source lines) and file names can hold control
/// characters; no output may pass them to a terminal or to GitHub Actions unescaped.
@Suite struct ControlCharacterTests {
  /// A YAML key with a newline and a forged workflow command, terminal escapes (OSC title, CSI
  /// colour), BEL, CR, DEL, a C1 control, a line separator and a right-to-left override.
  static let hostileKey =
    #"k\n::warning file=x.yaml::forged\e]0;owned\a\r\e[31m\x7F\x9B\u2028\u202E"#
  static let yaml = SpecialFiles.validYAML + "\"\(hostileKey)\": 1\n"
  /// The same in JSON, with the C1, separator and override characters raw in the source line.
  static let json =
    "{\"briefing\": 1, \"title\": \"T\", \"sections\": [], "
    + "\"k\\n::warning::forged\\u001b]0;x\\u0007\u{7F}\u{9B}\u{2028}\u{202E}\": 1}\n"
  static let hostileName = "e\u{1B}[31m\n::warning::name.yaml"

  /// Scalars no output may contain: C0 controls other than tab and the line feeds the output
  /// itself uses, DEL, C1 controls, line and paragraph separators, bidi overrides.
  static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
      let value = scalar.value
      return (value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(value)
        || value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value)
    }
  }

  /// Whether a line of `text` starts a workflow command that is not one of ours.
  static func forgesACommand(_ text: String) -> Bool {
    text.split(separator: "\n").contains {
      $0.hasPrefix("::warning file=x") || $0.hasPrefix("::warning::")
    }
  }

  func directory() throws -> String {
    let dir = try TestRun.temporaryDirectory()
    try SpecialFiles.write(Self.yaml, to: dir + "/evil.yaml")
    try SpecialFiles.write(Self.json, to: dir + "/evil.json")
    try SpecialFiles.write(Self.yaml, to: dir + "/" + Self.hostileName)
    return dir
  }

  @Test(arguments: ["text", "github"])
  func readableReportsEscapeControls(_ format: String) throws {
    let dir = try directory()
    let outcome = try TestRun.run(["validate", ".", "--format", format], in: dir)
    #expect(outcome.status == 1)
    let output = outcome.standardOutput
    #expect(Self.unsafeScalars(in: output).isEmpty, "\(output.debugDescription)")
    #expect(!Self.forgesACommand(output), "\(output)")
    #expect(output.contains(#"\u{1B}]0;owned\u{7}"#))
    // GitHub's file property also encodes ':' (as %3A), which ends a property there.
    #expect(output.contains(#"e\u{1B}[31m\u{A}"#))
  }

  @Test func convertDiagnosticsEscapeControls() throws {
    let dir = try directory()
    for file in ["evil.yaml", "evil.json", Self.hostileName] {
      let outcome = try TestRun.run(["convert", file, "--to", "json"], in: dir)
      #expect(outcome.status == 1)
      #expect(Self.unsafeScalars(in: outcome.standardError).isEmpty, "\(outcome)")
      #expect(!Self.forgesACommand(outcome.standardError), "\(outcome)")
    }
    let missing = try TestRun.run(["convert", "no\u{1B}]0;x\u{7}.yaml", "--to", "json"], in: dir)
    #expect(missing.status == 66)
    #expect(missing.standardError.hasPrefix(#"no\u{1B}]0;x\u{7}.yaml: error: "#))
  }

  @Test func argumentErrorsEscapeControls() throws {
    // A file name from a shell glob can reach the parser as an option.
    let hostile = "x\u{1B}]0;owned\u{7}\n::warning::forged"
    for arguments in [
      ["convert", "hello.lines", "--" + hostile], ["validate", "hello.lines", "--format", hostile],
    ] {
      let outcome = try TestRun.run(arguments)
      #expect(outcome.status == 64)
      #expect(Self.unsafeScalars(in: outcome.standardError).isEmpty, "\(outcome)")
      #expect(!Self.forgesACommand(outcome.standardError), "\(outcome)")
      #expect(outcome.standardError.contains(#"x\u{1B}]0;owned\u{7}\u{A}::warning::forged"#))
    }
  }

  @Test func machineReportsStayWellFormed() throws {
    let dir = try directory()
    let junit = try TestRun.run(["validate", ".", "--format", "junit"], in: dir)
    let parser = XMLParser(data: Data(junit.standardOutput.utf8))
    #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #expect(Self.unsafeScalars(in: junit.standardOutput).isEmpty)
    for format in ["sarif", "json"] {
      let outcome = try TestRun.run(["validate", ".", "--format", format], in: dir)
      #expect(throws: Never.self) {
        try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
      }
    }
  }
}
