import BriefingCore
import BriefingFormats

/// The subset of the SARIF 2.1.0 object model that `briefing validate` writes; property names
/// are SARIF's, so `jsonValue` writes and synthesized `Decodable` reads the standard JSON.
struct SARIFLog: Decodable, Hashable, Sendable {
  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }

  var schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  var version = "2.1.0"
  var runs: [Run]

  struct Run: Decodable, Hashable, Sendable {
    var tool: Tool
    var artifacts: [Artifact]
    var results: [Result]
    var columnKind = "unicodeCodePoints"
  }

  struct Tool: Decodable, Hashable, Sendable {
    var driver: Driver
  }

  struct Driver: Decodable, Hashable, Sendable {
    var name: String
    var version: String
    var informationUri: String
    var rules: [Rule]
  }

  struct Rule: Decodable, Hashable, Sendable {
    var id: String
    var shortDescription: Message
    var fullDescription: Message?
    var help: Message?
    var helpUri: String?
    var defaultConfiguration: Configuration
    var properties: Properties?
  }

  struct Configuration: Decodable, Hashable, Sendable {
    var level: String
  }

  struct Properties: Decodable, Hashable, Sendable {
    var category: String?
    var tags: [String]?
  }

  struct Message: Decodable, Hashable, Sendable {
    var text: String
  }

  struct Artifact: Decodable, Hashable, Sendable {
    var location: ArtifactLocation
    var length: Int?
  }

  struct ArtifactLocation: Decodable, Hashable, Sendable {
    var uri: String
    var uriBaseId: String?
    var index: Int?
  }

  struct Result: Decodable, Hashable, Sendable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Message
    var locations: [Location]
  }

  struct Location: Decodable, Hashable, Sendable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?
  }

  struct PhysicalLocation: Decodable, Hashable, Sendable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct Region: Decodable, Hashable, Sendable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
  }

  struct LogicalLocation: Decodable, Hashable, Sendable {
    var name: String?
    var fullyQualifiedName: String
    var kind: String?
  }
}

// The JSON of each part: SARIF's property names, absent optionals left out; the report style
// sorts the keys.
extension SARIFLog {
  /// The log as JSON.
  var jsonValue: JSONValue {
    .object([
      "$schema": .string(schema), "version": .string(version),
      "runs": .array(runs.map(\.jsonValue)),
    ])
  }
}

extension SARIFLog.Run {
  var jsonValue: JSONValue {
    .object([
      "tool": .object(["driver": tool.driver.jsonValue]),
      "artifacts": .array(artifacts.map(\.jsonValue)),
      "results": .array(results.map(\.jsonValue)),
      "columnKind": .string(columnKind),
    ])
  }
}

extension SARIFLog.Driver {
  var jsonValue: JSONValue {
    .object([
      "name": .string(name), "version": .string(version),
      "informationUri": .string(informationUri), "rules": .array(rules.map(\.jsonValue)),
    ])
  }
}

extension SARIFLog.Rule {
  var jsonValue: JSONValue {
    .object(skippingNil: [
      "id": .string(id), "shortDescription": shortDescription.jsonValue,
      "fullDescription": fullDescription?.jsonValue, "help": help?.jsonValue,
      "helpUri": helpUri.map(JSONValue.string),
      "defaultConfiguration": .object(["level": .string(defaultConfiguration.level)]),
      "properties": properties.map { properties in
        .object(skippingNil: [
          "category": properties.category.map(JSONValue.string),
          "tags": properties.tags.map { .array($0.map(JSONValue.string)) },
        ])
      },
    ])
  }
}

extension SARIFLog.Message {
  var jsonValue: JSONValue { .object(["text": .string(text)]) }
}

extension SARIFLog.Artifact {
  var jsonValue: JSONValue {
    .object(skippingNil: ["location": location.jsonValue, "length": length.map(JSONValue.integer)])
  }
}

extension SARIFLog.ArtifactLocation {
  var jsonValue: JSONValue {
    .object(skippingNil: [
      "uri": .string(uri), "uriBaseId": uriBaseId.map(JSONValue.string),
      "index": index.map(JSONValue.integer),
    ])
  }
}

extension SARIFLog.Result {
  var jsonValue: JSONValue {
    .object([
      "ruleId": .string(ruleId), "ruleIndex": .integer(ruleIndex), "level": .string(level),
      "message": message.jsonValue, "locations": .array(locations.map(\.jsonValue)),
    ])
  }
}

extension SARIFLog.Location {
  var jsonValue: JSONValue {
    .object(skippingNil: [
      "physicalLocation": .object(skippingNil: [
        "artifactLocation": physicalLocation.artifactLocation.jsonValue,
        "region": physicalLocation.region?.jsonValue,
      ]),
      "logicalLocations": logicalLocations.map { .array($0.map(\.jsonValue)) },
    ])
  }
}

extension SARIFLog.Region {
  var jsonValue: JSONValue {
    .object([
      "startLine": .integer(startLine), "startColumn": .integer(startColumn),
      "endLine": .integer(endLine), "endColumn": .integer(endColumn),
    ])
  }
}

extension SARIFLog.LogicalLocation {
  var jsonValue: JSONValue {
    .object(skippingNil: [
      "name": name.map(JSONValue.string), "fullyQualifiedName": .string(fullyQualifiedName),
      "kind": kind.map(JSONValue.string),
    ])
  }
}
