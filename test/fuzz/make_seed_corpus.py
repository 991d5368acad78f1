#!/usr/bin/env python3
"""Writes the seed corpus of onnx-import-fuzzer: small ONNX models covering
the op types the importer converts, across opsets 7 to 17, plus a few that
take its error paths (unsupported op, opset, data type, external data).

    make_seed_corpus.py [OUT_DIR]     (default: corpus/onnx-import next to
                                       this script)

The output is checked in (the fuzz smoke test does not need Python); run this
again only to change the seeds. Needs onnx and numpy (Debian's
/usr/bin/python3 has them). Each model is a few hundred bytes to a few KB.
Fuzzing finds regression inputs too: those are added to the directory by hand
(named regress-*.onnx) and this script leaves them alone.
"""

import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

F32 = TensorProto.FLOAT
F16 = TensorProto.FLOAT16
F64 = TensorProto.DOUBLE
BF16 = TensorProto.BFLOAT16
I8 = TensorProto.INT8
I32 = TensorProto.INT32
I64 = TensorProto.INT64
U8 = TensorProto.UINT8
BOOL = TensorProto.BOOL

SEEDS = {}


def seed(fn):
    SEEDS[fn.__name__] = fn
    return fn


def vi(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def init(name, value, dtype=np.float32):
    return numpy_helper.from_array(np.asarray(value, dtype=dtype), name)


def ints(name, values):
    return init(name, values, np.int64)


def iota(shape, dtype=np.float32):
    return (np.arange(int(np.prod(shape))) % 7).astype(dtype).reshape(shape)


def node(op, inputs, outputs, **attrs):
    return helper.make_node(op, inputs, outputs, **attrs)


def model(nodes, inputs, outputs, opset, inits=(), check=True):
    graph = helper.make_graph(nodes, "g", inputs, outputs, list(inits))
    m = helper.make_model(graph, producer_name="dlc-fuzz-seed",
                          opset_imports=[helper.make_opsetid("", opset)])
    m.ir_version = 7 if opset <= 15 else 8
    if check:
        onnx.checker.check_model(m)
        onnx.shape_inference.infer_shapes(m, check_type=True, strict_mode=True)
    return m


def x(shape=(2, 3), elem=F32, name="x"):
    return vi(name, elem, list(shape))


def y(rank, elem=F32, name="y"):
    return vi(name, elem, [None] * rank)


#===------------------------------------------------------------------------===#
# Elementwise
#===------------------------------------------------------------------------===#


@seed
def add_broadcast():
    return model([node("Add", ["x", "b"], ["y"])], [x((2, 3)), x((3,), name="b")],
                 [y(2)], 13)


@seed
def arith_chain_opset7():
    return model([node("Sub", ["x", "c"], ["t0"]), node("Mul", ["t0", "t0"], ["t1"]),
                  node("Div", ["t1", "c"], ["y"])],
                 [x((2, 3))], [y(2)], 7, [init("c", [1.0, 2.0, 4.0])])


@seed
def pow_opset12():
    return model([node("Pow", ["x", "e"], ["y"])], [x((4,))], [y(1)], 12,
                 [init("e", 2.0)])


@seed
def compare_where_opset16():
    return model([node("Less", ["a", "b"], ["lt"]), node("Greater", ["a", "b"], ["gt"]),
                  node("Equal", ["lt", "gt"], ["eq"]),
                  node("Where", ["eq", "a", "b"], ["y"])],
                 [x((2, 3), name="a"), x((1, 3), name="b")], [y(2)], 16)


@seed
def variadic_opset8():
    return model([node("Max", ["a", "b", "c"], ["m"]), node("Min", ["m", "c"], ["n"]),
                  node("Sum", ["m", "n", "a"], ["s"]), node("Mean", ["s", "b"], ["y"])],
                 [x((2, 3), name="a"), x((3,), name="b"), x((1, 3), name="c")],
                 [y(2)], 8)


@seed
def variadic_single_opset13():
    return model([node("Max", ["x"], ["y"])], [x((5,))], [y(1)], 13)


@seed
def unary_chain():
    ops = ["Neg", "Abs", "Sqrt", "Reciprocal", "Exp", "Log", "Erf", "Tanh",
           "Sigmoid", "Relu", "Identity"]
    nodes, prev = [], "x"
    for i, op in enumerate(ops):
        out = "y" if i == len(ops) - 1 else "t%d" % i
        nodes.append(node(op, [prev], [out]))
        prev = out
    return model(nodes, [x((2, 2))], [y(2)], 13)


@seed
def activations_opset14():
    return model([node("LeakyRelu", ["x"], ["a"], alpha=0.2),
                  node("HardSigmoid", ["a"], ["b"], alpha=0.3, beta=0.4),
                  node("HardSwish", ["b"], ["y"])], [x((3, 4))], [y(2)], 14)


@seed
def not_bool():
    return model([node("Not", ["x"], ["y"])], [x((4,), BOOL)], [y(1, BOOL)], 9)


@seed
def dropout_opset10():
    return model([node("Dropout", ["x"], ["y"], ratio=0.3)], [x((2, 3))], [y(2)], 10)


@seed
def dropout_opset12_training_false():
    return model([node("Dropout", ["x", "r", "t"], ["y"])], [x((2, 3))], [y(2)], 12,
                 [init("r", 0.5), init("t", False, np.bool_)])


@seed
def clip_opset9():
    return model([node("Clip", ["x"], ["y"], min=-1.0, max=1.0)], [x((6,))], [y(1)], 9)


@seed
def clip_opset13():
    return model([node("Clip", ["x", "lo", "hi"], ["y"])], [x((6,), I32)],
                 [y(1, I32)], 13, [init("lo", 0, np.int32), init("hi", 5, np.int32)])


@seed
def clip_opset11_max_only():
    return model([node("Clip", ["x", "", "hi"], ["y"])], [x((2, 2))], [y(2)], 11,
                 [init("hi", 6.0)])


@seed
def cast_opset13():
    return model([node("Cast", ["x"], ["a"], to=I64), node("Cast", ["a"], ["b"], to=F16),
                  node("Cast", ["b"], ["y"], to=F64)], [x((3,))], [y(1, F64)], 13)


#===------------------------------------------------------------------------===#
# Contractions, conv, pool, normalization
#===------------------------------------------------------------------------===#


@seed
def matmul_batched_opset9():
    return model([node("MatMul", ["a", "b"], ["y"])],
                 [x((2, 3, 4), name="a"), x((4, 5), name="b")], [y(3)], 9)


@seed
def gemm_opset11():
    return model([node("Gemm", ["a", "w", "c"], ["y"], alpha=0.5, beta=2.0, transB=1)],
                 [x((2, 4), name="a")], [y(2)], 11,
                 [init("w", iota((3, 4))), init("c", [1.0, 2.0, 3.0])])


@seed
def gemm_transa_opset7():
    return model([node("Gemm", ["a", "b", "c"], ["y"], transA=1)],
                 [x((4, 2), name="a"), x((4, 3), name="b"), x((1, 3), name="c")],
                 [y(2)], 7)


@seed
def conv_pads_strides():
    return model([node("Conv", ["x", "w", "b"], ["y"], kernel_shape=[3, 3],
                       pads=[1, 1, 1, 1], strides=[2, 2], dilations=[1, 1])],
                 [x((1, 2, 6, 6))], [y(4)], 11,
                 [init("w", iota((4, 2, 3, 3))), init("b", [0.0, 1.0, 2.0, 3.0])])


@seed
def conv_group_auto_pad_opset7():
    return model([node("Conv", ["x", "w"], ["y"], auto_pad="SAME_UPPER", group=2)],
                 [x((1, 4, 5, 5)), x((4, 2, 3, 3), name="w")], [y(4)], 7)


@seed
def conv_1d_dynamic_batch():
    return model([node("Conv", ["x", "w"], ["y"], strides=[2])],
                 [vi("x", F32, ["N", 3, 9]), x((2, 3, 3), name="w")], [y(3)], 13)


@seed
def conv_transpose():
    return model([node("ConvTranspose", ["x", "w"], ["y"], strides=[2, 2],
                       pads=[1, 1, 1, 1], output_padding=[1, 1])],
                 [x((1, 2, 4, 4)), x((2, 3, 3, 3), name="w")], [y(4)], 11)


@seed
def conv_transpose_output_shape():
    return model([node("ConvTranspose", ["x", "w", "b"], ["y"], strides=[2],
                       output_shape=[10])],
                 [x((1, 2, 5)), x((2, 1, 3), name="w"), x((1,), name="b")], [y(3)], 13)


@seed
def maxpool_ceil_opset12():
    return model([node("MaxPool", ["x"], ["y"], kernel_shape=[3, 3], strides=[2, 2],
                       ceil_mode=1, dilations=[1, 1])],
                 [x((1, 1, 6, 6))], [y(4)], 12)


@seed
def maxpool_opset7():
    return model([node("MaxPool", ["x"], ["y"], kernel_shape=[2], pads=[0, 1])],
                 [x((1, 2, 5))], [y(3)], 7)


@seed
def averagepool_opset11():
    return model([node("AveragePool", ["x"], ["y"], kernel_shape=[2, 2],
                       pads=[1, 1, 1, 1], count_include_pad=1)],
                 [x((1, 1, 4, 4))], [y(4)], 11)


@seed
def global_pools():
    return model([node("GlobalAveragePool", ["x"], ["a"]),
                  node("GlobalMaxPool", ["x"], ["b"]), node("Add", ["a", "b"], ["y"])],
                 [x((1, 3, 4, 4))], [y(4)], 13)


@seed
def batchnorm_opset9():
    c = [1.0, 2.0]
    return model([node("BatchNormalization", ["x", "s", "b", "m", "v"], ["y"],
                       epsilon=1e-3)],
                 [x((1, 2, 3, 3))], [y(4)], 9,
                 [init("s", c), init("b", c), init("m", c), init("v", c)])


@seed
def batchnorm_opset15():
    c = [0.5, 0.25, 1.0]
    return model([node("BatchNormalization", ["x", "s", "b", "m", "v"], ["y"])],
                 [x((2, 3))], [y(2)], 15,
                 [init("s", c), init("b", c), init("m", c), init("v", c)])


@seed
def layernorm_opset17():
    return model([node("LayerNormalization", ["x", "s", "b"], ["y"], axis=-1,
                       epsilon=1e-6)],
                 [x((2, 3, 4))], [y(3)], 17,
                 [init("s", np.ones(4)), init("b", np.zeros(4))])


@seed
def softmax_opset11_flatten():
    return model([node("Softmax", ["x"], ["y"], axis=1)], [x((2, 3, 4))], [y(3)], 11)


@seed
def softmax_opset13():
    return model([node("Softmax", ["x"], ["y"])], [vi("x", F32, ["N", 5])], [y(2)], 13)


#===------------------------------------------------------------------------===#
# Reductions
#===------------------------------------------------------------------------===#


@seed
def reduce_opset11():
    return model([node("ReduceSum", ["x"], ["a"], axes=[1], keepdims=0),
                  node("ReduceMean", ["x"], ["b"], axes=[-1]),
                  node("ReduceMax", ["b"], ["c"], keepdims=1),
                  node("ReduceMin", ["c"], ["y"], axes=[0, 1], keepdims=0)],
                 [x((2, 3, 4))], [y(1), vi("a", F32, [None, None])], 11)


@seed
def reduce_sum_opset13_axes_input():
    return model([node("ReduceSum", ["x", "axes"], ["y"], keepdims=1)],
                 [x((2, 3, 4))], [y(3)], 13, [ints("axes", [0, 2])])


@seed
def reduce_sum_opset13_noop():
    return model([node("ReduceSum", ["x"], ["y"], noop_with_empty_axes=1)],
                 [x((2, 3))], [y(2)], 13)


#===------------------------------------------------------------------------===#
# Shape and data movement
#===------------------------------------------------------------------------===#


@seed
def reshape_transpose_flatten():
    return model([node("Reshape", ["x", "s"], ["r"]),
                  node("Transpose", ["r"], ["t"], perm=[2, 0, 1]),
                  node("Flatten", ["t"], ["y"], axis=2)],
                 [x((2, 3, 4))], [y(2)], 13, [ints("s", [3, -1, 0])])


@seed
def reshape_allowzero_opset14():
    return model([node("Reshape", ["x", "s"], ["y"], allowzero=1)],
                 [x((2, 0, 3))], [y(2)], 14, [ints("s", [0, 6])])


@seed
def squeeze_unsqueeze_opset11():
    return model([node("Unsqueeze", ["x"], ["u"], axes=[0, 3]),
                  node("Squeeze", ["u"], ["y"], axes=[0])],
                 [x((2, 3))], [y(3)], 11)


@seed
def squeeze_unsqueeze_opset13():
    return model([node("Unsqueeze", ["x", "a"], ["u"]), node("Squeeze", ["u"], ["y"])],
                 [x((2, 3))], [y(2)], 13, [ints("a", [-1])])


@seed
def concat_split_opset11():
    return model([node("Concat", ["a", "b"], ["c"], axis=-1),
                  node("Split", ["c"], ["y", "z"], axis=1, split=[2, 3])],
                 [x((2, 2), name="a"), x((2, 3), name="b")], [y(2), y(2, name="z")], 11)


@seed
def split_opset13_input():
    return model([node("Split", ["x", "s"], ["y", "z", "w"], axis=0)],
                 [x((6, 2))], [y(2), y(2, name="z"), y(2, name="w")], 13,
                 [ints("s", [1, 2, 3])])


@seed
def split_equal_opset7():
    return model([node("Split", ["x"], ["y", "z"], axis=1)],
                 [x((2, 4))], [y(2), y(2, name="z")], 7)


@seed
def slice_opset9():
    return model([node("Slice", ["x"], ["y"], starts=[1, 0], ends=[3, -1], axes=[0, 1])],
                 [x((4, 5))], [y(2)], 9)


@seed
def slice_opset13_steps():
    return model([node("Slice", ["x", "st", "en", "ax", "sp"], ["y"])],
                 [x((4, 6))], [y(2)], 13,
                 [ints("st", [5, 0]), ints("en", [0, 4]), ints("ax", [1, 0]),
                  ints("sp", [-2, 1])])


@seed
def gather_axis():
    return model([node("Gather", ["x", "i"], ["y"], axis=1)],
                 [x((3, 4))], [y(3)], 13, [ints("i", [[0, 2], [3, -1]])])


@seed
def expand_tile():
    return model([node("Expand", ["x", "s"], ["e"]), node("Tile", ["e", "r"], ["y"])],
                 [x((3, 1))], [y(2)], 13, [ints("s", [3, 4]), ints("r", [2, 1])])


@seed
def constant_of_shape():
    return model([node("Shape", ["x"], ["s"]),
                  node("ConstantOfShape", ["s"], ["c"],
                       value=helper.make_tensor("v", I64, [1], [7])),
                  node("Cast", ["c"], ["d"], to=F32), node("Add", ["x", "d"], ["y"])],
                 [x((2, 3))], [y(2)], 12)


@seed
def pad_opset10_reflect():
    return model([node("Pad", ["x"], ["y"], pads=[0, 1, 0, 1], mode="reflect")],
                 [x((2, 3))], [y(2)], 10)


@seed
def pad_opset11_constant():
    return model([node("Pad", ["x", "p", "v"], ["y"], mode="constant")],
                 [x((2, 3))], [y(2)], 11, [ints("p", [1, 0, 0, 2]), init("v", 0.5)])


@seed
def pad_opset13_edge():
    return model([node("Pad", ["x", "p"], ["y"], mode="edge")],
                 [x((1, 2, 3))], [y(3)], 13, [ints("p", [0, 0, 1, 0, 0, 1])])


@seed
def resize_opset11_scales():
    return model([node("Resize", ["x", "roi", "sc"], ["y"], mode="linear",
                       coordinate_transformation_mode="align_corners")],
                 [x((1, 1, 2, 2))], [y(4)], 11,
                 [init("roi", np.zeros(0)), init("sc", [1.0, 1.0, 2.0, 2.0])])


@seed
def resize_opset13_sizes():
    return model([node("Resize", ["x", "", "", "sz"], ["y"], mode="nearest",
                       nearest_mode="floor")],
                 [x((1, 1, 3, 3))], [y(4)], 13, [ints("sz", [1, 1, 5, 4])])


@seed
def resize_opset10():
    return model([node("Resize", ["x", "sc"], ["y"])], [x((1, 1, 2, 3))], [y(4)], 10,
                 [init("sc", [1.0, 1.0, 2.0, 2.0])])


@seed
def upsample_opset7():
    return model([node("Upsample", ["x"], ["y"], scales=[1.0, 1.0, 2.0, 3.0])],
                 [x((1, 1, 2, 2))], [y(4)], 7)


@seed
def upsample_opset9():
    return model([node("Upsample", ["x", "sc"], ["y"], mode="nearest")],
                 [x((1, 2, 2))], [y(3)], 9, [init("sc", [1.0, 2.0, 2.0])])


@seed
def shape_start_end_opset15():
    return model([node("Shape", ["x"], ["y"], start=1, end=-1)],
                 [vi("x", F32, ["N", 3, 4, 5])], [y(1, I64)], 15)


@seed
def range_opset11():
    return model([node("Range", ["s", "l", "d"], ["y"])], [], [y(1, I64)], 11,
                 [ints("s", 1), ints("l", 10), ints("d", 3)])


@seed
def constants_opset13():
    return model([node("Constant", [], ["a"], value=helper.make_tensor("t", F32, [2], [1, 2])),
                  node("Constant", [], ["b"], value_float=3.0),
                  node("Constant", [], ["c"], value_floats=[1.0, 2.0]),
                  node("Constant", [], ["d"], value_int=4),
                  node("Constant", [], ["e"], value_ints=[5, 6]),
                  node("Add", ["a", "b"], ["f"]), node("Mul", ["f", "c"], ["g"]),
                  node("Add", ["d", "e"], ["h"]), node("Cast", ["h"], ["i"], to=F32),
                  node("Add", ["g", "i"], ["y"])],
                 [], [y(1)], 13)


#===------------------------------------------------------------------------===#
# Data types, initializers, symbolic dims, small networks
#===------------------------------------------------------------------------===#


@seed
def dtypes_initializers():
    """Initializers of each supported type, both raw and typed fields."""
    nodes, outputs, inits = [], [], []
    for i, (elem, dtype) in enumerate([(F16, np.float16), (F64, np.float64),
                                       (I8, np.int8), (I32, np.int32),
                                       (U8, np.uint8), (BOOL, np.bool_)]):
        t = numpy_helper.from_array(np.arange(3).astype(dtype), "c%d" % i)
        inits.append(t)
        nodes.append(node("Identity", ["c%d" % i], ["o%d" % i]))
        outputs.append(y(1, elem, "o%d" % i))
    inits.append(helper.make_tensor("typed_f", F32, [2], [1.5, -2.0]))
    inits.append(helper.make_tensor("typed_i", I64, [2], [3, -4]))
    inits.append(helper.make_tensor("typed_h", F16, [1], [np.float16(1.0).view(np.uint16)]))
    for n in ["typed_f", "typed_i", "typed_h"]:
        nodes.append(node("Identity", [n], ["o_" + n]))
    outputs += [y(1, F32, "o_typed_f"), y(1, I64, "o_typed_i"), y(1, F16, "o_typed_h")]
    return model(nodes, [], outputs, 13, inits)


@seed
def bf16_identity():
    t = helper.make_tensor("c", BF16, [2], [0x3F80, 0x4000])
    return model([node("Identity", ["c"], ["y"])], [], [y(1, BF16)], 13, [t])


@seed
def large_weight_resource():
    """A weight with more elements than the inline limit (a dense resource)."""
    return model([node("MatMul", ["x", "w"], ["y"])], [x((1, 12))], [y(2)], 13,
                 [init("w", iota((12, 10)))])


@seed
def symbolic_dims():
    return model([node("Add", ["a", "b"], ["s"]), node("Relu", ["s"], ["y"])],
                 [vi("a", F32, ["batch", "seq", 8]), vi("b", F32, ["seq", 1])],
                 [y(3)], 13)


@seed
def initializer_in_inputs_opset8():
    return model([node("Add", ["x", "w"], ["y"])],
                 [x((2,)), x((2,), name="w")], [y(1)], 8, [init("w", [1.0, 2.0])])


@seed
def small_cnn():
    return model([node("Conv", ["x", "w1", "b1"], ["c"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
                  node("Relu", ["c"], ["r"]),
                  node("MaxPool", ["r"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
                  node("Flatten", ["p"], ["f"]),
                  node("Gemm", ["f", "w2", "b2"], ["g"], transB=1),
                  node("Softmax", ["g"], ["y"], axis=1)],
                 [x((1, 1, 4, 4))], [y(2)], 11,
                 [init("w1", iota((2, 1, 3, 3))), init("b1", [0.0, 0.1]),
                  init("w2", iota((3, 8))), init("b2", [0.0, 0.0, 0.0])])


@seed
def attention_block():
    return model([node("MatMul", ["x", "wq"], ["q"]),
                  node("MatMul", ["x", "wk"], ["k"]),
                  node("Transpose", ["k"], ["kt"], perm=[0, 2, 1]),
                  node("MatMul", ["q", "kt"], ["s"]),
                  node("Div", ["s", "scale"], ["ss"]),
                  node("Softmax", ["ss"], ["a"], axis=-1),
                  node("MatMul", ["a", "x"], ["o"]),
                  node("Add", ["o", "x"], ["r"]),
                  node("LayerNormalization", ["r", "g"], ["y"])],
                 [vi("x", F32, ["B", 3, 4])], [y(3)], 17,
                 [init("wq", iota((4, 4))), init("wk", iota((4, 4))),
                  init("scale", 2.0), init("g", np.ones(4))])


@seed
def shape_arith_reshape():
    """Shape -> Gather -> Concat -> Reshape, the pattern exporters emit."""
    return model([node("Shape", ["x"], ["s"]),
                  node("Gather", ["s", "i0"], ["n"], axis=0),
                  node("Unsqueeze", ["n", "a0"], ["n1"]),
                  node("Concat", ["n1", "m1"], ["ns"], axis=0),
                  node("Reshape", ["x", "ns"], ["y"])],
                 [vi("x", F32, ["N", 2, 3])], [y(2)], 13,
                 [ints("i0", 0), ints("a0", [0]), ints("m1", [-1])])


@seed
def functions_sce_mvn():
    """Ops imported as their ONNX function bodies: SoftmaxCrossEntropyLoss
    (whose body uses NegativeLogLikelihoodLoss, a function too) and
    MeanVarianceNormalization; and LogSoftmax, Hardmax."""
    return model([node("SoftmaxCrossEntropyLoss", ["x", "t", "w"], ["l", "p"],
                       reduction="mean", ignore_index=1),
                  node("MeanVarianceNormalization", ["p"], ["m"], axes=[0, 2]),
                  node("LogSoftmax", ["m"], ["ls"], axis=1),
                  node("Hardmax", ["ls"], ["y"])],
                 [x((3, 5, 2)), vi("t", I64, [3, 2])], [y(3), y(0, F32, "l")],
                 13, [init("w", np.ones(5))])


#===------------------------------------------------------------------------===#
# Error paths
#===------------------------------------------------------------------------===#


@seed
def err_unsupported_op():
    return model([node("TopK", ["x", "k"], ["v", "i"]), node("Relu", ["v"], ["y"])],
                 [x((5,))], [y(1)], 11, [ints("k", [2])])


@seed
def err_opset18():
    return model([node("Relu", ["x"], ["y"])], [x((2,))], [y(1)], 18, check=False)


@seed
def err_external_data():
    t = TensorProto(name="w", data_type=F32, dims=[2])
    t.data_location = TensorProto.EXTERNAL
    e = t.external_data.add()
    e.key, e.value = "location", "weights.bin"
    return model([node("Add", ["x", "w"], ["y"])], [x((2,))], [y(1)], 13, [t],
                 check=False)


@seed
def err_shape_conflict():
    """The declared output shape disagrees with inference."""
    return model([node("Relu", ["x"], ["y"])], [x((2, 3))],
                 [vi("y", F32, [3, 2])], 13, check=False)


@seed
def err_dropout_mask():
    return model([node("Dropout", ["x"], ["y", "m"])], [x((2,))],
                 [y(1), y(1, BOOL, "m")], 13)


@seed
def err_truncated():
    data = small_cnn().SerializeToString()
    return data[: len(data) // 2]


@seed
def err_not_protobuf():
    return b"ir_version: 7\ngraph { node { op_type: \"Relu\" } }\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "corpus", "onnx-import")
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        if name.startswith("seed-"):
            os.remove(os.path.join(out_dir, name))
    total = 0
    for name, fn in SEEDS.items():
        data = fn()
        if not isinstance(data, bytes):
            data = data.SerializeToString()
        with open(os.path.join(out_dir, "seed-%s.onnx" % name), "wb") as f:
            f.write(data)
        total += len(data)
    print("wrote %d seeds, %d bytes, to %s" % (len(SEEDS), total, out_dir))


if __name__ == "__main__":
    main()
