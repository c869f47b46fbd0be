import BriefingCore

/// What scanning JSON text gives: the positioned tree (`nil` when the text is not valid JSON)
/// and every problem found, without a file name (the reader sets it).
public struct JSONScanResult: Sendable {
  /// The document's root value, or `nil` when the text is not valid JSON.
  public var tree: TreeNode?
  /// Errors and warnings, in the order found.
  public var diagnostics: [Diagnostic]
}

/// A strict RFC 8259 parser over UTF-8 bytes that records where every value and key stands.
///
/// Foundation's parsers give no positions, so this one is written by hand. Nesting is kept on an
/// explicit stack: hostile depth ends in a `json.depth-limit` diagnostic, not a stack overflow.
public struct JSONScanner: Sendable {
  /// The bounds on depth and size.
  public var limits: TreeLimits

  /// Creates a scanner with the given bounds.
  public init(limits: TreeLimits = .init()) {
    self.limits = limits
  }

  /// Parses `bytes` as one JSON document, naming `file` in every diagnostic.
  public func scan(_ bytes: [UInt8], file: String) -> JSONScanResult {
    var result = scan(bytes)
    for index in result.diagnostics.indices { result.diagnostics[index].file = file }
    return result
  }

  /// Parses `bytes` as one JSON document; the diagnostics name no file.
  public func scan(_ bytes: [UInt8]) -> JSONScanResult {
    let origin = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
    if bytes.count > limits.maxBytes {
      let message =
        "the input is \(bytes.count) bytes, more than the limit of \(limits.maxBytes); "
        + "split the document or raise the size limit"
      return JSONScanResult(
        tree: nil, diagnostics: [Diagnostic(.error, "json.size-limit", message, range: origin)])
    }
    if let encoding = Self.wideEncoding(of: bytes) {
      let message =
        "the file is encoded as \(encoding), but JSON must be UTF-8; save it as UTF-8"
      return JSONScanResult(
        tree: nil, diagnostics: [Diagnostic(.error, "json.encoding", message, range: origin)])
    }
    return bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(buffer, maxDepth: max(limits.maxDepth, 0))
      do throws(JSONParseFailure) {
        let tree = try parser.parseDocument()
        return JSONScanResult(tree: tree, diagnostics: parser.finalWarnings())
      } catch {
        return JSONScanResult(tree: nil, diagnostics: parser.finalWarnings() + [error.diagnostic])
      }
    }
  }

  /// Recognizes UTF-16 and UTF-32 text by its byte order mark or by the zero bytes that an
  /// ASCII first character leaves, so the user hears "save it as UTF-8" rather than a
  /// confusing syntax error.
  static func wideEncoding(of bytes: [UInt8]) -> String? {
    guard bytes.count >= 2 else { return nil }
    if bytes.count >= 4 {
      if bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return "UTF-32BE" }
      if bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return "UTF-32LE" }
    }
    if bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
    if bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
    // Without a BOM, ASCII text in UTF-16 alternates zero and non-zero bytes.
    guard bytes.count >= 4 else { return nil }
    if bytes[0] == 0, bytes[1] != 0, bytes[2] == 0, bytes[3] != 0 { return "UTF-16BE" }
    if bytes[0] != 0, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 { return "UTF-16LE" }
    return nil
  }
}

/// A parse that stopped: the one error that explains why.
struct JSONParseFailure: Error {
  /// The error to report.
  var diagnostic: Diagnostic
}

/// The parsing state over one buffer; lives only inside `JSONScanner.scan`.
struct JSONParser {
  /// An open array or object.
  private struct Frame {
    var isObject: Bool
    var start: SourceLocation
    /// The array's items so far; moved, not copied, into the node when the array closes.
    var items: [TreeNode] = []
    /// The object's members so far.
    var members: [TreeMember] = []
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let maxDepth: Int
  /// The next byte to read.
  var index = 0
  /// The current line (1-based) and the offset where it starts.
  var line = 1
  var lineStart = 0
  /// A column already counted on the current line, so columns are found in linear time.
  var countedOffset = 0
  var countedColumn = 1
  /// Warnings found so far (errors end the parse instead).
  var warnings: [Diagnostic] = []
  /// Warnings dropped after `maxWarnings`, so hostile input cannot flood memory with them.
  var suppressedWarnings = 0
  /// The most warnings kept from one document.
  static let maxWarnings = 100

