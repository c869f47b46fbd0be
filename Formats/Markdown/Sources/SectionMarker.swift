import BriefingCore
import BriefingFormats
import OrderedCollections

/// What a `<!-- section: … -->` marker says about its section.
///
/// The value is a type word (`questions`) or a mapping with `type`, `title` (a string, or
/// `null` for a section without its own title under a default heading), `end: true` (the
/// section runs to `<!-- /section -->`), `x-` keys, and, when the writer could not show the
/// section in Markdown at all, the section's own keys (`items`, `body`, `policy`) exactly as in
/// YAML, which then win over the visible content.
struct SectionMarker {
  /// The section type, when given.
  var type: SectionType?
  /// The title, when given: `.some(nil)` is an explicit `title: null`.
  var title: String??
  /// Whether the section runs to `<!-- /section -->`.
  var isRegion = false
  /// The `x-` keys.
  var extensions: Extensions = [:]
  /// The whole section, when the marker carries its content.
  var full: Section?

  static let contentKeys: Set<String> = ["items", "body", "policy"]

  init(_ node: TreeNode, range: SourceRange, body: inout MarkdownBody) {
    switch node.value {
    case .string(let word):
      type = SectionType(rawValue: word)
      if type == nil { body.unknownType(word, range: range) }
    case .object(let members):
      var hasContent = false
      for member in members {
        switch member.key {
        case "type":
          if case .string(let word) = member.value.value {
            type = SectionType(rawValue: word)
            if type == nil { body.unknownType(word, range: range) }
          }
        case "title":
          switch member.value.value {
          case .null: title = .some(nil)
          case .string(let text): title = .some(text)
          default: title = .some(member.value.sourceText)
          }
        case "end":
          if case .bool(let flag) = member.value.value { isRegion = flag }
        case let key where key.hasPrefix("x-"):
          extensions[key] = member.value.jsonValue
        case let key where Self.contentKeys.contains(key):
          hasContent = true
        default:
          body.report(
            .warning, "markdown.marker-key",
            "unknown key '\(member.key)' in a section marker; known keys are type, title, end "
              + "and x- keys", range: range, path: nil)
        }
      }
      if hasContent { full = Self.decodeSection(node, members: members, range: range, body: &body) }
    default:
      body.report(
        .warning, "markdown.marker",
        "a section marker should name a type or hold a mapping; write '<!-- section: text -->'",
        range: range, path: nil)
    }
  }

  /// Decodes a marker that carries a whole section, with the shared tree decoder.
  private static func decodeSection(
    _ node: TreeNode, members: [TreeMember], range: SourceRange, body: inout MarkdownBody
  ) -> Section? {
    // `title: null` says the section has no title of its own, which is what leaving the
    // title out of a section's data says.
    let kept = members.filter { member in
      member.key != "end" && !(member.key == "title" && member.value.value == .null)
    }
    let section = TreeNode(.object(kept), range: range)
    let root = TreeNode(
      .object([
        TreeMember(
          key: "sections", keyRange: range, value: TreeNode(.array([section]), range: range))
      ]),
      range: range)
    let decoded = TreeDecoder(file: body.file).decode(root, mode: .frontMatter)
    for var diagnostic in decoded.diagnostics {
      // Positions inside the comment are not tracked; point at the marker.
      diagnostic.range = range
      body.diagnostics.append(diagnostic)
    }
    return decoded.briefing?.sections.first
  }
}

extension MarkdownBody {
  mutating func unknownType(_ word: String, range: SourceRange) {
    let allowed = SectionType.allCases.map(\.rawValue).joined(separator: ", ")
    report(
      .warning, "markdown.marker",
      "unknown section type '\(word)' in a section marker; use one of \(allowed)", range: range,
      path: nil)
  }
}
