#!/usr/bin/env python3
"""Writes the small ONNX models that the importer's lit tests read.

    make_model.py CASE OUT.onnx          write one case to OUT.onnx
    make_model.py -d DIR CASE...         write each case to DIR/CASE.onnx
    make_model.py --list                 print the names of all cases

Cases that use external data also write their data file next to the model.
A few error cases write bytes that are not a valid model (text, truncated or
corrupted protobufs, an empty file).

Every model is tiny so that the whole test directory runs in a few seconds.
Graph outputs usually declare only their rank (`[None] * rank`), so the
result types the tests check are the importer's own inference, not copied
from the model.
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
U32 = TensorProto.UINT32
U64 = TensorProto.UINT64
BOOL = TensorProto.BOOL
STRING = TensorProto.STRING

CASES = {}


def case(fn):
    """Registers `fn` as the case named like the function. `fn(path)` returns
    a ModelProto (saved to `path`), raw bytes (written as they are), or None
    when it wrote `path` itself."""
    CASES[fn.__name__] = fn
    return fn


#===------------------------------------------------------------------------===#
# Helpers
#===------------------------------------------------------------------------===#


def vi(name, elem, shape):
    """A tensor value info; `shape` entries are ints, dim_param strings or
    None (unknown)."""
    return helper.make_tensor_value_info(name, elem, shape)


def x_in(shape, elem=F32, name="x"):
    return vi(name, elem, shape)


def out(name, rank, elem=F32):
    """A graph output that declares its element type and rank only."""
    return vi(name, elem, [None] * rank)


def init(name, value, dtype=np.float32):
    return numpy_helper.from_array(np.asarray(value, dtype=dtype), name)


def iota(shape, dtype=np.float32):
    return np.arange(int(np.prod(shape)), dtype=dtype).reshape(shape)


def ints(name, values):
    return init(name, values, np.int64)


def node(op, inputs, outputs, name=None, domain=None, **attrs):
    return helper.make_node(op, inputs, outputs, name=name or outputs[0],
                            domain=domain, **attrs)


def const_node(name, value):
    """A Constant node producing `name` (with a `value` tensor)."""
    return helper.make_node("Constant", [], [name], name=name,
                            value=numpy_helper.from_array(np.asarray(value)))


def model(nodes, inputs, outputs, inits=(), opset=13, extra_opsets=(),
          ir_version=None):
    graph = helper.make_graph(nodes, "test", inputs, outputs, list(inits))
    opsets = [helper.make_opsetid("", opset)]
    opsets += [helper.make_opsetid(d, v) for d, v in extra_opsets]
    m = helper.make_model(graph, opset_imports=opsets,
                          producer_name="dlc-lit-tests")
    if ir_version is not None:
        m.ir_version = ir_version
    return m


def unary_model(op, shape, out_rank=None, opset=13, elem=F32, out_elem=None,
                inputs_extra=(), inits=(), **attrs):
    """One node `op(x, *inputs_extra) -> y`."""
    n = node(op, ["x", *inputs_extra], ["y"], name=op.lower(), **attrs)
    return model([n], [x_in(shape, elem)],
                 [out("y", len(shape) if out_rank is None else out_rank,
                      out_elem or elem)],
                 inits, opset)


#===------------------------------------------------------------------------===#
# Elementwise
#===------------------------------------------------------------------------===#


@case
def binary_arith(path):
    """Add, Sub, Mul, Div with broadcasting ([2,3] op [3], [2,1] and a
    scalar)."""
    nodes = [
        node("Add", ["a", "b"], ["add"]),
        node("Sub", ["a", "c"], ["sub"]),
        node("Mul", ["s", "a"], ["mul"]),
        node("Div", ["a", "b"], ["div"]),
    ]
    return model(nodes,
                 [vi("a", F32, [2, 3]), vi("b", F32, [3]), vi("c", F32, [2, 1])],
                 [out("add", 2), out("sub", 2), out("mul", 2), out("div", 2)],
                 [init("s", 2.0)])


@case
def binary_int(path):
    """Integer Add and Sub (opset 7 broadcasting)."""
    nodes = [node("Add", ["a", "b"], ["add"]),
             node("Sub", ["add", "b"], ["sub"])]
    return model(nodes, [vi("a", I64, [4, 1]), vi("b", I64, [5])],
                 [out("sub", 2, I64)], opset=7)


@case
def pow_mixed(path):
    """Pow with a float exponent and (opset 12+) an integer one."""
    nodes = [node("Pow", ["x", "e"], ["p"]),
             node("Pow", ["p", "k"], ["y"])]
    return model(nodes, [x_in([2, 3])], [out("y", 2)],
                 [init("e", [0.5, 1.0, 2.0]), ints("k", 3)], opset=13)


@case
def compare(path):
    """Equal, Less, Greater (bool results) and Where."""
    nodes = [
        node("Equal", ["a", "b"], ["eq"]),
        node("Less", ["a", "b"], ["lt"]),
        node("Greater", ["a", "zero"], ["gt"]),
        node("Where", ["lt", "a", "b"], ["w"]),
    ]
    return model(nodes, [vi("a", F32, [2, 3]), vi("b", F32, [3])],
                 [out("eq", 2, BOOL), out("lt", 2, BOOL), out("gt", 2, BOOL),
                  out("w", 2)],
                 [init("zero", 0.0)])


@case
def equal_int_opset7(path):
    """Equal-7 is defined on integers only."""
    return model([node("Equal", ["a", "b"], ["eq"])],
                 [vi("a", I32, [3]), vi("b", I32, [3])],
                 [out("eq", 1, BOOL)], opset=7)


UNARY_FLOAT = ["Neg", "Abs", "Sqrt", "Reciprocal", "Exp", "Log", "Erf",
               "Tanh", "Sigmoid", "Relu", "Identity", "HardSwish"]


@case
def unary(path):
    """Every attribute-less unary op, each applied to the input."""
    nodes = [node(op, ["x"], [op.lower()]) for op in UNARY_FLOAT]
    return model(nodes, [x_in([2, 3])],
                 [out(op.lower(), 2) for op in UNARY_FLOAT], opset=14)


@case
def unary_int(path):
    """Neg, Abs, Relu (opset 14) and Identity on integers; Not on bool."""
    nodes = [node("Neg", ["i"], ["neg"]), node("Abs", ["neg"], ["abs"]),
             node("Relu", ["abs"], ["relu"]),
             node("Identity", ["relu"], ["id"]),
             node("Not", ["b"], ["not"])]
    return model(nodes, [vi("i", I32, [4]), vi("b", BOOL, [2, 2])],
                 [out("id", 1, I32), out("not", 2, BOOL)], opset=14)


@case
def activations(path):
    """LeakyRelu and HardSigmoid with default and explicit attributes."""
    nodes = [
        node("LeakyRelu", ["x"], ["lr_default"]),
        node("LeakyRelu", ["x"], ["lr"], alpha=0.25),
        node("HardSigmoid", ["x"], ["hs_default"]),
        node("HardSigmoid", ["x"], ["hs"], alpha=0.125, beta=0.75),
    ]
    return model(nodes, [x_in([4])],
                 [out(n, 1) for n in ["lr_default", "lr", "hs_default", "hs"]])


def variadic(count):
    names = [f"x{i}" for i in range(count)]
    nodes = [node(op, names, [op.lower()]) for op in ["Max", "Min", "Sum",
                                                       "Mean"]]
    # x0 [2,3], x1 [3], x2 [1,3]: the results broadcast to [2,3].
    shapes = [[2, 3], [3], [1, 3]]
    return model(nodes, [vi(n, F32, s) for n, s in zip(names, shapes)],
                 [out(op, 2) for op in ["max", "min", "sum", "mean"]])


@case
def variadic_1(path):
    """Max, Min, Sum, Mean of one input: identities."""
    return variadic(1)


@case
def variadic_2(path):
    return variadic(2)


@case
def variadic_3(path):
    """Three inputs fold left; Mean divides by 3."""
    return variadic(3)


@case
def variadic_int(path):
    """Max and Min of int64 (opset 13; Sum and Mean are float-only)."""
    nodes = [node("Max", ["a", "b"], ["max"]), node("Min", ["a", "b"], ["min"])]
    return model(nodes, [vi("a", I64, [3]), vi("b", I64, [1])],
                 [out("max", 1, I64), out("min", 1, I64)])


@case
def clip_opset7(path):
    """Clip-6 attributes: both bounds, min only, neither."""
    nodes = [node("Clip", ["x"], ["both"], min=-1.0, max=6.0),
             node("Clip", ["x"], ["lo"], min=0.0),
             node("Clip", ["x"], ["none"])]
    return model(nodes, [x_in([4])], [out(n, 1) for n in ["both", "lo",
                                                         "none"]], opset=7)


@case
def clip_opset10(path):
    """Clip-6 attributes at opset 10: max only."""
    return unary_model("Clip", [4], opset=10, max=1.5)


@case
def clip_opset11(path):
    """Clip-11 inputs: both bounds, max only (empty min name), min only,
    neither."""
    nodes = [node("Clip", ["x", "lo", "hi"], ["both"]),
             node("Clip", ["x", "", "hi"], ["hi_only"]),
             node("Clip", ["x", "lo"], ["lo_only"]),
             node("Clip", ["x"], ["none"])]
    return model(nodes, [x_in([4])],
                 [out(n, 1) for n in ["both", "hi_only", "lo_only", "none"]],
                 [init("lo", -1.0), init("hi", 6.0)], opset=11)


@case
def clip_opset13_int(path):
    """Clip-12+ on integers, the bounds given as graph inputs."""
    nodes = [node("Clip", ["x", "lo", "hi"], ["y"])]
    return model(nodes, [x_in([4], I32), vi("lo", I32, []), vi("hi", I32, [])],
                 [out("y", 1, I32)], opset=13)


@case
def cast(path):
    """Cast to several element types."""
    targets = [("f16", F16), ("f64", F64), ("i8", I8), ("i32", I32),
               ("i64", I64), ("u8", U8), ("bool", BOOL), ("bf16", BF16)]
    nodes = [node("Cast", ["x"], [n], to=t) for n, t in targets]
    return model(nodes, [x_in([2, 3])], [out(n, 2, t) for n, t in targets])


@case
def cast_opset7(path):
    """Cast-6: `to` is an INT attribute too; bool to float."""
    return unary_model("Cast", [3], opset=7, elem=BOOL, out_elem=F32, to=F32)


@case
def dropout_opset7(path):
    """Dropout-7 (ratio attribute): the identity at inference."""
    return unary_model("Dropout", [2, 3], opset=7, ratio=0.3)


@case
def dropout_opset12(path):
    """Dropout-12: ratio and training_mode inputs; training_mode false."""
    return unary_model("Dropout", [2, 3], opset=12,
                       inputs_extra=["ratio", "training"],
                       inits=[init("ratio", 0.5),
                              init("training", False, np.bool_)])


@case
def dropout_training_zero_ratio(path):
    """Dropout-13 in training mode at ratio 0, its mask used."""
    n = node("Dropout", ["x", "ratio", "training"], ["y", "mask"])
    return model([n], [x_in([2, 3])], [out("y", 2), out("mask", 2, BOOL)],
                 [init("ratio", 0.0), init("training", True, np.bool_)])


@case
def dropout_opset13_no_training(path):
    """Dropout-13 with only the data input."""
    return unary_model("Dropout", [2, 3], opset=13)


#===------------------------------------------------------------------------===#
# Contractions, convolution, pooling
#===------------------------------------------------------------------------===#


def conv_weights(const_nodes):
    w = iota([4, 3, 3, 3]) / 100
    b = np.array([1, 2, 3, 4], np.float32)
    if const_nodes:
        return [const_node("w", w.astype(np.float32)), const_node("b", b)], []
    return [], [init("w", w), init("b", b)]


def conv_pads_model(const_nodes):
    consts, inits = conv_weights(const_nodes)
    conv = node("Conv", ["x", "w", "b"], ["y"], name="conv0",
                pads=[1, 1, 1, 1], strides=[2, 2], kernel_shape=[3, 3])
    return model(consts + [conv], [x_in([1, 3, 8, 8])], [out("y", 4)], inits)


@case
def conv_pads(path):
    """Conv with bias, pads, strides and kernel_shape; weights are
    initializers."""
    return conv_pads_model(False)


@case
def conv_pads_const_nodes(path):
    """conv_pads with the weights as Constant nodes instead."""
    return conv_pads_model(True)


@case
def conv_group_dilation(path):
    """Grouped, dilated Conv without bias, asymmetric pads."""
    conv = node("Conv", ["x", "w"], ["y"], group=2, dilations=[2, 1],
                pads=[0, 1, 2, 0])
    return model([conv], [x_in([1, 4, 7, 7])], [out("y", 4)],
                 [init("w", np.ones([6, 2, 3, 3]))], opset=11)


@case
def conv_auto_pad(path):
    """Conv with auto_pad=SAME_UPPER and strides; and VALID."""
    nodes = [node("Conv", ["x", "w"], ["same"], auto_pad="SAME_UPPER",
                  strides=[2, 2]),
             node("Conv", ["x", "w"], ["valid"], auto_pad="VALID")]
    return model(nodes, [x_in([1, 2, 5, 5])], [out("same", 4), out("valid", 4)],
                 [init("w", np.ones([3, 2, 2, 2]))])


@case
def conv_1d(path):
    """1-D Conv (opset 7)."""
    conv = node("Conv", ["x", "w", "b"], ["y"], strides=[2])
    return model([conv], [x_in([2, 3, 10])], [out("y", 3)],
                 [init("w", np.ones([5, 3, 3])), init("b", np.zeros(5))],
                 opset=7)


@case
def conv_transpose(path):
    """ConvTranspose with strides, pads and output_padding; and one with
    output_shape."""
    nodes = [node("ConvTranspose", ["x", "w", "b"], ["y"], strides=[2, 2],
                  pads=[1, 1, 1, 1], output_padding=[1, 1]),
             node("ConvTranspose", ["x", "w"], ["z"], strides=[2, 2],
                  output_shape=[9, 9])]
    return model(nodes, [x_in([1, 2, 4, 4])], [out("y", 4), out("z", 4)],
                 [init("w", np.ones([2, 3, 3, 3])), init("b", np.zeros(3))])


@case
def conv_transpose_group(path):
    """ConvTranspose with group=2, dilations, opset 7."""
    n = node("ConvTranspose", ["x", "w"], ["y"], group=2, dilations=[2, 2])
    return model([n], [x_in([1, 4, 3, 3])], [out("y", 4)],
                 [init("w", np.ones([4, 1, 2, 2]))], opset=7)


@case
def pool(path):
    """MaxPool (pads, strides, ceil_mode, dilations) and AveragePool
    (count_include_pad), opset 12."""
    nodes = [node("MaxPool", ["x"], ["max"], kernel_shape=[3, 3],
                  strides=[2, 2], pads=[1, 1, 1, 1]),
             node("MaxPool", ["x"], ["max_ceil"], kernel_shape=[2, 2],
                  strides=[2, 2], ceil_mode=1, dilations=[1, 1]),
             node("AveragePool", ["x"], ["avg"], kernel_shape=[2, 2],
                  pads=[1, 1, 0, 0], count_include_pad=1),
             node("AveragePool", ["x"], ["avg_same"], kernel_shape=[3, 3],
                  auto_pad="SAME_LOWER")]
    return model(nodes, [x_in([1, 2, 5, 5])],
                 [out(n, 4) for n in ["max", "max_ceil", "avg", "avg_same"]],
                 opset=12)


@case
def pool_opset7(path):
    """MaxPool-8 and AveragePool-7 at opset 8 (no ceil_mode)."""
    nodes = [node("MaxPool", ["x"], ["max"], kernel_shape=[2, 2],
                  storage_order=0),
             node("AveragePool", ["x"], ["avg"], kernel_shape=[2, 2],
                  strides=[2, 2])]
    return model(nodes, [x_in([1, 1, 4, 4])], [out("max", 4), out("avg", 4)],
                 opset=8)


@case
def pool_int8(path):
    """MaxPool on uint8 (opset 12)."""
    return unary_model("MaxPool", [1, 1, 4, 4], opset=12, elem=U8,
                       kernel_shape=[2, 2], strides=[2, 2])


@case
def global_pool(path):
    nodes = [node("GlobalAveragePool", ["x"], ["gap"]),
             node("GlobalMaxPool", ["x"], ["gmp"])]
    return model(nodes, [x_in([2, 3, 5, 7])], [out("gap", 4), out("gmp", 4)])


@case
def gemm(path):
    """Gemm with transB, alpha, beta and a broadcast C."""
    n = node("Gemm", ["a", "b", "c"], ["y"], transB=1, alpha=0.5, beta=2.0)
    return model([n], [vi("a", F32, [2, 4])], [out("y", 2)],
                 [init("b", iota([3, 4])), init("c", [1, 2, 3])])


@case
def gemm_no_c(path):
    """Gemm without C (opset 11+) and with transA."""
    n = node("Gemm", ["a", "b"], ["y"], transA=1)
    return model([n], [vi("a", F32, [4, 2]), vi("b", F32, [4, 3])],
                 [out("y", 2)], opset=11)


@case
def gemm_opset7(path):
    """Gemm-7: C is required."""
    n = node("Gemm", ["a", "b", "c"], ["y"])
    return model([n], [vi("a", F32, [2, 4]), vi("b", F32, [4, 3]),
                       vi("c", F32, [])], [out("y", 2)], opset=7)


@case
def matmul(path):
    """MatMul: 2-D, batched with broadcasting, and with 1-D operands."""
    nodes = [node("MatMul", ["a", "b"], ["mm"]),
             node("MatMul", ["batch", "b"], ["bmm"]),
             node("MatMul", ["v", "b"], ["vm"]),
             node("MatMul", ["a", "u"], ["mv"])]
    return model(nodes, [vi("a", F32, [2, 4]), vi("b", F32, [4, 3]),
                         vi("batch", F32, [5, 2, 4]), vi("v", F32, [4]),
                         vi("u", F32, [4])],
                 [out("mm", 2), out("bmm", 3), out("vm", 1), out("mv", 1)])


#===------------------------------------------------------------------------===#
# Normalization and softmax
#===------------------------------------------------------------------------===#


def bn_inits():
    return [init("scale", [1, 2, 3]), init("bias", [0, 0, 1]),
            init("mean", [0.5, 0.5, 0.5]), init("var", [1, 1, 4])]


@case
def batchnorm_opset7(path):
    """BatchNormalization-7 with the spatial attribute (1) and epsilon."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y"], epsilon=1e-3, spatial=1)
    return model([n], [x_in([1, 3, 2, 2])], [out("y", 4)], bn_inits(), opset=7)


