// TEMPORARY: a stand-in so the modules that build on RichText compile while the real parser
// and renderers are written. Deleted by the RichText work before anything lands.
enum PlaceholderEngine {
  static func parse(_ text: String) -> RichTextDocument {
    let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: true)
      .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    return RichTextDocument(blocks: paragraphs.map { .paragraph(inlines(of: $0)) })
  }

  static func parseInline(_ text: String) -> InlineDocument {
    InlineDocument(inlines: inlines(of: text.trimmingWhitespace()))
  }

  static func render(_ blocks: [Block]) -> String {
    blocks.map { block -> String in
      if case .paragraph(let inlines) = block { return renderInline(inlines) + "\n" }
      return ""
    }.joined(separator: "\n")
  }

  static func renderInline(_ inlines: [Inline]) -> String {
    inlines.map { inline -> String in
      switch inline {
      case .text(let text): return text
      case .softBreak: return "\n"
      default: return ""
      }
    }.joined()
  }

  private static func inlines(of text: String) -> [Inline] {
    var result: [Inline] = []
    for (index, line) in text.split(separator: "\n").enumerated() {
      if index > 0 { result.append(.softBreak) }
      result.append(.text(String(line)))
    }
    return result
  }
}

extension StringProtocol {
  fileprivate func trimmingWhitespace() -> String {
    String(drop(while: { $0 == " " || $0 == "\n" }).reversed().drop(while: { $0 == " " || $0 == "\n" }).reversed())
  }
}
