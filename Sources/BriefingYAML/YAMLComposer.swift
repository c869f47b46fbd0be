import BriefingCore
import BriefingFormats
import CYAML

/// Builds a positioned ``TreeNode`` from YAML bytes: the syntax half of the YAML reader, shared
/// with the Markdown format's front matter.
///
/// It drives the system libyaml's event parser and composes the tree itself: iteratively,
/// keeping duplicate keys as separate members (for the decoder to report with both positions),
/// with alias expansion and depth bounded by ``TreeLimits``. Plain scalars resolve by the YAML
/// 1.2 core schema (`yes` stays a string; `2026`, `true`, `null`, `0x1F`, `.inf` do not),
/// keeping the written text in ``TreeNode/sourceText``. Positions: lines and columns are 1-based, columns in Unicode
/// scalars, offsets in UTF-8 bytes.
public struct YAMLComposer: Sendable {
  /// What composing produced: the root node (unless the input was unusable) and the problems.
  public struct Result: Sendable {
    /// The root node, or `nil` after a fatal problem.
    public var tree: TreeNode?
    /// Problems found, without a file name (the caller sets ``Diagnostic/file``).
    public var diagnostics: [Diagnostic]
  }

  /// The bounds on size, depth and alias expansion.
  public var limits: TreeLimits

  /// Creates a composer with the given bounds.
  public init(limits: TreeLimits = .init()) { self.limits = limits }

  /// Composes the single document in `bytes`.
  public func compose(_ bytes: [UInt8]) -> Result {
    if bytes.count > limits.maxBytes {
      return fatal(
        "yaml.size-limit",
        "the file is \(bytes.count) bytes, over the limit of \(limits.maxBytes); split it or "
          + "raise the limit", at: SourceLocation(line: 1, column: 1))
    }
    if let bad = SourceText.firstInvalidUTF8Offset(bytes) {
      return fatal(
        "yaml.encoding",
        "invalid UTF-8 byte 0x\(hexByte(bytes[bad])); save the file as UTF-8",
        at: SourceText.location(ofOffset: bad, in: bytes))
    }
    var composer = EventComposer(bytes: bytes, limits: limits)
    return composer.run()
  }

  private func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }

  private func fatal(_ id: String, _ message: String, at location: SourceLocation) -> Result {
    Result(tree: nil, diagnostics: [Diagnostic(.error, id, message, range: .init(at: location))])
  }
}

/// Consumes libyaml events, building the tree with an explicit stack (no recursion).
struct EventComposer {
  private struct Container {
    var isMapping: Bool
    var start: SourceLocation
    var anchor: String?
    var items: [TreeNode] = []
    var members: [TreeMember] = []
    var pendingKey: (key: String, range: SourceRange)?
    var nodeCount = 1
  }

  private struct Stop: Error {}

  let bytes: [UInt8]
  let limits: TreeLimits
  private var cursor: ScalarOffsetCursor
  private var stack: [Container] = []
  private var anchors: [String: (node: TreeNode, count: Int)] = [:]
  private var expanded = 0
  private var root: TreeNode?
  private var documents = 0
  var diagnostics: [Diagnostic] = []

  init(bytes: [UInt8], limits: TreeLimits) {
    self.bytes = bytes
    self.limits = limits
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    self.cursor = ScalarOffsetCursor(bytes: bytes, base: hasBOM ? 3 : 0)
  }

