import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// FIFOs, symbolic links and file types for tests of inputs and outputs that are not regular
/// files.
enum SpecialFiles {
  /// A briefing every reader of YAML accepts without diagnostics.
  static let validYAML = "briefing: 1\ntitle: T\nsections: []\n"

  /// Creates a FIFO at `path`.
  static func makeFIFO(_ path: String) throws {
    guard mkfifo(path, 0o644) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
  }

  /// Creates a symbolic link at `path` pointing to `target`.
  static func makeLink(_ path: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
  }

  /// Writes `text` to `path`.
  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// The type bits of what `path` itself is (`S_IFIFO`, `S_IFCHR`, `S_IFLNK`, …), or `nil`.
  static func type(of path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }
}

/// Opens a FIFO for writing and closes it again after a delay, so that code wrongly blocked
/// reading it sees end of file and the test fails instead of hanging. The delay only bounds how
/// long a broken build waits; nothing is asserted about time.
final class FIFOUnblocker: @unchecked Sendable {
  private let lock = NSLock()
  private var found = false

  /// Whether it found a reader blocked on the FIFO (and released it).
  var releasedABlockedReader: Bool { lock.withLock { found } }

  /// Arms the guard for the FIFO at `path`.
  init(_ path: String, after seconds: Double = 20) {
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
      // Without a reader, a non-blocking open fails (ENXIO): nothing was blocked.
      let fd = open(path, O_WRONLY | O_NONBLOCK)
      guard fd >= 0 else { return }
      lock.withLock { found = true }
      close(fd)
    }
  }
}
