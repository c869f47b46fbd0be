// The JSON AST: the versioned wire form of a briefing that plugins and filters exchange.
// Rich text travels as tagged nodes ({"t":"Paragraph","c":[…]}), so plugins need no Markdown
// parser. Each version has its own encoder and decoder; `decode` reads `astVersion` first and
// dispatches, so when version 2 arrives the host keeps reading version 1 (ASTDecoderV1 stays).
import BriefingCore

/// Encodes and decodes the versioned JSON AST (`"astVersion": 1`).
public enum BriefingAST {
  /// The version this build writes by default.
  public static let currentVersion = 1
  /// Every version this build can read and write, oldest first.
  public static let supportedVersions = [1]

  /// The AST of `briefing` as a JSON value, in `version` (one of ``supportedVersions``).
  public static func encode(_ briefing: Briefing, version: Int = currentVersion) -> JSONValue {
    // Only version 1 exists; a later one adds a case here and keeps this one.
    switch version {
    default: ASTEncoderV1().encode(briefing)
    }
  }

  /// The AST of `briefing` as compact UTF-8 JSON with a final newline.
  public static func encodedBytes(_ briefing: Briefing, version: Int = currentVersion) -> [UInt8] {
    WireJSON.serialize(encode(briefing, version: version))
  }

  /// Reads an AST document of any supported version; the version is checked before anything else.
  public static func decode(_ value: JSONValue, at path: DocumentPath = .root)
    throws(ASTError) -> Briefing
  {
    guard case .object(let members) = value else {
      throw ASTError(path: path, "expected an AST object, found \(value.kindName)")
    }
    guard let versionValue = members["astVersion"] else {
      throw ASTError(path: path, "missing 'astVersion'; this briefing speaks \(versionList)")
    }
    guard case .integer(let version) = versionValue else {
      throw ASTError(
        path: path.appending("astVersion"), "'astVersion' must be an integer such as 1")
    }
    switch version {
    case 1: return try ASTDecoderV1().decode(value, at: path)
    default: throw ASTError.unsupportedVersion(version, at: path.appending("astVersion"))
    }
  }

  /// Parses and reads AST JSON text.
  public static func decode(bytes: [UInt8]) throws(ASTError) -> Briefing {
    let value: JSONValue
    do {
      value = try WireJSON.parse(bytes)
    } catch {
      throw ASTError(path: .root, "malformed JSON: \(error)")
    }
    return try decode(value)
  }

  /// The supported versions as text: `1`, or `1 and 2`.
  static var versionList: String {
    supportedVersions.map(String.init).joined(separator: " and ")
  }
}

/// Why an AST document could not be read: a message, and the JSON pointer it concerns.
public struct ASTError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where in the AST document.
  public var path: DocumentPath
  /// What is wrong, lowercase, no final period.
  public var message: String

  /// Creates an error.
  public init(path: DocumentPath, _ message: String) {
    self.path = path
    self.message = message
  }

  /// The refusal of a version this build does not speak; names both.
  public static func unsupportedVersion(_ version: Int, at path: DocumentPath = .root) -> ASTError {
    ASTError(
      path: path,
      "AST version \(version) is not supported; this briefing speaks \(BriefingAST.versionList)")
  }

  /// `message (at /pointer)`.
  public var description: String {
    path.components.isEmpty ? message : "\(message) (at \(path))"
  }
}