  init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  /// Records a warning, unless `maxWarnings` are already kept.
  mutating func warn(_ diagnostic: Diagnostic) {
    if warnings.count < Self.maxWarnings {
      warnings.append(diagnostic)
    } else {
      suppressedWarnings += 1
    }
  }

  /// The kept warnings, followed by a note counting the dropped ones.
  func finalWarnings() -> [Diagnostic] {
    guard suppressedWarnings > 0 else { return warnings }
    let note = Diagnostic(
      .note, "json.too-many-warnings",
      "\(suppressedWarnings) more warnings like these were not reported; fix the ones above "
        + "and check again")
    return warnings + [note]
  }

  /// Parses the whole buffer as one value surrounded by optional whitespace.
  mutating func parseDocument() throws(JSONParseFailure) -> TreeNode {
    skipByteOrderMark()
    let origin = SourceRange(at: SourceLocation(line: 1, column: 1, offset: index))
    skipWhitespace()
    if index == bytes.count {
      throw JSONParseFailure(
        diagnostic: Diagnostic(
          .error, "json.empty", "the document is empty; write a JSON value such as '{}'",
          range: origin))
    }
    let root = try parseValueTree()
    skipWhitespace()
    if index < bytes.count {
      if bytes[index] == UInt8(ascii: "/") {
        throw syntaxError("comments are not allowed in JSON; remove them")
      }
      throw syntaxError(
        "unexpected \(describeByte(at: index)) after the end of the JSON value; a document "
          + "holds exactly one value, so remove the extra text or wrap the values in an array")
    }
    return root
  }

