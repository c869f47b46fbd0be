import BriefingCore

/// An ``ASTFilter`` bound to the host that runs it, as the pipeline's ``BriefingFilter``.
public struct PluginFilter: BriefingFilter {
  /// The filter program.
  public var filter: ASTFilter
  /// Runs it with bounded time and output.
  public var host: PluginHost

  /// Binds `filter` to `host`.
  public init(_ filter: ASTFilter, host: PluginHost) {
    self.filter = filter
    self.host = host
  }

  /// The filtered briefing, or the `plugin.*` diagnostic naming the filter.
  public func apply(_ briefing: Briefing, targetFormat: String) throws(FilterError) -> Briefing {
    switch filter.apply(briefing, targetFormat: targetFormat, host: host) {
    case .success(let filtered): return filtered
    case .failure(let error): throw FilterError(error.diagnostic)
    }
  }
}
