// Inlines back to CommonMark. Text is escaped only where a character would otherwise start
// markup, so output stays readable; the round-trip test over the spec examples keeps these
// rules honest.

/// What the start of the current output line may be mistaken for.
enum LineStartContext {
  /// Mid-line: nothing special.
  case none
  /// Leading spaces and tabs would be stripped (heading content, inline-only fields).
  case strippedSpace
  /// A block could start here (`#`, `-`, `>`, `1.`, …), and leading spaces are stripped.
  case blockStart
}

/// How emphasis delimiters are chosen where `*` and `_` could both serve.
///
/// No single rule works for every nesting (`*_x_*` suits emphasis in emphasis, but `_` cannot
/// close inside a word), so the renderer tries these in order and keeps the first whose output
/// parses back to the same inlines.
enum EmphasisStyle: CaseIterable {
  /// `*` everywhere, switching only where delimiters would merge (`*_x_*`, `**_x_**`, `*a*_b_`).
  case asterisks
  /// Emphasis touching its parent's delimiter switches to the other character.
  case innerSwitches
  /// Emphasis whose content starts or ends with emphasis uses `_`, the inner one `*`.
  case outerSwitches
  /// Every nested level switches character, wherever it sits.
  case alternating
}

/// Writes inlines as CommonMark bytes.
struct CommonMarkInlineWriter {
  /// The bytes written so far.
  var out: [UInt8] = []
  /// How emphasis delimiters are chosen.
  var style: EmphasisStyle = .asterisks
  /// The delimiter of emphasis with no reason to differ (`*`, or `_` as a fallback).
  var baseDelimiter = UInt8(ascii: "*")
  /// Whether emphasis right after emphasis switches character (`*a*_b_`); without it the two
  /// share one delimiter run (`**a***b*`), which is sometimes the only reading that works.
  var alternatesSiblings = true
  /// What a line starting after a break may be mistaken for.
  let breakContext: LineStartContext
  /// The context of the next byte written.
  private var lineStart: LineStartContext
  /// Whether a leading space or tab of the next text must be kept from touching a delimiter.
  private var protectLeadingSpace = false

  /// Creates a writer; `start` is the context of the first line, `breaks` of the lines after.
  init(start: LineStartContext, breaks: LineStartContext) {
    lineStart = start
    breakContext = breaks
  }

  /// Writes inlines, choosing emphasis delimiters that parse back to the same nesting.
  mutating func write(_ inlines: [Inline], parentDelimiter: UInt8? = nil) {
    var previousDelimiter: UInt8?
    for index in inlines.indices {
      let inline = inlines[index]
      let next = index + 1 < inlines.count ? inlines[index + 1] : nil
      switch inline {
      case .emphasis(let children), .strong(let children):
        var delimiter = baseDelimiter
        let isEmphasis = if case .emphasis = inline { true } else { false }
        let atBoundary = index == 0 || index == inlines.count - 1
        switch style {
        case .asterisks:
          if let parentDelimiter, isEmphasis, inlines.count == 1 {
            delimiter = other(parentDelimiter)
          }
        case .innerSwitches:
          if let parentDelimiter, atBoundary { delimiter = other(parentDelimiter) }
        case .alternating:
          if let parentDelimiter { delimiter = other(parentDelimiter) }
        case .outerSwitches:
          if let parentDelimiter, atBoundary {
            delimiter = other(parentDelimiter)
          } else if let first = children.first, let last = children.last,
            first.isEmphasisLike || last.isEmphasisLike
          {
            delimiter = other(baseDelimiter)
          }
        }
        if alternatesSiblings, let previousDelimiter, index > 0, previousDelimiter == delimiter {
          delimiter = other(delimiter)
        }
        let count = if case .strong = inline { 2 } else { 1 }
        writeDelimiter(delimiter, count: count)
        protectLeadingSpace = true
        write(children, parentDelimiter: delimiter)
        protectTrailingSpace()
        writeDelimiter(delimiter, count: count)
        previousDelimiter = delimiter
        continue
      default:
        write(inline, next: next)
      }
      previousDelimiter = nil
    }
  }

