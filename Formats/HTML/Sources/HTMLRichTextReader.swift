// DOM → rich text: the inverse of RichText's HTMLRenderer (cmark's html.c layout), which also
// takes hand-written markup (`<b>`, `<i>`, wrapper `<div>`s, indented source).
import BriefingCore
import RichText

/// Converts HTML nodes to rich-text blocks and inlines.
///
/// Whitespace follows HTML's rendering: runs of ASCII whitespace collapse, a run with a line
/// break becomes a soft break, and runs at the edges of a block are dropped. Code keeps its text.
struct HTMLRichTextReader {
  /// Elements whose content is never text of the briefing.
  static let ignored: Set<String> = [
    "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
    "button", "input", "select", "textarea", "form", "nav", "dialog", "head", "title", "meta",
    "link",
  ]
  /// Elements that start a new block.
  static let blockElements: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr", "div",
    "section", "article", "main", "header", "footer", "aside", "figure", "figcaption", "details",
    "summary", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt", "dd", "address", "li",
    "hgroup", "center", "fieldset",
  ]

  /// Block content of `nodes`: bare inline runs become paragraphs.
  func blocks(_ nodes: [HTMLNode]) -> [Block] { placedBlocks(nodes).map(\.block) }

  /// Block content of `nodes`, each block with where its element (or inline run) stands when
  /// its tags were found in the source.
  func placedBlocks(_ nodes: [HTMLNode]) -> [(block: Block, range: SourceRange?)] {
    var result: [(block: Block, range: SourceRange?)] = []
    var pending: [HTMLNode] = []
    func flush() {
      let inlines = self.inlines(pending)
      if !inlines.isEmpty {
        let ranges = pending.compactMap(\.range)
        let range = ranges.first.map {
          SourceRange(start: $0.start, end: ranges[ranges.count - 1].end)
        }
        result.append((.paragraph(inlines), range))
      }
      pending = []
    }
    for node in nodes {
      guard let name = node.name, Self.blockElements.contains(name) || Self.ignored.contains(name)
      else {
        pending.append(node)
        continue
      }
      flush()
      if let block = block(node) {
        result.append((block, node.range))
      } else if !Self.ignored.contains(name) {
        result += placedBlocks(node.children)
      }
    }
    flush()
    return result
  }

  /// One block element, or `nil` for wrappers whose children are read as blocks.
  private func block(_ node: HTMLNode) -> Block? {
    switch node.name ?? "" {
    case "p": return .paragraph(inlines(node.children))
    case "h1", "h2", "h3", "h4", "h5", "h6":
      let level = Int(String(node.name?.last ?? "1")) ?? 1
      return .heading(level: level, inlines(node.children))
    case "ul", "ol": return .list(list(node))
    case "blockquote": return .blockQuote(blocks(node.children))
    case "pre":
      let code =
        node.elements.count == 1 && node.children.count == 1
        ? node.elements.first(where: { $0.is("code") }) : nil
      let classes = (code?.attribute("class") ?? "").split(separator: " ")
      let language = classes.first { $0.hasPrefix("language-") }.map {
        String($0.dropFirst("language-".count))
      }
      return .codeBlock(CodeBlock(info: language ?? "", literal: node.textContent, isFenced: true))
    case "hr": return .thematicBreak
    default: return nil
    }
  }

  private func list(_ node: HTMLNode) -> ListBlock {
    let items = node.elements.filter { $0.is("li") }
    // cmark writes a loose list's paragraphs as <p>, a tight list's bare.
    let isTight = !items.contains { item in item.elements.contains { $0.is("p") } }
    let kind: ListKind =
      node.is("ol")
      ? .ordered(
        start: node.attribute("start").flatMap { Int($0) } ?? 1, delimiter: UInt8(ascii: "."))
      : .bullet(marker: UInt8(ascii: "-"))
    return ListBlock(kind: kind, isTight: isTight, items: items.map { blocks($0.children) })
  }

  /// Inline content of `nodes`, trimmed at both ends.
  func inlines(_ nodes: [HTMLNode]) -> [Inline] {
    var builder = InlineBuilder()
    for node in nodes { append(node, to: &builder) }
    return builder.finish(trimEnd: true)
  }

  private func nested(_ nodes: [HTMLNode]) -> [Inline] {
    var builder = InlineBuilder(trimStart: false)
    for node in nodes { append(node, to: &builder) }
    return builder.finish(trimEnd: false)
  }

  private func append(_ node: HTMLNode, to builder: inout InlineBuilder) {
    guard let name = node.name else { return builder.appendText(node.text) }
    switch name {
    case "em", "i": builder.append(.emphasis(nested(node.children)))
    case "strong", "b": builder.append(.strong(nested(node.children)))
    case "code", "kbd", "samp", "tt": builder.append(.code(node.textContent))
    case "br": builder.appendHardBreak()
    case "img":
      let alt = node.attribute("alt") ?? ""
      let link = Link(
        destination: node.attribute("src") ?? "", title: node.attribute("title") ?? "",
        content: alt.isEmpty ? [] : [.text(alt)])
      builder.append(.image(link))
    case "a":
      guard let href = node.attribute("href") else {
        for child in node.children { append(child, to: &builder) }
        return
      }
      let content = nested(node.children)
      let title = node.attribute("title") ?? ""
      if title.isEmpty, content.count == 1, case .text(let text) = content[0] {
        if href == text, text.contains(":") {
          return builder.append(.autolink(Autolink(target: text, isEmail: false)))
        }
        if href == "mailto:" + text {
          return builder.append(.autolink(Autolink(target: text, isEmail: true)))
        }
      }
      builder.append(.link(Link(destination: href, title: title, content: content)))
    default:
      if Self.ignored.contains(name) { return }
      for child in node.children { append(child, to: &builder) }
    }
  }
}

/// Accumulates inlines, merging text and applying HTML's whitespace rules.
private struct InlineBuilder {
  private enum Space: Comparable { case none, space, newline }
  private var result: [Inline] = []
  private var space: Space = .none
  private var afterHardBreak = false
  private let trimStart: Bool

  init(trimStart: Bool = true) { self.trimStart = trimStart }

  mutating func appendText(_ text: String) {
    var word: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case 0x20, 0x09, 0x0C, 0x0D:
        flushWord(&word)
        space = max(space, .space)
      case 0x0A:
        flushWord(&word)
        space = .newline
      default: word.append(byte)
      }
    }
    flushWord(&word)
  }

  private mutating func flushWord(_ word: inout [UInt8]) {
    guard !word.isEmpty else { return }
    appendLiteral(String(decoding: word, as: UTF8.self))
    word.removeAll(keepingCapacity: true)
  }

  private mutating func flushSpace() {
    defer { space = .none }
    if afterHardBreak || (result.isEmpty && trimStart) { return }
    switch space {
    case .none: return
    case .space: mergeText(" ")
    case .newline: result.append(.softBreak)
    }
  }

  private mutating func appendLiteral(_ text: String) {
    flushSpace()
    afterHardBreak = false
    mergeText(text)
  }

  private mutating func mergeText(_ text: String) {
    if case .text(let previous)? = result.last {
      result[result.count - 1] = .text(previous + text)
    } else {
      result.append(.text(text))
    }
  }

  mutating func append(_ inline: Inline) {
    flushSpace()
    afterHardBreak = false
    result.append(inline)
  }

  mutating func appendHardBreak() {
    space = .none
    result.append(.hardBreak)
    afterHardBreak = true
  }

  mutating func finish(trimEnd: Bool) -> [Inline] {
    if !trimEnd { flushSpace() }
    return result
  }
}
