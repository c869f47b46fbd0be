// The second stage of the plain-text reader: group lines into blocks (runs of non-blank lines)
// and recognize the seed's line shapes on raw bytes — bullets, questions with their
// `Expand`/`Collapse` marker, the engagement line, comment notices, underlines. What a shape
// means depends on where it stands; PlainTextReader decides that.
import BriefingCore

/// A run of non-blank lines between blank lines, and its shape.
struct TextBlock: Sendable {
  /// Indices into the line table, first to last.
  var lines: Range<Int>
  /// The shape of the block.
  var kind: Kind

  /// What a block looks like, before context gives it a meaning.
  enum Kind: Sendable, Equatable {
    /// Starts with a bullet line (`•`, `-` or `*`).
    case bullets
    /// Two lines, the second only `-` or `=`: a heading in any position.
    case underlined
    /// One line of reaction figures and/or "Log in to vote".
    case engagement
    /// Starts with a comment notice such as "Anyone can comment.".
    case notice
    /// Starts with a line ending in the `Expand` or `Collapse` marker.
    case question
    /// Starts with a line followed by deeper-indented lines: a comment and its body.
    case comment
    /// Anything else: one paragraph of text.
    case paragraph
  }

  /// Whether the block is a single line.
  var isOneLine: Bool { lines.count == 1 }
}

/// A question line split into its text and its state marker.
struct QuestionLine: Sendable {
  /// The byte offset just past the question's text (blanks before a spaced marker excluded).
  var textEnd: Int
  /// The byte offset of the marker.
  var markerStart: Int
  /// `true` for `Collapse` (the question is open), `false` for `Expand`.
  var expanded: Bool
  /// Whether the marker follows a space rather than being glued to the text.
  var spaced: Bool
}

/// A parsed engagement line.
struct EngagementLine: Sendable {
  /// Each reaction with the byte offsets of its label and figures.
  var reactions: [(reaction: Reaction, start: Int, end: Int)]
  /// Where "Log in to vote" starts, if present.
  var loginStart: Int?
}

/// Line and block recognizers over the line table's bytes.
struct Classifier: Sendable {
  /// The input.
  let table: LineTable

  private static let bulletDot: [UInt8] = [0xE2, 0x80, 0xA2]  // •
  private static let expand = Array("Expand".utf8)
  private static let collapse = Array("Collapse".utf8)
  private static let login = Array("Log in to vote".utf8)

  // MARK: - Blocks

  /// Groups the lines into blocks and gives each its shape.
  func blocks() -> [TextBlock] {
    var result: [TextBlock] = []
    var start: Int?
    for (index, line) in table.lines.enumerated() {
      if line.isBlank {
        if let first = start { result.append(block(first..<index)) }
        start = nil
      } else if start == nil {
        start = index
      }
    }
    if let first = start { result.append(block(first..<table.lines.count)) }
    return result
  }

  private func block(_ range: Range<Int>) -> TextBlock {
    let first = table.lines[range.lowerBound]
    let kind: TextBlock.Kind
    if bulletContent(first) != nil {
      kind = .bullets
    } else if range.count == 2 && isUnderline(table.lines[range.lowerBound + 1]) {
      kind = .underlined
    } else if range.count == 1 && engagement(first) != nil {
      kind = .engagement
    } else if notice(first) != nil {
      kind = .notice
    } else if question(first) != nil {
      kind = .question
    } else if range.count > 1 && table.lines[range.lowerBound + 1].indent > first.indent {
      kind = .comment
    } else {
      kind = .paragraph
    }
    return TextBlock(lines: range, kind: kind)
  }

  // MARK: - Lines

  /// Whether the content of `line` starts with `prefix`, from byte offset `at`.
  private func has(_ prefix: [UInt8], in line: TextLine, at offset: Int) -> Bool {
    guard offset + prefix.count <= line.contentEnd else { return false }
    for (index, byte) in prefix.enumerated() where table.bytes[offset + index] != byte {
      return false
    }
    return true
  }

  /// The line's content as a lowercase ASCII-folded string, for short fixed phrases only.
  private func folded(_ line: TextLine) -> String? {
    guard line.contentEnd - line.contentStart <= 64 else { return nil }
    return table.text(of: line).lowercased()
  }

  /// For a bullet line (`•`, `- `, `* `), the byte offset where the item's text starts.
  func bulletContent(_ line: TextLine) -> Int? {
    var offset: Int
    if has(Self.bulletDot, in: line, at: line.contentStart) {
      offset = line.contentStart + 3
    } else if line.contentEnd > line.contentStart,
      table.bytes[line.contentStart] == UInt8(ascii: "-")
        || table.bytes[line.contentStart] == UInt8(ascii: "*")
    {
      // `-` and `*` need a space after them, so `---` and `*emphasis*` are not bullets.
      let next = line.contentStart + 1
      guard next == line.contentEnd || table.bytes[next] == 0x20 || table.bytes[next] == 0x09
      else { return nil }
      guard next < line.contentEnd else { return nil }
      offset = next
    } else {
      return nil
    }
    while offset < line.contentEnd, table.bytes[offset] == 0x20 || table.bytes[offset] == 0x09 {
      offset += 1
    }
    return offset
  }

