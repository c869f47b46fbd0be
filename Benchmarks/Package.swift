// swift-tools-version: 6.1
// Throughput benchmark for the RichText CommonMark engine. Kept out of the root package so
// `swift test` never builds or runs it; run `Benchmarks/run.sh` (release build + cmark-gfm).
import PackageDescription

let package = Package(
  name: "RichTextBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "BriefingKit", path: "..")],
  targets: [
    .executableTarget(
      name: "richtext-bench",
      dependencies: [.product(name: "RichText", package: "BriefingKit")]
    )
  ],
  swiftLanguageModes: [.v6]
)
