import ArgumentParser
import BriefingFormats
import Foundation

/// Shell completion of format names for `--from` and `--to`: the built-in formats and every
/// `briefing-format-NAME` plugin found on the command line's `--plugin-dir`s,
/// `BRIEFING_PLUGIN_PATH` and `PATH`.
///
/// Completion runs in a separate invocation (`briefing ---completion …`) that never reaches
/// `BriefingCommand.main(registry:)`, so it lists the built-ins, not an embedder's extra formats.
enum FormatCompletion {
  /// The completion kind used by ``FormatSelection``.
  static var kind: CompletionKind {
    .custom { words, _, prefix in
      names(words: words, environment: ProcessInfo.processInfo.environment)
        .filter { $0.hasPrefix(prefix.lowercased()) }
    }
  }

  /// Every format name and alias, built-in then plugin, without duplicates.
  static func names(words: [String], environment: [String: String]) -> [String] {
    let builtIn = BuiltInFormats.all.flatMap { [$0.descriptor.name] + $0.descriptor.aliases }
    let discovery = PluginDiscovery(
      pluginDirectories: pluginDirectories(in: words), environment: environment)
    var seen = Set<String>()
    return (builtIn + discovery.candidates().map(\.name)).filter { seen.insert($0).inserted }
  }

  /// The values of `--plugin-dir DIR` and `--plugin-dir=DIR` among the typed words.
  static func pluginDirectories(in words: [String]) -> [String] {
    var directories: [String] = []
    for (index, word) in words.enumerated() {
      if word == "--plugin-dir", index + 1 < words.count {
        directories.append(words[index + 1])
      } else if word.hasPrefix("--plugin-dir=") {
        directories.append(String(word.dropFirst("--plugin-dir=".count)))
      }
    }
    return directories
  }
}
