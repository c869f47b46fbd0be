// The standalone page: a Mustache template (the built-in one, or `template=FILE`) around the
// article. The variables are listed in README.md and in `defaultTemplate` itself.
import BriefingCore
import BriefingFormats
import Foundation
import Mustache
import RichText

/// Renders the page around an article.
enum HTMLPage {
  /// The built-in template, printed by `briefing template html`.
  static let defaultTemplate = """
    {{!
      BriefingKit's page template (Mustache): double braces escape HTML, triple braces do not.
      Variables: article (the article markup), title (plain-text headline), lang, description,
      stylesheet (the built-in CSS), jsonLD (the JSON-LD script element), jsonLDData (its
      JSON), category, published, updated, language, id, sourceName, sourceURL, authors (list
      of strings), tags (list of strings), sections (list of title and type), generator.
    }}
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>{{title}}</title>
    {{#description}}
    <meta name="description" content="{{description}}">
    {{/description}}
    <meta name="generator" content="{{generator}}">
    <style>
    {{{stylesheet}}}
    </style>
    {{{jsonLD}}}
    </head>
    <body>
    <main>
    {{{article}}}
    </main>
    </body>
    </html>

    """

  /// The page's `lang`: the document's language, else `en` (the page must declare one).
  static func language(of briefing: Briefing) -> String { briefing.language ?? "en" }

  /// The meta description: the first takeaway, else the summary's text; at most 300 characters.
  static func description(of briefing: Briefing) -> String? {
    for section in briefing.sections {
      if case .takeaways(let takeaways) = section, let first = takeaways.items.first {
        return clipped(HTMLEscaping.plainText(first.inlines))
      }
    }
    return briefing.summary.map { clipped(HTMLEscaping.plainText($0.blocks)) }
  }

  private static func clipped(_ text: String) -> String {
    text.count <= 300 ? text : String(text.prefix(299)) + "…"
  }

  /// The variables a template sees.
  static func context(briefing: Briefing, article: String, jsonLD: String) -> [String: Any] {
    var context: [String: Any] = [
      "article": article, "title": HTMLEscaping.plainText(briefing.title.inlines),
      "lang": language(of: briefing), "stylesheet": HTMLStylesheet.css, "jsonLD": jsonLD,
      "jsonLDData": JSONLD.json(for: briefing), "generator": "BriefingKit",
      "authors": briefing.authors, "tags": briefing.tags,
      "sections": briefing.sections.map {
        ["title": $0.displayTitle ?? "", "type": $0.type.rawValue]
      },
    ]
    context["description"] = description(of: briefing)
    context["category"] = briefing.category
    context["published"] = briefing.published
    context["updated"] = briefing.updated
    context["language"] = briefing.language
    context["id"] = briefing.id
    context["sourceName"] = briefing.source?.name
    context["sourceURL"] = briefing.source.flatMap {
      URLPolicy.standard.allows($0.url) ? $0.url : nil
    }
    return context
  }

  /// Renders the page through the template at `templatePath`, or the built-in one when empty.
  static func render(briefing: Briefing, article: String, templatePath: String, jsonLD: String)
    throws(WriteError) -> String
  {
    var text = defaultTemplate
    if !templatePath.isEmpty {
      guard let data = FileManager.default.contents(atPath: templatePath) else {
        throw WriteError([
          Diagnostic(
            .error, "html.template-missing",
            "cannot read the template '\(templatePath)'; check the path", file: templatePath)
        ])
      }
      text = String(decoding: data, as: UTF8.self)
    }
    let template: MustacheTemplate
    do {
      template = try MustacheTemplate(string: text)
    } catch {
      throw WriteError([
        Diagnostic(
          .error, "html.template-syntax",
          "the template is not valid Mustache: \(error); fix the tag it names",
          file: templatePath.isEmpty ? nil : templatePath)
      ])
    }
    return template.render(context(briefing: briefing, article: article, jsonLD: jsonLD))
  }
}

/// The built-in stylesheet: readable type, light and dark, narrow screens, print.
enum HTMLStylesheet {
  /// The CSS, inlined into the page.
  static let css = """
    /* The color-scheme meta tag in the template opts into dark form controls and scrollbars. */
    :root { --fg: #1b1b1b; --bg: #fff; --muted: #5c5c5c; --rule: #ddd; --accent: #0b5cad; }
    @media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #161616; --muted: #a8a8a8; --rule: #3a3a3a; --accent: #7ab7ff; } }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
    a { color: var(--accent); }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; }
    h2 { font-size: 1.3rem; margin: 2.25rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.3rem; }
    .briefing-category { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; font-weight: 600; color: var(--accent); margin: 0; }
    .briefing-byline, .briefing-source, .briefing-engagement, .briefing-comment-notice, .briefing-comment-meta { color: var(--muted); font-size: 0.9rem; }
    .briefing-tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
    .briefing-tags li { border: 1px solid var(--rule); border-radius: 1rem; padding: 0 0.6rem; font-size: 0.85rem; }
    .briefing-login { font-style: italic; }
    details { border-bottom: 1px solid var(--rule); padding: 0.6rem 0; }
    summary { cursor: pointer; font-weight: 600; }
    .briefing-answer { padding: 0.25rem 0 0 1.1rem; }
    .briefing-comment { border-left: 3px solid var(--rule); padding-left: 0.9rem; margin: 1rem 0; }
    pre { overflow-x: auto; padding: 0.75rem; border: 1px solid var(--rule); border-radius: 4px; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
    blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
    img { max-width: 100%; height: auto; }
    @media (max-width: 30rem) { body { font-size: 1rem; } main { padding: 1rem 0.9rem 3rem; } h1 { font-size: 1.5rem; } }
    @media print {
      :root { --fg: #000; --bg: #fff; --muted: #333; --accent: #000; }
      main { max-width: none; padding: 0; }
      details > :not(summary) { display: block !important; }
      details { break-inside: avoid; }
      summary { list-style: none; }
      a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
    }
    """
}
