import BriefingCore
import BriefingTesting
import Foundation
import Testing

@testable import BriefingFormats

/// How the scanner treated one JSONTestSuite file.
struct SuiteOutcome {
  var name: String
  var accepted: Bool
  var diagnostics: [Diagnostic]
}

/// Scans every file of JSONTestSuite's `test_parsing` whose name starts with `prefix`.
func suiteOutcomes(prefix: String) throws -> [SuiteOutcome]? {
  guard let path = SharedFiles.path("testdata/JSONTestSuite/test_parsing") else { return nil }
  let directory = URL(fileURLWithPath: path)
  let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }
    .sorted()
  let scanner = JSONScanner()
  return try names.map { name in
    let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
    let result = scanner.scan(bytes)
    // A result is coherent only one way round: a tree with no errors, or errors and no tree.
    #expect((result.tree != nil) == !result.diagnostics.hasErrors, "\(name)")
    return SuiteOutcome(name: name, accepted: result.tree != nil, diagnostics: result.diagnostics)
  }
}

@Suite("JSONTestSuite test_parsing")
struct JSONTestSuiteTests {
  @Test("every y_ file is accepted without errors")
  func acceptsEveryYes() throws {
    guard let outcomes = try suiteOutcomes(prefix: "y_") else { return }
    #expect(outcomes.count == 95)
    for outcome in outcomes {
      #expect(outcome.accepted, "\(outcome.name): \(outcome.diagnostics.map(\.formatted))")
      #expect(!outcome.diagnostics.hasErrors, "\(outcome.name)")
    }
    print("JSONTestSuite y_: accepted \(outcomes.filter(\.accepted).count)/\(outcomes.count)")
  }

  @Test("every n_ file is rejected with an error that has a position")
  func rejectsEveryNo() throws {
    guard let outcomes = try suiteOutcomes(prefix: "n_") else { return }
    #expect(outcomes.count == 188)
    for outcome in outcomes {
      #expect(!outcome.accepted, "\(outcome.name) was accepted")
      let errors = outcome.diagnostics.filter { $0.severity == .error }
      #expect(errors.count == 1, "\(outcome.name): \(errors.map(\.formatted))")
      #expect(errors.allSatisfy { $0.range != nil && $0.id.hasPrefix("json.") }, "\(outcome.name)")
    }
    print("JSONTestSuite n_: rejected \(outcomes.filter { !$0.accepted }.count)/\(outcomes.count)")
  }

  /// The implementation-defined cases, and the choice made for each (see the format README):
  /// lone surrogates become U+FFFD with a warning, invalid UTF-8 and UTF-16 are rejected, huge
  /// numbers are kept (as a double, with the literal text), a leading BOM is skipped with a
  /// warning, and 500 levels of nesting exceed the default depth limit.
  static let indeterminateChoices: [String: (accepted: Bool, id: String?)] = [
    "i_number_double_huge_neg_exp.json": (true, nil),
    "i_number_huge_exp.json": (true, "json.number-range"),
    "i_number_neg_int_huge_exp.json": (true, "json.number-range"),
    "i_number_pos_double_huge_exp.json": (true, "json.number-range"),
    "i_number_real_neg_overflow.json": (true, "json.number-range"),
    "i_number_real_pos_overflow.json": (true, "json.number-range"),
    "i_number_real_underflow.json": (true, nil),
    "i_number_too_big_neg_int.json": (true, nil),
    "i_number_too_big_pos_int.json": (true, nil),
    "i_number_very_big_negative_int.json": (true, nil),
    "i_object_key_lone_2nd_surrogate.json": (true, "json.lone-surrogate"),
    "i_string_1st_surrogate_but_2nd_missing.json": (true, "json.lone-surrogate"),
    "i_string_1st_valid_surrogate_2nd_invalid.json": (true, "json.lone-surrogate"),
    "i_string_UTF-16LE_with_BOM.json": (false, "json.encoding"),
    "i_string_UTF-8_invalid_sequence.json": (false, "json.encoding"),
    "i_string_UTF8_surrogate_U+D800.json": (false, "json.encoding"),
    "i_string_incomplete_surrogate_and_escape_valid.json": (true, "json.lone-surrogate"),
    "i_string_incomplete_surrogate_pair.json": (true, "json.lone-surrogate"),
    "i_string_incomplete_surrogates_escape_valid.json": (true, "json.lone-surrogate"),
    "i_string_invalid_lonely_surrogate.json": (true, "json.lone-surrogate"),
    "i_string_invalid_surrogate.json": (true, "json.lone-surrogate"),
    "i_string_invalid_utf-8.json": (false, "json.encoding"),
    "i_string_inverted_surrogates_U+1D11E.json": (true, "json.lone-surrogate"),
    "i_string_iso_latin_1.json": (false, "json.encoding"),
    "i_string_lone_second_surrogate.json": (true, "json.lone-surrogate"),
    "i_string_lone_utf8_continuation_byte.json": (false, "json.encoding"),
    "i_string_not_in_unicode_range.json": (false, "json.encoding"),
    "i_string_overlong_sequence_2_bytes.json": (false, "json.encoding"),
    "i_string_overlong_sequence_6_bytes.json": (false, "json.encoding"),
    "i_string_overlong_sequence_6_bytes_null.json": (false, "json.encoding"),
    "i_string_truncated-utf-8.json": (false, "json.encoding"),
    "i_string_utf16BE_no_BOM.json": (false, "json.encoding"),
    "i_string_utf16LE_no_BOM.json": (false, "json.encoding"),
    "i_structure_500_nested_arrays.json": (false, "json.depth-limit"),
    "i_structure_UTF-8_BOM_empty_object.json": (true, "json.byte-order-mark"),
  ]

  @Test("every i_ file finishes, the way the documented choice says")
  func indeterminateFilesFollowTheChoices() throws {
    guard let outcomes = try suiteOutcomes(prefix: "i_") else { return }
    #expect(outcomes.count == Self.indeterminateChoices.count)
    for outcome in outcomes {
      let verdict = outcome.accepted ? "accepted" : "rejected"
      let ids = outcome.diagnostics.map(\.id).joined(separator: ",")
      print("JSONTestSuite \(outcome.name): \(verdict) [\(ids)]")
      guard let choice = Self.indeterminateChoices[outcome.name] else {
        Issue.record("no documented choice for \(outcome.name)")
        continue
      }
      #expect(outcome.accepted == choice.accepted, "\(outcome.name)")
      if let id = choice.id {
        #expect(outcome.diagnostics.map(\.id).contains(id), "\(outcome.name): \(ids)")
      } else {
        #expect(outcome.diagnostics.isEmpty, "\(outcome.name): \(ids)")
      }
    }
    let accepted = outcomes.filter(\.accepted).count
    print("JSONTestSuite i_: accepted \(accepted), rejected \(outcomes.count - accepted)")
  }

  @Test("a deeper limit accepts the 500-level i_ file")
  func deepLimitAcceptsFiveHundredLevels() throws {
    guard let path = SharedFiles.path("testdata/JSONTestSuite/test_parsing") else { return }
    let directory = URL(fileURLWithPath: path)
    let bytes = try [UInt8](
      Data(contentsOf: directory.appendingPathComponent("i_structure_500_nested_arrays.json")))
    let result = JSONScanner(limits: TreeLimits(maxDepth: 500)).scan(bytes)
    #expect(result.tree != nil)
    #expect(result.diagnostics.isEmpty)
  }
}
