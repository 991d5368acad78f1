#!/usr/bin/env bash
# Fuzz smoke test of the ONNX importer: runs build/bin/onnx-import-fuzzer over
# the checked-in seed corpus (test/fuzz/corpus/onnx-import), then fuzzes for a
# bounded time. Exits non-zero on any crash, leak, timeout or out-of-memory,
# and prints one summary line: "fuzz: N runs, 0 crashes (S s)".
#
#   DLC_FUZZ_SECONDS   fuzzing time after the corpus (default 60; 0: only
#                      replay the corpus)
#   DLC_FUZZ_ARGS      extra libFuzzer flags
#   DLC_BUILD_DIR      build directory (default build/)
#
# New inputs go to a temporary directory that is removed afterwards; the
# checked-in corpus is only read. A crashing input is kept as
# $DLC_BUILD_DIR/fuzz-artifacts/crash-* (or leak-*, timeout-*, oom-*); add it
# to the corpus as test/fuzz/corpus/onnx-import/regress-NAME.onnx once fixed.
#
# Exit status: 0 passed, 1 failed, 77 skipped (no fuzzer: not built with
# clang and libFuzzer).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"
SECONDS_BUDGET="${DLC_FUZZ_SECONDS:-60}"
FUZZER="$BUILD/bin/onnx-import-fuzzer"
CORPUS="$ROOT/test/fuzz/corpus/onnx-import"
DICT="$ROOT/test/fuzz/onnx.dict"

if [ ! -x "$FUZZER" ]; then
  echo "fuzz: skipped ($FUZZER not built: needs clang with libFuzzer)"
  exit 77
fi
if ! [[ "$SECONDS_BUDGET" =~ ^[0-9]+$ ]]; then
  echo "fuzz: DLC_FUZZ_SECONDS must be a number of seconds, got '$SECONDS_BUDGET'"
  exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ARTIFACTS="$BUILD/fuzz-artifacts"
mkdir -p "$ARTIFACTS" "$WORK/corpus"
LOG="$WORK/fuzz.log"

# libFuzzer: -max_total_time=0 would mean "no limit", so replaying the corpus
# alone is -runs=0. -timeout: one input; -rss_limit_mb: the process (the
# malloc limit follows it). The output corpus comes first: libFuzzer writes
# new inputs only there.
if [ "$SECONDS_BUDGET" -eq 0 ]; then
  budget=(-runs=0)
else
  budget=(-max_total_time="$SECONDS_BUDGET")
fi
start=$(date +%s)
# shellcheck disable=SC2086
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}" \
UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
"$FUZZER" "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
  -dict="$DICT" -print_final_stats=1 \
  -artifact_prefix="$ARTIFACTS/" ${DLC_FUZZ_ARGS:-} \
  "$WORK/corpus" "$CORPUS" >"$LOG" 2>&1
rc=$?
elapsed=$(( $(date +%s) - start ))

runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$LOG" | grep -Eo '[0-9]+$' | tail -1)
if [ -z "$runs" ]; then
  runs=$(grep -Eo '^Done [0-9]+ runs' "$LOG" | grep -Eo '[0-9]+' | tail -1)
fi
# libFuzzer stops at the first finding.
crashes=0
if [ "$rc" -ne 0 ]; then
  crashes=1
  echo "fuzz: onnx-import-fuzzer failed (exit $rc); the end of its log:"
  tail -60 "$LOG"
  grep -E 'Test unit written to' "$LOG" | sed 's/^/fuzz: /'
fi
echo "fuzz: ${runs:-0} runs, $crashes crashes (${elapsed} s, $(ls "$WORK/corpus" | wc -l) new inputs)"
[ "$rc" -eq 0 ]
