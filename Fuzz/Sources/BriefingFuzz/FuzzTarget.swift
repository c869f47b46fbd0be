/// One fuzz target: a name for `run.sh` and a property checked on every input.
struct FuzzTarget: Sendable {
  /// The name `run.sh` and `BRIEFING_FUZZ_TARGET` use.
  let name: String
  /// Checks the property on one input, calling `fatalError` when it breaks.
  let run: @Sendable ([UInt8]) -> Void

  /// Every target, in the order `run.sh all` runs them.
  static let all: [FuzzTarget] =
    ReaderTargets.all + RoundTripTargets.all + RichTextTargets.all + PluginReplyTargets.all
    + ConfigTargets.all
}

/// Stops the process with a short description of the broken property and the input's
/// beginning, so the crash log says what failed; libFuzzer saves the whole input.
func propertyFailed(_ target: String, _ description: String, detail: String = "") -> Never {
  let shown = detail.count > 600 ? String(detail.prefix(600)) + "…" : detail
  fatalError("[\(target)] \(description)\(shown.isEmpty ? "" : "\n\(shown)")")
}