@case
def batchnorm_opset9(path):
    """BatchNormalization-9 (no spatial) with momentum."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y"], momentum=0.8)
    return model([n], [x_in([2, 3, 4])], [out("y", 3)], bn_inits(), opset=9)


@case
def batchnorm_opset14(path):
    """BatchNormalization-14 with training_mode=0."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y"], training_mode=0)
    return model([n], [x_in([1, 3, 2, 2])], [out("y", 4)], bn_inits(),
                 opset=14)


@case
def batchnorm_opset15(path):
    """BatchNormalization-15 (f16 data, f16 statistics)."""
    inits = [init("scale", [1, 2, 3], np.float16),
             init("bias", [0, 0, 1], np.float16),
             init("mean", [0, 0, 0], np.float16),
             init("var", [1, 1, 1], np.float16)]
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y"], epsilon=1e-2)
    return model([n], [x_in([1, 3, 2], F16)], [out("y", 3, F16)], inits,
                 opset=15)


@case
def layernorm(path):
    """LayerNormalization-17 with and without B, axis and epsilon."""
    nodes = [node("LayerNormalization", ["x", "g", "b"], ["y"]),
             node("LayerNormalization", ["x", "g2"], ["z"], axis=1,
                  epsilon=1e-3)]
    return model(nodes, [x_in([2, 3, 4])], [out("y", 3), out("z", 3)],
                 [init("g", np.ones(4)), init("b", np.zeros(4)),
                  init("g2", np.ones([3, 4]))], opset=17)


@case
def softmax_opset11_flatten(path):
    """Softmax-11 on a 3-D input with axis=1: normalizes over dims 1 and 2
    (flatten to 2-D, softmax, reshape back)."""
    return unary_model("Softmax", [2, 3, 4], opset=11, axis=1)


@case
def softmax_opset11_default(path):
    """Softmax-11 with the default axis (1) on a 3-D input."""
    return unary_model("Softmax", [2, 3, 4], opset=11)


@case
def softmax_opset11_last(path):
    """Softmax-11 over the last axis (axis=-1): a plain softmax."""
    return unary_model("Softmax", [2, 3, 4], opset=11, axis=-1)


@case
def softmax_opset13(path):
    """Softmax-13 axis=1 on a 3-D input: only dim 1."""
    return unary_model("Softmax", [2, 3, 4], opset=13, axis=1)


@case
def softmax_opset13_default(path):
    """Softmax-13 with its default axis (-1)."""
    return unary_model("Softmax", [2, 3, 4], opset=13)


@case
def softmax_opset11_dynamic(path):
    """Softmax-11 over several dims of a dynamic input (rejected)."""
    return model([node("Softmax", ["x"], ["y"], axis=1)],
                 [x_in(["n", 3, 4])], [out("y", 3)], opset=11)


#===------------------------------------------------------------------------===#
# Reductions
#===------------------------------------------------------------------------===#


@case
def reduce_sum_opset11(path):
    """ReduceSum-11: axes attribute, keepdims=0."""
    return unary_model("ReduceSum", [2, 3, 4], out_rank=1, opset=11,
                       axes=[0, -1], keepdims=0)


@case
def reduce_sum_opset13(path):
    """ReduceSum-13: axes input (an initializer)."""
    return unary_model("ReduceSum", [2, 3, 4], opset=13, inputs_extra=["axes"],
                       inits=[ints("axes", [1])])


@case
def reduce_sum_opset13_const_axes(path):
    """ReduceSum-13: axes from a Constant node, keepdims=0."""
    nodes = [const_node("axes", np.array([0, 2], np.int64)),
             node("ReduceSum", ["x", "axes"], ["y"], keepdims=0)]
    return model(nodes, [x_in([2, 3, 4])], [out("y", 1)], opset=13)


@case
def reduce_sum_opset13_no_axes(path):
    """ReduceSum-13 without axes: all dims; with noop_with_empty_axes=1: the
    identity."""
    nodes = [node("ReduceSum", ["x"], ["all"]),
             node("ReduceSum", ["x"], ["noop"], noop_with_empty_axes=1)]
    return model(nodes, [x_in([2, 3])], [out("all", 2), out("noop", 2)])


