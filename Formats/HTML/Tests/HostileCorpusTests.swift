import BriefingCore
import BriefingTesting
import Foundation
import Testing

@testable import HTMLFormat

/// Hostile strings in every field: the page must run nothing, and still read back exactly.
/// The pages are also left in `HTMLSupport.outputDirectory/hostile` for `Scripts/check_hostile.py`,
/// which checks them again with an HTML5 parser (html5lib).
@Suite struct HostileCorpusTests {
  static let seeds = Array(0..<Fixtures.scriptInjections.count)

  @Test(arguments: seeds)
  func pageRunsNothingAndReadsBack(seed: Int) throws {
    let briefing = Fixtures.hostileBriefing(seed: seed)
    let folder = HTMLSupport.outputDirectory.appendingPathComponent("hostile")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (mode, options) in [
      ("default", [:]), ("raw", ["allow-raw-html": "true"]), ("fragment", ["fragment": "true"]),
    ] {
      let page = try HTMLSupport.html(briefing, options)
      try page.write(
        to: folder.appendingPathComponent("hostile-\(seed)-\(mode).html"), atomically: true,
        encoding: .utf8)
      let scan = HTMLSupport.scan(page)
      #expect(scan.problems.isEmpty, "\(mode): \(scan.problems)")
      #expect(
        scan.scripts.count == (mode == "fragment" ? 0 : 1), "\(mode): only the JSON-LD script")
      if let jsonLD = scan.scripts.first {
        #expect(
          HTMLEmbeddedJSON.value(jsonLD.children.map(\.text).joined()) != nil,
          "the JSON-LD block stays one valid JSON text")
      }
      let back = HTMLSupport.read(page).briefing
      #expect(back == briefing, "\(mode) page does not read back")
    }
  }

  @Test func writerWarnsAboutWhatItNeutralized() throws {
    let result = try HTMLSupport.write(Fixtures.hostileBriefing(seed: 0))
    let ids = Set(result.diagnostics.map(\.id))
    #expect(ids.contains("html.unsafe-url"))
    #expect(ids.contains("html.raw-html-dropped"))
    #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.path != nil })
  }
}
