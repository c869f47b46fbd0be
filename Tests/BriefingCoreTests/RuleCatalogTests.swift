import RichText
import Testing

@testable import BriefingCore

@Suite struct RuleCatalogTests {
  @Test func coreIdsAreUniqueWellFormedAndDescribed() throws {
    let catalog = try RuleCatalog(RuleCatalog.coreRules)
    #expect(catalog.all.count == RuleCatalog.coreRules.count)
    #expect(catalog.ids == catalog.ids.sorted())
    for info in catalog.all {
      #expect(info.id.split(separator: ".").count == 2, "\(info.id)")
      #expect(!info.summary.isEmpty && !info.summary.hasSuffix("."), "\(info.id)")
      #expect(!info.explanation.isEmpty, "\(info.id)")
      #expect(catalog.info(for: info.id) == info)
    }
    #expect(catalog.info(for: "rule.nope") == nil)
    #expect(catalog.hint(for: "rule.unsafe-urls") == "; did you mean 'rule.unsafe-url'?")
  }

  @Test func aCatalogAcceptsARepeatedDeclarationButNotAContradictingOne() throws {
    let info = RuleInfo.entry("demo.thing", .warning, "format", "a thing", advice: "Fix it.")
    #expect(info.explanation == "A thing. Fix it.")
    let catalog = try RuleCatalog([info, info])
    #expect(catalog.ids == ["demo.thing"])
    var other = info
    other.defaultSeverity = .error
    #expect(throws: RuleConflict(first: info, second: other)) { try catalog.adding([other]) }
  }

  @Test func contentRulesAreCatalogedWithExamples() throws {
    let catalog = try RuleCatalog(RuleCatalog.coreRules)
    for rule in ContentRule.all {
      let info = catalog.info(for: rule.id)
      #expect(info?.category == "content")
      #expect(info?.defaultSeverity == rule.defaultSeverity)
      #expect(
        rule.explanation.contains("Fails:") && rule.explanation.contains("Passes:"), "\(rule.id)")
      #expect(rule.id.hasPrefix("rule."))
    }
    #expect(Set(ContentRule.all.map(\.id)).count == ContentRule.all.count)
  }

  @Test func rulesReportOnlyTheirOwnIdWithTheirDefaultSeverity() {
    let broken = Briefing(
      title: InlineText(plain: "T"), id: "X Y", published: "2026-02-02", updated: "2026-02-01",
      language: "en_US",
      sections: [
        .takeaways(TakeawaysSection(items: [])),
        .questions(
          QuestionsSection(items: [
            Question(
              question: InlineText(plain: "Q?"), answer: BlockText(commonMark: "q"), id: "a"),
            Question(question: InlineText(plain: "q"), answer: BlockText([]), id: "a"),
          ])),
      ])
    for rule in ContentRule.all {
      for diagnostic in rule.check(broken) {
        #expect(diagnostic.id == rule.id)
        #expect(diagnostic.severity == rule.defaultSeverity)
        #expect(diagnostic.path != nil)
      }
    }
    let fired = Set(ContentRule.all.filter { !$0.check(broken).isEmpty }.map(\.id))
    #expect(
      fired == [
        "rule.id-not-slug", "rule.updated-before-published", "rule.language-tag",
        "rule.empty-takeaways", "rule.duplicate-question-id", "rule.identical-questions",
        "rule.unanswered-question", "rule.answer-repeats-question",
      ])
  }
}

@Suite struct RuleHelperTests {
  @Test func rfc3339AcceptsDatesAndDateTimesOnly() {
    for good in [
      "2026-02-01", "2024-02-29", "2026-02-01T09:30:00Z", "2026-02-01t09:30:00z",
      "2026-02-01T09:30:00.123456+08:00", "2026-06-30T23:59:60Z", "2026-02-01T09:30:00-00:30",
    ] {
      #expect(RFC3339.parse(good) != nil, "\(good)")
    }
    for bad in [
      "", "2026-2-01", "2026-02-30", "2025-02-29", "2026-13-01", "02/01/2026", "2026-02-01 09:30",
      "2026-02-01T09:30:00", "2026-02-01T24:00:00Z", "2026-02-01T09:30Z", "2026-02-01T09:30:00.Z",
      "2026-02-01T09:30:00+0800", "2026-02-01T09:30:00+08:00x", "２０２６-02-01",
    ] {
      #expect(RFC3339.parse(bad) == nil, "\(bad)")
    }
  }

