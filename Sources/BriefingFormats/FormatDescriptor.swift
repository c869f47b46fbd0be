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

  /// Creates a descriptor.
  public init(
    name: String, aliases: [String] = [], fileExtensions: [String], mediaType: String,
    summary: String, isLossless: Bool, options: [OptionDescriptor] = []
  ) {
    self.name = name
    self.aliases = aliases
    self.fileExtensions = fileExtensions
    self.mediaType = mediaType
    self.summary = summary
    self.isLossless = isLossless
    self.options = options
  }
}