  /// Skips a UTF-8 byte order mark: RFC 8259 §8.1 lets parsers ignore it, but says writers
  /// must not add one, so it earns a warning.
  private mutating func skipByteOrderMark() {
    guard bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else { return }
    warnings.append(
      Diagnostic(
        .warning, "json.byte-order-mark",
        "the file starts with a byte order mark, which JSON does not allow; save it as UTF-8 "
          + "without BOM", range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))))
    index = 3
    lineStart = 3
    countedOffset = 3
  }

  /// Parses one value, with all its nested values, without recursion. An error names the
  /// document path of the value being read when it was found.
  private mutating func parseValueTree() throws(JSONParseFailure) -> TreeNode {
    var frames: [Frame] = []
    var keys: [(key: String, range: SourceRange)] = []
    do {
      return try parseValues(&frames, &keys)
    } catch {
      var failure = error
      var path = DocumentPath.root
      var keyIndex = 0
      for frame in frames {
        if !frame.isObject {
          path = path.appending(frame.items.count)
        } else if keyIndex < keys.count {
          path = path.appending(keys[keyIndex].key)
          keyIndex += 1
        }
      }
      if !path.components.isEmpty { failure.diagnostic.path = path }
      throw failure
    }
  }

  /// The loop of `parseValueTree`, with its stacks kept by the caller for error paths.
  private mutating func parseValues(
    _ frames: inout [Frame], _ keys: inout [(key: String, range: SourceRange)]
  ) throws(JSONParseFailure) -> TreeNode {
    var afterComma = false
    while true {
      // Whitespace is already skipped: a value starts here.
      guard index < bytes.count else {
        throw unexpectedEnd(inside: frames.last.map { ($0.isObject, $0.start) })
      }
      let start = location(at: index)
      var node: TreeNode
      switch bytes[index] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = bytes[index] == UInt8(ascii: "{")
        guard frames.count < maxDepth else {
          throw failure(
            "json.depth-limit",
            "arrays and objects are nested more than \(maxDepth) levels deep; flatten the "
              + "document", at: index)
        }
        index += 1
        skipWhitespace()
        let closer = UInt8(ascii: isObject ? "}" : "]")
        if index < bytes.count, bytes[index] == closer {
          index += 1
          node = TreeNode(
            isObject ? .object([]) : .array([]), range: SourceRange(start: start, end: here()))
        } else {
          frames.append(Frame(isObject: isObject, start: start))
          if isObject { keys.append(try parseKey(afterComma: false, objectStart: start)) }
          afterComma = false
          continue
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        if afterComma {
          throw syntaxError(
            "expected a value after ',', found \(describeByte(at: index)); a trailing comma is "
              + "not allowed in JSON, so remove the ','")
        }
        throw syntaxError("expected a value, found \(describeByte(at: index))")
      default:
        node = try parseScalar(start: start)
      }
      // Hand the finished value to its container, closing every container that ends here.
      while true {
        guard let frame = frames.indices.last else { return node }
        skipWhitespace()
        if frames[frame].isObject {
          let key = keys.removeLast()
          frames[frame].members.append(TreeMember(key: key.key, keyRange: key.range, value: node))
          if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            keys.append(try parseKey(afterComma: true, objectStart: frames[frame].start))
            break
          }
          guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else {
            throw expectedSeparator(closer: "}", what: "object member", frames[frame].start)
          }
          index += 1
          let closed = frames.removeLast()
          node = TreeNode(
            .object(closed.members), range: SourceRange(start: closed.start, end: here()))
        } else {
          frames[frame].items.append(node)
          if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            break
          }
          guard index < bytes.count, bytes[index] == UInt8(ascii: "]") else {
            throw expectedSeparator(closer: "]", what: "array element", frames[frame].start)
          }
          index += 1
          let closed = frames.removeLast()
          node = TreeNode(
            .array(closed.items), range: SourceRange(start: closed.start, end: here()))
        }
      }
      afterComma = frames.last?.isObject == false
    }
  }

  /// Parses `"key"` and the `:` after it, leaving whitespace after the colon skipped.
  private mutating func parseKey(
    afterComma: Bool, objectStart: SourceLocation
  ) throws(JSONParseFailure) -> (key: String, range: SourceRange) {
    guard index < bytes.count else { throw unexpectedEnd(inside: (true, objectStart)) }
    guard bytes[index] == UInt8(ascii: "\"") else {
      if afterComma, bytes[index] == UInt8(ascii: "}") {
        throw syntaxError(
          "expected a key after ',', found '}'; a trailing comma is not allowed in JSON, so "
            + "remove the ','")
      }
      if bytes[index] == UInt8(ascii: "'") {
        throw syntaxError("object keys need double quotes, not single quotes; write '\"key\"'")
      }
      if isLetter(bytes[index]) {
        var end = index
        while end < bytes.count, end - index < 40,
          isLetter(bytes[end]) || isDigit(bytes[end]) || bytes[end] == 0x5F
        {
          end += 1
        }
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        throw syntaxError(
          "object keys need double quotes; write '\"\(word)\"' instead of '\(word)'")
      }
      throw syntaxError(
        "expected an object key in double quotes, found \(describeByte(at: index)); write "
          + "keys as '\"key\"'")
    }
    let start = location(at: index)
    let key = try parseString()
    let range = SourceRange(start: start, end: here())
    skipWhitespace()
    guard index < bytes.count else { throw unexpectedEnd(inside: (true, objectStart)) }
    guard bytes[index] == UInt8(ascii: ":") else {
      throw syntaxError(
        "expected ':' after the object key, found \(describeByte(at: index)); write "
          + "'\"key\": value'")
    }
    index += 1
    skipWhitespace()
    return (key, range)
  }

  /// Parses a string, number or literal starting at `index`.
  private mutating func parseScalar(
    start: SourceLocation
  ) throws(JSONParseFailure) -> TreeNode {
    let byte = bytes[index]
    switch byte {
    case UInt8(ascii: "\""):
      let text = try parseString()
      return stringNode(text, range: SourceRange(start: start, end: here()))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try parseNumber(start: start)
    default:
      return try parseLiteral(start: start)
    }
  }
}
