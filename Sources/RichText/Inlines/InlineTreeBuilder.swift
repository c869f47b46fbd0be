// Turns the parser's working tree into `Inline` values with source spans, merging adjacent
// text. It walks with an explicit stack, so deep input cannot overflow the call stack, and
// flattens containers nested deeper than the limit.

/// Builds the final inline tree, its spans and depth warnings from an ``InlineArena``.
struct InlineTreeBuilder {
  /// The content bytes the arena's ranges refer to.
  let bytes: [UInt8]
  /// Where each content line starts, in the content and in the source.
  let lineStarts: [(offset: Int, position: SourceLocation)]
  /// The deepest nesting of emphasis, strong, links and images that is kept.
  let maxDepth: Int
  /// Where spans go; the inlines become children of node `parent`.
  var sourceMap: SourceMapBuilder
  /// The source map node the inlines belong to (their paragraph, or the root).
  let parent: Int32
  /// Warnings, at most one per parse.
  var warnings: [RichTextWarning] = []
  /// For non-ASCII content: the number of scalars before each byte offset.
  private let scalarCounts: [Int32]?

  /// Creates a builder for content `bytes` with its line starts.
  init(
    bytes: [UInt8], lineStarts: [(offset: Int, position: SourceLocation)], maxDepth: Int,
    sourceMap: SourceMapBuilder, parent: Int32
  ) {
    self.sourceMap = sourceMap
    self.parent = parent
    self.bytes = bytes
    self.lineStarts = lineStarts
    self.maxDepth = max(maxDepth, 0)
    if bytes.contains(where: { $0 >= 0x80 }) {
      var counts = [Int32](repeating: 0, count: bytes.count + 1)
      for (index, byte) in bytes.enumerated() {
        counts[index + 1] = counts[index] + (byte & 0xC0 == 0x80 ? 0 : 1)
      }
      scalarCounts = counts
    } else {
      scalarCounts = nil
    }
  }

  private struct Frame {
    var node: Int
    /// The container's source map node.
    var id: Int32
    var cursor: Int
    var children: [Inline] = []
    /// Pending text: a single source slice is kept as a range and copied only when a second
    /// piece joins it (most text nodes are one slice).
    var textSlice: Range<Int>?
    var text: [UInt8] = []
    var textStart = 0
    var textEnd = 0
    /// Where to continue after the children of flattened containers.
    var resume: [Int] = []
  }

  /// Converts the children of the arena's root, adding their spans under `parent`.
  ///
  /// A node's span is added when it is placed (a container's before its children), so each
  /// parent's children are added in index order.
  mutating func build(_ arena: InlineArena) -> [Inline] {
    var frames = [Frame(node: 0, id: parent, cursor: arena.nodes[0].firstChild)]
    while !frames.isEmpty {
      let top = frames.count - 1
      var cursor = frames[top].cursor
      while cursor < 0, let resume = frames[top].resume.popLast() { cursor = resume }
      guard cursor >= 0 else {
        flushText(&frames[top])
        let frame = frames.removeLast()
        if frames.isEmpty { return frame.children }
        let node = arena.nodes[frame.node]
        frames[frames.count - 1].children.append(Self.container(node.kind, frame.children))
        continue
      }
      let node = arena.nodes[cursor]
      frames[top].cursor = node.next
      switch node.kind {
      case .text:
        guard node.textEnd > node.textStart else { break }
        if frames[top].text.isEmpty, frames[top].textSlice == nil {
          frames[top].textSlice = node.textStart..<node.textEnd
          frames[top].textStart = node.start
          frames[top].textEnd = node.end
        } else {
          appendText(&frames[top], bytes[node.textStart..<node.textEnd], node.start, node.end)
        }
      case .ownedText(let text):
        appendText(&frames[top], ArraySlice(text.utf8), node.start, node.end)
      case .emphasis, .strong, .link, .image, .root:
        if frames.count > maxDepth {
          // Too deep: keep the content, drop the wrapper.
          if warnings.isEmpty {
            warnings.append(
              RichTextWarning(
                id: "richtext.depth-limit",
                message: "emphasis and links nested deeper than \(maxDepth) levels are "
                  + "flattened; nest them less deeply",
                position: position(node.start, isEnd: false)))
          }
          frames[top].resume.append(node.next)
          frames[top].cursor = node.firstChild
        } else {
          flushText(&frames[top])
          let id = record(frames[top], node.start, node.end)
          frames.append(Frame(node: cursor, id: id, cursor: node.firstChild))
        }
      default:
        flushText(&frames[top])
        record(frames[top], node.start, node.end)
        frames[top].children.append(leaf(node))
      }
    }
    return []
  }

