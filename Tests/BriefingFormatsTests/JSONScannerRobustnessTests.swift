import BriefingCore
import BriefingTesting
import Foundation
import Testing

@testable import BriefingFormats

@Suite("JSONScanner on damaged input")
struct JSONScannerRobustnessTests {
  static let document = """
    {
      "briefing": 1,
      "title": "APEC “SOM1” – Ünïcødé 😀",
      "engagement": {"reactions": [{"label": "Useful", "count": 3, "total": 10}], "loginRequired": false},
      "sections": [
        {"type": "takeaways", "items": ["a\\nb", "tab\\there", "\\u00e9\\ud83d\\ude00", -1.5e-3, null, true]},
        {"type": "text", "body": "", "x-extra": [[], {}, [[0]], {"": ""}]}
      ]
    }

    """

  /// Checks the properties every scan must have, whatever the input.
  @discardableResult
  func checkCoherent(_ bytes: [UInt8], _ label: String) -> Bool {
    let result = JSONScanner().scan(bytes)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect((result.tree == nil) == (errors.count == 1), "\(label)")
    #expect(errors.count <= 1, "\(label)")
    for diagnostic in result.diagnostics where diagnostic.id != "json.too-many-warnings" {
      guard let range = diagnostic.range else {
        Issue.record("\(label): no range for \(diagnostic.formatted)")
        continue
      }
      #expect(range.start.offset <= bytes.count, "\(label)")
      #expect(range.start.line >= 1 && range.start.column >= 1, "\(label)")
    }
    // Whatever is accepted is JSON by a second opinion, and survives writing and reading back.
    guard let tree = result.tree else { return false }
    let strict = result.diagnostics.isEmpty
    if strict {
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) != nil,
        "\(label): accepted but Foundation refuses")
    }
    let written = JSONText.write(tree.jsonValue, style: .compact)
    let reread = JSONScanner().scan(Array(written.utf8))
    #expect(
      reread.tree?.jsonValue == tree.jsonValue || !tree.jsonValue.isFiniteEverywhere, "\(label)")
    return true
  }

  @Test("every proper prefix of a document is rejected with one positioned error")
  func everyPrefix() {
    let bytes = Array(Self.document.utf8)
    #expect(JSONScanner().scan(bytes).diagnostics.isEmpty)
    // The document ends with "}\n": every cut before the closing brace leaves it incomplete.
    for length in 0..<(bytes.count - 2) {
      let result = JSONScanner().scan(Array(bytes[..<length]))
      #expect(result.tree == nil, "prefix \(length)")
      guard let error = result.diagnostics.last else {
        Issue.record("prefix \(length): no diagnostic")
        continue
      }
      #expect(error.severity == .error)
      // The error is at the cut, or earlier when the cut splits a UTF-8 sequence or a token.
      #expect((error.range?.start.offset ?? -1) <= length, "prefix \(length): \(error.formatted)")
    }
  }

  @Test("random byte damage never crashes and always gives a coherent result")
  func mutations() {
    var generator = SeededGenerator(seed: 2026)
    let original = Array(Self.document.utf8)
    let interesting: [UInt8] =
      Array("{}[]\",:\\ \n0123456789.eE+-tfnu".utf8) + [0, 0x1F, 0x80, 0xC3, 0xED, 0xF4, 0xFF]
    var accepted = 0
    for round in 0..<3_000 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: bytes[position] = interesting.randomElement(using: &generator) ?? 0
        case 1: bytes.remove(at: position)
        case 2: bytes.insert(interesting.randomElement(using: &generator) ?? 0, at: position)
        default: bytes[position] = UInt8.random(in: 0...255, using: &generator)
        }
      }
      if checkCoherent(bytes, "mutation \(round)") { accepted += 1 }
    }
    // Both outcomes are exercised, so the checks above are not vacuous.
    print("mutations accepted: \(accepted)/3000")
    #expect(accepted > 50 && accepted < 2_950)
  }

  @Test("degenerate shapes finish: long flat arrays, wide objects, deep allowed nesting")
  func degenerateShapes() {
    let flat = "[" + Array(repeating: "0", count: 200_000).joined(separator: ",") + "]"
    #expect(scanJSON(flat).tree?.value.arrayItems?.count == 200_000)
    let wide = "{" + (0..<50_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
    guard case .object(let members)? = scanJSON(wide).tree?.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.count == 50_000)
    #expect(members.last?.keyRange.start.column == wide.utf8.count - 14)
    let deep =
      String(repeating: "{\"a\":", count: 5_000) + "1" + String(repeating: "}", count: 5_000)
    #expect(scanJSON(deep, limits: TreeLimits(maxDepth: 5_000)).tree != nil)
    #expect(onlyError(deep)?.id == "json.depth-limit")
  }
}

extension JSONValue {
  /// Whether no number in the value is infinite or NaN (those are written as `null`).
  var isFiniteEverywhere: Bool {
    switch self {
    case .number(let number): number.isFinite
    case .array(let items): items.allSatisfy(\.isFiniteEverywhere)
    case .object(let members): members.values.allSatisfy(\.isFiniteEverywhere)
    default: true
    }
  }
}
