#!/usr/bin/env bash
# Builds DLC and runs every test: lit/FileCheck tests, GoogleTest unit tests,
# the libFuzzer smoke tests (scripts/fuzz-smoke.sh, one test;
# DLC_FUZZ_SECONDS sets the fuzzing time per target, default 40, from seed
# DLC_FUZZ_SEED, default 1), the ONNX
# node tests (test/e2e/onnx-node/run.py --check, one test), the differential
# fuzzer's saved regressions (one test) and a campaign against ONNX Runtime
# (scripts/fuzz-diff.sh, seed 1, DLC_FUZZ_DIFF_SECONDS, default 90; one
# test), and the e2e tests again with an ASan+UBSan build of the compiler,
# runtime and tools (scripts/asan-check.sh, one test; DLC_SKIP_ASAN=1 skips
# it). Ends with one summary line: "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"
JOBS="${DLC_TEST_JOBS:-$(nproc)}"

bash "$ROOT/scripts/build.sh" || { echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
LOG="$(mktemp -d)"

echo "== lit (FileCheck) tests"
/usr/lib/llvm-22/bin/lit -sv -j "$JOBS" "$BUILD/test/lit" | tee "$LOG/lit.txt"
lit_pass=$(grep -Eo '^ *Passed *: *[0-9]+' "$LOG/lit.txt" | grep -Eo '[0-9]+' || echo 0)
lit_fail=0
for kind in Failed Unresolved "Unexpectedly Passed" "Timed Out"; do
  n=$(grep -E "^ *$kind *: *[0-9]+" "$LOG/lit.txt" | grep -Eo '[0-9]+' | tail -1 || true)
  lit_fail=$((lit_fail + ${n:-0}))
done
if ! grep -qE '^ *Passed *:' "$LOG/lit.txt"; then lit_fail=$((lit_fail + 1)); fi
passed=$((passed + lit_pass)); failed=$((failed + lit_fail))

echo "== unit tests (GoogleTest via ctest)"
ctest --test-dir "$BUILD" -j "$JOBS" --output-on-failure | tee "$LOG/ctest.txt"
ct_line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$LOG/ctest.txt" || true)
if [ -n "$ct_line" ]; then
  ct_fail=$(echo "$ct_line" | sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/')
  ct_total=$(echo "$ct_line" | sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/')
  passed=$((passed + ct_total - ct_fail)); failed=$((failed + ct_fail))
else
  failed=$((failed + 1))
fi

echo "== fuzz smoke tests (libFuzzer targets, DLC_FUZZ_SECONDS=${DLC_FUZZ_SECONDS:-40} each)"
bash "$ROOT/scripts/fuzz-smoke.sh"
case $? in
  0) passed=$((passed + 1)) ;;
  77) ;; # skipped: no libFuzzer
  *) failed=$((failed + 1)) ;;
esac

echo "== ONNX node tests (test/e2e/onnx-node/run.py --check --all: no regression from expected-pass.txt, no crash)"
if [ -d /usr/share/libonnx-testdata/data/node ]; then
  PYTHON="$(bash "$ROOT/scripts/find-python.sh")" || PYTHON=/usr/bin/python3
  if "$PYTHON" "$ROOT/test/e2e/onnx-node/run.py" --check --all \
       -j "$JOBS" --bin "$BUILD/bin" --timeout 60; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
else
  echo "skipped: no /usr/share/libonnx-testdata (apt-get install libonnx-testdata)"
fi

echo "== differential fuzzing: saved regressions (test/fuzz/diff/regressions)"
PYTHON="$(bash "$ROOT/scripts/find-python.sh")" || PYTHON=/usr/bin/python3
if "$PYTHON" "$ROOT/test/fuzz/diff/fuzz_diff.py" --bin "$BUILD/bin" replay \
     "$ROOT/test/fuzz/diff/regressions"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

echo "== differential fuzzing: campaign against ONNX Runtime (seed 1)"
if bash "$ROOT/scripts/fuzz-diff.sh" --seed 1 -q \
     --seconds "${DLC_FUZZ_DIFF_SECONDS:-90}" -j "$JOBS" \
     --findings "$BUILD/fuzz-diff-findings"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

if [ "${DLC_SKIP_ASAN:-0}" = 1 ]; then
  echo "== ASan+UBSan e2e tests: skipped (DLC_SKIP_ASAN=1)"
else
  echo "== ASan+UBSan e2e tests (scripts/asan-check.sh)"
  if bash "$ROOT/scripts/asan-check.sh"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
fi

rm -rf "$LOG"
echo "lit: $lit_pass passed, $lit_fail failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
