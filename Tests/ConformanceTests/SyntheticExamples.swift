import BriefingCore
import BriefingTesting

/// The shared fixture models the conformance tests run every format over, by name.
enum SyntheticExamples {
  /// The examples by name, for test arguments.
  static let all: [String: Briefing] = [
    "every-field": Fixtures.everyField,
    "hostile-strings": Fixtures.hostileStrings,
    "minimal": Fixtures.minimal,
  ]

  static var names: [String] { all.keys.sorted() }
}
