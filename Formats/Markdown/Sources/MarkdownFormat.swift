// MarkdownFormat: see Formats/Markdown/README.md (written with the format).
