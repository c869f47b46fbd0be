import Foundation
import Testing

/// One pandoc-style command test from `Commands/*.md`:
///
/// ````
/// ```
/// % briefing convert - --from lines --to lines
/// title: Hello
/// ^D
/// title: Hello
/// 2> a line expected on standard error
/// => 0
/// ```
/// ````
///
/// After `% briefing …` come the standard input lines up to `^D`, then the expected standard
/// output; lines starting `2> ` are expected standard error; `=> N` is the exit code (0 when
/// absent). Commands run with `Tests/BriefingCLITests/Fixtures` as the current directory, with
/// the built-in formats plus the test formats, or, in a file containing
/// `<!-- formats: test -->`, with the test formats only (so messages that list formats do not
/// change each time a built-in format is added).
struct CommandScript: CustomTestStringConvertible, Sendable {
  var file: String
  var line: Int
  var arguments: [String]
  var input: String
  var expected: RunOutcome
  /// Whether the built-in formats are registered too.
  var usesBuiltIns = true

  var testDescription: String { "\(file):\(line)" }

  /// Every script in every `.md` file of `directory`, in file then line order.
  static func all(in directory: String) -> [CommandScript] {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".md") }.sorted()
    return files.flatMap { name -> [CommandScript] in
      guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
        return []
      }
      return parse(String(decoding: data, as: UTF8.self), file: name)
    }
  }

  /// The scripts in the fenced blocks of one file.
  static func parse(_ text: String, file: String) -> [CommandScript] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var scripts: [CommandScript] = []
    let usesBuiltIns = !text.contains("<!-- formats: test -->")
    var index = 0
    while index < lines.count {
      guard lines[index].hasPrefix("```"), index + 1 < lines.count,
        lines[index + 1].hasPrefix("% briefing")
      else {
        index += 1
        continue
      }
      let start = index + 2
      var end = start
      while end < lines.count, !lines[end].hasPrefix("```") { end += 1 }
      let body = Array(lines[start..<end])
      let command = String(lines[index + 1].dropFirst("% briefing".count))
      var script = make(command: command, body: body, file: file, line: index + 2)
      script.usesBuiltIns = usesBuiltIns
      scripts.append(script)
      index = end + 1
    }
    return scripts
  }

  private static func make(command: String, body: [String], file: String, line: Int)
    -> CommandScript
  {
    var input: [String] = []
    var rest = body[...]
    if let eof = body.firstIndex(of: "^D") {
      input = Array(body[..<eof])
      rest = body[(eof + 1)...]
    }
    var stdout: [String] = []
    var stderr: [String] = []
    var status: Int32 = 0
    for line in rest {
      if line.hasPrefix("2> ") {
        stderr.append(String(line.dropFirst(3)))
      } else if line == "2>" {
        stderr.append("")
      } else if line.hasPrefix("=> "), let code = Int32(line.dropFirst(3)) {
        status = code
      } else {
        stdout.append(line)
      }
    }
    func joined(_ lines: [String]) -> String {
      lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
    return CommandScript(
      file: file, line: line, arguments: words(command), input: joined(input),
      expected: RunOutcome(
        standardOutput: joined(stdout), standardError: joined(stderr), status: status))
  }

  /// Splits a command line at spaces, honouring '…' and "…" quotes.
  static func words(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in command {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "'" || character == "\"" {
        quote = character
        inWord = true
      } else if character == " " {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}
