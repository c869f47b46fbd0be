import BriefingCore
import BriefingFormats
import BriefingYAML
import RichText

/// Reads Markdown briefings: the writer's output and hand-written variants (setext headings,
/// any bullet character, questions as `###` headings or `<details>` blocks, sections in any
/// order, front matter missing or partial).
///
/// Positions are real: the body is parsed by ``CommonMark/parse(_:options:)`` and its lines
/// are shifted by the front matter's, so every diagnostic names the line of the `.md` file;
/// front matter problems keep their YAML line, shifted by the opening `---`.
public struct MarkdownReader: BriefingReader {
  /// The bounds on front matter size and nesting (and on comment reply depth).
  public var limits: TreeLimits

  /// Creates a reader.
  public init(limits: TreeLimits = .init()) { self.limits = limits }

  /// Reads a Markdown briefing.
  public func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    var bytes = source.bytes
    if bytes.count > limits.maxBytes {
      let message =
        "the file is \(bytes.count) bytes, over the limit of \(limits.maxBytes); split it"
      return ReadResult(
        briefing: nil,
        diagnostics: [
          Diagnostic(
            .error, "markdown.size-limit", message, file: source.name,
            range: SourceRange(at: SourceLocation(line: 1, column: 1)))
        ])
    }
    // A byte order mark is not content; dropping it keeps lines and columns as editors show them.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let bad = SourceText.firstInvalidUTF8Offset(bytes) {
      return ReadResult(
        briefing: nil,
        diagnostics: [
          Diagnostic(
            .error, "markdown.encoding", "invalid UTF-8 at byte \(bad); save the file as UTF-8",
            file: source.name, range: SourceRange(at: SourceText.location(ofOffset: bad, in: bytes))
          )
        ])
    }
    var diagnostics: [Diagnostic] = []
    var sourceMap = SourceMap()
    var briefing = Briefing(title: InlineText([]))
    var frontMatterKeys: Set<String> = []
    let split = FrontMatter.split(bytes)
    if split.isUnclosed {
      diagnostics.append(
        Diagnostic(
          .warning, "markdown.front-matter-unclosed",
          "the front matter opened on line 1 has no closing '---' line, so the file is read as "
            + "Markdown only; add '---' after the YAML",
          file: source.name, range: SourceRange(at: SourceLocation(line: 1, column: 1))))
    }
    if let yaml = split.yaml {
      let read = readFrontMatter(yaml, offset: split.yamlOffset, file: source.name)
      diagnostics += read.diagnostics
      sourceMap = read.sourceMap
      if let model = read.briefing { briefing = model }
      frontMatterKeys = read.keys
    }
    if !frontMatterKeys.contains("briefing") {
      diagnostics.append(
        Diagnostic(
          .note, "markdown.version-assumed",
          "no 'briefing' key in front matter; read as briefing version \(Briefing.currentVersion)",
          file: source.name, range: SourceRange(at: SourceLocation(line: 1, column: 1))))
    }
    let text = String(decoding: bytes[split.bodyOffset...], as: UTF8.self)
    var body = MarkdownBody(
      file: source.name, lineShift: split.bodyLine - 1, offsetShift: split.bodyOffset,
      maxDepth: limits.maxDepth)
    let result = body.read(text)
    if !frontMatterKeys.contains("title") {
      if let title = result.title {
        briefing.title = InlineText(title.inlines)
        sourceMap[.root.appending("title")] = title.range
      } else {
        body.report(
          .warning, "markdown.no-title",
          "no title: start the document with a '# ' heading or set 'title' in the front matter",
          range: SourceRange(at: SourceLocation(line: split.bodyLine, column: 1)), path: nil)
      }
    }
    var sections = result.sections
    if !result.lead.isEmpty {
      let blocks = result.lead.map(\.block)
      if frontMatterKeys.contains("summary") {
        // Both a summary key and lead text: keep the text as an untitled first section.
        sections.insert(
          RawSection.Built(
            section: .text(TextSection(body: BlockText(blocks))),
            range: result.lead[0].range), at: 0)
      } else {
        briefing.summary = BlockText(blocks)
        sourceMap[.root.appending("summary")] = MarkdownBody.union(
          result.lead.first?.range, result.lead.last?.range)
      }
    }
    // Sections given in the front matter (unusual, but valid) come before the body's.
    let first = frontMatterKeys.contains("sections") ? briefing.sections.count : 0
    briefing.sections = Array(briefing.sections.prefix(first)) + sections.map(\.section)
    // The body numbers its sections from 0; in the model they follow the front matter's, and
    // a lead kept as a section comes first.
    let shift = first + (sections.count > result.sections.count ? 1 : 0)
    var positions = body.positions
    body.positions = SourceMap()
    diagnostics += body.diagnostics
    if shift == 0 {
      // The usual case: the body's map, which places every section, already holds the file's
      // paths; adding the few front matter ranges to it saves a copy of every path.
      positions.ranges.merge(sourceMap.ranges) { fromBody, _ in fromBody }
      return ReadResult(briefing: briefing, sourceMap: positions, diagnostics: diagnostics)
    }
    for (index, built) in sections.enumerated() {
      sourceMap[.root.appending("sections").appending(first + index)] = built.range
    }
    for (path, range) in positions.ranges {
      var components = path.components
      if components.count >= 2, case .index(let index) = components[1] {
        components[1] = .index(index + shift)
      }
      sourceMap[DocumentPath(components)] = range
    }
    return ReadResult(briefing: briefing, sourceMap: sourceMap, diagnostics: diagnostics)
  }

  /// Composes and decodes the front matter, moving every position to its place in the file.
  private func readFrontMatter(_ yaml: [UInt8], offset: Int, file: String)
    -> (briefing: Briefing?, sourceMap: SourceMap, diagnostics: [Diagnostic], keys: Set<String>)
  {
    let composed = YAMLComposer(limits: limits).compose(yaml)
    var diagnostics = composed.diagnostics
    var briefing: Briefing?
    var sourceMap = SourceMap()
    var keys: Set<String> = []
    if let tree = composed.tree {
      if case .null = tree.value {
        briefing = nil
      } else {
        if case .object(let members) = tree.value { keys = Set(members.map(\.key)) }
        let decoded = TreeDecoder(file: file, limits: limits).decode(tree, mode: .frontMatter)
        briefing = decoded.briefing
        sourceMap = decoded.sourceMap
        diagnostics += decoded.diagnostics
      }
    }
    // The YAML starts on line 2, after the opening `---`.
    let shifted = diagnostics.map { diagnostic -> Diagnostic in
      var diagnostic = diagnostic
      diagnostic.file = file
      diagnostic.range = diagnostic.range.map { FrontMatter.shift($0, lines: 1, bytes: offset) }
      return diagnostic
    }
    var map = SourceMap()
    for (path, range) in sourceMap.ranges {
      map[path] = FrontMatter.shift(range, lines: 1, bytes: offset)
    }
    return (briefing, map, shifted, keys)
  }
}