@case
def reduce_sum_opset13_empty_axes(path):
    """ReduceSum-13 with an empty axes tensor: all dims, or (with
    noop_with_empty_axes) the identity."""
    nodes = [node("ReduceSum", ["x", "axes"], ["all"], keepdims=0),
             node("ReduceSum", ["x", "axes"], ["noop"],
                  noop_with_empty_axes=1)]
    return model(nodes, [x_in([2, 3])], [out("all", 0), out("noop", 2)],
                 [ints("axes", np.zeros(0))])


@case
def reduce_sum_opset13_dynamic_axes(path):
    """ReduceSum-13 whose axes are a graph input (rejected)."""
    return model([node("ReduceSum", ["x", "axes"], ["y"])],
                 [x_in([2, 3]), vi("axes", I64, [1])], [out("y", 2)])


@case
def reduce_others(path):
    """ReduceMean, ReduceMax, ReduceMin keep their axes attribute at 13."""
    nodes = [node("ReduceMean", ["x"], ["mean"], axes=[1]),
             node("ReduceMax", ["x"], ["max"], axes=[0, 2], keepdims=0),
             node("ReduceMin", ["x"], ["min"])]
    return model(nodes, [x_in([2, 3, 4])],
                 [out("mean", 3), out("max", 1), out("min", 3)])


@case
def reduce_opset7(path):
    """ReduceMean-1 at opset 7 with keepdims=0."""
    return unary_model("ReduceMean", [2, 3], out_rank=1, opset=7, axes=[1],
                       keepdims=0)


#===------------------------------------------------------------------------===#
# Shape and data movement
#===------------------------------------------------------------------------===#


@case
def reshape(path):
    """Reshape with a constant shape using 0 and -1."""
    return unary_model("Reshape", [2, 3, 4], out_rank=2,
                       inputs_extra=["shape"], inits=[ints("shape", [0, -1])])


@case
def reshape_allowzero(path):
    """Reshape-14 with allowzero=1 (a zero is a real 0 dim)."""
    return unary_model("Reshape", [0, 3], out_rank=3, opset=14,
                       inputs_extra=["shape"], inits=[ints("shape", [3, 0, 1])],
                       allowzero=1)


@case
def reshape_dynamic_shape(path):
    """Reshape whose shape is a graph input: result dims are `?`."""
    return model([node("Reshape", ["x", "s"], ["y"])],
                 [x_in([2, 3]), vi("s", I64, [2])], [out("y", 2)])


@case
def reshape_declared_output(path):
    """Reshape by a run-time shape, the graph output declaring its shape:
    ONNX's shape inference keeps the declared dims, which refine DLC's
    `?`."""
    return model([node("Reshape", ["x", "s"], ["y"])],
                 [x_in([2, 3]), vi("s", I64, [2])], [vi("y", F32, [3, 2])])


@case
def transpose(path):
    nodes = [node("Transpose", ["x"], ["perm"], perm=[1, 2, 0]),
             node("Transpose", ["x"], ["rev"])]
    return model(nodes, [x_in([2, 3, 4])], [out("perm", 3), out("rev", 3)])


@case
def flatten(path):
    nodes = [node("Flatten", ["x"], ["default"]),
             node("Flatten", ["x"], ["axis0"], axis=0),
             node("Flatten", ["x"], ["neg"], axis=-1)]
    return model(nodes, [x_in([2, 3, 4])],
                 [out("default", 2), out("axis0", 2), out("neg", 2)])


@case
def squeeze_opset11(path):
    """Squeeze-11 / Unsqueeze-11: axes attributes."""
    nodes = [node("Squeeze", ["x"], ["sq"], axes=[0, -1]),
             node("Squeeze", ["x"], ["sq_all"]),
             node("Unsqueeze", ["x"], ["unsq"], axes=[1, -1])]
    return model(nodes, [x_in([1, 3, 1])],
                 [out("sq", 1), out("sq_all", 1), out("unsq", 5)], opset=11)


@case
def squeeze_opset13(path):
    """Squeeze-13 / Unsqueeze-13: axes inputs."""
    nodes = [node("Squeeze", ["x", "sq_axes"], ["sq"]),
             node("Squeeze", ["x"], ["sq_all"]),
             node("Unsqueeze", ["x", "unsq_axes"], ["unsq"])]
    return model(nodes, [x_in([1, 3, 1])],
                 [out("sq", 2), out("sq_all", 1), out("unsq", 4)],
                 [ints("sq_axes", [0]), ints("unsq_axes", [0])])


@case
def unsqueeze_opset13_dynamic_axes(path):
    """Unsqueeze-13 whose axes are a graph input (rejected)."""
    return model([node("Unsqueeze", ["x", "axes"], ["y"])],
                 [x_in([3]), vi("axes", I64, [1])], [out("y", 2)])


@case
def concat(path):
    nodes = [node("Concat", ["a", "b", "c"], ["y"], axis=-1),
             node("Concat", ["a"], ["one"], axis=0)]
    return model(nodes, [vi("a", F32, [2, 1]), vi("b", F32, [2, 3]),
                         vi("c", F32, [2, 2])], [out("y", 2), out("one", 2)])


@case
def split_opset11(path):
    """Split-11: split attribute, negative axis."""
    n = node("Split", ["x"], ["a", "b"], axis=-1, split=[1, 3])
    return model([n], [x_in([2, 4])], [out("a", 2), out("b", 2)], opset=11)


@case
def split_opset13(path):
    """Split-13: split input."""
    n = node("Split", ["x", "split"], ["a", "b", "c"], axis=0)
    return model([n], [x_in([6, 2])], [out(n, 2) for n in "abc"],
                 [ints("split", [1, 2, 3])])


@case
def split_equal(path):
    """Split without sizes: equal parts, one per output (opset 13)."""
    n = node("Split", ["x"], ["a", "b", "c"], axis=1)
    return model([n], [x_in([2, 6])], [out(n, 2) for n in "abc"])


@case
def split_equal_opset7(path):
    """Split-2 without the split attribute at opset 7."""
    n = node("Split", ["x"], ["a", "b"])
    return model([n], [x_in([4])], [out("a", 1), out("b", 1)], opset=7)


@case
def split_uneven(path):
    """An equal split that does not divide the dim (rejected)."""
    n = node("Split", ["x"], ["a", "b"], axis=0)
    return model([n], [x_in([5])], [out("a", 1), out("b", 1)], opset=11)


@case
def slice_opset9(path):
    """Slice-1 at opset 9: starts/ends/axes attributes; and without axes."""
    nodes = [node("Slice", ["x"], ["axes"], starts=[1], ends=[1000], axes=[1]),
             node("Slice", ["x"], ["noaxes"], starts=[0, -3], ends=[1, -1])]
    return model(nodes, [x_in([3, 4])], [out("axes", 2), out("noaxes", 2)],
                 opset=9)


@case
def slice_opset10(path):
    """Slice-10: starts, ends and axes inputs."""
    n = node("Slice", ["x", "starts", "ends", "axes"], ["y"])
    return model([n], [x_in([3, 4])], [out("y", 2)],
                 [ints("starts", [1]), ints("ends", [3]), ints("axes", [0])],
                 opset=10)


@case
def slice_opset13_steps(path):
    """Slice-13 with axes and steps (a negative step), and with steps but no
    axes (empty name)."""
    nodes = [node("Slice", ["x", "starts", "ends", "axes", "steps"], ["y"]),
             node("Slice", ["x", "starts2", "ends2", "", "steps2"], ["z"])]
    return model(nodes, [x_in([4, 10])], [out("y", 2), out("z", 2)],
                 [ints("starts", [-1, 0]), ints("ends", [-1000, 10]),
                  ints("axes", [0, 1]), ints("steps", [-2, 3]),
                  ints("starts2", [0]), ints("ends2", [4]),
                  ints("steps2", [2])])


@case
def slice_dynamic(path):
    """Slice whose starts are a graph input: the sliced dim is `?`."""
    n = node("Slice", ["x", "starts", "ends", "axes"], ["y"])
    return model([n], [x_in([3, 4]), vi("starts", I64, [1])], [out("y", 2)],
                 [ints("ends", [3]), ints("axes", [1])])


@case
def gather(path):
    nodes = [node("Gather", ["table", "ids"], ["rows"]),
             node("Gather", ["table", "col"], ["cols"], axis=1)]
    return model(nodes, [vi("ids", I64, [2, 3])],
                 [out("rows", 3), out("cols", 1)],
                 [init("table", iota([5, 4])), ints("col", 2)])


@case
def gather_int32_indices(path):
    return model([node("Gather", ["x", "i"], ["y"], axis=-1)],
                 [x_in([2, 5]), vi("i", I32, [3])], [out("y", 2)], opset=11)


@case
def expand_tile(path):
    nodes = [node("Expand", ["x", "shape"], ["expanded"]),
             node("Tile", ["x", "repeats"], ["tiled"])]
    return model(nodes, [x_in([3, 1])], [out("expanded", 3), out("tiled", 2)],
                 [ints("shape", [2, 1, 4]), ints("repeats", [2, 3])])


@case
def constant_of_shape(path):
    """ConstantOfShape with an int64 value, and with the default (f32 0)."""
    nodes = [node("ConstantOfShape", ["shape"], ["ints"],
                  value=numpy_helper.from_array(np.array([7], np.int64))),
             node("ConstantOfShape", ["shape"], ["zeros"])]
    return model(nodes, [], [out("ints", 2, I64), out("zeros", 2)],
                 [ints("shape", [2, 3])])


@case
def constant_of_shape_dynamic(path):
    """ConstantOfShape of a shape computed at run time."""
    nodes = [node("Shape", ["x"], ["s"]),
             node("ConstantOfShape", ["s"], ["y"],
                  value=numpy_helper.from_array(np.array([1.5], np.float32)))]
    return model(nodes, [x_in(["n", 3])], [out("y", 2)])


@case
def pad_opset7(path):
    """Pad-2 at opset 7: pads and value attributes, constant and reflect
    mode."""
    nodes = [node("Pad", ["x"], ["const"], pads=[0, 1, 2, 3], value=1.5),
             node("Pad", ["x"], ["reflect"], pads=[1, 1, 1, 1],
                  mode="reflect")]
    return model(nodes, [x_in([3, 4])], [out("const", 2), out("reflect", 2)],
                 opset=7)


@case
def pad_opset10_edge(path):
    """Pad-2 at opset 10 in edge mode."""
    return unary_model("Pad", [2, 2], opset=10, pads=[1, 0, 0, 1],
                       mode="edge")


@case
def pad_opset11(path):
    """Pad-11: pads and constant_value inputs; and pads only."""
    nodes = [node("Pad", ["x", "pads", "value"], ["const"]),
             node("Pad", ["x", "pads"], ["zero"]),
             node("Pad", ["x", "pads"], ["reflect"], mode="reflect")]
    return model(nodes, [x_in([3, 4])],
                 [out("const", 2), out("zero", 2), out("reflect", 2)],
                 [ints("pads", [1, 0, 1, 2]), init("value", 2.5)], opset=11)


@case
def resize_opset10(path):
    """Resize-10: X and scales; nearest and linear."""
    nodes = [node("Resize", ["x", "scales"], ["nearest"]),
             node("Resize", ["x", "scales"], ["linear"], mode="linear")]
    return model(nodes, [x_in([1, 1, 2, 3])],
                 [out("nearest", 4), out("linear", 4)],
                 [init("scales", [1, 1, 2, 2])], opset=10)


