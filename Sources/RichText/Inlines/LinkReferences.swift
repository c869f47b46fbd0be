// Link reference definitions (CommonMark 0.31.2, section 4.7) and label matching.

/// A link reference definition (`[label]: destination "title"`).
struct LinkReferenceDefinition: Hashable, Sendable {
  /// The normalized label (see ``normalizeLinkLabel(_:)``).
  var label: String
  /// The destination, unescaped.
  var destination: String
  /// The title, unescaped; empty when none.
  var title: String
}

/// Link reference definitions by normalized label; the first definition of a label wins.
typealias LinkReferenceMap = [String: LinkReferenceDefinition]

/// Normalizes a link label's text (without its brackets) for matching: Unicode case fold,
/// leading and trailing whitespace removed, inner runs of whitespace collapsed to one space.
func normalizeLinkLabel(_ bytes: ArraySlice<UInt8>) -> String {
  var collapsed: [UInt8] = []
  collapsed.reserveCapacity(bytes.count)
  var isASCII = true
  var pendingSpace = false
  for byte in bytes {
    if ByteClass.isWhitespace(byte) {
      pendingSpace = !collapsed.isEmpty
      continue
    }
    if pendingSpace { collapsed.append(0x20) }
    pendingSpace = false
    if byte >= 0x80 { isASCII = false }
    // ASCII folds by lowercasing; the general path below handles the rest.
    collapsed.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
  }
  let text = String(decoding: collapsed, as: UTF8.self)
  if isASCII { return text }
  // Swift has no case fold; lower-upper-lower reaches the fold for the cases the spec tests
  // (`ẞ` → `ß` → `SS` → `ss`) and agrees with simple folding elsewhere.
  return text.lowercased().uppercased().lowercased()
}

/// Parses link reference definitions from the start of a paragraph's raw content.
///
/// `content` is the paragraph's lines joined with "\n", indentation stripped. Returns the
/// definitions in order (duplicates included; the caller keeps the first of each label) and the
/// number of bytes they used, which always ends at a line boundary.
func parseLinkReferenceDefinitions(_ content: [UInt8]) -> (
  definitions: [LinkReferenceDefinition], consumed: Int
) {
  var definitions: [LinkReferenceDefinition] = []
  var position = 0
  while let (definition, next) = parseLinkReferenceDefinition(content, at: position) {
    definitions.append(definition)
    position = next
  }
  return (definitions, position)
}

/// Parses one definition at `start`; returns it and the index past its line ending.
private func parseLinkReferenceDefinition(_ bytes: [UInt8], at start: Int) -> (
  LinkReferenceDefinition, Int
)? {
  let end = bytes.count
  var index = LinkScanner.skipSpaces(bytes, start, end)
  guard let labelEnd = LinkScanner.label(bytes, index, end), labelEnd < end,
    bytes[labelEnd] == UInt8(ascii: ":")
  else { return nil }
  let label = normalizeLinkLabel(bytes[(index + 1)..<(labelEnd - 1)])
  guard !label.isEmpty else { return nil }
  index = LinkScanner.skipSpacesAndNewline(bytes, labelEnd + 1, end)
  guard let (destinationRange, destinationEnd) = LinkScanner.destination(bytes, index, end),
    destinationEnd > index  // `[a]:` followed by `)` is not a definition
  else { return nil }
  let destination = unescapeCommonMarkString(bytes[destinationRange])
  // A title must be separated from the destination by whitespace and be followed only by
  // spaces on its line; otherwise the definition ends after the destination, if that can.
  let beforeTitle = LinkScanner.skipSpacesAndNewline(bytes, destinationEnd, end)
  if beforeTitle > destinationEnd,
    let (titleRange, titleEnd) = LinkScanner.title(bytes, beforeTitle, end),
    let next = lineEnd(bytes, titleEnd)
  {
    let title = unescapeCommonMarkString(bytes[titleRange])
    return (LinkReferenceDefinition(label: label, destination: destination, title: title), next)
  }
  guard let next = lineEnd(bytes, destinationEnd) else { return nil }
  return (LinkReferenceDefinition(label: label, destination: destination, title: ""), next)
}

/// The index past the line ending if only spaces and tabs follow `start` on its line.
private func lineEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
  let index = LinkScanner.skipSpaces(bytes, start, bytes.count)
  if index == bytes.count { return index }
  return bytes[index] == 0x0A ? index + 1 : nil
}
