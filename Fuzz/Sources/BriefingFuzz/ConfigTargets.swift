import BriefingCLI
import BriefingCore

/// `config`: any bytes as a `.briefing.yml` must parse into a configuration and located
/// `config.*` diagnostics, never a crash.
enum ConfigTargets {
  /// The configuration target.
  static let all: [FuzzTarget] = [
    FuzzTarget(name: "config") { bytes in
      let (config, problems) = ValidationConfig.parse(
        bytes, file: ".briefing.yml", directory: ".", catalog: catalog)
      _ = problems.map(\.formatted)
      _ = config.policy(strict: false)
      if let problem = problems.first(where: { !$0.id.hasPrefix("config.") }) {
        propertyFailed("config", "a configuration problem outside config.*", detail: problem.id)
      }
    }
  ]

  /// The catalog `briefing validate` checks rule ids against.
  private static let catalog = BuiltInFormats.registry().catalog
}
