#!/usr/bin/env bash
# Installs the benchmark peer, ONNX Runtime's CPU execution provider from the
# npm package onnxruntime-node, into bench/node_modules, and checks that it
# loads and runs a model. Idempotent: when the pinned version is already
# there and loads, it does nothing but the check.
#
# The package carries its native libraries for every platform (linux-x64
# included: bin/napi-v6/linux/x64/libonnxruntime.so.1), so its install script,
# which would download CUDA/TensorRT add-ons, is skipped:
#   ONNXRUNTIME_NODE_INSTALL=skip npm install --ignore-scripts onnxruntime-node@1.30.0
#
# Needs node and npm (scripts/install-deps.sh installs nodejs; npm itself may
# come from Debian's `npm` package or from a Node.js distribution).
set -euo pipefail

ORT_VERSION=1.30.0
cd "$(dirname "${BASH_SOURCE[0]}")"

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "setup: '$tool' not found; run scripts/install-deps.sh (and install npm)" >&2
    exit 1
  fi
done

installed_version() {
  node -p "require('./node_modules/onnxruntime-node/package.json').version" 2>/dev/null || true
}

if [ "$(installed_version)" != "$ORT_VERSION" ]; then
  echo "setup: installing onnxruntime-node@$ORT_VERSION into $(pwd)/node_modules"
  ONNXRUNTIME_NODE_INSTALL=skip npm install --ignore-scripts --no-audit --no-fund \
    --save-exact "onnxruntime-node@$ORT_VERSION"
else
  echo "setup: onnxruntime-node@$ORT_VERSION already installed"
fi

# Load it and run a one-node model built in memory (Add of two float32[2]),
# so that a missing or broken native library shows up here, not mid-benchmark.
node - <<'EOF'
const ort = require('onnxruntime-node');
const version = require('onnxruntime-node/package.json').version;
if (!ort.listSupportedBackends().some((b) => b.name === 'cpu' && b.bundled))
  throw new Error('onnxruntime-node has no bundled CPU backend');
// ModelProto{ir_version 8, opset 17, graph{Add(a, b) -> c, all float[2]}}, hand-encoded.
function valueInfo(name) {
  // ValueInfoProto{name, type{tensor_type{elem_type 1, shape{dim{dim_value 2}}}}}
  const dim = [0x0a, 0x02, 0x08, 0x02];             // dim{dim_value: 2}
  const shape = [0x12, dim.length, ...dim];          // TypeProto.Tensor.shape
  const tensor = [0x08, 0x01, ...shape];             // elem_type FLOAT + shape
  const type = [0x0a, tensor.length, ...tensor];     // TypeProto.tensor_type
  return [0x0a, 1, name.charCodeAt(0), 0x12, type.length, ...type];
}
const node = [0x0a, 1, 0x61, 0x0a, 1, 0x62, 0x12, 1, 0x63, 0x22, 3, 0x41, 0x64, 0x64];
const graph = [0x0a, node.length, ...node, 0x12, 1, 0x67];
for (const [field, name] of [[0x5a, 'a'], [0x5a, 'b'], [0x62, 'c']]) {
  const v = valueInfo(name);
  graph.push(field, v.length, ...v);
}
const opset = [0x0a, 0x00, 0x10, 0x11];             // domain "", version 17
const model = Uint8Array.from([0x08, 0x08, 0x3a, graph.length, ...graph,
                               0x42, opset.length, ...opset]);
(async () => {
  const s = await ort.InferenceSession.create(model, {executionProviders: ['cpu']});
  const t = (v) => new ort.Tensor('float32', Float32Array.from(v), [2]);
  const out = await s.run({a: t([1, 2]), b: t([10, 20])});
  const c = Array.from(out.c.data);
  if (c[0] !== 11 || c[1] !== 22) throw new Error(`Add gave ${c}`);
  console.log(`setup: onnxruntime-node ${version} loads and runs on the CPU ` +
              `(${process.platform}-${process.arch}, node ${process.version})`);
})().catch((e) => { console.error(`setup: error: ${e.message}`); process.exit(1); });
EOF
