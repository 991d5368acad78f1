#!/usr/bin/env python3
"""Writes the model and tensor files of freeze-input.test.

    freeze.py DIR

DIR/reshape.onnx: y = Reshape(x, shape) with x: float [2, 3] and shape:
                  int64 [2], a graph input (as in the ONNX node tests).
DIR/shape.pb      the TensorProto [3, 2] (int64), DIR/shape.npy the same.
DIR/shape_i32.pb  [3, 2] as int32 (wrong dtype).
DIR/shape_3.pb    [6, 1, 1] as int64 (wrong shape: 3 elements).
DIR/garbage.pb    bytes that are no TensorProto (garbage.npy: no .npy).
"""

import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main():
    out = sys.argv[1]
    graph = helper.make_graph(
        [helper.make_node("Reshape", ["x", "shape"], ["y"], name="reshape")],
        "reshape",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3]),
         helper.make_tensor_value_info("shape", TensorProto.INT64, [2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3, 2])])
    model = helper.make_model(graph, producer_name="dlc-lit-tests",
                              opset_imports=[helper.make_opsetid("", 13)])
    write(os.path.join(out, "reshape.onnx"), model.SerializeToString())
    shape = np.array([3, 2], np.int64)
    write(os.path.join(out, "shape.pb"),
          numpy_helper.from_array(shape, "shape").SerializeToString())
    np.save(os.path.join(out, "shape.npy"), shape)
    write(os.path.join(out, "shape_i32.pb"),
          numpy_helper.from_array(shape.astype(np.int32)).SerializeToString())
    write(os.path.join(out, "shape_3.pb"),
          numpy_helper.from_array(np.array([6, 1, 1], np.int64))
          .SerializeToString())
    write(os.path.join(out, "garbage.pb"), b"\xff\xff\xff\xff not a tensor")
    write(os.path.join(out, "garbage.npy"), b"not a numpy file")


if __name__ == "__main__":
    main()
