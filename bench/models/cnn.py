#!/usr/bin/env python3
"""Whole CNNs at 224x224, batch 1, float32, written the way torch.onnx.export
writes them in eval mode without constant folding (Conv -> BatchNormalization
-> Relu/Clip), with random weights:

- resnet18: the ResNet-18 topology (conv1 7x7/2, max-pool, 4 stages of two
  BasicBlocks with 64/128/256/512 channels, 1x1/2 projection shortcuts,
  global average pool, Flatten, Gemm to 1000 classes).
- mobilenetv2: the MobileNetV2 (width 1.0) topology (3x3/2 stem, 17 inverted
  residual blocks with expansion 6 and ReLU6 = Clip(0, 6), depthwise 3x3,
  linear bottlenecks with residual Adds, 1x1 to 1280, global average pool,
  Flatten, Gemm to 1000 classes).

    cnn.py OUT_DIR    writes OUT_DIR/<workload>/model.onnx and inputs/*.npy
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import F32, GraphBuilder, Workload, randn  # noqa: E402


def conv_bn(g, x, c_in, c_out, k, s, groups=1, act="relu"):
    """Conv (no bias) -> BatchNormalization -> activation (relu, relu6, none)."""
    w = g.weight("w", (c_out, c_in // groups, k, k), (c_in // groups) * k * k)
    p = k // 2
    y = g.op("Conv", [x, w], prefix="conv", kernel_shape=[k, k], strides=[s, s],
             pads=[p, p, p, p], group=groups)
    rng = g.rng
    scale = g.const("bn_scale", rng.uniform(0.5, 1.0, c_out).astype(F32))
    shift = g.const("bn_shift", (rng.standard_normal(c_out) * 0.05).astype(F32))
    mean = g.const("bn_mean", (rng.standard_normal(c_out) * 0.05).astype(F32))
    var = g.const("bn_var", rng.uniform(0.8, 1.2, c_out).astype(F32))
    y = g.op("BatchNormalization", [y, scale, shift, mean, var], prefix="bn",
             epsilon=1e-5)
    if act == "relu":
        y = g.op("Relu", [y], prefix="relu")
    elif act == "relu6":
        lo = g.const("clip_min", np.array(0.0, dtype=F32))
        hi = g.const("clip_max", np.array(6.0, dtype=F32))
        y = g.op("Clip", [y, lo, hi], prefix="relu6")
    return y


def head(g, x, c, classes=1000):
    y = g.op("GlobalAveragePool", [x], prefix="gap")
    y = g.op("Flatten", [y], prefix="flatten", axis=1)
    w = g.weight("fc_w", (classes, c), c, gain=1.0)
    b = g.bias("fc_b", classes)
    return g.op("Gemm", [y, w, b], prefix="fc", transB=1)


def build_resnet18(rng):
    g = GraphBuilder(rng)
    x = conv_bn(g, "image", 3, 64, 7, 2)
    x = g.op("MaxPool", [x], prefix="maxpool", kernel_shape=[3, 3], strides=[2, 2],
             pads=[1, 1, 1, 1])
    c_in = 64
    for stage, c in enumerate([64, 128, 256, 512]):
        for block in range(2):
            s = 2 if stage > 0 and block == 0 else 1
            y = conv_bn(g, x, c_in, c, 3, s)
            y = conv_bn(g, y, c, c, 3, 1, act="none")
            if s != 1 or c_in != c:
                x = conv_bn(g, x, c_in, c, 1, s, act="none")
            x = g.op("Relu", [g.op("Add", [y, x], prefix="add")], prefix="relu")
            c_in = c
    out = head(g, x, 512)
    model = g.model("resnet18", [("image", [1, 3, 224, 224])], [("logits", [1, 1000])], out)
    return model, {"image": randn(rng, (1, 3, 224, 224))}


# MobileNetV2: (expansion t, output channels c, repeats n, first stride s)
MV2 = [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2),
       (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1)]


def build_mobilenetv2(rng):
    g = GraphBuilder(rng)
    x = conv_bn(g, "image", 3, 32, 3, 2, act="relu6")
    c_in = 32
    for t, c, n, s in MV2:
        for i in range(n):
            stride = s if i == 0 else 1
            hidden = c_in * t
            y = x
            if t != 1:
                y = conv_bn(g, y, c_in, hidden, 1, 1, act="relu6")
            y = conv_bn(g, y, hidden, hidden, 3, stride, groups=hidden, act="relu6")
            y = conv_bn(g, y, hidden, c, 1, 1, act="none")
            x = g.op("Add", [x, y], prefix="add") if stride == 1 and c_in == c else y
            c_in = c
    x = conv_bn(g, x, c_in, 1280, 1, 1, act="relu6")
    out = head(g, x, 1280)
    model = g.model("mobilenetv2", [("image", [1, 3, 224, 224])], [("logits", [1, 1000])], out)
    return model, {"image": randn(rng, (1, 3, 224, 224))}


WORKLOADS = [
    Workload("resnet18", "cnn", "ResNet-18 topology, 1x3x224x224, BN unfolded",
             build_resnet18),
    Workload("mobilenetv2", "cnn", "MobileNetV2 1.0 topology, 1x3x224x224, BN unfolded, ReLU6 as Clip",
             build_mobilenetv2),
]

if __name__ == "__main__":
    for w in WORKLOADS:
        print(w.write(os.path.join(sys.argv[1], w.name))[0])
