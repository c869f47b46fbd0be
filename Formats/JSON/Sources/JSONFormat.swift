// JSONFormat: see Formats/JSON/README.md (written with the format).
