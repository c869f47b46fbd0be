import BriefingCore
import RichText

// MARK: - Scalars, lists and rich text

extension DecodingState {
  /// A string; a YAML number or boolean is taken as written, with a warning.
  mutating func string(_ node: TreeNode, at path: DocumentPath) -> String? {
    switch node.value {
    case .string(let text):
      return text
    case .bool, .integer, .number:
      if acceptsScalarsAsText, let text = node.sourceText {
        let message =
          "'\(text)' reads as \(node.typeName == "boolean" ? "a boolean" : "a number") "
          + "in YAML and was taken as the text '\(text)'; quote it to say so"
        report(.warning, "schema.coerced", message, range: node.range, path: path)
        return text
      }
    default:
      break
    }
    typeMismatch(node, at: path, expected: "a string")
    return nil
  }

  /// A whole number of at least zero (counts and totals).
  mutating func count(_ node: TreeNode, at path: DocumentPath) -> Int? {
    let number: Int
    switch node.value {
    case .integer(let value):
      number = value
    case .number(let value) where value.rounded() == value && abs(value) < 1e15:
      number = Int(value)
    default:
      typeMismatch(node, at: path, expected: "a whole number")
      return nil
    }
    guard number >= 0 else {
      report(
        .error, "schema.range", "\(number) is negative; a count cannot be below 0",
        range: node.range, path: path)
      return nil
    }
    return number
  }

  /// `true` or `false`.
  mutating func bool(_ node: TreeNode, at path: DocumentPath) -> Bool? {
    if case .bool(let flag) = node.value { return flag }
    typeMismatch(node, at: path, expected: "a boolean (true or false)")
    return nil
  }

  /// The elements of a list, with their paths recorded.
  mutating func list(_ node: TreeNode, at path: DocumentPath) -> [TreeNode]? {
    guard case .array(let items) = node.value else {
      typeMismatch(node, at: path, expected: "a list")
      return nil
    }
    for (index, item) in items.enumerated() { sourceMap[path.appending(index)] = item.range }
    return items
  }

  /// A list of strings (authors, tags); bad elements are reported and skipped.
  mutating func strings(_ node: TreeNode, at path: DocumentPath) -> [String]? {
    guard let items = list(node, at: path) else { return nil }
    return items.enumerated().compactMap { index, item in string(item, at: path.appending(index)) }
  }

  /// Inline CommonMark text (a title, a takeaway, a question).
  mutating func inline(_ node: TreeNode, at path: DocumentPath) -> InlineText? {
    if dialect == .ast { return taggedInlines(node, at: path).map { InlineText($0) } }
    guard let text = string(node, at: path) else { return nil }
    let document = CommonMark.parseInline(text)
    richTextWarnings(document.warnings, node: node, path: path)
    place(document.sourceMap, of: node, at: path)
    return InlineText(document.inlines)
  }

  /// Block CommonMark text (a summary, an answer, a comment).
  mutating func block(_ node: TreeNode, at path: DocumentPath) -> BlockText? {
    if dialect == .ast { return taggedBlocks(node, at: path).map { BlockText($0) } }
    guard let text = string(node, at: path) else { return nil }
    let document = CommonMark.parse(text)
    richTextWarnings(document.warnings, node: node, path: path)
    place(document.sourceMap, of: node, at: path)
    return BlockText(document.blocks)
  }

  /// An enumeration value, reported with the allowed values and a suggestion.
  mutating func enumeration<T: RawRepresentable & CaseIterable>(
    _ node: TreeNode, at path: DocumentPath, what: String
  ) -> T? where T.RawValue == String {
    guard let text = string(node, at: path) else { return nil }
    if let value = T(rawValue: text) { return value }
    let allowed = T.allCases.map(\.rawValue)
    let advice = Suggestion.closest(to: text, in: allowed).map { "did you mean '\($0)'? " } ?? ""
    let message =
      "unknown \(what) '\(text)'; \(advice)use one of \(allowed.joined(separator: ", "))"
    report(.error, "schema.enum", message, range: node.range, path: path)
    return nil
  }

  /// Records where the nodes of rich text parsed from `node` stand, when its text is the
  /// source's own bytes; otherwise paths into the text fall back to the value's range.
  private mutating func place(_ spans: RichTextSourceMap, of node: TreeNode, at path: DocumentPath) {
    guard let layout = node.textLayout, case .string = node.value else { return }
    sourceMap.texts[path] = RichTextPlacement(spans: spans, layout: layout)
  }

  private mutating func richTextWarnings(
    _ warnings: [RichTextWarning], node: TreeNode, path: DocumentPath
  ) {
    for warning in warnings {
      report(.warning, warning.id, warning.message, range: node.range, path: path)
    }
  }
}
