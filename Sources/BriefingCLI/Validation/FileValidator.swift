import BriefingCore
import BriefingFormats
import Foundation

/// Checks one file: its format's reader (syntax and schema), then every content rule on the
/// model, then the configured severities and the file's suppression markers.
struct FileValidator: Sendable {
  /// The content rules to run (``ContentRule/all`` unless a test narrows them).
  var rules: [ContentRule] = ContentRule.all

  /// The diagnostics for `bytes`, read as `format`, shown as `name`, sorted by position
  /// (unlocated ones last, in the order found).
  func validate(
    _ bytes: [UInt8], name: String, format: any BriefingFormat, config: ValidationConfig
  ) -> [Diagnostic] {
    guard let reader = format.reader else { return [] }
    let result = reader.read(SourceFile(name: name, bytes: bytes), options: FormatOptions())
    var diagnostics = result.diagnostics.map { diagnostic -> Diagnostic in
      var diagnostic = diagnostic
      if diagnostic.file == nil { diagnostic.file = name }
      return diagnostic
    }
    if let briefing = result.briefing {
      // The tree readers already run the reader rules, and a value the schema rejected (a
      // missing answer) needs no second, content-level report.
      let reported = Set(diagnostics.map { Key(id: $0.id, path: $0.path) })
      let rejected = Set(diagnostics.compactMap { $0.severity == .error ? $0.path : nil })
      for rule in rules {
        for var diagnostic in rule.check(briefing)
        where !reported.contains(Key(id: diagnostic.id, path: diagnostic.path))
          && !(diagnostic.path.map(rejected.contains) ?? false)
        {
          diagnostic.file = name
          diagnostic.range = diagnostic.path.flatMap { result.sourceMap.range(at: $0) }
          diagnostics.append(RangeRefiner.refine(diagnostic, in: bytes))
        }
      }
    }
    let suppression = Suppression(scanning: bytes, style: format.descriptor.commentStyle)
    diagnostics = diagnostics.compactMap { diagnostic in
      guard !suppression.suppresses(diagnostic) else { return nil }
      switch config.level(of: diagnostic.id, default: diagnostic.severity) {
      case .off: return nil
      case .severity(let severity):
        var diagnostic = diagnostic
        diagnostic.severity = severity
        return diagnostic
      }
    }
    return Self.sorted(diagnostics)
  }

  /// By start line and column; unlocated diagnostics keep their order after the located ones.
  static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { lhs, rhs in
      let left = lhs.element.range?.start
      let right = rhs.element.range?.start
      switch (left, right) {
      case (let l?, let r?):
        if l.line != r.line { return l.line < r.line }
        if l.column != r.column { return l.column < r.column }
        return lhs.offset < rhs.offset
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return lhs.offset < rhs.offset
      }
    }.map(\.element)
  }

  private struct Key: Hashable {
    var id: String
    var path: DocumentPath?
  }
}

/// Runs work items on every core and keeps the results in input order.
enum ParallelMap {
  /// `transform` applied to each element, concurrently.
  static func map<T: Sendable, R: Sendable>(
    _ items: [T], _ transform: @Sendable (T) -> R
  ) -> [R] {
    let box = ResultBox<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      box.set(transform(items[index]), at: index)
    }
    return box.values
  }

  /// Results written from several threads; each slot is written once.
  private final class ResultBox<R: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [R?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ value: R, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [R] { lock.withLock { slots.compactMap { $0 } } }
  }
}
