// BriefingCore: the briefing model of FORMAT.md (version 1), document paths, source maps and
// diagnostics. Every format reads into these values and writes from them; nothing here knows
// about any one format's syntax.
import OrderedCollections
import RichText

/// A briefing: a short news or policy document, as `../shared/design/FORMAT.md` defines it.
///
/// A value type with structural equality; positions are kept apart, in a ``SourceMap``.
public struct Briefing: Hashable, Sendable {
  /// The format version (`briefing:` key); `1` for this model.
  public var version: Int
  /// The headline.
  public var title: InlineText
  /// The category shown above the title, e.g. `Operational Updates`.
  public var category: String?
  /// A stable slug, `[a-z0-9]+(-[a-z0-9]+)*`.
  public var id: String?
  /// A lead paragraph.
  public var summary: BlockText?
  /// When first published: an RFC 3339 date or date-time, kept as written.
  public var published: String?
  /// When last updated: an RFC 3339 date or date-time, kept as written.
  public var updated: String?
  /// Where the briefing was first published.
  public var source: BriefingSource?
  /// The authors, in order.
  public var authors: [String]
  /// Free-form tags, in order.
  public var tags: [String]
  /// A BCP 47 language tag, e.g. `en` or `zh-Hans`.
  public var language: String?
  /// Reactions and whether voting needs a login.
  public var engagement: Engagement?
  /// The sections, in reading order.
  public var sections: [Section]
  /// `x-` keys at the top level, verbatim and in order.
  public var extensions: Extensions

  /// Creates a briefing; only the title is required.
  public init(
    version: Int = 1, title: InlineText, category: String? = nil, id: String? = nil,
    summary: BlockText? = nil, published: String? = nil, updated: String? = nil,
    source: BriefingSource? = nil, authors: [String] = [], tags: [String] = [],
    language: String? = nil, engagement: Engagement? = nil, sections: [Section] = [],
    extensions: Extensions = [:]
  ) {
    self.version = version
    self.title = title
    self.category = category
    self.id = id
    self.summary = summary
    self.published = published
    self.updated = updated
    self.source = source
    self.authors = authors
    self.tags = tags
    self.language = language
    self.engagement = engagement
    self.sections = sections
    self.extensions = extensions
  }

  /// The format version this model describes.
  public static let currentVersion = 1
}

/// Where a briefing was first published.
public struct BriefingSource: Hashable, Sendable {
  /// The publisher's name.
  public var name: String?
  /// The original URL.
  public var url: String
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a source.
  public init(name: String? = nil, url: String, extensions: Extensions = [:]) {
    self.name = name
    self.url = url
    self.extensions = extensions
  }
}

/// Engagement figures: reactions in display order, and whether voting needs a login.
public struct Engagement: Hashable, Sendable {
  /// The reactions, in display order.
  public var reactions: [Reaction]
  /// Whether the page shows "Log in to vote".
  public var loginRequired: Bool
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates engagement figures.
  public init(reactions: [Reaction] = [], loginRequired: Bool = false, extensions: Extensions = [:]) {
    self.reactions = reactions
    self.loginRequired = loginRequired
    self.extensions = extensions
  }
}

/// One reaction: "Interesting: 3/10" is label `Interesting`, count 3, total 10.
public struct Reaction: Hashable, Sendable {
  /// The label, non-empty and unique within the briefing.
  public var label: String
  /// Readers who chose this reaction (>= 0).
  public var count: Int
  /// Readers who voted on it (>= count).
  public var total: Int
  /// `x-` keys, verbatim.
  public var extensions: Extensions

  /// Creates a reaction.
  public init(label: String, count: Int = 0, total: Int = 0, extensions: Extensions = [:]) {
    self.label = label
    self.count = count
    self.total = total
    self.extensions = extensions
  }
}

/// Extension data: the `x-` keys of one object, verbatim and in document order.
public typealias Extensions = OrderedDictionary<String, JSONValue>