@case
def resize_opset11_scales(path):
    """Resize-11 with roi and scales, linear and align_corners."""
    n = node("Resize", ["x", "roi", "scales"], ["y"], mode="linear",
             coordinate_transformation_mode="align_corners")
    return model([n], [x_in([1, 1, 2, 3])], [out("y", 4)],
                 [init("roi", np.zeros(0)), init("scales", [1, 1, 2, 3])],
                 opset=11)


@case
def resize_opset11_sizes(path):
    """Resize-11 with empty roi and scales tensors and sizes; cubic with its
    attributes."""
    n = node("Resize", ["x", "roi", "scales", "sizes"], ["y"], mode="cubic",
             cubic_coeff_a=-0.5, exclude_outside=1,
             coordinate_transformation_mode="pytorch_half_pixel")
    return model([n], [x_in([1, 1, 4, 4])], [out("y", 4)],
                 [init("roi", np.zeros(0)), init("scales", np.zeros(0)),
                  ints("sizes", [1, 1, 3, 5])], opset=11)


@case
def resize_opset13(path):
    """Resize-13: omitted roi and scales (empty names) with sizes; scales
    only; nearest with nearest_mode and tf_crop_and_resize with roi."""
    nodes = [node("Resize", ["x", "", "", "sizes"], ["sizes_out"],
                  mode="nearest", nearest_mode="floor",
                  coordinate_transformation_mode="asymmetric"),
             node("Resize", ["x", "", "scales"], ["scales_out"],
                  mode="nearest", nearest_mode="ceil"),
             node("Resize", ["x", "roi", "", "sizes"], ["crop"],
                  mode="linear",
                  coordinate_transformation_mode="tf_crop_and_resize",
                  extrapolation_value=-1.0)]
    return model(nodes, [x_in([1, 2, 4, 4])],
                 [out("sizes_out", 4), out("scales_out", 4), out("crop", 4)],
                 [ints("sizes", [1, 2, 8, 2]), init("scales", [1, 1, 0.5, 2]),
                  init("roi", [0, 0, 0, 0, 1, 1, 1, 1])], opset=13)


@case
def upsample_opset7(path):
    """Upsample-7: scales attribute, nearest and linear (bilinear)."""
    nodes = [node("Upsample", ["x"], ["nearest"], scales=[1.0, 1.0, 2.0, 3.0]),
             node("Upsample", ["x"], ["linear"], scales=[1.0, 1.0, 2.0, 2.0],
                  mode="linear")]
    return model(nodes, [x_in([1, 1, 2, 2])],
                 [out("nearest", 4), out("linear", 4)], opset=7)


@case
def upsample_opset9(path):
    """Upsample-9: scales input."""
    return unary_model("Upsample", [1, 1, 2, 2], opset=9,
                       inputs_extra=["scales"],
                       inits=[init("scales", [1, 1, 2, 2])])


@case
def shape_op(path):
    """Shape of a partly dynamic input; Shape-15 with start and end."""
    nodes = [node("Shape", ["x"], ["all"]),
             node("Shape", ["x"], ["tail"], start=1),
             node("Shape", ["x"], ["mid"], start=-2, end=-1)]
    return model(nodes, [x_in(["n", 3, 4])],
                 [out("all", 1, I64), out("tail", 1, I64), out("mid", 1, I64)],
                 opset=15)


@case
def shape_op_static(path):
    """Shape of a static input, whole and sliced."""
    nodes = [node("Shape", ["x"], ["all"]),
             node("Shape", ["x"], ["tail"], start=-2)]
    return model(nodes, [x_in([2, 3, 4])],
                 [out("all", 1, I64), out("tail", 1, I64)], opset=15)


@case
def shape_of_scalar_data(path):
    """The shape of a scalar ([]) broadcast against a one-element shape
    (Add-14): the result is empty. libonnx 1.12's data propagation reads out
    of bounds there; the importer skips it (found by the import fuzzer)."""
    nodes = [node("Shape", ["x"], ["sx"]),
             node("Shape", ["v"], ["sv"]),
             node("Add", ["sx", "sv"], ["sum"])]
    return model(nodes, [x_in([]), vi("v", F32, [3])],
                 [vi("sum", I64, ["n"])], opset=14)


@case
def slice_shape_huge_step(path):
    """A shape sliced backwards with a step beyond the int range: the last
    dim alone. libonnx 1.12's data propagation adds the step to an int index,
    which wraps it far out of bounds (found by the import fuzzer)."""
    nodes = [node("Shape", ["x"], ["sx"]),
             node("Slice", ["sx", "st", "en", "ax", "stp"], ["last"])]
    return model(nodes, [x_in([2, 3])], [vi("last", I64, ["m"])],
                 [ints("st", [-1]), ints("en", [-10]), ints("ax", [0]),
                  ints("stp", [-625296408577])], opset=14)


@case
def range_op(path):
    """Range with constant bounds (static length) and a dynamic limit."""
    nodes = [node("Range", ["start", "limit", "delta"], ["r"]),
             node("Range", ["fstart", "flimit", "fdelta"], ["dyn"])]
    return model(nodes, [vi("flimit", F32, [])],
                 [out("r", 1, I64), out("dyn", 1)],
                 [ints("start", 1), ints("limit", 10), ints("delta", 3),
                  init("fstart", 0.0), init("fdelta", 0.5)], opset=11)


#===------------------------------------------------------------------------===#
# Constants and weights
#===------------------------------------------------------------------------===#


@case
def constant_kinds(path):
    """Constant with value, value_float, value_floats, value_int and
    value_ints (opset 12+)."""
    nodes = [
        helper.make_node("Constant", [], ["tensor"], name="c_tensor",
                         value=numpy_helper.from_array(
                             np.array([[1, 2], [3, 4]], np.int32))),
        helper.make_node("Constant", [], ["float"], name="c_float",
                         value_float=0.5),
        helper.make_node("Constant", [], ["floats"], name="c_floats",
                         value_floats=[1.0, -2.0, 3.5]),
        helper.make_node("Constant", [], ["int"], name="c_int", value_int=-7),
        helper.make_node("Constant", [], ["ints"], name="c_ints",
                         value_ints=[4, 5, 6]),
    ]
    return model(nodes, [],
                 [out("tensor", 2, I32), out("float", 0), out("floats", 1),
                  out("int", 0, I64), out("ints", 1, I64)])


@case
def constant_opset9(path):
    """Constant-9 (value only), used by an Add."""
    nodes = [const_node("k", np.array([1, 2, 3], np.float32)),
             node("Add", ["x", "k"], ["y"])]
    return model(nodes, [x_in([2, 3])], [out("y", 2)], opset=9)


@case
def constant_sparse(path):
    """Constant with a sparse_value (rejected)."""
    values = numpy_helper.from_array(np.array([5.0], np.float32), "v")
    indices = numpy_helper.from_array(np.array([1], np.int64), "i")
    sparse = helper.make_sparse_tensor(values, indices, [3])
    n = helper.make_node("Constant", [], ["y"], name="sparse",
                         sparse_value=sparse)
    return model([n], [], [out("y", 1)])


@case
def dtypes(path):
    """Initializers of many element types, some stored in the typed fields
    (not raw_data), each returned by an Identity."""
    tensors = [
        numpy_helper.from_array(np.array([1.5, -2], np.float32), "f32"),
        helper.make_tensor("f32_field", F32, [2], [0.25, 4.0]),
        numpy_helper.from_array(np.array([1, 2], np.float16), "f16"),
        # onnx.helper stores these as bit patterns in int32_data.
        helper.make_tensor("f16_field", F16, [2], [1.0, -2.0]),
        helper.make_tensor("bf16_field", BF16, [2], [1.0, -2.0]),
        numpy_helper.from_array(np.array([0.5, 3], np.float64), "f64"),
        helper.make_tensor("f64_field", F64, [1], [-1.25]),
        numpy_helper.from_array(np.array([-128, 127], np.int8), "i8"),
        helper.make_tensor("i8_field", I8, [2], [-3, 4]),
        numpy_helper.from_array(np.array([255, 0], np.uint8), "u8"),
        numpy_helper.from_array(np.array([-5, 70000], np.int32), "i32"),
        helper.make_tensor("i32_field", I32, [2], [-6, 7]),
        numpy_helper.from_array(np.array([2**40, -1], np.int64), "i64"),
        helper.make_tensor("i64_field", I64, [2], [-(2**33), 9]),
        helper.make_tensor("u32_field", U32, [2], [4000000000, 1]),
        helper.make_tensor("u64_field", U64, [1], [2**63 + 5]),
        numpy_helper.from_array(np.array([2**64 - 1], np.uint64), "u64"),
        numpy_helper.from_array(np.array([-3, 4], np.int16), "i16"),
        helper.make_tensor("u16_field", TensorProto.UINT16, [2], [65535, 1]),
        numpy_helper.from_array(np.array([True, False, True]), "bool"),
        helper.make_tensor("bool_field", BOOL, [2], [False, True]),
        numpy_helper.from_array(np.array(3.0, np.float32), "scalar"),
        numpy_helper.from_array(np.zeros([0, 3], np.float32), "empty"),
    ]
    nodes = [node("Identity", [t.name], ["out_" + t.name]) for t in tensors]
    outs = [vi("out_" + t.name, t.data_type, [None] * len(t.dims))
            for t in tensors]
    return model(nodes, [], outs, tensors)


@case
def dense_resource(path):
    """Weights above the inline limit (64 elements) become dense_resource
    blobs; 64 elements stay inline; a large Constant node too."""
    nodes = [node("Add", ["x", "big"], ["a"]),
             node("Add", ["a", "small"], ["b"]),
             const_node("big_const", np.full([5, 13], 2.0, np.float32)),
             node("Mul", ["b", "big_const"], ["y"])]
    return model(nodes, [x_in([5, 13])], [out("y", 2)],
                 [init("big", iota([5, 13])),
                  init("small", np.ones(13))])


@case
def dense_resource_64(path):
    """Exactly 64 elements: still inline (a splat)."""
    return unary_model("Add", [64], inputs_extra=["w"],
                       inits=[init("w", np.full(64, 0.5))])


@case
def initializers_in_inputs(path):
    """IR-3 style: initializers also listed as graph inputs (they do not
    become function arguments)."""
    n = node("Gemm", ["a", "w", "b"], ["y"])
    return model([n], [vi("a", F32, [1, 2]), vi("w", F32, [2, 2]),
                       vi("b", F32, [2])], [out("y", 2)],
                 [init("w", [[1, 2], [3, 4]]), init("b", [5, 6])],
                 opset=7, ir_version=3)


@case
def unnamed_nodes(path):
    """Nodes without names, and values used several times."""
    nodes = [helper.make_node("Relu", ["x"], ["r"]),
             helper.make_node("Add", ["r", "r"], ["y"])]
    return model(nodes, [x_in([2])], [out("y", 1)])


@case
def output_is_input(path):
    """A graph output that is a graph input, one that is an initializer,
    and a node output returned twice."""
    nodes = [node("Neg", ["x"], ["y"])]
    return model(nodes, [x_in([2])],
                 [out("y", 1), out("x", 1), out("w", 1)],
                 [init("w", [1, 2])])


#===------------------------------------------------------------------------===#
# Symbolic dims
#===------------------------------------------------------------------------===#


