extension ContentRule {
  /// The rules about top-level metadata: dates, ids, language.
  static let metadataRules: [ContentRule] = [
    dateFormat, updatedBeforePublished, idNotSlug, languageTag,
  ]

  /// `rule.date-format`: dates are RFC 3339.
  public static let dateFormat = ContentRule(
    id: "rule.date-format", defaultSeverity: .error,
    summary: "a date is not an RFC 3339 date or date-time",
    explanation: """
      `published`, `updated` and a comment's `posted` are RFC 3339 dates (`2026-02-01`) or
      date-times with a time zone (`2026-02-01T09:30:00Z`, `2026-02-01T17:30:00+08:00`), so every
      tool reads the same instant. Write the year first, pad with zeros, and give the offset.

      Fails:   published: 02/01/2026
               updated: 2026-02-01 09:30
      Passes:  published: 2026-02-01
               updated: 2026-02-01T09:30:00Z
      """
  ) { briefing in
    dated(briefing).compactMap { text, path in
      guard RFC3339.parse(text) == nil else { return nil }
      return Diagnostic(
        .error, "rule.date-format",
        "'\(text)' is not an RFC 3339 date or date-time; write it as '2026-02-01' or "
          + "'2026-02-01T09:30:00Z'",
        path: path)
    }
  }

  /// `rule.updated-before-published`: `updated` is not earlier than `published`.
  public static let updatedBeforePublished = ContentRule(
    id: "rule.updated-before-published", defaultSeverity: .warning,
    summary: "`updated` is earlier than `published`",
    explanation: """
      A briefing cannot be updated before it was published; one of the two dates is wrong
      (often a swapped day and month). A date without time is compared by calendar day.

      Fails:   published: 2026-02-01
               updated: 2026-01-31
      Passes:  published: 2026-02-01
               updated: 2026-02-03
      """
  ) { briefing in
    guard let published = briefing.published.flatMap(RFC3339.parse),
      let updatedText = briefing.updated, let updated = RFC3339.parse(updatedText),
      updated.isBefore(published)
    else { return [] }
    return [
      Diagnostic(
        .warning, "rule.updated-before-published",
        "updated '\(updatedText)' is before published '\(briefing.published ?? "")'; correct "
          + "one of the dates",
        path: DocumentPath([.key("updated")]))
    ]
  }

  /// `rule.id-not-slug`: ids are lowercase slugs.
  public static let idNotSlug = ContentRule(
    id: "rule.id-not-slug", defaultSeverity: .error,
    summary: "an id is not a slug (lowercase letters and digits joined by single hyphens)",
    explanation: """
      The briefing's `id` and each question's `id` end up in URLs and HTML anchors, so they are
      slugs: `[a-z0-9]+(-[a-z0-9]+)*`, without spaces, capitals, or leading, trailing or doubled
      hyphens.

      Fails:   id: APEC 2026_SOM1
      Passes:  id: apec-2026-som1
      """
  ) { briefing in
    var ids: [(String, DocumentPath)] = []
    if let id = briefing.id { ids.append((id, DocumentPath([.key("id")]))) }
    for (question, path) in briefing.questionsWithPaths {
      if let id = question.id { ids.append((id, path.appending("id"))) }
    }
    return ids.compactMap { id, path in
      guard !Slug.isSlug(id) else { return nil }
      let suggestion = Slug.make(from: id)
      let hint = suggestion.isEmpty ? "" : ", e.g. '\(suggestion)'"
      return Diagnostic(
        .error, "rule.id-not-slug",
        "id '\(id)' is not a slug; use lowercase letters and digits joined by single "
          + "hyphens\(hint)",
        path: path)
    }
  }

  /// `rule.language-tag`: `language` is shaped like a BCP 47 tag.
  public static let languageTag = ContentRule(
    id: "rule.language-tag", defaultSeverity: .warning,
    summary: "`language` is not a BCP 47 language tag",
    explanation: """
      `language` is a BCP 47 tag (`en`, `en-US`, `zh-Hans`, `sr-Latn-RS`): a 2–3 letter language,
      then optional script, region and variants, joined by hyphens. It becomes the page's `lang`
      attribute, which screen readers use to pick a voice. The check is on the shape, not on the
      registry.

      Fails:   language: en_US
               language: English
      Passes:  language: en-US
      """
  ) { briefing in
    guard let language = briefing.language, !LanguageTag.isWellFormed(language) else { return [] }
    let fixed = language.split(separator: "_", omittingEmptySubsequences: false).joined(
      separator: "-")
    let hint =
      fixed != language && LanguageTag.isWellFormed(fixed)
      ? "; did you mean '\(fixed)'?" : "; write a tag such as 'en' or 'zh-Hans'"
    return [
      Diagnostic(
        .warning, "rule.language-tag", "'\(language)' is not a BCP 47 language tag\(hint)",
        path: DocumentPath([.key("language")]))
    ]
  }

  private static func dated(_ briefing: Briefing) -> [(String, DocumentPath)] {
    var found: [(String, DocumentPath)] = []
    if let published = briefing.published {
      found.append((published, DocumentPath([.key("published")])))
    }
    if let updated = briefing.updated { found.append((updated, DocumentPath([.key("updated")]))) }
    for (comment, path) in briefing.commentsWithPaths {
      if let posted = comment.posted { found.append((posted, path.appending("posted"))) }
    }
    return found
  }
}

/// The slug shape of FORMAT.md, `[a-z0-9]+(-[a-z0-9]+)*`.
enum Slug {
  /// Whether `text` is a slug.
  static func isSlug(_ text: String) -> Bool {
    var previousWasHyphen = true
    for byte in text.utf8 {
      if byte == UInt8(ascii: "-") {
        if previousWasHyphen { return false }
        previousWasHyphen = true
      } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        previousWasHyphen = false
      } else {
        return false
      }
    }
    return !previousWasHyphen
  }

  /// A slug made from `text`: ASCII letters and digits lowercased, runs of others one hyphen.
  static func make(from text: String) -> String {
    var out: [UInt8] = []
    for byte in text.utf8.prefix(200) {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
        out.append(lower)
      } else if let last = out.last, last != UInt8(ascii: "-") {
        out.append(UInt8(ascii: "-"))
      }
    }
    while out.last == UInt8(ascii: "-") { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }
}
