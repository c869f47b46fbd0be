import BriefingCore
import BriefingFormats
import Testing

/// Every value read from the body has its own range: `briefing validate` points at the
/// takeaway, question or date itself, not at the section's heading.
@Suite("Markdown positions")
struct PositionTests {
  static let document = """
    ---
    category: Policy
    engagement:
      reactions:
        - {label: Support, count: 17, total: 35}
    ---
    # Big *news*

    ## Key takeaways

    - First point
    - Café, second

    ## Questions

    ### What is it?

    An answer.

    More of it.

    <details id="why">
    <summary>  Why? </summary>

    Because.

    </details>

    ## Comments

    Anyone can comment.

    - **Ann** · 2026-01-02

      Nice.

      <!-- replies -->

      - **Bob** · 2026-01-03

        Agreed.
    """

  /// `line:column-line:column` of the value at `pointer`, read from the source map.
  static func at(_ pointer: String, in result: ReadResult) -> String? {
    guard let path = DocumentPath(pointer: pointer), let range = result.sourceMap[path] else {
      return nil
    }
    return "\(range.start)-\(range.end)"
  }

  let result = Support.read(Self.document)

  @Test func frontMatterValuesKeepTheirYAMLPositions() {
    #expect(result.briefing?.category == "Policy")
    #expect(Self.at("/category", in: result)?.hasPrefix("2:11-") == true)
    #expect(Self.at("/engagement/reactions/0/count", in: result)?.hasPrefix("5:31-") == true)
  }

  @Test func titleAndSectionTitlesPointAtTheirText() {
    #expect(Self.at("/title", in: result) == "7:3-7:13")
    #expect(Self.at("/sections/0/title", in: result) == "9:4-9:17")
    #expect(Self.at("/sections/1/title", in: result) == "14:4-14:13")
  }

  @Test func takeawaysPointAtTheirText() {
    #expect(Self.at("/sections/0/items/0", in: result) == "11:3-11:14")
    // Columns count Unicode scalars: 'é' is one column, two bytes.
    #expect(Self.at("/sections/0/items/1", in: result) == "12:3-12:15")
  }

  @Test func headingQuestionsAndTheirAnswers() {
    #expect(Self.at("/sections/1/items/0/question", in: result) == "16:5-16:16")
    #expect(Self.at("/sections/1/items/0/answer", in: result)?.hasPrefix("18:1-20:") == true)
  }

  @Test func detailsQuestionsPointInsideTheHTML() throws {
    let question = try #require(result.briefing?.sections[1])
    guard case .questions(let section) = question else {
      Issue.record("section 1 is not questions: \(question)")
      return
    }
    #expect(section.items.count == 2)
    #expect(Self.at("/sections/1/items/1/question", in: result) == "23:12-23:16")
    #expect(Self.at("/sections/1/items/1/id", in: result) == "22:1-22:19")
    #expect(Self.at("/sections/1/items/1/answer", in: result)?.hasPrefix("25:1-") == true)
  }

  @Test func commentsAndRepliesPointAtAuthorDateAndBody() {
    #expect(Self.at("/sections/2/policy", in: result) == "31:1-31:20")
    #expect(Self.at("/sections/2/items/0/author", in: result) == "33:5-33:8")
    #expect(Self.at("/sections/2/items/0/posted", in: result) == "33:13-33:23")
    #expect(Self.at("/sections/2/items/0/body", in: result)?.hasPrefix("35:3-") == true)
    #expect(Self.at("/sections/2/items/0/replies/0/posted", in: result) == "39:15-39:25")
    #expect(Self.at("/sections/2/items/0/replies/0/body", in: result)?.hasPrefix("41:5-") == true)
  }

  /// `line:column-line:column` of the node a path into rich text names (``SourceMap/range(at:)``).
  static func node(_ pointer: String, in result: ReadResult) -> String? {
    guard let path = DocumentPath(pointer: pointer), let range = result.sourceMap.range(at: path)
    else { return nil }
    return "\(range.start)-\(range.end)"
  }

  @Test func pathsIntoRichTextFindTheNodes() {
    // The title's emphasis, a takeaway's text, a heading question's text.
    #expect(Self.node("/title/1", in: result) == "7:7-7:13")
    #expect(Self.node("/sections/0/items/1/0", in: result) == "12:3-12:15")
    #expect(Self.node("/sections/1/items/0/question/0", in: result) == "16:5-16:16")
    // The second block of an answer, and of one inside <details>.
    #expect(Self.node("/sections/1/items/0/answer/1", in: result) == "20:1-20:12")
    #expect(Self.node("/sections/1/items/1/answer/0/0", in: result) == "25:1-25:9")
    // Comment and reply bodies.
    #expect(Self.node("/sections/2/items/0/body/0", in: result) == "35:3-35:8")
    #expect(Self.node("/sections/2/items/0/replies/0/body/0/0", in: result) == "41:5-41:12")
    // A node the value does not have falls back to the value.
    #expect(
      Self.node("/sections/1/items/0/answer/9", in: result)
        == Self.at("/sections/1/items/0/answer", in: result))
  }

  @Test func sectionsAfterFrontMatterSectionsAreNumberedInTheModel() {
    let text = """
      ---
      sections:
        - {type: text, body: Lead}
      ---
      # T

      ## Key takeaways

      - One
      """
    let result = Support.read(text)
    #expect(result.briefing?.sections.count == 2)
    #expect(Self.at("/sections/1/items/0", in: result) == "9:3-9:6")
    #expect(Self.at("/sections/1/title", in: result) == "7:4-7:17")
  }
}
