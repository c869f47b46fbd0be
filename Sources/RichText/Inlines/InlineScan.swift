// The inline parser's main loop (CommonMark 0.31.2, section 6), after commonmark.js's
// inlines.js: one pass over the bytes builds a flat list of nodes and the delimiter and
// bracket stacks; emphasis and links are then formed by wrapping runs of siblings.

/// The state of one inline parse: the input, the working tree and the two stacks.
struct InlineScan {
  /// The content being parsed.
  let bytes: [UInt8]
  /// Link reference definitions to resolve reference links against.
  let references: LinkReferenceMap
  /// The next byte to read.
  var position: Int
  /// The end of the content after trailing whitespace is stripped.
  let end: Int
  /// The working tree.
  var arena = InlineArena()
  /// The delimiter stack (see InlineEmphasis.swift).
  var delimiters: [Delimiter] = []
  /// The top of the delimiter stack, -1 when empty.
  var topDelimiter = -1
  /// The bracket stack (see InlineLinks.swift).
  var brackets: [Bracket] = []
  /// How many links have been formed; an opener `[` pushed before the latest link is inactive.
  var linksFormed = 0
  /// Whether a search for a closing backtick run has reached the end of the input.
  var backticksScanned = false
  /// For each backtick run length, where its last run seen so far starts.
  var lastBacktickRun: [Int: Int] = [:]
  /// Constructs of raw HTML whose terminator was already searched for up to the end and is
  /// absent, so later openers fail at once (keeps runs of `<!--` or `<?` linear).
  var missingHTMLTerminators: Set<HTMLTerminator> = []

  /// Prepares a parse of `bytes`, stripping leading and trailing whitespace.
  init(bytes: [UInt8], references: LinkReferenceMap) {
    self.bytes = bytes
    self.references = references
    var end = bytes.count
    while end > 0, ByteClass.isWhitespace(bytes[end - 1]) { end -= 1 }
    var start = 0
    while start < end, ByteClass.isWhitespace(bytes[start]) { start += 1 }
    self.position = start
    self.end = end
  }

  /// Parses everything, then resolves the remaining emphasis.
  mutating func run() {
    while position < end {
      switch bytes[position] {
      case 0x0A: parseNewline()
      case UInt8(ascii: "\\"): parseBackslash()
      case UInt8(ascii: "`"): parseBackticks()
      case UInt8(ascii: "*"), UInt8(ascii: "_"): parseDelimiterRun()
      case UInt8(ascii: "["): parseOpenBracket()
      case UInt8(ascii: "!"): parseBang()
      case UInt8(ascii: "]"): parseCloseBracket()
      case UInt8(ascii: "<"): parseAngleBracket()
      case UInt8(ascii: "&"): parseEntity()
      default: parseText()
      }
    }
    processEmphasis(bottom: -1)
  }

  /// Appends a text node for the source bytes `start..<end`.
  @discardableResult
  mutating func appendText(_ start: Int, _ end: Int) -> Int {
    arena.append(InlineNode(.text, start: start, end: end))
  }

  /// Ordinary text up to the next byte that may start a construct.
  mutating func parseText() {
    let start = position
    position += 1
    while position < end, !Self.isSpecial(bytes[position]) { position += 1 }
    appendText(start, position)
  }

