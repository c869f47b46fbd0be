import BriefingFormats
/// A failure of the run itself rather than of a document: a bad flag, a missing file, a full disk.
///
/// Problems in a document's content are ``BriefingCore/Diagnostic``s, never `CLIError`s.
public struct CLIError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The exit code this failure ends the run with.
  public var status: ExitStatus
  /// A stable id, `cli.kebab-name`, printed in brackets after the message.
  public var id: String
  /// What went wrong and how to fix it (lowercase, no final period).
  public var message: String
  /// The file it concerns, as the user named it, if any.
  public var file: String?

  /// Creates an error.
  public init(_ status: ExitStatus, _ id: String, _ message: String, file: String? = nil) {
    self.status = status
    self.id = id
    self.message = message
    self.file = file
  }

  /// `file: error: message [id]`, or `briefing: error: …` when no file is concerned; the file
  /// name and message are shown with control characters escaped (``DisplayText``).
  public var description: String {
    "\(DisplayText.escaped(file ?? "briefing")): error: \(DisplayText.escaped(message)) [\(id)]"
  }

  // MARK: - Common failures

  /// A usage error (exit 64).
  static func usage(_ id: String, _ message: String) -> CLIError {
    CLIError(.usage, id, message)
  }

  /// An input that cannot be opened (exit 66).
  static func noInput(_ file: String, _ reason: String) -> CLIError {
    CLIError(.noInput, "cli.input-unreadable", "cannot read input: \(reason)", file: file)
  }

  /// An input larger than `limit` bytes (exit 66): reading stopped there. The id and message
  /// are the pipeline's, so an embedder that passes bytes in gets the same diagnostic.
  static func inputTooLarge(_ file: String, limit: Int) -> CLIError {
    let diagnostic = InputLimits.tooLarge(name: file, maxBytes: limit)
    return CLIError(.noInput, diagnostic.id, diagnostic.message, file: file)
  }


  /// An output that cannot be created (exit 73).
  static func cannotCreate(_ file: String, _ reason: String) -> CLIError {
    CLIError(.cannotCreate, "cli.output-uncreatable", "cannot create output: \(reason)", file: file)
  }

  /// An I/O failure part-way through (exit 74).
  static func io(_ file: String, _ reason: String) -> CLIError {
    CLIError(.ioError, "cli.io", reason, file: file)
  }

  /// A format broke its contract (exit 70).
  static func internalFailure(_ id: String, _ message: String, file: String? = nil) -> CLIError {
    CLIError(.internalFailure, id, message, file: file)
  }
}
