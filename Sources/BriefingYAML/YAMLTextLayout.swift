import BriefingCore
import CYAML

// Rich text parsed from a scalar counts positions from the scalar's first character. Where the
// scalar's lines are the file's own bytes, those positions map back exactly: a one-line plain
// or quoted scalar without escapes, and a literal block, whose lines are the file's lines less
// their indentation. Folded blocks and multi-line flow scalars join lines, so their text is not
// the file's; they get no layout and their nodes fall back to the scalar's range. Every layout
// is checked against the bytes, so a wrong guess costs a fallback, never a wrong position.

/// Finds how a YAML string scalar's lines stand in the file.
enum YAMLTextLayout {
  /// The layout of a scalar of `style` whose text is `text` and which stands at `range`, or
  /// `nil` when its text is not the file's bytes line for line. Linear in the scalar.
  static func layout(
    of text: String, style: yaml_scalar_style_t, range: SourceRange, in bytes: [UInt8]
  ) -> TextLayout? {
    let value = Array(text.utf8)
    switch style {
    case YAML_PLAIN_SCALAR_STYLE:
      return oneLine(value, at: range.start, skipping: 0, in: bytes)
    case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE:
      return oneLine(value, at: range.start, skipping: 1, in: bytes)
    case YAML_LITERAL_SCALAR_STYLE:
      return literal(value, at: range.start, in: bytes)
    default:
      return nil
    }
  }

  /// A scalar on one line whose text follows `skipping` bytes (an opening quote) verbatim.
  private static func oneLine(
    _ value: [UInt8], at start: SourceLocation, skipping: Int, in bytes: [UInt8]
  ) -> TextLayout? {
    let first = start.offset + skipping
    guard !value.contains(0x0A), first + value.count <= bytes.count,
      bytes[first..<first + value.count].elementsEqual(value)
    else { return nil }
    return TextLayout(
      firstLine: start.line,
      lines: [.init(offsetShift: first, columnShift: start.column - 1 + skipping)])
  }

  /// A literal block: its lines start on the line after the `|` header, one value line per
  /// file line, each the file line less the block's indentation.
  private static func literal(_ value: [UInt8], at start: SourceLocation, in bytes: [UInt8])
    -> TextLayout?
  {
    var fileLine = start.offset
    while fileLine < bytes.count, bytes[fileLine] != 0x0A { fileLine += 1 }
    fileLine += 1
    var lines: [TextLayout.Line] = []
    var indent: Int?
    var valueLine = 0
    while valueLine < value.count {
      var valueEnd = valueLine
      while valueEnd < value.count, value[valueEnd] != 0x0A { valueEnd += 1 }
      guard fileLine <= bytes.count else { return nil }
      if valueEnd == valueLine {
        // A blank line may carry less indentation than the block; nothing on it is placed.
        lines.append(.init(offsetShift: fileLine - valueLine, columnShift: 0))
      } else {
        let spaces = leadingSpaces(bytes, from: fileLine)
        let lineIndent = indent ?? spaces - leadingSpaces(value, from: valueLine)
        indent = lineIndent
        let first = fileLine + lineIndent
        let length = valueEnd - valueLine
        guard lineIndent >= 0, spaces >= lineIndent, first + length <= bytes.count,
          bytes[first..<first + length].elementsEqual(value[valueLine..<valueEnd])
        else { return nil }
        lines.append(.init(offsetShift: first - valueLine, columnShift: lineIndent))
      }
      while fileLine < bytes.count, bytes[fileLine] != 0x0A { fileLine += 1 }
      fileLine += 1
      valueLine = valueEnd + 1
    }
    return TextLayout(firstLine: start.line + 1, lines: lines)
  }

  private static func leadingSpaces(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    return index - start
  }
}