@case
def symbolic_batch(path):
    """A `batch` dim (and an unnamed dynamic dim) that flow through
    Gemm-free ops to the output."""
    nodes = [node("MatMul", ["x", "w"], ["mm"]),
             node("Relu", ["mm"], ["y"]),
             node("Add", ["x2", "x2"], ["z"])]
    return model(nodes, [vi("x", F32, ["batch", 4]),
                         vi("x2", F32, ["batch", None, 2])],
                 [out("y", 2), out("z", 3)], [init("w", np.ones([4, 3]))])


@case
def symbolic_two_names(path):
    """Two named dims, `batch` and `seq`, across two inputs."""
    nodes = [node("Add", ["a", "b"], ["y"])]
    return model(nodes, [vi("a", F32, ["batch", "seq"]),
                         vi("b", F32, ["batch", 1])], [out("y", 2)])


#===------------------------------------------------------------------------===#
# External data
#===------------------------------------------------------------------------===#


def save_external(m, path, location, threshold=0, convert_attribute=False):
    onnx.save_model(m, path, save_as_external_data=True,
                    all_tensors_to_one_file=True, location=location,
                    size_threshold=threshold,
                    convert_attribute=convert_attribute)


def external_model():
    nodes = [node("MatMul", ["x", "w"], ["mm"]),
             node("Add", ["mm", "b"], ["y"])]
    return model(nodes, [x_in([1, 2])], [out("y", 2)],
                 [init("w", [[1, 2, 3], [4, 5, 6]]), init("b", [7, 8, 9])])


@case
def external_data(path):
    """Both initializers in one external file (offsets and lengths)."""
    save_external(external_model(), path,
                  os.path.basename(path) + ".data")


@case
def external_data_constant(path):
    """A Constant node's tensor stored as external data, in a
    subdirectory."""
    m = model([const_node("k", np.array([1.0, 2.0, 3.0], np.float32)),
               node("Mul", ["x", "k"], ["y"])], [x_in([3])], [out("y", 1)])
    os.makedirs(os.path.join(os.path.dirname(path) or ".", "weights"),
                exist_ok=True)
    save_external(m, path, "weights/" + os.path.basename(path) + ".bin",
                  convert_attribute=True)


def set_external(t, location, offset=None, length=None):
    t.ClearField("raw_data")
    t.data_location = TensorProto.EXTERNAL
    del t.external_data[:]
    entries = [("location", location)]
    if offset is not None:
        entries.append(("offset", str(offset)))
    if length is not None:
        entries.append(("length", str(length)))
    for k, v in entries:
        e = t.external_data.add()
        e.key, e.value = k, v


def external_by_hand(path, location, data=None, offset=None, length=None):
    m = external_model()
    w = m.graph.initializer[0]
    if data is None:
        data = w.raw_data
    set_external(w, location, offset, length)
    if location and not os.path.isabs(location) and ".." not in location:
        with open(os.path.join(os.path.dirname(path) or ".", location),
                  "wb") as f:
            f.write(data)
    return m


@case
def external_data_by_hand(path):
    """External data fields set by hand: 8 bytes of padding, then the
    data (offset, no length)."""
    w = np.array([[1, 2, 3], [4, 5, 6]], np.float32).tobytes()
    return external_by_hand(path, os.path.basename(path) + ".raw",
                            b"PADDING!" + w, offset=8)


@case
def external_data_missing_file(path):
    """The data file does not exist."""
    m = external_model()
    set_external(m.graph.initializer[0], "no-such-weights.bin")
    return m


@case
def external_data_escape(path):
    """The data path leaves the model's directory."""
    m = external_model()
    set_external(m.graph.initializer[0], "../x")
    return m


@case
def external_data_absolute(path):
    m = external_model()
    set_external(m.graph.initializer[0], "/etc/passwd")
    return m


@case
def external_data_short(path):
    """The data file holds fewer bytes than offset + length."""
    return external_by_hand(path, os.path.basename(path) + ".raw",
                            b"\0" * 16, offset=4, length=24)


@case
def external_data_bad_offset(path):
    return external_by_hand(path, os.path.basename(path) + ".raw",
                            offset="12abc")


@case
def external_data_wrong_size(path):
    """The file's bytes do not match the tensor's shape (20 bytes for 6
    floats)."""
    return external_by_hand(path, os.path.basename(path) + ".raw",
                            b"\0" * 20)


#===------------------------------------------------------------------------===#
# Opset range
#===------------------------------------------------------------------------===#


def opset_model(opset):
    nodes = [node("Add", ["x", "x"], ["a"]), node("Relu", ["a"], ["y"])]
    return model(nodes, [x_in([2])], [out("y", 1)], opset=opset)


for _v in range(0, 19):
    CASES[f"opset{_v}"] = (lambda v: lambda path: opset_model(v))(_v)


@case
def opset_ai_onnx_domain(path):
    """The default domain imported as "ai.onnx" (nodes use "")."""
    m = opset_model(13)
    m.opset_import[0].domain = "ai.onnx"
    return m


@case
def opset_ai_onnx_nodes(path):
    """Nodes in domain "ai.onnx", the opset imported as ""."""
    m = opset_model(13)
    for n in m.graph.node:
        n.domain = "ai.onnx"
    return m


@case
def opset_ai_onnx_both(path):
    """"ai.onnx" for the opset import and the nodes."""
    m = opset_ai_onnx_nodes(path)
    m.opset_import[0].domain = "ai.onnx"
    return m


@case
def opset_extra_domain(path):
    """An unused custom domain imported besides the default one."""
    m = opset_model(11)
    m.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return m


@case
def opset_none(path):
    """Only a custom domain is imported."""
    m = opset_model(13)
    m.opset_import[0].domain = "com.example"
    return m


#===------------------------------------------------------------------------===#
# Math functions, activations, logic, Mod, BitShift, PRelu
#===------------------------------------------------------------------------===#


MATH_UNARY = ["Sign", "Ceil", "Floor", "Round", "Sin", "Cos", "Tan", "Asin",
              "Acos", "Atan", "Sinh", "Cosh", "Asinh", "Acosh", "Atanh",
              "Softplus", "Softsign", "IsNaN"]


@case
def math_unary(path):
    """Every new attribute-less unary op, each applied to the input."""
    nodes = [node(op, ["x"], [op.lower()]) for op in MATH_UNARY]
    outs = [out(op.lower(), 2, BOOL if op == "IsNaN" else F32)
            for op in MATH_UNARY]
    return model(nodes, [x_in([2, 3])], outs, opset=13)


@case
def math_activations(path):
    """The activations with attributes, once with defaults and once set;
    IsInf with its detect flags."""
    nodes = [
        node("Elu", ["x"], ["elu"]),
        node("Elu", ["x"], ["elu2"], alpha=2.0),
        node("Celu", ["x"], ["celu"], alpha=0.5),
        node("Selu", ["x"], ["selu"]),
        node("Selu", ["x"], ["selu2"], alpha=2.0, gamma=3.0),
        node("ThresholdedRelu", ["x"], ["thr"], alpha=0.5),
        node("Shrink", ["x"], ["shrink"]),
        node("Shrink", ["x"], ["shrink2"], bias=1.5, lambd=2.0),
        node("IsInf", ["x"], ["isinf"]),
        node("IsInf", ["x"], ["isinf_neg"], detect_positive=0),
    ]
    names = [n.output[0] for n in nodes]
    return model(nodes, [x_in([4])],
                 [out(n, 1, BOOL if n.startswith("isinf") else F32)
                  for n in names], opset=13)


@case
def logic_mod_shift(path):
    """And/Or/Xor with broadcasting, LessOrEqual/GreaterOrEqual, Mod (both
    forms) and BitShift (both directions)."""
    nodes = [
        node("And", ["p", "q"], ["and"]),
        node("Or", ["p", "q"], ["or"]),
        node("Xor", ["q", "p"], ["xor"]),
        node("LessOrEqual", ["a", "b"], ["le"]),
        node("GreaterOrEqual", ["a", "b"], ["ge"]),
        node("Mod", ["i", "j"], ["mod"]),
        node("Mod", ["a", "b"], ["fmod"], fmod=1),
        node("BitShift", ["u", "v"], ["shl"], direction="LEFT"),
        node("BitShift", ["u", "v"], ["shr"], direction="RIGHT"),
    ]
    return model(nodes,
                 [vi("p", BOOL, [2, 3]), vi("q", BOOL, [3]),
                  vi("a", F32, [2, 3]), vi("b", F32, [3]),
                  vi("i", I32, [4]), vi("j", I32, [4]),
                  vi("u", U8, [4]), vi("v", U8, [])],
                 [out("and", 2, BOOL), out("or", 2, BOOL), out("xor", 2, BOOL),
                  out("le", 2, BOOL), out("ge", 2, BOOL), out("mod", 1, I32),
                  out("fmod", 2), out("shl", 1, U8), out("shr", 1, U8)],
                 opset=16)


@case
def prelu(path):
    """PRelu with a per-channel slope (unidirectional broadcasting)."""
    return model([node("PRelu", ["x", "s"], ["y"])], [x_in([1, 3, 2, 2])],
                 [out("y", 4)], [init("s", np.ones([3, 1, 1]))], opset=16)


@case
def bit_shift_bad_direction(path):
    """BitShift with a direction that is neither LEFT nor RIGHT."""
    return model([node("BitShift", ["u", "u"], ["y"], direction="UP")],
                 [vi("u", U8, [4])], [out("y", 1, U8)], opset=11)


@case
def mod_float_no_fmod(path):
    """Float Mod needs fmod = 1 (ONNX's checker does not say so)."""
    return model([node("Mod", ["a", "a"], ["y"])], [x_in([4], name="a")],
                 [out("y", 1)], opset=13)


#===------------------------------------------------------------------------===#
# Old opsets (1 to 6)
#===------------------------------------------------------------------------===#


@case
def legacy_broadcast_axis(path):
    """Opset-6 broadcasting: B lined up with A from `axis` ([3, 4] at dim 1
    of [2, 3, 4, 5]), from the back without `axis`, and no broadcast."""
    nodes = [node("Add", ["a", "b"], ["add"], broadcast=1, axis=1),
             node("Mul", ["a", "c"], ["mul"], broadcast=1),
             node("Sub", ["a", "a"], ["sub"], axis=0)]
    return model(nodes,
                 [vi("a", F32, [2, 3, 4, 5]), vi("b", F32, [3, 4]),
                  vi("c", F32, [5])],
                 [out("add", 4), out("mul", 4), out("sub", 4)], opset=6)


@case
def legacy_broadcast_bad_axis(path):
    """Opset-6 broadcasting with an axis that leaves B sticking out of A."""
    return model([node("Add", ["a", "b"], ["y"], broadcast=1, axis=2)],
                 [vi("a", F32, [2, 3, 4]), vi("b", F32, [3, 4])],
                 [out("y", 3)], opset=6)


@case
def legacy_forms(path):
    """Opset-1 forms: Reshape's shape attribute, Concat's default axis (1),
    Pad's "paddings", Split sizes as an input, Relu's ignored
    consumed_inputs."""
    nodes = [
        node("Reshape", ["x"], ["r"], shape=[3, 2]),
        node("Concat", ["x", "x"], ["c"]),
        node("Pad", ["x"], ["p"], paddings=[0, 1, 0, 1]),
        node("Split", ["x", "sizes"], ["s0", "s1"], axis=1),
        node("Relu", ["x"], ["relu"], consumed_inputs=[0]),
    ]
    return model(nodes, [x_in([2, 3])],
                 [out("r", 2), out("c", 2), out("p", 2), out("s0", 2),
                  out("s1", 2), out("relu", 2)],
                 [ints("sizes", [1, 2])], opset=1)


