import BriefingCore
import Testing

@testable import BriefingFormats

/// One malformed document, the error it must give, where, and a fragment of the advice.
struct ErrorCase: CustomTestStringConvertible, Sendable {
  var text: String
  var id: String
  /// `line:column@offset` of the error.
  var at: String
  var says: String

  var testDescription: String { text.debugDescription }
}

@Suite("JSONScanner error messages")
struct JSONScannerErrorTests {
  static let cases: [ErrorCase] = [
    ErrorCase(
      text: "{\"a\": 1,}", id: "json.syntax", at: "1:9@8",
      says: "a trailing comma is not allowed in JSON, so remove the ','"),
    ErrorCase(
      text: "[1,\n 2,\n]", id: "json.syntax", at: "3:1@8",
      says: "a trailing comma is not allowed in JSON"),
    ErrorCase(
      text: "{\"a\": 1 \"b\": 2}", id: "json.syntax", at: "1:9@8",
      says: "expected ',' or '}' after the object member, found '\"'; add a ','"),
    ErrorCase(
      text: "[1 2]", id: "json.syntax", at: "1:4@3",
      says: "expected ',' or ']' after the array element, found '2'"),
    ErrorCase(
      text: "{\"title\": \"Ünïcødé\n\"}", id: "json.syntax", at: "1:19@22",
      says: "line break inside a string; write it as '\\n'"),
    ErrorCase(
      text: "[\"abc", id: "json.syntax", at: "1:2@1",
      says: "unterminated string; add the closing '\"'"),
    ErrorCase(
      text: "{\"a\": [1, 2", id: "json.syntax", at: "1:12@11",
      says: "unexpected end of input; the document is incomplete: close the array opened at 1:7"),
    ErrorCase(
      text: "{\"a\": ", id: "json.syntax", at: "1:7@6",
      says: "close the object opened at 1:1 with '}'"),
    ErrorCase(
      text: "{a: 1}", id: "json.syntax", at: "1:2@1",
      says: "object keys need double quotes; write '\"a\"' instead of 'a'"),
    ErrorCase(
      text: "{'a': 1}", id: "json.syntax", at: "1:2@1", says: "not single quotes"),
    ErrorCase(
      text: "{\"a\" 1}", id: "json.syntax", at: "1:6@5", says: "expected ':' after the object key"),
    ErrorCase(
      text: "[01]", id: "json.syntax", at: "1:2@1",
      says: "invalid number '01'; leading zeros are not allowed"),
    ErrorCase(
      text: "[1.]", id: "json.syntax", at: "1:2@1", says: "a '.' must be followed by digits"),
    ErrorCase(
      text: "[-]", id: "json.syntax", at: "1:2@1", says: "a '-' must be followed by digits"),
    ErrorCase(
      text: "[2e+]", id: "json.syntax", at: "1:2@1", says: "an exponent must have digits"),
    ErrorCase(
      text: "[0x1F]", id: "json.syntax", at: "1:2@1", says: "invalid number '0x1F'"),
    ErrorCase(
      text: "[NaN]", id: "json.syntax", at: "1:2@1", says: "'NaN' is not allowed in JSON"),
    ErrorCase(
      text: "[True]", id: "json.syntax", at: "1:2@1", says: "write 'true'"),
    ErrorCase(
      text: "[tru]", id: "json.syntax", at: "1:2@1", says: "unexpected word 'tru'"),
    ErrorCase(
      text: "[\"a\\qb\"]", id: "json.syntax", at: "1:4@3", says: "invalid escape '\\q'"),
    ErrorCase(
      text: "[\"\\u12G4\"]", id: "json.syntax", at: "1:3@2",
      says: "'\\u' must be followed by four hex digits"),
    ErrorCase(
      text: "{} {}", id: "json.syntax", at: "1:4@3", says: "a document holds exactly one value"),
    ErrorCase(
      text: "{\"a\": 1} // note", id: "json.syntax", at: "1:10@9",
      says: "comments are not allowed in JSON"),
    ErrorCase(
      text: "[\t\u{1}]", id: "json.syntax", at: "1:3@2",
      says: "expected a value, found control character U+0001"),
    ErrorCase(
      text: "[\"a\u{7}\"]", id: "json.syntax", at: "1:4@3",
      says: "control character U+0007 inside a string; write it as '\\u0007'"),
    ErrorCase(
      text: "[1,\r2 x]", id: "json.syntax", at: "2:3@6",
      says: "expected ',' or ']' after the array element, found 'x'"),
  ]

  @Test("each malformed document gives one error with its position and advice", arguments: cases)
  func malformed(_ example: ErrorCase) {
    guard let error = onlyError(example.text) else { return }
    #expect(error.id == example.id)
    #expect(spot(error.range?.start) == example.at)
    #expect(error.message.contains(example.says), "\(error.message)")
    #expect(error.file == nil)
    // Voice: lowercase start, no final period.
    #expect(error.message.first?.isUppercase == false)
    #expect(error.message.last != ".")
  }

  @Test("invalid UTF-8 is a json.encoding error at the bad byte")
  func invalidUTF8() {
    // "é" in Latin-1 inside a string, on line 2 after a multi-byte character.
    let bytes: [UInt8] = Array("[\n\"ü".utf8) + [0xE9] + Array("\"]".utf8)
    let result = JSONScanner().scan(bytes)
    #expect(result.tree == nil)
    #expect(result.diagnostics.map(\.id) == ["json.encoding"])
    #expect(spot(result.diagnostics.first?.range?.start) == "2:3@5")
    #expect(result.diagnostics.first?.message.contains("0xE9") == true)
    // Outside a string too, and for overlong forms and encoded surrogates.
    for bad: [UInt8] in [
      [0x5B, 0xFF, 0x5D], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
    ] {
      #expect(JSONScanner().scan(bad).diagnostics.map(\.id) == ["json.encoding"], "\(bad)")
    }
  }

  @Test("UTF-16 text is recognized and refused with advice")
  func utf16() {
    let le: [UInt8] =
      [0xFF, 0xFE] + Array("[1]".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = Array("[1]".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
      let result = JSONScanner().scan(bytes)
      #expect(result.tree == nil)
      #expect(result.diagnostics.first?.id == "json.encoding")
      #expect(result.diagnostics.first?.message.contains(name) == true)
    }
  }

  @Test(
    "a syntax error names the path of the value being read",
    arguments: [
      ("{\"a\": [1, {\"b\": tru}]}", "/a/1/b"), ("{\"a\": {\"b\": 1,}}", "/a"),
      ("[[0], [1, 2,]]", "/1/2"), ("[1,]", "/1"), ("{\"a\" 1}", nil), ("tru", nil),
    ])
  func errorPath(text: String, path: String?) {
    guard let error = onlyError(text) else { return }
    #expect(error.path?.description == path, "\(text)")
  }
}
