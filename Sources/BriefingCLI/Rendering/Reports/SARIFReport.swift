import BriefingCore
import BriefingFormats

/// The `sarif` format: one SARIF 2.1.0 log with a single run, the rules its results use
/// described in the driver, every checked file an artifact, every diagnostic a result with its file region
/// and its document path as a logical location.
struct SARIFReport {
  /// The rule metadata to draw from; ids found in the report but missing here are described
  /// by their id alone, so every result has a `ruleIndex`.
  var rules: [RuleInfo]

  /// Where people read about the tool.
  static let informationURI = "https://github.com/briefingkit/briefingkit"

  /// The log as JSON text, ending with a newline.
  func render(_ report: ValidationReport) -> String {
    JSONText.write(log(report).jsonValue, style: .report)
  }

  /// The log of `report`.
  func log(_ report: ValidationReport) -> SARIFLog {
    // Only the rules that results refer to are described, in catalog order, so a log of a
    // clean run stays small; ids the catalog lacks follow in order of appearance.
    let used = Set(report.files.flatMap { $0.diagnostics.map(\.id) })
    var driverRules = rules.filter { used.contains($0.id) }.map(Self.rule)
    var indexByID: [String: Int] = [:]
    for (index, rule) in driverRules.enumerated() where indexByID[rule.id] == nil {
      indexByID[rule.id] = index
    }
    var artifacts: [SARIFLog.Artifact] = []
    var results: [SARIFLog.Result] = []
    for file in report.files {
      let fileLocation = Self.artifactLocation(file.path, index: artifacts.count)
      artifacts.append(
        SARIFLog.Artifact(
          location: SARIFLog.ArtifactLocation(
            uri: fileLocation.uri, uriBaseId: fileLocation.uriBaseId),
          length: file.source?.count))
      for diagnostic in file.diagnostics {
        let ruleIndex: Int
        if let known = indexByID[diagnostic.id] {
          ruleIndex = known
        } else {
          ruleIndex = driverRules.count
          indexByID[diagnostic.id] = ruleIndex
          driverRules.append(Self.unknownRule(diagnostic))
        }
        var location = fileLocation
        if let named = diagnostic.file, named != file.path {
          location = Self.artifactLocation(named, index: nil)
        }
        results.append(
          SARIFLog.Result(
            ruleId: diagnostic.id, ruleIndex: ruleIndex, level: Self.level(diagnostic.severity),
            message: SARIFLog.Message(text: diagnostic.message),
            locations: [Self.location(diagnostic, artifact: location)]))
      }
    }
    let run = SARIFLog.Run(
      tool: SARIFLog.Tool(
        driver: SARIFLog.Driver(
          name: "briefing", version: BriefingCommand.version,
          informationUri: Self.informationURI, rules: driverRules)),
      artifacts: artifacts, results: results)
    return SARIFLog(runs: [run])
  }

  /// SARIF's name for the folder relative paths start from.
  static let sourceRoot = "%SRCROOT%"

  /// The driver's description of one rule.
  static func rule(_ info: RuleInfo) -> SARIFLog.Rule {
    SARIFLog.Rule(
      id: info.id, shortDescription: SARIFLog.Message(text: info.summary),
      fullDescription: info.explanation.isEmpty ? nil : SARIFLog.Message(text: info.explanation),
      help: info.explanation.isEmpty ? nil : SARIFLog.Message(text: info.explanation),
      helpUri: nil,
      defaultConfiguration: SARIFLog.Configuration(level: level(info.defaultSeverity)),
      properties: SARIFLog.Properties(category: info.category, tags: [info.category]))
  }

  /// A stand-in description for an id the catalog does not know (a plugin's, say).
  static func unknownRule(_ diagnostic: Diagnostic) -> SARIFLog.Rule {
    SARIFLog.Rule(
      id: diagnostic.id, shortDescription: SARIFLog.Message(text: diagnostic.id),
      defaultConfiguration: SARIFLog.Configuration(level: level(diagnostic.severity)))
  }

  /// SARIF's level for a severity.
  static func level(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// The physical and logical location of one diagnostic.
  static func location(_ diagnostic: Diagnostic, artifact: SARIFLog.ArtifactLocation)
    -> SARIFLog.Location
  {
    let region = diagnostic.range.map { range in
      // SARIF requires the end at or after the start; an empty range marks an insertion point.
      let end = max(range.end, range.start)
      return SARIFLog.Region(
        startLine: max(range.start.line, 1), startColumn: max(range.start.column, 1),
        endLine: max(end.line, 1), endColumn: max(end.column, 1))
    }
    var logical: [SARIFLog.LogicalLocation]?
    if let path = diagnostic.path {
      // SARIF's kinds for JSON-like data: a key names a "property", a list item is a "value".
      let last: (name: String, kind: String)? = path.components.last.map { component in
        switch component {
        case .key(let key): (key, "property")
        case .index(let index): (String(index), "value")
        }
      }
      logical = [
        SARIFLog.LogicalLocation(
          name: last?.name, fullyQualifiedName: path.description, kind: last?.kind ?? "object")
      ]
    }
    return SARIFLog.Location(
      physicalLocation: SARIFLog.PhysicalLocation(artifactLocation: artifact, region: region),
      logicalLocations: logical)
  }

  /// A file path as a SARIF artifact location: relative paths become URI references against
  /// `%SRCROOT%`, absolute ones `file://` URIs.
  static func artifactLocation(_ path: String, index: Int?) -> SARIFLog.ArtifactLocation {
    if path.hasPrefix("/") {
      return SARIFLog.ArtifactLocation(uri: "file://" + percentEncoded(path), index: index)
    }
    var relative = Substring(path)
    while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
    return SARIFLog.ArtifactLocation(
      uri: percentEncoded(String(relative)), uriBaseId: sourceRoot, index: index)
  }

  /// `path` with every byte outside RFC 3986's unreserved set and `/` percent-encoded.
  static func percentEncoded(_ path: String) -> String {
    var output = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        output.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".utf8)
        output += "%"
        output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
        output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
      }
    }
    return output
  }
}
