#!/usr/bin/env bash
# The CUDA target's numbers, on a machine with an NVIDIA GPU and driver.
# CI has no GPU: scripts/test.sh checks everything up to the PTX and the
# runtime's "no CUDA driver found" error; this script checks what only a GPU
# can (README.md, "CUDA target", lists it). It runs
#   1. a smoke test: the example CNN compiled with --target=cuda, run on the
#      GPU (host buffers in, host buffers out) against numpy's reference;
#   2. the lit compile-and-run tests (e2e-ops, e2e, e2e-models, examples)
#      with every model compiled for the GPU (lit --param dlc_target=cuda);
#      a few tests also check CPU-only text (e.g. "CPU" in dlc-compile's
#      summary): their failures list separately from numeric mismatches;
#   3. the ONNX node tests with run.py --target cuda, beside the CPU count
#      (target: at least 90% of the CPU passes).
# Usage: scripts/gpu-check.sh [--cuda-arch sm_80|sm_90] (default: sm_90 on
# H100/H200, detected with nvidia-smi, else sm_80). Exit status 0 when
# steps 1-3 have no numeric failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${DLC_BUILD_DIR:-$ROOT/build}"
BIN="$BUILD/bin"
JOBS="${DLC_TEST_JOBS:-$(nproc)}"
OUT="${DLC_GPU_CHECK_DIR:-$(mktemp -d /tmp/dlc-gpu-check.XXXXXX)}"
ARCH=""
if [ "${1:-}" = "--cuda-arch" ] && [ -n "${2:-}" ]; then ARCH="$2"; fi

if ! /usr/bin/python3 -c 'import ctypes; ctypes.CDLL("libcuda.so.1")' 2>/dev/null; then
  echo "gpu-check: error: no CUDA driver (libcuda.so.1) on this machine" >&2
  exit 1
fi
if [ -z "$ARCH" ]; then
  ARCH=sm_80
  if command -v nvidia-smi >/dev/null &&
     nvidia-smi --query-gpu=name --format=csv,noheader | grep -Eq 'H100|H200|GH200'; then
    ARCH=sm_90
  fi
fi
echo "gpu-check: $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null | head -1), --cuda-arch=$ARCH, logs in $OUT"

bash "$ROOT/scripts/build.sh" || { echo "gpu-check: build failed" >&2; exit 1; }
PYTHON="$(bash "$ROOT/scripts/find-python.sh")" || PYTHON=/usr/bin/python3
status=0

echo "== 1. smoke test: the example CNN on the GPU"
mkdir -p "$OUT/cnn"
"$PYTHON" "$ROOT/examples/make_small_cnn.py" "$OUT/cnn" >/dev/null &&
"$BIN/dlc-compile" "$OUT/cnn/small-cnn.onnx" --dim batch=1 --target=cuda \
  --cuda-arch="$ARCH" -o "$OUT/cnn/cnn.so" &&
"$BIN/dlc-run" "$OUT/cnn/cnn.so" --device cuda --input image="$OUT/cnn/input.npy" \
  --expect "$OUT/cnn/expected" --bench 20 | tee "$OUT/cnn/run.txt"
if ! grep -q "all 1 output match" "$OUT/cnn/run.txt"; then
  echo "gpu-check: FAIL: the example CNN does not match on the GPU"
  status=1
fi

echo "== 2. lit compile-and-run tests, models compiled with --target=cuda"
# --cuda-arch is not passed here: sm_80 PTX runs on sm_90 GPUs too.
/usr/lib/llvm-22/bin/lit -sv -j "$JOBS" --param dlc_target=cuda \
  "$BUILD/test/lit/e2e-ops" "$BUILD/test/lit/e2e" \
  "$BUILD/test/lit/e2e-models" "$BUILD/test/lit/examples" > "$OUT/lit.txt" 2>&1
grep -E '^ *(Passed|Failed|Unsupported)' "$OUT/lit.txt"
# Numeric failures: dlc-run reported a mismatch or a CUDA error.
numeric=$(grep -cE 'MISMATCH|CUDA_ERROR|outputs? (do not|does not) match' "$OUT/lit.txt" || true)
echo "numeric mismatches or CUDA errors: ${numeric:-0} (details: $OUT/lit.txt)"
if [ "${numeric:-0}" != 0 ]; then status=1; fi

echo "== 3. ONNX node tests on the GPU"
"$PYTHON" "$ROOT/test/e2e/onnx-node/run.py" --target cuda -j "$JOBS" \
  --json "$OUT/node-cuda.json" > "$OUT/node-cuda.txt" 2>&1
"$PYTHON" - "$OUT/node-cuda.json" "$ROOT/test/e2e/onnx-node/expected-pass.txt" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
counts = result["counts"]
cpu = [l.strip() for l in open(sys.argv[2]) if l.strip() and not l.startswith("#")]
passing = {t["name"] for t in result["tests"] if t["status"] == "pass"}
print("cuda: %s" % ", ".join("%d %s" % (n, s) for s, n in counts.items()))
print("cpu expected-pass list: %d; cuda passes %d of them (%.1f%%, target 90%%)"
      % (len(cpu), len(passing & set(cpu)), 100.0 * len(passing & set(cpu)) / max(1, len(cpu))))
for t in result["tests"]:
    if t["name"] in cpu and t["status"] != "pass":
        print("  %-11s %s [%s] %s" % (t["status"], t["name"], t["stage"], t["detail"]))
PY
crashes=$(grep -c '^CRASH' "$OUT/node-cuda.txt" || true)
if [ "${crashes:-0}" != 0 ]; then status=1; fi
echo "gpu-check: done (status $status); logs in $OUT"
exit $status
