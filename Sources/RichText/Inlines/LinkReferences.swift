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

/// Normalizes a link label for matching: Unicode case fold and whitespace collapsed.
func normalizeLinkLabel(_ bytes: ArraySlice<UInt8>) -> String {
  let text = String(decoding: bytes, as: UTF8.self)
  return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    .joined(separator: " ").lowercased().uppercased().lowercased()
}

/// Parses link reference definitions from the start of a paragraph's raw content.
///
/// Returns the definitions and the number of bytes they used (always ending at a line boundary).
func parseLinkReferenceDefinitions(_ content: [UInt8]) -> (
  definitions: [LinkReferenceDefinition], consumed: Int
) {
  ([], 0)
}
