// libFuzzer's entry point. One binary holds every target; `BRIEFING_FUZZ_TARGET` picks the one
// a run exercises, so the package links once however many targets there are.
import Foundation

/// The target this process runs, read once from the environment.
let selectedTarget: FuzzTarget = {
  let name = ProcessInfo.processInfo.environment["BRIEFING_FUZZ_TARGET"] ?? ""
  guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
    let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
    fatalError("set BRIEFING_FUZZ_TARGET to one of: \(names)")
  }
  return target
}()

/// Runs the selected target on one input; a broken property calls `fatalError`, which
/// libFuzzer records as a crash with the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  selectedTarget.run(bytes)
  return 0
}
