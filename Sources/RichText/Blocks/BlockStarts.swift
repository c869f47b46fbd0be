// Continuing open blocks and starting new ones (CommonMark 0.31.2, sections 4 and 5): the
// per-kind `continue` checks and the block starts, tried in the spec's order of precedence.

/// Whether a line continues an open block.
enum ContinueResult {
  /// The block continues; look at its children.
  case matched
  /// The block does not continue on this line.
  case failed
  /// The line closed the block (a closing code fence) and needs nothing else.
  case lineConsumed
}

/// What a block start did.
enum StartResult {
  /// No block starts here.
  case none
  /// A container opened; look for further starts inside it.
  case container
  /// A leaf opened; the rest of the line is its content.
  case leaf
}

extension BlockParser {
  /// Checks whether the current line continues the open block `index`, consuming its prefix.
  mutating func continueBlock(_ index: Int) -> ContinueResult {
    // Fields are read in place: copying the node would retain its arrays on every line.
    switch nodes[index].kind {
    case .document, .list:
      return .matched
    case .blockQuote:
      guard !isIndented, byte(at: nextNonspace) == UInt8(ascii: ">") else { return .failed }
      advanceNextNonspace()
      advanceOffset(1, columns: false)
      if BlockSyntax.isSpaceOrTab(byte(at: offset)) { advanceOffset(1, columns: true) }
      return .matched
    case .item:
      // Indentation first, as cmark does: a whitespace-only line keeps what lies beyond the
      // item's content column (it matters in code blocks).
      if indent >= nodes[index].marker.contentIndent {
        advanceOffset(nodes[index].marker.contentIndent, columns: true)
      } else if isBlank {
        // A blank line after an empty item ends it.
        if nodes[index].children.isEmpty { return .failed }
        advanceNextNonspace()
      } else {
        return .failed
      }
      return .matched
    case .heading, .thematicBreak:
      return .failed
    case .codeBlock:
      if nodes[index].isFenced {
        let fence = nodes[index].fenceCharacter
        if indent <= 3, byte(at: nextNonspace) == fence,
          let length = BlockSyntax.closingFenceLength(
            input, nextNonspace, lineEnd, character: fence),
          length >= nodes[index].fenceLength
        {
          finalize(index)
          return .lineConsumed
        }
        var remaining = nodes[index].fenceOffset
        while remaining > 0, BlockSyntax.isSpaceOrTab(byte(at: offset)) {
          advanceOffset(1, columns: true)
          remaining -= 1
        }
      } else if indent >= 4 {
        advanceOffset(4, columns: true)
      } else if isBlank {
        advanceNextNonspace()
      } else {
        return .failed
      }
      return .matched
    case .htmlBlock:
      let endsAtBlankLine = nodes[index].htmlKind == 6 || nodes[index].htmlKind == 7
      return isBlank && endsAtBlankLine ? .failed : .matched
    case .paragraph:
      return isBlank ? .failed : .matched
    }
  }

  /// Tries the block starts in order at `nextNonspace`, inside `container`.
  mutating func startBlock(in container: Int) -> StartResult {
    let here = nextNonspace
    let first = byte(at: here)
    let containerKind = nodes[container].kind

    if !isIndented && first == UInt8(ascii: ">") {
      guard allowsNesting(nodes[container].depth + 1) else { return .none }
      let start = position(at: here)
      advanceNextNonspace()
      advanceOffset(1, columns: false)
      if BlockSyntax.isSpaceOrTab(byte(at: offset)) { advanceOffset(1, columns: true) }
      closeUnmatchedBlocks()
      addChild(.blockQuote, at: start)
      return .container
    }

    if !isIndented, let (level, length) = BlockSyntax.atxHeading(input, here, lineEnd) {
      let start = position(at: here)
      advanceNextNonspace()
      advanceOffset(length, columns: false)
      closeUnmatchedBlocks()
      let heading = addChild(.heading, at: start)
      nodes[heading].level = level
      let contentEnd = BlockSyntax.atxContentEnd(input, offset, lineEnd)
      nodes[heading].lineStarts = [(0, position(at: offset))]
      nodes[heading].content.append(contentsOf: input[offset..<contentEnd])
      advanceOffset(lineEnd - offset, columns: false)
      return .leaf
    }

    if !isIndented, let (character, length) = BlockSyntax.openingFence(input, here, lineEnd) {
      closeUnmatchedBlocks()
      let code = addChild(.codeBlock, at: position(at: here))
      nodes[code].isFenced = true
      nodes[code].fenceCharacter = character
      nodes[code].fenceLength = length
      nodes[code].fenceOffset = indent
      advanceNextNonspace()
      advanceOffset(length, columns: false)
      return .leaf
    }

    if !isIndented && first == UInt8(ascii: "<") {
      // Kind 7 cannot interrupt a paragraph, nor a paragraph that may continue lazily.
      let mayBeLazy = !allClosed && !isBlank && nodes[tip].kind == .paragraph
      let allowsKind7 = containerKind != .paragraph && !mayBeLazy
      if let kind = HTMLBlockSyntax.startKind(input, here, lineEnd, allowsKind7: allowsKind7) {
        closeUnmatchedBlocks()
        // The indentation belongs to the HTML, so the offset stays where it is.
        let html = addChild(.htmlBlock, at: position(at: offset))
        nodes[html].htmlKind = kind
        return .leaf
      }
    }

    if !isIndented && containerKind == .paragraph,
      let level = BlockSyntax.setextLevel(input, here, lineEnd)
    {
      closeUnmatchedBlocks()
      extractReferenceDefinitions(container)
      if !nodes[container].content.isEmpty {
        nodes[container].kind = .heading
        nodes[container].level = level
        tip = container
        advanceOffset(lineEnd - offset, columns: false)
        return .leaf
      }
    }

    if !isIndented && BlockSyntax.isThematicBreak(input, here, lineEnd) {
      closeUnmatchedBlocks()
      addChild(.thematicBreak, at: position(at: here))
      advanceOffset(lineEnd - offset, columns: false)
      return .leaf
    }

    if !isIndented || containerKind == .list, startListItem(in: container) {
      return .container
    }

    if isIndented && nodes[tip].kind != .paragraph && !isBlank {
      advanceOffset(4, columns: true)
      closeUnmatchedBlocks()
      addChild(.codeBlock, at: position(at: offset))
      return .leaf
    }
    return .none
  }

