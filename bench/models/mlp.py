#!/usr/bin/env python3
"""Multi-layer perceptrons, written as torch.onnx.export writes nn.Linear
(Gemm with transB=1 and a bias) followed by Relu, float32:

- mlp_b1: batch 1, 784 -> 512 -> 512 -> 10 (latency-bound, GEMV-like; shows
  each engine's fixed per-call cost).
- mlp_b32: batch 32, 1024 -> 4096 -> 4096 -> 1000 (weight-bandwidth and GEMM
  bound).

    mlp.py OUT_DIR    writes OUT_DIR/<workload>/model.onnx and inputs/*.npy
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GraphBuilder, Workload, randn  # noqa: E402


def _builder(batch, widths):
    def build(rng):
        g = GraphBuilder(rng)
        x = "x"
        for i, (n_in, n_out) in enumerate(zip(widths, widths[1:])):
            last = i == len(widths) - 2
            w = g.weight("w", (n_out, n_in), n_in, gain=1.0 if last else 2.0)
            b = g.bias("b", n_out)
            x = g.op("Gemm", [x, w, b], prefix="fc", transB=1)
            if not last:
                x = g.op("Relu", [x], prefix="relu")
        model = g.model("mlp", [("x", [batch, widths[0]])], [("y", [batch, widths[-1]])], x)
        return model, {"x": randn(rng, (batch, widths[0]))}
    return build


def _desc(batch, widths):
    return "batch %d, %s, Gemm+Relu" % (batch, " -> ".join(map(str, widths)))


CONFIGS = [("mlp_b1", 1, [784, 512, 512, 10]),
           ("mlp_b32", 32, [1024, 4096, 4096, 1000])]

WORKLOADS = [Workload(name, "mlp", _desc(b, w), _builder(b, w)) for name, b, w in CONFIGS]

if __name__ == "__main__":
    for w in WORKLOADS:
        print(w.write(os.path.join(sys.argv[1], w.name))[0])
