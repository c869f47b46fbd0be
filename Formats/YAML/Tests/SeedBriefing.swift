import BriefingCore
import BriefingTesting
import Foundation
import RichText
import Testing

/// Paths of the committed examples and golden files, found via `#filePath`.
enum YAMLFiles {
  /// The package root.
  static let packageRoot = PackageFiles.root()
  /// `Formats/YAML/Golden`.
  static let golden = packageRoot.appendingPathComponent("Formats/YAML/Golden")
  /// `Examples`.
  static let examples = packageRoot.appendingPathComponent("Examples")
}

/// The seed's parts, as the lines of its text say them.
struct SeedParts {
  var category = ""
  var title = ""
  var reactions: [(label: String, count: Int, total: Int)] = []
  var loginRequired = false
  var takeaways: [String] = []
  var questions: [(question: String, answer: String)] = []
  var commentsNotice = ""

  /// Splits the seed's layout (see FORMAT.md, "Plain text") into its parts.
  init(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
      .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    guard lines.count > 3 else { return }
    category = lines[0]
    title = lines[1]
    var figures = lines[2]
    if figures.hasSuffix("Log in to vote") {
      loginRequired = true
      figures = String(figures.dropLast("Log in to vote".count))
    }
    for part in figures.components(separatedBy: " • ") {
      let pieces = part.components(separatedBy: ": ")
      let numbers = pieces.last?.split(separator: "/").compactMap { Int($0) } ?? []
      if pieces.count == 2, numbers.count == 2 {
        reactions.append((pieces[0], numbers[0], numbers[1]))
      }
    }
    var index = 3
    var section = ""
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if ["Key takeaways", "Follow Up Questions", "Comments"].contains(line) {
        section = line
      } else if section == "Key takeaways", trimmed.hasPrefix("• ") {
        takeaways.append(String(trimmed.dropFirst(2)))
      } else if section == "Follow Up Questions", line.hasSuffix("Expand"), index + 1 < lines.count
      {
        questions.append((String(line.dropLast("Expand".count)), lines[index + 1]))
        index += 1
      } else if section == "Comments", commentsNotice.isEmpty {
        commentsNotice = line
      }
      index += 1
    }
  }

  /// The model of the seed, built from its parts with literal (markup-free) text.
  var briefing: Briefing {
    Briefing(
      title: InlineText(plain: title), category: category,
      engagement: Engagement(
        reactions: reactions.map { Reaction(label: $0.label, count: $0.count, total: $0.total) },
        loginRequired: loginRequired),
      sections: [
        .takeaways(
          TakeawaysSection(title: "Key takeaways", items: takeaways.map(InlineText.init(plain:)))),
        .questions(
          QuestionsSection(
            title: "Follow Up Questions",
            items: questions.map {
              Question(
                question: InlineText(plain: $0.question),
                answer: BlockText(plainParagraphs: [$0.answer]))
            })),
        .comments(
          CommentsSection(
            title: "Comments",
            policy: CommentPolicy.allCases.first { $0.notice == commentsNotice } ?? .open)),
      ])
  }
}

/// The literal text of inlines (text and breaks), independent of any renderer.
func literal(_ inlines: [Inline]) -> String {
  inlines.map { inline -> String in
    switch inline {
    case .text(let text), .code(let text): text
    case .softBreak, .hardBreak: "\n"
    case .emphasis(let children), .strong(let children): literal(children)
    case .link(let link), .image(let link): literal(link.content)
    case .autolink(let link): link.target
    case .html(let html): html
    }
  }.joined()
}

/// The literal text of a paragraph-only block list, paragraphs joined by blank lines.
func literal(_ blocks: [Block]) -> String {
  blocks.map { block -> String in
    if case .paragraph(let inlines) = block { return literal(inlines) }
    return "<\(block)>"
  }.joined(separator: "\n\n")
}
