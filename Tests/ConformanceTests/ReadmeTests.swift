import BriefingCLI
import BriefingFormats
import BriefingTesting
import Foundation
import Testing

/// The README's formats table and the shipped copy of FORMAT.md stay true to the code.
@Suite struct ReadmeTests {
  /// The package root, found from this file's path.
  static let root = PackageFiles.root().path

  /// One row of the README's table: the cells between `|`, backticks and spaces trimmed.
  struct Row: Equatable, CustomStringConvertible {
    var name: String
    var aliases: [String]
    var extensions: [String]
    var read: Bool
    var write: Bool
    var lossless: Bool

    var description: String { "\(name) \(aliases) \(extensions) r:\(read) w:\(write) l:\(lossless)" }
  }

  /// The rows between the README's `formats:begin` and `formats:end` markers.
  static func readmeRows() throws -> (rows: [Row], links: [String]) {
    let text = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let begin = lines.firstIndex(where: { $0.contains("formats:begin") }),
      let end = lines.firstIndex(where: { $0.contains("formats:end") }), begin < end
    else { throw CocoaError(.fileReadCorruptFile) }
    var rows: [Row] = []
    var links: [String] = []
    for line in lines[(begin + 1)..<end].dropFirst(2) {  // header and separator
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
        .map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 7 else { continue }
      let words = { (cell: String) in
        cell.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "`.")) }
      }
      rows.append(
        Row(
          name: words(cells[0]).first ?? "", aliases: words(cells[1]), extensions: words(cells[2]),
          read: cells[3] == "yes", write: cells[4] == "yes", lossless: cells[5] == "yes"))
      if let open = cells[6].lastIndex(of: "("), let close = cells[6].lastIndex(of: ")") {
        links.append(String(cells[6][cells[6].index(after: open)..<close]))
      }
    }
    return (rows, links)
  }

  @Test func formatsTableMatchesTheRegisteredFormats() throws {
    let expected = BuiltInFormats.all.map { format in
      Row(
        name: format.descriptor.name, aliases: format.descriptor.aliases,
        extensions: format.descriptor.fileExtensions, read: format.reader != nil,
        write: format.writer != nil, lossless: format.descriptor.isLossless)
    }
    let (rows, links) = try Self.readmeRows()
    #expect(rows == expected, "README.md's formats table differs from BuiltInFormats.all")
    for link in links {
      #expect(FileManager.default.fileExists(atPath: Self.root + "/" + link), "no \(link)")
    }
  }

  @Test func shippedFormatContractIsTheSharedOne() throws {
    guard let original = SharedFiles.bytes("design/FORMAT.md") else { return }
    let copy = FileManager.default.contents(atPath: Self.root + "/Docs/FORMAT.md").map(Array.init)
    #expect(
      copy == original, "Docs/FORMAT.md differs from ../shared/design/FORMAT.md; copy it again")
  }
}
