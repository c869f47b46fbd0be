#!/bin/sh
# Benchmarks the RichText parser + HTML renderer against cmark-gfm (PyPI cmarkgfm) on the same
# bytes. Usage: Benchmarks/run.sh [--mb N]. Needs python3 and pip; builds in release mode.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpora=${TMPDIR:-/tmp}/richtext-bench-corpora
cd "$here"
swift build -c release --product richtext-bench >&2
swift_out=$("$here/.build/release/richtext-bench" --out "$corpora" "$@")
python3 -m pip install --quiet cmarkgfm >&2 2>/dev/null \
  || python3 -m pip install --quiet --user --break-system-packages cmarkgfm >&2
SWIFT_OUT="$swift_out" CORPORA="$corpora" python3 - <<'PY'
import os, time, cmarkgfm
swift = {}
for line in os.environ["SWIFT_OUT"].splitlines():
    name, phase, value = line.split("\t")
    if phase == "bytes": continue
    swift[(name, phase)] = float(value)
print(f"{'corpus':8} {'MB':>6} {'swift parse':>12} {'swift p+html':>13} {'cmark-gfm':>10} {'ratio':>6}")
for name in ("prose", "spec"):
    path = os.path.join(os.environ["CORPORA"], name + ".md")
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    mb = len(text.encode("utf-8")) / 1e6
    def cpu_seconds():
        start = time.process_time()
        cmarkgfm.markdown_to_html(text)
        return time.process_time() - start
    best = min(cpu_seconds() for _ in range(3))
    reference = mb / best
    ours = swift[(name, "parse+html")]
    print(f"{name:8} {mb:6.1f} {swift[(name, 'parse')]:12.1f} {ours:13.1f} {reference:10.1f} "
          f"{reference / ours:5.2f}x")
print("MB/s from the best CPU time of 3 runs; ratio = cmark-gfm parse+html speed / RichText")
print("parse+html speed (aim: <= 3x)")
PY
