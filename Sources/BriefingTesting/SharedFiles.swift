import Foundation
import Testing

/// Files kept beside the package in `../shared` (third-party test suites, the seed briefing,
/// the format contract): a test uses one when it is there and notes the skip when it is not,
/// except with `BRIEFING_REQUIRE_TESTDATA=1` (as CI sets), where an absent file fails the test.
public enum SharedFiles {
  /// The seed briefing's text, relative to `../shared`.
  public static let seed = "seeds/000_656fde3bdad1ded6.txt"

  /// The absolute path of `relative` (a file or a folder) under `../shared` beside the package
  /// holding `filePath`; `nil`, after a note or a recorded issue, when it is absent.
  public static func path(
    _ relative: String, filePath: String = #filePath,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> String? {
    let path = URL(
      fileURLWithPath: PackageFiles.path("../shared/" + relative, filePath: filePath)
    )
    .standardizedFileURL.path
    if FileManager.default.fileExists(atPath: path) { return path }
    if ProcessInfo.processInfo.environment["BRIEFING_REQUIRE_TESTDATA"] == "1" {
      Issue.record(
        "missing \(path) (BRIEFING_REQUIRE_TESTDATA=1)", sourceLocation: sourceLocation)
    } else {
      print("note: skipping, \(path) is absent")
    }
    return nil
  }

  /// The bytes of the file `relative` under `../shared`; `nil` when it is absent, as
  /// ``path(_:filePath:sourceLocation:)`` reports it.
  public static func bytes(
    _ relative: String, filePath: String = #filePath,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> [UInt8]? {
    guard let path = path(relative, filePath: filePath, sourceLocation: sourceLocation) else {
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      Issue.record("cannot read \(path)", sourceLocation: sourceLocation)
      return nil
    }
    return Array(data)
  }
}
