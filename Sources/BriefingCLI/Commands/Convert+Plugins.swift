import BriefingCore
import BriefingFormats

/// How `convert` brings in executable plugins and runs filters.
extension Convert {
  /// `context` with the plugins this conversion needs: those named by `--from`/`--to` that no
  /// registered format provides, or, when a file extension names no registered format (or is
  /// dotted), every plugin found (their extensions may).
  func addingPlugins(to context: CommandContext) throws(CLIError) -> CommandContext {
    var context = context
    for name in [formats.from, formats.to].compactMap({ $0 }) {
      context = try plugins.adding(named: name, to: context)
    }
    var paths = formats.from == nil ? inputs.filter { $0 != "-" } : []
    if formats.to == nil, let output = output.output, output != "-" { paths.append(output) }
    if plugins.mayClaim(paths, in: context.registry) {
      context = plugins.addingAll(to: context) { _ in }
    }
    return context
  }
}
