// richtext-bench: MB/s of the RichText parser and HTML renderer on two ~10 MB corpora.
//
//   richtext-bench [--out DIR] [--mb N] [--runs N] [--phase NAME]
//
// Phases: parse, parse+html, html (render only), commonmark and text (render only, the other
// two renderers); all but the last two run by default.
//
// With --out, the corpora are written to DIR/prose.md and DIR/spec.md so another
// implementation (Benchmarks/run.sh times cmark-gfm) can be measured on the same bytes.
// Output lines are `corpus<TAB>phase<TAB>MB/s` (best CPU time of --runs), easy for run.sh to read.
import Foundation
import RichText

var outDirectory: String?
var megabytes = 10
var runs = 3
var phases: Set<String> = ["parse", "parse+html", "html"]
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
  switch argument {
  case "--out": outDirectory = arguments.next()
  case "--mb": megabytes = arguments.next().flatMap(Int.init) ?? megabytes
  case "--runs": runs = arguments.next().flatMap(Int.init) ?? runs
  case "--phase": phases = [arguments.next() ?? ""]
  default:
    FileHandle.standardError.write(Data("unknown argument '\(argument)'\n".utf8))
    exit(64)
  }
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let specPath = root.appendingPathComponent("../shared/testdata/commonmark/spec-0.31.2.txt")
  .standardizedFileURL.path

var corpora: [(name: String, text: String)] = [
  ("prose", Corpora.prose(bytes: megabytes * 1_000_000))
]
do {
  corpora.append(
    ("spec", try Corpora.specExamples(specPath: specPath, bytes: megabytes * 1_000_000)))
} catch {
  FileHandle.standardError.write(Data("note: no spec corpus, cannot read \(specPath)\n".utf8))
}

if let outDirectory {
  try FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true)
  for corpus in corpora {
    try Data(corpus.text.utf8).write(to: URL(fileURLWithPath: outDirectory + "/\(corpus.name).md"))
  }
}

/// CPU seconds used by this process: unlike wall-clock time it does not count waiting for a
/// core, so runs on a shared machine stay comparable (run.sh measures cmark-gfm the same way).
func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The best CPU time of `runs` runs, in seconds.
func best(runs: Int, _ body: () -> Int) -> Double {
  var fastest = Double.infinity
  var sink = 0
  for _ in 0..<max(1, runs) {
    let start = cpuSeconds()
    sink &+= body()
    fastest = min(fastest, cpuSeconds() - start)
  }
  if sink == -1 { print("") }  // keeps the work from being optimized away
  return fastest
}

func report(_ corpus: String, _ phase: String, megabytes: Double, seconds: Double) {
  print("\(corpus)\t\(phase)\t" + String(format: "%.1f", megabytes / seconds))
}

for corpus in corpora {
  let megabytes = Double(corpus.text.utf8.count) / 1_000_000
  print("\(corpus.name)\tbytes\t\(corpus.text.utf8.count)")
  if phases.contains("parse") {
    let seconds = best(runs: runs) { CommonMark.parse(corpus.text).blocks.count }
    report(corpus.name, "parse", megabytes: megabytes, seconds: seconds)
  }
  if phases.contains("parse+html") {
    let seconds = best(runs: runs) {
      HTMLRenderer().render(CommonMark.parse(corpus.text).blocks).utf8.count
    }
    report(corpus.name, "parse+html", megabytes: megabytes, seconds: seconds)
  }
  let renderers: [(phase: String, render: ([Block]) -> String)] = [
    ("html", { HTMLRenderer().render($0) }),
    ("commonmark", { CommonMark.render($0) }),
    ("text", { PlainTextRenderer().render($0) }),
  ]
  for renderer in renderers where phases.contains(renderer.phase) {
    let tree = CommonMark.parse(corpus.text).blocks
    let seconds = best(runs: runs) { renderer.render(tree).utf8.count }
    report(corpus.name, renderer.phase, megabytes: megabytes, seconds: seconds)
  }
}
