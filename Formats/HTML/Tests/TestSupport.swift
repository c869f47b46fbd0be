// Shared helpers: write and read through the public API, golden files, output folders.
import BriefingCore
import BriefingFormats
import BriefingTesting
import Foundation
import RichText
import Testing

@testable import HTMLFormat

enum HTMLSupport {
  /// The package root.
  static let packageRoot = PackageFiles.root()

  static func options(_ pairs: [String: String] = [:]) throws -> FormatOptions {
    var options = FormatOptions()
    for (name, value) in pairs {
      try options.set(name, to: value, checkedAgainst: HTMLFormat().descriptor.options)
    }
    return options
  }

  static func write(_ briefing: Briefing, _ pairs: [String: String] = [:]) throws -> WriteResult {
    try HTMLWriter().write(briefing, options: options(pairs))
  }

  static func html(_ briefing: Briefing, _ pairs: [String: String] = [:]) throws -> String {
    String(decoding: try write(briefing, pairs).bytes, as: UTF8.self)
  }

  static func read(_ html: String, name: String = "page.html") -> ReadResult {
    HTMLReader().read(SourceFile(name: name, text: html), options: FormatOptions())
  }

  /// Where tests leave pages for the Python checks (`Formats/HTML/Scripts`).
  static var outputDirectory: URL {
    let environment = ProcessInfo.processInfo.environment["BRIEFING_HTML_OUTPUT_DIR"]
    let url =
      environment.map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("briefingkit-html")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// What a page would run: found by walking libxml2's parse of it.
struct ScriptScan {
  var scripts: [HTMLNode] = []
  var problems: [String] = []
}

extension HTMLSupport {
  static let urlAttributes: Set<String> = [
    "href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href", "data",
    "srcset",
  ]

  /// Scripts, event-handler attributes and unsafe URLs in a page.
  static func scan(_ page: String) -> ScriptScan {
    var scan = ScriptScan()
    func visit(_ node: HTMLNode, inHead: Bool) {
      guard let name = node.name else { return }
      if name == "script" {
        scan.scripts.append(node)
        if node.attribute("type") != "application/ld+json" {
          scan.problems.append("script element of type \(node.attribute("type") ?? "none")")
        }
      }
      if ["iframe", "object", "embed", "svg", "math", "base", "form", "frame", "frameset"].contains(
        name) || (name == "style" && !inHead)
      {
        scan.problems.append("<\(name)> element")
      }
      for attribute in node.attributes {
        if attribute.name.hasPrefix("on") {
          scan.problems.append("\(attribute.name) attribute on <\(name)>")
        }
        if urlAttributes.contains(attribute.name) && !URLPolicy.standard.allows(attribute.value) {
          scan.problems.append("\(attribute.name)='\(attribute.value)' on <\(name)>")
        }
      }
      for child in node.children { visit(child, inHead: inHead || name == "head") }
    }
    for child in HTMLDOM.parse(Array(page.utf8)).document.children { visit(child, inHead: false) }
    return scan
  }
}
