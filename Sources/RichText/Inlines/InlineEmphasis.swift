// Emphasis and strong emphasis: delimiter runs and the spec's "process emphasis" procedure
// (CommonMark 0.31.2, sections 6.2 and appendix A), with the `openers_bottom` table that keeps
// long runs of unmatched delimiters linear.

/// An entry of the delimiter stack: a run of `*` or `_` that may open or close emphasis.
struct Delimiter {
  /// The text node holding the run's remaining characters.
  var node: Int
  /// `*` or `_`.
  var character: UInt8
  /// How many characters of the run are left.
  var count: Int
  /// The run's original length (for the rule of 3).
  var originalCount: Int
  /// Whether the run is left-flanking in the way that lets it open emphasis.
  var canOpen: Bool
  /// Whether the run can close emphasis.
  var canClose: Bool
  /// The entry below, -1 at the bottom.
  var previous: Int
  /// The entry above, -1 at the top.
  var next: Int
}

extension InlineScan {
  /// A run of `*` or `_`: appended as text and, if it can open or close, pushed as a delimiter.
  mutating func parseDelimiterRun() {
    let start = position
    let character = bytes[start]
    while position < end, bytes[position] == character { position += 1 }
    // The start and end of the content count as whitespace.
    let before = scalar(before: start) ?? "\n"
    let after = position < end ? (scalar(at: position) ?? "\n") : "\n"
    let beforeIsSpace = ByteClass.isUnicodeWhitespace(before)
    let afterIsSpace = ByteClass.isUnicodeWhitespace(after)
    let beforeIsPunctuation = ByteClass.isUnicodePunctuation(before)
    let afterIsPunctuation = ByteClass.isUnicodePunctuation(after)
    let leftFlanking = !afterIsSpace
      && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
    let rightFlanking = !beforeIsSpace
      && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
    let canOpen: Bool
    let canClose: Bool
    if character == UInt8(ascii: "_") {
      canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
      canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
    } else {
      canOpen = leftFlanking
      canClose = rightFlanking
    }
    let node = appendText(start, position)
    guard canOpen || canClose else { return }
    let count = position - start
    delimiters.append(
      Delimiter(
        node: node, character: character, count: count, originalCount: count, canOpen: canOpen,
        canClose: canClose, previous: topDelimiter, next: -1))
    if topDelimiter >= 0 { delimiters[topDelimiter].next = delimiters.count - 1 }
    topDelimiter = delimiters.count - 1
  }

  /// Removes `index` from the delimiter stack (its text node stays).
  mutating func removeDelimiter(_ index: Int) {
    let previous = delimiters[index].previous
    let next = delimiters[index].next
    if previous >= 0 { delimiters[previous].next = next }
    if next >= 0 { delimiters[next].previous = previous } else { topDelimiter = previous }
  }

  /// Matches openers and closers above `bottom` (-1: the whole stack) into emphasis and
  /// strong nodes, then removes those delimiters from the stack.
  mutating func processEmphasis(bottom: Int) {
    // openersBottom[i]: below this entry no opener can match a closer of class i (character,
    // whether the closer can also open, its length mod 3); searches stop there.
    var openersBottom = [Int](repeating: bottom, count: 12)
    // Start from the lowest entry above `bottom`; with none above, walking down would cost
    // the whole stack on every link.
    var closer = topDelimiter == bottom ? -1 : topDelimiter
    while closer >= 0, delimiters[closer].previous != bottom {
      closer = delimiters[closer].previous
    }
    while closer >= 0 {
      let current = delimiters[closer]
      guard current.canClose else {
        closer = current.next
        continue
      }
      let bottomIndex = (current.character == UInt8(ascii: "_") ? 0 : 6)
        + (current.canOpen ? 3 : 0) + current.originalCount % 3
      var opener = current.previous
      var found = false
      while opener >= 0, opener != bottom, opener != openersBottom[bottomIndex] {
        let candidate = delimiters[opener]
        // The rule of 3: a run that can both open and close matches only if the sum of the
        // lengths is not a multiple of 3, unless both are.
        let oddMatch = (current.canOpen || candidate.canClose) && current.originalCount % 3 != 0
          && (candidate.originalCount + current.originalCount) % 3 == 0
        if candidate.character == current.character, candidate.canOpen, !oddMatch {
          found = true
          break
        }
        opener = candidate.previous
      }
      if found {
        closer = matchEmphasis(opener: opener, closer: closer)
      } else {
        openersBottom[bottomIndex] = current.previous
        let next = current.next
        if !current.canOpen { removeDelimiter(closer) }
        closer = next
      }
    }
    while topDelimiter >= 0, topDelimiter != bottom { removeDelimiter(topDelimiter) }
  }

  /// Wraps the nodes between `opener` and `closer` in emphasis or strong; returns the closer
  /// to continue with.
  private mutating func matchEmphasis(opener: Int, closer: Int) -> Int {
    let used = delimiters[opener].count >= 2 && delimiters[closer].count >= 2 ? 2 : 1
    let openerNode = delimiters[opener].node
    let closerNode = delimiters[closer].node
    delimiters[opener].count -= used
    delimiters[closer].count -= used
    // The opener gives up its last characters, the closer its first.
    arena.nodes[openerNode].textEnd -= used
    arena.nodes[openerNode].end -= used
    arena.nodes[closerNode].textStart += used
    arena.nodes[closerNode].start += used
    let wrapper = arena.create(
      InlineNode(
        used == 1 ? .emphasis : .strong, start: arena.nodes[openerNode].end,
        end: arena.nodes[closerNode].start))
    arena.moveSiblings(after: openerNode, before: closerNode, into: wrapper)
    arena.insert(wrapper, after: openerNode)
    // Delimiters between the two can no longer match anything.
    var between = delimiters[closer].previous
    while between >= 0, between != opener {
      let previous = delimiters[between].previous
      removeDelimiter(between)
      between = previous
    }
    if delimiters[opener].count == 0 {
      arena.unlink(openerNode)
      removeDelimiter(opener)
    }
    if delimiters[closer].count == 0 {
      arena.unlink(closerNode)
      let next = delimiters[closer].next
      removeDelimiter(closer)
      return next
    }
    return closer
  }
}
