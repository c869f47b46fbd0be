// libxml2's HTML parser, wrapped: bytes in, a Swift value tree and positioned errors out. The
// libxml2 tree is copied into values at once and freed, so nothing else touches C pointers.
import BriefingCore
import CLibXML2

/// An HTML element or text node, copied out of libxml2's tree.
struct HTMLNode: Sendable {
  /// The lowercase element name, or `nil` for a text node.
  var name: String?
  /// Attributes in document order, names lowercase.
  var attributes: [(name: String, value: String)]
  /// The text of a text node (empty for elements).
  var text: String
  /// The children, in order.
  var children: [HTMLNode]
  /// The 1-based source line libxml2 recorded.
  var line: Int
  /// Where the start tag begins, when the element has one in the source.
  var start: SourceLocation? = nil
  /// Just past the end tag (or where the next tag starts when it was left out).
  var end: SourceLocation? = nil
  /// Just past the start tag.
  var contentStart: SourceLocation? = nil
  /// Where the end tag starts (or the next tag, when it was left out).
  var contentEnd: SourceLocation? = nil

  /// The element's range in the source, when its start tag was found.
  var range: SourceRange? {
    guard let start else { return nil }
    return SourceRange(start: start, end: max(end ?? start, start))
  }

  /// The range between the start and end tags when it holds something, else the element's:
  /// a value like a date or a count is pointed at itself, not at its markup.
  var contentRange: SourceRange? {
    if let contentStart, let contentEnd, contentStart < contentEnd {
      return SourceRange(start: contentStart, end: contentEnd)
    }
    return range
  }

  /// Whether this is the element `name`.
  func `is`(_ elementName: String) -> Bool { name == elementName }

  /// The value of an attribute.
  func attribute(_ attributeName: String) -> String? {
    attributes.first { $0.name == attributeName }?.value
  }

  /// Whether the `class` attribute lists `className`.
  func hasClass(_ className: String) -> Bool {
    guard let classes = attribute("class") else { return false }
    return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains {
      $0 == className
    }
  }

  /// The element children.
  var elements: [HTMLNode] { children.filter { $0.name != nil } }

  /// All text inside, as written (no whitespace collapsing).
  var textContent: String {
    guard name != nil else { return text }
    var out = ""
    appendText(to: &out)
    return out
  }

  private func appendText(to out: inout String) {
    if name == nil {
      out += text
      return
    }
    if name == "script" || name == "style" || name == "template" { return }
    for child in children { child.appendText(to: &out) }
  }

  /// The text with ASCII whitespace runs collapsed to one space and trimmed.
  var collapsedText: String { HTMLNode.collapse(textContent) }

  /// Collapses ASCII whitespace runs to one space and trims the ends.
  static func collapse(_ text: String) -> String {
    text.split(whereSeparator: {
      $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}"
    })
    .joined(separator: " ")
  }

  /// The first descendant (depth-first, including self) that satisfies `predicate`.
  func first(where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
    if predicate(self) { return self }
    for child in children {
      if let found = child.first(where: predicate) { return found }
    }
    return nil
  }
}

/// A problem libxml2 reported while parsing.
struct HTMLParseError: Sendable {
  /// libxml2's message, trimmed.
  var message: String
  /// The 1-based line, 0 when unknown.
  var line: Int
  /// The 1-based column, 0 when unknown.
  var column: Int
}

/// Parses HTML with libxml2 (no network, no external entities) into ``HTMLNode`` values.
enum HTMLDOM {
  /// The deepest element nesting copied out; deeper content is dropped and reported.
  static let maxDepth = 256

  /// The result of a parse: the document node (children are `html` etc.), errors, and whether
  /// the depth limit cut anything off.
  struct Parsed {
    var document: HTMLNode
    var errors: [HTMLParseError]
    var depthLimitLine: Int?
  }

  /// Collects libxml2's errors for one parse; reached through the parser context's `_private`.
  private final class ErrorCollector {
    var errors: [HTMLParseError] = []
  }

  /// libxml2 2.9 sets up its global state (the dictionary mutex among it) lazily and not
  /// thread-safely, as its docs warn: concurrent first parses can deadlock in `xmlDictCreate`.
  /// A Swift `static let` runs `xmlInitParser` exactly once, before any parse, on any thread.
  private static let libraryInitialized: Void = xmlInitParser()