  /// For a line ending in `Expand` or `Collapse`, where the question and the marker are.
  func question(_ line: TextLine) -> QuestionLine? {
    for (marker, expanded) in [(Self.expand, false), (Self.collapse, true)] {
      let markerStart = line.contentEnd - marker.count
      guard markerStart >= line.contentStart, has(marker, in: line, at: markerStart) else {
        continue
      }
      var textEnd = markerStart
      while textEnd > line.contentStart, table.bytes[textEnd - 1] == 0x20 {
        textEnd -= 1
      }
      return QuestionLine(
        textEnd: textEnd, markerStart: markerStart, expanded: expanded,
        spaced: textEnd != markerStart)
    }
    return nil
  }

  /// Whether the line is only `-` or only `=`, at least three of them (a heading underline).
  func isUnderline(_ line: TextLine) -> Bool {
    let length = line.contentEnd - line.contentStart
    guard length >= 3, line.indent <= 3 else { return false }
    let first = table.bytes[line.contentStart]
    guard first == UInt8(ascii: "-") || first == UInt8(ascii: "=") else { return false }
    return table.bytes[line.contentStart..<line.contentEnd].allSatisfy { $0 == first }
  }

  /// The comment policy a notice line states, if it is one ("Anyone can comment." …).
  func notice(_ line: TextLine) -> CommentPolicy? {
    guard line.indent == 0, var text = folded(line) else { return nil }
    if text.hasSuffix(".") { text.removeLast() }
    switch text {
    case "only logged-in users can comment", "only logged in users can comment",
      "log in to comment", "login to comment":
      return .loggedIn
    case "anyone can comment": return .open
    case "comments are closed", "commenting is closed", "comments closed": return .closed
    default: return nil
    }
  }

  /// Whether the line is the page's comment-loading placeholder ("Loading…").
  func isLoadingPlaceholder(_ line: TextLine) -> Bool {
    guard let text = folded(line) else { return false }
    return text == "loading…" || text == "loading..." || text == "loading"
  }

  /// Parses "Label: count/total • Label: count/total" with an optional "Log in to vote",
  /// glued (as the seed has it) or after a space.
  func engagement(_ line: TextLine) -> EngagementLine? {
    var end = line.contentEnd
    var loginStart: Int?
    let candidate = end - Self.login.count
    if candidate >= line.contentStart, has(Self.login, in: line, at: candidate) {
      loginStart = candidate
      end = candidate
      while end > line.contentStart, table.bytes[end - 1] == 0x20 { end -= 1 }
    }
    var reactions: [(reaction: Reaction, start: Int, end: Int)] = []
    var pieceStart = line.contentStart
    var index = line.contentStart
    while index <= end {
      let atSeparator = index < end && has(Self.bulletDot, in: line, at: index)
      if index == end || atSeparator {
        if index > pieceStart || atSeparator || !reactions.isEmpty {
          guard let parsed = reaction(from: pieceStart, to: index, on: line) else { return nil }
          reactions.append(parsed)
        }
        index += atSeparator ? 3 : 1
        pieceStart = index
        continue
      }
      index += 1
    }
    guard !reactions.isEmpty || loginStart != nil else { return nil }
    return EngagementLine(reactions: reactions, loginStart: loginStart)
  }

  /// Parses one "Label: count/total" piece between two byte offsets.
  private func reaction(from start: Int, to end: Int, on line: TextLine)
    -> (reaction: Reaction, start: Int, end: Int)?
  {
    var lower = start
    var upper = end
    while lower < upper, table.bytes[lower] == 0x20 { lower += 1 }
    while upper > lower, table.bytes[upper - 1] == 0x20 { upper -= 1 }
    guard let colon = table.bytes[lower..<upper].lastIndex(of: UInt8(ascii: ":")) else {
      return nil
    }
    var labelEnd = colon
    while labelEnd > lower, table.bytes[labelEnd - 1] == 0x20 { labelEnd -= 1 }
    guard labelEnd > lower else { return nil }
    var figures = colon + 1
    while figures < upper, table.bytes[figures] == 0x20 { figures += 1 }
    let parts = table.bytes[figures..<upper].split(
      separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    guard parts.count == 2, let count = Self.number(parts[0]), let total = Self.number(parts[1])
    else { return nil }
    let label = table.text(lower, labelEnd)
    return (Reaction(label: label, count: count, total: total), lower, upper)
  }

  /// A decimal number of at most 18 digits (so it cannot overflow).
  static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty, digits.count <= 18 else { return nil }
    var value = 0
    for digit in digits {
      guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(digit - UInt8(ascii: "0"))
    }
    return value
  }

  /// Splits a comment header "Author · 2026-01-02T10:00:00Z" into author and date offsets;
  /// without a date-like suffix the whole line is the author.
  func commentHeader(_ line: TextLine) -> (authorEnd: Int, postedStart: Int?) {
    let separator: [UInt8] = [0x20, 0xC2, 0xB7, 0x20]  // " · "
    var index = line.contentEnd - separator.count
    while index > line.contentStart {
      if has(separator, in: line, at: index) {
        let dateStart = index + separator.count
        let date = table.bytes[dateStart..<line.contentEnd]
        let looksLikeDate =
          date.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false
          && !date.contains(0x20)
        return looksLikeDate ? (index, dateStart) : (line.contentEnd, nil)
      }
      index -= 1
    }
    return (line.contentEnd, nil)
  }
}
