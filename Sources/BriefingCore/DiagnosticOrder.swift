extension Sequence where Element == Diagnostic {
  /// The diagnostics in document order: by start line and column; diagnostics without a range
  /// follow the located ones; equal starts keep their order (the sort is stable).
  ///
  /// The one order every reader, the tree decoder and the pipeline report in.
  public func inPositionOrder() -> [Diagnostic] {
    enumerated().sorted { lhs, rhs in
      switch (lhs.element.range?.start, rhs.element.range?.start) {
      case (let left?, let right?):
        left != right ? left < right : lhs.offset < rhs.offset
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): lhs.offset < rhs.offset
      }
    }.map(\.element)
  }
}
