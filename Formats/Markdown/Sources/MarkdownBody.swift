import BriefingCore
import BriefingFormats
import RichText

/// A top-level block of the body with its range in the whole file.
struct BodyBlock {
  /// The block.
  var block: Block
  /// Where it stands in the file (lines shifted past the front matter).
  var range: SourceRange
  /// Its index among the parsed document's blocks, the root of its nodes' paths.
  var index: Int
}

/// The blocks of one section as found in the body, before its kind is decided.
struct RawSection {
  /// A section ready for the model, with where it starts.
  struct Built {
    /// The section.
    var section: Section
    /// Where its heading or marker stands.
    var range: SourceRange
  }

  /// The heading's inlines, when the section starts with a heading.
  var heading: [Inline]?
  /// What the section's marker says, if it has one.
  var marker: SectionMarker?
  /// The content blocks.
  var blocks: [BodyBlock] = []
  /// Where the heading or marker stands.
  var range: SourceRange
  /// Where the heading's text stands.
  var titleRange: SourceRange?
  /// Whether the section runs until `<!-- /section -->`.
  var isRegion = false
}

/// Splits a Markdown body into title, lead text and sections, and builds the sections.
///
/// A section starts at a level 1 or 2 heading (other than the title) or at a
/// `<!-- section: … -->` marker that does not directly follow such a heading, and runs to the
/// next start. Inside an open `<details>` element and inside a marked region nothing starts a
/// section, so answers may hold headings of any level.
struct MarkdownBody {
  /// What the body holds.
  struct Result {
    /// The first level 1 heading before any section, with its range.
    var title: (inlines: [Inline], range: SourceRange)?
    /// Where the title's inlines stand, when it is a heading of the body.
    var titlePlacement: RichTextPlacement?
    /// Blocks before the first section (other than the title).
    var lead: [BodyBlock] = []
    /// The sections, in order.
    var sections: [RawSection.Built] = []
  }

  let file: String
  /// Lines before the body (the front matter), added to every line number.
  let lineShift: Int
  /// Bytes before the body, added to every offset.
  let offsetShift: Int
  /// The deepest comment reply nesting read.
  let maxDepth: Int
  var diagnostics: [Diagnostic] = []
  /// Where each value read stands, by document path (sections numbered from the body's first).
  var positions = SourceMap()
  /// The spans of the parsed body's nodes.
  var spans = RichTextSourceMap()
  /// The body's bytes, for text inside raw HTML.
  var bodyText = BodyText("")

  init(file: String, lineShift: Int, offsetShift: Int, maxDepth: Int = 64) {
    self.file = file
    self.lineShift = lineShift
    self.offsetShift = offsetShift
    self.maxDepth = maxDepth
  }

  mutating func report(
    _ severity: Diagnostic.Severity, _ id: String, _ message: String, range: SourceRange?,
    path: DocumentPath?
  ) {
    diagnostics.append(Diagnostic(severity, id, message, file: file, range: range, path: path))
  }

  /// A position of the parsed body as a location in the file.
  func location(_ position: SourceLocation) -> SourceLocation {
    SourceLocation(
      line: position.line + lineShift, column: position.column,
      offset: position.offset + offsetShift)
  }

  /// Parses the body text and reads it.
  mutating func read(_ text: String) -> Result {
    let document = CommonMark.parse(text)
    spans = document.sourceMap
    bodyText = BodyText(text)
    for warning in document.warnings {
      report(
        .warning, warning.id, warning.message,
        range: warning.position.map { SourceRange(at: location($0)) }, path: nil)
    }
    var blocks: [BodyBlock] = []
    blocks.reserveCapacity(document.blocks.count)
    for (index, block) in document.blocks.enumerated() {
      let span = document.sourceMap.spans[NodePath([index])]
      let range =
        span.map { SourceRange(start: location($0.start), end: location($0.end)) }
        ?? SourceRange(at: SourceLocation(line: lineShift + 1, column: 1, offset: offsetShift))
      blocks.append(BodyBlock(block: block, range: range, index: index))
    }
    return read(blocks)
  }

