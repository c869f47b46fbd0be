#!/usr/bin/env bash
# Compare cmark-gfm's rendering of every Markdown example with our HTML (see check_cmark.py).
set -euo pipefail
cd "$(dirname "$0")/../../.."
python3 -m pip install --quiet cmarkgfm
exec python3 Formats/Markdown/Scripts/check_cmark.py "$@"
