/// Where a value sits in the briefing tree: an RFC 6901 JSON pointer such as
/// `/sections/1/items/0/answer`.
///
/// Paths name the same place in every format, since all formats share the FORMAT.md tree. A
/// path may continue past a rich-text value with child indices into its tree, as
/// `NodePath` counts them (`/sections/1/items/0/answer/2/0`); ``SourceMap`` places such paths.
public struct DocumentPath: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  /// One step: an object key or an array index.
  public enum Component: Hashable, Sendable, Comparable {
    /// An object key.
    case key(String)
    /// An array index.
    case index(Int)
  }

  /// The steps from the root.
  public var components: [Component]

  /// Creates a path from steps.
  public init(_ components: [Component] = []) { self.components = components }

  /// The root (the empty pointer `""`).
  public static let root = DocumentPath()

  /// This path extended by an object key.
  public func appending(_ key: String) -> DocumentPath { DocumentPath(components + [.key(key)]) }

  /// This path extended by an array index.
  public func appending(_ index: Int) -> DocumentPath { DocumentPath(components + [.index(index)]) }

  /// The path one step up, or `nil` at the root.
  public var parent: DocumentPath? {
    components.isEmpty ? nil : DocumentPath(Array(components.dropLast()))
  }

  /// The JSON pointer text, with `~` written `~0` and `/` written `~1`.
  public var description: String {
    components.map { component -> String in
      switch component {
      case .index(let index): "/\(index)"
      case .key(let key):
        "/" + key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
      }
    }.joined()
  }

  /// Parses a JSON pointer; `nil` unless it is empty or starts with `/`.
  ///
  /// A step made only of ASCII digits (without a leading zero) is read as an index.
  public init?(pointer: String) {
    if pointer.isEmpty {
      self.init()
      return
    }
    guard pointer.hasPrefix("/") else { return nil }
    let steps = pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    self.init(
      steps.map { step -> Component in
        let key = String(step).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        let isIndex = !key.isEmpty && key.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
          && (key == "0" || !key.hasPrefix("0"))
        if isIndex, let index = Int(key) { return .index(index) }
        return .key(key)
      })
  }

  /// Orders paths component by component, so diagnostics sort in document order.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.components.lexicographicallyPrecedes(rhs.components)
  }

  /// Encodes as the pointer string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Decodes from a pointer string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let path = DocumentPath(pointer: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a JSON pointer")
    }
    self = path
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard contains(target) else { return self }
    return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