  @Test func rfc3339ComparesInstantsAcrossOffsetsAndDaysOtherwise() throws {
    let utc = try #require(RFC3339.parse("2026-02-01T10:00:00Z"))
    let earlier = try #require(RFC3339.parse("2026-02-01T17:59:00+08:00"))
    #expect(earlier.isBefore(utc))
    #expect(!utc.isBefore(earlier))
    let day = try #require(RFC3339.parse("2026-02-01"))
    #expect(!day.isBefore(utc) && !utc.isBefore(day))
    #expect(try #require(RFC3339.parse("2026-01-31")).isBefore(day))
    #expect(try #require(RFC3339.parse("1969-12-31")).day == -1)
  }

  @Test func languageTagShapes() {
    for good in [
      "en", "en-US", "zh-Hans", "zh-Hans-CN", "sr-Latn-RS", "es-419", "de-CH-1996",
      "en-US-x-twain", "x-private", "zh-yue-HK", "en-a-bbb-x-a",
    ] {
      #expect(LanguageTag.isWellFormed(good), "\(good)")
    }
    for bad in [
      "", "en_US", "English", "e", "en-", "-en", "en--US", "en-US-", "x", "en-a",
      "toolongsubtag-en", "zh-Hans-Hant-CN-",
    ] {
      #expect(!LanguageTag.isWellFormed(bad), "\(bad)")
    }
  }

  @Test func slugs() {
    #expect(Slug.isSlug("apec-2026-som1"))
    for bad in ["", "-a", "a-", "a--b", "A", "a b", "a_b", "é"] {
      #expect(!Slug.isSlug(bad), "\(bad)")
    }
    #expect(Slug.make(from: "APEC 2026_SOM1!") == "apec-2026-som1")
    #expect(Slug.make(from: "¿?") == "")
  }

  @Test func urlClassification() {
    func kind(_ url: String) -> String {
      switch URLCheck.classify(url) {
      case nil: "ok"
      case .unsafe(.scheme(let scheme))?: "unsafe:\(scheme)"
      case .unsafe(.unreadableScheme)?: "unsafe"
      case .malformed?: "malformed"
      }
    }
    #expect(kind("https://apec.org/a%20b?x=1#y") == "ok")
    #expect(kind("/relative/path") == "ok")
    #expect(kind("mailto:a@b.org") == "ok")
    #expect(kind("javascript:alert(1)") == "unsafe:javascript")
    #expect(kind(" JavaScript:alert(1)") == "unsafe:javascript")
    #expect(kind("java\tscript:x") == "unsafe:javascript")
    #expect(kind("vbscript:x") == "unsafe:vbscript")
    #expect(kind("data:text/html,<script>") == "unsafe:data")
    #expect(kind("data:image/png;base64,AA==") == "unsafe:data")
    #expect(kind("file:///etc/passwd") == "unsafe:file")
    #expect(kind("tel:+6561234567") == "ok")
    #expect(kind("é:x") == "unsafe")
    #expect(kind("") == "malformed")
    #expect(kind("https://e.org/a b") == "malformed")
    #expect(kind("https://e.org/100%") == "malformed")
    #expect(kind("https://e.org/%zz") == "malformed")
    #expect(kind("https://e.org/%4") == "malformed")
    #expect(URLCheck.unsafeScheme(inHTML: "<a HREF = \"JavaScript:x\">") == "javascript")
    #expect(URLCheck.unsafeScheme(inHTML: "<a href=\"https://x\">javascript: is a word</a>") == nil)
  }

  @Test func deepReplyChainsDoNotOverflow() {
    var comment = Comment(author: "a", posted: "bad", body: BlockText([]))
    for _ in 0..<2_000 { comment = Comment(author: "a", body: BlockText([]), replies: [comment]) }
    let briefing = Briefing(
      title: InlineText(plain: "T"), sections: [.comments(CommentsSection(items: [comment]))])
    let found = ContentRule.dateFormat.check(briefing)
    #expect(found.count == 1)
    #expect(found.first?.path?.components.count == 2_000 * 2 + 5)
  }
}
