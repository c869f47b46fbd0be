// swift-tools-version: 6.1
// A third-party format for BriefingKit, in its own package: a JSON Feed 1.1 writer, and a
// `briefing` executable that ships with it. See Docs/Plugins.md, "In-process formats".
import PackageDescription

let package = Package(
  name: "JSONFeedPlugin",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "JSONFeedFormat", targets: ["JSONFeedFormat"]),
    .executable(name: "briefing", targets: ["briefing"]),
  ],
  dependencies: [.package(name: "BriefingKit", path: "../..")],
  targets: [
    .target(
      name: "JSONFeedFormat",
      dependencies: [
        .product(name: "BriefingFormats", package: "BriefingKit"),
        .product(name: "RichText", package: "BriefingKit"),
      ]),
    .executableTarget(
      name: "briefing",
      dependencies: ["JSONFeedFormat", .product(name: "BriefingCLI", package: "BriefingKit")]),
    .testTarget(
      name: "JSONFeedFormatTests",
      dependencies: [
        "JSONFeedFormat", .product(name: "BriefingCLI", package: "BriefingKit"),
        .product(name: "BriefingTesting", package: "BriefingKit"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
