#!/usr/bin/env bash
# Renders Examples/apec-som1.html in headless Chromium (Debian package `chromium`): answers start
# hidden, a click on a <summary> opens one, dark mode applies; screenshots go to OUTPUT_DIR
# (default ${TMPDIR:-/tmp}/briefingkit-browser-check; they are not committed).
# Usage: Formats/HTML/Scripts/browser-check.sh [PAGE.html] [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
python3 -c "import websocket" 2>/dev/null || python3 -m pip install --quiet websocket-client
exec python3 Formats/HTML/Scripts/browser_check.py "${1:-Examples/apec-som1.html}" \
  "${2:-${TMPDIR:-/tmp}/briefingkit-browser-check}"
