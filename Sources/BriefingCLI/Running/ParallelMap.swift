import Foundation

/// Runs work items on every core and keeps the results in input order.
enum ParallelMap {
  /// `transform` applied to each element, concurrently.
  static func map<T: Sendable, R: Sendable>(
    _ items: [T], _ transform: @Sendable (T) -> R
  ) -> [R] {
    let box = ResultBox<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      box.set(transform(items[index]), at: index)
    }
    return box.values
  }

  /// Results written from several threads; each slot is written once.
  private final class ResultBox<R: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [R?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ value: R, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [R] { lock.withLock { slots.compactMap { $0 } } }
  }
}
