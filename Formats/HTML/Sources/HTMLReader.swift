// The HTML reader: libxml2 parses the page; the briefing is found in its <article> (or <main>),
// flattened into a reading-order list of headings and content, and mapped onto the model. Our
// own pages carry classes and data attributes that make this exact; other pages are read by
// their shape (see README.md).
import BriefingCore
import BriefingFormats
import Foundation
import RichText

/// Reads HTML pages into briefings.
public struct HTMLReader: BriefingReader {
  /// Creates a reader.
  public init() {}

  /// Reads a page; problems come back as `html.*` diagnostics with line numbers.
  public func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    var reader = PageReader(file: source.name)
    let read = reader.read(source.bytes)
    let briefing = read.map { CommonMarkForm(keeping: reader.exact).briefing($0) }
    return ReadResult(
      briefing: briefing, sourceMap: reader.sourceMap, diagnostics: reader.diagnostics)
  }
}

/// One piece of the page in reading order.
enum PageItem {
  /// A `<section data-briefing-type>` of our own pages begins.
  case sectionStart(HTMLNode)
  /// An `<h1>`…`<h6>`.
  case heading(HTMLNode, level: Int)
  /// Anything else: a paragraph, list, `<details>`, comment, text.
  case content(HTMLNode)
}

/// The state of one read.
struct PageReader {
  let file: String
  var diagnostics: [Diagnostic] = []
  var sourceMap = SourceMap()
  let rich = HTMLRichTextReader()
  /// The rich text the writer stored exactly (`data-briefing-rich`), kept as it is.
  var exact = CommonMarkForm.Exact()
  /// The page, for placing attribute values.
  var bytes: [UInt8] = []

  init(file: String) { self.file = file }

  mutating func diagnose(
    _ severity: Diagnostic.Severity, _ id: String, _ message: String, line: Int, column: Int = 1,
    path: DocumentPath? = nil
  ) {
    let location = SourceLocation(line: max(line, 1), column: max(column, 1))
    diagnostics.append(
      Diagnostic(severity, id, message, file: file, range: SourceRange(at: location), path: path))
  }

  mutating func record(_ path: DocumentPath, _ node: HTMLNode?, text: Bool = false) {
    Self.place(path, node, in: &sourceMap, text: text)
  }

  /// Records where `node` stands as the range of the value at `path`: the element (or, for
  /// `text`, what is between its tags) when its tags were found in the source, else its line.
  static func place(
    _ path: DocumentPath, _ node: HTMLNode?, in map: inout SourceMap, text: Bool = false
  ) {
    guard let node else { return }
    map[path] =
      (text ? node.contentRange : node.range)
      ?? SourceRange(at: SourceLocation(line: max(node.line, 1), column: 1))
  }

  /// Where the value of the first of `attributes` that `node` has stands: the value itself
  /// when found in the start tag, else the start tag, else the element's line.
  func attributeRange(_ node: HTMLNode, _ attributes: [String]) -> SourceRange {
    let name = attributes.first { node.attribute($0) != nil } ?? attributes.first ?? ""
    guard let start = node.start, let end = node.contentStart else {
      return SourceRange(at: SourceLocation(line: max(node.line, 1), column: 1))
    }
    let tag = SourceRange(start: start, end: end)
    return HTMLTagScanner.attributeValue(name, inTagAt: tag, of: bytes) ?? tag
  }

  // MARK: - Page

