// swift-tools-version: 6.1
// A third-party format for BriefingKit, in its own package: a JSON Feed 1.1 writer, and a
// `briefing` executable that ships with it. See Docs/Plugins.md, "In-process formats".
import PackageDescription

let package = Package(
  name: "JSONFeedPlugin",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "JSONFeedFormat", targets: ["JSONFeedFormat"]),
    .executable(name: "jsonfeed-briefing", targets: ["JSONFeedBriefing"]),
  ],
  dependencies: [.package(name: "BriefingKit", path: "../..")],
  targets: [
    .target(
      name: "JSONFeedFormat",
      dependencies: [
        .product(name: "BriefingFormats", package: "BriefingKit"),
        .product(name: "RichText", package: "BriefingKit"),
      ]),
    // Target and product names must be unique across the package graph, and BriefingKit has a
    // `briefing` of each: a second `briefing` would be built over the first in .build/.
    .executableTarget(
      name: "JSONFeedBriefing",
      dependencies: ["JSONFeedFormat", .product(name: "BriefingCLI", package: "BriefingKit")],
      path: "Sources/briefing"),
    .testTarget(
      name: "JSONFeedFormatTests",
      dependencies: [
        "JSONFeedFormat", .product(name: "BriefingCLI", package: "BriefingKit"),
        .product(name: "BriefingTesting", package: "BriefingKit"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
