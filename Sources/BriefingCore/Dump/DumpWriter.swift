import OrderedCollections
import RichText

/// Builds a dump line by line, two spaces of indent per level.
struct DumpWriter {
  /// The dump so far.
  private(set) var text = ""
  private var depth = 0
  /// Rich text deeper than this is summarized, so a hostile tree cannot exhaust the stack.
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
    nested { out in
      for node in nodes { out.inline(node) }
    }
  }

  /// `name: none`, `name: blocks []` or `name: blocks` followed by the nodes.
  mutating func blocks(_ name: String, _ nodes: [Block]?) {
    guard let nodes else { return line("\(name): none") }
    guard !nodes.isEmpty else { return line("\(name): blocks []") }
    line("\(name): blocks")
    nested { out in
      for node in nodes { out.block(node) }
    }
  }

  private mutating func children(_ nodes: [Inline]) {
    nested { out in
      for node in nodes { out.inline(node) }
    }
  }

  private mutating func inline(_ node: Inline) {
    guard depth < Self.maxDepth else { return line("…") }
    let q = BriefingDump.quote
    switch node {
    case .text(let s): line("text \(q(s))")
    case .softBreak: line("softBreak")
    case .hardBreak: line("hardBreak")
    case .code(let s): line("code \(q(s))")
    case .emphasis(let c):
      line("emphasis")
      children(c)
    case .strong(let c):
      line("strong")
      children(c)
    case .link(let l):
      line("link \(q(l.destination)) title \(q(l.title))")
      children(l.content)
    case .image(let l):
      line("image \(q(l.destination)) title \(q(l.title))")
      children(l.content)
    case .autolink(let a): line("autolink \(q(a.target))\(a.isEmail ? " email" : "")")
    case .html(let s): line("html \(q(s))")
    }
  }

  private mutating func block(_ node: Block) {
    guard depth < Self.maxDepth else { return line("…") }
    switch node {
    case .paragraph(let c):
      line("paragraph")
      children(c)
    case .heading(let level, let c):
      line("heading \(level)")
      children(c)
    case .list(let list):
      let kind: String
      switch list.kind {
      case .bullet(let marker): kind = "bullet \(BriefingDump.quote(String(UnicodeScalar(marker))))"
      case .ordered(let start, let delimiter):
        kind = "ordered \(start) \(BriefingDump.quote(String(UnicodeScalar(delimiter))))"
      }
      line("list \(kind) \(list.isTight ? "tight" : "loose")")
      nested { out in
        for item in list.items {
          out.line("item")
          out.nested { out in
            for child in item { out.block(child) }
          }
        }
      }
    case .blockQuote(let c):
      line("blockQuote")
      nested { out in
        for child in c { out.block(child) }
      }
    case .codeBlock(let code):
      line(
        "codeBlock \(code.isFenced ? "fenced" : "indented") info \(BriefingDump.quote(code.info))")
      nested { $0.line("literal \(BriefingDump.quote(code.literal))") }
    case .thematicBreak: line("thematicBreak")
    case .html(let s): line("html \(BriefingDump.quote(s))")
    }
  }
}
