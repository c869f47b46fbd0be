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

  /// The elements that become nodes when opened and closed.
  private static let elementNames = ["em", "strong", "code", "a", "i", "b"]

  /// Parses summary content back into inlines.
  static func parse(_ content: String) -> [Inline] {
    let inlines = CommonMark.parseInline(content).inlines
    // Tags inside emphasis, strong emphasis and links become nodes too, bottom-up.
    let nested = RichTextWalk.map(inlines) { inline, _ in
      switch inline {
      case .link(var link):
        link.content = build(link.content)
        return .link(link)
      case .emphasis(let content): return .emphasis(build(content))
      case .strong(let content): return .strong(build(content))
      default: return inline
      }
    }
    return build(nested)
  }

  /// Where the content of a matched opening tag ends, and where reading goes on after it.
  private struct Span {
    var contentEnd: Int
    var resume: Int
  }

  /// Turns matched tag pairs among sibling inlines into nodes; unmatched tags stay raw HTML.
  ///
  /// An opening tag is matched by the first closing tag of its name that follows at its own
  /// level, that is after the spans of the matched tags inside it. Spans are found from the right
  /// in one pass, so each tag is decided once and the work is linear: deciding each opening tag
  /// by reading on to the end, again after every unmatched one, took time exponential in the
  /// number of unclosed tags.
  private static func build(_ inlines: [Inline]) -> [Inline] {
    let count = inlines.count
    let tags = inlines.map { inline -> HTMLTag? in
      if case .html(let raw) = inline { HTMLTag(raw) } else { nil }
    }
    var spans = [Span?](repeating: nil, count: count)
    // firstCloser[q][k]: the first closing tag named elementNames[k] at the level of q, from q on.
    let none = [Int?](repeating: nil, count: elementNames.count)
    var firstCloser = [[Int?]](repeating: none, count: count + 1)
    for index in stride(from: count - 1, through: 0, by: -1) {
      var next = index + 1
      if let tag = tags[index], let kind = elementNames.firstIndex(of: tag.name) {
        if tag.isClosing {
          firstCloser[index] = firstCloser[next]
          firstCloser[index][kind] = index
          continue
        }
        if let closer = firstCloser[index + 1][kind] {
          spans[index] = Span(contentEnd: closer, resume: closer + 1)
        } else if index + 1 < count, let last = tags[count - 1], last.isClosing,
          last.name == tag.name
        {
          // Content that runs to the end and ends with this name's closing tag (inside a
          // nested element) counts as closed, as it always has.
          spans[index] = Span(contentEnd: count, resume: count)
        }
        if let span = spans[index] { next = span.resume }
      }
      firstCloser[index] = firstCloser[next]
    }
    var open: [(tag: HTMLTag, span: Span, content: [Inline])] = []
    var out: [Inline] = []
    func append(_ inline: Inline) {
      if open.isEmpty { out.append(inline) } else { open[open.count - 1].content.append(inline) }
    }
    var index = 0
    while true {
      while let top = open.last, top.span.contentEnd == index {
        open.removeLast()
        append(node(top.tag, content: merge(top.content)))
        index = top.span.resume
      }
      guard index < count else { break }
      let inline = inlines[index]
      if let tag = tags[index], !tag.isClosing {
        if let span = spans[index] {
          open.append((tag, span, []))
        } else if tag.name == "br" {
          append(.hardBreak)
        } else if tag.name == "img" {
          let alt = tag.attributes["alt"] ?? ""
          append(
            .image(
              Link(
                destination: tag.attributes["src"] ?? "", title: tag.attributes["title"] ?? "",
                content: alt.isEmpty ? [] : [.text(alt)])))
        } else {
          append(inline)
        }
      } else {
        append(inline)
      }
      index += 1
    }
    return merge(out)
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
