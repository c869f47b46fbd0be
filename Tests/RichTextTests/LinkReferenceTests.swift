import Testing

@testable import RichText

@Suite("Link reference definitions and label normalization")
struct LinkReferenceTests {
  @Test func normalizationFoldsCaseAndCollapsesWhitespace() {
    func normalize(_ text: String) -> String { normalizeLinkLabel(ArraySlice(text.utf8)) }
    #expect(normalize("  Foo \n\t BAR ") == "foo bar")
    #expect(normalize("ẞ") == normalize("SS"))
    #expect(normalize("ΑΓΩ") == normalize("αγω"))
  }

  @Test func parsesSeveralDefinitionsAndStopsAtText() {
    let content = Array("[foo]: /url \"title\"\n[Bar]:\n<b c>\n'the\ntitle'\nrest".utf8)
    let (definitions, consumed) = parseLinkReferenceDefinitions(content)
    #expect(
      definitions == [
        LinkReferenceDefinition(label: "foo", destination: "/url", title: "title"),
        LinkReferenceDefinition(label: "bar", destination: "b c", title: "the\ntitle"),
      ])
    #expect(String(decoding: content[consumed...], as: UTF8.self) == "rest")
  }

  @Test func titleMustEndTheLine() {
    let junk = Array("[foo]: /url \"title\" ok".utf8)
    #expect(parseLinkReferenceDefinitions(junk).definitions.isEmpty)
    #expect(parseLinkReferenceDefinitions(junk).consumed == 0)
    // A title on the next line followed by text: the definition ends after the destination.
    let nextLine = Array("[foo]: /url\n\"title\" ok".utf8)
    let (definitions, consumed) = parseLinkReferenceDefinitions(nextLine)
    #expect(definitions == [LinkReferenceDefinition(label: "foo", destination: "/url", title: "")])
    #expect(consumed == 12)
  }

  @Test func rejectsInvalidDefinitions() {
    let invalid = [
      "[]: /u", "[ ]: /u", "[foo]:", "[foo] /u", "[a]: <b", "[a]: /u 'x", "[a [b]]: /u",
    ]
    for text in invalid {
      #expect(parseLinkReferenceDefinitions(Array(text.utf8)).consumed == 0, "\(text)")
    }
    let long = "[" + String(repeating: "a", count: 1000) + "]: /u"
    #expect(parseLinkReferenceDefinitions(Array(long.utf8)).consumed == 0)
    let maximal = "[" + String(repeating: "a", count: 999) + "]: /u"
    #expect(parseLinkReferenceDefinitions(Array(maximal.utf8)).definitions.count == 1)
  }

  @Test func emptyDestinationAndEscapes() {
    let (definitions, _) = parseLinkReferenceDefinitions(Array("[a]: <>\n[b]: /\\*&ouml;".utf8))
    #expect(definitions.map(\.destination) == ["", "/*ö"])
  }

  @Test func unescapingForInfoStrings() {
    let text = #"f\*&ouml;\q&#x41;&bogus;"#
    #expect(unescapeCommonMarkString(ArraySlice(text.utf8)) == #"f*ö\qA&bogus;"#)
  }
}
