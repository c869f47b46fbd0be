import BriefingCore

/// How a format describes itself to the registry, the CLI and `briefing formats`.
public struct FormatDescriptor: Hashable, Sendable, Codable {
  /// The canonical name, used with `--from` and `--to` (e.g. `yaml`).
  public var name: String
  /// Other names accepted for it (e.g. `yml`).
  public var aliases: [String]
  /// File extensions without the dot, lowercase (e.g. `yaml`, `yml`).
  public var fileExtensions: [String]
  /// The IANA media type (e.g. `application/yaml`).
  public var mediaType: String
  /// One line for listings.
  public var summary: String
  /// Whether writing then reading gives back an equal model.
  public var isLossless: Bool
  /// The options the format's reader and writer understand.
  public var options: [OptionDescriptor]
  /// How comments look, so `briefing-disable-…` markers are found only inside them.
  public var commentStyle: Suppression.CommentStyle
  /// The diagnostic ids the format's reader and writer emit, declared beside them; the registry
  /// merges them into its ``FormatRegistry/catalog`` for `briefing rules`, `explain` and SARIF.
  public var diagnostics: [RuleInfo]

  /// Creates a descriptor.
  public init(
    name: String, aliases: [String] = [], fileExtensions: [String], mediaType: String,
    summary: String, isLossless: Bool, options: [OptionDescriptor] = [],
    commentStyle: Suppression.CommentStyle = .none, diagnostics: [RuleInfo] = []
  ) {
    self.name = name
    self.aliases = aliases
    self.fileExtensions = fileExtensions
    self.mediaType = mediaType
    self.summary = summary
    self.isLossless = isLossless
    self.options = options
    self.commentStyle = commentStyle
    self.diagnostics = diagnostics
  }
}
