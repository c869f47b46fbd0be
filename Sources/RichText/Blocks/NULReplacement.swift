// The spec replaces U+0000 with U+FFFD (2.3 "Insecure characters"). That turns one byte into
// three, so the parser works on a copy with the replacements made and maps its offsets back
// to the caller's text at the end; columns are unaffected (one scalar either way).

/// Where NUL bytes were replaced in the parser's copy of the input.
struct NULReplacement: Sendable {
  /// Offsets, in the copy, of each U+FFFD that replaced a NUL; ascending.
  var replacements: [Int] = []

  /// The input with every NUL replaced, and where; the input itself when it has none.
  static func apply(to input: [UInt8]) -> ([UInt8], NULReplacement) {
    guard input.contains(0) else { return (input, NULReplacement()) }
    var output: [UInt8] = []
    output.reserveCapacity(input.count + 16)
    var replacement = NULReplacement()
    for byte in input {
      if byte == 0 {
        replacement.replacements.append(output.count)
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
      } else {
        output.append(byte)
      }
    }
    return (output, replacement)
  }

  /// The offset in the original input of `offset` in the copy.
  func originalOffset(_ offset: Int) -> Int {
    // Count the replacements that start before `offset` (binary search); each added 2 bytes.
    var low = 0
    var high = replacements.count
    while low < high {
      let middle = (low + high) / 2
      if replacements[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return offset - 2 * low
  }

  /// `position` with its offset mapped back to the original input.
  func original(_ position: SourceLocation) -> SourceLocation {
    SourceLocation(
      line: position.line, column: position.column, offset: originalOffset(position.offset))
  }
}
