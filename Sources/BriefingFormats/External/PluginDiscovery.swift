import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds `briefing-format-NAME` executables without running them.
///
/// Folders are searched in order: each `--plugin-dir`, then each entry of
/// `BRIEFING_PLUGIN_PATH`, then each entry of `PATH` (all colon-separated); the first file for
/// a name wins, as a shell's command lookup does. Only an executable regular file (or a link
/// to one) counts: a folder or a file without execute permission of that name is passed over
/// and the search goes on.
public struct PluginDiscovery: Sendable {
  /// The file-name prefix that makes an executable a plugin.
  public static let prefix = "briefing-format-"

  /// One plugin executable found.
  public struct Candidate: Sendable, Hashable {
    /// The format name (the file name after the prefix).
    public var name: String
    /// The absolute path.
    public var path: String
  }

  /// The folders searched, in order.
  public var directories: [String]

  /// Searches `pluginDirectories`, then `BRIEFING_PLUGIN_PATH`, then `PATH` from `environment`.
  public init(pluginDirectories: [String], environment: [String: String]) {
    let split = { (value: String?) -> [String] in
      (value ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    directories =
      pluginDirectories + split(environment["BRIEFING_PLUGIN_PATH"]) + split(environment["PATH"])
  }

  /// Every plugin found, one per name, sorted by name.
  public func candidates() -> [Candidate] {
    var found: [String: Candidate] = [:]
    for directory in directories {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        continue
      }
      for file in names.sorted() where file.hasPrefix(Self.prefix) {
        let name = String(file.dropFirst(Self.prefix.count))
        guard found[name] == nil, Self.isValidName(name) else { continue }
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + file
        guard Self.isExecutableFile(path) else { continue }
        found[name] = Candidate(name: name, path: path)
      }
    }
    return found.values.sorted { $0.name < $1.name }
  }

  /// The plugin for `name`, if one is found.
  public func candidate(named name: String) -> Candidate? {
    candidates().first { $0.name.lowercased() == name.lowercased() }
  }

  /// Whether `path` is a regular file (after links) that this process may execute; a folder
  /// passes the execute-permission check alone, since its `x` bit means "may search".
  static func isExecutableFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
  }

  /// Lowercase letters, digits and `-`/`_`, so names work as `--to NAME`; skips `x.bak` and such.
  static func isValidName(_ name: String) -> Bool {
    !name.isEmpty
      && name.utf8.allSatisfy { byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
          || byte == UInt8(ascii: "_")
      }
  }
}
