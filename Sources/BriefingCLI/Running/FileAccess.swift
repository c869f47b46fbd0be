import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs and writing outputs so that a failed run leaves nothing behind.
enum FileAccess {
  /// Reads a whole file; a missing, unreadable or non-regular file is exit 66.
  static func read(_ path: String, name: String) throws(CLIError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .noInput(name, reason()) }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw .noInput(name, "it is a directory; name the files in it")
    }
    return try FileDescriptorIO.readAll(fd: fd, name: name)
  }

  /// Creates `path` and its parents unless it is already a directory.
  static func makeDirectory(_ path: String, name: String) throws(CLIError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw .cannotCreate(name, "a file is in the way of the output directory")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreate(name, "cannot create the directory: \(error.localizedDescription)")
    }
  }

  /// Writes `bytes` to a temporary file beside `path`, then renames it into place.
  ///
  /// Readers of `path` see the old file or the whole new one, never a part; on any failure the
  /// temporary file is removed and `path` is untouched.
  static func writeAtomically(_ bytes: [UInt8], to path: String, name: String) throws(CLIError) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    let temporary =
      "\(directory.isEmpty ? "" : directory)/.\(base).briefing-\(getpid())-\(token).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw .cannotCreate(name, reason()) }
    do {
      try FileDescriptorIO.writeAll(bytes, fd: fd, name: name)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    guard close(fd) == 0 else {
      let why = reason()
      unlink(temporary)
      throw .io(name, "cannot write: \(why)")
    }
    guard rename(temporary, path) == 0 else {
      let why = reason()
      unlink(temporary)
      throw .cannotCreate(name, why)
    }
  }

  /// The current `errno` as lowercase text, e.g. `no such file or directory`.
  private static func reason() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