@case
def legacy_cast(path):
    """Cast-1 names its target type in a string."""
    return unary_model("Cast", [3], opset=5, out_elem=I32, to="INT32")


@case
def legacy_batchnorm(path):
    """BatchNormalization-6 in test mode (is_test = 1)."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y"], is_test=1)
    return model([n], [x_in([1, 3, 2, 2])], [out("y", 4)], bn_inits(),
                 opset=6)


@case
def legacy_batchnorm_training(path):
    """BatchNormalization-6 without is_test runs in training mode."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y"])
    return model([n], [x_in([1, 3, 2, 2])], [out("y", 4)], bn_inits(),
                 opset=6)


@case
def legacy_dropout_training(path):
    """Dropout-6 with is_test = 0."""
    return unary_model("Dropout", [2, 3], opset=6, is_test=0)


@case
def legacy_tile(path):
    """Tile-1: tiles and axis are inputs (of the input's type)."""
    return model([node("Tile", ["x", "t", "a"], ["y"])], [x_in([2, 3])],
                 [out("y", 2)], [init("t", 2.0), init("a", 0.0)], opset=5)


@case
def legacy_instance_norm(path):
    """InstanceNormalization-6 (as in the ONNX node tests) with epsilon."""
    n = node("InstanceNormalization", ["x", "s", "bias"], ["y"], epsilon=0.01)
    return model([n], [x_in([2, 3, 4])], [out("y", 3)],
                 [init("s", [1, 2, 3]), init("bias", [0, 0, 1])], opset=6)


@case
def instance_norm_bad_scale(path):
    """InstanceNormalization with a scale of 4 elements for 3 channels."""
    n = node("InstanceNormalization", ["x", "s", "bias"], ["y"])
    return model([n], [x_in([2, 3, 4])], [out("y", 3)],
                 [init("s", [1, 2, 3, 4]), init("bias", [0, 0, 1])], opset=13)


@case
def legacy_upsample(path):
    """Upsample-1 (experimental): height_scale and width_scale."""
    return unary_model("Upsample", [1, 1, 2, 2], opset=6, height_scale=2.0,
                       width_scale=2.0)


@case
def legacy_prelu_channel(path):
    """PRelu-6 with a slope of another rank than the input."""
    return model([node("PRelu", ["x", "s"], ["y"])], [x_in([1, 3, 2, 2])],
                 [out("y", 4)], [init("s", np.ones([3]))], opset=6)


#===------------------------------------------------------------------------===#
# Errors
#===------------------------------------------------------------------------===#


def small_model_bytes():
    return conv_pads_model(False).SerializeToString()


@case
def not_protobuf_text(path):
    return b"this is a text file, not an ONNX model\n" * 3


@case
def not_protobuf_random(path):
    return np.random.default_rng(1234).integers(0, 256, 512,
                                                dtype=np.uint8).tobytes()


@case
def truncated(path):
    """The first half of a valid model."""
    data = small_model_bytes()
    return data[:len(data) // 2]


@case
def bitflip(path):
    """A valid model with its first byte (the tag of ir_version) flipped:
    0x08 becomes 0xF7, a field with the invalid wire type 7."""
    data = bytearray(small_model_bytes())
    assert data[0] == 0x08
    data[0] ^= 0xFF
    return bytes(data)


@case
def bitflip_dims(path):
    """A valid model with one byte flipped inside the weight's dims (the
    4 becomes 0x7b = 123), so the raw data no longer matches the shape."""
    m = conv_pads_model(False)
    data = bytearray(m.SerializeToString())
    w = m.graph.initializer[0]
    marker = w.SerializeToString()
    start = data.find(marker)
    assert start >= 0 and marker[0:2] == b"\x08\x04"
    data[start + 1] ^= 0x7F
    return bytes(data)


@case
def empty_file(path):
    return b""


@case
def empty_graph(path):
    return model([], [x_in([2])], [out("x", 1)])


@case
def no_outputs(path):
    return model([node("Relu", ["x"], ["y"])], [x_in([2])], [])


@case
def unsupported_ops(path):
    """Two LSTMs, one custom-domain op and a Gelu-like unsupported op."""
    nodes = [
        node("LSTM", ["x", "w", "r"], ["", "h1"], name="lstm_a",
             hidden_size=2),
        node("LSTM", ["x", "w", "r"], ["", "h2"], name="lstm_b",
             hidden_size=2),
        node("FancyOp", ["x"], ["f"], name="fancy", domain="com.example"),
        node("Det", ["x"], ["m"], name="det0"),
        node("Relu", ["x"], ["r0"]),
    ]
    return model(nodes, [x_in([1, 1, 2])],
                 [out("h1", 3), out("h2", 3), out("f", 3), out("m", 3),
                  out("r0", 3)],
                 [init("w", np.ones([1, 8, 2])), init("r", np.ones([1, 8, 2]))],
                 extra_opsets=[("com.example", 1)])


@case
def unsupported_many_nodes(path):
    """Five unsupported nodes of one type: the message names three."""
    nodes = [node("Det", ["x"], [f"c{i}"]) for i in range(5)]
    nodes.append(helper.make_node("Unique", ["x"], ["s"]))
    return model(nodes, [x_in([2])],
                 [out(f"c{i}", 1) for i in range(5)] + [out("s", 1)])


@case
def conv_strides_floats(path):
    """Conv strides given as FLOATS."""
    m = conv_pads_model(False)
    conv = m.graph.node[0]
    for a in conv.attribute:
        if a.name == "strides":
            a.CopyFrom(helper.make_attribute("strides", [2.0, 2.0]))
    return m


@case
def conv_auto_pad_foo(path):
    m = conv_pads_model(False)
    del m.graph.node[0].attribute[:]
    m.graph.node[0].attribute.append(
        helper.make_attribute("auto_pad", "FOO"))
    return m


@case
def conv_negative_strides(path):
    m = conv_pads_model(False)
    conv = m.graph.node[0]
    for a in conv.attribute:
        if a.name == "strides":
            a.CopyFrom(helper.make_attribute("strides", [-1, 2]))
    return m


def conv_attr_model(**attrs):
    """Conv of a [1,4,6,6] input with a [4,2,3,3] weight (group 2 fits)."""
    n = node("Conv", ["x", "w"], ["y"], name="conv1", **attrs)
    return model([n], [x_in([1, 4, 6, 6])], [out("y", 4)],
                 [init("w", np.ones([4, 2, 3, 3]))])


@case
def conv_group_zero(path):
    return conv_attr_model(group=0)


@case
def conv_group_mismatch(path):
    """group=3 does not divide the 4 input channels into the weight's 2."""
    return conv_attr_model(group=3)


@case
def conv_negative_dilations(path):
    return conv_attr_model(group=2, dilations=[-1, 1])


@case
def conv_negative_pads(path):
    return conv_attr_model(group=2, pads=[-1, 0, 0, 0])


@case
def conv_huge_pads(path):
    return conv_attr_model(group=2, pads=[2**62, 0, 2**62, 0])


@case
def conv_kernel_shape_mismatch(path):
    return conv_attr_model(group=2, kernel_shape=[2, 2])


@case
def maxpool_kernel_zero(path):
    return unary_model("MaxPool", [1, 1, 4, 4], kernel_shape=[0, 0])


@case
def maxpool_kernel_too_big(path):
    return unary_model("MaxPool", [1, 1, 4, 4], kernel_shape=[9, 9])


@case
def pad_mode_bogus(path):
    return model([node("Pad", ["x", "p"], ["y"], mode="bogus")], [x_in([2, 2])],
                 [out("y", 2)], [ints("p", [1, 1, 1, 1])], opset=11)


@case
def resize_mode_bogus(path):
    return model([node("Resize", ["x", "", "s"], ["y"], mode="bogus")],
                 [x_in([1, 1, 2, 2])], [out("y", 4)],
                 [init("s", [1, 1, 2, 2])])


@case
def resize_scales_and_sizes(path):
    return model([node("Resize", ["x", "", "s", "z"], ["y"])],
                 [x_in([1, 1, 2, 2])], [out("y", 4)],
                 [init("s", [1, 1, 2, 2]), ints("z", [1, 1, 4, 4])])


@case
def upsample_negative_scale(path):
    n = node("Upsample", ["x"], ["y"], scales=[1.0, 1.0, -2.0, 2.0])
    return model([n], [x_in([1, 1, 2, 2])], [out("y", 4)], opset=7)


@case
def split_negative(path):
    return model([node("Split", ["x", "s"], ["a", "b"])], [x_in([4])],
                 [out("a", 1), out("b", 1)], [ints("s", [5, -1])])


@case
def split_dynamic_sizes(path):
    return model([node("Split", ["x", "s"], ["a", "b"])],
                 [x_in([4]), vi("s", I64, [2])], [out("a", 1), out("b", 1)])


@case
def split_equal_dynamic(path):
    return model([node("Split", ["x"], ["a", "b"])], [x_in(["n"])],
                 [out("a", 1), out("b", 1)])


@case
def tile_negative(path):
    return model([node("Tile", ["x", "r"], ["y"])], [x_in([2])], [out("y", 1)],
                 [ints("r", [-2])])


@case
def reshape_count_mismatch(path):
    return model([node("Reshape", ["x", "s"], ["y"])], [x_in([2, 3])],
                 [out("y", 2)], [ints("s", [4, 2])])


@case
def range_delta_zero(path):
    return model([node("Range", ["a", "b", "c"], ["y"])], [], [out("y", 1, I64)],
                 [ints("a", 0), ints("b", 5), ints("c", 0)], opset=11)


@case
def clip_vector_bound(path):
    return model([node("Clip", ["x", "lo"], ["y"])], [x_in([4])],
                 [out("y", 1)], [init("lo", [1, 2])], opset=11)


@case
def batchnorm_var_shape(path):
    n = node("BatchNormalization", ["x", "s", "s", "s", "v"], ["y"])
    return model([n], [x_in([1, 3, 2])], [out("y", 3)],
                 [init("s", [1, 1, 1]), init("v", [1, 1])], opset=9)


@case
def constant_of_shape_two_values(path):
    n = node("ConstantOfShape", ["s"], ["y"],
             value=numpy_helper.from_array(np.array([1.0, 2.0], np.float32)))
    return model([n], [], [out("y", 1)], [ints("s", [2])])


@case
def dropout_training_input(path):
    """Dropout-12 whose training_mode is a graph input (not a constant)."""
    return model([node("Dropout", ["x", "", "t"], ["y"])],
                 [x_in([2]), vi("t", BOOL, [])], [out("y", 1)], opset=12)


@case
def input_huge_dims(path):
    """A graph input of 2^62 x 4 elements (more than 2^63 - 1)."""
    return model([node("Relu", ["x"], ["y"])], [x_in([2**62, 4])],
                 [out("y", 2)])


@case
def leaky_relu_alpha_int(path):
    """LeakyRelu alpha given as INT."""
    n = node("LeakyRelu", ["x"], ["y"])
    n.attribute.append(helper.make_attribute("alpha", 1))
    return model([n], [x_in([2])], [out("y", 1)])


@case
def matmul_k_mismatch(path):
    """MatMul [2,3] x [4,5]: libonnx's shape inference rejects it."""
    n = node("MatMul", ["a", "b"], ["y"], name="mm_bad")
    return model([n], [vi("a", F32, [2, 3]), vi("b", F32, [4, 5])],
                 [out("y", 2)])


@case
def concat_rank_mismatch(path):
    n = node("Concat", ["a", "b"], ["y"], name="cat_bad", axis=0)
    return model([n], [vi("a", F32, [2, 3]), vi("b", F32, [3])],
                 [out("y", 2)])


@case
def dim_overflow(path):
    """An initializer whose dims multiply past int64."""
    t = TensorProto(name="w", data_type=F32, dims=[2**62, 4])
    return model([node("Relu", ["w"], ["y"])], [], [out("y", 2)], [t])


@case
def dim_negative(path):
    t = TensorProto(name="w", data_type=F32, dims=[-3], float_data=[1.0])
    return model([node("Relu", ["w"], ["y"])], [], [out("y", 1)], [t])


@case
def input_dim_negative(path):
    """A graph input with dim_value -1."""
    m = model([node("Relu", ["x"], ["y"])], [x_in([2, 3])], [out("y", 2)])
    m.graph.input[0].type.tensor_type.shape.dim[0].dim_value = -1
    return m


@case
def raw_data_size_mismatch(path):
    t = TensorProto(name="w", data_type=F32, dims=[3],
                    raw_data=np.zeros(2, np.float32).tobytes())
    return model([node("Relu", ["w"], ["y"])], [], [out("y", 1)], [t])


@case
def typed_data_count_mismatch(path):
    t = TensorProto(name="w", data_type=F32, dims=[3], float_data=[1.0, 2.0])
    return model([node("Relu", ["w"], ["y"])], [], [out("y", 1)], [t])


@case
def string_initializer(path):
    t = helper.make_tensor("s", STRING, [1], [b"hi"])
    return model([node("Identity", ["s"], ["y"])], [], [vi("y", STRING, [1])],
                 [t])


@case
def string_input(path):
    return model([node("Identity", ["s"], ["y"])], [vi("s", STRING, [1])],
                 [vi("y", STRING, [1])])


@case
def input_no_shape(path):
    return model([node("Relu", ["x"], ["y"])], [vi("x", F32, None)],
                 [out("y", 1)])


@case
def sequence_input(path):
    """A sequence input (Identity-14 accepts sequences)."""
    n = node("Identity", ["s"], ["y"])
    return model([n], [helper.make_tensor_sequence_value_info("s", F32, [2])],
                 [helper.make_tensor_sequence_value_info("y", F32, [2])],
                 opset=14)


@case
def cast_to_string(path):
    return unary_model("Cast", [2], out_elem=STRING, to=STRING)


@case
def dropout_empty_mask(path):
    """Dropout whose optional mask output is named "" (unused)."""
    n = node("Dropout", ["x"], ["y", ""])
    return model([n], [x_in([2])], [out("y", 1)], opset=10)


@case
def maxpool_empty_indices(path):
    """MaxPool whose optional Indices output is named "" (unused)."""
    n = node("MaxPool", ["x"], ["y", ""], kernel_shape=[2])
    return model([n], [x_in([1, 1, 4])], [out("y", 3)], opset=12)


@case
def layernorm_empty_outputs(path):
    """LayerNormalization with unused Mean and InvStdDev outputs named ""."""
    n = node("LayerNormalization", ["x", "g"], ["y", "", ""])
    return model([n], [x_in([2, 3])], [out("y", 2)], [init("g", np.ones(3))],
                 opset=17)


@case
def dropout_mask(path):
    """Dropout whose mask output is used."""
    n = node("Dropout", ["x"], ["y", "mask"])
    return model([n], [x_in([2])], [out("y", 1), out("mask", 1, BOOL)],
                 opset=13)


@case
def dropout_training(path):
    """Dropout-12 with training_mode = true."""
    return unary_model("Dropout", [2], opset=12,
                       inputs_extra=["", "training"],
                       inits=[init("training", True, np.bool_)])


@case
def batchnorm_training(path):
    """BatchNormalization-14 with training_mode=1 (its extra outputs
    unnamed)."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y", "", ""], name="bn_train", training_mode=1)
    return model([n], [x_in([1, 3, 2, 2])], [out("y", 4)], bn_inits(),
                 opset=14)


@case
def batchnorm_training_running(path):
    """BatchNormalization-15 with training_mode=1 and its running mean and
    variance used."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y", "running_mean", "running_var"], name="bn_train",
             training_mode=1, momentum=0.75)
    return model([n], [x_in([2, 3, 4])],
                 [out("y", 3), out("running_mean", 1), out("running_var", 1)],
                 bn_inits(), opset=15)


