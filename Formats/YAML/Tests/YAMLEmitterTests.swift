import BriefingCore
import BriefingFormats
import BriefingYAML
import OrderedCollections
import Testing

/// The emitter's output, read back by the composer, gives the same value.
@Suite struct YAMLEmitterTests {
  static let hostile: [String] = [
    "<&>\"'", "*_#[]", "a\u{A0}b", "\u{A0}lead", "line\r\nbreak", "yes", "No", "on", "0x1", "0o17",
    "", " lead", "trail ", ":", "- x", "#x", "a #b", "a: b", "a:", "tab\there", "emoji 🎉👩‍👩‍👧",
    "1.5", "1e5", ".inf", "-.NaN", "null", "~", "true", "2026-02-01", "12:30", "1_000", "+1",
    "!tag", "&anchor", "*alias", "%directive", "@at", "`tick", "{a}", "[a]", "|", ">", "?", "?x",
    "...", "---", "a\nb", "a\nb\n", "a\nb\n\n", "\n", "\nlead", " a\nb", "a \nb", "a\n\nb",
    "a\n  indented\nb", "bell\u{7}", "nel\u{85}x", "ls\u{2028}x", "bom\u{FEFF}", "\u{FFFE}",
    "back\\slash", "quote\"in", "apostrophe's", "Asia‑Pacific Feb. 1–10 “quotes”", "2026 plans",
    "21‑member", "-", "- ", "0", "-0", "1:2:3", "=", "<<", "\u{0}nul", "a\tb\nc",
  ]

  private func roundTrip(_ value: JSONValue) -> JSONValue? {
    let text = YAMLEmitter().emit(value)
    let result = YAMLComposer().compose(Array(text.utf8))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted)) for:\n\(text)")
    return result.tree?.jsonValue
  }

  @Test(arguments: hostile)
  func hostileStringsSurviveAsValuesKeysAndItems(_ text: String) {
    let value = JSONValue.object([
      "value": .string(text),
      text.isEmpty ? "empty" : text: .integer(1),
      "list": .array([.string(text), .object(["nested": .string(text)])]),
    ])
    #expect(roundTrip(value) == value)
  }

  @Test func scalarsOfEveryKindRoundTrip() {
    let value = JSONValue.object([
      "null": .null, "true": .bool(true), "false": .bool(false), "int": .integer(-42),
      "max": .integer(Int.max), "double": .number(1.5), "whole": .number(5), "tiny": .number(1e-7),
      "huge": .number(1e300), "inf": .number(-.infinity), "empty list": .array([]),
      "empty map": .object([:]),
      "nested": .array([.array([.integer(1), .array([])]), .object([:])]),
    ])
    #expect(roundTrip(value) == value)
  }

  @Test func longKeysUseExplicitSyntax() {
    let key = String(repeating: "k", count: 1500)
    let value = JSONValue.object([key: .string("v"), "after": .integer(2)])
    let text = YAMLEmitter().emit(value)
    #expect(text.hasPrefix("? "))
    #expect(roundTrip(value) == value)
  }

  @Test func multiLineStringsUseTheRightLiteralBlock() {
    let value = JSONValue.object([
      "keep": .string("a\nb\n\n"), "clip": .string("a\nb\n"), "strip": .string("a\nb"),
    ])
    let text = YAMLEmitter().emit(value)
    #expect(text == "keep: |+\n  a\n  b\n\nclip: |\n  a\n  b\nstrip: |-\n  a\n  b\n")
    #expect(roundTrip(value) == value)
  }

  @Test func quotingIsMinimal() {
    let value = JSONValue.object([
      "plain": .string("Operational Updates"), "colon": .string("a: b"), "yes": .string("yes"),
      "year": .string("2026"), "unicode": .string("U.S. Sends Delegation’s “team”"),
    ])
    let text = YAMLEmitter().emit(value)
    #expect(
      text == """
        plain: Operational Updates
        colon: "a: b"
        "yes": "yes"
        year: "2026"
        unicode: U.S. Sends Delegation’s “team”

        """)
  }

  @Test func blockStyleWithTwoSpaceIndentation() {
    let value = JSONValue.object([
      "items": .array([
        .object(["a": .integer(1), "b": .array([.string("x")])]), .array([.string("z")]),
      ])
    ])
    #expect(YAMLEmitter().emit(value) == "items:\n  - a: 1\n    b:\n      - x\n  - - z\n")
    #expect(roundTrip(value) == value)
  }
}
