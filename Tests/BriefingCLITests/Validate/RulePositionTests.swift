import BriefingCLI
import BriefingCore
import Testing

/// Every rule reports its failing documents at the marked position and is silent on passing
/// ones, in each format that can express the problem.
@Suite struct RulePositionTests {
  @Test(arguments: RuleCases.all)
  func failingDocumentsReportAtTheMarker(_ rule: RuleCase) throws {
    for document in rule.failing {
      let entries = try diagnostics(of: document.text, named: document.name)
      let hits = entries.filter { $0.id == rule.id }
      let found = hits.map(located)
      #expect(
        found.contains("\(rule.id)@\(document.expected ?? "-")"),
        "\(document.name): expected \(rule.id) at \(document.expected ?? "-"), got \(entries.map(located))"
      )
      #expect(hits.allSatisfy { $0.path?.hasPrefix("/") == true })
    }
  }

  @Test(arguments: RuleCases.all)
  func passingDocumentsAreClean(_ rule: RuleCase) throws {
    for document in rule.passing {
      let entries = try diagnostics(of: document.text, named: document.name)
      #expect(entries.isEmpty, "\(document.name): \(entries.map(located))")
    }
  }

  @Test func everyContentRuleHasACase() {
    let covered = Set(RuleCases.all.map(\.id))
    let missing = ContentRule.all.map(\.id).filter { !covered.contains($0) }
    #expect(missing.isEmpty, "content rules without a test case: \(missing)")
  }
}
