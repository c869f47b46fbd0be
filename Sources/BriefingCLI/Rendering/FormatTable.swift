import BriefingFormats

/// The human-readable `briefing formats` listing: one row per format, then their options.
enum FormatTable {
  /// The table and the options section, ending in a newline.
  static func render(_ formats: [any BriefingFormat]) -> String {
    guard !formats.isEmpty else { return "no formats are registered\n" }
    var rows = [["FORMAT", "READ", "WRITE", "LOSSLESS", "EXTENSIONS", "DESCRIPTION"]]
    for format in formats {
      let descriptor = format.descriptor
      let name =
        descriptor.aliases.isEmpty
        ? descriptor.name : "\(descriptor.name) (\(descriptor.aliases.joined(separator: ", ")))"
      rows.append([
        name, format.reader == nil ? "-" : "yes", format.writer == nil ? "-" : "yes",
        descriptor.isLossless ? "yes" : "no",
        descriptor.fileExtensions.map { "." + $0 }.joined(separator: " "), descriptor.summary,
      ])
    }
    var text = table(rows)
    let plugins = formats.compactMap { $0 as? ExternalFormat }
    if !plugins.isEmpty {
      text += "\nPLUGINS (executables speaking AST JSON; see Docs/Plugins.md)\n"
      text += table(plugins.map { ["  " + $0.descriptor.name, $0.executablePath] })
    }
    let withOptions = formats.filter { !$0.descriptor.options.isEmpty }
    if !withOptions.isEmpty {
      text += "\nOPTIONS (--reader-option/--writer-option NAME=VALUE)\n"
      for format in withOptions {
        text += "  \(format.descriptor.name):\n"
        let optionRows = format.descriptor.options.map { option in
          // The default goes last: a long one (a URL) would otherwise widen every row.
          let fallback = option.defaultValue.isEmpty ? "" : " (default: \(option.defaultValue))"
          return ["    " + option.name, option.kind.rawValue, option.help + fallback]
        }
        text += table(optionRows)
      }
    }
    return text
  }

  /// Left-aligned columns two spaces apart; the last column is not padded.
  private static func table(_ rows: [[String]]) -> String {
    let columnCount = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columnCount)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell.padding(toLength: widths[index])
      }.joined(separator: "  ") + "\n"
    }.joined()
  }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
