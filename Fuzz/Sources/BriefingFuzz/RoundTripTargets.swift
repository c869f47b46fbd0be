import BriefingCore
import BriefingFormats

/// `roundtrip-F`, for every lossless format F: when F's reader accepts the input without
/// errors, F's writer must write the briefing, F's reader must accept what was written, read
/// back the same briefing (as the format normalizes it), and writing again must give the same
/// bytes.
enum RoundTripTargets {
  /// One target per lossless built-in format.
  static let all: [FuzzTarget] = ["yaml", "json", "markdown", "html", "ast"].map { name in
    FuzzTarget(name: "roundtrip-\(name)") { bytes in check(Formats.named(name), bytes) }
  }

  private static func check(_ format: any BriefingFormat, _ bytes: [UInt8]) {
    let target = "roundtrip-\(format.descriptor.name)"
    let pipeline = Pipeline()
    let read = pipeline.read(Formats.source(bytes, for: format), as: format)
    guard !read.failed, let briefing = read.briefing else { return }
    let written = pipeline.write(read, as: format)
    guard let output = written.bytes else {
      propertyFailed(
        target, "the writer refused a briefing its reader accepted",
        detail: written.diagnostics.map(\.formatted).joined(separator: "\n"))
    }
    let reread = pipeline.read(Formats.source(output, for: format), as: format)
    guard !reread.failed, let back = reread.briefing else {
      propertyFailed(
        target, "the reader rejected its own writer's output",
        detail: reread.diagnostics.map(\.formatted).joined(separator: "\n") + "\n--- output:\n"
          + String(decoding: output, as: UTF8.self))
    }
    let expected = format.normalizedForRoundTrip(briefing, options: FormatOptions())
    if back != expected {
      propertyFailed(
        target, "read(write(b)) != b",
        detail: firstDifference(BriefingDump.dump(expected), BriefingDump.dump(back)))
    }
    let again = pipeline.write(reread, as: format)
    if again.bytes != output {
      propertyFailed(
        target, "write(read(write(b))) != write(b)",
        detail: firstDifference(
          String(decoding: output, as: UTF8.self),
          String(decoding: again.bytes ?? [], as: UTF8.self)))
    }
  }

  /// The lines around the first line where `expected` and `actual` differ, each side marked.
  private static func firstDifference(_ expected: String, _ actual: String) -> String {
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(left.count, right.count)
    let context = max(0, first - 3)..<(first + 4)
    func excerpt(_ lines: [Substring], _ mark: String) -> String {
      lines[context.clamped(to: 0..<lines.count)].map { mark + $0 }.joined(separator: "\n")
    }
    return "first difference at line \(first + 1):\n\(excerpt(left, "- "))\n\(excerpt(right, "+ "))"
  }
}
