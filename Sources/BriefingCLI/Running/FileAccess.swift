import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs and writing outputs so that a failed run leaves nothing behind, no input is
/// read without bound, and no special file is waited on forever or replaced.
enum FileAccess {
  /// Reads a whole file, device or pipe, or fails once it passes `limit` bytes (at most
  /// `limit + 1` are read). Missing, unreadable and directory inputs are exit 66.
  ///
  /// A FIFO is read as a stream, as long as a process writes to it; one that nobody writes to
  /// is refused rather than waited for (a plain `open` would block until a writer came).
  static func read(
    _ path: String, name: String, limit: Int = CommandIO.defaultInputLimit
  ) throws(CLIError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { throw .noInput(name, reason()) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .noInput(name, reason()) }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { throw .noInput(name, "it is a directory; name the files in it") }
    // A regular file says its size; devices and pipes are found out by reading.
    if type == S_IFREG, Int64(info.st_size) > Int64(limit) {
      throw .inputTooLarge(name, limit: limit)
    }
    // Reads block again, so a pipe whose writer is slow is read to its end, not cut short.
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    let bytes = try FileDescriptorIO.read(
      fd: fd, name: name, atMost: limit < Int.max ? limit + 1 : limit)
    guard bytes.count <= limit else { throw .inputTooLarge(name, limit: limit) }
    if type == S_IFIFO, bytes.isEmpty {
      throw .noInput(
        name,
        "nothing was read from this FIFO, because no process wrote to it; start the writer first")
    }
    return bytes
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

  /// Writes `bytes` to `path`: atomically when `path` is a regular file or does not exist,
  /// directly into it when it is a device, a FIFO or a socket.
  ///
  /// A symbolic link is followed: to a regular file, that file is replaced atomically and the
  /// link kept; to anything else, it is written into. Only a regular file or a missing path is
  /// ever renamed over, so `-o /dev/null` (even as root) or `-o some.fifo` never turns the
  /// node into a regular file.
  static func writeAtomically(_ bytes: [UInt8], to path: String, name: String) throws(CLIError) {
    switch OutputTarget(path) {
    case .replaceable(let file): try replace(file, with: bytes, name: name)
    case .special: try writeInto(path, bytes, name: name)
    }
  }

  /// What an output path is, following symbolic links.
  private enum OutputTarget {
    /// A regular file, a missing path or a directory (whose rename fails as it should): the
    /// path to rename over, with links resolved.
    case replaceable(String)
    /// A device, FIFO, socket, or a link that leads to one or leads nowhere: written into.
    case special

    init(_ path: String) {
      var own = stat()
      guard lstat(path, &own) == 0 else {
        self = .replaceable(path)
        return
      }
      guard own.st_mode & S_IFMT == S_IFLNK else {
        let type = own.st_mode & S_IFMT
        self = type == S_IFREG || type == S_IFDIR ? .replaceable(path) : .special
        return
      }
      var target = stat()
      guard stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG,
        let resolved = realpath(path, nil)
      else {
        self = .special
        return
      }
      defer { free(resolved) }
      self = .replaceable(String(cString: resolved))
    }
  }

  /// Writes a temporary file beside `path`, then renames it into place: readers of `path` see
  /// the old file or the whole new one, never a part; on any failure, or when the run is ended
  /// by SIGINT, SIGTERM or SIGHUP, the temporary file is removed and `path` is untouched. A
  /// file that is replaced keeps its permissions, and its owner and group where the process
  /// may set them (as root, always).
  private static func replace(_ path: String, with bytes: [UInt8], name: String)
    throws(CLIError)
  {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary =
      "\(directory)/" + temporaryName(for: base, in: directory.isEmpty ? "/" : directory)
    var replaced = stat()
    let replacesFile = stat(path, &replaced) == 0 && replaced.st_mode & S_IFMT == S_IFREG
    ProcessSignals.armCleanup(of: temporary)
    defer { ProcessSignals.disarmCleanup() }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw .cannotCreate(name, reason()) }
    do {
      if replacesFile { try keepOwnerAndPermissions(of: replaced, on: fd, name: name) }
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

  /// `.NAME.briefing-PID-TOKEN.tmp`, with NAME cut short (at a whole character) when the whole
  /// would pass the longest name `directory` allows: every name that fits gets a temporary
  /// name that fits. The process id and the random token keep it unique, not NAME.
  static func temporaryName(for base: String, in directory: String) -> String {
    let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    let suffix = ".briefing-\(getpid())-\(token).tmp"
    let limit = pathconf(directory, Int32(_PC_NAME_MAX))
    let room = (limit > 0 ? limit : 255) - 1 - suffix.utf8.count
    var kept = ""
    var length = 0
    for scalar in base.unicodeScalars {
      length += UTF8.width(scalar)
      guard length <= room else { break }
      kept.unicodeScalars.append(scalar)
    }
    return "." + kept + suffix
  }

  /// Gives the new file `fd` the owner, group and permissions of the file it replaces, before
  /// any byte is written, so a private file never becomes readable by others. An owner or
  /// group the process may not give away is left as it is, as `cp -p` does.
  private static func keepOwnerAndPermissions(of replaced: stat, on fd: Int32, name: String)
    throws(CLIError)
  {
    // Owner first: changing it clears the set-user-id and set-group-id bits.
    _ = fchown(fd, replaced.st_uid, replaced.st_gid)
    guard fchmod(fd, replaced.st_mode & 0o7777) == 0 else {
      throw .cannotCreate(name, "cannot keep the permissions of the file: \(reason())")
    }
  }

  /// The device and inode of the regular file at `path`, following links, or `nil` when it
  /// is missing or not a regular file: two paths with the same identity are one file.
  static func identity(of path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  /// Which file a path names, whatever links and `..` lead there.
  struct FileIdentity: Hashable {
    /// The file system's device.
    var device: UInt64
    /// The file's number on that device.
    var inode: UInt64
  }

  /// Writes into a device or FIFO in place. A FIFO nobody reads is an error, not a wait.
  private static func writeInto(_ path: String, _ bytes: [UInt8], name: String)
    throws(CLIError)
  {
    // O_CREAT covers a link that leads nowhere: its target is created, as a shell's `>` would.
    let fd = open(path, O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0o666)
    guard fd >= 0 else {
      if errno == ENXIO {
        throw .cannotCreate(name, "no process is reading this FIFO; start the reader first")
      }
      throw .cannotCreate(name, reason())
    }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
      // A link's missing target that appeared meanwhile: replace its contents, as `>` would.
      _ = ftruncate(fd, 0)
    }
    // Writes block again, so a slow reader gets everything rather than an EAGAIN failure.
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    do {
      try FileDescriptorIO.writeAll(bytes, fd: fd, name: name)
    } catch {
      close(fd)
      throw error
    }
    guard close(fd) == 0 else { throw .io(name, "cannot write: \(reason())") }
  }

  /// The current `errno` as lowercase text, e.g. `no such file or directory`.
  private static func reason() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
