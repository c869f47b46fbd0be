// Rich text as plain text, for the plain-text briefing format and for email. The rules are
// documented on `PlainTextRenderer`. The writer is driven by the rich-text walk: each open
// container collects its lines, and on leaving it they are indented or quoted into its parent.

/// Writes blocks and inlines as plain text, line by line, as the tree is walked.
struct PlainTextRenderVisitor: RichTextVisitor {
  typealias Line = [UInt8]

  /// An open block container (the document, a quote, a list or one of its items) and its lines.
  private struct Container {
    /// The lines so far.
    var lines: [Line] = []
    /// Whether its blocks follow each other without a blank line (a tight list's item).
    var isTight = false
    /// Whether it is a list item (a list directly inside one is not indented again).
    var isItem = false
    /// For a list, the list.
    var list: ListBlock?
  }

  let options: PlainTextRenderer.Options
  private var containers = [Container()]
  /// The text of each open paragraph, heading or link (a link's text is needed whole).
  private var texts: [[UInt8]] = [[]]

  init(options: PlainTextRenderer.Options) { self.options = options }

  /// The blocks walked: separated by blank lines, each line ending in a newline.
  var document: String {
    var out: [UInt8] = []
    for line in containers[0].lines {
      out.append(contentsOf: line)
      out.append(0x0A)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The inlines walked: no markup, breaks as the options say.
  var inlineText: String { String(decoding: texts[0], as: UTF8.self) }

  mutating func enter(_ node: RichTextNode, at position: WalkPosition) -> WalkDecision {
    switch node {
    case .block(.paragraph), .block(.heading):
      texts.append([])
    case .block(.list(let list)):
      containers.append(Container(list: list))
    case .listItem:
      containers.append(Container(isTight: containers.last?.list?.isTight ?? false, isItem: true))
    case .block(.blockQuote):
      containers.append(Container())
    case .block(.codeBlock(let code)):
      var literal = Array(code.literal.utf8)
      if literal.last == 0x0A { literal.removeLast() }
      if !literal.isEmpty {
        addBlock(split(literal).map { $0.isEmpty ? $0 : Array("    ".utf8) + $0 })
      }
    case .block(.thematicBreak):
      addBlock([Array("* * *".utf8)])
    case .block(.html):
      break  // raw HTML leaves no trace, not even a blank line
    case .inline(let inline):
      enter(inline)
    }
    return .visitChildren
  }

  private mutating func enter(_ inline: Inline) {
    switch inline {
    case .text(let text), .code(let text):
      texts[texts.count - 1].append(contentsOf: text.utf8)
    case .softBreak, .hardBreak:
      texts[texts.count - 1].append(options.breaks == .newlines ? 0x0A : 0x20)
    case .link:
      texts.append([])
    case .autolink(let autolink):
      texts[texts.count - 1].append(contentsOf: autolink.target.utf8)
    case .html(let text):
      if options.rawHTML == .asText { texts[texts.count - 1].append(contentsOf: text.utf8) }
    case .emphasis, .strong, .image:
      break  // their text is their children's
    }
  }

  mutating func exit(_ node: RichTextNode, at position: WalkPosition) {
    switch node {
    case .block(.paragraph), .block(.heading):
      addBlock(split(texts.removeLast()))
    case .block(.list):
      addBlock(containers.removeLast().lines)
    case .listItem:
      let item = containers.removeLast()
      addItem(item.lines, index: position.index)
    case .block(.blockQuote):
      addBlock(containers.removeLast().lines.map {
        $0.isEmpty ? Array(">".utf8) : Array("> ".utf8) + $0
      })
    case .inline(.link(let link)):
      let text = texts.removeLast()
      texts[texts.count - 1].append(contentsOf: linkText(text, url: Array(link.destination.utf8)))
    default:
      break
    }
  }

  /// A link as the options say: its text, and its URL unless that would repeat the text.
  private func linkText(_ text: [UInt8], url: [UInt8]) -> [UInt8] {
    switch options.links {
    case .textOnly:
      return text
    case .textAndURL:
      return text + Array(" (".utf8) + url + [UInt8(ascii: ")")]
    case .textAndDistinctURL:
      // A link whose text is its URL (or its address, for `mailto:`) is shown once.
      if text.isEmpty { return url }
      if url.isEmpty || text == url || Array("mailto:".utf8) + text == url { return text }
      return text + Array(" (".utf8) + url + [UInt8(ascii: ")")]
    }
  }

  /// Adds a block's lines to the innermost container, after a blank line unless it is tight.
  private mutating func addBlock(_ lines: [Line]) {
    guard !lines.isEmpty else { return }
    let last = containers.count - 1
    if !containers[last].lines.isEmpty, !containers[last].isTight {
      containers[last].lines.append([])
    }
    containers[last].lines += lines
  }

  /// Adds a list item's lines to the innermost container (its list), after its marker.
  private mutating func addItem(_ inner: [Line], index: Int) {
    let last = containers.count - 1
    guard let list = containers[last].list else { return }
    // A list directly inside an item starts at the item's text; any other list is indented.
    let isIndented = !(containers.dropLast().last?.isItem ?? false)
    let base: Line = isIndented ? Array("  ".utf8) : []
    if index > 0, !list.isTight { containers[last].lines.append([]) }
    let marker: Line
    let markerColumns: Int
    switch list.kind {
    case .bullet:
      marker = Array("•".utf8)
      markerColumns = 1
    case .ordered(let start, _):
      let number = start > Int.max - index ? start : start + index
      marker = Array("\(number).".utf8)
      markerColumns = marker.count
    }
    let first = inner.first ?? []
    containers[last].lines.append(base + marker + (first.isEmpty ? [] : [0x20] + first))
    let indent = Line(repeating: 0x20, count: base.count + markerColumns + 1)
    for line in inner.dropFirst() {
      containers[last].lines.append(line.isEmpty ? line : indent + line)
    }
  }

  private func split(_ bytes: [UInt8]) -> [Line] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }
}
