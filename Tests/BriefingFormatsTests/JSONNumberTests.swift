import BriefingCore
import BriefingTesting
import Testing

@testable import BriefingFormats

@Suite("JSON numbers")
struct JSONNumberTests {
  /// What the standard library's full conversion gives for `text`, the reference.
  func reference(_ text: String) -> Double? { Double(text) }

  @Test("the fast path agrees bit for bit with the standard library")
  func fastPathMatchesReference() {
    var generator = SeededGenerator(seed: 2026)
    var literals = [
      "0.1", "-0.0", "0.0", "1.5e3", "123456789012345.6", "9007199254740993.0", "1e22", "1e23",
      "1e-22", "1e-23", "0.000001", "4.35", "2.675", "-1.7976931348623157e308", "5e-324",
      "1E+2", "1e-0", "100e-2", "0.1e1", "1234567890.12345",
    ]
    for _ in 0..<2_000 {
      let digits = String(UInt64.random(in: 0...999_999_999_999_999_999, using: &generator))
      let cut = Int.random(in: 1...digits.count, using: &generator)
      let mantissa = digits.prefix(cut) + "." + (cut < digits.count ? digits.dropFirst(cut) : "0")
      let exponent = Int.random(in: -30...30, using: &generator)
      literals.append(String(mantissa))
      literals.append("\(mantissa)e\(exponent)")
    }
    for literal in literals {
      let bytes = Array(literal.utf8)
      let fast = bytes.withUnsafeBufferPointer { JSONParser.exactDouble($0) }
      if let fast {
        #expect(
          fast.bitPattern == reference(literal)?.bitPattern,
          "\(literal) (seed \(generator.seed))")
      }
      // Through the scanner, whichever path it takes.
      let scanned = scanJSON(literal).tree?.value
      #expect(
        scanned == .number(reference(literal) ?? .nan), "\(literal) (seed \(generator.seed))")
    }
  }

  @Test("a number of a million digits is read in linear time and kept as text")
  func hugeLiteral() {
    let literal = "1" + String(repeating: "0", count: 1_000_000) + ".5"
    let result = scanJSON("[\(literal)]")
    guard case .array(let items)? = result.tree?.value else {
      Issue.record("not an array")
      return
    }
    #expect(items.first?.sourceText == literal)
    #expect(result.diagnostics.map(\.id) == ["json.number-range"])
  }
}
