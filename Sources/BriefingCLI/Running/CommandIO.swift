import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The standard streams of one run, as values, so tests and embedders can capture them.
///
/// Output is bytes (documents are written exactly as the writer produced them); error text is
/// UTF-8 text. A write to standard output that fails throws, and the run exits 74.
public struct CommandIO: Sendable {
  /// Reads all of standard input.
  public var readStandardInput: @Sendable () throws(CLIError) -> [UInt8]
  /// Writes bytes to standard output.
  public var writeStandardOutput: @Sendable ([UInt8]) throws(CLIError) -> Void
  /// Writes text to standard error.
  public var writeStandardError: @Sendable (String) -> Void
  /// The width for help text, or `nil` for the terminal's.
  public var columns: Int?

  /// Creates streams from closures.
  public init(
    readStandardInput: @escaping @Sendable () throws(CLIError) -> [UInt8],
    writeStandardOutput: @escaping @Sendable ([UInt8]) throws(CLIError) -> Void,
    writeStandardError: @escaping @Sendable (String) -> Void,
    columns: Int? = nil
  ) {
    self.readStandardInput = readStandardInput
    self.writeStandardOutput = writeStandardOutput
    self.writeStandardError = writeStandardError
    self.columns = columns
  }

  /// The process's own standard streams.
  public static var standard: CommandIO {
    CommandIO(
      readStandardInput: { () throws(CLIError) in try FileDescriptorIO.readAll(fd: 0, name: "-") },
      writeStandardOutput: { bytes throws(CLIError) in
        try FileDescriptorIO.writeAll(bytes, fd: 1, name: "<stdout>")
      },
      writeStandardError: { text in
        try? FileDescriptorIO.writeAll(Array(text.utf8), fd: 2, name: "<stderr>")
      })
  }

  /// Streams that read `input` and record everything written, for in-process tests.
  public static func capturing(input: [UInt8] = []) -> (io: CommandIO, output: CapturedOutput) {
    let output = CapturedOutput()
    let io = CommandIO(
      readStandardInput: { () throws(CLIError) in input },
      writeStandardOutput: { bytes throws(CLIError) in output.appendOutput(bytes) },
      writeStandardError: { text in output.appendError(text) },
      columns: 80)
    return (io, output)
  }
}

/// What a captured run wrote to standard output and standard error.
public final class CapturedOutput: @unchecked Sendable {
  // A lock rather than an actor: the closures that append are synchronous.
  private let lock = NSLock()
  private var out: [UInt8] = []
  private var err = ""

  /// Creates an empty capture.
  public init() {}

  /// The bytes written to standard output.
  public var standardOutput: [UInt8] { lock.withLock { out } }
  /// Standard output decoded as UTF-8 (invalid bytes replaced).
  public var standardOutputText: String { String(decoding: standardOutput, as: UTF8.self) }
  /// The text written to standard error.
  public var standardError: String { lock.withLock { err } }

  func appendOutput(_ bytes: [UInt8]) { lock.withLock { out += bytes } }
  func appendError(_ text: String) { lock.withLock { err += text } }
}

/// Whole-file reads and writes on POSIX descriptors, retrying short and interrupted calls.
enum FileDescriptorIO {
  /// Reads until end of file; caps nothing, since the readers bound what they accept.
  static func readAll(fd: Int32, name: String) throws(CLIError) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count == 0 { return result }
      if count < 0 {
        if errno == EINTR { continue }
        throw .io(name, "cannot read: \(String(cString: strerror(errno)))")
      }
      result += buffer[0..<count]
    }
  }

  /// Writes every byte.
  static func writeAll(_ bytes: [UInt8], fd: Int32, name: String) throws(CLIError) {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { raw in
        write(fd, raw.baseAddress.map { $0 + written }, raw.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .io(name, "cannot write: \(String(cString: strerror(errno)))")
      }
      written += count
    }
  }
}
