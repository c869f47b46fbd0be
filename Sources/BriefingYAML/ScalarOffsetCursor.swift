/// Turns positions counted in Unicode scalars into UTF-8 byte offsets, moving forward through
/// the input so that a whole file's worth of increasing positions costs one pass.
struct ScalarOffsetCursor {
  private let bytes: [UInt8]
  private let base: Int
  private var scalarIndex = 0
  private var byteOffset: Int

  /// `base` is where scalar 0 starts (past a byte order mark, say).
  init(bytes: [UInt8], base: Int = 0) {
    self.bytes = bytes
    self.base = base
    self.byteOffset = base
  }

  /// The byte offset of scalar number `target`.
  mutating func offset(ofScalar target: Int) -> Int {
    if target < scalarIndex {
      scalarIndex = 0
      byteOffset = base
    }
    while scalarIndex < target && byteOffset < bytes.count {
      let lead = bytes[byteOffset]
      byteOffset +=
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      scalarIndex += 1
    }
    return min(byteOffset, bytes.count)
  }
}
