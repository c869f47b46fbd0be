// The envelope of a plugin's reply (`describe`, the `diagnostics` list, `output`): small,
// fixed objects read from the reply's value, each failure naming its JSON pointer. The AST
// inside a reply is read by the tree decoder, which reports every problem with its position.
import BriefingCore
import OrderedCollections

/// A JSON object of a plugin's reply, with the pointer it sits at for error messages.
struct Fields {
  let members: OrderedDictionary<String, JSONValue>
  let path: DocumentPath

  init(_ value: JSONValue, at path: DocumentPath) throws(ASTError) {
    guard case .object(let members) = value else {
      throw ASTError(path: path, "expected an object, found \(value.kindName)")
    }
    self.members = members
    self.path = path
  }

  /// A member that may be absent or null.
  func optional(_ key: String) throws(ASTError) -> (value: JSONValue, path: DocumentPath)? {
    guard let value = members[key], value != .null else { return nil }
    return (value, path.appending(key))
  }

  func required(_ key: String) throws(ASTError) -> (value: JSONValue, path: DocumentPath) {
    guard let found = try optional(key) else {
      throw ASTError(path: path, "missing member '\(key)'")
    }
    return found
  }

  func string(_ key: String) throws(ASTError) -> String? {
    guard let (value, path) = try optional(key) else { return nil }
    guard case .string(let text) = value else {
      throw ASTError(path: path, "expected a string, found \(value.kindName)")
    }
    return text
  }

  func requiredString(_ key: String) throws(ASTError) -> String {
    guard let text = try string(key) else { throw ASTError(path: path, "missing member '\(key)'") }
    return text
  }

  func bool(_ key: String) throws(ASTError) -> Bool? {
    guard let (value, path) = try optional(key) else { return nil }
    guard case .bool(let flag) = value else {
      throw ASTError(path: path, "expected true or false, found \(value.kindName)")
    }
    return flag
  }

  /// The items of an array member (empty when absent), each with its pointer.
  func array(_ key: String) throws(ASTError) -> [(value: JSONValue, path: DocumentPath)] {
    guard let (value, path) = try optional(key) else { return [] }
    return try Self.items(value, at: path)
  }

  func strings(_ key: String) throws(ASTError) -> [String] {
    try array(key).map { item throws(ASTError) in
      guard case .string(let text) = item.value else {
        throw ASTError(path: item.path, "expected a string, found \(item.value.kindName)")
      }
      return text
    }
  }

  static func items(_ value: JSONValue, at path: DocumentPath) throws(ASTError)
    -> [(value: JSONValue, path: DocumentPath)]
  {
    guard case .array(let items) = value else {
      throw ASTError(path: path, "expected an array, found \(value.kindName)")
    }
    return items.enumerated().map { ($0.element, path.appending($0.offset)) }
  }
}

extension JSONValue {
  /// `an object`, `a string`, … for messages.
  var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .integer, .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
