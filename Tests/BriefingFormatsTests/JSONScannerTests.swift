import BriefingCore
import Testing

@testable import BriefingFormats

/// Scans `text` with the given limits.
func scanJSON(_ text: String, limits: TreeLimits = .init()) -> JSONScanResult {
  JSONScanner(limits: limits).scan(Array(text.utf8))
}

/// The one error of a failed scan, or a recorded issue.
func onlyError(
  _ text: String, limits: TreeLimits = .init(),
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  let result = scanJSON(text, limits: limits)
  #expect(result.tree == nil, sourceLocation: sourceLocation)
  let errors = result.diagnostics.filter { $0.severity == .error }
  #expect(errors.count == 1, "\(errors.map(\.formatted))", sourceLocation: sourceLocation)
  return errors.first
}

/// `line:column@offset` of a location, for compact comparisons.
func spot(_ location: RichText.SourceLocation?) -> String {
  guard let location else { return "none" }
  return "\(location.line):\(location.column)@\(location.offset)"
}

@Suite("JSONScanner values and positions")
struct JSONScannerTests {
  @Test("scalars become the right tree values")
  func scalars() {
    let result = scanJSON(
      #"[null, true, false, 0, -12, 3.5, 1e3, "hi", "#
        + "9223372036854775807, -9223372036854775808, 9223372036854775808]")
    #expect(result.diagnostics.isEmpty)
    guard case .array(let items)? = result.tree?.value else {
      Issue.record("not an array")
      return
    }
    #expect(
      items.map(\.value) == [
        .null, .bool(true), .bool(false), .integer(0), .integer(-12), .number(3.5), .number(1000),
        .string("hi"), .integer(Int.max), .integer(Int.min), .number(0x1p63),
      ])
    #expect(items[6].sourceText == "1e3")
    #expect(items[10].sourceText == "9223372036854775808")
    #expect(items[0].sourceText == nil)
  }

  @Test("positions of values and keys across lines and multi-byte characters")
  func positions() {
    let text = "{\n  \"é🙂\": \"ü\", \"n\": [1,\n\t2.5 ],\r\n\"t\" : true}"
    let result = scanJSON(text)
    #expect(result.diagnostics.isEmpty)
    guard let root = result.tree, case .object(let members) = root.value else {
      Issue.record("not an object")
      return
    }
    #expect(spot(root.range.start) == "1:1@0")
    #expect(spot(root.range.end) == "4:12@\(text.utf8.count)")
    #expect(members.map(\.key) == ["é🙂", "n", "t"])
    // "é🙂" is 4 scalars wide (quotes included) but 8 bytes long.
    #expect(spot(members[0].keyRange.start) == "2:3@4")
    #expect(spot(members[0].keyRange.end) == "2:7@12")
    #expect(spot(members[0].value.range.start) == "2:9@14")
    #expect(spot(members[0].value.range.end) == "2:12@18")
    #expect(spot(members[1].keyRange.start) == "2:14@20")
    guard case .array(let numbers) = members[1].value.value else {
      Issue.record("not an array")
      return
    }
    #expect(spot(members[1].value.range.start) == "2:19@25")
    #expect(spot(numbers[0].range.start) == "2:20@26")
    #expect(spot(numbers[1].range.start) == "3:2@30")
    #expect(spot(numbers[1].range.end) == "3:5@33")
    #expect(spot(members[1].value.range.end) == "3:7@35")
    // CR LF counts as one line break.
    #expect(spot(members[2].keyRange.start) == "4:1@38")
    #expect(spot(members[2].value.range.start) == "4:7@44")
  }

  @Test("string escapes and surrogate pairs decode; raw non-ASCII passes through")
  func escapes() {
    let result = scanJSON(
      #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC\ud83d\ude00", "\u0000", "naïve – ok"]"#)
    #expect(result.diagnostics.isEmpty)
    guard case .array(let items)? = result.tree?.value else {
      Issue.record("not an array")
      return
    }
    #expect(
      items.map(\.value) == [
        .string("a\"b\\c/d\u{8}\u{C}\n\r\t"), .string("é€😀"), .string("\u{0}"),
        .string("naïve – ok"),
      ])
  }

  @Test("a lone surrogate becomes U+FFFD with a positioned warning")
  func loneSurrogate() {
    let result = scanJSON(#"["x\uD800y", "\uDC00"]"#)
    guard case .array(let items)? = result.tree?.value else {
      Issue.record("not an array")
      return
    }
    #expect(items.map(\.value) == [.string("x\u{FFFD}y"), .string("\u{FFFD}")])
    #expect(result.diagnostics.map(\.id) == ["json.lone-surrogate", "json.lone-surrogate"])
    #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(spot(result.diagnostics.first?.range?.start) == "1:4@3")
  }

  @Test("duplicate keys stay separate members, in order")
  func duplicateKeys() {
    let result = scanJSON(#"{"a": 1, "b": 2, "a": 3}"#)
    guard case .object(let members)? = result.tree?.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b", "a"])
    #expect(members.map(\.value.value) == [.integer(1), .integer(2), .integer(3)])
    #expect(spot(members[2].keyRange.start) == "1:18@17")
    #expect(result.tree?.jsonValue == .object(["a": .integer(3), "b": .integer(2)]))
  }

  @Test("a byte order mark is skipped with a warning and columns start after it")
  func byteOrderMark() {
    let result = JSONScanner().scan([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
    guard case .array(let items)? = result.tree?.value else {
      Issue.record("not an array")
      return
    }
    #expect(items.map(\.value) == [.integer(1)])
    #expect(spot(items.first?.range.start) == "1:2@4")
    #expect(result.diagnostics.map(\.id) == ["json.byte-order-mark"])
    #expect(spot(result.tree?.range.start) == "1:1@3")
  }

  @Test("numbers beyond Int or Double keep their text")
  func bigNumbers() {
    let result = scanJSON("[123456789012345678901234567890, 1e400, -1e400, 1e-400]")
    guard case .array(let items)? = result.tree?.value else {
      Issue.record("not an array")
      return
    }
    #expect(items[0].value == .number(Double("123456789012345678901234567890") ?? 0))
    #expect(items[0].sourceText == "123456789012345678901234567890")
    #expect(items[1].value == .number(.infinity))
    #expect(items[2].value == .number(-.infinity))
    #expect(items[3].value == .number(0))
    #expect(result.diagnostics.map(\.id) == ["json.number-range", "json.number-range"])
    #expect(spot(result.diagnostics.first?.range?.start) == "1:34@33")
  }

  @Test("10,000 nested arrays hit the depth limit without recursion")
  func deepNesting() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let error = onlyError(deep)
    #expect(error?.id == "json.depth-limit")
    #expect(spot(error?.range?.start) == "1:65@64")
    #expect(error?.message.contains("64") == true)
    // A generous limit accepts the same text, still without recursion.
    let accepted = scanJSON(deep, limits: TreeLimits(maxDepth: 10_000))
    #expect(accepted.tree != nil)
    #expect(accepted.diagnostics.isEmpty)
    // Exactly at the limit is fine; one more is not.
    #expect(scanJSON("[[[]]]", limits: TreeLimits(maxDepth: 3)).tree != nil)
    #expect(onlyError(#"{"a":[[]]}"#, limits: TreeLimits(maxDepth: 2))?.id == "json.depth-limit")
  }

  @Test("input above the size limit is refused before parsing")
  func sizeLimit() {
    let error = onlyError("[1, 2, 3]", limits: TreeLimits(maxBytes: 8))
    #expect(error?.id == "json.size-limit")
    #expect(error?.message.contains("9 bytes") == true)
    #expect(scanJSON("[1, 2, 3]", limits: TreeLimits(maxBytes: 9)).tree != nil)
  }

  @Test("empty and whitespace-only input")
  func empty() {
    for text in ["", "  \n\t ", "\r\n"] {
      let error = onlyError(text)
      #expect(error?.id == "json.empty", "\(text.debugDescription)")
      #expect(spot(error?.range?.start) == "1:1@0")
    }
  }

  @Test("long strings: every special byte is found at every position of the 8-byte stride")
  func longStrings() {
    let specials: [(raw: String, decoded: String)] = [
      ("\\n", "\n"), ("\\\"", "\""), ("é", "é"), ("😀", "😀"), ("\\u00e9", "é"),
      ("\u{2028}", "\u{2028}"),
    ]
    for length in 0..<20 {
      for special in specials {
        let prefix = String(repeating: "a", count: length)
        let suffix = String(repeating: "b", count: 19 - length)
        let text = "[\"\(prefix)\(special.raw)\(suffix)\", \"\(prefix)\", 7]"
        let result = scanJSON(text)
        guard case .array(let items)? = result.tree?.value, items.count == 3 else {
          Issue.record("\(text.debugDescription) gave \(result.diagnostics.map(\.formatted))")
          continue
        }
        #expect(items[0].value == .string(prefix + special.decoded + suffix), "\(text)")
        #expect(items[1].value == .string(prefix))
        // The last value's column counts scalars, whatever came before it.
        let column = text.unicodeScalars.count - 1
        #expect(items[2].range.start.column == column, "\(text)")
        #expect(items[2].range.start.offset == text.utf8.count - 2)
      }
    }
    // A control character or an unterminated string past the first eight bytes.
    #expect(onlyError("[\"abcdefghijklmnop\u{1}\"]")?.range?.start.column == 19)
    #expect(onlyError("[\"abcdefghijklmnopqrstuvwxyz")?.message.contains("unterminated") == true)
  }

  @Test("warnings are capped so hostile input cannot flood memory")
  func warningCap() {
    let text = "[\"" + String(repeating: "\\uD800", count: 5_000) + "\"]"
    let result = scanJSON(text)
    guard case .string(let decoded)? = result.tree?.value.arrayItems?.first?.value else {
      Issue.record("not an array of one string")
      return
    }
    #expect(decoded == String(repeating: "\u{FFFD}", count: 5_000))
    #expect(result.diagnostics.count == JSONParser.maxWarnings + 1)
    #expect(result.diagnostics.last?.id == "json.too-many-warnings")
    #expect(result.diagnostics.last?.message.hasPrefix("4900 more warnings") == true)
  }
}

extension TreeNode.Value {
  /// The items of an array value, `nil` otherwise.
  var arrayItems: [TreeNode]? {
    if case .array(let items) = self { return items }
    return nil
  }
}
