// Links and images: the bracket stack and the look-ahead after `]` for an inline destination
// or a reference label (CommonMark 0.31.2, sections 6.3 and 6.4).

/// An entry of the bracket stack: a `[` or `![` that may open a link or image.
struct Bracket {
  /// The text node holding `[` or `![`.
  var node: Int
  /// Where the link text starts (just past the `[`).
  var textStart: Int
  /// Whether this is `![`.
  var isImage: Bool
  /// Whether another bracket was pushed after this one (then its text cannot be a label).
  var hasBracketAfter = false
  /// The top of the delimiter stack when this was pushed.
  var previousDelimiter: Int
  /// ``InlineScan/linksFormed`` when this was pushed; a later link makes a `[` inactive,
  /// since links may not contain links.
  var linksFormedBefore: Int
}

extension InlineScan {
  /// A `[`: literal text that may later open a link.
  mutating func parseOpenBracket() {
    let start = position
    position += 1
    pushBracket(node: appendText(start, position), textStart: position, isImage: false)
  }

  /// A `!`: opens an image when followed by `[`, else literal text.
  mutating func parseBang() {
    let start = position
    position += 1
    if position < end, bytes[position] == UInt8(ascii: "[") {
      position += 1
      pushBracket(node: appendText(start, position), textStart: position, isImage: true)
    } else {
      appendText(start, position)
    }
  }

  private mutating func pushBracket(node: Int, textStart: Int, isImage: Bool) {
    if !brackets.isEmpty { brackets[brackets.count - 1].hasBracketAfter = true }
    brackets.append(
      Bracket(
        node: node, textStart: textStart, isImage: isImage, previousDelimiter: topDelimiter,
        linksFormedBefore: linksFormed))
  }

  /// A `]`: closes the innermost bracket into a link or image when a destination or a defined
  /// label follows, else literal text.
  mutating func parseCloseBracket() {
    let bracketStart = position
    position += 1
    let afterBracket = position
    guard let opener = brackets.last else {
      appendText(bracketStart, afterBracket)
      return
    }
    guard opener.isImage || opener.linksFormedBefore == linksFormed else {
      brackets.removeLast()
      appendText(bracketStart, afterBracket)
      return
    }
    guard let (destination, title, next) = linkTarget(opener: opener, textEnd: bracketStart)
    else {
      brackets.removeLast()
      appendText(bracketStart, afterBracket)
      return
    }
    position = next
    let openerNode = arena.nodes[opener.node]
    let kind: InlineNode.Kind = opener.isImage
      ? .image(destination: destination, title: title)
      : .link(destination: destination, title: title)
    let link = arena.create(InlineNode(kind, start: openerNode.start, end: position))
    arena.moveSiblings(after: opener.node, before: -1, into: link)
    arena.appendChild(link, to: 0)
    processEmphasis(bottom: opener.previousDelimiter)
    brackets.removeLast()
    arena.unlink(opener.node)
    if !opener.isImage { linksFormed += 1 }
  }

  /// The destination and title after the `]` at `textEnd`, and where the link ends: an inline
  /// `(destination "title")`, or a full, collapsed or shortcut reference that is defined.
  private func linkTarget(opener: Bracket, textEnd: Int) -> (String, String, Int)? {
    let afterBracket = textEnd + 1
    if afterBracket < end, bytes[afterBracket] == UInt8(ascii: "("),
      let inline = inlineLinkTarget(from: afterBracket + 1)
    {
      return inline
    }
    // Without definitions no label can match; skip scanning and normalizing it.
    if references.isEmpty { return nil }
    var labelRange: Range<Int>?
    var next = afterBracket
    if let labelEnd = LinkScanner.label(bytes, afterBracket, end) {
      next = labelEnd
      if labelEnd - afterBracket > 2 {
        labelRange = (afterBracket + 1)..<(labelEnd - 1)
      } else if !opener.hasBracketAfter {
        labelRange = opener.textStart..<textEnd  // collapsed: `[text][]`
      }
    } else if !opener.hasBracketAfter {
      labelRange = opener.textStart..<textEnd  // shortcut: `[text]`
    }
    guard let range = labelRange, Self.fitsLabelLimit(bytes[range]) else { return nil }
    let label = normalizeLinkLabel(bytes[range])
    guard !label.isEmpty, let definition = references[label] else { return nil }
    return (definition.destination, definition.title, next)
  }

  /// Whether `text` has at most 999 characters, the longest label the spec allows.
  private static func fitsLabelLimit(_ text: ArraySlice<UInt8>) -> Bool {
    if text.count <= LinkScanner.maxLabelLength { return true }
    if text.count > 4 * LinkScanner.maxLabelLength { return false }
    return text.lazy.filter { $0 & 0xC0 != 0x80 }.count <= LinkScanner.maxLabelLength
  }

  /// An inline link's `destination "title")` starting after the `(`.
  private func inlineLinkTarget(from start: Int) -> (String, String, Int)? {
    var index = LinkScanner.skipSpacesAndNewline(bytes, start, end)
    guard let (destinationRange, destinationEnd) = LinkScanner.destination(bytes, index, end)
    else { return nil }
    index = LinkScanner.skipSpacesAndNewline(bytes, destinationEnd, end)
    var title = ""
    if index > destinationEnd, let (titleRange, titleEnd) = LinkScanner.title(bytes, index, end) {
      title = unescapeCommonMarkString(bytes[titleRange])
      index = LinkScanner.skipSpacesAndNewline(bytes, titleEnd, end)
    }
    guard index < end, bytes[index] == UInt8(ascii: ")") else { return nil }
    return (unescapeCommonMarkString(bytes[destinationRange]), title, index + 1)
  }
}