@case
def batchnorm_stats_used(path):
    """BatchNormalization-9 with its (training) mean output used."""
    n = node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
             ["y", "running_mean", "", "", ""], name="bn")
    return model([n], [x_in([1, 3, 2, 2])],
                 [out("y", 4), out("running_mean", 1)], bn_inits(), opset=9)


@case
def maxpool_indices(path):
    n = node("MaxPool", ["x"], ["y", "idx"], kernel_shape=[2])
    return model([n], [x_in([1, 1, 4])], [out("y", 3), out("idx", 3, I64)],
                 opset=12)


@case
def output_not_produced(path):
    """A graph output that no node produces."""
    return model([node("Relu", ["x"], ["y"])], [x_in([2])],
                 [out("y", 1), out("ghost", 1)])


@case
def input_not_produced(path):
    """A node input that nothing produces (the checker catches it)."""
    return model([node("Add", ["x", "ghost"], ["y"], name="add_ghost")],
                 [x_in([2])], [out("y", 1)])


@case
def out_of_order(path):
    """Nodes not in topological order (the checker rejects it)."""
    nodes = [node("Relu", ["a"], ["y"]), node("Neg", ["x"], ["a"])]
    return model(nodes, [x_in([2])], [out("y", 1)])


@case
def output_type_conflict(path):
    """The declared output shape contradicts DLC's inference."""
    return model([node("Relu", ["x"], ["y"])], [x_in([2, 3])],
                 [vi("y", F32, [3, 2])])


@case
def computed_shape_conflict(path):
    """The declared output shape [8, ?] contradicts a Reshape to a shape the
    graph computes ([x.shape[0], -1] = [16, 6]), which libonnx's shape
    inference does not follow (found by the import fuzzer)."""
    return model(
        [node("Shape", ["x"], ["s"]),
         node("Gather", ["s", "i0"], ["n"], axis=0),
         node("Unsqueeze", ["n", "a0"], ["n1"]),
         node("Concat", ["n1", "m1"], ["ns"], axis=0),
         node("Reshape", ["x", "ns"], ["y"])],
        [x_in([16, 2, 3])], [vi("y", F32, [8, "n"])],
        [ints("i0", 0), ints("a0", [0]), ints("m1", [-1])])


@case
def shape15_of_failed_node(path):
    """Shape-15 (start) of a node whose inference failed: libonnx 1.12's data
    propagation read the missing type through a null pointer (found by the
    import fuzzer); the failure is reported instead."""
    return model(
        [node("Shape", ["a"], ["sa"]),
         node("Shape", ["b"], ["sb"]),
         node("Add", ["sa", "sb"], ["bad"], name="add_ranks"),
         node("Shape", ["bad"], ["y"], start=0)],
        [x_in([1, 2], name="a"), x_in([3, 1, 3], name="b")],
        [vi("y", I64, ["n"])], opset=15)


@case
def slice_back_of_empty_shape(path):
    """The shape of a scalar sliced backwards (step -1): libonnx 1.12's data
    propagation read element 0 of the empty value (found by the import
    fuzzer), and its shape inference makes the empty slice one element
    long, which DLC reports instead of adopting."""
    return model(
        [node("Shape", ["x"], ["sx"]),
         node("Slice", ["sx", "st", "en", "ax", "stp"], ["back"])],
        [x_in([])], [vi("back", I64, ["m"])],
        [ints("st", [-1]), ints("en", [-10]), ints("ax", [0]),
         ints("stp", [-1])], opset=14)


@case
def transpose_bad_perm(path):
    return unary_model("Transpose", [2, 3], perm=[0, 0])


#===------------------------------------------------------------------------===#
# ONNX functions (expanded by the importer), LogSoftmax, Hardmax
#===------------------------------------------------------------------------===#


@case
def log_softmax_hardmax(path):
    """LogSoftmax and Hardmax at opset 13 (one axis) and 11 (flattened)."""
    return model([node("LogSoftmax", ["x"], ["a"], axis=1),
                  node("Hardmax", ["x"], ["b"])],
                 [x_in([2, 3, 4])], [out("a", 3), out("b", 3)])


@case
def log_softmax_hardmax_opset11(path):
    return model([node("LogSoftmax", ["x"], ["a"]),
                  node("Hardmax", ["x"], ["b"], axis=2)],
                 [x_in([2, 3, 4])], [out("a", 3), out("b", 3)], opset=11)


@case
def function_hann(path):
    """HannWindow: its body casts to `output_datatype` through Cast's `to`
    and reads `periodic` through a Constant's value_int."""
    return model([node("HannWindow", ["n"], ["y"], name="hann", periodic=0,
                       output_datatype=F64)],
                 [], [out("y", 1, F64)],
                 [numpy_helper.from_array(np.asarray(4, dtype=np.int64), "n")],
                 opset=17)


@case
def function_hann_default(path):
    """No attributes: the schema's defaults (periodic = 1, FLOAT)."""
    return model([node("HannWindow", ["n"], ["y"], name="hann")],
                 [], [out("y", 1)],
                 [numpy_helper.from_array(np.asarray(4, dtype=np.int64), "n")],
                 opset=17)


@case
def function_mvn(path):
    """MeanVarianceNormalization: its default axes [0, 2, 3] are bound to
    the body's ReduceMeans."""
    return model([node("MeanVarianceNormalization", ["x"], ["y"], name="mvn")],
                 [x_in([2, 3, 4, 5])], [out("y", 4)])


@case
def function_nll(path):
    """NegativeLogLikelihoodLoss: a body built for the node (its ignore_index
    and reduction, its input's type)."""
    return model([node("NegativeLogLikelihoodLoss", ["x", "t"], ["y"],
                       name="nll", ignore_index=1, reduction="sum")],
                 [x_in([3, 5]), x_in([3], I64, name="t")], [out("y", 0)])


@case
def function_sce(path):
    """SoftmaxCrossEntropyLoss, whose body uses NegativeLogLikelihoodLoss,
    itself a function: two levels of expansion, and a second output."""
    return model([node("SoftmaxCrossEntropyLoss", ["x", "t", "w"], ["y", "p"],
                       name="loss", reduction="mean")],
                 [x_in([3, 5, 2]), x_in([3, 2], I64, name="t"),
                  x_in([5], name="w")],
                 [out("y", 0), out("p", 3)])


@case
def function_twice(path):
    """The same function twice: each expansion's values are its own."""
    return model([node("MeanVarianceNormalization", ["x"], ["a"], name="m1",
                       axes=[1]),
                  node("MeanVarianceNormalization", ["a"], ["y"], name="m2",
                       axes=[0])],
                 [x_in([2, 3])], [out("y", 2)])


@case
def quantize_axis(path):
    """QuantizeLinear per channel (axis 1) to int8."""
    return model([node("QuantizeLinear", ["x", "s", "zp"], ["y"], name="q")],
                 [x_in([1, 3, 2])], [out("y", 3, I8)],
                 [init("s", [0.5, 1.0, 2.0]),
                  init("zp", [-1, 0, 1], np.int8)])


