#!/usr/bin/env bash
# Builds the compiler, runtime and tools with AddressSanitizer and
# UndefinedBehaviorSanitizer into build-asan/ (or $DLC_ASAN_BUILD_DIR) and
# runs the tests that drive them end to end: the lit tests of the tools
# (dlc-compile, dlc-opt, dlc-run errors and options), the importer, the
# numerical op tests (e2e-ops), the node-test and model tests (e2e,
# e2e-models) and the example. Any sanitizer report fails the test that hit
# it (UBSan aborts; ASan reports are fatal), so this ends with lit's summary
# and exits non-zero on any report.
#
# The fuzz targets are left out of this build (they carry their own
# sanitizers). LeakSanitizer is off for the compiler: LLVM keeps some
# process-lifetime allocations (cl::opt registries, ManagedStatics) that it
# does not free at exit by design.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_ASAN_BUILD_DIR:-$ROOT/build-asan}"
JOBS="${DLC_TEST_JOBS:-$(nproc)}"

bash "$ROOT/scripts/install-deps.sh" >/dev/null || exit 1
if [ ! -f "$BUILD/build.ninja" ]; then
  echo "asan-check: configuring $BUILD"
  cmake -G Ninja -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DDLC_SANITIZE=address,undefined >"$BUILD.configure.log" 2>&1 || {
      cat "$BUILD.configure.log"; exit 1; }
fi
echo "asan-check: compiling (ninja -C $BUILD)"
ninja -C "$BUILD" dlc-compile dlc-opt dlc-run dlc-tune dlcrt dlc-test-models || exit 1

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:allow_user_poisoning=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
/usr/lib/llvm-22/bin/lit -s -j "$JOBS" \
  "$BUILD/test/lit/tools" "$BUILD/test/lit/Import" "$BUILD/test/lit/e2e-ops" \
  "$BUILD/test/lit/e2e" "$BUILD/test/lit/e2e-models" "$BUILD/test/lit/examples"
