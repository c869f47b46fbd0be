import BriefingCore
import BriefingFormats
import BriefingYAML
import Foundation

/// An HTML comment the writer adds where the visible Markdown cannot carry a value, and that
/// people may write by hand: `<!-- section: questions -->`, or with a YAML flow mapping,
/// `<!-- section: {type: text, title: null, x-note: 1} -->`. `<!-- /section -->` closes a
/// section opened with `end: true`; `<!-- replies -->` introduces a comment's replies.
///
/// GitHub and every CommonMark renderer hide comments, so the markers cost nothing visible.
struct Marker {
  /// What the comment says.
  enum Kind: Equatable {
    /// `<!-- section: … -->` with its value.
    case section(TreeNode)
    /// `<!-- question: … -->` with its value (inside a `<details>` opening).
    case question(TreeNode)
    /// `<!-- comment: … -->` with its value (inside a comment's list item).
    case comment(TreeNode)
    /// `<!-- /section -->`.
    case sectionEnd
    /// `<!-- replies -->`.
    case replies
  }

  /// What the comment says.
  var kind: Kind

  /// Reads a marker from an HTML block's text; `nil` when it is not one of ours. `problem` is set
  /// when it looks like a marker but its YAML does not read.
  static func parse(_ html: String, problem: inout String?) -> Marker? {
    let text = html.trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.hasPrefix("<!--"), text.hasSuffix("-->"), text.count >= 7 else { return nil }
    let inner = String(text.dropFirst(4).dropLast(3)).trimmingCharacters(in: .whitespaces)
    if inner == "/section" { return Marker(kind: .sectionEnd) }
    if inner == "replies" { return Marker(kind: .replies) }
    let names = ["section", "question", "comment"]
    guard let name = names.first(where: { inner.hasPrefix($0 + ":") }) else { return nil }
    let composed = YAMLComposer().compose(Array(inner.utf8))
    guard let tree = composed.tree, case .object(let members) = tree.value,
      members.count == 1, let value = members.first?.value
    else {
      let reason = composed.diagnostics.first.map { ": \($0.message)" } ?? ""
      problem = "the '\(name)' marker is not readable YAML\(reason)"
      return nil
    }
    switch name {
    case "section": return Marker(kind: .section(value))
    case "question": return Marker(kind: .question(value))
    default: return Marker(kind: .comment(value))
    }
  }

  /// The comment text for `name` with a value: a bare word for a plain string, else JSON (which
  /// YAML reads as a flow mapping), with `>` escaped so the comment cannot end early.
  static func emit(_ name: String, _ value: JSONValue) -> String {
    if case .string(let word) = value, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
      return "<!-- \(name): \(word) -->\n"
    }
    return "<!-- \(name): \(JSONText.write(value, style: .markdownMarker)) -->\n"
  }
}
