#!/usr/bin/env bash
# The main job, end to end on a fresh machine: installs dependencies, builds
# DLC, and runs dlc-opt over the bundled example model (a small CNN in the
# graph dialect): folds its shape computation and infers every shape.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"

bash "$ROOT/scripts/build.sh" dlc-opt

echo "== dlc-opt examples/small-cnn.mlir --canonicalize --graph-infer-shapes --canonicalize"
"$BUILD/bin/dlc-opt" "$ROOT/examples/small-cnn.mlir" \
  --canonicalize --graph-infer-shapes --canonicalize