@case
def quantize_no_zero_point(path):
    """QuantizeLinear with a scalar scale and no zero point: uint8."""
    return model([node("QuantizeLinear", ["x", "s"], ["y"], name="q")],
                 [x_in([4])], [out("y", 1, U8)], [init("s", 0.25)])


@case
def dequantize_last_axis(path):
    """DequantizeLinear per element of the last axis (no reshape)."""
    return model([node("DequantizeLinear", ["x", "s", "zp"], ["y"], name="dq",
                       axis=-1)],
                 [x_in([2, 3], I8)], [out("y", 2)],
                 [init("s", [0.5, 1.0, 2.0]),
                  init("zp", [-1, 0, 1], np.int8)])


@case
def function_dynamic_quantize(path):
    """DynamicQuantizeLinear: a fixed body ending in QuantizeLinear."""
    return model([node("DynamicQuantizeLinear", ["x"], ["y", "s", "zp"],
                       name="dq")],
                 [x_in([2, 3])],
                 [out("y", 2, U8), out("s", 0), out("zp", 0, U8)], opset=11)


@case
def function_body_unsupported(path):
    """Bernoulli's body draws with RandomUniformLike, which DLC lacks."""
    return model([node("Bernoulli", ["x"], ["y"], name="coin")],
                 [x_in([4])], [out("y", 1)], opset=15)


@case
def function_body_nested_invalid(path):
    """2-D class weights: the Mul inside NegativeLogLikelihoodLoss inside
    SoftmaxCrossEntropyLoss cannot broadcast them."""
    return model([node("SoftmaxCrossEntropyLoss", ["x", "t", "w"], ["y"],
                       name="loss")],
                 [x_in([3, 5]), x_in([3], I64, name="t"),
                  x_in([5, 2], name="w")], [out("y", 0)])


@case
def function_body_invalid(path):
    """MVN axes out of range: the body's ReduceMean rejects them."""
    return model([node("MeanVarianceNormalization", ["x"], ["y"], name="mvn",
                       axes=[0, 5])],
                 [x_in([2, 3])], [out("y", 2)])


#===------------------------------------------------------------------------===#
# Driver
#===------------------------------------------------------------------------===#


#===------------------------------------------------------------------------===#
# Reductions beyond sum/mean/max/min, ArgMax/ArgMin, CumSum, and the ops
# that address elements through index values
#===------------------------------------------------------------------------===#


@case
def reduce_family(path):
    """ReduceProd, ReduceL1, ReduceL2, ReduceSumSquare, ReduceLogSum and
    ReduceLogSumExp with their axes attribute (opset 13)."""
    nodes = [node("ReduceProd", ["x"], ["prod"], axes=[1]),
             node("ReduceL1", ["x"], ["l1"], axes=[-1], keepdims=0),
             node("ReduceL2", ["x"], ["l2"]),
             node("ReduceSumSquare", ["x"], ["ss"], axes=[0, 2]),
             node("ReduceLogSum", ["x"], ["ls"], axes=[2], keepdims=0),
             node("ReduceLogSumExp", ["x"], ["lse"], axes=[1])]
    return model(nodes, [x_in([2, 3, 4])],
                 [out("prod", 3), out("l1", 2), out("l2", 3), out("ss", 3),
                  out("ls", 2), out("lse", 3)])


@case
def arg_max_min(path):
    """ArgMax and ArgMin with axis, keepdims and select_last_index."""
    nodes = [node("ArgMax", ["x"], ["amax"], axis=1, keepdims=0),
             node("ArgMin", ["x"], ["amin"], axis=-1, select_last_index=1)]
    return model(nodes, [x_in([2, 3, 4])],
                 [out("amax", 2, I64), out("amin", 3, I64)])


@case
def cumsum_const_axis(path):
    """CumSum whose axis is an initializer."""
    return unary_model("CumSum", [2, 3], inputs_extra=["axis"],
                       inits=[init("axis", -1, np.int64)], exclusive=1,
                       reverse=1)


@case
def cumsum_axis_input(path):
    """CumSum whose axis is a graph input (not a constant)."""
    n = node("CumSum", ["x", "axis"], ["y"])
    return model([n], [x_in([2, 3]), vi("axis", I64, [])], [out("y", 2)])


@case
def size_op(path):
    """Size of a 2x3x4 tensor."""
    return unary_model("Size", [2, 3, 4], out_rank=0, out_elem=I64)


@case
def size_dynamic(path):
    """Size of a tensor with a symbolic dim."""
    return unary_model("Size", ["n", 3], out_rank=0, out_elem=I64)


@case
def castlike(path):
    """CastLike takes the element type of its second input."""
    n = node("CastLike", ["x", "like"], ["y"])
    return model([n], [x_in([2, 3]), vi("like", I64, [1])],
                 [out("y", 2, I64)], opset=15)


@case
def trilu_k(path):
    """Trilu with a constant k (lower) and without k (upper)."""
    nodes = [node("Trilu", ["x", "k"], ["lower"], upper=0),
             node("Trilu", ["x"], ["upper"])]
    return model(nodes, [x_in([3, 4])], [out("lower", 2), out("upper", 2)],
                 [init("k", -1, np.int64)], opset=14)


@case
def trilu_k_input(path):
    """Trilu whose k is a graph input (not a constant)."""
    n = node("Trilu", ["x", "k"], ["y"])
    return model([n], [x_in([3, 4]), vi("k", I64, [])], [out("y", 2)],
                 opset=14)


@case
def onehot_float_depth(path):
    """OneHot with a float depth initializer and axis 0."""
    n = node("OneHot", ["i", "depth", "values"], ["y"], axis=0)
    return model([n], [vi("i", I64, [3])], [out("y", 2)],
                 [init("depth", 5.0), init("values", [0.0, 1.0])], opset=11)


@case
def onehot_depth_input(path):
    """OneHot whose depth is a graph input (not a constant)."""
    n = node("OneHot", ["i", "depth", "values"], ["y"])
    return model([n], [vi("i", I64, [3]), vi("depth", I64, [])],
                 [out("y", 2)], [init("values", [0.0, 1.0])], opset=11)


@case
def depth_space(path):
    """DepthToSpace (DCR, CRD) and SpaceToDepth with blocksize 2."""
    nodes = [node("DepthToSpace", ["x"], ["dcr"], blocksize=2),
             node("DepthToSpace", ["x"], ["crd"], blocksize=2, mode="CRD"),
             node("SpaceToDepth", ["x"], ["s2d"], blocksize=2)]
    return model(nodes, [x_in([1, 8, 2, 4])],
                 [out("dcr", 4), out("crd", 4), out("s2d", 4)])


@case
def depth_to_space_bad_blocksize(path):
    """DepthToSpace with 8 channels and blocksize 3."""
    return unary_model("DepthToSpace", [1, 8, 2, 2], blocksize=3)


@case
def eyelike(path):
    """EyeLike of a 3x4 float tensor, shifted by k = 1, as int64."""
    return unary_model("EyeLike", [3, 4], out_elem=I64, k=1, dtype=I64)


@case
def eyelike_huge(path):
    """EyeLike of a 65536x65536 tensor (a constant of 2^32 elements)."""
    return unary_model("EyeLike", [65536, 65536])


@case
def gather_scatter_elements(path):
    """GatherElements, ScatterElements with a reduction, the old Scatter
    (opset 10 semantics of ScatterElements), GatherND and ScatterND."""
    nodes = [node("GatherElements", ["x", "i"], ["ge"], axis=1),
             node("ScatterElements", ["x", "i", "u"], ["se"], axis=1,
                  reduction="add"),
             node("GatherND", ["x", "t"], ["gnd"]),
             node("ScatterND", ["x", "t", "v"], ["snd"], reduction="mul")]
    return model(nodes,
                 [x_in([3, 3]), vi("i", I64, [2, 2]), vi("u", F32, [2, 2]),
                  vi("t", I64, [2, 1]), vi("v", F32, [2, 3])],
                 [out("ge", 2), out("se", 2), out("gnd", 2), out("snd", 2)],
                 opset=16)


@case
def scatter_opset10(path):
    """Scatter-9 (ScatterElements under its old name)."""
    n = node("Scatter", ["x", "i", "u"], ["y"], axis=0)
    return model([n], [x_in([3, 3]), vi("i", I64, [1, 3]),
                       vi("u", F32, [1, 3])], [out("y", 2)], opset=10)


@case
def layernorm_stats(path):
    """LayerNormalization with its Mean and InvStdDev outputs used."""
    n = node("LayerNormalization", ["x", "g"], ["y", "mean", "inv"], axis=1)
    return model([n], [x_in([2, 3, 4])],
                 [out("y", 3), out("mean", 3), out("inv", 3)],
                 [init("g", np.ones([3, 4]))], opset=17)


@case
def topk_const_k(path):
    """TopK-11 with K an initializer, smallest along axis 0."""
    n = node("TopK", ["x", "k"], ["v", "i"], axis=0, largest=0)
    return model([n], [x_in([3, 4])], [out("v", 2), out("i", 2, I64)],
                 [init("k", [2], np.int64)], opset=11)


@case
def topk_opset1(path):
    """TopK-1 with its k attribute."""
    n = node("TopK", ["x"], ["v", "i"], k=3)
    return model([n], [x_in([3, 4])], [out("v", 2), out("i", 2, I64)],
                 opset=9)


@case
def topk_k_input(path):
    """TopK whose K is a graph input (not a constant)."""
    n = node("TopK", ["x", "k"], ["v", "i"])
    return model([n], [x_in([3, 4]), vi("k", I64, [1])],
                 [out("v", 2), out("i", 2, I64)], opset=11)


@case
def reverse_sequence(path):
    """ReverseSequence with batch_axis 0 and time_axis 1."""
    n = node("ReverseSequence", ["x", "lens"], ["y"], batch_axis=0,
             time_axis=1)
    return model([n], [x_in([4, 3]), vi("lens", I64, [4])], [out("y", 2)],
                 opset=10)


@case
def maxpool_indices_storage(path):
    """MaxPool with its Indices output, column-major."""
    n = node("MaxPool", ["x"], ["y", "idx"], kernel_shape=[2, 2],
             strides=[2, 2], storage_order=1)
    return model([n], [x_in([1, 1, 4, 4])],
                 [out("y", 4), out("idx", 4, I64)], opset=12)


@case
def dropout_mask_dynamic(path):
    """Dropout whose mask output is used, on a tensor with a symbolic dim."""
    n = node("Dropout", ["x"], ["y", "mask"])
    return model([n], [x_in(["n"])], [out("y", 1), out("mask", 1, BOOL)],
                 opset=13)


def write(name, path):
    if name not in CASES:
        sys.exit(f"make_model.py: unknown case '{name}' (see --list)")
    result = CASES[name](path)
    if result is None:
        return
    if isinstance(result, onnx.ModelProto):
        result = result.SerializeToString()
    with open(path, "wb") as f:
        f.write(result)


def main(argv):
    if argv == ["--list"]:
        print("\n".join(sorted(CASES)))
        return
    if len(argv) >= 2 and argv[0] == "-d":
        os.makedirs(argv[1], exist_ok=True)
        for name in argv[2:]:
            write(name, os.path.join(argv[1], name + ".onnx"))
        return
    if len(argv) != 2:
        sys.exit(__doc__)
    write(argv[0], argv[1])


if __name__ == "__main__":
    main(sys.argv[1:])
