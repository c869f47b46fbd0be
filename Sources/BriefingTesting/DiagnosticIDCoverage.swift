import BriefingCore
import Foundation

/// Checks that every diagnostic id source code emits is declared in a catalog, and that every
/// declared id is emitted somewhere, by reading the Swift files themselves.
///
/// An id is any double-quoted literal shaped `domain.kebab-name` (ids reach `Diagnostic(…)`,
/// `CLIError(…)` and helpers as literals); a literal whose second part is a file extension
/// (`"feed.json"`) is a file name, not an id. Lines starting with `//` are skipped.
public enum DiagnosticIDCoverage {
  /// One id-shaped literal in a source file.
  public struct Occurrence: Hashable, Sendable, CustomStringConvertible {
    /// The literal's text.
    public var id: String
    /// The file's path.
    public var file: String
    /// The 1-based line.
    public var line: Int

    /// `file:line: id`, as compilers print.
    public var description: String { "\(file):\(line): \(id)" }
  }

  /// What a scan found wrong: ids emitted but not declared, and declared but never emitted.
  public struct Report: Sendable {
    /// Literals whose id no catalog entry declares.
    public var undeclared: [Occurrence]
    /// Declared ids that appear nowhere outside a declaration file.
    public var unused: [String]
  }

  /// Scans the Swift files under `directories` against `catalog`.
  ///
  /// - Parameters:
  ///   - fileExtensions: Extensions that mark a literal as a file name (`json`, `yaml`, …).
  ///   - isDeclarationFile: Whether a file only declares ids (its literals do not count as uses).
  public static func check(
    directories: [String], catalog: RuleCatalog, fileExtensions: Set<String>,
    isDeclarationFile: (String) -> Bool = { $0.hasSuffix("Diagnostics.swift") }
  ) -> Report {
    var undeclared: [Occurrence] = []
    var used: Set<String> = []
    for file in swiftFiles(under: directories) {
      for occurrence in literals(in: file, fileExtensions: fileExtensions) {
        if catalog.info(for: occurrence.id) == nil { undeclared.append(occurrence) }
        if !isDeclarationFile(file) { used.insert(occurrence.id) }
      }
    }
    return Report(undeclared: undeclared, unused: catalog.ids.filter { !used.contains($0) })
  }

  /// The id-shaped literals of one file.
  public static func literals(in file: String, fileExtensions: Set<String>) -> [Occurrence] {
    guard let data = FileManager.default.contents(atPath: file) else { return [] }
    var found: [Occurrence] = []
    let lines = String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      if line.drop(while: { $0 == " " }).hasPrefix("//") { continue }
      // Odd-numbered pieces between quotes are the literals' contents.
      let pieces = line.split(separator: "\"", omittingEmptySubsequences: false)
      for (position, piece) in pieces.enumerated() where position % 2 == 1 {
        let text = String(piece)
        guard isIDShaped(text), let suffix = text.split(separator: ".").last,
          !fileExtensions.contains(String(suffix))
        else { continue }
        found.append(Occurrence(id: text, file: file, line: index + 1))
      }
    }
    return found
  }

  /// `domain.kebab-name`: lowercase letters, one dot, then letters, digits and single hyphens.
  public static func isIDShaped(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let domain = parts.first, let name = parts.last,
      !domain.isEmpty, domain.allSatisfy({ ("a"..."z").contains($0) }),
      let first = name.first, ("a"..."z").contains(first), name.last != "-",
      !name.contains("--")
    else { return false }
    return name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  private static func swiftFiles(under directories: [String]) -> [String] {
    var files: [String] = []
    for directory in directories {
      let walker = FileManager.default.enumerator(atPath: directory)
      while let relative = walker?.nextObject() as? String {
        if relative.hasSuffix(".swift") { files.append(directory + "/" + relative) }
      }
    }
    return files.sorted()
  }
}
