import BriefingCLI
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import JSONFeedFormat
import Testing

/// The JSON Feed writer, on its own and inside a `briefing` built with it.
@Suite struct JSONFeedFormatTests {
  /// BriefingKit's seed briefing, found from this file's path.
  static let seedPath: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // file, JSONFeedFormatTests, Tests
    return url.path + "/../apec-som1.yaml"
  }()

  static func run(_ arguments: [String]) throws -> (out: String, err: String, status: Int32) {
    let (io, output) = CommandIO.capturing()
    let registry = try BuiltInFormats.registry().adding([JSONFeedFormat()])
    let context = CommandContext(registry: registry, io: io, environment: [:])
    let status = BriefingCommand.execute(arguments, in: context)
    return (output.standardOutputText, output.standardError, status)
  }

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func seedBecomesAOneItemFeed() throws {
    let result = try Self.run(["convert", Self.seedPath, "--to", "jsonfeed"])
    #expect(result.status == 0, "\(result.err)")
    let feed = try Self.object(result.out)
    #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
    #expect(feed["title"] as? String == "Operational Updates")
    let items = try #require(feed["items"] as? [[String: Any]])
    #expect(items.count == 1)
    let item = try #require(items.first)
    #expect((item["title"] as? String)?.hasPrefix("U.S. Sends Delegation") == true)
    let html = try #require(item["content_html"] as? String)
    #expect(html.components(separatedBy: "<details>").count - 1 == 7)
    #expect(html.contains("<h2>Key takeaways</h2>"))
    #expect(item["tags"] as? [String] == ["Operational Updates"])
    let extra = try #require(item["_briefing"] as? [String: Any])
    #expect(extra["briefing"] as? Int == 1)
    #expect(extra["category"] as? String == "Operational Updates")
    #expect((extra["sections"] as? [Any])?.count == 3)
    // The seed has no id, so the writer says what it used instead.
    #expect(result.err.contains("jsonfeed.missing-id"))
  }

  @Test func optionsAndSeveralItems() throws {
    var options = FormatOptions()
    options[JSONFeedFormat.feedTitle] = "Briefings"
    options[JSONFeedFormat.itemBaseURL] = "https://example.org/b/"
    let briefings = (1...3).map { index in
      Briefing(title: InlineText(plain: "Item \(index)"), id: "item-\(index)", tags: ["t\(index)"])
    }
    let written = try JSONFeedWriter().feed(briefings, options: options)
    #expect(written.diagnostics.isEmpty)
    let feed = try Self.object(String(decoding: written.bytes, as: UTF8.self))
    #expect(feed["title"] as? String == "Briefings")
    let items = try #require(feed["items"] as? [[String: Any]])
    #expect(items.compactMap { $0["id"] as? String } == ["item-1", "item-2", "item-3"])
    #expect(items.first?["url"] as? String == "https://example.org/b/item-1")
    #expect(throws: WriteError.self) { try JSONFeedWriter().feed([], options: options) }
  }

  @Test func listedAndChosenByExtension() throws {
    let formats = try Self.run(["formats", "--writers"])
    #expect(formats.out.split(separator: "\n").contains("jsonfeed"))
    let directory = NSTemporaryDirectory() + "jsonfeed-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let result = try Self.run(["convert", Self.seedPath, "-o", directory + "/seed.feed.json"])
    #expect(result.status == 0, "\(result.err)")
    let text = try String(contentsOfFile: directory + "/seed.feed.json", encoding: .utf8)
    #expect(try Self.object(text)["items"] != nil)
  }

  @Test func itsIdsAreExplainedListedAndConfigurableOnceRegistered() throws {
    let explained = try Self.run(["explain", "jsonfeed.missing-id"])
    #expect(explained.status == 0, "\(explained.err)")
    #expect(explained.out.hasPrefix("jsonfeed.missing-id (format, default severity: warning)"))
    #expect(explained.out.contains("editing the title makes readers show the briefing again"))
    let rules = try Self.run(["rules", "--category", "format"])
    #expect(rules.out.contains("jsonfeed.empty"))
    // Without the format, the id is unknown.
    let (io, _) = CommandIO.capturing()
    let plain = CommandContext(registry: BuiltInFormats.registry(), io: io, environment: [:])
    #expect(BriefingCommand.execute(["explain", "jsonfeed.missing-id"], in: plain) != 0)
  }

  @Test func everyIdTheFormatEmitsIsDeclared() throws {
    var sources = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { sources.deleteLastPathComponent() }  // file, JSONFeedFormatTests, Tests
    let registry = try BuiltInFormats.registry().adding([JSONFeedFormat()])
    let report = DiagnosticIDCoverage.check(
      directories: [sources.path + "/Sources"],
      catalog: try RuleCatalog(JSONFeedFormat.diagnostics), fileExtensions: ["json"])
    #expect(report.undeclared.isEmpty, "\(report.undeclared)")
    #expect(report.unused.isEmpty, "\(report.unused)")
    for info in JSONFeedFormat.diagnostics { #expect(registry.catalog.info(for: info.id) == info) }
  }
}
