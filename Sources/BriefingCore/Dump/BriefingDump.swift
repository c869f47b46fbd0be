import OrderedCollections
import RichText

/// A stable, line-oriented text dump of a briefing: the test pivot, like pandoc's `native`.
///
/// One field per line, two spaces of indent per level, every field shown (absent ones as
/// `none`), strings quoted with invisible and look-alike characters escaped (`\u{A0}`,
/// `\u{2011}`). It is not JSON on purpose: a reference written in a real format could hide
/// that format's bugs. Two briefings are equal exactly when their dumps are equal, so a line
/// diff of two dumps shows what differs.
public enum BriefingDump {
  /// The dump of `briefing`, ending in a newline.
  public static func dump(_ briefing: Briefing) -> String {
    var out = DumpWriter()
    out.line("briefing")
    out.nested {
      $0.field("version", String(briefing.version))
      $0.inlines("title", briefing.title.inlines)
      $0.field("category", briefing.category.map(quote))
      $0.field("id", briefing.id.map(quote))
      $0.blocks("summary", briefing.summary?.blocks)
      $0.field("published", briefing.published.map(quote))
      $0.field("updated", briefing.updated.map(quote))
      if let source = briefing.source {
        $0.line("source:")
        $0.nested {
          $0.field("name", source.name.map(quote))
          $0.field("url", quote(source.url))
          $0.extensions(source.extensions)
        }
      } else {
        $0.field("source", nil)
      }
      $0.strings("authors", briefing.authors)
      $0.strings("tags", briefing.tags)
      $0.field("language", briefing.language.map(quote))
      if let engagement = briefing.engagement {
        $0.line("engagement:")
        $0.nested { engagementLines(engagement, into: &$0) }
      } else {
        $0.field("engagement", nil)
      }
      $0.list("sections", briefing.sections) { section, out in sectionLines(section, into: &out) }
      $0.extensions(briefing.extensions)
    }
    return out.text
  }

  private static func engagementLines(_ engagement: Engagement, into out: inout DumpWriter) {
    out.list("reactions", engagement.reactions) { reaction, out in
      out.line("reaction")
      out.nested {
        $0.field("label", quote(reaction.label))
        $0.field("count", String(reaction.count))
        $0.field("total", String(reaction.total))
        $0.extensions(reaction.extensions)
      }
    }
    out.field("loginRequired", String(engagement.loginRequired))
    out.extensions(engagement.extensions)
  }

  private static func sectionLines(_ section: Section, into out: inout DumpWriter) {
    out.line(section.type.rawValue)
    out.nested { out in
      out.field("title", section.title.map(quote))
      switch section {
      case .takeaways(let s):
        out.list("items", s.items) { item, out in out.inlines(nil, item.inlines) }
        out.extensions(s.extensions)
      case .questions(let s):
        out.list("items", s.items) { item, out in
          out.line("question")
          out.nested {
            $0.inlines("question", item.question.inlines)
            $0.blocks("answer", item.answer.blocks)
            $0.field("expanded", String(item.expanded))
            $0.field("id", item.id.map(quote))
            $0.extensions(item.extensions)
          }
        }
        out.extensions(s.extensions)
      case .comments(let s):
        out.field("policy", s.policy.rawValue)
        out.list("items", s.items) { comment, out in commentLines(comment, into: &out) }
        out.extensions(s.extensions)
      case .text(let s):
        out.blocks("body", s.body.blocks)
        out.extensions(s.extensions)
      }
    }
  }

  private static func commentLines(_ comment: Comment, into out: inout DumpWriter) {
    out.line("comment")
    out.nested {
      $0.field("author", quote(comment.author))
      $0.field("posted", comment.posted.map(quote))
      $0.blocks("body", comment.body.blocks)
      $0.list("replies", comment.replies) { reply, out in commentLines(reply, into: &out) }
      $0.extensions(comment.extensions)
    }
  }

  /// `text` in double quotes, with `"`, `\`, controls, invisible and look-alike characters
  /// escaped so that a diff shows them.
  public static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if needsEscape(scalar) {
          result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
      .surrogate, .privateUse, .unassigned:
      return true
    default:
      // Dashes that look like '-' (U+2010…U+2015, minus sign).
      return (0x2010...0x2015).contains(scalar.value) || scalar.value == 0x2212
    }
  }
}
