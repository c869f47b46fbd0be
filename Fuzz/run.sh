#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs one or all of them.
#
#   Fuzz/run.sh TARGET|all SECONDS     (Fuzz/run.sh list prints the targets)
#
# SECONDS 0 replays each target's seed corpus once without mutating it: what CI runs, so the
# harness keeps building and every seed keeps passing, with no run that can find something new
# by chance.
#
# Each target runs SECONDS seconds on its corpus (Fuzz/.build/fuzz/corpus/TARGET, seeded from
# the repository by seed-corpus.sh and kept between runs); inputs that crash, hang or break a
# property go to the findings directory. Per target it prints executions, coverage (libFuzzer's
# cov: edges and ft: features) and findings, and exits 1 if any target found something.
#
# Environment: FUZZ_JOBS (targets run at once, default 1), FUZZ_FINDINGS (findings directory,
# default Fuzz/.build/fuzz/findings), FUZZ_TIMEOUT (seconds one input may take, default 25),
# FUZZ_CONFIG (debug, the default, builds in a few minutes; release builds slower but runs
# several times as many inputs a second, for long runs).
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
work="$fuzz/.build/fuzz"
findings="${FUZZ_FINDINGS:-$work/findings}"
jobs="${FUZZ_JOBS:-1}"
per_input_timeout="${FUZZ_TIMEOUT:-25}"
usage="usage: Fuzz/run.sh TARGET|all|list SECONDS"
what=${1:?$usage}
configuration="${FUZZ_CONFIG:-debug}"
# The plugin-reply target imports internal types (@testable), which release builds only allow
# with testing enabled.
build=(swift build --package-path "$fuzz" -c "$configuration" -Xswiftc -sanitize=fuzzer,address)
[ "$configuration" = debug ] || build+=(-Xswiftc -enable-testing)

echo "== building the fuzz targets ($configuration, -sanitize=fuzzer,address)"
"${build[@]}" --product BriefingFuzz 2>&1 | grep -v "Cannot export local symbol" | tail -n 3
binary="$("${build[@]}" --show-bin-path)/BriefingFuzz"
known=$(BRIEFING_FUZZ_TARGET=list "$binary")
if [ "$what" = list ]; then echo "$known"; exit 0; fi
seconds=${2:?$usage}
case "$what" in
  all) targets=$known ;;
  *)
    grep -qx -- "$what" <<<"$known" || { echo "unknown target '$what'; one of:" $known >&2; exit 2; }
    targets=$what ;;
esac

# The dictionary of a target's input language.
dictionary() {
  case "$1" in
    *-yaml) echo yaml ;; *-json) echo json ;; *-ast) echo ast ;; *-markdown) echo markdown ;;
    *-html) echo html ;; *-plain) echo plain ;; richtext*) echo commonmark ;;
    plugin-reply) echo plugin-reply ;; config) echo config ;;
  esac
}

# Runs one target and writes its summary line to $work/summary/TARGET.
run_target() {
  local target=$1 corpus="$work/corpus/$1" out="$findings/$1" log="$work/logs/$1.log"
  mkdir -p "$corpus" "$out" "$work/logs" "$work/summary"
  "$fuzz/seed-corpus.sh" "$target" "$corpus"
  local before length=(-max_total_time="$seconds")
  # 0 seconds replays the seed corpus once and mutates nothing: a deterministic smoke for CI.
  [ "$seconds" != 0 ] || length=(-runs=0)
  before=$(find "$out" -type f | wc -l)
  SWIFT_BACKTRACE=enable=no BRIEFING_FUZZ_TARGET=$target "$binary" "$corpus" \
    -dict="$fuzz/Dictionaries/$(dictionary "$target").dict" "${length[@]}" \
    -timeout="$per_input_timeout" -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
    -artifact_prefix="$out/" >"$log" 2>&1 || true
  local executions coverage features found
  executions=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [ -n "$executions" ] || executions=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || true)
  features=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || true)
  found=$(($(find "$out" -type f | wc -l) - before))
  printf '%-20s %10s %12s %8s %8s %8s\n' "$target" "$seconds" "${executions:-?}" \
    "${coverage:-?}" "${features:-?}" "$found" >"$work/summary/$target"
  if [ "$found" -gt 0 ]; then
    echo "!! $target: $found new finding(s) in $out; log $log" >&2
    grep -m 3 -E 'Fatal error|ERROR: (AddressSanitizer|libFuzzer)|==ERROR' "$log" >&2 || true
  fi
}

rm -rf "$work/summary"
echo "== fuzzing for $seconds s per target ($jobs at a time); findings in $findings"
running=0
for target in $targets; do
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
  run_target "$target" &
  running=$((running + 1))
done
wait
printf '%-20s %10s %12s %8s %8s %8s\n' target seconds executions cov ft findings
status=0
for target in $targets; do
  cat "$work/summary/$target"
  [ "$(awk '{print $NF}' "$work/summary/$target")" = 0 ] || status=1
done
exit $status
