import BriefingFormats
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the `PATH...` arguments of `briefing validate` into files: files as named, directories
/// walked recursively, and globs expanded by the tool itself, so a quoted `'**/*.yaml'` means
/// the same in every shell and CI.
///
/// Directory walks and globs skip hidden entries (`.git`, `.build`) and symbolic links to
/// directories, keep only files a registered reader claims by extension, and drop what the
/// applicable `exclude:` and `.briefingignore` patterns exclude. They also skip, silently,
/// what is not a regular file (FIFOs, devices, sockets, which could block or never end) and
/// symbolic links whose target lies outside the directory walked (a link in a repository must
/// not make CI print a file from elsewhere). A file named explicitly is always checked, like
/// `ruff` without `--force-exclude`, and read by ``FileAccess/read(_:name:limit:)``.
struct FileDiscovery {
  /// One file to check.
  struct Candidate: Hashable {
    /// As shown to the user: the argument, or the argument joined with the walked path.
    var display: String
    /// Absolute and normalized.
    var absolute: String
  }

  var registry: FormatRegistry
  var currentDirectory: String
  /// Whether `--from` names the reader, so any file a glob matches is taken.
  var forcedFormat: Bool
  var discovery: ConfigDiscovery
  /// `--exclude` patterns, relative to the working directory.
  var commandLineExcludes: IgnoreRules

  /// The files for `arguments`, each once, in argument order, walks sorted by path.
  mutating func files(for arguments: [String]) throws(CLIError) -> [Candidate] {
    var seen = Set<String>()
    var result: [Candidate] = []
    func add(_ candidate: Candidate) {
      if seen.insert(candidate.absolute).inserted { result.append(candidate) }
    }
    for argument in arguments {
      if argument == "-" {
        add(Candidate(display: "-", absolute: "-"))
        continue
      }
      let absolute = absolutePath(argument)
      if Paths.isDirectory(absolute) {
        try walk(absolute, display: argument, pattern: nil).forEach(add)
      } else if Paths.exists(absolute) {
        add(Candidate(display: argument, absolute: absolute))
      } else if GlobPattern.hasMagic(argument) {
        let found = try expand(glob: argument)
        guard !found.isEmpty else {
          throw CLIError(
            .noInput, "validate.no-files",
            "the pattern '\(argument)' matches no briefing; check the pattern, and quote it so "
              + "the shell does not expand it first")
        }
        found.forEach(add)
      } else {
        throw .noInput(argument, "no such file or directory")
      }
    }
    return result
  }

  private func absolutePath(_ path: String) -> String {
    Paths.normalize(path.hasPrefix("/") ? path : Paths.join(currentDirectory, path))
  }

  private mutating func expand(glob: String) throws(CLIError) -> [Candidate] {
    // The walk starts at the longest leading part without glob syntax.
    let parts = glob.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let fixedCount = parts.firstIndex(where: GlobPattern.hasMagic) ?? parts.count
    let baseDisplay = parts.prefix(fixedCount).joined(separator: "/")
    let rest = parts.dropFirst(fixedCount).joined(separator: "/")
    let base = baseDisplay.isEmpty ? currentDirectory : absolutePath(baseDisplay)
    guard Paths.isDirectory(base), let pattern = GlobPattern("/" + rest) else { return [] }
    return try walk(base, display: baseDisplay, pattern: pattern)
  }

  /// Files under `directory` (depth first, sorted), filtered by `pattern` on the path relative
  /// to `directory`, by readers' extensions, and by excludes.
  private mutating func walk(_ directory: String, display: String, pattern: GlobPattern?)
    throws(CLIError) -> [Candidate]
  {
    var found: [Candidate] = []
    let root = Self.realPath(directory) ?? directory
    var stack: [(absolute: String, relative: String)] = [(directory, "")]
    var visited = 0
    while let (current, relative) = stack.popLast() {
      visited += 1
      if visited > 1_000_000 { break }  // a bound for pathological trees
      let resolved = try discovery.resolve(directory: current)
      var subdirectories: [(String, String)] = []
      for name in Paths.entries(of: current) where !name.hasPrefix(".") {
        let child = Paths.join(current, name)
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        if Paths.isDirectory(child) {
          guard !Paths.isSymbolicLink(child),
            !resolved.ignore.excludes(child, isDirectory: true),
            !commandLineExcludes.excludes(child, isDirectory: true)
          else { continue }
          subdirectories.append((child, childRelative))
        } else {
          if let pattern, !pattern.matches(childRelative, isDirectory: false) { continue }
          guard (forcedFormat && pattern != nil) || registry.format(forPath: name)?.reader != nil,
            !resolved.ignore.excludes(child, isDirectory: false),
            !commandLineExcludes.excludes(child, isDirectory: false),
            Self.isRegularFile(child, inside: root)
          else { continue }
          found.append(
            Candidate(display: Paths.join(display, childRelative), absolute: child))
        }
      }
      stack += subdirectories.reversed()
    }
    return found.sorted { $0.display < $1.display }
  }

  /// Whether `path` is a regular file and, if it is a symbolic link, one whose target (links
  /// resolved) lies inside `root`, itself resolved. A link that leads nowhere is kept, so the
  /// run reports it as unreadable rather than passing over a broken file in silence.
  static func isRegularFile(_ path: String, inside root: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return errno == ENOENT && Paths.isSymbolicLink(path) }
    guard info.st_mode & S_IFMT == S_IFREG else { return false }
    guard Paths.isSymbolicLink(path) else { return true }
    guard let target = realPath(path) else { return false }
    return target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  /// `path` with every symbolic link, `.` and `..` resolved, or `nil` if it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
