import BriefingCore
import OrderedCollections

/// A positioned data tree: what the YAML and JSON readers build before one shared decoder maps
/// it onto the model, so both formats report the same problems with the same paths.
public struct TreeNode: Hashable, Sendable {
  /// The node's content.
  public enum Value: Hashable, Sendable {
    /// `null` (YAML `~`, `null`, or nothing).
    case null
    /// A boolean.
    case bool(Bool)
    /// A whole number that fits in `Int`.
    case integer(Int)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// A sequence.
    case array([TreeNode])
    /// A mapping, every member in document order, duplicates included so they can be reported.
    case object([TreeMember])
  }

  /// The content.
  public var value: Value
  /// Where the node stands in the source.
  public var range: SourceRange
  /// For a scalar that was resolved to a non-string (YAML's `2026`, `yes`), the text as written,
  /// so a decoder expecting a string can take it and say so; `nil` otherwise.
  public var sourceText: String?
  /// For a string that would read as a whole number or boolean if written without its quotes
  /// (YAML's `"3"`, JSON's `"true"`), `true`, so a decoder expecting one can say to remove
  /// them; the reader that knows its syntax sets it.
  public var looksLikeNumberOrBoolean = false
  /// For a string whose every line stands verbatim in the source (a YAML literal block, a
  /// one-line plain scalar, a JSON string without escapes), how its lines map onto the file,
  /// so the nodes of rich text parsed from it can be placed exactly; `nil` otherwise.
  public var textLayout: TextLayout?

  /// Creates a node.
  public init(_ value: Value, range: SourceRange, sourceText: String? = nil) {
    self.value = value
    self.range = range
    self.sourceText = sourceText
  }

  /// A short name for the node's type, for messages: `string`, `mapping`, …
  public var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .integer: "integer"
    case .number: "number"
    case .string: "string"
    case .array: "list"
    case .object: "mapping"
    }
  }

  /// The node as a position-free value (the last of duplicate keys wins), for extension data.
  public var jsonValue: JSONValue {
    switch value {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .integer(let number): .integer(number)
    case .number(let number): .number(number)
    case .string(let text): .string(text)
    case .array(let items): .array(items.map(\.jsonValue))
    case .object(let members):
      .object(OrderedDictionary(members.map { ($0.key, $0.value.jsonValue) }, uniquingKeysWith: { $1 }))
    }
  }
}

/// One key and value of a mapping, with the key's own position.
public struct TreeMember: Hashable, Sendable {
  /// The key.
  public var key: String
  /// Where the key stands.
  public var keyRange: SourceRange
  /// The value.
  public var value: TreeNode

  /// Creates a member.
  public init(key: String, keyRange: SourceRange, value: TreeNode) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

/// Bounds that keep hostile YAML or JSON from exhausting the stack or memory.
public struct TreeLimits: Hashable, Sendable {
  /// The deepest nesting of arrays and objects accepted.
  public var maxDepth: Int
  /// The largest input accepted, in bytes.
  public var maxBytes: Int
  /// The most nodes YAML alias expansion may produce (billion-laughs guard).
  public var maxAliasExpansion: Int

  /// Creates limits; the defaults are generous for briefings and small for attacks.
  public init(maxDepth: Int = 64, maxBytes: Int = 64 << 20, maxAliasExpansion: Int = 10_000) {
    self.maxDepth = maxDepth
    self.maxBytes = maxBytes
    self.maxAliasExpansion = maxAliasExpansion
  }
}
