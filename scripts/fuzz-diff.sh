#!/usr/bin/env bash
# Differential fuzzing campaign of the whole compiler: random valid ONNX
# models compiled by DLC (half with random legal schedules) and compared with
# ONNX Runtime (test/fuzz/diff/fuzz_diff.py, which documents the details).
#
#   scripts/fuzz-diff.sh [--seconds N | --models N] [--seed S] [-j J]
#                        [--findings DIR] [--json FILE]
#
# Defaults: --seconds 60, a fresh random seed (printed, so that a run can be
# repeated), -j = number of cores, findings (reduced failing models) under
# build/fuzz-diff-findings. Installs ONNX Runtime (bench/setup.sh) when
# missing and builds DLC first. Ends with "N passed, N failed" (models);
# exit 1 on any mismatch or crash.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"
PYTHON="$(bash "$ROOT/scripts/find-python.sh")" || exit 1

args=("$@")
have_budget=0
have_seed=0
for a in "$@"; do
  case "$a" in
    --seconds|--seconds=*|--models|--models=*) have_budget=1 ;;
    --seed|--seed=*) have_seed=1 ;;
    -h|--help) exec "$PYTHON" "$ROOT/test/fuzz/diff/fuzz_diff.py" campaign --help ;;
  esac
done
[ "$have_budget" -eq 1 ] || args+=(--seconds 60)
if [ "$have_seed" -eq 0 ]; then
  seed=$(( $(od -An -N4 -tu4 /dev/urandom) % 1000000 ))
  echo "fuzz-diff: seed $seed (repeat with --seed $seed)"
  args+=(--seed "$seed")
fi

bash "$ROOT/bench/setup.sh" >/dev/null || {
  echo "fuzz-diff: error: ONNX Runtime (bench/setup.sh) is not available"
  echo "0 passed, 1 failed"
  exit 1
}
if [ ! -x "$BUILD/bin/dlc-compile" ] || [ ! -x "$BUILD/bin/dlc-run" ]; then
  bash "$ROOT/scripts/build.sh" || { echo "0 passed, 1 failed"; exit 1; }
fi
exec "$PYTHON" "$ROOT/test/fuzz/diff/fuzz_diff.py" --bin "$BUILD/bin" campaign "${args[@]}"
