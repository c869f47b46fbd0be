import BriefingCore
import BriefingFormats
import Testing

/// The round-trip laws every format with a reader and a writer must obey, for in-tree and
/// third-party formats alike.
///
/// - Every format: `read(write(m)) == format.normalizedForRoundTrip(m)`, which is `m` itself for
///   a lossless format and what the format can carry for a lossy one.
/// - Every format: a fixed point, `write(read(write(m))) == write(m)`: what the format keeps,
///   it keeps stably.
public enum FormatConformance {
  /// Checks `format` against every example, recording one test issue per broken law with a
  /// dump diff or text diff that shows what changed.
  public static func check(
    _ format: any BriefingFormat, examples: [Briefing], options: FormatOptions = FormatOptions(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    for (index, example) in examples.enumerated() {
      for problem in problems(format, example: example, options: options) {
        Issue.record(
          Comment(rawValue: "example \(index): \(problem)"), sourceLocation: sourceLocation)
      }
    }
  }

  /// The laws `format` breaks on `example`, each explained with a diff; empty when it
  /// conforms.
  public static func problems(
    _ format: any BriefingFormat, example: Briefing, options: FormatOptions = FormatOptions()
  ) -> [String] {
    let name = format.descriptor.name
    guard let reader = format.reader, let writer = format.writer else {
      return ["format '\(name)' needs both a reader and a writer for round trips"]
    }
    let first: WriteResult
    do {
      first = try writer.write(example, options: options)
    } catch {
      return ["'\(name)' writer refused the example:\n\(error)"]
    }
    let source = SourceFile(
      name: "written.\(format.descriptor.fileExtensions.first ?? name)",
      bytes: first.bytes)
    let read = reader.read(source, options: options)
    guard let back = read.briefing, !read.diagnostics.hasErrors else {
      let messages = read.diagnostics.map(\.formatted).joined(separator: "\n")
      return [
        "'\(name)' reader rejected its own writer's output:\n\(messages)\n--- output:\n"
          + String(decoding: first.bytes, as: UTF8.self)
      ]
    }
    var found: [String] = []
    let expected = format.normalizedForRoundTrip(example, options: options)
    if back != expected {
      let law =
        format.descriptor.isLossless
        ? "is declared lossless but read(write(m)) != m"
        : "reads back more or less than it carries: read(write(m)) != normalizedForRoundTrip(m)"
      found.append(
        "'\(name)' \(law) (- expected, + read back):\n"
          + LineDiff.unified(BriefingDump.dump(expected), BriefingDump.dump(back)))
    }
    do {
      let second = try writer.write(back, options: options)
      if second.bytes != first.bytes {
        found.append(
          "'\(name)' has no fixed point: write(read(write(m))) != write(m) (- first, + second):\n"
            + LineDiff.unified(
              String(decoding: first.bytes, as: UTF8.self),
              String(decoding: second.bytes, as: UTF8.self)))
      }
    } catch {
      found.append("'\(name)' writer refused what its reader produced:\n\(error)")
    }
    return found
  }
}
