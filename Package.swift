// swift-tools-version: 6.1
// BriefingKit: convert, validate and extend briefings (see README.md and ../shared/design/FORMAT.md).
import PackageDescription

/// The source and test targets of one format under `Formats/<name>/`, from a single line.
///
/// A format's module is `<name>Format`; its tests are `<name>FormatTests`. Formats depend on
/// `BriefingFormats` (and the packages they name), never on each other. Their tests may also
/// compose YAML (`BriefingYAML`), the form the examples are written in.
func formatTargets(_ name: String, dependencies: [Target.Dependency] = []) -> [Target] {
  [
    .target(
      name: "\(name)Format",
      dependencies: [.target(name: "BriefingFormats")] + dependencies,
      path: "Formats/\(name)/Sources"
    ),
    .testTarget(
      name: "\(name)FormatTests",
      dependencies: [.target(name: "\(name)Format"), "BriefingTesting", "BriefingYAML"],
      path: "Formats/\(name)/Tests"
    ),
  ]
}

/// The built-in formats, each a folder under `Formats/` and one entry here (plus one line in
/// `Sources/BriefingCLI/BuiltInFormats.swift`): the CLI depends on every one of them.
let builtInFormats: [(name: String, dependencies: [Target.Dependency])] = [
  ("YAML", ["BriefingYAML"]),
  ("JSON", []),
  ("PlainText", []),
  ("Markdown", ["BriefingYAML"]),
  ("HTML", ["CLibXML2", .product(name: "Mustache", package: "swift-mustache")]),
]

let package = Package(
  name: "BriefingKit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "RichText", targets: ["RichText"]),
    .library(name: "BriefingCore", targets: ["BriefingCore"]),
    .library(name: "BriefingFormats", targets: ["BriefingFormats"]),
    .library(name: "BriefingCLI", targets: ["BriefingCLI"]),
    .library(name: "BriefingTesting", targets: ["BriefingTesting"]),
    .executable(name: "briefing", targets: ["briefing"]),
    .executable(name: "richtext", targets: ["richtext"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    .target(name: "RichText"),
    .executableTarget(name: "richtext", dependencies: ["RichText"]),
    .target(
      name: "BriefingCore",
      dependencies: [
        "RichText", .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    .target(
      name: "BriefingFormats",
      dependencies: [
        "BriefingCore", .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    // YAML syntax on the system's libyaml, kept out of BriefingFormats so that a plugin
    // depending only on the plugin API compiles and links no C.
    .target(
      name: "BriefingYAML",
      dependencies: [
        "BriefingFormats", "CYAML",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(
      name: "BriefingTesting",
      dependencies: [
        "BriefingFormats", "BriefingCore", "RichText",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    .target(
      name: "BriefingCLI",
      dependencies: [
        "BriefingFormats", "BriefingYAML",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "OrderedCollections", package: "swift-collections"),
      ] + builtInFormats.map { .target(name: "\($0.name)Format") }
    ),
    .executableTarget(name: "briefing", dependencies: ["BriefingCLI"]),
    // BriefingTesting is Swift-only (no C below it), so the parser's tests may share its
    // seeded generator.
    .testTarget(name: "RichTextTests", dependencies: ["RichText", "BriefingTesting"]),
    .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore"]),
    .testTarget(
      name: "BriefingFormatsTests", dependencies: ["BriefingFormats", "BriefingTesting"]),
    .testTarget(
      name: "BriefingCLITests", dependencies: ["BriefingCLI", "BriefingTesting"],
      exclude: ["Commands", "Fixtures", "Golden"]),
    .testTarget(
      name: "ConformanceTests", dependencies: ["BriefingCLI", "BriefingTesting"]),
  ]
    + builtInFormats.flatMap { formatTargets($0.name, dependencies: $0.dependencies) },
  swiftLanguageModes: [.v6]
)
