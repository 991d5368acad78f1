#!/usr/bin/env python3
"""Single-convolution workloads at the shapes of ResNet-18 and MobileNetV2
layers (batch 1, NCHW, float32): one ONNX Conv with bias, the image an input,
the filter and bias initializers (as in a real network).

    conv.py OUT_DIR    writes OUT_DIR/<workload>/model.onnx and inputs/*.npy
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GraphBuilder, Workload, conv_out, randn  # noqa: E402

# (name, C_in, H(=W), C_out, kernel, stride, pad, group, where it comes from)
LAYERS = [
    ("conv_r18_stem_7x7s2", 3, 224, 64, 7, 2, 3, 1, "ResNet-18 conv1"),
    ("conv_r18_l1_3x3", 64, 56, 64, 3, 1, 1, 1, "ResNet-18 layer1"),
    ("conv_r18_l2_3x3s2", 64, 56, 128, 3, 2, 1, 1, "ResNet-18 layer2 first conv"),
    ("conv_r18_l3_3x3", 256, 14, 256, 3, 1, 1, 1, "ResNet-18 layer3"),
    ("conv_r18_l4_3x3", 512, 7, 512, 3, 1, 1, 1, "ResNet-18 layer4"),
    ("conv_mv2_pw_expand", 24, 56, 144, 1, 1, 0, 1, "MobileNetV2 block 2 1x1 expand"),
    ("conv_mv2_dw_3x3", 144, 56, 144, 3, 1, 1, 144, "MobileNetV2 block 2 3x3 depthwise"),
    ("conv_mv2_dw_3x3s2", 144, 56, 144, 3, 2, 1, 144, "MobileNetV2 block 3 3x3 depthwise, stride 2"),
    ("conv_mv2_pw_project", 144, 28, 32, 1, 1, 0, 1, "MobileNetV2 block 3 1x1 project"),
    ("conv_mv2_dw_3x3_c960", 960, 7, 960, 3, 1, 1, 960, "MobileNetV2 block 16 3x3 depthwise"),
]


def _builder(c, h, oc, k, s, p, grp):
    def build(rng):
        g = GraphBuilder(rng)
        fan_in = (c // grp) * k * k
        w = g.weight("w", (oc, c // grp, k, k), fan_in, gain=1.0)
        b = g.bias("b", oc)
        out = g.op("Conv", ["x", w, b], prefix="conv", kernel_shape=[k, k],
                   strides=[s, s], pads=[p, p, p, p], group=grp)
        oh = conv_out(h, k, s, p)
        model = g.model("conv", [("x", [1, c, h, h])], [("y", [1, oc, oh, oh])], out)
        return model, {"x": randn(rng, (1, c, h, h))}
    return build


WORKLOADS = [
    Workload(name, "conv",
             "%s: %dx%dx%d -> %d, %dx%d/s%d%s" % (
                 why, c, h, h, oc, k, k, s, ", depthwise" if grp > 1 else ""),
             _builder(c, h, oc, k, s, p, grp))
    for name, c, h, oc, k, s, p, grp, why in LAYERS
]

if __name__ == "__main__":
    for w in WORKLOADS:
        print(w.write(os.path.join(sys.argv[1], w.name))[0])
