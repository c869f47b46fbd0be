/// The subset of the SARIF 2.1.0 object model that `briefing validate` writes; property names
/// are SARIF's, so synthesized `Codable` produces the standard JSON.
struct SARIFLog: Codable, Hashable, Sendable {
  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }

  var schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  var version = "2.1.0"
  var runs: [Run]

  struct Run: Codable, Hashable, Sendable {
    var tool: Tool
    var artifacts: [Artifact]
    var results: [Result]
    var columnKind = "unicodeCodePoints"
  }

  struct Tool: Codable, Hashable, Sendable {
    var driver: Driver
  }

  struct Driver: Codable, Hashable, Sendable {
    var name: String
    var version: String
    var informationUri: String
    var rules: [Rule]
  }

  struct Rule: Codable, Hashable, Sendable {
    var id: String
    var shortDescription: Message
    var fullDescription: Message?
    var help: Message?
    var helpUri: String?
    var defaultConfiguration: Configuration
    var properties: Properties?
  }

  struct Configuration: Codable, Hashable, Sendable {
    var level: String
  }

  struct Properties: Codable, Hashable, Sendable {
    var category: String?
    var tags: [String]?
  }

  struct Message: Codable, Hashable, Sendable {
    var text: String
  }

  struct Artifact: Codable, Hashable, Sendable {
    var location: ArtifactLocation
    var length: Int?
  }

  struct ArtifactLocation: Codable, Hashable, Sendable {
    var uri: String
    var uriBaseId: String?
    var index: Int?
  }

  struct Result: Codable, Hashable, Sendable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Message
    var locations: [Location]
  }

  struct Location: Codable, Hashable, Sendable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?
  }

  struct PhysicalLocation: Codable, Hashable, Sendable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct Region: Codable, Hashable, Sendable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
  }

  struct LogicalLocation: Codable, Hashable, Sendable {
    var name: String?
    var fullyQualifiedName: String
    var kind: String?
  }
}
