import BriefingCore
import Foundation
import Testing

/// Section and question ids stay unique however many titles repeat.
@Suite struct HTMLIDTests {
  @Test func repeatedTitlesGetNumberedIDsInOrder() throws {
    let sections = (0..<300).map { _ in
      Section.questions(
        QuestionsSection(
          title: "Same",
          items: [Question(question: InlineText(plain: "Q?"), answer: BlockText(commonMark: "A"))]))
    }
    let page = try HTMLSupport.write(Briefing(title: InlineText(plain: "T"), sections: sections))
    let text = String(decoding: page.bytes, as: UTF8.self)
    let ids = text.matches(of: /<section[^>]* id="(same[-0-9]*)"/).map { String($0.1) }
    #expect(ids.count == 300)
    #expect(ids.prefix(3) == ["same", "same-2", "same-3"])
    #expect(ids.last == "same-300")
    #expect(Set(ids).count == ids.count)
  }
}