  /// Starts a list item (and its list, unless it continues the open one); false if none starts.
  mutating func startListItem(in container: Int) -> Bool {
    guard indent < 4, let found = BlockSyntax.listMarker(input, nextNonspace, lineEnd) else {
      return false
    }
    let containerKind = nodes[container].kind
    let afterMarker = nextNonspace + found.length
    guard afterMarker >= lineEnd || BlockSyntax.isSpaceOrTab(input[afterMarker]) else {
      return false
    }
    // Only a non-empty bullet or `1.` item may interrupt a paragraph.
    if containerKind == .paragraph {
      if found.isOrdered && found.start != 1 { return false }
      if BlockSyntax.isBlank(input, afterMarker, lineEnd) { return false }
    }
    guard allowsNesting(nodes[container].depth + 1) else { return false }

    let start = position(at: nextNonspace)
    var marker = ListMarker(
      isOrdered: found.isOrdered, character: found.character, start: found.start, padding: 0,
      markerOffset: indent)
    advanceNextNonspace()
    advanceOffset(found.length, columns: true)
    let spacesStartColumn = column
    let spacesStartOffset = offset
    repeat {
      advanceOffset(1, columns: true)
    } while column - spacesStartColumn < 5 && BlockSyntax.isSpaceOrTab(byte(at: offset))
    let isBlankItem = byte(at: offset) == nil
    let spacesAfterMarker = column - spacesStartColumn
    if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || isBlankItem {
      // Content indented 5+ columns is indented code: the item's content starts one column in.
      marker.padding = found.length + 1
      column = spacesStartColumn
      offset = spacesStartOffset
      if BlockSyntax.isSpaceOrTab(byte(at: offset)) { advanceOffset(1, columns: true) }
    } else {
      marker.padding = found.length + spacesAfterMarker
    }

    closeUnmatchedBlocks()
    if nodes[tip].kind != .list || !nodes[tip].marker.matches(marker) {
      let list = addChild(.list, at: start)
      nodes[list].marker = marker
    }
    let item = addChild(.item, at: start)
    nodes[item].marker = marker
    return true
  }

  /// The deepest container nesting built even when the options allow more.
  static let hardNestingLimit = 1_000

  /// Whether a container may open at `depth`; past the bound, warns once and refuses.
  ///
  /// Whatever `maxNestingDepth` says, containers stop at ``hardNestingLimit``: the `Block`
  /// tree's own equality, hashing and deinitialization recurse through every level, and
  /// 100,000 levels overflow a thread's stack.
  mutating func allowsNesting(_ depth: Int) -> Bool {
    let bound = min(options.maxNestingDepth, Self.hardNestingLimit)
    if depth <= bound { return true }
    if !warnings.contains(where: { $0.id == "richtext.depth-limit" }) {
      warnings.append(
        RichTextWarning(
          id: "richtext.depth-limit",
          message: "block quotes and list items nested deeper than \(bound) "
            + "levels are kept as text; flatten the nesting",
          position: position(at: nextNonspace)))
    }
    return false
  }
}
