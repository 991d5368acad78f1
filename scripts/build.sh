#!/usr/bin/env bash
# Installs dependencies (idempotent), configures (once) and builds DLC with
# Ninja into build/ (or $DLC_BUILD_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"

bash "$ROOT/scripts/install-deps.sh"

if [ ! -f "$BUILD/build.ninja" ]; then
  echo "build: configuring $BUILD"
  cmake -G Ninja -S "$ROOT" -B "$BUILD" \
    -DCMAKE_BUILD_TYPE="${DLC_BUILD_TYPE:-Release}" \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$BUILD.configure.log" 2>&1 || {
      cat "$BUILD.configure.log"; exit 1; }
fi
echo "build: compiling (ninja -C $BUILD)"
ninja -C "$BUILD" "$@"
