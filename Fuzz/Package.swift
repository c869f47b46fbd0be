// swift-tools-version: 6.1
// Fuzz targets for BriefingKit, built with libFuzzer and AddressSanitizer by `run.sh`.
//
// A package of its own so that the main package's `swift build` and `swift test` never build
// or need the sanitizers. Build only through `run.sh`, which passes `-sanitize=fuzzer,address`
// (libFuzzer's driver, which `main.swift` calls, comes with it).
import PackageDescription

let package = Package(
  name: "BriefingFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "BriefingKit", path: "..")],
  targets: [
    .target(name: "CFuzzerDriver"),
    .executableTarget(
      name: "BriefingFuzz",
      dependencies: [
        "CFuzzerDriver",
        .product(name: "RichText", package: "BriefingKit"),
        .product(name: "BriefingCore", package: "BriefingKit"),
        .product(name: "BriefingFormats", package: "BriefingKit"),
        .product(name: "BriefingCLI", package: "BriefingKit"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
