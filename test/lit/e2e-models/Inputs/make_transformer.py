#!/usr/bin/env python3
"""Writes a transformer encoder block (pre-norm, 4 heads, seq 64, hidden 256,
FFN 1024, GELU written with Erf) as ONNX, an input, and the expected output
computed independently with numpy in float64.

    make_transformer.py OUT_DIR   ->  OUT_DIR/block.onnx, OUT_DIR/x.npy,
                                      OUT_DIR/expected/y.npy
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

SEQ, HIDDEN, HEADS, FFN = 64, 256, 4, 1024
HEAD = HIDDEN // HEADS


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "expected"), exist_ok=True)
    rng = np.random.default_rng(7)
    f32 = np.float32

    def w(*shape, scale=None):
        scale = scale or 1.0 / np.sqrt(shape[0])
        return (rng.standard_normal(shape) * scale).astype(f32)

    p = {
        "g1": rng.uniform(0.8, 1.2, HIDDEN).astype(f32),
        "be1": (rng.standard_normal(HIDDEN) * 0.1).astype(f32),
        "wq": w(HIDDEN, HIDDEN), "bq": w(HIDDEN, scale=0.1),
        "wk": w(HIDDEN, HIDDEN), "bk": w(HIDDEN, scale=0.1),
        "wv": w(HIDDEN, HIDDEN), "bv": w(HIDDEN, scale=0.1),
        "wo": w(HIDDEN, HIDDEN), "bo": w(HIDDEN, scale=0.1),
        "g2": rng.uniform(0.8, 1.2, HIDDEN).astype(f32),
        "be2": (rng.standard_normal(HIDDEN) * 0.1).astype(f32),
        "w1": w(HIDDEN, FFN), "b1": w(FFN, scale=0.1),
        "w2": w(FFN, HIDDEN), "b2": w(HIDDEN, scale=0.1),
    }
    consts = {
        "heads_shape": np.array([1, SEQ, HEADS, HEAD], dtype=np.int64),
        "merged_shape": np.array([1, SEQ, HIDDEN], dtype=np.int64),
        "scale": np.array(1.0 / np.sqrt(HEAD), dtype=f32),
        "sqrt2": np.array(np.sqrt(2.0), dtype=f32),
        "one": np.array(1.0, dtype=f32),
        "half": np.array(0.5, dtype=f32),
    }
    x = rng.standard_normal((1, SEQ, HIDDEN)).astype(f32)

    n = helper.make_node
    nodes = [
        n("LayerNormalization", ["x", "g1", "be1"], ["ln1"], axis=-1,
          epsilon=1e-5),
        n("MatMul", ["ln1", "wq"], ["q0"]), n("Add", ["q0", "bq"], ["q1"]),
        n("MatMul", ["ln1", "wk"], ["k0"]), n("Add", ["k0", "bk"], ["k1"]),
        n("MatMul", ["ln1", "wv"], ["v0"]), n("Add", ["v0", "bv"], ["v1"]),
        n("Reshape", ["q1", "heads_shape"], ["q2"]),
        n("Transpose", ["q2"], ["q"], perm=[0, 2, 1, 3]),
        n("Reshape", ["k1", "heads_shape"], ["k2"]),
        n("Transpose", ["k2"], ["kt"], perm=[0, 2, 3, 1]),
        n("Reshape", ["v1", "heads_shape"], ["v2"]),
        n("Transpose", ["v2"], ["v"], perm=[0, 2, 1, 3]),
        n("MatMul", ["q", "kt"], ["s0"]), n("Mul", ["s0", "scale"], ["s1"]),
        n("Softmax", ["s1"], ["attn"], axis=-1),
        n("MatMul", ["attn", "v"], ["c0"]),
        n("Transpose", ["c0"], ["c1"], perm=[0, 2, 1, 3]),
        n("Reshape", ["c1", "merged_shape"], ["c2"]),
        n("MatMul", ["c2", "wo"], ["o0"]), n("Add", ["o0", "bo"], ["o1"]),
        n("Add", ["x", "o1"], ["r1"]),
        n("LayerNormalization", ["r1", "g2", "be2"], ["ln2"], axis=-1,
          epsilon=1e-5),
        n("MatMul", ["ln2", "w1"], ["f0"]), n("Add", ["f0", "b1"], ["f1"]),
        # GELU: 0.5 * x * (1 + erf(x / sqrt(2)))
        n("Div", ["f1", "sqrt2"], ["g0"]), n("Erf", ["g0"], ["g1e"]),
        n("Add", ["g1e", "one"], ["g2e"]), n("Mul", ["f1", "g2e"], ["g3"]),
        n("Mul", ["g3", "half"], ["gelu"]),
        n("MatMul", ["gelu", "w2"], ["f2"]), n("Add", ["f2", "b2"], ["f3"]),
        n("Add", ["r1", "f3"], ["y"]),
    ]
    for i, node in enumerate(nodes):
        node.name = f"{node.op_type.lower()}_{i}"
    inits = [numpy_helper.from_array(v, k) for k, v in {**p, **consts}.items()]
    graph = helper.make_graph(
        nodes, "encoder_block",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, SEQ, HIDDEN])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, SEQ, HIDDEN])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(out, "block.onnx"))
    np.save(os.path.join(out, "x.npy"), x)

    # Reference in float64.
    d = {k: v.astype(np.float64) for k, v in p.items()}

    def layernorm(t, g, b):
        m = t.mean(-1, keepdims=True)
        v = ((t - m) ** 2).mean(-1, keepdims=True)
        return (t - m) / np.sqrt(v + 1e-5) * g + b

    from math import erf
    verf = np.vectorize(erf)
    t = x.astype(np.float64)
    ln1 = layernorm(t, d["g1"], d["be1"])
    q = (ln1 @ d["wq"] + d["bq"]).reshape(1, SEQ, HEADS, HEAD).transpose(0, 2, 1, 3)
    k = (ln1 @ d["wk"] + d["bk"]).reshape(1, SEQ, HEADS, HEAD).transpose(0, 2, 3, 1)
    v = (ln1 @ d["wv"] + d["bv"]).reshape(1, SEQ, HEADS, HEAD).transpose(0, 2, 1, 3)
    s = (q @ k) / np.sqrt(HEAD)
    e = np.exp(s - s.max(-1, keepdims=True))
    attn = e / e.sum(-1, keepdims=True)
    c = (attn @ v).transpose(0, 2, 1, 3).reshape(1, SEQ, HIDDEN)
    r1 = t + c @ d["wo"] + d["bo"]
    f = layernorm(r1, d["g2"], d["be2"]) @ d["w1"] + d["b1"]
    gelu = 0.5 * f * (1 + verf(f / np.sqrt(2.0)))
    y = r1 + gelu @ d["w2"] + d["b2"]
    np.save(os.path.join(out, "expected", "y.npy"), y.astype(f32))


if __name__ == "__main__":
    main()
