extension ContentRule {
  /// The rules about follow-up questions and takeaways.
  static let sectionRules: [ContentRule] = [
    duplicateQuestionID, identicalQuestions, unansweredQuestion, answerRepeatsQuestion,
    emptyTakeaways,
  ]

  /// `rule.duplicate-question-id`: question ids are unique within a briefing.
  public static let duplicateQuestionID = ContentRule(
    id: "rule.duplicate-question-id", defaultSeverity: .error,
    summary: "two questions share an id",
    explanation: """
      A question's `id` is its anchor in the HTML page (`#what-is-apec`); two questions with the
      same id make links jump to the wrong one. Give each question its own id.

      Fails:   - {question: What is APEC?, answer: …, id: apec}
               - {question: Who attends?, answer: …, id: apec}
      Passes:  - {question: What is APEC?, answer: …, id: apec}
               - {question: Who attends?, answer: …, id: attendees}
      """
  ) { briefing in
    var first: [String: String] = [:]
    var found: [Diagnostic] = []
    for (question, path) in briefing.questionsWithPaths {
      guard let id = question.id else { continue }
      if let earlier = first[id] {
        found.append(
          Diagnostic(
            .error, "rule.duplicate-question-id",
            "question id '\(id)' is already used by the question at \(earlier); ids are anchors "
              + "and must be unique, so rename one",
            path: path.appending("id")))
      } else {
        first[id] = path.description
      }
    }
    return found
  }

  /// `rule.identical-questions`: the same question is asked twice.
  public static let identicalQuestions = ContentRule(
    id: "rule.identical-questions", defaultSeverity: .warning,
    summary: "the same question is asked twice",
    explanation: """
      Two questions whose text is the same (ignoring case, punctuation and spacing) are usually a
      copy-paste slip. Delete one, or merge their answers.

      Fails:   - question: What is APEC?
               - question: what is APEC
      Passes:  - question: What is APEC?
               - question: Who attends?
      """
  ) { briefing in
    var first: [String: String] = [:]
    var found: [Diagnostic] = []
    for (question, path) in briefing.questionsWithPaths {
      let key = TextNormalizer.key(question.question.plainText)
      guard !key.isEmpty else { continue }
      if let earlier = first[key] {
        found.append(
          Diagnostic(
            .warning, "rule.identical-questions",
            "question '\(question.question.plainText)' is asked again (first at \(earlier)); "
              + "delete one or merge their answers",
            path: path.appending("question")))
      } else {
        first[key] = path.description
      }
    }
    return found
  }

  /// `rule.unanswered-question`: a question has no answer.
  public static let unansweredQuestion = ContentRule(
    id: "rule.unanswered-question", defaultSeverity: .error,
    summary: "a question has no answer",
    explanation: """
      A follow-up question with an empty answer opens onto nothing. Write the answer, or remove
      the question until it has one.

      Fails:   - {question: Who attends?, answer: ""}
      Passes:  - {question: Who attends?, answer: Officials from all 21 economies.}
      """
  ) { briefing in
    briefing.questionsWithPaths.compactMap { question, path in
      guard TextNormalizer.isBlank(question.answer.plainText) else { return nil }
      return Diagnostic(
        .error, "rule.unanswered-question",
        "question '\(question.question.plainText)' has no answer; write one or remove the question",
        path: path.appending("answer"))
    }
  }

  /// `rule.answer-repeats-question`: the answer only restates the question.
  public static let answerRepeatsQuestion = ContentRule(
    id: "rule.answer-repeats-question", defaultSeverity: .warning,
    summary: "an answer only repeats its question",
    explanation: """
      An answer whose text is the question again (ignoring case, punctuation and spacing) is a
      placeholder that was never filled in. Write the real answer.

      Fails:   - {question: Who attends?, answer: Who attends?}
      Passes:  - {question: Who attends?, answer: Officials from all 21 economies.}
      """
  ) { briefing in
    briefing.questionsWithPaths.compactMap { question, path in
      let answer = TextNormalizer.key(question.answer.plainText)
      guard !answer.isEmpty, answer == TextNormalizer.key(question.question.plainText) else {
        return nil
      }
      return Diagnostic(
        .warning, "rule.answer-repeats-question",
        "the answer to '\(question.question.plainText)' only repeats the question; write the "
          + "answer itself",
        path: path.appending("answer"))
    }
  }

  /// `rule.empty-takeaways`: a takeaways section or one of its items is empty.
  public static let emptyTakeaways = ContentRule(
    id: "rule.empty-takeaways", defaultSeverity: .warning,
    summary: "a takeaways section has no items, or an item has no text",
    explanation: """
      Key takeaways are the point of a briefing; an empty list, or a bullet with no text, shows
      as a heading over nothing or an empty bullet. Write the takeaway, or remove the section.

      Fails:   - {type: takeaways, items: []}
      Passes:  - {type: takeaways, items: [The team attends SOM1 in Guangzhou.]}
      """
  ) { briefing in
    var found: [Diagnostic] = []
    for (index, section) in briefing.sections.enumerated() {
      guard case .takeaways(let takeaways) = section else { continue }
      let items = DocumentPath([.key("sections"), .index(index), .key("items")])
      if takeaways.items.isEmpty {
        found.append(
          Diagnostic(
            .warning, "rule.empty-takeaways",
            "the takeaways section has no items; add at least one or remove the section",
            path: items))
      }
      for (item, text) in takeaways.items.enumerated()
      where TextNormalizer.isBlank(text.plainText) {
        found.append(
          Diagnostic(
            .warning, "rule.empty-takeaways",
            "takeaway \(item + 1) is empty; write it or remove it",
            path: items.appending(item)))
      }
    }
    return found
  }
}

/// Comparison keys for text that people consider "the same".
enum TextNormalizer {
  /// Letters and digits only, lowercased: `What is APEC?` and `what is apec` share a key.
  static func key(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
  }

  /// Whether the text has nothing but white space.
  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }
}
