import RichText

/// `richtext`: parsing any text and rendering the tree as HTML, CommonMark and plain text
/// must return. `richtext-roundtrip`: `parse(render(parse(x))) == parse(x)`, and rendering is a
/// fixed point, for blocks and for one paragraph of inlines, as the spec examples hold.
enum RichTextTargets {
  /// The two rich-text targets.
  static let all: [FuzzTarget] = [
    FuzzTarget(name: "richtext") { bytes in renders(String(decoding: bytes, as: UTF8.self)) },
    FuzzTarget(name: "richtext-roundtrip") { bytes in
      roundTrips(String(decoding: bytes, as: UTF8.self))
    },
  ]

  private static func renders(_ text: String) {
    let blocks = CommonMark.parse(text).blocks
    let inlines = CommonMark.parseInline(text).inlines
    for renderer in [
      HTMLRenderer(), HTMLRenderer(omitsRawHTML: true, urlPolicy: .standard),
      HTMLRenderer(syntax: .commonMarkInline),
    ] {
      _ = renderer.render(blocks)
      _ = renderer.renderInline(inlines)
    }
    for options in [
      PlainTextRenderer.Options(),
      PlainTextRenderer.Options(links: .textAndURL, breaks: .spaces, rawHTML: .asText),
    ] {
      _ = PlainTextRenderer(options: options).render(blocks)
      _ = PlainTextRenderer(options: options).renderInline(inlines)
    }
    _ = CommonMark.render(blocks)
    _ = CommonMark.renderInline(inlines)
  }

  private static func roundTrips(_ text: String) {
    let blocks = CommonMark.parse(text).blocks
    let rendered = CommonMark.render(blocks)
    let reparsed = CommonMark.parse(rendered).blocks
    if reparsed != blocks {
      propertyFailed("richtext-roundtrip", "parse(render(parse(x))) != parse(x)", detail: rendered)
    }
    if CommonMark.render(reparsed) != rendered {
      propertyFailed("richtext-roundtrip", "render is not a fixed point", detail: rendered)
    }
    let inlines = CommonMark.parseInline(text).inlines
    let inlineText = CommonMark.renderInline(inlines)
    if CommonMark.parseInline(inlineText).inlines != inlines {
      propertyFailed(
        "richtext-roundtrip", "parseInline(renderInline(parseInline(x))) != parseInline(x)",
        detail: inlineText)
    }
  }
}
