// The envelope of a plugin's reply (`describe`, the `diagnostics` list, `output`): small,
// fixed objects read from the reply's tree, each failure naming its JSON pointer and position. The AST
// inside a reply is read by the tree decoder, which reports every problem with its position.
import BriefingCore

/// A JSON object of a plugin's reply, with the pointer it sits at for error messages.
struct Fields {
  let node: TreeNode
  let members: [TreeMember]
  let path: DocumentPath

  init(_ node: TreeNode, at path: DocumentPath) throws(ASTError) {
    guard case .object(let members) = node.value else {
      throw ASTError(path: path, "expected an object, found \(node.kindName)", range: node.range)
    }
    self.node = node
    self.members = members
    self.path = path
  }

  /// A member that may be absent or null (of duplicates, the last, as JSON readers do).
  func optional(_ key: String) throws(ASTError) -> (node: TreeNode, path: DocumentPath)? {
    guard let found = members.last(where: { $0.key == key })?.value else { return nil }
    if case .null = found.value { return nil }
    return (found, path.appending(key))
  }

  func string(_ key: String) throws(ASTError) -> String? {
    guard let (node, path) = try optional(key) else { return nil }
    guard case .string(let text) = node.value else {
      throw ASTError(path: path, "expected a string, found \(node.kindName)", range: node.range)
    }
    return text
  }

  func requiredString(_ key: String) throws(ASTError) -> String {
    guard let text = try string(key) else {
      throw ASTError(path: path, "missing member '\(key)'", range: SourceRange(at: node.range.start))
    }
    return text
  }

  func bool(_ key: String) throws(ASTError) -> Bool? {
    guard let (node, path) = try optional(key) else { return nil }
    guard case .bool(let flag) = node.value else {
      throw ASTError(path: path, "expected true or false, found \(node.kindName)", range: node.range)
    }
    return flag
  }

  /// The items of an array member (empty when absent), each with its pointer.
  func array(_ key: String) throws(ASTError) -> [(node: TreeNode, path: DocumentPath)] {
    guard let (node, path) = try optional(key) else { return [] }
    guard case .array(let items) = node.value else {
      throw ASTError(path: path, "expected an array, found \(node.kindName)", range: node.range)
    }
    return items.enumerated().map { ($0.element, path.appending($0.offset)) }
  }

  func strings(_ key: String) throws(ASTError) -> [String] {
    try array(key).map { item throws(ASTError) in
      guard case .string(let text) = item.node.value else {
        throw ASTError(
          path: item.path, "expected a string, found \(item.node.kindName)", range: item.node.range)
      }
      return text
    }
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
