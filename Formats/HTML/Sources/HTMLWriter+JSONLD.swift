// schema.org JSON-LD for search engines: a NewsArticle (with an InteractionCounter per
// reaction) and, when there are questions, an FAQPage. Text is plain (no markup), and the JSON
// is written script-safe so no document text can end the <script> element.
import BriefingCore
import BriefingFormats
import OrderedCollections
import RichText

/// Builds the `<script type="application/ld+json">` element of a page.
enum JSONLD {
  /// The JSON-LD graph as a value.
  static func value(for briefing: Briefing) -> JSONValue {
    var article: OrderedDictionary<String, JSONValue> = [
      "@context": .string("https://schema.org"), "@type": .string("NewsArticle"),
      "headline": .string(HTMLEscaping.plainText(briefing.title.inlines)),
    ]
    if let category = briefing.category { article["articleSection"] = .string(category) }
    if let description = HTMLPage.description(of: briefing) {
      article["description"] = .string(description)
    }
    if let published = briefing.published { article["datePublished"] = .string(published) }
    if let updated = briefing.updated { article["dateModified"] = .string(updated) }
    if !briefing.authors.isEmpty {
      article["author"] = .array(
        briefing.authors.map { .object(["@type": .string("Person"), "name": .string($0)]) })
    }
    if let language = briefing.language { article["inLanguage"] = .string(language) }
    if !briefing.tags.isEmpty { article["keywords"] = .array(briefing.tags.map(JSONValue.string)) }
    if let source = briefing.source, URLPolicy.standard.allows(source.url) {
      article["isBasedOn"] = .string(source.url)
    }
    if let engagement = briefing.engagement, !engagement.reactions.isEmpty {
      article["interactionStatistic"] = .array(
        engagement.reactions.map { reaction in
          .object([
            "@type": .string("InteractionCounter"), "name": .string(reaction.label),
            "interactionType": .string("https://schema.org/LikeAction"),
            "userInteractionCount": .integer(reaction.count),
          ])
        })
    }
    var graph: [JSONValue] = [.object(article)]
    let questions = briefing.sections.flatMap { section -> [Question] in
      if case .questions(let questions) = section { return questions.items }
      return []
    }
    if !questions.isEmpty {
      let entities: [JSONValue] = questions.map { question in
        .object([
          "@type": .string("Question"),
          "name": .string(HTMLEscaping.plainText(question.question.inlines)),
          "acceptedAnswer": .object([
            "@type": .string("Answer"),
            "text": .string(HTMLEscaping.plainText(question.answer.blocks)),
          ]),
        ])
      }
      graph.append(
        .object([
          "@context": .string("https://schema.org"), "@type": .string("FAQPage"),
          "mainEntity": .array(entities),
        ]))
    }
    return .array(graph)
  }

  /// The JSON text, script-safe.
  static func json(for briefing: Briefing) -> String {
    JSONText.write(value(for: briefing), style: .htmlScript)
  }

  /// The whole `<script>` element.
  static func script(for briefing: Briefing) -> String {
    "<script type=\"application/ld+json\">\(json(for: briefing))</script>"
  }
}
