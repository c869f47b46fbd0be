import Foundation
import Testing

/// Bad inputs of every format through the whole command: each gives a positioned diagnostic,
/// exit 1, no crash, and no output file (nor temporary file) left behind.
@Suite struct BadInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  static let minimal = "briefing: 1\ntitle: T\nsections: []\n"

  static let cases: [Case] = [
    Case(name: "invalid YAML", file: "in.yaml", bytes: Array("title: [unclosed\n".utf8)),
    Case(name: "invalid JSON", file: "in.json", bytes: Array("{\"title\": }".utf8)),
    Case(
      name: "wrong type", file: "in.yaml",
      bytes: Array("briefing: 1\ntitle: [a]\nsections: []\n".utf8)),
    Case(
      name: "missing title", file: "in.json",
      bytes: Array("{\"briefing\": 1, \"sections\": []}".utf8)),
    Case(name: "unknown key", file: "in.yaml", bytes: Array((minimal + "titel: x\n").utf8)),
    Case(
      name: "count above total", file: "in.yaml",
      bytes: Array(
        (minimal + "engagement:\n  reactions:\n    - {label: A, count: 3, total: 2}\n").utf8)),
    Case(
      name: "duplicate reaction labels", file: "in.yaml",
      bytes: Array(
        (minimal + "engagement:\n  reactions:\n    - {label: A}\n    - {label: A}\n").utf8)),
    Case(
      name: "unsupported version", file: "in.yaml",
      bytes: Array("briefing: 99\ntitle: T\nsections: []\n".utf8)),
    Case(
      name: "duplicate YAML key", file: "in.yaml", bytes: Array((minimal + "title: again\n").utf8)),
    Case(name: "alias bomb", file: "in.yaml", bytes: Array(aliasBomb.utf8)),
    Case(
      name: "10,000 levels of nesting", file: "in.json",
      bytes: Array(
        (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)),
    Case(
      name: "10,000 levels of YAML nesting", file: "in.yaml",
      bytes: Array(
        (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)),
    Case(name: "invalid UTF-8", file: "in.json", bytes: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D]),
    Case(name: "empty YAML file", file: "in.yaml", bytes: []),
    Case(name: "empty JSON file", file: "in.json", bytes: []),
  ]

  static var aliasBomb: String {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      text += "a\(level): &a\(level) [\(refs)]\n"
    }
    return text + "title: T\nsections: []\n"
  }

  @Test(arguments: cases)
  func badInputFailsCleanly(_ input: Case) throws {
    let dir = try TestRun.temporaryDirectory()
    try Data(input.bytes).write(to: URL(fileURLWithPath: dir + "/" + input.file))
    let target = input.file.hasSuffix(".json") ? "out.yaml" : "out.json"
    let outcome = try TestRun.run(["convert", input.file, "-o", target], in: dir)
    #expect(outcome.status == 1, "\(outcome)")
    // Every diagnostic block starts with file:line:column.
    let pattern = #/^in\.(yaml|json):\d+:\d+: error: .+ \[[a-z]+\.[a-z0-9-]+\]$/#
    let firstLine = outcome.standardError.split(separator: "\n").first.map(String.init) ?? ""
    #expect(firstLine.wholeMatch(of: pattern) != nil, "\(outcome.standardError)")
    #expect(outcome.standardOutput.isEmpty)
    #expect(TestRun.listing(dir) == [input.file], "no output or temporary file is left")
  }
}
