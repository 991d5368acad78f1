#!/usr/bin/env python3
"""One BERT-base encoder layer (post-LayerNorm, as in the original BERT),
batch 1, sequence 128, hidden 768, 12 heads of 64, FFN 3072, float32, written
the way torch.onnx.export (opset 17) writes it:

    q/k/v = MatMul(x, W) + b -> Reshape [1,128,12,64] -> Transpose
    scores = MatMul(q, k^T) / 8 + mask -> Softmax(-1) -> MatMul(., v)
    -> Transpose -> Reshape [1,128,768] -> MatMul + b -> Add x -> LayerNormalization
    -> MatMul(768x3072) + b -> GELU (x * 0.5 * (1 + Erf(x / sqrt 2)))
    -> MatMul(3072x768) + b -> Add -> LayerNormalization

Inputs: `hidden` [1,128,768] and an additive attention mask `mask` [1,1,1,128]
(zeros: no padding). Random weights from a fixed seed.

    bert.py OUT_DIR    writes OUT_DIR/<workload>/model.onnx and inputs/*.npy
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import F32, GraphBuilder, Workload, randn  # noqa: E402

SEQ, HIDDEN, HEADS, FFN = 128, 768, 12, 3072
HEAD_DIM = HIDDEN // HEADS


def linear(g, x, n_in, n_out):
    w = g.weight("w", (n_in, n_out), n_in, gain=1.0)
    b = g.bias("b", n_out)
    return g.op("Add", [g.op("MatMul", [x, w], prefix="matmul"), b], prefix="add")


def layer_norm(g, x):
    gamma = g.const("ln_gamma", g.rng.uniform(0.9, 1.1, HIDDEN).astype(F32))
    beta = g.const("ln_beta", (g.rng.standard_normal(HIDDEN) * 0.05).astype(F32))
    return g.op("LayerNormalization", [x, gamma, beta], prefix="layernorm",
                axis=-1, epsilon=1e-12)


def build_bert_layer(rng):
    g = GraphBuilder(rng)
    heads_shape = g.const("shape_heads", np.array([1, SEQ, HEADS, HEAD_DIM], np.int64))
    flat_shape = g.const("shape_flat", np.array([1, SEQ, HIDDEN], np.int64))

    def split_heads(t, perm):
        return g.op("Transpose", [g.op("Reshape", [t, heads_shape], prefix="reshape")],
                    prefix="transpose", perm=perm)

    x = "hidden"
    q = split_heads(linear(g, x, HIDDEN, HIDDEN), [0, 2, 1, 3])   # [1,12,128,64]
    k = split_heads(linear(g, x, HIDDEN, HIDDEN), [0, 2, 3, 1])   # [1,12,64,128]
    v = split_heads(linear(g, x, HIDDEN, HIDDEN), [0, 2, 1, 3])   # [1,12,128,64]
    scores = g.op("MatMul", [q, k], prefix="matmul")
    scores = g.op("Div", [scores, g.const("sqrt_d", np.array(np.sqrt(HEAD_DIM), F32))],
                  prefix="div")
    scores = g.op("Add", [scores, "mask"], prefix="add")
    probs = g.op("Softmax", [scores], prefix="softmax", axis=-1)
    ctx = g.op("MatMul", [probs, v], prefix="matmul")               # [1,12,128,64]
    ctx = g.op("Transpose", [ctx], prefix="transpose", perm=[0, 2, 1, 3])
    ctx = g.op("Reshape", [ctx, flat_shape], prefix="reshape")
    attn = linear(g, ctx, HIDDEN, HIDDEN)
    h = layer_norm(g, g.op("Add", [attn, x], prefix="add"))

    f = linear(g, h, HIDDEN, FFN)
    e = g.op("Erf", [g.op("Div", [f, g.const("sqrt2", np.array(np.sqrt(2.0), F32))],
                          prefix="div")], prefix="erf")
    e = g.op("Add", [e, g.const("one", np.array(1.0, F32))], prefix="add")
    f = g.op("Mul", [g.op("Mul", [f, e], prefix="mul"),
                     g.const("half", np.array(0.5, F32))], prefix="mul")
    f = linear(g, f, FFN, HIDDEN)
    out = layer_norm(g, g.op("Add", [f, h], prefix="add"))

    model = g.model("bert_layer",
                    [("hidden", [1, SEQ, HIDDEN]), ("mask", [1, 1, 1, SEQ])],
                    [("output", [1, SEQ, HIDDEN])], out)
    return model, {"hidden": randn(rng, (1, SEQ, HIDDEN)),
                   "mask": np.zeros((1, 1, 1, SEQ), F32)}


WORKLOADS = [
    Workload("bert_layer", "transformer",
             "BERT-base encoder layer: seq 128, hidden 768, 12 heads, FFN 3072, GELU via Erf",
             build_bert_layer),
]

if __name__ == "__main__":
    for w in WORKLOADS:
        print(w.write(os.path.join(sys.argv[1], w.name))[0])
