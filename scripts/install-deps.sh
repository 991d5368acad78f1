#!/usr/bin/env bash
# Installs every Debian package DLC needs to build, test, run its examples and
# benchmarks. Idempotent: packages already present are skipped, so a second run
# costs one dpkg query.
set -euo pipefail

PACKAGES=(
  # Build
  cmake ninja-build g++ pkg-config
  # LLVM / MLIR 22
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  # Fuzzing (libFuzzer) and OpenMP for parallel loops
  clang-22 libclang-rt-22-dev libomp-22-dev
  # ONNX import
  libprotobuf-dev protobuf-compiler libonnx-dev libonnx-testdata
  # Cost model
  libxgboost-dev
  # Tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev libopenblas-dev
  # Test-model generation and references
  python3 python3-onnx python3-numpy
  # Benchmark peer runs under node (onnxruntime-node comes from npm, fetched by bench/)
  nodejs
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "install-deps: done"
fi

# npm (bench/setup.sh, scripts/fuzz-diff.sh) ships inside a Node.js
# distribution's nodejs package; Debian's own nodejs needs the npm package.
if ! command -v npm >/dev/null 2>&1; then
  echo "install-deps: installing npm"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
