import BriefingCore

/// How a `briefing` run ended: one exit code per meaning, stable across releases.
///
/// The values follow BSD `sysexits.h` where one fits, and `64` is also what
/// swift-argument-parser uses for a command line it cannot parse (`ExitCode.validationFailure`),
/// so every usage error, ours or the parser's, exits the same way.
public enum ExitStatus: Int32, Sendable, Hashable, CaseIterable, Comparable {
  /// Everything converted (`0`).
  case success = 0
  /// A document has errors, or warnings under `--strict` (`1`); nothing was written for it.
  case documentErrors = 1
  /// The command line is wrong, including an unknown format or option (`64`, EX_USAGE).
  case usage = 64
  /// An input file is missing or unreadable (`66`, EX_NOINPUT).
  case noInput = 66
  /// A bug or a plugin failure: a format misbehaved (`70`, EX_SOFTWARE).
  case internalFailure = 70
  /// An output file or directory cannot be created (`73`, EX_CANTCREAT).
  case cannotCreate = 73
  /// Reading or writing failed part-way (`74`, EX_IOERR).
  case ioError = 74

  /// Orders by raw value, so `max` picks the code of the most unusual failure.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension ExitStatus {
  /// The status of one document that went through the pipeline: 70 when a plugin, filter or
  /// format broke its contract, 1 when the document failed, else 0.
  static func of(_ diagnostics: [Diagnostic], failed: Bool) -> ExitStatus {
    let internalIDs = ["plugin.", "internal.", "cli.reader-contract"]
    let broken = diagnostics.contains { diagnostic in
      diagnostic.severity == .error && internalIDs.contains { diagnostic.id.hasPrefix($0) }
    }
    if broken { return .internalFailure }
    return failed ? .documentErrors : .success
  }
}
