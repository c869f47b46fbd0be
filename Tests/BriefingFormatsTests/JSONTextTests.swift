import BriefingCore
import OrderedCollections
import Testing

@testable import BriefingFormats

@Suite("JSONText")
struct JSONTextTests {
  static let hostileStrings: [String] = [
    "<&>\"'", "back\\slash and /slash", "\u{0}", "\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F}",
    "non\u{A0}breaking", "line\u{2028}separator\u{2029}paragraph", "emoji 😀👩‍👩‍👧 🇳🇿",
    "curly “quotes” and the non‑breaking hyphen – en dash", "", "\\u0041 is not an escape",
    "\u{FFFD}\u{FEFF}\u{10FFFF}",
  ]

  static let sample: JSONValue = .object([
    "title": .string("APEC “SOM1”"),
    "count": .integer(-42),
    "ratio": .number(0.1),
    "big": .number(1e300),
    "tiny": .number(.leastNonzeroMagnitude),
    "whole": .number(3),
    "flags": .array([.bool(true), .bool(false), .null]),
    "empty": .object([:]),
    "none": .array([]),
    "nested": .object(["items": .array([.object(["k": .string("v")]), .array([.integer(1)])])]),
    "hostile": .array(hostileStrings.map { .string($0) }),
  ])

  static var sampleKeys: [String] {
    guard case .object(let members) = sample else { return [] }
    return Array(members.keys)
  }

  /// The JSON format's text: pretty, or compact.
  func serialize(_ value: JSONValue, compact: Bool) -> String {
    JSONText.write(value, style: compact ? .compact : .pretty)
  }

