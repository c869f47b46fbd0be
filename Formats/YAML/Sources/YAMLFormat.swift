// YAMLFormat: see Formats/YAML/README.md (written with the format).
