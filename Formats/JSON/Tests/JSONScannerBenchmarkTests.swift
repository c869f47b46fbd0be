import BriefingCore
import BriefingFormats
import Foundation
import Testing

@testable import JSONFormat

/// Throughput on a large file, run only when `BRIEFING_JSON_BENCH=<file>` is set (preferably in
/// a release build). It reports figures and checks the result, but asserts no timings.
@Suite("JSONScanner throughput")
struct JSONScannerBenchmarkTests {
  @Test("scan a large file and report MB/s")
  func throughput() throws {
    guard let path = ProcessInfo.processInfo.environment["BRIEFING_JSON_BENCH"] else { return }
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let scanner = JSONScanner(limits: TreeLimits(maxBytes: Int.max))
    let megabytes = Double(bytes.count) / 1_000_000
    var best = Double.infinity
    var nodes = 0
    for _ in 0..<7 {
      let started = Self.threadCPUTime()
      let result: JSONScanResult? = scanner.scan(bytes)
      best = min(best, Self.threadCPUTime() - started)
      #expect(result?.tree != nil)
      #expect(result?.diagnostics.isEmpty == true)
      if let tree = result?.tree { nodes = Self.count(tree) }
    }
    print(
      "bench: JSONScanner (thread CPU time) \(String(format: "%.1f", megabytes)) MB, \(nodes) nodes, best "
        + "\(String(format: "%.3f", best)) s = \(String(format: "%.1f", megabytes / best)) MB/s")
    var foundationBest = Double.infinity
    let data = Data(bytes)
    for _ in 0..<3 {
      let started = Self.threadCPUTime()
      _ = try JSONSerialization.jsonObject(with: data)
      foundationBest = min(foundationBest, Self.threadCPUTime() - started)
    }
    print(
      "bench: Foundation JSONSerialization best \(String(format: "%.3f", foundationBest)) s = "
        + "\(String(format: "%.1f", megabytes / foundationBest)) MB/s")
  }

  /// CPU seconds used by this thread: on a shared, loaded machine wall time mostly measures
  /// the other processes.
  static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The number of nodes in a tree, counted without recursion.
  static func count(_ root: TreeNode) -> Int {
    var pending = [root]
    var total = 0
    while let node = pending.popLast() {
      total += 1
      switch node.value {
      case .array(let items): pending.append(contentsOf: items)
      case .object(let members): pending.append(contentsOf: members.map(\.value))
      default: break
      }
    }
    return total
  }
}
