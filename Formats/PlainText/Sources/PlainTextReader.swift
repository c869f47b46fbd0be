// The plain-text reader: bytes → lines (LineScanner) → blocks with shapes (Classifier) → the
// model (PlainTextParser, here). The rules — which block is the title, which one-line block is
// a section heading, where an answer ends — are listed in Formats/PlainText/README.md; every
// guess the parser has to make is reported as a `plain.ambiguous-…` warning with its position.
import BriefingCore
import BriefingFormats
import RichText

/// Reads briefings laid out as the seed page's text (category, title, engagement line,
/// sections) into the model; text is literal, never parsed as CommonMark.
public struct PlainTextReader: BriefingReader {
  /// Creates a reader.
  public init() {}

  /// Reads plain text; unusable input (empty, binary, not UTF-8) gives an error diagnostic.
  public func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    switch LineScanner.scan(source.bytes) {
    case .failure(let failure):
      return ReadResult(briefing: nil, diagnostics: [encodingError(failure, in: source)])
    case .success(let table):
      var parser = PlainTextParser(
        table: table, file: source.name, unwrap: options[PlainTextFormat.unwrapOption])
      return parser.parse()
    }
  }

  private func encodingError(_ failure: ScanFailure, in source: SourceFile) -> Diagnostic {
    let offset: Int
    let message: String
    switch failure {
    case .invalidUTF8(let at):
      offset = at
      message =
        "the input is not UTF-8 text (invalid byte 0x\(hex(source.bytes[at])))"
        + "; convert it to UTF-8 first, e.g. with 'iconv -t UTF-8'"
    case .nul(let at):
      offset = at
      message =
        "the input contains a NUL byte, so it looks like binary data, not text"
        + "; pass a plain-text file"
    }
    // The bytes before the failure are valid, so lines and scalars can be counted up to it.
    var line = 1
    var column = 1
    for byte in source.bytes[..<offset] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    let location = SourceLocation(line: line, column: column, offset: offset)
    return Diagnostic(
      .error, "plain.encoding", message, file: source.name, range: SourceRange(at: location))
  }

  private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}

/// A section being read: its kind, title and the content gathered so far.
struct SectionDraft: Sendable {
  /// The section's type.
  var type: SectionType
  /// The heading as read, or `nil` when the section had none.
  var title: String?
  /// The section's index in the briefing, for document paths.
  var index: Int
  /// Takeaway items.
  var items: [InlineText] = []
  /// Questions with their answers so far.
  var questions: [Question] = []
  /// The comment policy, once a notice was read.
  var policy: CommentPolicy?
  /// The comment tree being read.
  var comments = CommentTreeState()
  /// A text section's paragraphs.
  var body: [Block] = []
}

/// Turns classified blocks into a briefing, recording source ranges and ambiguities.
struct PlainTextParser {
  let table: LineTable
  let classifier: Classifier
  let blocks: [TextBlock]
  let file: String
  let unwrap: Bool
  var sourceMap = SourceMap()
  var diagnostics: [Diagnostic] = []
  var sections: [Section] = []
  var draft: SectionDraft?

  init(table: LineTable, file: String, unwrap: Bool) {
    self.table = table
    self.classifier = Classifier(table: table)
    self.blocks = classifier.blocks()
    self.file = file
    self.unwrap = unwrap
  }

