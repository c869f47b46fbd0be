import BriefingCore
import RichText

/// The content of a `<summary>`: HTML that browsers (and GitHub, which does not parse Markdown
/// inside an HTML block) show as the question, and that also reads as CommonMark inline text.
///
/// RichText's HTMLRenderer writes it with ``HTMLSyntax/commonMarkInline``: text escapes `&<>"`
/// and the characters CommonMark gives meaning to as numeric character references, so the text
/// reads back literally; emphasis, strong emphasis, code, links and
/// images are the HTML elements (`<em>`, `<strong>`, `<code>`, `<a>`, `<img>`), and a hard break
/// is `<br>`. The reader parses the content as CommonMark inlines and turns those elements (as
/// raw inline HTML) back into the tree, so hand-written `*emphasis*` works too.
enum SummaryHTML {
  /// The summary content for a question.
  static func render(_ inlines: [Inline]) -> String {
    var out = HTMLRenderer(syntax: .commonMarkInline).renderInline(inlines)
    // Leading and trailing spaces would be stripped as paragraph indentation.
    if out.hasPrefix(" ") { out = "&#32;" + out.dropFirst() }
    if out.hasSuffix(" ") { out = out.dropLast() + "&#32;" }
    return out
  }

  // MARK: - Reading

  /// Parses summary content back into inlines.
  static func parse(_ content: String) -> [Inline] {
    let inlines = CommonMark.parseInline(content).inlines
    var index = 0
    return merge(build(inlines, &index, closing: nil))
  }

  /// Builds inlines until the closing tag `closing` (or the end), turning known elements into
  /// nodes. Unmatched tags stay raw HTML.
  private static func build(_ inlines: [Inline], _ index: inout Int, closing: String?) -> [Inline] {
    var out: [Inline] = []
    while index < inlines.count {
      let inline = inlines[index]
      index += 1
      guard case .html(let raw) = inline, let tag = HTMLTag(raw) else {
        if case .link(var link) = inline {
          link.content = merge(build(link.content))
          out.append(.link(link))
        } else if case .emphasis(let content) = inline {
          out.append(.emphasis(merge(build(content))))
        } else if case .strong(let content) = inline {
          out.append(.strong(merge(build(content))))
        } else {
          out.append(inline)
        }
        continue
      }
      if tag.isClosing {
        if tag.name == closing { return out }
        out.append(inline)
        continue
      }
      switch tag.name {
      case "br": out.append(.hardBreak)
      case "img":
        let alt = tag.attributes["alt"] ?? ""
        out.append(
          .image(
            Link(
              destination: tag.attributes["src"] ?? "", title: tag.attributes["title"] ?? "",
              content: alt.isEmpty ? [] : [.text(alt)])))
      case "em", "strong", "code", "a", "i", "b":
        let start = index
        let content = build(inlines, &index, closing: tag.name)
        guard closedAt(inlines, index, tag.name) else {
          // No closing tag: keep the opening tag as raw HTML and go on after it.
          index = start
          out.append(inline)
          continue
        }
        out.append(node(tag, content: merge(content)))
      default: out.append(inline)
      }
    }
    return out
  }

  private static func build(_ inlines: [Inline]) -> [Inline] {
    var index = 0
    return build(inlines, &index, closing: nil)
  }

  /// Whether the inline just before `index` is the closing tag `name`.
  private static func closedAt(_ inlines: [Inline], _ index: Int, _ name: String) -> Bool {
    guard index > 0, index <= inlines.count, case .html(let raw) = inlines[index - 1],
      let tag = HTMLTag(raw)
    else { return false }
    return tag.isClosing && tag.name == name
  }

  private static func node(_ tag: HTMLTag, content: [Inline]) -> Inline {
    switch tag.name {
    case "em", "i": return .emphasis(content)
    case "strong", "b": return .strong(content)
    case "code":
      return .code(content.map { inline in PlainTextRenderer().renderInline([inline]) }.joined())
    default:
      let href = tag.attributes["href"] ?? ""
      let text = PlainTextRenderer().renderInline(content)
      if tag.attributes["title"] == nil, content == [.text(text)] {
        if href == text, text.contains(":") {
          return .autolink(Autolink(target: text, isEmail: false))
        }
        if href == "mailto:" + text { return .autolink(Autolink(target: text, isEmail: true)) }
      }
      return .link(Link(destination: href, title: tag.attributes["title"] ?? "", content: content))
    }
  }

  /// Joins adjacent text nodes, as the parser does, so equal content gives equal trees.
  static func merge(_ inlines: [Inline]) -> [Inline] {
    var out: [Inline] = []
    for inline in inlines {
      if case .text(let next) = inline, case .text(let previous)? = out.last {
        out[out.count - 1] = .text(previous + next)
      } else {
        out.append(inline)
      }
    }
    return out
  }
}
