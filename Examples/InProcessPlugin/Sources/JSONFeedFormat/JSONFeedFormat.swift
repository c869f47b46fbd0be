// JSONFeedFormat: briefings as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written by a
// package outside BriefingKit through its public format API only. The feed item carries the
// readable parts (title, HTML content, summary, dates, tags); the whole briefing, as the
// FORMAT.md tree, rides along under the item's `_briefing` extension so nothing is lost.
import BriefingCore
import BriefingFormats
import OrderedCollections
import RichText

/// The `jsonfeed` format: writes a briefing as a JSON Feed with one item.
public struct JSONFeedFormat: BriefingFormat {
  /// Writer option: the feed's title (default: the briefing's category, else its title).
  public static let feedTitle = OptionKey<String>(
    "feed-title", default: "", help: "the feed's title (default: the category, else the title)")
  /// Writer option: the site the feed belongs to.
  public static let homePageURL = OptionKey<String>(
    "home-page-url", default: "", help: "the feed's home_page_url")
  /// Writer option: item URLs are this plus the briefing's id.
  public static let itemBaseURL = OptionKey<String>(
    "item-base-url", default: "", help: "item url = this prefix + the briefing's id")

  /// Creates the format.
  public init() {}

  /// `jsonfeed`, `.feed.json`, write-only.
  public var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "jsonfeed", aliases: ["json-feed"], fileExtensions: ["feed.json"],
      mediaType: "application/feed+json",
      summary: "JSON Feed 1.1 with one item per briefing (briefing fields under _briefing)",
      isLossless: false,
      options: [
        Self.feedTitle.descriptor, Self.homePageURL.descriptor, Self.itemBaseURL.descriptor,
      ],
      diagnostics: Self.diagnostics)
  }

  /// None: a feed is an output format.
  public var reader: (any BriefingReader)? { nil }
  /// The writer.
  public var writer: (any BriefingWriter)? { JSONFeedWriter() }
}

/// Writes JSON Feed 1.1.
public struct JSONFeedWriter: BriefingWriter {
  /// The `version` URL every JSON Feed 1.1 document starts with.
  public static let version = "https://jsonfeed.org/version/1.1"

  /// Creates a writer.
  public init() {}

  /// A feed holding one item: `briefing`.
  public func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError)
    -> WriteResult
  {
    try feed([briefing], options: options)
  }

  /// A feed with one item per briefing, in the order given (newest first is the convention).
  public func feed(_ briefings: [Briefing], options: FormatOptions) throws(WriteError)
    -> WriteResult
  {
    guard let first = briefings.first else {
      throw WriteError([Diagnostic(.error, "jsonfeed.empty", "a feed needs at least one briefing")])
    }
    var feed: OrderedDictionary<String, JSONValue> = ["version": .string(Self.version)]
    let title = options[JSONFeedFormat.feedTitle]
    feed["title"] = .string(title.isEmpty ? first.category ?? first.title.plainText : title)
    let home = options[JSONFeedFormat.homePageURL]
    if !home.isEmpty { feed["home_page_url"] = .string(home) }
    if let language = first.language { feed["language"] = .string(language) }
    var diagnostics: [Diagnostic] = []
    feed["items"] = .array(
      briefings.enumerated().map { index, briefing in
        item(briefing, index: index, options: options, diagnostics: &diagnostics)
      })
    let text = JSONText.bytes(.object(feed), style: .compact) + [0x0A]
    return WriteResult(bytes: text, diagnostics: diagnostics)
  }

  private func item(
    _ briefing: Briefing, index: Int, options: FormatOptions, diagnostics: inout [Diagnostic]
  ) -> JSONValue {
    var item: OrderedDictionary<String, JSONValue> = [:]
    // JSON Feed requires a unique id; without a slug, the title is the most stable stand-in.
    if briefing.id == nil {
      diagnostics.append(
        Diagnostic(
          .warning, "jsonfeed.missing-id",
          "the briefing has no 'id', so the feed item's id is its title; add an id so readers "
            + "do not see an edited title as a new item", path: DocumentPath.root.appending("id")))
    }
    item["id"] = .string(briefing.id ?? briefing.title.plainText)
    let base = options[JSONFeedFormat.itemBaseURL]
    if !base.isEmpty, let id = briefing.id { item["url"] = .string(base + id) }
    if let source = briefing.source { item["external_url"] = .string(source.url) }
    item["title"] = .string(briefing.title.plainText)
    item["content_html"] = .string(contentHTML(briefing))
    if let summary = briefing.summary { item["summary"] = .string(summary.plainText) }
    if let published = briefing.published { item["date_published"] = .string(published) }
    if let updated = briefing.updated { item["date_modified"] = .string(updated) }
    if !briefing.authors.isEmpty {
      item["authors"] = .array(briefing.authors.map { .object(["name": .string($0)]) })
    }
    let tags = (briefing.category.map { [$0] } ?? []) + briefing.tags
    if !tags.isEmpty { item["tags"] = .array(tags.map(JSONValue.string)) }
    if let language = briefing.language { item["language"] = .string(language) }
    var extensionObject: OrderedDictionary<String, JSONValue> = [
      "about": .string("https://github.com/briefingkit/briefingkit/blob/main/Docs/Plugins.md")
    ]
    if case .object(let tree) = TreeEncoder().encode(briefing) {
      extensionObject.merge(tree) { old, _ in old }
    }
    item["_briefing"] = .object(extensionObject)
    return .object(item)
  }

  /// The sections as HTML: headings, takeaways as a list, questions as `<details>`.
  private func contentHTML(_ briefing: Briefing) -> String {
    let html = HTMLRenderer(omitsRawHTML: true)
    var out = ""
    if let summary = briefing.summary { out += html.render(summary.blocks) }
    for section in briefing.sections {
      if let title = section.displayTitle { out += "<h2>\(escape(title))</h2>\n" }
      switch section {
      case .takeaways(let takeaways):
        out += "<ul>\n"
        for item in takeaways.items { out += "<li>\(html.renderInline(item.inlines))</li>\n" }
        out += "</ul>\n"
      case .questions(let questions):
        for item in questions.items {
          out +=
            "<details\(item.expanded ? " open" : "")><summary>"
            + html.renderInline(item.question.inlines) + "</summary>\n"
            + html.render(item.answer.blocks) + "</details>\n"
        }
      case .comments(let comments):
        out += "<p>\(comments.items.count) comments. \(escape(comments.policy.notice))</p>\n"
      case .text(let text): out += html.render(text.body.blocks)
      }
    }
    return out
  }

  private func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
