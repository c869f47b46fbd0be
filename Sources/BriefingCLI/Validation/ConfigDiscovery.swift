import BriefingCore
import Foundation

/// Finds the `.briefing.yml` and `.briefingignore` that apply to each directory, as yamllint and
/// markdownlint-cli2 do: the nearest one walking up from the file, stopping at a directory with
/// a `.git` entry or at the filesystem root. `--config FILE` replaces discovery.
struct ConfigDiscovery {
  /// What applies to one directory.
  struct Resolved {
    /// The configuration (defaults when no file was found).
    var config: ValidationConfig
    /// `exclude:` of the config plus the lines of `.briefingignore` at the config root.
    var ignore: IgnoreRules
  }

  private var forced: Resolved?
  private var cache: [String: Resolved] = [:]
  /// Every problem found in configuration files read so far.
  private(set) var problems: [Diagnostic] = []
  /// The ids a configuration may set levels for.
  private let catalog: RuleCatalog

  /// Uses `configFile` (absolute) for every file when given; rule ids are checked in `catalog`.
  init(configFile: String?, catalog: RuleCatalog) throws(CLIError) {
    self.catalog = catalog
    guard let configFile else { return }
    let directory = Paths.directory(of: configFile)
    forced = try load(configFile: configFile, root: directory)
  }

  /// The configuration for files in `directory` (absolute, normalized).
  mutating func resolve(directory: String) throws(CLIError) -> Resolved {
    if let forced { return forced }
    if let cached = cache[directory] { return cached }
    var visited: [String] = []
    var current = directory
    var found: Resolved?
    while found == nil {
      if let cached = cache[current] {
        found = cached
        break
      }
      visited.append(current)
      if let name = ValidationConfig.fileNames.first(where: { Paths.isFile(current + "/" + $0) }) {
        found = try load(configFile: Paths.join(current, name), root: current)
      } else if Paths.exists(Paths.join(current, ".git")) || current == "/" {
        found = try load(configFile: nil, root: current)
      } else {
        current = Paths.directory(of: current)
      }
    }
    let resolved =
      found ?? Resolved(config: ValidationConfig(directory: "/"), ignore: IgnoreRules())
    for path in visited { cache[path] = resolved }
    return resolved
  }

  private mutating func load(configFile: String?, root: String) throws(CLIError) -> Resolved {
    var config = ValidationConfig(directory: root)
    if let configFile {
      let bytes = try FileAccess.read(configFile, name: configFile)
      let (parsed, found) = ValidationConfig.parse(
        bytes, file: configFile, directory: root, catalog: catalog)
      config = parsed
      problems += found
    }
    var ignore = IgnoreRules()
    ignore.add(config.excludes, base: root)
    let ignoreFile = Paths.join(root, ".briefingignore")
    if Paths.isFile(ignoreFile) {
      let bytes = try FileAccess.read(ignoreFile, name: ignoreFile)
      let lines = String(decoding: bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init)
      ignore.add(lines, base: root)
    }
    return Resolved(config: config, ignore: ignore)
  }
}

/// Small path helpers on `/`-separated strings; Foundation's URL APIs resolve symlinks and
/// percent-encode, which would change what the user sees.
enum Paths {
  /// `path` without `.` and `..` components and repeated slashes; absolute stays absolute.
  static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
        continue
      }
      if part == "..", path.hasPrefix("/") { continue }
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// The directory part of an absolute path (`/` for `/x`).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `base/name`, without doubling a slash.
  static func join(_ base: String, _ name: String) -> String {
    if base.isEmpty || base == "." { return name }
    return base.hasSuffix("/") ? base + name : base + "/" + name
  }

  /// Whether something exists at `path`.
  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Whether `path` is a regular file (following symlinks).
  static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }

  /// Whether `path` is a directory (following symlinks).
  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// Whether `path` itself is a symbolic link.
  static func isSymbolicLink(_ path: String) -> Bool {
    let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    return type == .typeSymbolicLink
  }

  /// The entries of a directory, sorted by name; empty when it cannot be read.
  static func entries(of directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }
}
