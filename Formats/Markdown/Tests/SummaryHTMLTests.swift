import RichText
import Testing

@testable import MarkdownFormat

/// The `<summary>` content: written by RichText's HTMLRenderer, read back by matching tags.
@Suite struct SummaryHTMLTests {
  @Test func writesHTMLThatReadsAsLiteralCommonMark() {
    let inlines: [Inline] = [
      .text(" a*b_[c]! "), .emphasis([.text("e")]), .hardBreak, .code("x`y"),
      .link(Link(destination: "https://e.org/a b", title: "t", content: [.strong([.text("s")])])),
      .image(Link(destination: "i.png", content: [.text("alt")])),
      .autolink(Autolink(target: "a@b.c", isEmail: true)), .text(" "),
    ]
    let html = SummaryHTML.render(inlines)
    #expect(
      html == "&#32;a&#42;b&#95;&#91;c&#93;&#33; <em>e</em><br><code>x&#96;y</code>"
        + "<a href=\"https://e.org/a b\" title=\"t\"><strong>s</strong></a>"
        + "<img src=\"i.png\" alt=\"alt\"><a href=\"mailto:a@b.c\">a@b.c</a>&#32;")
    #expect(SummaryHTML.parse(html) == inlines)
  }

  @Test func matchesTagsAtTheirOwnLevel() {
    // `</em>` inside the unclosed `<b>` still closes `<em>`; the `<b>` stays raw.
    #expect(
      SummaryHTML.parse("<em>a<b>c</em>d")
        == [.emphasis([.text("a"), .html("<b>"), .text("c")]), .text("d")])
    // A closing tag of another element inside is raw; the pair around it still matches.
    #expect(
      SummaryHTML.parse("<em>a<b>c</em>d</b>e</em>")
        == [.emphasis([.text("a"), .strong([.text("c"), .html("</em>"), .text("d")]), .text("e")])])
    #expect(SummaryHTML.parse("x</i>y") == [.text("x"), .html("</i>"), .text("y")])
  }

  @Test func manyUnclosedTagsStayRaw() {
    // Each unclosed tag was once decided by reading on to the end again after every other one,
    // which took time exponential in their number.
    let count = 5_000
    let parsed = SummaryHTML.parse(String(repeating: "<em>x", count: count))
    #expect(parsed.count == 2 * count)
    #expect(parsed.first == .html("<em>"))
    #expect(parsed.last == .text("x"))
  }
}
