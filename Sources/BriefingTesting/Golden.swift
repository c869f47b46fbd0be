// BriefingTesting: helpers for format authors' tests, in-tree and third-party: golden files
// (`assertGolden`), round-trip conformance (`FormatConformance`) and readable model diffs.
import Foundation
import Testing

/// Compares `actual` with the golden file at `path`, recording a test issue with a diff when
/// they differ.
///
/// With `RECORD_GOLDENS=1` in the environment the file is (re)written and the test still
/// fails, so that a person reviews the change (`git diff`) before committing it, as
/// argument-parser's `RECORD_SNAPSHOTS` does.
/// - Parameters:
///   - actual: The text produced now; compared byte for byte as UTF-8.
///   - path: The golden file's absolute path (`PackageFiles.path(_:)` builds one).
public func assertGolden(
  _ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  assertGolden(Array(actual.utf8), path: path, sourceLocation: sourceLocation)
}

/// Compares the bytes `actual` with the golden file at `path`, as the text form does; for
/// writers whose output is bytes.
public func assertGolden(
  _ actual: [UInt8], path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  if let problem = GoldenFile.check(actual, path: path, recording: GoldenFile.recording) {
    Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
  }
}

/// The logic behind ``assertGolden(_:path:sourceLocation:)``, free of the test framework.
public enum GoldenFile {
  /// Whether `RECORD_GOLDENS=1` asks for golden files to be rewritten.
  public static var recording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
  }

  /// `nil` when `actual` matches the file; otherwise what went wrong (and, when `recording`,
  /// the file has been rewritten).
  public static func check(_ actual: String, path: String, recording: Bool) -> String? {
    check(Array(actual.utf8), path: path, recording: recording)
  }

  /// `nil` when the bytes `actual` match the file; otherwise what went wrong, with a line diff
  /// (and, when `recording`, the file has been rewritten).
  public static func check(_ actual: [UInt8], path: String, recording: Bool) -> String? {
    if recording {
      do {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true)
        try Data(actual).write(to: URL(fileURLWithPath: path))
      } catch {
        return "cannot record golden file '\(path)': \(error)"
      }
      return "recorded golden file '\(path)'; review it, then run again without RECORD_GOLDENS"
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return "golden file '\(path)' is missing; run with RECORD_GOLDENS=1 to create it, then "
        + "review it"
    }
    let expected = Array(data)
    guard expected != actual else { return nil }
    // The offset names differences a line diff cannot show: invalid UTF-8, or canonically
    // equivalent spellings of the same text.
    let offset =
      zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expected.count, actual.count)
    return "output differs from golden file '\(path)' from byte \(offset) (- golden, + actual); "
      + "run with RECORD_GOLDENS=1 to accept it after review:\n"
      + LineDiff.unified(
        String(decoding: expected, as: UTF8.self), String(decoding: actual, as: UTF8.self))
  }
}
