#!/usr/bin/env python3
"""Writes the bundled example model, a small CNN, as ONNX, with an input
image and the expected output computed independently with numpy.

    make_small_cnn.py OUT_DIR

writes OUT_DIR/small-cnn.onnx, OUT_DIR/input.npy and OUT_DIR/expected/probs.npy.
The network: Conv(3->16, 3x3, pad 1) -> BatchNormalization -> Relu ->
MaxPool(2x2) -> Conv(16->32, 3x3, stride 2, pad 1) -> Relu ->
GlobalAveragePool -> Flatten -> Gemm(32->10) -> Softmax. Weights are random
from a fixed seed. The exporter writes the flatten the way PyTorch does
(Shape -> Gather -> Unsqueeze -> Concat -> Reshape), so the compiler has to
fold it.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def conv2d(x, w, b, stride, pad):
    n, c, h, wd = x.shape
    m, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh = (h + 2 * pad - kh) // stride + 1
    ow = (wd + 2 * pad - kw) // stride + 1
    out = np.zeros((n, m, oh, ow), dtype=np.float64)
    for i in range(kh):
        for j in range(kw):
            patch = xp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
            out += np.einsum("nchw,mc->nmhw", patch, w[:, :, i, j])
    return out + b.reshape(1, m, 1, 1)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(os.path.join(out_dir, "expected"), exist_ok=True)
    rng = np.random.default_rng(2026)
    f32 = np.float32
    w1 = (rng.standard_normal((16, 3, 3, 3)) * 0.3).astype(f32)
    b1 = (rng.standard_normal(16) * 0.1).astype(f32)
    scale = rng.uniform(0.5, 1.5, 16).astype(f32)
    shift = (rng.standard_normal(16) * 0.1).astype(f32)
    mean = (rng.standard_normal(16) * 0.1).astype(f32)
    var = rng.uniform(0.5, 1.5, 16).astype(f32)
    w2 = (rng.standard_normal((32, 16, 3, 3)) * 0.1).astype(f32)
    b2 = (rng.standard_normal(32) * 0.1).astype(f32)
    fc_w = (rng.standard_normal((10, 32)) * 0.3).astype(f32)
    fc_b = (rng.standard_normal(10) * 0.1).astype(f32)
    image = rng.standard_normal((1, 3, 32, 32)).astype(f32)

    inits = [numpy_helper.from_array(a, name) for name, a in [
        ("w1", w1), ("b1", b1), ("bn_scale", scale), ("bn_shift", shift),
        ("bn_mean", mean), ("bn_var", var), ("w2", w2), ("b2", b2),
        ("fc_w", fc_w), ("fc_b", fc_b),
        ("zero", np.array(0, dtype=np.int64)),
        ("minus_one", np.array([-1], dtype=np.int64)),
        ("axes0", np.array([0], dtype=np.int64))]]
    nodes = [
        helper.make_node("Conv", ["image", "w1", "b1"], ["c1"], name="conv1",
                         pads=[1, 1, 1, 1], kernel_shape=[3, 3]),
        helper.make_node("BatchNormalization",
                         ["c1", "bn_scale", "bn_shift", "bn_mean", "bn_var"],
                         ["bn1"], name="bn1", epsilon=1e-5),
        helper.make_node("Relu", ["bn1"], ["r1"], name="relu1"),
        helper.make_node("MaxPool", ["r1"], ["p1"], name="pool1",
                         kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Conv", ["p1", "w2", "b2"], ["c2"], name="conv2",
                         pads=[1, 1, 1, 1], strides=[2, 2]),
        helper.make_node("Relu", ["c2"], ["r2"], name="relu2"),
        helper.make_node("GlobalAveragePool", ["r2"], ["gap"], name="gap"),
        # x.view(x.size(0), -1)
        helper.make_node("Shape", ["gap"], ["gap_shape"], name="shape"),
        helper.make_node("Gather", ["gap_shape", "zero"], ["batch"],
                         name="gather", axis=0),
        helper.make_node("Unsqueeze", ["batch", "axes0"], ["batch1"],
                         name="unsqueeze"),
        helper.make_node("Concat", ["batch1", "minus_one"], ["flat_shape"],
                         name="concat", axis=0),
        helper.make_node("Reshape", ["gap", "flat_shape"], ["flat"],
                         name="flatten"),
        helper.make_node("Gemm", ["flat", "fc_w", "fc_b"], ["logits"],
                         name="fc", transB=1),
        helper.make_node("Softmax", ["logits"], ["probs"], name="softmax",
                         axis=-1),
    ]
    graph = helper.make_graph(
        nodes, "small_cnn",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT,
                                       ["batch", 3, 32, 32])],
        [helper.make_tensor_value_info("probs", TensorProto.FLOAT,
                                       ["batch", 10])],
        inits)
    model = helper.make_model(graph, producer_name="dlc-example",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(out_dir, "small-cnn.onnx"))
    np.save(os.path.join(out_dir, "input.npy"), image)

    # The reference, in float64.
    x = image.astype(np.float64)
    x = conv2d(x, w1, b1, 1, 1)
    x = (x - mean.reshape(1, -1, 1, 1)) / np.sqrt(
        var.reshape(1, -1, 1, 1) + 1e-5) * scale.reshape(1, -1, 1, 1) + \
        shift.reshape(1, -1, 1, 1)
    x = np.maximum(x, 0)
    n, c, h, w = x.shape
    x = x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))
    x = np.maximum(conv2d(x, w2, b2, 2, 1), 0)
    x = x.mean(axis=(2, 3))
    logits = x @ fc_w.T.astype(np.float64) + fc_b
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    probs = (e / e.sum(axis=-1, keepdims=True)).astype(f32)
    np.save(os.path.join(out_dir, "expected", "probs.npy"), probs)


if __name__ == "__main__":
    main()