  /// Parses bytes as UTF-8 HTML.
  static func parse(_ bytes: [UInt8]) -> Parsed {
    _ = libraryInitialized
    var parsed = Parsed(
      document: HTMLNode(name: "#document", attributes: [], text: "", children: [], line: 1),
      errors: [])
    guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return parsed }
    let collector = ErrorCollector()
    guard let context = htmlNewParserCtxt() else { return parsed }
    defer { htmlFreeParserCtxt(context) }
    // The bytes are UTF-8 whatever a <meta charset> claims (HTML_PARSE_IGNORE_ENC keeps it so).
    let options =
      Int32(HTML_PARSE_NONET.rawValue) | Int32(HTML_PARSE_NOWARNING.rawValue)
      | Int32(HTML_PARSE_IGNORE_ENC.rawValue) | Int32(HTML_PARSE_RECOVER.rawValue)
      | Int32(XML_PARSE_BIG_LINES.rawValue)
    context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
    // libxml2 only routes errors to `serror` for a SAX2-initialized handler; the HTML parser's
    // own callbacks do not look at the flag.
    context.pointee.sax.pointee.initialized = UInt32(XML_SAX2_MAGIC)
    context.pointee.sax.pointee.serror = { userData, error in
      guard let userData, let error else { return }
      let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
      guard let collectorPointer = context.pointee._private else { return }
      let collector = Unmanaged<ErrorCollector>.fromOpaque(collectorPointer).takeUnretainedValue()
      // libxml2's HTML 4 tables do not know HTML5 elements such as <article>; that is not a
      // problem in the page.
      guard error.pointee.code != Int32(XML_HTML_UNKNOWN_TAG.rawValue), collector.errors.count < 100
      else { return }
      let message = error.pointee.message.map { String(cString: $0) } ?? "parse error"
      collector.errors.append(
        HTMLParseError(
          message: HTMLNode.collapse(message), line: Int(error.pointee.line),
          column: Int(error.pointee.int2)))
    }
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap {
        htmlCtxtReadMemory(
          context, UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), Int32(buffer.count),
          nil,
          "UTF-8", options)
      }
    }
    parsed.errors = collector.errors
    guard let document else { return parsed }
    defer { xmlFreeDoc(document) }
    var depthLimitLine: Int?
    var matcher = TagMatcher(tags: HTMLTagScanner.tags(bytes))
    parsed.document.children = copyChildren(
      of: UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self), depth: 0,
      depthLimitLine: &depthLimitLine, matcher: &matcher)
    parsed.depthLimitLine = depthLimitLine
    return parsed
  }

  /// Elements that never have content or an end tag.
  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
  ]

  private static func copyChildren(
    of node: xmlNodePtr, depth: Int, depthLimitLine: inout Int?, matcher: inout TagMatcher
  ) -> [HTMLNode] {
    var result: [HTMLNode] = []
    var child = node.pointee.children
    while let current = child {
      defer { child = current.pointee.next }
      switch current.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        let text = current.pointee.content.map { String(cString: $0) } ?? ""
        if var last = result.last, last.name == nil {
          last.text += text
          result[result.count - 1] = last
        } else {
          result.append(
            HTMLNode(
              name: nil, attributes: [], text: text, children: [], line: Int(xmlGetLineNo(current)))
          )
        }
      case XML_ELEMENT_NODE:
        let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        var element = HTMLNode(
          name: name, attributes: attributes(of: current), text: "", children: [],
          line: Int(xmlGetLineNo(current)))
        let tag = matcher.start(name, line: element.line)
        element.start = tag?.start
        element.contentStart = tag?.end
        if depth + 1 < maxDepth {
          element.children = copyChildren(
            of: current, depth: depth + 1, depthLimitLine: &depthLimitLine, matcher: &matcher)
        } else if current.pointee.children != nil, depthLimitLine == nil {
          depthLimitLine = element.line
        }
        if let tag {
          if voidElements.contains(name) {
            element.end = tag.end
          } else {
            let closing = matcher.end(name)
            element.contentEnd = closing?.start
            element.end = closing?.end
          }
        }
        result.append(element)
      default:
        continue
      }
    }
    return result
  }

  private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      defer { attribute = current.pointee.next }
      guard let namePointer = current.pointee.name else { continue }
      let name = String(cString: namePointer).lowercased()
      // The HTML parser stores an attribute's decoded value as text children.
      var value = ""
      var text = current.pointee.children
      while let piece = text {
        if let content = piece.pointee.content { value += String(cString: content) }
        text = piece.pointee.next
      }
      result.append((name, value))
    }
    return result
  }
}