  /// Reads the whole input.
  mutating func parse() -> ReadResult {
    guard !blocks.isEmpty else {
      let diagnostic = Diagnostic(
        .error, "plain.empty",
        "the input has no text; a briefing needs at least a title line", file: file,
        range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
      return ReadResult(briefing: nil, diagnostics: [diagnostic])
    }
    var briefing = Briefing(title: InlineText([]))
    var index = readHeader(into: &briefing)
    while index < blocks.count {
      readBlock(index)
      index += 1
    }
    finishDraft()
    briefing.sections = sections
    return ReadResult(briefing: briefing, sourceMap: sourceMap, diagnostics: diagnostics)
  }

  // MARK: - Sections

  /// Reads one block after the header, in the context of the section being read.
  private mutating func readBlock(_ index: Int) {
    let absorbing = draft?.type == .questions || draft?.type == .text
    switch sectionStart(at: index, absorbing: absorbing) {
    case .heading(let type, let title)?:
      finishDraft()
      let headingLine = line(blocks[index].lines.lowerBound)
      draft = SectionDraft(type: type, title: title, index: sections.count)
      let path = sectionPath.appending("title")
      sourceMap[sectionPath] = table.range(of: headingLine)
      sourceMap[path] = table.range(of: headingLine)
      return
    case .ambiguous(let title)?:
      warn(
        "plain.ambiguous-line",
        "read '\(title)' as part of the text above, not as a section heading; to start a "
          + "section here, underline the heading with '---'",
        at: table.range(of: line(blocks[index].lines.lowerBound)))
    case nil:
      break
    }
    readContent(blocks[index])
  }

  /// What a block means as the start of a section.
  enum SectionStart: Equatable {
    /// A heading: the section's type and title.
    case heading(SectionType, String)
    /// A one-line block that could be a heading but is read as content.
    case ambiguous(String)
  }

  /// Decides whether block `index` is a section heading (README "Section headings").
  func sectionStart(at index: Int, absorbing: Bool) -> SectionStart? {
    let block = blocks[index]
    // Headings start at the left margin; indented lines are bullets, bodies or continuations.
    guard line(block.lines.lowerBound).indent == 0 else { return nil }
    let title = table.text(of: line(block.lines.lowerBound))
    let next = index + 1 < blocks.count ? blocks[index + 1] : nil
    let nextType = next.flatMap { contentType(of: $0) }
    if block.kind == .underlined {
      return .heading(nextType ?? Self.defaultType(of: title) ?? .text, title)
    }
    guard block.isOneLine, block.kind == .paragraph else { return nil }
    let nextIsHeadingOrEnd = next.map { isHeadingShaped($0) } ?? true
    if let type = Self.defaultType(of: title) {
      if nextType == type || nextIsHeadingOrEnd { return .heading(type, title) }
      if type == .comments, next?.kind == .comment { return .heading(type, title) }
      // Under a default title, the content decides only when it is unambiguous: a paragraph
      // under "Follow Up Questions" is a question without its marker.
      return absorbing ? nil : .heading(type, title)
    }
    if absorbing {
      return nextType == .takeaways || nextType == .comments ? .ambiguous(title) : nil
    }
    if let nextType { return .heading(nextType, title) }
    // A bare line over a paragraph heads a text section, unless that paragraph is a heading.
    if let next, next.kind == .paragraph || next.kind == .comment, !nextIsHeadingOrEnd {
      return .heading(.text, title)
    }
    return nil
  }

  /// The section type a block's shape implies on its own (bullets, question, notice).
  private func contentType(of block: TextBlock) -> SectionType? {
    switch block.kind {
    case .bullets: .takeaways
    case .question: .questions
    case .notice: .comments
    default: nil
    }
  }

  /// Whether a block looks like a heading without looking further (no recursion, so a file of
  /// many one-line blocks stays linear).
  func isHeadingShaped(_ block: TextBlock) -> Bool {
    if block.kind == .underlined { return true }
    guard block.isOneLine, block.kind == .paragraph else { return false }
    return Self.defaultType(of: table.text(of: line(block.lines.lowerBound))) != nil
  }

  /// The section type whose default title (or a common variant) this is, ignoring case.
  static func defaultType(of title: String) -> SectionType? {
    guard title.utf8.count <= 40 else { return nil }
    switch title.lowercased() {
    case "key takeaways", "takeaways": return .takeaways
    case "follow up questions", "follow-up questions": return .questions
    case "comments": return .comments
    default: return nil
    }
  }

  /// Reads a block that is not a heading into the current section, or starts an untitled one.
  private mutating func readContent(_ block: TextBlock) {
    switch draft?.type {
    case .takeaways?:
      if block.kind == .bullets { return addBullets(block) }
    case .questions?:
      if block.kind == .question { return addQuestion(block) }
      if block.kind != .notice { return addAnswerParagraph(block) }
    case .comments?:
      if readCommentBlock(block) { return }
    case .text?:
      if block.kind != .question && block.kind != .notice { return addTextParagraph(block) }
    case nil:
      break
    }
    startUntitledSection(for: block)
  }

  private mutating func startUntitledSection(for block: TextBlock) {
    finishDraft()
    let type: SectionType =
      switch block.kind {
      case .bullets: .takeaways
      case .question: .questions
      case .notice: .comments
      default: .text
      }
    draft = SectionDraft(type: type, title: nil, index: sections.count)
    let first = line(block.lines.lowerBound)
    sourceMap[sectionPath] = table.range(of: first)
    switch type {
    case .takeaways: addBullets(block)
    case .questions: addQuestion(block)
    case .comments: _ = readCommentBlock(block)
    case .text: addTextParagraph(block)
    }
  }

  private mutating func finishDraft() {
    guard let current = draft else { return }
    draft = nil
    switch current.type {
    case .takeaways:
      sections.append(.takeaways(TakeawaysSection(title: current.title, items: current.items)))
    case .questions:
      sections.append(.questions(QuestionsSection(title: current.title, items: current.questions)))
    case .comments:
      var state = current.comments
      let items = finishComments(&state)
      sections.append(
        .comments(
          CommentsSection(title: current.title, policy: current.policy ?? .open, items: items)))
    case .text:
      sections.append(
        .text(TextSection(title: current.title, body: BlockText(current.body))))
    }
  }

  // MARK: - Helpers

  /// The path of the section being read.
  var sectionPath: DocumentPath {
    DocumentPath.root.appending("sections").appending(draft?.index ?? sections.count)
  }

  func line(_ index: Int) -> TextLine { table.lines[index] }

  func linesOf(_ block: TextBlock) -> [TextLine] { block.lines.map { table.lines[$0] } }

  func pieces(of lines: [TextLine]) -> [(Int, Int)] {
    lines.map { ($0.contentStart, $0.contentEnd) }
  }

  /// Literal inlines from line pieces: joined with soft breaks, or with spaces when unwrapping.
  func inlines(_ pieces: [(Int, Int)]) -> [Inline] {
    let texts = pieces.map { table.text($0.0, $0.1) }.filter { !$0.isEmpty }
    if unwrap {
      let joined = texts.joined(separator: " ")
      return joined.isEmpty ? [] : [.text(joined)]
    }
    var result: [Inline] = []
    for text in texts {
      if !result.isEmpty { result.append(.softBreak) }
      result.append(.text(text))
    }
    return result
  }

  mutating func warn(_ id: String, _ message: String, at range: SourceRange) {
    diagnostics.append(Diagnostic(.warning, id, message, file: file, range: range))
  }
}
