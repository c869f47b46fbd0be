// The first stage of the plain-text reader: check that the bytes are text (UTF-8, no NUL),
// split them into lines (LF, CRLF or a lone CR), and locate each line's content without its
// indentation and trailing blanks. Everything works on byte offsets into the original input,
// so source positions fall out for free and no line is copied until it becomes content.
import BriefingCore
import BriefingFormats

/// One input line: byte offsets of its start and of its content (indentation and trailing
/// spaces or tabs excluded), and its indentation width.
struct TextLine: Sendable {
  /// The 1-based line number.
  var number: Int
  /// The byte offset of the first byte of the line.
  var start: Int
  /// The byte offset of the first byte after the indentation.
  var contentStart: Int
  /// The byte offset just past the last byte that is not a space or a tab.
  var contentEnd: Int
  /// The indentation width: spaces count 1, a tab counts 4.
  var indent: Int

  /// Whether the line holds nothing but spaces and tabs.
  var isBlank: Bool { contentStart == contentEnd }
}

/// The input's bytes and its lines, with helpers to turn offsets into text and locations.
struct LineTable: Sendable {
  /// The whole input (a leading byte order mark is kept here but skipped by the lines).
  let bytes: [UInt8]
  /// Every line, blank ones included, in order.
  let lines: [TextLine]

  /// The text of a byte range of the input; the input was validated as UTF-8 beforehand.
  func text(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The content of a line, without indentation or trailing blanks.
  func text(of line: TextLine) -> String { text(line.contentStart, line.contentEnd) }

  /// The location of a byte offset on a line; columns count Unicode scalars, 1-based.
  func location(on line: TextLine, at offset: Int) -> SourceLocation {
    var column = 1
    var index = line.start
    while index < offset && index < bytes.count {
      // Continuation bytes (10xxxxxx) do not start a scalar.
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourceLocation(line: line.number, column: column, offset: offset)
  }

  /// The range between two byte offsets on one line.
  func range(on line: TextLine, from start: Int, to end: Int) -> SourceRange {
    SourceRange(start: location(on: line, at: start), end: location(on: line, at: end))
  }

  /// The range of a line's content.
  func range(of line: TextLine) -> SourceRange {
    range(on: line, from: line.contentStart, to: line.contentEnd)
  }

  /// The range from the start of one line's content to the end of another's.
  func range(from first: TextLine, to last: TextLine) -> SourceRange {
    SourceRange(
      start: location(on: first, at: first.contentStart),
      end: location(on: last, at: last.contentEnd))
  }
}

/// Why the input is not text at all.
enum ScanFailure: Error, Sendable {
  /// A byte sequence that is not UTF-8, at this byte offset.
  case invalidUTF8(offset: Int)
  /// A NUL byte (binary data), at this byte offset.
  case nul(offset: Int)
}

/// Splits validated UTF-8 bytes into lines.
enum LineScanner {
  /// Validates the bytes and splits them into lines; fails on binary data or invalid UTF-8.
  static func scan(_ bytes: [UInt8]) -> Result<LineTable, ScanFailure> {
    let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    if let failure = validate(bytes, from: bodyStart) { return .failure(failure) }
    var lines: [TextLine] = []
    var lineStart = bodyStart
    var index = bodyStart
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      guard byte == 0x0A || byte == 0x0D else {
        index += 1
        continue
      }
      lines.append(makeLine(bytes, number: lines.count + 1, start: lineStart, end: index))
      // CRLF is one line end; a lone CR (old Mac files) is one too.
      index += (byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
      lineStart = index
    }
    // A last line without a line end still counts (the seed ends that way).
    if lineStart < count {
      lines.append(makeLine(bytes, number: lines.count + 1, start: lineStart, end: count))
    }
    return .success(LineTable(bytes: bytes, lines: lines))
  }

  private static func makeLine(_ bytes: [UInt8], number: Int, start: Int, end: Int) -> TextLine {
    var contentStart = start
    var indent = 0
    while contentStart < end, bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 {
      indent += bytes[contentStart] == 0x09 ? 4 : 1
      contentStart += 1
    }
    var contentEnd = end
    while contentEnd > contentStart, bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09
    {
      contentEnd -= 1
    }
    return TextLine(
      number: number, start: start, contentStart: contentStart, contentEnd: contentEnd,
      indent: indent)
  }

  /// The first problem that makes the bytes not UTF-8 text, if any (RFC 3629: no overlong
  /// forms, no surrogates, nothing above U+10FFFF).
  static func validate(_ bytes: [UInt8], from start: Int) -> ScanFailure? {
    var index = start
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0 { return .nul(offset: index) }
        index += 1
        continue
      }
      let length = SourceText.scalarLength(at: index, in: bytes)
      if length == 0 { return .invalidUTF8(offset: index) }
      index += length
    }
    return nil
  }
}
