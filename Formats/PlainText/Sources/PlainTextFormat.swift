// PlainTextFormat: see Formats/PlainText/README.md (written with the format).