  mutating func run() -> YAMLComposer.Result {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      return .init(tree: nil, diagnostics: [Diagnostic(.error, "yaml.syntax", "out of memory")])
    }
    defer { yaml_parser_delete(parser) }
    // libyaml keeps a pointer to the input, so parse inside the buffer's lifetime.
    let completed: Bool = bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
      return loop(parser)
    }
    guard completed else { return .init(tree: nil, diagnostics: diagnostics) }
    // An explicit but empty document (`---` alone) is as empty as an empty file.
    if let tree = root, case .null = tree.value, tree.sourceText == nil,
      tree.range.start == tree.range.end
    {
      root = nil
    }
    guard let root else {
      let message = "the file holds no YAML document; write the briefing as a mapping"
      diagnostics.append(
        Diagnostic(.error, "yaml.empty", message, range: .init(at: .init(line: 1, column: 1))))
      return .init(tree: nil, diagnostics: diagnostics)
    }
    return .init(tree: root, diagnostics: diagnostics)
  }

  private mutating func loop(_ parser: UnsafeMutablePointer<yaml_parser_t>) -> Bool {
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(parser, &event) == 1 else {
        reportParserError(parser.pointee)
        return false
      }
      defer { yaml_event_delete(&event) }
      do {
        if try handle(event) { return true }
      } catch {
        return false
      }
    }
  }

  /// Handles one event; `true` at the end of the stream.
  private mutating func handle(_ event: yaml_event_t) throws(Stop) -> Bool {
    let range = SourceRange(start: location(event.start_mark), end: location(event.end_mark))
    switch event.type {
    case YAML_STREAM_END_EVENT:
      return true
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        let message =
          "a second YAML document starts here; a file holds one briefing, so remove "
          + "the '---' and what follows or split the file"
        diagnostics.append(Diagnostic(.error, "yaml.multiple-documents", message, range: range))
        throw Stop()
      }
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      var node = resolveScalar(
        text, tag: string(scalar.tag), isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE,
        range: range)
      if case .string = node.value {
        node.textLayout = YAMLTextLayout.layout(
          of: text, style: scalar.style, range: range, in: bytes)
      }
      try add(node, count: 1, anchor: string(scalar.anchor))
    case YAML_ALIAS_EVENT:
      let name = string(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        let message = "alias '*\(name)' names no anchor defined before it; define '&\(name)' first"
        diagnostics.append(Diagnostic(.error, "yaml.undefined-alias", message, range: range))
        throw Stop()
      }
      expanded += target.count
      if expanded > limits.maxAliasExpansion {
        let message =
          "aliases expand to more than \(limits.maxAliasExpansion) nodes (a "
          + "'billion laughs' document?); write the values out or use fewer aliases"
        diagnostics.append(Diagnostic(.error, "yaml.alias-limit", message, range: range))
        throw Stop()
      }
      var node = target.node
      node.range = range
      try add(node, count: target.count, anchor: nil)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      if stack.count >= limits.maxDepth {
        let message = "the document nests deeper than \(limits.maxDepth) levels; flatten it"
        diagnostics.append(Diagnostic(.error, "yaml.depth-limit", message, range: range))
        throw Stop()
      }
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let anchor = string(
        isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
      stack.append(Container(isMapping: isMapping, start: range.start, anchor: anchor))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let container = stack.popLast() else { return false }
      let whole = SourceRange(start: container.start, end: range.end)
      let node = TreeNode(
        container.isMapping ? .object(container.members) : .array(container.items), range: whole)
      try add(node, count: container.nodeCount, anchor: container.anchor)
    default:
      break
    }
    return false
  }

  /// Attaches a finished node to its parent (or makes it the root).
  private mutating func add(_ node: TreeNode, count: Int, anchor: String?) throws(Stop) {
    if let anchor { anchors[anchor] = (node, count) }
    guard var parent = stack.popLast() else {
      root = node
      return
    }
    parent.nodeCount += count
    if !parent.isMapping {
      parent.items.append(node)
    } else if let pending = parent.pendingKey {
      parent.members.append(TreeMember(key: pending.key, keyRange: pending.range, value: node))
      parent.pendingKey = nil
    } else {
      switch node.value {
      case .string(let text): parent.pendingKey = (text, node.range)
      case .array, .object:
        let message =
          "a mapping key must be a plain value, not a \(node.typeName); write the key as text"
        diagnostics.append(Diagnostic(.error, "yaml.complex-key", message, range: node.range))
        parent.pendingKey = ("", node.range)
      default:
        parent.pendingKey = (node.sourceText ?? node.jsonText, node.range)
      }
    }
    stack.append(parent)
  }

  private mutating func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(
      line: Int(mark.line) + 1, column: Int(mark.column) + 1,
      offset: cursor.offset(ofScalar: Int(mark.index)))
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private mutating func reportParserError(_ parser: yaml_parser_t) {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    let location: SourceLocation
    if parser.error == YAML_READER_ERROR {
      location = SourceText.location(ofOffset: Int(parser.problem_offset), in: bytes)
    } else {
      location = self.location(parser.problem_mark)
    }
    if problem.hasPrefix("Maximum nesting level") {
      // libyaml after 0.2.5 has a nesting limit of its own, which trips while the scanner reads
      // ahead through flow collections, at the outermost one; point at the bracket that
      // actually goes too deep instead.
      let deepest = deepFlowOffset(from: location.offset).map {
        SourceText.location(ofOffset: $0, in: bytes)
      }
      let message = "the document nests deeper than \(limits.maxDepth) levels; flatten it"
      diagnostics.append(
        Diagnostic(.error, "yaml.depth-limit", message, range: .init(at: deepest ?? location)))
      return
    }
    var message = "invalid YAML: \(problem)"
    if let context = parser.context.map({ String(cString: $0) }) {
      let contextLine = self.location(parser.context_mark).line
      message += " \(context) (from line \(contextLine))"
    }
    message += "; check the indentation, quoting and ':' separators here"
    diagnostics.append(Diagnostic(.error, "yaml.syntax", message, range: .init(at: location)))
  }
}

extension EventComposer {
  /// The offset of the first flow bracket that opens more than `maxDepth` levels, scanning from
  /// `start` and skipping quoted text and comments; `nil` when there is none.
  func deepFlowOffset(from start: Int) -> Int? {
    var depth = 0
    var index = start
    var quote: UInt8?
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") {
          index += 1
        } else if byte == open {
          quote = nil
        }
      } else {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          depth += 1
          if depth > limits.maxDepth { return index }
        case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
        case UInt8(ascii: "#"):
          while index < bytes.count && bytes[index] != 0x0A { index += 1 }
        default: break
        }
      }
      index += 1
    }
    return nil
  }
}

extension TreeNode {
  /// A scalar's text for use as a key: `null`, `true`, `12`.
  var jsonText: String {
    switch value {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .integer(let number): String(number)
    case .number(let number): String(number)
    case .string(let text): text
    case .array, .object: ""
    }
  }
}