  /// Finishes a paragraph or heading: a final space would be stripped, so it is spelled out.
  mutating func finish() {
    protectTrailingSpace()
  }

  private func other(_ delimiter: UInt8) -> UInt8 {
    delimiter == UInt8(ascii: "*") ? UInt8(ascii: "_") : UInt8(ascii: "*")
  }

  private mutating func writeDelimiter(_ delimiter: UInt8, count: Int) {
    for _ in 0..<count { out.append(delimiter) }
    lineStart = .none
  }

  private mutating func write(_ inline: Inline, next: Inline?) {
    switch inline {
    case .text(let text):
      writeText(text, next: next)
    case .softBreak:
      protectTrailingSpace()
      out.append(0x0A)
      lineStart = breakContext
      return
    case .hardBreak:
      out.append(UInt8(ascii: "\\"))
      out.append(0x0A)
      lineStart = breakContext
      return
    case .code(let code):
      writeCode(code)
    case .emphasis, .strong:
      write([inline])
    case .link(let link):
      out.append(UInt8(ascii: "["))
      lineStart = .none
      write(link.content)
      writeLinkTail(link)
    case .image(let image):
      out.append(UInt8(ascii: "!"))
      out.append(UInt8(ascii: "["))
      lineStart = .none
      write(image.content)
      writeLinkTail(image)
    case .autolink(let autolink):
      out.append(UInt8(ascii: "<"))
      out.append(contentsOf: autolink.target.utf8)
      out.append(UInt8(ascii: ">"))
    case .html(let html):
      // Raw HTML opening a continuation line could start an HTML block there; indented four
      // columns it cannot, and the indentation is stripped from the paragraph line.
      if lineStart == .blockStart, breakContext == .blockStart, out.last == 0x0A {
        out.append(contentsOf: "    ".utf8)
      }
      out.append(contentsOf: html.utf8)
    }
    lineStart = .none
    protectLeadingSpace = false
  }

  // MARK: Text

  private mutating func writeText(_ text: String, next: Inline?) {
    let bytes = Array(text.utf8)
    var index = 0
    if lineStart == .blockStart, let first = bytes.first {
      switch first {
      case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
        UInt8(ascii: ">"), UInt8(ascii: "~"):
        out.append(UInt8(ascii: "\\"))
        out.append(first)
        index = 1
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        // `12.` or `12)` would start an ordered list.
        var end = 0
        while end < bytes.count, ByteClass.isDigit(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") {
          out.append(contentsOf: bytes[0..<end])
          out.append(UInt8(ascii: "\\"))
          out.append(bytes[end])
          index = end + 1
        }
      default:
        break
      }
    }
    if index == 0, lineStart != .none || protectLeadingSpace, let first = bytes.first,
      first == 0x20 || first == 0x09
    {
      writeCharacterReference(first)
      index = 1
    }
    lineStart = .none
    protectLeadingSpace = false
    let last = bytes.count - 1
    while index < bytes.count {
      let byte = bytes[index]
      let following: UInt8? = index < last ? bytes[index + 1] : nil
      switch byte {
      case UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"):
        out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "_"):
        // Between letters or digits `_` cannot open or close emphasis (snake_case).
        let inWord = index > 0 && following.map(ByteClass.isAlphanumeric) == true
          && ByteClass.isAlphanumeric(bytes[index - 1])
        if !inWord { out.append(UInt8(ascii: "\\")) }
      case UInt8(ascii: "\\"):
        // Escaped when it could combine with what follows: punctuation, a line ending, or a
        // space that may be written as a character reference (`&#32;`).
        if following.map({ ByteClass.isASCIIPunctuation($0) || $0 <= 0x20 }) ?? true {
          out.append(UInt8(ascii: "\\"))
        }
      case UInt8(ascii: "<"):
        // `<` then a space cannot start an autolink (email local parts allow most ASCII
        // punctuation) or raw HTML; anything else might.
        if following.map({ $0 != 0x20 && $0 != 0x09 }) ?? true {
          out.append(UInt8(ascii: "\\"))
        }
      case UInt8(ascii: "!"):
        if following == nil, case .link = next { out.append(UInt8(ascii: "\\")) }
      case UInt8(ascii: "&"):
        if following.map({ ByteClass.isAlphanumeric($0) || $0 == UInt8(ascii: "#") }) == true {
          out.append(UInt8(ascii: "\\"))
        }
      case 0x0A, 0x0D:
        // A newline inside text came from a character reference; a literal one would break.
        writeCharacterReference(byte)
        index += 1
        continue
      default:
        break
      }
      out.append(byte)
      index += 1
    }
  }

  /// Replaces a final space or tab, which the parser would strip, by a character reference.
  private mutating func protectTrailingSpace() {
    guard let last = out.last, last == 0x20 || last == 0x09 else { return }
    out.removeLast()
    writeCharacterReference(last)
  }

  mutating func writeCharacterReference(_ byte: UInt8) {
    out.append(contentsOf: "&#".utf8)
    out.append(contentsOf: String(byte).utf8)
    out.append(UInt8(ascii: ";"))
  }

}

