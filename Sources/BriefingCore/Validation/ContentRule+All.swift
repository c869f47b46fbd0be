extension ContentRule {
  /// Every content rule, in catalog order; `briefing validate` runs all of them.
  public static let all: [ContentRule] = readerRules
}
