// The envelope of a plugin's reply (`describe`, the `diagnostics` list, `output`): small,
// fixed objects read from the reply's tree. Like the tree decoder that reads the AST inside a
// reply, the reader goes on past a wrong member and reports every problem, each with its JSON
// pointer and position, so a plugin author fixes them all in one round.
import BriefingCore

/// A JSON object of a plugin's reply, with the pointer it sits at for error messages.
struct Fields {
  let node: TreeNode
  let members: [TreeMember]
  let path: DocumentPath

  /// A member that may be absent or null (of duplicates, the last, as JSON readers do).
  func optional(_ key: String) -> (node: TreeNode, path: DocumentPath)? {
    guard let found = members.last(where: { $0.key == key })?.value else { return nil }
    if case .null = found.value { return nil }
    return (found, path.appending(key))
  }
}

/// Reads the objects of a plugin's reply, collecting every problem: a wrong member reads as
/// absent (or is skipped, in a list) and reading goes on.
struct ReplyReader {
  /// The problems found so far, in the order they were found.
  private(set) var problems: [ASTError] = []

  /// Records a problem.
  mutating func report(_ path: DocumentPath, _ message: String, range: SourceRange?) {
    problems.append(ASTError(path: path, message, range: range))
  }

  /// Records that `node` is not of the kind `expected` names.
  private mutating func mismatch(_ node: TreeNode, at path: DocumentPath, expected: String) {
    report(path, "expected \(expected), found \(node.kindName)", range: node.range)
  }

  /// The members of an object, or `nil` when `node` is not one.
  mutating func fields(_ node: TreeNode, at path: DocumentPath) -> Fields? {
    guard case .object(let members) = node.value else {
      mismatch(node, at: path, expected: "an object")
      return nil
    }
    return Fields(node: node, members: members, path: path)
  }

  /// A string member, or `nil` when it is absent or not a string.
  mutating func string(_ key: String, in fields: Fields) -> String? {
    guard let (node, path) = fields.optional(key) else { return nil }
    guard case .string(let text) = node.value else {
      mismatch(node, at: path, expected: "a string")
      return nil
    }
    return text
  }

  /// A string member that must be present.
  mutating func requiredString(_ key: String, in fields: Fields) -> String? {
    if fields.optional(key) == nil {
      report(
        fields.path, "missing member '\(key)'", range: SourceRange(at: fields.node.range.start))
      return nil
    }
    return string(key, in: fields)
  }

  /// A boolean member, or `nil` when it is absent or not a boolean.
  mutating func bool(_ key: String, in fields: Fields) -> Bool? {
    guard let (node, path) = fields.optional(key) else { return nil }
    guard case .bool(let flag) = node.value else {
      mismatch(node, at: path, expected: "true or false")
      return nil
    }
    return flag
  }

  /// The items of an array member, each with its pointer; none when it is absent or not an
  /// array.
  mutating func array(_ key: String, in fields: Fields) -> [(node: TreeNode, path: DocumentPath)] {
    guard let (node, path) = fields.optional(key) else { return [] }
    guard case .array(let items) = node.value else {
      mismatch(node, at: path, expected: "an array")
      return []
    }
    return items.enumerated().map { ($0.element, path.appending($0.offset)) }
  }

  /// The strings of an array member; items that are not strings are reported and left out.
  mutating func strings(_ key: String, in fields: Fields) -> [String] {
    array(key, in: fields).compactMap { item in
      guard case .string(let text) = item.node.value else {
        mismatch(item.node, at: item.path, expected: "a string")
        return nil
      }
      return text
    }
  }

  /// The value of a member that names one of `cases`, or `fallback` when it is absent; `nil`
  /// (and a problem listing the cases) when it names none of them.
  mutating func choice<Value: RawRepresentable<String>>(
    _ key: String, in fields: Fields, fallback: Value, cases: String
  ) -> Value? {
    guard let text = string(key, in: fields) else {
      return fields.optional(key) == nil ? fallback : nil
    }
    guard let value = Value(rawValue: text) else {
      report(
        fields.path.appending(key), "\(key) must be \(cases)",
        range: fields.optional(key)?.node.range)
      return nil
    }
    return value
  }
}

extension TreeNode {
  /// `an object`, `a string`, … for messages about JSON.
  var kindName: String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .integer, .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
