#!/usr/bin/env bash
# Fuzz smoke test of every libFuzzer target, each over its checked-in seed
# corpus (test/fuzz/corpus/NAME) and then fuzzing for a bounded time:
#   onnx-import-fuzzer   the ONNX importer (+ graph dialect canonicalizer)
#   mlir-parse-fuzzer    the graph/kernel dialects' parsers and verifiers
#   tensor-file-fuzzer   dlc-run's .npy and TensorProto readers
# Exits non-zero on any crash, leak, timeout or out-of-memory, and prints one
# summary line per target: "fuzz: NAME: N runs, 0 crashes (S s)".
#
#   DLC_FUZZ_SECONDS   fuzzing time per target after its corpus (default 40;
#                      0: only replay the corpora)
#   DLC_FUZZ_SEED      libFuzzer's random seed (default 1, so that a CI run
#                      repeats the previous one's mutations as far as its time
#                      allows; 0: a new seed each run, for campaigns)
#   DLC_FUZZ_TARGETS   the targets to run (default: all three)
#   DLC_FUZZ_ARGS      extra libFuzzer flags
#   DLC_BUILD_DIR      build directory (default build/)
#
# New inputs go to a temporary directory that is removed afterwards; the
# checked-in corpora are only read. A crashing input is kept as
# $DLC_BUILD_DIR/fuzz-artifacts/NAME-crash-* (or leak-*, timeout-*, oom-*);
# add it to the corpus as test/fuzz/corpus/NAME/regress-* once fixed.
#
# Exit status: 0 passed, 1 failed, 77 skipped (no fuzzer: not built with
# clang and libFuzzer).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"
SECONDS_BUDGET="${DLC_FUZZ_SECONDS:-40}"
TARGETS="${DLC_FUZZ_TARGETS:-onnx-import mlir-parse tensor-file}"

SEED="${DLC_FUZZ_SEED:-1}"

if ! [[ "$SECONDS_BUDGET" =~ ^[0-9]+$ ]]; then
  echo "fuzz: DLC_FUZZ_SECONDS must be a number of seconds, got '$SECONDS_BUDGET'"
  exit 1
fi
if ! [[ "$SEED" =~ ^[0-9]+$ ]]; then
  echo "fuzz: DLC_FUZZ_SEED must be a non-negative integer, got '$SEED'"
  exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ARTIFACTS="$BUILD/fuzz-artifacts"
mkdir -p "$ARTIFACTS"

# libFuzzer: -max_total_time=0 would mean "no limit", so replaying the corpus
# alone is -runs=0. -timeout: one input; -rss_limit_mb: the process (the
# malloc limit follows it). The output corpus comes first: libFuzzer writes
# new inputs only there.
if [ "$SECONDS_BUDGET" -eq 0 ]; then
  budget=(-runs=0)
else
  budget=(-max_total_time="$SECONDS_BUDGET")
fi

status=0
ran=0
for name in $TARGETS; do
  FUZZER="$BUILD/bin/$name-fuzzer"
  CORPUS="$ROOT/test/fuzz/corpus/$name"
  if [ ! -x "$FUZZER" ]; then
    echo "fuzz: $name: skipped ($FUZZER not built: needs clang with libFuzzer)"
    continue
  fi
  ran=$((ran + 1))
  dict=()
  if [ -f "$ROOT/test/fuzz/$name.dict" ]; then dict=(-dict="$ROOT/test/fuzz/$name.dict"); fi
  mkdir -p "$WORK/$name"
  LOG="$WORK/$name.log"
  start=$(date +%s)
  # allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons slabs from the
  # instrumented inline copy of its code and unpoisons only there, while
  # libMLIR's uninstrumented copy hands out parts of the same slabs: mixed
  # instrumentation, not a bug (a use-after-poison in StorageUniquer).
  # shellcheck disable=SC2086
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allow_user_poisoning=0}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
  "$FUZZER" "${budget[@]}" -seed="$SEED" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    "${dict[@]}" -print_final_stats=1 \
    -artifact_prefix="$ARTIFACTS/$name-" ${DLC_FUZZ_ARGS:-} \
    "$WORK/$name" "$CORPUS" >"$LOG" 2>&1
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
    status=1
    echo "fuzz: $name-fuzzer failed (exit $rc); the end of its log:"
    tail -60 "$LOG"
    grep -E 'Test unit written to' "$LOG" | sed 's/^/fuzz: /'
  fi
  echo "fuzz: $name: ${runs:-0} runs, $crashes crashes (${elapsed} s, $(ls "$WORK/$name" | wc -l) new inputs)"
done
if [ "$ran" -eq 0 ]; then exit 77; fi
exit "$status"
