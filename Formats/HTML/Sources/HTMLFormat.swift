// HTMLFormat: a standalone, accessible briefing page (or an embeddable <article>) that reads back
// losslessly, and a reader for pages of the same shape from elsewhere. See Formats/HTML/README.md.
import BriefingCore
import BriefingFormats

/// The `html` format: writer and reader, with a user-replaceable Mustache page template.
public struct HTMLFormat: TemplatedFormat {
  /// Write only the `<article>`, for embedding in a CMS.
  public static let fragment = OptionKey<Bool>(
    "fragment", default: false, help: "write only the <article> element, for embedding")
  /// A Mustache template file for the page.
  public static let template = OptionKey<String>(
    "template", default: "", help: "render the page through this Mustache template file")
  /// Keep (sanitized) raw HTML from rich text.
  public static let allowRawHTML = OptionKey<Bool>(
    "allow-raw-html", default: false,
    help: "keep raw HTML from rich text, without scripts, event handlers or unsafe URLs")

  /// Creates the format.
  public init() {}

  /// `html`, `.html`/`.htm`, `text/html`, lossless for pages this writer made.
  public var descriptor: FormatDescriptor {
    FormatDescriptor(
      name: "html", aliases: ["htm"], fileExtensions: ["html", "htm"], mediaType: "text/html",
      summary: "standalone HTML page with schema.org JSON-LD; reads its own pages back exactly",
      isLossless: true,
      options: [Self.fragment.descriptor, Self.template.descriptor, Self.allowRawHTML.descriptor],
      commentStyle: .html, diagnostics: Self.diagnostics)
  }

  /// The reader.
  public var reader: (any BriefingReader)? { HTMLReader() }

  /// The writer.
  public var writer: (any BriefingWriter)? { HTMLWriter() }

  /// The built-in page template.
  public var defaultTemplate: String { HTMLPage.defaultTemplate }
}