extension Inline {
  /// Whether this is emphasis or strong emphasis.
  fileprivate var isEmphasisLike: Bool {
    switch self {
    case .emphasis, .strong: return true
    default: return false
    }
  }

  /// Whether this inline or one inside it is emphasis.
  var containsEmphasis: Bool {
    switch self {
    case .emphasis, .strong: return true
    case .link(let link), .image(let link): return link.content.contains { $0.containsEmphasis }
    default: return false
    }
  }

  /// Emphasis of plain text that starts and ends with an ASCII letter or digit: `*` around it
  /// opens and closes whatever surrounds it, so its rendering needs no check.
  fileprivate var isPlainWordEmphasis: Bool {
    switch self {
    case .emphasis(let children), .strong(let children):
      guard children.count == 1, case .text(let text) = children[0],
        let first = text.utf8.first, let last = text.utf8.last
      else { return false }
      return ByteClass.isAlphanumeric(first) && ByteClass.isAlphanumeric(last)
    default:
      return false
    }
  }
}

/// Whether every emphasis in `inlines` is plain-word emphasis with no emphasis beside it, so
/// the default rendering reads back without trying.
private func emphasisIsUnambiguous(_ inlines: [Inline]) -> Bool {
  var previousWasEmphasis = false
  for inline in inlines {
    switch inline {
    case .emphasis, .strong:
      if previousWasEmphasis || !inline.isPlainWordEmphasis { return false }
      previousWasEmphasis = true
      continue
    case .link(let link), .image(let link):
      if !emphasisIsUnambiguous(link.content) { return false }
    default:
      break
    }
    previousWasEmphasis = false
  }
  return true
}

/// Renders a paragraph's or heading's inlines, trying emphasis styles until one reads back.
func renderCommonMarkInlines(
  _ inlines: [Inline], start: LineStartContext, breaks: LineStartContext
) -> [UInt8] {
  let styles = [true, false].flatMap { siblings in
    [UInt8(ascii: "*"), UInt8(ascii: "_")].flatMap { base in
      EmphasisStyle.allCases.map { (siblings, base, $0) }
    }
  }
  var first: [UInt8]?
  for (siblings, base, style) in styles {
    var writer = CommonMarkInlineWriter(start: start, breaks: breaks)
    writer.style = style
    writer.baseDelimiter = base
    writer.alternatesSiblings = siblings
    writer.write(inlines)
    writer.finish()
    guard inlines.contains(where: { $0.containsEmphasis }), !emphasisIsUnambiguous(inlines)
    else { return writer.out }
    let text = String(decoding: writer.out, as: UTF8.self)
    if CommonMark.parseInline(text).inlines == inlines { return writer.out }
    if first == nil { first = writer.out }
  }
  return first ?? []
}

