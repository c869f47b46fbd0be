import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bounded reads and whole writes on POSIX descriptors, retrying short and interrupted calls.
enum FileDescriptorIO {
  /// Reads until end of file or until `count` bytes have been read, whichever comes first, so
  /// an endless stream (`/dev/zero`, a pipe that never closes after it has sent enough) costs
  /// at most `count` bytes of memory.
  static func read(fd: Int32, name: String, atMost count: Int) throws(CLIError) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while result.count < count {
      let wanted = min(buffer.count, count - result.count)
      let got = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, wanted) }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        throw .io(name, "cannot read: \(String(cString: strerror(errno)))")
      }
      result += buffer[0..<got]
    }
    return result
  }

  /// Writes every byte; a pipe whose reader has gone is an I/O error that says so.
  static func writeAll(_ bytes: [UInt8], fd: Int32, name: String) throws(CLIError) {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { raw in
        write(fd, raw.baseAddress.map { $0 + written }, raw.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE {
          // SIGPIPE is ignored (`BriefingCommand.main`), so `briefing … | head` ends here.
          throw .io(
            name,
            "cannot write: broken pipe: the program reading the output stopped before its end")
        }
        throw .io(name, "cannot write: \(String(cString: strerror(errno)))")
      }
      written += count
    }
  }
}

/// The C library's `read`, which the method of the same name hides inside the enum.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
