import BriefingCore
import OrderedCollections

/// Runs `briefing-format-NAME read` with `{"astVersion", "source": {name, text}, "options"}` and
/// expects `{"briefing": AST or null, "diagnostics": […]}`.
struct ExternalReader: BriefingReader {
  let format: ExternalFormat

  func read(_ source: SourceFile, options: FormatOptions) -> ReadResult {
    let request: JSONValue = .object([
      "astVersion": .integer(format.astVersion),
      "source": .object([
        "name": .string(source.name),
        "text": .string(String(decoding: source.bytes, as: UTF8.self)),
      ]),
      "options": format.optionsObject(options),
    ])
    let subject = format.subject
    let reply: TreeNode
    switch format.host.exchange(
      [format.executablePath, "read"], request: request, subject: subject)
    {
    case .failure(let error):
      var diagnostic = error.diagnostic
      diagnostic.file = source.name
      return ReadResult(briefing: nil, diagnostics: [diagnostic])
    case .success(let tree): reply = tree
    }
    var replyReader = ReplyReader()
    let fields = replyReader.fields(reply, at: .root)
    let diagnostics =
      fields.map { format.diagnostics(in: $0, file: source.name, reading: &replyReader) } ?? []
    let ast = fields?.optional("briefing")
    if fields != nil, ast == nil, !diagnostics.hasErrors {
      replyReader.report(.root, "'briefing' is null but no error diagnostic says why", range: nil)
    }
    if !replyReader.problems.isEmpty {
      let problems = replyReader.problems.map { PluginFailure.invalidReply(subject, $0) }
      return ReadResult(briefing: nil, diagnostics: problems.inPositionOrder())
    }
    guard let (ast, astPath) = ast else {
      return ReadResult(briefing: nil, diagnostics: diagnostics)
    }
    let decoded = BriefingAST.decode(ast, at: astPath, file: nil)
    return ReadResult(
      briefing: decoded.briefing,
      diagnostics: diagnostics + PluginFailure.invalidAST(subject, decoded.diagnostics))
  }
}

/// Runs `briefing-format-NAME write` with `{"astVersion", "briefing": AST, "options"}` and
/// expects `{"output": string, "diagnostics": […]}`.
struct ExternalWriter: BriefingWriter {
  let format: ExternalFormat

  func write(_ briefing: Briefing, options: FormatOptions) throws(WriteError) -> WriteResult {
    let request: JSONValue = .object([
      "astVersion": .integer(format.astVersion),
      "briefing": BriefingAST.encode(briefing, version: format.astVersion),
      "options": format.optionsObject(options),
    ])
    let subject = format.subject
    let reply: TreeNode
    switch format.host.exchange(
      [format.executablePath, "write"], request: request, subject: subject)
    {
    case .failure(let error): throw WriteError([error.diagnostic])
    case .success(let tree): reply = tree
    }
    var replyReader = ReplyReader()
    let fields = replyReader.fields(reply, at: .root)
    let diagnostics =
      fields.map { format.diagnostics(in: $0, file: nil, reading: &replyReader) } ?? []
    let output = fields.flatMap { replyReader.string("output", in: $0) }
    if !replyReader.problems.isEmpty {
      let problems = replyReader.problems.map { PluginFailure.invalidReply(subject, $0) }
      throw WriteError(problems.inPositionOrder())
    }
    if diagnostics.hasErrors { throw WriteError(diagnostics) }
    guard let output else {
      throw WriteError([
        PluginFailure.invalidReply(
          subject, "'output' is missing and no error diagnostic says why", "")
      ])
    }
    return WriteResult(text: output, diagnostics: diagnostics)
  }
}
