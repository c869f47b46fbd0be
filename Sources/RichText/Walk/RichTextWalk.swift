// The one traversal of rich text (in the spirit of swift-markdown's MarkupWalker and pandoc's
// `walk`). Renderers, rules, dumps and rewrites go through it, so there is one depth policy:
// none is needed. The walk keeps its own stack on the heap, so a tree of any depth (parsed ones
// are capped by `ParseOptions.maxNestingDepth`, hand-built or decoded ones are not) is visited
// in time and memory linear in its size, without touching the call stack.

/// A node of a rich-text tree as a walk meets it: a block, one item of a list, or an inline.
///
/// List items are nodes of their own because ``NodePath`` counts them as a level: the children
/// of a list are its items, the children of an item are its blocks.
public enum RichTextNode: Hashable, Sendable {
  /// A block.
  case block(Block)
  /// One item of the enclosing list: its blocks.
  case listItem([Block])
  /// An inline.
  case inline(Inline)
}

/// Whether a walk goes into the children of the node just entered.
public enum WalkDecision: Sendable {
  /// Visit the children, then leave the node.
  case visitChildren
  /// Leave the node at once, without visiting its children.
  case skipChildren
}

/// Where a walk is: the path of the node being entered or left.
public struct WalkPosition: Sendable {
  /// The child indices from the root to the node.
  public let indices: [Int]

  /// The node's path, as a ``RichTextSourceMap`` addresses it.
  public var path: NodePath { NodePath(indices) }

  /// How deep the node is: 1 for a top-level block or inline.
  public var depth: Int { indices.count }

  /// The node's index among its siblings.
  public var index: Int { indices.last ?? 0 }
}

/// A stateful walk over rich text: ``enter(_:at:)`` before a node's children, ``exit(_:at:)``
/// after them (also for leaves and skipped nodes), in document order.
public protocol RichTextVisitor {
  /// Called before the node's children; the result says whether to visit them.
  mutating func enter(_ node: RichTextNode, at position: WalkPosition) -> WalkDecision
  /// Called after the node's children (at once when it has none or they were skipped).
  mutating func exit(_ node: RichTextNode, at position: WalkPosition)
}

extension RichTextVisitor {
  /// Does nothing; visitors that only look at nodes on the way in need no `exit`.
  public mutating func exit(_ node: RichTextNode, at position: WalkPosition) {}

  /// Visits every node of block text.
  public mutating func walk(_ blocks: [Block]) {
    var walker = RichTextWalker(root: .blocks(blocks))
    walker.run(&self)
  }

  /// Visits every node of inline text.
  public mutating func walk(_ inlines: [Inline]) {
    var walker = RichTextWalker(root: .inlines(inlines))
    walker.run(&self)
  }
}

/// The engine: a stack of open nodes, each with its children and the next one to visit, and
/// the indices of the current path. Children are read from their arrays in place, so a step
/// costs the same at any depth.
struct RichTextWalker {
  /// The children of an open node.
  enum Children {
    case blocks([Block])
    case items([[Block]])
    case inlines([Inline])
    case none
  }

  private struct Frame {
    /// The open node (`nil` for the root, which is not visited).
    var node: RichTextNode?
    var children: Children
    var next = 0
  }

  private var frames: [Frame]
  private var indices: [Int] = []

  init(root: Children) {
    frames = [Frame(node: nil, children: root)]
  }

  mutating func run<Visitor: RichTextVisitor>(_ visitor: inout Visitor) {
    while let top = frames.indices.last {
      let next = frames[top].next
      let child: RichTextNode?
      switch frames[top].children {
      case .blocks(let blocks): child = next < blocks.count ? .block(blocks[next]) : nil
      case .items(let items): child = next < items.count ? .listItem(items[next]) : nil
      case .inlines(let inlines): child = next < inlines.count ? .inline(inlines[next]) : nil
      case .none: child = nil
      }
      guard let child else {
        let frame = frames.removeLast()
        if let node = frame.node {
          visitor.exit(node, at: WalkPosition(indices: indices))
          indices.removeLast()
        }
        continue
      }
      frames[top].next = next + 1
      indices.append(next)
      let position = WalkPosition(indices: indices)
      let children: Children =
        visitor.enter(child, at: position) == .visitChildren ? child.children : .none
      if case .none = children {
        visitor.exit(child, at: position)
        indices.removeLast()
      } else {
        frames.append(Frame(node: child, children: children))
      }
    }
  }
}

extension RichTextNode {
  /// The node's children, or `.none` for a leaf.
  fileprivate var children: RichTextWalker.Children {
    switch self {
    case .block(.paragraph(let inlines)), .block(.heading(_, let inlines)): .inlines(inlines)
    case .block(.list(let list)): .items(list.items)
    case .block(.blockQuote(let blocks)), .listItem(let blocks): .blocks(blocks)
    case .inline(.emphasis(let inlines)), .inline(.strong(let inlines)): .inlines(inlines)
    case .inline(.link(let link)), .inline(.image(let link)): .inlines(link.content)
    case .block(.codeBlock), .block(.thematicBreak), .block(.html), .inline(.text),
      .inline(.softBreak), .inline(.hardBreak), .inline(.code), .inline(.autolink),
      .inline(.html):
      .none
    }
  }
}

