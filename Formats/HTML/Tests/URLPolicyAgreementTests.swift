import BriefingCore
import RichText
import Testing

@testable import HTMLFormat

/// `rule.unsafe-url` and the HTML writer decide about URLs through one policy: every URL the
/// rule passes is written as it is, and every URL the writer replaces with `#` is reported.
@Suite struct URLPolicyAgreementTests {
  static let urls: [String] = [
    // Allowed schemes, relative and fragment-only references.
    "https://apec.org/a?b=c:d", "http://example.org", "HTTPS://APEC.ORG", "mailto:a@b.c",
    "tel:+6561234567", "ftp://files.example.org/x", "urn:isbn:0451450523", "#top", "#a:b",
    "page.html", "/relative/path:x", "./a:b", "a/b:c", "?q=javascript:", "//cdn.example.org/x",
    "", "%20", "https://e.org/100%",
    // Code-running schemes, however they are spelled.
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:x", "java\nscript:x",
    " \tjavascript:x", "\u{1}javascript:x", "\u{85}javascript:x", "%6aavascript:x",
    "%6Aavascript:x", "%256aavascript:x", "javascript%3Ax", "&#106;avascript:x",
    "&#x6A;avascript&colon;x", "jav&#x09;ascript:x", "jav&tab;ascript:x", "javascript&#58x",
    "javascript\u{FF1A}x", "vbscript:msgbox", "VBScript:msgbox",
    "data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,AA==", "DATA:image/svg+xml,x",
    // Other schemes the policy does not allow, and scheme-like text that is no relative path.
    "file:///etc/passwd", "chrome://settings", "foo:bar", ":no-scheme", "é:x", "a b:c",
  ]

  /// Whether the rule reports the URL, and whether the writer wrote it as it is.
  private func verdicts(link url: String) throws -> (ruleFails: Bool, writerKeeps: Bool) {
    let link = Link(destination: url, content: [.text("x")])
    let briefing = Briefing(
      title: InlineText(plain: "T"), summary: BlockText([.paragraph([.link(link)])]))
    let ruleFails = !ContentRule.unsafeURL.check(briefing).isEmpty
    let result = try HTMLSupport.write(briefing)
    let page = String(decoding: result.bytes, as: UTF8.self)
    let written = HTMLRenderer().renderInline([.link(link)])
    let writerRefused = result.diagnostics.contains { $0.id == "html.unsafe-url" }
    #expect(page.contains(written) != writerRefused, "\(url.debugDescription)")
    return (ruleFails, !writerRefused)
  }

  @Test(arguments: urls)
  func ruleFailsExactlyWhenTheWriterReplacesALink(url: String) throws {
    let (ruleFails, writerKeeps) = try verdicts(link: url)
    #expect(ruleFails != writerKeeps, "\(url.debugDescription)")
  }

  @Test(arguments: urls)
  func ruleFailsExactlyWhenTheWriterReplacesAnImageOrSource(url: String) throws {
    let image = Link(destination: url, content: [.text("alt")])
    let briefing = Briefing(
      title: InlineText(plain: "T"), summary: BlockText([.paragraph([.image(image)])]),
      source: BriefingSource(url: url))
    let paths = ContentRule.unsafeURL.check(briefing).compactMap(\.path?.description)
    let result = try HTMLSupport.write(briefing)
    let refused = result.diagnostics.filter { $0.id == "html.unsafe-url" }
    #expect(paths.count == refused.count, "\(url.debugDescription)")
    // The rule points at the image inside the summary (`/summary/0/0`); the writer at the value.
    #expect(
      paths.contains { $0.hasPrefix("/summary/") }
        == refused.contains { $0.path?.description == "/summary" })
  }

  @Test(arguments: urls)
  func ruleFailsExactlyWhenTheWriterUnlinksAnAutolink(url: String) throws {
    let autolink = Autolink(target: url, isEmail: false)
    let briefing = Briefing(
      title: InlineText(plain: "T"), summary: BlockText([.paragraph([.autolink(autolink)])]))
    let ruleFails = !ContentRule.unsafeURL.check(briefing).isEmpty
    let writerRefused = try HTMLSupport.write(briefing).diagnostics.contains {
      $0.id == "html.unsafe-url"
    }
    #expect(ruleFails == writerRefused, "\(url.debugDescription)")
  }

  @Test func refusedURLsGetAMessageWithAFix() {
    let messages = ["javascript:x", "file:///etc/passwd", "é:x"].map { url in
      let link = Link(destination: url, content: [.text("x")])
      let briefing = Briefing(
        title: InlineText(plain: "T"), summary: BlockText([.paragraph([.link(link)])]))
      return ContentRule.unsafeURL.check(briefing).first?.message ?? ""
    }
    #expect(messages[0].contains("'javascript:' scheme, which can run code"))
    #expect(messages[1].contains("'file:' scheme, which the HTML output does not link"))
    #expect(messages[2].contains("starts with 'é:'"))
    #expect(messages.allSatisfy { $0.contains("link to an http or https address instead") })
  }
}
