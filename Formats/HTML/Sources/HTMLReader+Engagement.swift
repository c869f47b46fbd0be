// Engagement figures: our own markup (a span per reaction, a class per figure) or a line of
// text like `Interesting: 21/40 • Support: 17/35` on other pages.
import BriefingCore

extension PageReader {
  /// The reactions of our own `<p class="briefing-engagement">`, each part placed.
  mutating func ownEngagement(_ node: HTMLNode) -> Engagement {
    let login = descendants(of: node, withClass: "briefing-login").first
    record(DocumentPath.root.appending("engagement").appending("loginRequired"), login)
    var engagement = Engagement(loginRequired: login != nil)
    engagement.extensions = extensions(of: node)
    let reactions = DocumentPath.root.appending("engagement").appending("reactions")
    record(reactions, node)
    for (index, span) in descendants(of: node, withClass: "briefing-reaction").enumerated() {
      let path = reactions.appending(index)
      record(path, span)
      func part(_ className: String, _ key: String) -> HTMLNode? {
        let found = descendants(of: span, withClass: className).first
        record(path.appending(key), found, text: true)
        return found
      }
      func number(_ className: String, _ key: String) -> Int {
        part(className, key).flatMap { Int(HTMLNode.collapse($0.textContent)) } ?? 0
      }
      let label = part("briefing-reaction-label", "label")?.textContent ?? ""
      engagement.reactions.append(
        Reaction(
          label: label, count: number("briefing-reaction-count", "count"),
          total: number("briefing-reaction-total", "total"), extensions: extensions(of: span)))
    }
    return engagement
  }

  /// Reactions from text like `Interesting: 21/40 • Support: 17/35 Log in to vote`.
  static func parseEngagement(_ text: String) -> Engagement? {
    var rest = HTMLNode.collapse(text)
    var login = false
    for phrase in ["log in to vote", "login to vote", "sign in to vote"] {
      if let range = rest.range(of: phrase, options: .caseInsensitive) {
        login = true
        rest.removeSubrange(range)
      }
    }
    var reactions: [Reaction] = []
    for part in rest.split(whereSeparator: { $0 == "•" || $0 == "|" || $0 == "·" }) {
      guard let colon = part.lastIndex(of: ":") else { continue }
      let label = HTMLNode.collapse(String(part[..<colon]))
      let figures = part[part.index(after: colon)...].split(separator: "/").map {
        HTMLNode.collapse(String($0))
      }
      guard !label.isEmpty, figures.count == 2, let count = Int(figures[0]),
        let total = Int(figures[1])
      else { return nil }
      reactions.append(Reaction(label: label, count: count, total: total))
    }
    guard !reactions.isEmpty || (login && HTMLNode.collapse(rest).isEmpty) else { return nil }
    return Engagement(reactions: reactions, loginRequired: login)
  }
}
