import OrderedCollections
import RichText

/// Builds a dump line by line, two spaces of indent per level.
struct DumpWriter {
  /// The dump so far.
  private(set) var text = ""
  private var depth = 0
  /// JSON values deeper than this are summarized, so a hostile value cannot exhaust the stack.
  private static let maxDepth = 200

  /// Appends one line at the current indent.
  mutating func line(_ content: String) {
    text += String(repeating: "  ", count: depth) + content + "\n"
  }

  /// Runs `body` one level deeper.
  mutating func nested(_ body: (inout DumpWriter) -> Void) {
    depth += 1
    body(&self)
    depth -= 1
  }

  /// `name: value`, or `name: none`.
  mutating func field(_ name: String, _ value: String?) { line("\(name): \(value ?? "none")") }

  /// `name: []`, or `name:` then one entry per element.
  mutating func list<T>(_ name: String, _ items: [T], _ each: (T, inout DumpWriter) -> Void) {
    guard !items.isEmpty else { return line("\(name): []") }
    line("\(name):")
    nested { out in
      for item in items { each(item, &out) }
    }
  }

  /// A list of quoted strings.
  mutating func strings(_ name: String, _ items: [String]) {
    list(name, items) { item, out in out.line("- " + BriefingDump.quote(item)) }
  }

  /// `extensions: {}`, or one `"x-key":` entry per extension.
  mutating func extensions(_ values: OrderedDictionary<String, JSONValue>) {
    guard !values.isEmpty else { return line("extensions: {}") }
    line("extensions:")
    nested { out in
      for (key, value) in values { out.json(BriefingDump.quote(key) + ":", value) }
    }
  }

  /// A JSON value after `label`.
  mutating func json(_ label: String, _ value: JSONValue) {
    guard depth < Self.maxDepth else { return line("\(label) …") }
    switch value {
    case .null: line("\(label) null")
    case .bool(let b): line("\(label) bool \(b)")
    case .integer(let i): line("\(label) integer \(i)")
    case .number(let d): line("\(label) number \(d)")
    case .string(let s): line("\(label) string \(BriefingDump.quote(s))")
    case .array(let items):
      line("\(label) array")
      nested { out in
        for item in items { out.json("-", item) }
      }
    case .object(let members):
      line("\(label) object")
      nested { out in
        for (key, item) in members { out.json(BriefingDump.quote(key) + ":", item) }
      }
    }
  }

  // MARK: - Rich text

  /// `name: none`, `name: []` or `name: inlines` followed by the nodes.
  mutating func inlines(_ name: String?, _ nodes: [Inline]?) {
    let label = name.map { "\($0): " } ?? ""
    guard let nodes else { return line("\(label)none") }
    guard !nodes.isEmpty else { return line("\(label)inlines []") }
    line("\(label)inlines")
    self.nodes(nodes)
  }

  /// `name: none`, `name: blocks []` or `name: blocks` followed by the nodes.
  mutating func blocks(_ name: String, _ nodes: [Block]?) {
    guard let nodes else { return line("\(name): none") }
    guard !nodes.isEmpty else { return line("\(name): blocks []") }
    line("\(name): blocks")
    self.nodes(nodes)
  }

  /// One line per node below the current indent, one level deeper per level of the tree
  /// (RichText's walk keeps its own stack, so any depth is dumped in full).
  private mutating func nodes(_ inlines: [Inline]) {
    let base = depth
    RichTextWalk.forEach(inlines) { node, position in self.node(node, at: base + position.depth) }
    depth = base
  }

  private mutating func nodes(_ blocks: [Block]) {
    let base = depth
    RichTextWalk.forEach(blocks) { node, position in self.node(node, at: base + position.depth) }
    depth = base
  }

  private mutating func node(_ node: RichTextNode, at level: Int) {
    depth = level
    line(Self.describe(node))
    if case .block(.codeBlock(let code)) = node {
      depth += 1
      line("literal \(BriefingDump.quote(code.literal))")
    }
  }

  /// The line of one node (its children follow on lines of their own).
  private static func describe(_ node: RichTextNode) -> String {
    let q = BriefingDump.quote
    switch node {
    case .inline(.text(let s)): return "text \(q(s))"
    case .inline(.softBreak): return "softBreak"
    case .inline(.hardBreak): return "hardBreak"
    case .inline(.code(let s)): return "code \(q(s))"
    case .inline(.emphasis): return "emphasis"
    case .inline(.strong): return "strong"
    case .inline(.link(let l)): return "link \(q(l.destination)) title \(q(l.title))"
    case .inline(.image(let l)): return "image \(q(l.destination)) title \(q(l.title))"
    case .inline(.autolink(let a)): return "autolink \(q(a.target))\(a.isEmail ? " email" : "")"
    case .inline(.html(let s)): return "html \(q(s))"
    case .block(.paragraph): return "paragraph"
    case .block(.heading(let level, _)): return "heading \(level)"
    case .block(.list(let list)):
      let kind: String
      switch list.kind {
      case .bullet(let marker): kind = "bullet \(q(String(UnicodeScalar(marker))))"
      case .ordered(let start, let delimiter):
        kind = "ordered \(start) \(q(String(UnicodeScalar(delimiter))))"
      }
      return "list \(kind) \(list.isTight ? "tight" : "loose")"
    case .listItem: return "item"
    case .block(.blockQuote): return "blockQuote"
    case .block(.codeBlock(let code)):
      return "codeBlock \(code.isFenced ? "fenced" : "indented") info \(q(code.info))"
    case .block(.thematicBreak): return "thematicBreak"
    case .block(.html(let s)): return "html \(q(s))"
    }
  }
}
