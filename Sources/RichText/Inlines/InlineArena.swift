// The working tree of the inline parser: nodes in one array, linked by index, so the emphasis
// and link passes can wrap runs of siblings without recursion or copying.

/// One node of the inline parser's working tree.
struct InlineNode {
  /// What the node is; text and raw HTML keep their bytes as a range of the input.
  enum Kind {
    /// Text whose characters are `bytes[textStart..<textEnd]`.
    case text
    /// Text that differs from the source (a decoded entity).
    case ownedText(String)
    /// A soft line break.
    case softBreak
    /// A hard line break.
    case hardBreak
    /// A code span with its final content.
    case code(String)
    /// Emphasis; the children are its content.
    case emphasis
    /// Strong emphasis; the children are its content.
    case strong
    /// A link with destination and title; the children are its text.
    case link(destination: String, title: String)
    /// An image with source and title; the children are its description.
    case image(destination: String, title: String)
    /// An autolink.
    case autolink(Autolink)
    /// Raw HTML whose text is `bytes[textStart..<textEnd]`.
    case html
    /// The root container.
    case root
  }

  /// What the node is.
  var kind: Kind
  /// The node's source range in the content bytes.
  var start: Int
  /// The end of the node's source range (exclusive).
  var end: Int
  /// For `.text` and `.html`: the range of the node's literal bytes.
  var textStart: Int
  /// The end of the literal bytes (exclusive).
  var textEnd: Int
  /// Links to the parent, siblings and children (-1 when absent).
  var parent = -1
  /// The previous sibling.
  var previous = -1
  /// The next sibling.
  var next = -1
  /// The first child.
  var firstChild = -1
  /// The last child.
  var lastChild = -1

  /// Creates an unlinked node; the literal range defaults to the source range.
  init(_ kind: Kind, start: Int, end: Int, textStart: Int? = nil, textEnd: Int? = nil) {
    self.kind = kind
    self.start = start
    self.end = end
    self.textStart = textStart ?? start
    self.textEnd = textEnd ?? end
  }

  /// Whether the node contains inlines (emphasis, strong, link, image).
  var isContainer: Bool {
    switch kind {
    case .emphasis, .strong, .link, .image, .root: return true
    default: return false
    }
  }
}

/// The nodes of the working tree; index 0 is the root.
struct InlineArena {
  /// All nodes ever created; unlinked ones stay in place but are unreachable.
  var nodes: [InlineNode] = [InlineNode(.root, start: 0, end: 0)]

  /// Appends `node` as the last child of the root; returns its index.
  @discardableResult
  mutating func append(_ node: InlineNode) -> Int {
    let index = nodes.count
    nodes.append(node)
    appendChild(index, to: 0)
    return index
  }

  /// Creates `node` unlinked; returns its index.
  mutating func create(_ node: InlineNode) -> Int {
    nodes.append(node)
    return nodes.count - 1
  }

  /// Links the unlinked node `child` as the last child of `parent`.
  mutating func appendChild(_ child: Int, to parent: Int) {
    let last = nodes[parent].lastChild
    nodes[child].parent = parent
    nodes[child].previous = last
    nodes[child].next = -1
    if last >= 0 { nodes[last].next = child } else { nodes[parent].firstChild = child }
    nodes[parent].lastChild = child
  }

  /// Links the unlinked node `node` right after `anchor`.
  mutating func insert(_ node: Int, after anchor: Int) {
    let parent = nodes[anchor].parent
    let next = nodes[anchor].next
    nodes[node].parent = parent
    nodes[node].previous = anchor
    nodes[node].next = next
    nodes[anchor].next = node
    if next >= 0 {
      nodes[next].previous = node
    } else if parent >= 0 {
      nodes[parent].lastChild = node
    }
  }

  /// Removes `node` from its parent.
  mutating func unlink(_ node: Int) {
    let previous = nodes[node].previous
    let next = nodes[node].next
    let parent = nodes[node].parent
    if previous >= 0 {
      nodes[previous].next = next
    } else if parent >= 0 {
      nodes[parent].firstChild = next
    }
    if next >= 0 {
      nodes[next].previous = previous
    } else if parent >= 0 {
      nodes[parent].lastChild = previous
    }
    nodes[node].parent = -1
    nodes[node].previous = -1
    nodes[node].next = -1
  }

  /// Moves the siblings strictly after `first` and before `stop` (-1: to the end) into the
  /// empty container `container`, in order.
  mutating func moveSiblings(after first: Int, before stop: Int, into container: Int) {
    var current = nodes[first].next
    while current >= 0, current != stop {
      let next = nodes[current].next
      unlink(current)
      appendChild(current, to: container)
      current = next
    }
  }
}