  /// Whether `byte` may start an inline construct.
  static func isSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x0A, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"),
      UInt8(ascii: "&"):
      return true
    default: return false
    }
  }

  /// A line ending: a hard break after two or more spaces, else a soft break; the spaces
  /// around it are dropped.
  mutating func parseNewline() {
    let newline = position
    position += 1
    var breakStart = newline
    var isHard = false
    // Only literal text is trimmed: whitespace from a character reference (`&#32;`) stays,
    // as in cmark.
    let last = arena.nodes[0].lastChild
    if last >= 0 {
      switch arena.nodes[last].kind {
      case .text:
        // As cmark does, a hard break needs two spaces right before the line ending, and
        // all trailing spaces and tabs are dropped either way.
        let node = arena.nodes[last]
        var spaces = node.textEnd
        while spaces > node.textStart, bytes[spaces - 1] == 0x20 { spaces -= 1 }
        isHard = node.textEnd - spaces >= 2
        var trimmed = node.textEnd
        while trimmed > node.textStart, ByteClass.isSpaceOrTab(bytes[trimmed - 1]) { trimmed -= 1 }
        let dropped = node.textEnd - trimmed
        if dropped > 0 {
          if isHard { breakStart = node.end - (node.textEnd - spaces) }
          arena.nodes[last].textEnd = trimmed
          arena.nodes[last].end = node.end - dropped
        }
      default: break
      }
    }
    arena.append(InlineNode(isHard ? .hardBreak : .softBreak, start: breakStart, end: newline + 1))
    skipLeadingSpaces()
  }

  /// Skips the spaces and tabs that begin a line.
  mutating func skipLeadingSpaces() {
    while position < end, ByteClass.isSpaceOrTab(bytes[position]) { position += 1 }
  }

  /// A backslash: a hard break before a line ending, an escaped punctuation character, or
  /// a literal backslash.
  mutating func parseBackslash() {
    let start = position
    position += 1
    if position < end, bytes[position] == 0x0A {
      position += 1
      arena.append(InlineNode(.hardBreak, start: start, end: position))
      skipLeadingSpaces()
    } else if position < end, ByteClass.isASCIIPunctuation(bytes[position]) {
      position += 1
      arena.append(InlineNode(.text, start: start, end: position, textStart: start + 1))
    } else {
      appendText(start, start + 1)
    }
  }

  /// A backtick run: a code span if a run of the same length follows, else literal text.
  mutating func parseBackticks() {
    let start = position
    while position < end, bytes[position] == UInt8(ascii: "`") { position += 1 }
    let length = position - start
    guard let closer = findBacktickRun(length: length, from: position) else {
      appendText(start, position)
      return
    }
    var content = Array(bytes[position..<closer])
    for index in content.indices where content[index] == 0x0A { content[index] = 0x20 }
    // One space is stripped from each side when both are spaces and the content is not all
    // spaces, so code can begin or end with a backtick.
    if content.count >= 2, content.first == 0x20, content.last == 0x20,
      content.contains(where: { $0 != 0x20 })
    {
      content = Array(content[1..<(content.count - 1)])
    }
    position = closer + length
    arena.append(
      InlineNode(.code(String(decoding: content, as: UTF8.self)), start: start, end: position))
  }

  /// Where the next backtick run of exactly `length` starts at or after `start`, if any.
  mutating func findBacktickRun(length: Int, from start: Int) -> Int? {
    // After one search reached the end, the last run of each length is known.
    if backticksScanned, (lastBacktickRun[length] ?? -1) < start { return nil }
    var index = start
    while index < end {
      guard bytes[index] == UInt8(ascii: "`") else {
        index += 1
        continue
      }
      let runStart = index
      while index < end, bytes[index] == UInt8(ascii: "`") { index += 1 }
      lastBacktickRun[index - runStart] = runStart
      if index - runStart == length { return runStart }
    }
    backticksScanned = true
    return nil
  }

  /// An entity or numeric character reference, or a literal `&`.
  mutating func parseEntity() {
    let start = position
    if let (text, next) = decodeCharacterReference(bytes[..<end], at: start) {
      position = next
      arena.append(InlineNode(.ownedText(text), start: start, end: next))
    } else {
      position += 1
      appendText(start, position)
    }
  }

  /// The Unicode scalar that ends just before `index`, or nil at the start of the input.
  func scalar(before index: Int) -> Unicode.Scalar? {
    guard index > 0 else { return nil }
    var start = index - 1
    while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(at: start)
  }

  /// The Unicode scalar starting at `index`, or nil at the end of the input.
  func scalar(at index: Int) -> Unicode.Scalar? {
    guard index < bytes.count else { return nil }
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return "\u{FFFD}"
  }
}
