/// An inline node of rich text: text, emphasis, code, links, images, raw HTML and breaks.
///
/// The parser merges adjacent text, so equal content gives equal trees.
public indirect enum Inline: Hashable, Sendable {
  /// Literal text, with entities and backslash escapes already resolved.
  case text(String)
  /// A line break in the source that renders as a space.
  case softBreak
  /// A hard line break (two spaces or a backslash before the newline).
  case hardBreak
  /// A code span; the content after the spec's space stripping.
  case code(String)
  /// Emphasis (`*a*` or `_a_`).
  case emphasis([Inline])
  /// Strong emphasis (`**a**` or `__a__`).
  case strong([Inline])
  /// A link with its destination, title and text.
  case link(Link)
  /// An image with its source, title and alternative text.
  case image(Link)
  /// An autolink (`<https://…>` or `<a@b.c>`); `destination` is the URL as written (a `mailto:`
  /// is implied for emails, see ``Autolink``).
  case autolink(Autolink)
  /// Raw inline HTML, kept verbatim.
  case html(String)
}

/// The target and content of a link or image.
public struct Link: Hashable, Sendable {
  /// The destination URL, unescaped (entities and backslash escapes resolved).
  public var destination: String
  /// The title, empty when none.
  public var title: String
  /// The link text, or an image's alternative text.
  public var content: [Inline]

  /// Creates a link.
  public init(destination: String, title: String = "", content: [Inline]) {
    self.destination = destination
    self.title = title
    self.content = content
  }
}

/// An autolink: a URL or an email address written in angle brackets.
public struct Autolink: Hashable, Sendable {
  /// The text between the angle brackets.
  public var target: String
  /// Whether the target is an email address (rendered with `mailto:`).
  public var isEmail: Bool

  /// Creates an autolink.
  public init(target: String, isEmail: Bool) {
    self.target = target
    self.isEmail = isEmail
  }
}
