// richtext: CommonMark on stdin, HTML (or --to commonmark|text) on stdout, as cmark does, so
// any CommonMark test runner (e.g. the spec's spec_tests.py --program) can drive the engine.
import Foundation
import RichText

/// The output formats of the command.
enum OutputFormat: String, CaseIterable {
  case html, commonmark, text
}

/// The text of `--help`.
let usage = """
  usage: richtext [--to html|commonmark|text] [--help]

  Reads CommonMark (0.31.2) on standard input and writes it to standard output as HTML (the
  default), as canonical CommonMark, or as plain text. Warnings (such as a nesting depth limit)
  go to standard error.

  """

/// Reports a usage error on standard error and exits with EX_USAGE (64).
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("richtext: \(message)\n\n\(usage)".utf8))
  exit(64)
}

var format = OutputFormat.html
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "-h", "--help":
    FileHandle.standardOutput.write(Data(usage.utf8))
    exit(0)
  case "-t", "--to":
    guard let name = arguments.popFirst() else { fail("'\(argument)' needs a format") }
    guard let chosen = OutputFormat(rawValue: name) else {
      fail("unknown format '\(name)'; use html, commonmark or text")
    }
    format = chosen
  default:
    if argument.hasPrefix("--to="),
      let chosen = OutputFormat(rawValue: String(argument.dropFirst("--to=".count)))
    {
      format = chosen
    } else {
      fail("unknown argument '\(argument)'; see --help")
    }
  }
}

// Bytes in one read: line-by-line reading is several times slower on large input.
let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
let document = CommonMark.parse(input)
for warning in document.warnings {
  FileHandle.standardError.write(Data("richtext: <stdin>:\(warning)\n".utf8))
}
let output: String
switch format {
case .html: output = HTMLRenderer().render(document.blocks)
case .commonmark: output = CommonMark.render(document.blocks)
case .text: output = PlainTextRenderer().render(document.blocks)
}
FileHandle.standardOutput.write(Data(output.utf8))
