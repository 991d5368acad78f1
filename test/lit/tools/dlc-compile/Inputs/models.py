#!/usr/bin/env python3
"""Writes the small ONNX models of dlc-compile's lit tests.

    models.py DIR    write every model to DIR/NAME.onnx

mlp:      y = relu(x @ w + b), x: [2, 4] float, w and b initializers with
          simple values, so that outputs can be checked by hand.
dynamic:  y = relu(x) + x with x: ["batch", 3] (a symbolic dim).
gemm:     y = relu(x @ w) with x: [16, 64], w: [64, 48] (dlc-tune's tests:
          big enough for many schedules, small enough to compile fast).
conv:     y = conv(x, w) with x: [1, 4, 8, 8], w: [8, 4, 3, 3], pads 1: a
          kernel with a padded copy in the arena (dlc-tune's tests).
gemm_big, conv_big: the same with x [64, 256], w [256, 128] and x
          [1, 16, 28, 28], w [32, 16, 3, 3]: kernels big enough for
          dlc-compile to ask its cost model.
"""

import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper


def save(model, path):
    with open(path, "wb") as f:
        f.write(model.SerializeToString())


def mlp():
    w = numpy_helper.from_array(
        np.arange(12, dtype=np.float32).reshape(4, 3) - 5.0, "w")
    b = numpy_helper.from_array(np.array([1.0, -2.0, 0.5], np.float32), "b")
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["xw"], name="matmul"),
        helper.make_node("Add", ["xw", "b"], ["pre"], name="add"),
        helper.make_node("Relu", ["pre"], ["y"], name="relu"),
    ]
    graph = helper.make_graph(
        nodes, "mlp",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])],
        [w, b])
    return helper.make_model(graph, producer_name="dlc-lit-tests",
                             opset_imports=[helper.make_opsetid("", 13)])


def dynamic():
    nodes = [
        helper.make_node("Relu", ["x"], ["r"], name="relu"),
        helper.make_node("Add", ["r", "x"], ["y"], name="add"),
    ]
    graph = helper.make_graph(
        nodes, "dynamic",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", 3])])
    return helper.make_model(graph, producer_name="dlc-lit-tests",
                             opset_imports=[helper.make_opsetid("", 13)])


def gemm(m=16, k=64, n=48, name="gemm"):
    w = numpy_helper.from_array(
        (np.arange(k * n, dtype=np.float32).reshape(k, n) % 7) - 3.0, "w")
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["xw"], name="matmul"),
        helper.make_node("Relu", ["xw"], ["y"], name="relu"),
    ]
    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [m, k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [m, n])],
        [w])
    return helper.make_model(graph, producer_name="dlc-lit-tests",
                             opset_imports=[helper.make_opsetid("", 13)])


def conv(c=4, k=8, hw=8, name="conv"):
    w = numpy_helper.from_array(
        (np.arange(k * c * 9, dtype=np.float32).reshape(k, c, 3, 3) % 5) - 2.0,
        "w")
    nodes = [helper.make_node("Conv", ["x", "w"], ["y"], name="conv",
                              pads=[1, 1, 1, 1])]
    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c, hw, hw])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, k, hw, hw])],
        [w])
    return helper.make_model(graph, producer_name="dlc-lit-tests",
                             opset_imports=[helper.make_opsetid("", 13)])


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    os.makedirs(argv[0], exist_ok=True)
    save(mlp(), os.path.join(argv[0], "mlp.onnx"))
    save(dynamic(), os.path.join(argv[0], "dynamic.onnx"))
    save(gemm(), os.path.join(argv[0], "gemm.onnx"))
    save(conv(), os.path.join(argv[0], "conv.onnx"))
    # Kernels of more than the 1e5 flops below which dlc-compile does not
    # ask the cost model.
    save(gemm(64, 256, 128, "gemm_big"), os.path.join(argv[0], "gemm_big.onnx"))
    save(conv(16, 32, 28, "conv_big"), os.path.join(argv[0], "conv_big.onnx"))


if __name__ == "__main__":
    main(sys.argv[1:])