  /// Scans serialized text back into a value, recording any diagnostics.
  func readBack(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> JSONValue?
  {
    let result = JSONScanner().scan(Array(text.utf8))
    #expect(
      result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))",
      sourceLocation: sourceLocation)
    return result.tree?.jsonValue
  }

  @Test("pretty layout: two-space indent, key order kept, empty containers inline, final newline")
  func prettyLayout() {
    let value: JSONValue = .object([
      "b": .integer(1), "a": .array([.string("x"), .object([:])]), "c": .array([]),
    ])
    let expected = """
      {
        "b": 1,
        "a": [
          "x",
          {}
        ],
        "c": []
      }

      """
    #expect(serialize(value, compact: false) == expected)
    #expect(serialize(value, compact: true) == #"{"b":1,"a":["x",{}],"c":[]}"#)
    #expect(serialize(.string("s"), compact: false) == "\"s\"\n")
  }

  @Test("strings escape only quotes, backslashes, control characters and U+2028/9")
  func escaping() {
    #expect(JSONText.quoted("<&>\"'") == #""<&>\"'""#)
    #expect(JSONText.quoted("a\\b") == #""a\\b""#)
    #expect(JSONText.quoted("\u{0}\u{1F}\n\t\r\u{8}\u{C}") == #""\u0000\u001f\n\t\r\b\f""#)
    #expect(JSONText.quoted("\u{2028}\u{2029}") == #""\u2028\u2029""#)
    #expect(JSONText.quoted("é – 😀\u{A0}/") == "\"é – 😀\u{A0}/\"")
  }

  @Test("numbers: integers as is, doubles shortest, non-finite as null")
  func numbers() {
    let cases: [(Double, String)] = [
      (0.1, "0.1"), (3, "3.0"), (-0.0, "-0.0"), (1e300, "1e+300"),
      (.leastNonzeroMagnitude, "5e-324"),
      (123456.789, "123456.789"), (.infinity, "null"), (-.infinity, "null"), (.nan, "null"),
    ]
    for (number, text) in cases {
      #expect(serialize(.number(number), compact: true) == text)
    }
    #expect(serialize(.integer(Int.min), compact: true) == "-9223372036854775808")
    // Every finite double reads back bit-for-bit, and stays a number, not an integer.
    for number in [0.1, 1.0 / 3, 2.5e-8, Double.greatestFiniteMagnitude, 1e22, 3] {
      let text = serialize(.number(number), compact: true)
      #expect(readBack(text) == .number(number), "\(text)")
    }
  }

  @Test("hostile strings survive a round trip", arguments: hostileStrings)
  func hostileRoundTrip(_ text: String) {
    for compact in [false, true] {
      let json = serialize(.string(text), compact: compact)
      #expect(readBack(json) == .string(text))
      // The text itself never carries raw control characters or JS-breaking separators.
      #expect(!json.unicodeScalars.dropLast(compact ? 0 : 1).contains { $0.value < 0x20 })
      #expect(!json.contains("\u{2028}") && !json.contains("\u{2029}"))
    }
  }

  @Test("a whole value round-trips in both layouts and the output is stable")
  func valueRoundTrip() {
    for compact in [false, true] {
      let first = serialize(Self.sample, compact: compact)
      #expect(readBack(first) == Self.sample)
      guard let again = readBack(first) else { return }
      #expect(serialize(again, compact: compact) == first)
    }
    let pretty = serialize(Self.sample, compact: false)
    #expect(pretty.hasSuffix("}\n"))
    #expect(pretty.contains("\n  \"title\": \"APEC “SOM1”\",\n"))
  }

  @Test("compact output has no whitespace outside strings")
  func compactHasNoWhitespace() {
    let value: JSONValue = .object(["a b": .array([.integer(1), .object(["c": .null])])])
    let text = serialize(value, compact: true)
    #expect(text == #"{"a b":[1,{"c":null}]}"#)
  }

  @Test("every style's text reads back as the value", arguments: [
    JSONStyle.pretty, .compact, .readable, .htmlScript, .markdownMarker,
  ])
  func everyStyleRoundTrips(_ style: JSONStyle) {
    #expect(readBack(JSONText.write(Self.sample, style: style)) == Self.sample)
  }

  @Test("the HTML script style cannot close a script element, start an entity or break JS")
  func htmlScriptEscaping() {
    let text = JSONText.write(
      .object(["k</script>": .string("</script>&<!--\u{2028}\u{7F}\u{8}é")]), style: .htmlScript)
    #expect(
      text == #"{"k\u003c/script\u003e":"\u003c/script\u003e\u0026\u003c!--\u2028\u007f\u0008é"}"#)
  }

  @Test("the Markdown marker style is one spaced line that cannot end a comment")
  func markdownMarkerEscaping() {
    let value: JSONValue = .object([
      "a": .array([.integer(1), .string("-->\u{85}\u{FEFF}\u{7F}")]), "b": .number(.nan),
      "c": .number(-.infinity), "d": .object([:]),
    ])
    #expect(
      JSONText.write(value, style: .markdownMarker)
        == #"{"a": [1, "--\u003E\u0085\uFEFF\u007F"], "b": .nan, "c": -.inf, "d": {}}"#)
  }

  @Test("the readable style keeps short lists of scalars on one line")
  func readableInlinesShortScalarLists() {
    let value: JSONValue = .object([
      "enum": .array([.string("a"), .string("b")]), "nested": .array([.object([:])]),
      "long": .array((1...9).map { .integer($0) }),
    ])
    let text = JSONText.write(value, style: .readable)
    #expect(text.contains(#""enum": ["a", "b"],"#))
    #expect(text.contains("\"nested\": [\n    {}\n  ]"))
    #expect(text.contains("\"long\": [\n    1,\n"))
  }

  @Test("the report style sorts keys, spaces the colon and escapes only what JSON requires")
  func reportLayout() {
    let value: JSONValue = .object([
      "b": .array([]), "Z": .string("/\u{2028}\u{7F}\u{1}\u{8}"),
      "a": .object(["y": .null, "x": .bool(true)]),
    ])
    let expected = """
      {
        "Z" : "/\u{2028}\u{7F}\\u0001\\b",
        "a" : {
          "x" : true,
          "y" : null
        },
        "b" : []
      }

      """
    #expect(JSONText.write(value, style: .report) == expected)
    // The sample reads back with its members in key order and writes the same text again.
    let text = JSONText.write(Self.sample, style: .report)
    guard case .object(let members)? = readBack(text) else {
      Issue.record("the report text does not read back as an object")
      return
    }
    #expect(Array(members.keys) == Self.sampleKeys.sorted())
    #expect(JSONText.write(.object(members), style: .report) == text)
  }
}
