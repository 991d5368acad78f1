#!/usr/bin/env bash
# The main job, end to end on a fresh machine: installs dependencies, builds
# DLC, generates the bundled example model (a small CNN, examples/
# make_small_cnn.py), compiles it to a shared library with dlc-compile, and
# runs it with dlc-run: prints its output, checks it against an independent
# numpy reference, and times it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"

bash "$ROOT/scripts/build.sh" dlc-compile dlc-run
PYTHON="$(bash "$ROOT/scripts/find-python.sh")"

OUT="$BUILD/example"
mkdir -p "$OUT"
echo "== generating the example model (examples/make_small_cnn.py)"
"$PYTHON" "$ROOT/examples/make_small_cnn.py" "$OUT"

echo "== dlc-compile small-cnn.onnx --dim batch=1 -o small-cnn.so"
"$BUILD/bin/dlc-compile" "$OUT/small-cnn.onnx" --dim batch=1 \
  -o "$OUT/small-cnn.so"

echo "== dlc-run small-cnn.so (checked against numpy, then timed)"
"$BUILD/bin/dlc-run" "$OUT/small-cnn.so" --input "image=$OUT/input.npy" \
  --expect "$OUT/expected" --bench 100 --warmup 10
