#!/usr/bin/env bash
# Benchmarks the `briefing` tool against peers in one run, on corpora from
# ../shared/bench/make_corpus.py (deterministic), with a release build:
#   validate: 10,000 small YAML briefings — `briefing validate DIR` vs check-jsonschema with the
#             published schema (which checks less: no positions, no content rules);
#   convert:  one ~10 MB briefing, YAML→JSON and JSON→YAML — `briefing convert` vs Python's
#             PyYAML + json (parse and dump, no validation).
# Prints wall seconds (best of 3) and ratios. Usage: Benchmarks/briefing-bench.sh [COUNT] [BYTES]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
bytes=${2:-10000000}
work=${TMPDIR:-/tmp}/briefing-bench
corpus="$root/../shared/bench/make_corpus.py"
[ -f "$corpus" ] || { echo "needs $corpus (the shared folder beside the repository)" >&2; exit 66; }
mkdir -p "$work"
cd "$root"
swift build -c release --product briefing >&2
briefing="$root/.build/release/briefing"
python3 -m pip install --quiet --disable-pip-version-check check-jsonschema pyyaml >&2

[ -d "$work/small-$count" ] || python3 "$corpus" --count "$count" --format yaml --out "$work/small-$count" >&2
[ -f "$work/big.yaml" ] || python3 "$corpus" --bytes "$bytes" --format yaml --out "$work/big.yaml" >&2
[ -f "$work/big.json" ] || python3 "$corpus" --bytes "$bytes" --format json --out "$work/big.json" >&2

best() {  # best wall time of 3 runs of "$@", in seconds
  local best=
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    best=$(python3 -c "a=$end-$start; b='$best'; print(a if not b or a < float(b) else b)")
  done
  echo "$best"
}
row() { python3 -c "print(f'{\"$1\":34} {$2:8.2f} s {$3:8.2f} s {$3/$2:7.2f}x')"; }

validate=$(best "$briefing" validate "$work/small-$count" --quiet)
schema=$(best sh -c "cd '$work/small-$count' && python3 -m check_jsonschema --schemafile '$root/Schemas/briefing-v1.schema.json' *.yaml")
to_json=$(best "$briefing" convert "$work/big.yaml" --to json -o "$work/out.json")
py_to_json=$(best python3 -c "import yaml,json,sys; json.dump(yaml.safe_load(open('$work/big.yaml')), open('$work/py.json','w'), ensure_ascii=False, indent=2)")
to_yaml=$(best "$briefing" convert "$work/big.json" --to yaml -o "$work/out.yaml")
py_to_yaml=$(best python3 -c "import yaml,json; yaml.safe_dump(json.load(open('$work/big.json')), open('$work/py.yaml','w'), allow_unicode=True, sort_keys=False)")

printf '%-34s %10s %10s %8s\n' "task" "briefing" "peer" "peer/us"
row "validate $count YAML (check-jsonschema)" "$validate" "$schema"
row "convert 10 MB YAML→JSON (PyYAML+json)" "$to_json" "$py_to_json"
row "convert 10 MB JSON→YAML (json+PyYAML)" "$to_yaml" "$py_to_yaml"
echo "best wall time of 3 runs; peer/us above 1 means briefing is faster"