/// Closure-based walks and bottom-up rewrites of rich text.
public enum RichTextWalk {
  /// Calls `visit` for every node of block text in document order (a node before its children).
  public static func forEach(_ blocks: [Block], _ visit: (RichTextNode, WalkPosition) -> Void) {
    self.visit(blocks) { node, position in
      visit(node, position)
      return .visitChildren
    }
  }

  /// Calls `visit` for every node of inline text in document order (a node before its children).
  public static func forEach(_ inlines: [Inline], _ visit: (RichTextNode, WalkPosition) -> Void) {
    self.visit(inlines) { node, position in
      visit(node, position)
      return .visitChildren
    }
  }

  /// Calls `enter` for the nodes of block text in document order, going into a node's children
  /// only when it says so.
  public static func visit(
    _ blocks: [Block], _ enter: (RichTextNode, WalkPosition) -> WalkDecision
  ) {
    withoutActuallyEscaping(enter) { enter in
      var visitor = ClosureVisitor(enterNode: enter)
      visitor.walk(blocks)
    }
  }

  /// Calls `enter` for the nodes of inline text in document order, going into a node's children
  /// only when it says so.
  public static func visit(
    _ inlines: [Inline], _ enter: (RichTextNode, WalkPosition) -> WalkDecision
  ) {
    withoutActuallyEscaping(enter) { enter in
      var visitor = ClosureVisitor(enterNode: enter)
      visitor.walk(inlines)
    }
  }

  /// Rebuilds block text bottom-up: every node's children are rewritten first, then the node
  /// itself is passed (with its new children) to `block` or `inline`, as pandoc's `walk` does.
  public static func map(
    _ blocks: [Block], block: (Block, WalkPosition) -> Block = { block, _ in block },
    inline: (Inline, WalkPosition) -> Inline = { inline, _ in inline }
  ) -> [Block] {
    withoutActuallyEscaping(block) { block in
      withoutActuallyEscaping(inline) { inline in
        var rewriter = Rewriter(block: block, inline: inline)
        rewriter.walk(blocks)
        return rewriter.finished.map { (node: RichTextNode) in node.asBlock }
      }
    }
  }

  /// Rebuilds inline text bottom-up, as ``map(_:block:inline:)`` does for blocks.
  public static func map(
    _ inlines: [Inline], inline: (Inline, WalkPosition) -> Inline
  ) -> [Inline] {
    withoutActuallyEscaping(inline) { inline in
      var rewriter = Rewriter(block: { block, _ in block }, inline: inline)
      rewriter.walk(inlines)
      return rewriter.finished.map { (node: RichTextNode) in node.asInline }
    }
  }
}

private struct ClosureVisitor: RichTextVisitor {
  let enterNode: (RichTextNode, WalkPosition) -> WalkDecision

  mutating func enter(_ node: RichTextNode, at position: WalkPosition) -> WalkDecision {
    enterNode(node, position)
  }
}

/// Collects each node's rewritten children on a stack of levels and rebuilds the node on exit.
private struct Rewriter: RichTextVisitor {
  let block: (Block, WalkPosition) -> Block
  let inline: (Inline, WalkPosition) -> Inline
  /// The rewritten children of each open node; the first level is the top-level nodes.
  var levels: [[RichTextNode]] = [[]]

  var finished: [RichTextNode] { levels[0] }

  mutating func enter(_ node: RichTextNode, at position: WalkPosition) -> WalkDecision {
    levels.append([])
    return .visitChildren
  }

  mutating func exit(_ node: RichTextNode, at position: WalkPosition) {
    let children = levels.removeLast()
    let rebuilt: RichTextNode
    switch node {
    case .block(let original):
      rebuilt = .block(block(original.replacingChildren(children), position))
    case .listItem:
      rebuilt = .listItem(children.map { (node: RichTextNode) in node.asBlock })
    case .inline(let original):
      rebuilt = .inline(inline(original.replacingChildren(children), position))
    }
    levels[levels.count - 1].append(rebuilt)
  }
}

extension RichTextNode {
  fileprivate var asBlock: Block {
    if case .block(let block) = self { return block }
    return .paragraph([])  // unreachable: block containers only hold blocks
  }

  fileprivate var asInline: Inline {
    if case .inline(let inline) = self { return inline }
    return .text("")  // unreachable: inline containers only hold inlines
  }

  fileprivate var asItem: [Block] {
    if case .listItem(let blocks) = self { return blocks }
    return []  // unreachable: lists only hold items
  }
}

extension Block {
  /// The block with its children replaced (leaves are returned as they are).
  fileprivate func replacingChildren(_ children: [RichTextNode]) -> Block {
    switch self {
    case .paragraph: return .paragraph(children.map(\.asInline))
    case .heading(let level, _): return .heading(level: level, children.map(\.asInline))
    case .list(var list):
      list.items = children.map(\.asItem)
      return .list(list)
    case .blockQuote: return .blockQuote(children.map(\.asBlock))
    case .codeBlock, .thematicBreak, .html: return self
    }
  }
}

extension Inline {
  /// The inline with its children replaced (leaves are returned as they are).
  fileprivate func replacingChildren(_ children: [RichTextNode]) -> Inline {
    switch self {
    case .emphasis: return .emphasis(children.map(\.asInline))
    case .strong: return .strong(children.map(\.asInline))
    case .link(var link):
      link.content = children.map(\.asInline)
      return .link(link)
    case .image(var link):
      link.content = children.map(\.asInline)
      return .image(link)
    case .text, .softBreak, .hardBreak, .code, .autolink, .html: return self
    }
  }
}
