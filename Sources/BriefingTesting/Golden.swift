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
///   - actual: The text produced now.
///   - path: The golden file's absolute path (build it from `#filePath`).
public func assertGolden(
  _ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
  if let problem = GoldenFile.check(actual, path: path, recording: recording) {
    Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
  }
}

/// The logic behind ``assertGolden(_:path:sourceLocation:)``, free of the test framework.
public enum GoldenFile {
  /// `nil` when `actual` matches the file; otherwise what went wrong (and, when `recording`,
  /// the file has been rewritten).
  public static func check(_ actual: String, path: String, recording: Bool) -> String? {
    if recording {
      do {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      } catch {
        return "cannot record golden file '\(path)': \(error)"
      }
      return "recorded golden file '\(path)'; review it, then run again without RECORD_GOLDENS"
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return "golden file '\(path)' is missing; run with RECORD_GOLDENS=1 to create it, then "
        + "review it"
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return nil }
    return "output differs from golden file '\(path)' (- golden, + actual); run with "
      + "RECORD_GOLDENS=1 to accept it after review:\n"
      + LineDiff.unified(expected, actual)
  }
}
