import BriefingFormats
import Foundation

/// The standard streams of one run, as values, so tests and embedders can capture them.
///
/// Output is bytes (documents are written exactly as the writer produced them); error text is
/// UTF-8 text. A write to standard output that fails throws, and the run exits 74. Standard
/// input is read through the same size cap as files (``defaultInputLimit``).
public struct CommandIO: Sendable {
  /// Reads standard input until end of file or until the given number of bytes, whichever
  /// comes first; ``readStandardInput(limit:)`` asks for one byte more than its limit.
  public var readStandardInputBytes: @Sendable (_ atMost: Int) throws(CLIError) -> [UInt8]
  /// Writes bytes to standard output.
  public var writeStandardOutput: @Sendable ([UInt8]) throws(CLIError) -> Void
  /// Writes text to standard error.
  public var writeStandardError: @Sendable (String) -> Void
  /// The width for help text, or `nil` for the terminal's.
  public var columns: Int?

  /// Creates streams from closures.
  public init(
    readStandardInput: @escaping @Sendable (_ atMost: Int) throws(CLIError) -> [UInt8],
    writeStandardOutput: @escaping @Sendable ([UInt8]) throws(CLIError) -> Void,
    writeStandardError: @escaping @Sendable (String) -> Void,
    columns: Int? = nil
  ) {
    self.readStandardInputBytes = readStandardInput
    self.writeStandardOutput = writeStandardOutput
    self.writeStandardError = writeStandardError
    self.columns = columns
  }

  /// The most bytes `briefing` reads from one input, whether a file, a device, a pipe or
  /// standard input: 64 MiB, the readers' own limit (``TreeLimits/maxBytes``), so nothing is
  /// read that no reader would accept. An input that is larger stops the read at this many
  /// bytes plus one, with `input.too-large` (exit 66).
  public static let defaultInputLimit = InputLimits.defaultMaxBytes

  /// All of standard input, or `input.too-large` once it passes `limit` bytes; at most
  /// `limit + 1` bytes are ever read.
  public func readStandardInput(limit: Int = defaultInputLimit) throws(CLIError) -> [UInt8] {
    let bytes = try readStandardInputBytes(limit < Int.max ? limit + 1 : limit)
    guard bytes.count <= limit else { throw .inputTooLarge("-", limit: limit) }
    return bytes
  }

  /// The process's own standard streams.
  public static var standard: CommandIO {
    CommandIO(
      readStandardInput: { atMost throws(CLIError) in
        try FileDescriptorIO.read(fd: 0, name: "-", atMost: atMost)
      },
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
      readStandardInput: { atMost throws(CLIError) in Array(input.prefix(atMost)) },
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