  private static func container(_ kind: InlineNode.Kind, _ children: [Inline]) -> Inline {
    switch kind {
    case .emphasis: return .emphasis(children)
    case .link(let destination, let title):
      return .link(Link(destination: destination, title: title, content: children))
    case .image(let destination, let title):
      return .image(Link(destination: destination, title: title, content: children))
    default: return .strong(children)
    }
  }

  private func leaf(_ node: InlineNode) -> Inline {
    switch node.kind {
    case .softBreak: return .softBreak
    case .hardBreak: return .hardBreak
    case .code(let code): return .code(code)
    case .autolink(let autolink): return .autolink(autolink)
    default: return .html(String(decoding: bytes[node.textStart..<node.textEnd], as: UTF8.self))
    }
  }

  private func appendText(
    _ frame: inout Frame, _ text: ArraySlice<UInt8>, _ start: Int, _ end: Int
  ) {
    guard !text.isEmpty else { return }
    if let slice = frame.textSlice {
      frame.text.append(contentsOf: bytes[slice])
      frame.textSlice = nil
    } else if frame.text.isEmpty {
      frame.textStart = start
    }
    frame.text.append(contentsOf: text)
    frame.textEnd = end
  }

  private mutating func flushText(_ frame: inout Frame) {
    if let slice = frame.textSlice {
      frame.textSlice = nil
      record(frame, frame.textStart, frame.textEnd)
      frame.children.append(.text(Self.string(bytes[slice])))
      return
    }
    guard !frame.text.isEmpty else { return }
    record(frame, frame.textStart, frame.textEnd)
    frame.children.append(.text(Self.string(frame.text[...])))
    frame.text.removeAll(keepingCapacity: true)
  }

  /// Text from bytes, with U+0000 replaced (for security, as the spec requires).
  private static func string(_ text: ArraySlice<UInt8>) -> String {
    guard text.contains(0) else { return String(decoding: text, as: UTF8.self) }
    return String(decoding: text.flatMap { $0 == 0 ? [0xEF, 0xBF, 0xBD] : [$0] }, as: UTF8.self)
  }

  /// Adds the span of the node about to become `frame`'s next child; returns its id.
  @discardableResult
  private mutating func record(_ frame: Frame, _ start: Int, _ end: Int) -> Int32 {
    sourceMap.add(
      parent: frame.id, index: frame.children.count,
      span: SourceRange(
        start: position(start, isEnd: false), end: position(end, isEnd: end > start)))
  }

  /// The source position of content offset `offset`; an end offset is placed on the line of
  /// the byte before it, so a span ending with a line ending stays on its line.
  func position(_ offset: Int, isEnd: Bool) -> SourceLocation {
    guard !lineStarts.isEmpty else {
      return SourceLocation(line: 1, column: offset + 1, offset: offset)
    }
    let probe = isEnd ? offset - 1 : offset
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle].offset <= probe { low = middle } else { high = middle - 1 }
    }
    let line = lineStarts[low]
    let lineOffset = min(line.offset, offset)
    let scalars: Int
    if let counts = scalarCounts, offset <= bytes.count, lineOffset >= 0 {
      scalars = Int(counts[offset] - counts[lineOffset])
    } else {
      scalars = offset - lineOffset
    }
    return SourceLocation(
      line: line.position.line, column: line.position.column + scalars,
      offset: line.position.offset + offset - lineOffset)
  }
}