  mutating func read(_ bytes: [UInt8]) -> Briefing? {
    self.bytes = bytes
    let parsed = HTMLDOM.parse(bytes)
    for error in parsed.errors {
      diagnose(
        .warning, "html.syntax",
        "\(error.message.lowercased()); the page was read as a browser would", line: error.line,
        column: error.column)
    }
    if let line = parsed.depthLimitLine {
      diagnose(
        .warning, "html.depth-limit",
        "elements nested deeper than \(HTMLDOM.maxDepth) levels were skipped; flatten the markup",
        line: line)
    }
    guard let root = Self.findRoot(parsed.document) else {
      diagnose(
        .error, "html.no-content",
        "the page has no <article>, <main> or <body> to read a briefing from", line: 1)
      return nil
    }
    let own = root.attribute("data-briefing") != nil
    var items: [PageItem] = []
    linearize(root, into: &items)
    guard
      let titleIndex = items.firstIndex(where: {
        if case .heading(_, 1) = $0 { true } else { false }
      }),
      case .heading(let titleNode, _) = items[titleIndex]
    else {
      diagnose(
        .error, "html.missing-title", "no <h1> headline found in the page's article; add one",
        line: root.line)
      return nil
    }
    var briefing = Briefing(title: InlineText(richInlines(titleNode)))
    record(DocumentPath.root.appending("title"), titleNode, text: true)
    if own {
      // Values carried by the article's attributes point at those attributes.
      for (key, attributes) in [
        ("briefing", ["data-briefing"]), ("id", ["data-briefing-id", "id"]), ("language", ["lang"]),
        ("extensions", ["data-briefing-x"]),
      ] {
        sourceMap[.root.appending(key)] = attributeRange(root, attributes)
      }
      briefing.version =
        root.attribute("data-briefing").flatMap { Int($0) } ?? Briefing.currentVersion
      briefing.id = root.attribute("data-briefing-id") ?? root.attribute("id")
      briefing.language = root.attribute("lang")
      briefing.extensions = extensions(of: root)
    } else {
      let html = parsed.document.first { $0.is("html") }
      briefing.language = root.attribute("lang") ?? html?.attribute("lang")
      if let holder = root.attribute("lang") != nil ? root : html {
        sourceMap[.root.appending("language")] = attributeRange(holder, ["lang"])
      }
    }
    briefing.category = category(before: titleIndex, in: items, own: own)
    var builder: SectionBuilder?
    var sectionIndex = 0
    for item in items[(titleIndex + 1)...] {
      switch item {
      case .sectionStart(let node):
        finish(&builder, into: &briefing, index: &sectionIndex)
        builder = SectionBuilder(element: node, reader: &self)
      case .heading(let node, let level):
        let text = node.collapsedText
        if var current = builder, current.awaitingTitle, level == 2 {
          current.title = current.hasDefaultTitle ? nil : node.textContent
          Self.place(.root.appending("title"), node, in: &current.positions, text: true)
          current.awaitingTitle = false
          builder = current
        } else if level == 2
          || (level > 2 && SectionBuilder.knownType(text) != nil && builder?.type != .text)
        {
          finish(&builder, into: &briefing, index: &sectionIndex)
          builder = SectionBuilder(heading: node, text: text)
        } else if builder != nil {
          builder?.addHeading(node, level: level, reader: &self)
        } else {
          if briefing.summary == nil { record(.root.appending("summary"), node) }
          appendSummary([.heading(level: level, richInlines(node))], to: &briefing)
        }
      case .content(let node):
        if builder != nil {
          builder?.add(node, reader: &self)
        } else {
          readHeaderContent(node, own: own, into: &briefing)
        }
      }
    }
    finish(&builder, into: &briefing, index: &sectionIndex)
    return briefing
  }

  private mutating func finish(
    _ builder: inout SectionBuilder?, into briefing: inout Briefing, index: inout Int
  ) {
    guard let current = builder else { return }
    let path = DocumentPath.root.appending("sections", index)
    record(path, current.node)
    for (relative, range) in current.positions.ranges {
      sourceMap[DocumentPath(path.components + relative.components)] = range
    }
    for (relative, text) in current.textPlacements {
      sourceMap.texts[DocumentPath(path.components + relative.components)] = text
    }
    briefing.sections.append(current.build(reader: &self, path: path))
    index += 1
    builder = nil
  }

  /// The article a briefing lives in: ours, else the first `<article>` with an `<h1>`, else
  /// `<main>`, else `<body>`; chrome (navigation, banners) is never searched.
  static func findRoot(_ document: HTMLNode) -> HTMLNode? {
    if let own = firstOutsideChrome(
      document, where: { $0.is("article") && $0.attribute("data-briefing") != nil })
    {
      return own
    }
    if let article = firstOutsideChrome(
      document, where: { $0.is("article") && $0.first(where: { $0.is("h1") }) != nil })
    {
      return article
    }
    return firstOutsideChrome(document, where: { $0.is("main") })
      ?? firstOutsideChrome(document, where: { $0.is("body") })
  }

  private static func firstOutsideChrome(_ node: HTMLNode, where predicate: (HTMLNode) -> Bool)
    -> HTMLNode?
  {
    if predicate(node) { return node }
    for child in node.elements where !isChrome(child) {
      if let found = firstOutsideChrome(child, where: predicate) { return found }
    }
    return nil
  }

  /// Page furniture that is never part of a briefing.
  static func isChrome(_ node: HTMLNode) -> Bool {
    guard let name = node.name else { return false }
    if [
      "nav", "aside", "footer", "form", "dialog", "button", "iframe", "script", "style", "noscript",
      "template", "svg", "head",
    ].contains(name) {
      return true
    }
    if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
    if let role = node.attribute("role"),
      ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"]
        .contains(role)
    {
      return true
    }
    let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
    return [
      "cookie", "consent", "gdpr", "newsletter", "share", "social", "advert", "promo", "breadcrumb",
      "sidebar", "related",
    ]
    .contains { names.contains($0) }
  }

  private static let containers: Set<String> = [
    "div", "section", "header", "main", "hgroup", "center", "span",
  ]
  private static let contentHolders = [
    "briefing-summary", "briefing-body", "briefing-answer", "briefing-comment-body",
  ]

