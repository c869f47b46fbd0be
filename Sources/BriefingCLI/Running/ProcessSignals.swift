import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signal dispositions of the `briefing` process: a closed standard output is a write
/// error rather than a silent death, and a run ended by SIGINT, SIGTERM or SIGHUP leaves no
/// temporary output file behind.
///
/// Only ``BriefingCommand/main(arguments:registry:io:)`` calls ``prepareProcess()``: an
/// embedder that calls ``BriefingCommand/execute(_:in:)`` keeps its own signal handling, and
/// ``armCleanup(of:)`` does nothing there.
enum ProcessSignals {
  /// The signals after which the current temporary file is removed.
  static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  // A signal handler receives only the signal number, so what it removes has to be reachable
  // from global state; this is the least it needs. `paths` is one C allocation made before
  // any handler is installed and never freed, holding two path slots; `current` says which
  // slot names the temporary file that exists now (0: none, 1 or 2: that slot). The handler
  // only loads `current`, calls `unlink`, resets the signal and raises it again: no
  // allocation, lock or reference counting. A path is written into the slot that is not
  // current and then published with a release store, so a handler never reads a slot being
  // written unless two temporary files were created while it ran (`convert` writes one
  // output at a time, each after reading and converting a document).
  @available(macOS 15, *)
  private static let current = Atomic<Int>(0)
  /// Set once, before the handlers are installed; `nil` when they are not.
  nonisolated(unsafe) private static var paths: UnsafeMutablePointer<CChar>?
  /// The bytes of one slot: the longest path and its terminating NUL.
  private static let slotSize = Int(PATH_MAX) + 1

  /// Ignores SIGPIPE, so a write to a closed pipe fails with EPIPE (exit 74), and installs the
  /// handlers that remove the temporary file on SIGINT, SIGTERM and SIGHUP. A terminating
  /// signal the parent ignored (`nohup`) stays ignored.
  static func prepareProcess() {
    _ = signal(SIGPIPE, SIG_IGN)
    guard paths == nil, #available(macOS 15, *) else { return }
    let slots = UnsafeMutablePointer<CChar>.allocate(capacity: 2 * slotSize)
    slots.initialize(repeating: 0, count: 2 * slotSize)
    paths = slots
    current.store(0, ordering: .sequentiallyConsistent)  // initialised before any handler runs
    for number in terminating {
      let previous = signal(number, removeTemporaryFileAndReraise)
      if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        _ = signal(number, SIG_IGN)
      }
    }
  }

  /// Makes `temporary` the file a terminating signal removes, until ``disarmCleanup()``.
  static func armCleanup(of temporary: String) {
    guard let slots = paths, #available(macOS 15, *) else { return }
    let bytes = temporary.utf8CString
    // A longer path cannot be created anyway.
    guard bytes.count <= slotSize else { return }
    let slot = current.load(ordering: .acquiring) == 1 ? 2 : 1
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      (slots + (slot - 1) * slotSize).update(from: base, count: buffer.count)
    }
    current.store(slot, ordering: .releasing)
  }

  /// No temporary file exists any more: it was renamed into place or removed.
  static func disarmCleanup() {
    guard paths != nil, #available(macOS 15, *) else { return }
    current.store(0, ordering: .releasing)
  }

  /// The handler: only async-signal-safe calls (`unlink`, `signal`, `raise`).
  private static let removeTemporaryFileAndReraise: @convention(c) (Int32) -> Void = { number in
    if #available(macOS 15, *), let slots = ProcessSignals.paths {
      let slot = ProcessSignals.current.load(ordering: .acquiring)
      if slot == 1 || slot == 2 { _ = unlink(slots + (slot - 1) * ProcessSignals.slotSize) }
    }
    // With the default action back, the raised signal ends the process once the handler
    // returns, so the parent sees the run killed by the signal it sent.
    _ = signal(number, SIG_DFL)
    _ = raise(number)
  }
}
