#!/usr/bin/env python3
"""SGEMM workloads: one ONNX MatMul, C[M,N] = A[M,K] @ B[K,N], float32.

Both A and B are graph inputs (not initializers), so neither compiler can
pre-pack B at load time: this is the same problem cblas_sgemm solves, and
run.py times OpenBLAS on the same shapes. Inputs are scaled by 1/sqrt(K) so C
is of order one.

    sgemm.py OUT_DIR    writes OUT_DIR/<workload>/model.onnx and inputs/*.npy
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GraphBuilder, Workload, randn  # noqa: E402

# (name, M, N, K, where the shape comes from)
SHAPES = [
    ("sgemm_256", 256, 256, 256, "square"),
    ("sgemm_512", 512, 512, 512, "square"),
    ("sgemm_1024", 1024, 1024, 1024, "square"),
    ("sgemm_2048", 2048, 2048, 2048, "square"),
    ("sgemm_3136x64x576", 3136, 64, 576, "ResNet-18 layer1 3x3 conv as im2col GEMM"),
    ("sgemm_3136x256x64", 3136, 256, 64, "ResNet-50 1x1 expand conv as GEMM"),
    ("sgemm_128x768x768", 128, 768, 768, "BERT-base projection, seq 128"),
    ("gemv_1x4096x4096", 1, 4096, 4096, "GEMV (batch-1 fully connected)"),
]


def _builder(m, n, k):
    def build(rng):
        g = GraphBuilder(rng)
        out = g.op("MatMul", ["A", "B"], prefix="matmul")
        model = g.model("sgemm", [("A", [m, k]), ("B", [k, n])], [("C", [m, n])], out)
        scale = k ** -0.25  # each operand 1/K^(1/4): C ~ N(0, 1)
        return model, {"A": randn(rng, (m, k), scale), "B": randn(rng, (k, n), scale)}
    return build


WORKLOADS = [
    Workload(name, "sgemm", "MatMul M=%d N=%d K=%d (%s)" % (m, n, k, why),
             _builder(m, n, k), gemm=(m, n, k))
    for name, m, n, k, why in SHAPES
]

if __name__ == "__main__":
    for w in WORKLOADS:
        print(w.write(os.path.join(sys.argv[1], w.name))[0])
