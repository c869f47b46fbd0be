import BriefingCore
import BriefingTesting
import Foundation
import Testing

/// The helpers every test target shares: byte golden files, the seeded generator, the fixtures.
@Suite struct SharedTestHelpersTests {
  @Test func byteGoldensCompareExactlyAndNameTheFirstDifference() throws {
    let path = try TestRun.temporaryDirectory() + "/g/case.bin"
    let bytes: [UInt8] = [0x61, 0x0A, 0xFF, 0x62, 0x0A]
    #expect(GoldenFile.check(bytes, path: path, recording: true)?.contains("recorded") == true)
    #expect(GoldenFile.check(bytes, path: path, recording: false) == nil)
    // 0xFE and 0xFF decode to the same replacement character: only the offset shows them apart.
    let changed: [UInt8] = [0x61, 0x0A, 0xFE, 0x62, 0x0A]
    let message = try #require(GoldenFile.check(changed, path: path, recording: false))
    #expect(message.contains("from byte 2"))
  }

  @Test func textGoldensCompareBytesNotCanonicalEquivalence() throws {
    let path = try TestRun.temporaryDirectory() + "/g/case.txt"
    _ = GoldenFile.check("caf\u{E9}\n", path: path, recording: true)
    #expect("caf\u{E9}\n" == "cafe\u{301}\n", "Swift's String equality would call them equal")
    let message = try #require(GoldenFile.check("cafe\u{301}\n", path: path, recording: false))
    #expect(message.contains("from byte 3"))
  }

  @Test func packagePathFindsThePackageRoot() {
    let path = PackageFiles.path("Package.swift")
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(!path.contains("/Tests/"))
  }

  @Test func seededGeneratorIsSplitMix64() {
    var generator = SeededGenerator(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
    #expect(generator.seed == 0)
  }

  @Test func seededGeneratorRepeatsItselfAndStaysInBounds() {
    var first = SeededGenerator(seed: 2026)
    var second = SeededGenerator(seed: 2026)
    let a = (0..<100).map { _ in first.below(7) }
    let b = (0..<100).map { _ in second.below(7) }
    #expect(a == b)
    #expect(a.allSatisfy { (0..<7).contains($0) })
    #expect(Set(a).count == 7, "100 draws below 7 reach every value")
    #expect(first.below(0) == 0)
  }

  @Test func fixturesSetWhatTheirNamesPromise() {
    let seed = Fixtures.seed
    #expect(seed.sections.count == 3)
    #expect(Fixtures.Seed.takeaways.count == 6 && Fixtures.Seed.questions.count == 7)
    for briefing in [Fixtures.kitchenSink, Fixtures.everyField, Fixtures.everyFieldPlain] {
      #expect(briefing.category != nil && briefing.id != nil && briefing.summary != nil)
      #expect(briefing.published != nil && briefing.updated != nil && briefing.source != nil)
      #expect(!briefing.authors.isEmpty && !briefing.tags.isEmpty && briefing.language != nil)
      #expect(briefing.engagement != nil && !briefing.extensions.isEmpty)
      #expect(Set(briefing.sections.map(\.type)).count == 4, "every section kind")
    }
    #expect(Fixtures.hostileBriefing(seed: 1) != Fixtures.hostileBriefing(seed: 2))
  }
}
