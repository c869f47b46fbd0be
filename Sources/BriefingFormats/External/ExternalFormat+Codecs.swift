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
    do throws(ASTError) {
      let fields = try Fields(reply, at: .root)
      let diagnostics = try format.diagnostics(in: fields, file: source.name)
      guard let (ast, astPath) = try fields.optional("briefing") else {
        guard diagnostics.hasErrors else {
          throw ASTError(path: .root, "'briefing' is null but no error diagnostic says why")
        }
        return ReadResult(briefing: nil, diagnostics: diagnostics)
      }
      let decoded = BriefingAST.decode(ast, at: astPath, file: nil)
      return ReadResult(
        briefing: decoded.briefing,
        diagnostics: diagnostics + PluginFailure.invalidAST(subject, decoded.diagnostics))
    } catch {
      return ReadResult(briefing: nil, diagnostics: [PluginFailure.invalidReply(subject, error)])
    }
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
    let diagnostics: [Diagnostic]
    let output: String?
    do throws(ASTError) {
      let fields = try Fields(reply, at: .root)
      diagnostics = try format.diagnostics(in: fields, file: nil)
      output = try fields.string("output")
    } catch {
      throw WriteError([PluginFailure.invalidReply(subject, error)])
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
