#!/usr/bin/env bash
# Copies the seed inputs of one fuzz target into a corpus directory: the repository's examples,
# test fixtures and golden files of the target's format (copied at run time, never committed
# twice), plus the small hand-written seeds and kept findings under Fuzz/Seeds/TARGET.
#
#   Fuzz/seed-corpus.sh TARGET CORPUS_DIR
set -euo pipefail
target=${1:?usage: seed-corpus.sh TARGET CORPUS_DIR}
corpus=${2:?usage: seed-corpus.sh TARGET CORPUS_DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$corpus"

# The files (relative to the repository) whose names end in one of the given suffixes.
files_ending() {
  local pattern
  for pattern in "$@"; do
    find "$root/Examples" "$root/Tests" "$root/Formats" -type f -name "*$pattern" \
      -not -path '*/.build/*' -not -name 'README.md' -not -name '*.briefing.yml'
  done
}

case "$target" in
  read-yaml | roundtrip-yaml) seeds=$(files_ending .yaml .yml) ;;
  read-json | roundtrip-json) seeds=$(files_ending .json | grep -v '\.ast\.json$') ;;
  read-ast | roundtrip-ast) seeds=$(files_ending .ast.json) ;;
  read-markdown | roundtrip-markdown) seeds=$(files_ending .md) ;;
  read-html | roundtrip-html) seeds=$(files_ending .html) ;;
  read-plain) seeds=$(files_ending .txt) ;;
  richtext | richtext-roundtrip)
    seeds=$(files_ending .md; find "$root/Docs" -type f -name '*.md'; echo "$root/README.md") ;;
  plugin-reply) seeds=$(files_ending .json) ;;
  config) seeds=$(find "$root" -name '*.briefing.yml' -not -path '*/.build/*') ;;
  *) echo "seed-corpus.sh: unknown target '$target'" >&2; exit 2 ;;
esac

# Copies under a name from the content's hash, so reseeding never duplicates an input.
copy() {
  local file=$1 name
  name=$(sha1sum "$file" | cut -c1-16)
  [ -e "$corpus/$name" ] || cp "$file" "$corpus/$name"
}
while IFS= read -r file; do
  [ -n "$file" ] && [ -f "$file" ] && copy "$file"
done <<<"$seeds"
if [ -d "$root/Fuzz/Seeds/$target" ]; then
  for file in "$root/Fuzz/Seeds/$target"/*; do [ -f "$file" ] && copy "$file"; done
fi
exit 0
