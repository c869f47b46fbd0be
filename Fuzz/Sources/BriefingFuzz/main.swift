// Hands control to libFuzzer, which parses its flags and calls the selected target per input.
// `BRIEFING_FUZZ_TARGET=list` prints the targets' names instead, one a line, for `run.sh`.
import CFuzzerDriver
import Foundation

if ProcessInfo.processInfo.environment["BRIEFING_FUZZ_TARGET"] == "list" {
  print(FuzzTarget.all.map(\.name).joined(separator: "\n"))
  exit(0)
}
var arguments = CommandLine.argc
var argumentVector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&arguments, &argumentVector) { data, size in
  guard let data else { return 0 }
  return fuzzOneInput(data, size)
}
exit(status)