  /// Flattens `node` into reading order, descending through wrappers that hold blocks.
  mutating func linearize(_ node: HTMLNode, into items: inout [PageItem]) {
    for child in node.children {
      guard let name = child.name else {
        if !HTMLNode.collapse(child.text).isEmpty { items.append(.content(child)) }
        continue
      }
      if Self.isChrome(child) { continue }
      if name.count == 2, name.first == "h", let level = Int(String(name.last ?? "x")),
        (1...6).contains(level)
      {
        items.append(.heading(child, level: level))
      } else if name == "section" || name == "div", child.attribute("data-briefing-type") != nil {
        items.append(.sectionStart(child))
        linearize(child, into: &items)
      } else if Self.containers.contains(name),
        !Self.contentHolders.contains(where: child.hasClass),
        child.elements.contains(where: {
          HTMLRichTextReader.blockElements.contains($0.name ?? "") || $0.is("article")
        })
      {
        linearize(child, into: &items)
      } else {
        items.append(.content(child))
      }
    }
  }

  // MARK: - Header

  private mutating func category(before titleIndex: Int, in items: [PageItem], own: Bool)
    -> String?
  {
    if own {
      for case .content(let node) in items[..<titleIndex] where node.hasClass("briefing-category") {
        record(.root.appending("category"), node, text: true)
        return node.textContent
      }
      return nil
    }
    guard titleIndex > 0, case .content(let node) = items[titleIndex - 1] else { return nil }
    let text = node.name == nil ? HTMLNode.collapse(node.text) : node.collapsedText
    guard !text.isEmpty && text.count <= 80 else { return nil }
    record(.root.appending("category"), node, text: true)
    return text
  }

  private mutating func readHeaderContent(
    _ node: HTMLNode, own: Bool, into briefing: inout Briefing
  ) {
    let root = DocumentPath.root
    if node.hasClass("briefing-byline") {
      let authors = descendants(of: node, withClass: "briefing-author")
      briefing.authors = authors.map(\.textContent)
      for (index, author) in authors.enumerated() {
        record(root.appending("authors").appending(index), author, text: true)
      }
      let published = descendants(of: node, withClass: "briefing-published").first
      let updated = descendants(of: node, withClass: "briefing-updated").first
      briefing.published = published?.textContent
      briefing.updated = updated?.textContent
      record(root.appending("published"), published, text: true)
      record(root.appending("updated"), updated, text: true)
    } else if node.hasClass("briefing-source"), let link = node.first(where: { $0.is("a") }) {
      record(root.appending("source"), node)
      record(root.appending("source").appending("name"), link, text: true)
      sourceMap[root.appending("source").appending("url")] = attributeRange(
        link, ["data-briefing-url", "href"])
      let name = link.attribute("data-briefing-unnamed") != nil ? nil : link.textContent
      briefing.source = BriefingSource(
        name: name, url: link.attribute("data-briefing-url") ?? link.attribute("href") ?? "",
        extensions: extensions(of: node))
    } else if node.hasClass("briefing-tags") {
      let items = node.elements.filter { $0.is("li") }
      briefing.tags = items.map(\.textContent)
      record(root.appending("tags"), node)
      for (index, item) in items.enumerated() {
        record(root.appending("tags").appending(index), item, text: true)
      }
    } else if node.hasClass("briefing-engagement") {
      record(root.appending("engagement"), node)
      briefing.engagement = ownEngagement(node)
    } else if node.hasClass("briefing-summary") {
      record(root.appending("summary"), node)
      briefing.summary = BlockText(richBlocks(node))
    } else if own && node.hasClass("briefing-category") {
      return
    } else if let engagement = Self.parseEngagement(
      node.name == nil ? node.text : node.collapsedText)
    {
      if engagement.reactions.isEmpty, var existing = briefing.engagement {
        existing.loginRequired = true
        briefing.engagement = existing
      } else {
        briefing.engagement = engagement
        // Reactions read from text have no elements of their own; the line holds them all.
        let reactions = root.appending("engagement").appending("reactions")
        record(root.appending("engagement"), node)
        for index in engagement.reactions.indices { record(reactions.appending(index), node) }
      }
    } else if briefing.published == nil, let time = node.first(where: { $0.is("time") }),
      node.collapsedText.count < 80
    {
      briefing.published = time.attribute("datetime") ?? time.collapsedText
      record(root.appending("published"), time, text: true)
    } else {
      if briefing.summary == nil { record(root.appending("summary"), node) }
      appendSummary(rich.blocks([node]), to: &briefing)
    }
  }

  private func appendSummary(_ blocks: [Block], to briefing: inout Briefing) {
    guard !blocks.isEmpty else { return }
    briefing.summary = BlockText((briefing.summary?.blocks ?? []) + blocks)
  }
}