  /// Reads top-level blocks.
  mutating func read(_ blocks: [BodyBlock]) -> Result {
    var result = Result()
    var raw: [RawSection] = []
    var current: RawSection?
    var detailsDepth = 0
    for item in blocks {
      if var open = current, open.isRegion {
        if case .html(let html) = item.block, markerKind(html, at: item.range) == .sectionEnd {
          raw.append(open)
          current = nil
        } else {
          open.blocks.append(item)
          current = open
        }
        continue
      }
      if case .html(let html) = item.block {
        let wasInside = detailsDepth > 0
        detailsDepth = max(0, detailsDepth + DetailsScan.depthChange(html))
        if !wasInside {
          switch markerKind(html, at: item.range) {
          case .section(let node)?:
            let marker = SectionMarker(node, range: item.range, body: &self)
            if var open = current, open.heading != nil, open.marker == nil, open.blocks.isEmpty {
              open.marker = marker
              open.isRegion = marker.isRegion
              current = open
            } else {
              if let open = current { raw.append(open) }
              current = RawSection(marker: marker, range: item.range, isRegion: marker.isRegion)
            }
            continue
          case .sectionEnd?:
            report(
              .warning, "markdown.stray-marker",
              "'<!-- /section -->' closes no section opened with 'end: true'; remove it",
              range: item.range, path: nil)
            continue
          default: break
          }
        }
      }
      if detailsDepth == 0, case .heading(let level, let inlines) = item.block, level <= 2 {
        let textRange = childrenRange(NodePath([item.index]), count: inlines.count)
        if level == 1, result.title == nil, current == nil, raw.isEmpty {
          result.title = (inlines, textRange ?? item.range)
          result.titlePlacement = placement(
            roots: inlines.indices.map { NodePath([item.index, $0]) })
          continue
        }
        if let open = current { raw.append(open) }
        current = RawSection(heading: inlines, range: item.range, titleRange: textRange)
        continue
      }
      if current == nil {
        result.lead.append(item)
      } else {
        current?.blocks.append(item)
      }
    }
    if let open = current {
      if open.isRegion {
        report(
          .warning, "markdown.unclosed-section",
          "the section marked 'end: true' here has no '<!-- /section -->'; add one after it",
          range: open.range, path: nil)
      }
      raw.append(open)
    }
    result.sections = raw.enumerated().map { index, section in
      let path = DocumentPath.root.appending("sections").appending(index)
      place(path, section.range)
      if section.marker?.title == nil { place(path.appending("title"), section.titleRange) }
      return RawSection.Built(section: build(section, path: path), range: section.range)
    }
    return result
  }

  /// The marker an HTML block is, reporting markers that do not read.
  mutating func markerKind(_ html: String, at range: SourceRange) -> Marker.Kind? {
    var problem: String?
    let marker = Marker.parse(html, problem: &problem)
    if let problem {
      report(
        .warning, "markdown.marker", problem + "; fix it or remove it", range: range, path: nil)
    }
    return marker?.kind
  }
}

/// Counting `<details>` elements in raw HTML, without a full HTML parser.
enum DetailsScan {
  /// Openings minus closings of `details` elements in `html` (ASCII case-insensitive).
  static func depthChange(_ html: String) -> Int {
    var change = 0
    for tag in tags(Array(html.utf8)) where tag.tag.name == "details" {
      change += tag.tag.isClosing ? -1 : 1
    }
    return change
  }

  /// Whether `html` holds an opening `<details>` tag.
  static func opens(_ html: String) -> Bool {
    tags(Array(html.utf8)).contains { $0.tag.name == "details" && !$0.tag.isClosing }
  }

  /// The `details` and `summary` tags in `bytes`, with their offsets.
  static func tags(_ bytes: [UInt8]) -> [(offset: Int, tag: HTMLTag)] {
    var found: [(offset: Int, tag: HTMLTag)] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "<"), let tag = HTMLTag(bytes, at: index),
        tag.name == "details" || tag.name == "summary"
      {
        found.append((index, tag))
        index += tag.length
      } else {
        index += 1
      }
    }
    return found
  }
}
