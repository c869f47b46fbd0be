import BriefingCore
import Testing

@Suite struct DocumentPathTests {
  @Test func printsAsJSONPointer() {
    let path = DocumentPath.root.appending("sections").appending(1).appending("items").appending(0)
      .appending("answer")
    #expect(path.description == "/sections/1/items/0/answer")
  }

  @Test func escapesTildeAndSlash() {
    let path = DocumentPath.root.appending("x-a/b~c")
    #expect(path.description == "/x-a~1b~0c")
    #expect(DocumentPath(pointer: "/x-a~1b~0c") == path)
  }

  @Test func parsesIndicesAndKeys() {
    #expect(DocumentPath(pointer: "/sections/10/01") == DocumentPath([.key("sections"), .index(10), .key("01")]))
    #expect(DocumentPath(pointer: "") == .root)
    #expect(DocumentPath(pointer: "sections") == nil)
  }

  @Test func sourceMapFallsBackToAncestor() {
    var map = SourceMap()
    let section = DocumentPath.root.appending("sections").appending(0)
    map[section] = SourceRange(at: SourceLocation(line: 4, column: 3))
    #expect(map.range(at: section.appending("items").appending(2))?.start.line == 4)
    #expect(map.range(at: DocumentPath.root.appending("title")) == nil)
  }
}
