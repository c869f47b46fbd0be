extension ContentRule {
  /// Every content rule, in catalog order; `briefing validate` runs all of them.
  public static let all: [ContentRule] =
    readerRules + sectionRules + linkRules + metadataRules + structureRules

  /// The rule with this id, if there is one.
  public static func rule(withID id: String) -> ContentRule? { all.first { $0.id == id } }
}
