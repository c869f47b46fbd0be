import BriefingCore
import BriefingTesting
import Foundation
import Testing
import YAMLFormat

@testable import BriefingCLI
@testable import BriefingFormats

/// `briefing schema`, the committed `Schemas/briefing-v1.schema.json`, and their agreement
/// with the decoder and the YAML modeline. `Tests/Scripts/check_schema.sh` runs an independent
/// validator (check-jsonschema) with it on the examples and the broken fixtures.
@Suite struct SchemaCommandTests {
  static let committed = TestRun.packageRoot + "/Schemas/briefing-v1.schema.json"

  @Test func commandPrintsTheCommittedSchema() throws {
    let outcome = try TestRun.run(["schema"])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == BriefingSchema.text)
    // RECORD_GOLDENS=1 rewrites the committed copy from the builder.
    assertGolden(outcome.standardOutput, path: Self.committed)
  }

  /// An object's members (key order kept), or `nil` for anything else.
  struct Members {
    var pairs: [(String, JSONValue)]
    subscript(key: String) -> JSONValue? { pairs.first { $0.0 == key }?.1 }
    var keys: [String] { pairs.map(\.0) }
  }

  func object(_ value: JSONValue?) -> Members? {
    guard case .object(let members)? = value else { return nil }
    return Members(pairs: members.map { ($0.key, $0.value) })
  }

  /// Each object schema lists exactly the keys the decoder takes, each one described.
  @Test func propertiesMatchTheDecodersKeys() throws {
    let root = try #require(object(BriefingSchema.document))
    let defs = try #require(object(root["$defs"]))
    let expected: [(JSONValue?, [String])] =
      [
        (BriefingSchema.document, TreeKeys.briefing),
        (defs["source"], TreeKeys.source),
        (defs["engagement"], TreeKeys.engagement),
        (defs["reaction"], TreeKeys.reaction),
        (defs["question"], TreeKeys.question),
        (defs["comment"], TreeKeys.comment),
      ] + SectionType.allCases.map { (defs["\($0.rawValue)Section"], TreeKeys.section($0)) }
    for (schema, keys) in expected {
      let schemaObject = try #require(object(schema))
      let properties = try #require(object(schemaObject["properties"]))
      #expect(properties.keys == keys)
      for key in keys {
        // Hover text alone is no constraint: each key needs a type, a $ref, a const or an enum.
        let keywords = Set(object(properties[key])?.keys ?? [])
        #expect(
          !keywords.isDisjoint(with: ["type", "$ref", "const", "enum"]),
          "property '\(key)' has no type")
      }
      #expect(schemaObject["additionalProperties"] == .bool(false))
      #expect(object(schemaObject["patternProperties"])?.keys == ["^x-"])
    }
    #expect(root["required"] == .array(["briefing", "title", "sections"].map(JSONValue.string)))
  }

  @Test func patternsAgreeWithTheContentRules() throws {
    let slug = try Regex(BriefingSchema.slugPattern)
    #expect("apec-som1".wholeMatch(of: slug) != nil)
    #expect("APEC 2026".wholeMatch(of: slug) == nil && "a--b".wholeMatch(of: slug) == nil)
    let date = try Regex(BriefingSchema.dateTimePattern)
    #expect("2026-01-30T09:00:00.5+08:00".wholeMatch(of: date) != nil)
    #expect("2026-01-30 09:00".wholeMatch(of: date) == nil)
    let language = try Regex(BriefingSchema.languagePattern)
    #expect("zh-Hans".wholeMatch(of: language) != nil && "en_US".wholeMatch(of: language) == nil)
  }

  /// The modeline names the committed schema by the schema's own `$id`.
  @Test func yamlModelinePointsAtTheCommittedSchema() throws {
    #expect(YAMLFormat.schemaURL == BriefingSchema.id)
    #expect(BriefingSchema.id.hasSuffix("/Schemas/briefing-v1.schema.json"))
    #expect(FileManager.default.fileExists(atPath: Self.committed))
    let outcome = try TestRun.run(
      [
        "convert", TestRun.packageRoot + "/Examples/apec-som1.json", "--to", "yaml",
        "--writer-option", "schema-modeline=true",
      ])
    #expect(outcome.status == 0)
    #expect(
      outcome.standardOutput.hasPrefix(
        "# yaml-language-server: $schema=\(BriefingSchema.id)\nbriefing: 1\n"))
  }

  /// `briefing validate` and the schema agree on the schema fixtures: each broken one fails
  /// with an error, the accepted ones pass (check_schema.sh asserts the schema's side).
  @Test func validateAgreesWithTheSchemaFixtures() throws {
    let fixtures = TestRun.packageRoot + "/Tests/Fixtures"
    let broken = TestRun.listing(fixtures + "/schema-broken")
    #expect(broken.count >= 10)
    for name in broken {
      let outcome = try TestRun.run(
        ["validate", "Tests/Fixtures/schema-broken/" + name, "--format", "json"],
        in: TestRun.packageRoot)
      #expect(outcome.status == 1, "\(name) should fail validation")
      let document = try JSONDecoder().decode(
        JSONReportDocument.self, from: Data(outcome.standardOutput.utf8))
      let first = document.files.first?.diagnostics.first(where: { $0.severity == "error" })
      #expect(first?.range != nil, "\(name): the error has no position")
    }
    for name in TestRun.listing(fixtures + "/schema-accepted") {
      let outcome = try TestRun.run(
        ["validate", "Tests/Fixtures/schema-accepted/" + name], in: TestRun.packageRoot)
      #expect(outcome.status == 0, "\(name): \(outcome.standardOutput)")
    }
  }

  @Test func jsonTextEscapesAndKeepsKeyOrder() {
    let value = JSONValue.object([
      "z": .string("tab\t quote\" \u{1} é"), "a": .array([.integer(1), .bool(true), .null]),
      "nested": .object(["list": .array([.object([:])])]),
    ])
    #expect(
      JSONText.write(value, style: .readable) == """
        {
          "z": "tab\\t quote\\" \\u0001 é",
          "a": [1, true, null],
          "nested": {
            "list": [
              {}
            ]
          }
        }

        """)
  }
}
