#!/usr/bin/env python3
"""Writes the small ONNX models of the numerical end-to-end op tests, their
inputs and NumPy reference outputs.

    make_cases.py -d DIR MODEL...    write DIR/MODEL.onnx, the inputs as
                                     DIR/MODEL.in/NAME.npy and the reference
                                     outputs as DIR/MODEL.ref/NAME.npy
    make_cases.py --list             print the names of all models

Each model groups the attribute variants of one op family as separate graph
outputs (one compile per family keeps the tests fast); dlc-run --expect then
reports each variant by its output name. Inputs are drawn from a generator
seeded with the model's name, so every run writes the same bytes. The
references are computed in float64 (float32 inputs, float32 weights) by the
plain NumPy code below, written for clarity rather than speed, and stored in
the output's ONNX element type.
"""

import math
import os
import sys
import zlib

import numpy as np
from onnx import TensorProto, helper, numpy_helper

OPSET = 17

ELEM = {
    np.dtype(np.float32): TensorProto.FLOAT,
    np.dtype(np.float64): TensorProto.DOUBLE,
    np.dtype(np.int64): TensorProto.INT64,
    np.dtype(np.int32): TensorProto.INT32,
    np.dtype(np.bool_): TensorProto.BOOL,
}

MODELS = {}


def model(fn):
    """Registers `fn(m)` (which fills the Builder `m`) as the model named
    like the function."""
    MODELS[fn.__name__] = fn
    return fn


class Builder:
    def __init__(self, name):
        self.rng = np.random.default_rng(zlib.crc32(name.encode()))
        self.nodes, self.inputs, self.inits, self.outputs = [], [], [], []
        self.input_data, self.refs = {}, {}

    # Data.
    def uniform(self, shape, lo=-1.0, hi=1.0):
        return self.rng.uniform(lo, hi, shape).astype(np.float32)

    def ints(self, shape, lo=-10, hi=10, dtype=np.int64):
        return self.rng.integers(lo, hi + 1, shape).astype(dtype)

    # Graph.
    def input(self, name, value):
        value = np.asarray(value)
        self.inputs.append(helper.make_tensor_value_info(
            name, ELEM[value.dtype], list(value.shape)))
        self.input_data[name] = value
        return value

    def const(self, name, value):
        value = np.asarray(value)
        self.inits.append(numpy_helper.from_array(value, name))
        return value

    def node(self, op, ins, outs, **attrs):
        outs = [outs] if isinstance(outs, str) else outs
        self.nodes.append(helper.make_node(op, ins, outs, name=outs[0],
                                           **attrs))

    def output(self, name, ref, dtype=None):
        """Declares graph output `name` (fully shaped) with reference `ref`,
        stored as `dtype` (default: float32 for float references)."""
        ref = np.asarray(ref)
        if dtype is None:
            dtype = np.float32 if ref.dtype.kind == "f" else ref.dtype
        ref = ref.astype(dtype)
        self.outputs.append(helper.make_tensor_value_info(
            name, ELEM[ref.dtype], list(ref.shape)))
        self.refs[name] = ref

    def op(self, op, ins, out, ref, dtype=None, **attrs):
        """One node whose single result is a graph output."""
        self.node(op, ins, out, **attrs)
        self.output(out, ref, dtype)

    def write(self, directory, name):
        graph = helper.make_graph(self.nodes, name, self.inputs, self.outputs,
                                  self.inits)
        m = helper.make_model(graph, producer_name="dlc-lit-tests",
                              opset_imports=[helper.make_opsetid("", OPSET)])
        with open(os.path.join(directory, name + ".onnx"), "wb") as f:
            f.write(m.SerializeToString())
        for sub, tensors in ((".in", self.input_data), (".ref", self.refs)):
            d = os.path.join(directory, name + sub)
            os.makedirs(d, exist_ok=True)
            for n, v in tensors.items():
                np.save(os.path.join(d, n + ".npy"), v.copy(order="C"))


def f64(x):
    return np.asarray(x, dtype=np.float64)


#===------------------------------------------------------------------------===#
# Reference implementations
#===------------------------------------------------------------------------===#


def same_pads(ins, kernel, strides, dilations, lower):
    """Begin and end pads of auto_pad SAME_UPPER / SAME_LOWER."""
    begin, end = [], []
    for i, k, s, d in zip(ins, kernel, strides, dilations):
        out = -(-i // s)
        total = max(0, (out - 1) * s + d * (k - 1) + 1 - i)
        small, large = total // 2, total - total // 2
        begin.append(large if lower else small)
        end.append(small if lower else large)
    return begin + end


def conv_ref(x, w, b=None, strides=None, dilations=None, pads=None, group=1):
    x, w = f64(x), f64(w)
    n = x.ndim - 2
    strides = strides or [1] * n
    dilations = dilations or [1] * n
    pads = pads or [0] * (2 * n)
    xp = np.pad(x, [(0, 0), (0, 0)] + [(pads[i], pads[n + i])
                                       for i in range(n)])
    num, chans = x.shape[:2]
    feats, kernel = w.shape[0], w.shape[2:]
    outs = [(xp.shape[2 + i] - dilations[i] * (kernel[i] - 1) - 1)
            // strides[i] + 1 for i in range(n)]
    y = np.zeros([num, feats] + outs)
    cpg, fpg = chans // group, feats // group
    for f in range(feats):
        g = f // fpg
        for k in np.ndindex(*kernel):
            window = tuple(slice(k[i] * dilations[i],
                                 k[i] * dilations[i] + (outs[i] - 1)
                                 * strides[i] + 1, strides[i])
                           for i in range(n))
            patch = xp[(slice(None), slice(g * cpg, (g + 1) * cpg)) + window]
            y[:, f] += np.tensordot(w[(f, slice(None)) + k], patch,
                                    axes=([0], [1]))
    if b is not None:
        y += f64(b).reshape([1, feats] + [1] * n)
    return y


def pool_out_dim(size, k, s, d, pb, pe, ceil_mode):
    span = size + pb + pe - (d * (k - 1) + 1)
    if not ceil_mode:
        return span // s + 1
    out = -(-span // s) + 1
    # The last window must start inside the input or the begin padding.
    if (out - 1) * s >= size + pb:
        out -= 1
    return out


def pool_ref(x, kind, kernel, strides=None, pads=None, dilations=None,
             ceil_mode=False, count_include_pad=False):
    """MaxPool / AveragePool: window positions in the padding are ignored
    (max) or, for the average's divisor, counted only with
    count_include_pad, and then only within the explicit pads."""
    x = f64(x)
    n = len(kernel)
    strides = strides or [1] * n
    dilations = dilations or [1] * n
    pads = pads or [0] * (2 * n)
    sizes = x.shape[2:]
    outs = [pool_out_dim(sizes[i], kernel[i], strides[i], dilations[i],
                         pads[i], pads[n + i], ceil_mode) for i in range(n)]
    y = np.zeros(list(x.shape[:2]) + outs)
    for o in np.ndindex(*outs):
        acc = np.full(x.shape[:2], -np.inf if kind == "max" else 0.0)
        count = 1
        for i in range(n):
            lo, hi = (-pads[i], sizes[i] + pads[n + i]) \
                if count_include_pad else (0, sizes[i])
            count *= sum(lo <= o[i] * strides[i] + k * dilations[i] - pads[i]
                         < hi for k in range(kernel[i]))
        for k in np.ndindex(*kernel):
            pos = [o[i] * strides[i] + k[i] * dilations[i] - pads[i]
                   for i in range(n)]
            if all(0 <= p < s for p, s in zip(pos, sizes)):
                v = x[(slice(None), slice(None)) + tuple(pos)]
                acc = np.maximum(acc, v) if kind == "max" else acc + v
        y[(slice(None), slice(None)) + o] = acc if kind == "max" \
            else acc / count
    return y


def softmax_ref(x, axis):
    x = f64(x)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def layernorm_ref(x, scale, bias, axis, eps):
    x = f64(x)
    axes = tuple(range(axis % x.ndim, x.ndim))
    mean = x.mean(axis=axes, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=axes, keepdims=True)
    y = (x - mean) / np.sqrt(var + eps) * f64(scale)
    return y if bias is None else y + f64(bias)


def erf(x):
    return np.vectorize(math.erf)(f64(x))


def trunc_div(a, b):
    """C-style integer division (toward zero), as ONNX runtimes do it."""
    q = np.abs(a) // np.abs(b)
    return np.where((a < 0) != (b < 0), -q, q).astype(a.dtype)


#===------------------------------------------------------------------------===#
# Elementwise
#===------------------------------------------------------------------------===#


@model
def elementwise(m):
    """Arithmetic with broadcasting ([2,3,4] with [3,1], [4] and a scalar)
    and the exact unary ops and activations."""
    a = m.input("a", m.uniform([2, 3, 4]))
    b = m.input("b", m.uniform([3, 1]))
    c = m.input("c", m.uniform([4], 0.5, 2.0))
    s = m.const("s", np.float32(1.5))
    A, B, C = f64(a), f64(b), f64(c)
    m.op("Add", ["a", "b"], "add", A + B)
    m.op("Sub", ["c", "a"], "sub", C - A)
    m.op("Mul", ["a", "s"], "mul", A * 1.5)
    m.op("Div", ["a", "c"], "div", A / C)
    m.op("Max", ["a", "b", "c"], "max3", np.maximum(np.maximum(A, B), C))
    m.op("Min", ["a", "b"], "min", np.minimum(A, B))
    m.op("Sum", ["a", "b", "c"], "sum3", A + B + C)
    m.op("Mean", ["a", "b"], "mean2", (A + B) / 2)
    m.op("Pow", ["c", "b"], "pow", C ** B)
    m.op("Neg", ["a"], "neg", -A)
    m.op("Abs", ["a"], "abs", np.abs(A))
    m.op("Sqrt", ["c"], "sqrt", np.sqrt(C))
    m.op("Reciprocal", ["c"], "reciprocal", 1 / C)
    m.op("Relu", ["a"], "relu", np.maximum(A, 0))
    m.op("LeakyRelu", ["a"], "leaky_relu", np.where(A < 0, A * np.float32(0.2), A),
         alpha=0.2)
    m.op("HardSigmoid", ["a"], "hard_sigmoid",
         np.clip(A * np.float32(0.3) + np.float32(0.4), 0, 1),
         alpha=0.3, beta=0.4)
    m.op("HardSwish", ["a"], "hard_swish", A * np.clip(A / 6 + 0.5, 0, 1))
    m.const("lo", np.float32(-0.25))
    m.const("hi", np.float32(0.5))
    m.op("Clip", ["a", "lo", "hi"], "clip", np.clip(A, -0.25, 0.5))
    m.op("Clip", ["a", "lo"], "clip_min", np.maximum(A, -0.25))
    m.op("Clip", ["a", "", "hi"], "clip_max", np.minimum(A, 0.5))
    m.op("Identity", ["b"], "identity", B)
    m.op("Dropout", ["b"], "dropout", B)


@model
def transcendental(m):
    """exp, log, erf, tanh, sigmoid and a softmax-like chain: libm / LLVM
    approximations, a few ulps from the float64 reference."""
    a = m.input("a", m.uniform([3, 5], -3.0, 3.0))
    p = m.input("p", m.uniform([3, 5], 0.1, 4.0))
    A, P = f64(a), f64(p)
    m.op("Exp", ["a"], "exp", np.exp(A))
    m.op("Log", ["p"], "log", np.log(P))
    m.op("Erf", ["a"], "erf", erf(A))
    m.op("Tanh", ["a"], "tanh", np.tanh(A))
    m.op("Sigmoid", ["a"], "sigmoid", 1 / (1 + np.exp(-A)))
    m.op("Pow", ["p", "a"], "pow", P ** A)


@model
def int_arith(m):
    """int64 arithmetic with broadcasting; Div truncates toward zero."""
    a = m.input("a", m.ints([3, 4], -20, 20))
    b = m.input("b", m.ints([4], 1, 5) * np.array([1, -1, 1, -1]))
    e = m.input("e", m.ints([4], 0, 3))
    m.op("Add", ["a", "b"], "add", a + b)
    m.op("Sub", ["a", "b"], "sub", a - b)
    m.op("Mul", ["a", "b"], "mul", a * b)
    m.op("Div", ["a", "b"], "div", trunc_div(a, np.broadcast_to(b, a.shape)))
    m.op("Max", ["a", "b"], "max", np.maximum(a, b))
    m.op("Min", ["a", "b"], "min", np.minimum(a, b))
    m.op("Neg", ["a"], "neg", -a)
    m.op("Abs", ["a"], "abs", np.abs(a))
    m.op("Relu", ["a"], "relu", np.maximum(a, 0))
    m.op("Pow", ["a", "e"], "pow", a ** e)
    m.const("lo", np.int64(-5))
    m.const("hi", np.int64(7))
    m.op("Clip", ["a", "lo", "hi"], "clip", np.clip(a, -5, 7))


@model
def int32_arith(m):
    """int32 arithmetic."""
    a = m.input("a", m.ints([2, 5], -100, 100, np.int32))
    b = m.input("b", m.ints([2, 1], 1, 9, np.int32))
    m.op("Add", ["a", "b"], "add", a + b)
    m.op("Mul", ["a", "b"], "mul", a * b)
    m.op("Div", ["a", "b"], "div", trunc_div(a, np.broadcast_to(b, a.shape)))
    m.op("Sub", ["a", "b"], "sub", a - b)


@model
def compare_where(m):
    """Equal, Less, Greater on floats and ints, Not, and Where with a
    broadcast condition."""
    a = m.input("a", m.ints([3, 4], -3, 3).astype(np.float32))
    b = m.input("b", m.ints([4], -3, 3).astype(np.float32))
    i = m.input("i", m.ints([3, 4], -3, 3))
    j = m.input("j", m.ints([3, 1], -3, 3))
    m.op("Equal", ["a", "b"], "eq_f", a == b)
    m.op("Less", ["a", "b"], "lt_f", a < b)
    m.op("Greater", ["a", "b"], "gt_f", a > b)
    m.op("Equal", ["i", "j"], "eq_i", i == j)
    m.op("Less", ["i", "j"], "lt_i", i < j)
    m.op("Greater", ["i", "j"], "gt_i", i > j)
    m.node("Less", ["b", "a"], "cond")
    m.op("Not", ["cond"], "not", ~(b < a))
    m.op("Where", ["cond", "a", "b"], "where_f", np.where(b < a, a, b))
    m.node("Greater", ["j", "zero"], "jpos")
    m.const("zero", np.int64(0))
    m.op("Where", ["jpos", "i", "j"], "where_i", np.where(j > 0, i, j))


@model
def cast(m):
    """Cast between float32, int64, int32 and bool (float -> int
    truncates toward zero; anything -> bool is x != 0)."""
    x = m.input("x", (m.uniform([2, 6], -5, 5)
                      * np.array([1, 1, 1, 1, 1, 0], np.float32)))
    i = m.input("i", m.ints([2, 6], -3, 3))
    k = m.input("k", m.ints([2, 6], -1000, 1000, np.int32))
    q = m.input("q", m.ints([2, 6], 0, 1).astype(np.bool_))
    F, I32, I64, BOOL = (TensorProto.FLOAT, TensorProto.INT32,
                         TensorProto.INT64, TensorProto.BOOL)
    m.op("Cast", ["x"], "f32_i64", np.trunc(x).astype(np.int64), to=I64)
    m.op("Cast", ["x"], "f32_i32", np.trunc(x).astype(np.int32), to=I32)
    m.op("Cast", ["x"], "f32_bool", x != 0, to=BOOL)
    m.op("Cast", ["i"], "i64_f32", i.astype(np.float32), to=F)
    m.op("Cast", ["i"], "i64_i32", i.astype(np.int32), to=I32)
    m.op("Cast", ["i"], "i64_bool", i != 0, to=BOOL)
    m.op("Cast", ["k"], "i32_i64", k.astype(np.int64), to=I64)
    m.op("Cast", ["k"], "i32_f32", k.astype(np.float32), to=F)
    m.op("Cast", ["q"], "bool_f32", q.astype(np.float32), to=F)
    m.op("Cast", ["q"], "bool_i64", q.astype(np.int64), to=I64)
    m.op("Cast", ["q"], "bool_i32", q.astype(np.int32), to=I32)
    m.op("Cast", ["x"], "f32_f32", x, to=F)
    m.op("Cast", ["x"], "f32_f64", x.astype(np.float64), np.float64,
         to=TensorProto.DOUBLE)


#===------------------------------------------------------------------------===#
# Contractions
#===------------------------------------------------------------------------===#


@model
def matmul(m):
    """MatMul: 2-D, vector operands, batched and batch broadcasting."""
    a = m.input("a", m.uniform([3, 4]))
    b = m.input("b", m.uniform([4, 5]))
    v = m.input("v", m.uniform([4]))
    w = m.input("w", m.uniform([5]))
    p = m.input("p", m.uniform([2, 1, 3, 4]))
    q = m.input("q", m.uniform([6, 4, 5]))
    r = m.input("r", m.uniform([6, 5, 2]))
    m.op("MatMul", ["a", "b"], "mm_2d", f64(a) @ f64(b))
    m.op("MatMul", ["v", "b"], "mm_1d_2d", f64(v) @ f64(b))
    m.op("MatMul", ["a", "v"], "mm_2d_1d", f64(a) @ f64(v))
    m.op("MatMul", ["v", "v"], "mm_1d_1d", f64(v) @ f64(v))
    m.op("MatMul", ["q", "r"], "mm_batched", f64(q) @ f64(r))
    m.op("MatMul", ["p", "q"], "mm_broadcast", f64(p) @ f64(q))
    m.op("MatMul", ["q", "w"], "mm_3d_1d", f64(q) @ f64(w))
    m.op("MatMul", ["v", "q"], "mm_1d_3d", f64(v) @ f64(q))
    m.op("MatMul", ["p", "b"], "mm_4d_2d", f64(p) @ f64(b))


@model
def gemm(m):
    """Gemm: transposes, alpha/beta, C of every broadcastable shape."""
    a = m.input("a", m.uniform([3, 4]))
    at = m.input("at", m.uniform([4, 3]))
    b = m.input("b", m.uniform([4, 5]))
    bt = m.input("bt", m.uniform([5, 4]))
    c = m.input("c", m.uniform([3, 5]))
    cn = m.input("cn", m.uniform([5]))
    cm = m.input("cm", m.uniform([3, 1]))
    cs = m.input("cs", m.uniform([]))
    A, AT, B, BT = f64(a), f64(at), f64(b), f64(bt)
    m.op("Gemm", ["a", "b"], "plain", A @ B)
    m.op("Gemm", ["at", "b"], "trans_a", AT.T @ B, transA=1)
    m.op("Gemm", ["a", "bt", "cn"], "trans_b", A @ BT.T + f64(cn), transB=1)
    m.op("Gemm", ["at", "bt", "c"], "trans_ab", AT.T @ BT.T + f64(c),
         transA=1, transB=1)
    m.op("Gemm", ["a", "b", "c"], "alpha_beta",
         np.float32(0.5) * (A @ B) + np.float32(-2.0) * f64(c),
         alpha=0.5, beta=-2.0)
    m.op("Gemm", ["a", "b", "cm"], "c_column",
         A @ B + np.float32(0.25) * f64(cm), beta=0.25)
    m.op("Gemm", ["a", "b", "cs"], "c_scalar",
         np.float32(3.0) * (A @ B) + f64(cs), alpha=3.0)
    m.op("Gemm", ["a", "b", "c"], "beta_zero", A @ B, beta=0.0)


#===------------------------------------------------------------------------===#
# Windows
#===------------------------------------------------------------------------===#


@model
def conv(m):
    """Conv 2-D: bias, asymmetric pads, strides, dilations, groups,
    depthwise and every auto_pad."""
    x = m.input("x", m.uniform([2, 4, 7, 8]))
    w = m.const("w", m.uniform([6, 4, 3, 3]))
    b = m.const("b", m.uniform([6]))
    wg = m.const("wg", m.uniform([6, 2, 3, 2]))
    wd = m.const("wd", m.uniform([8, 1, 3, 3]))
    w1 = m.const("w1", m.uniform([5, 4, 1, 1]))
    m.op("Conv", ["x", "w", "b"], "bias", conv_ref(x, w, b))
    m.op("Conv", ["x", "w"], "pads_strides",
         conv_ref(x, w, strides=[2, 3], pads=[1, 0, 2, 1]),
         pads=[1, 0, 2, 1], strides=[2, 3])
    m.op("Conv", ["x", "w", "b"], "dilations",
         conv_ref(x, w, b, dilations=[2, 3], pads=[1, 1, 1, 1]),
         dilations=[2, 3], pads=[1, 1, 1, 1])
    m.op("Conv", ["x", "wg", "b"], "group",
         conv_ref(x, wg, b, group=2, strides=[1, 2]), group=2, strides=[1, 2])
    m.op("Conv", ["x", "wd"], "depthwise",
         conv_ref(x, wd, group=4, pads=[1, 1, 1, 1]),
         group=4, pads=[1, 1, 1, 1], kernel_shape=[3, 3])
    m.op("Conv", ["x", "w1"], "pointwise", conv_ref(x, w1))
    for mode, lower in (("SAME_UPPER", False), ("SAME_LOWER", True)):
        pads = same_pads([7, 8], [3, 3], [2, 2], [1, 1], lower)
        m.op("Conv", ["x", "w", "b"], mode.lower(),
             conv_ref(x, w, b, strides=[2, 2], pads=pads),
             auto_pad=mode, strides=[2, 2])
    m.op("Conv", ["x", "w"], "valid", conv_ref(x, w, strides=[2, 2]),
         auto_pad="VALID", strides=[2, 2])


@model
def conv_1d_3d(m):
    """Conv with one and three spatial dims."""
    x = m.input("x", m.uniform([1, 3, 10]))
    w = m.const("w", m.uniform([4, 3, 3]))
    b = m.const("b", m.uniform([4]))
    v = m.input("v", m.uniform([1, 2, 4, 5, 6]))
    wv = m.const("wv", m.uniform([2, 1, 2, 3, 2]))
    m.op("Conv", ["x", "w", "b"], "conv1d",
         conv_ref(x, w, b, strides=[2], pads=[2, 1], dilations=[2]),
         strides=[2], pads=[2, 1], dilations=[2])
    m.op("Conv", ["v", "wv"], "conv3d",
         conv_ref(v, wv, group=2, pads=[0, 1, 0, 1, 0, 1], strides=[1, 2, 1]),
         group=2, pads=[0, 1, 0, 1, 0, 1], strides=[1, 2, 1])


@model
def pool(m):
    """MaxPool and AveragePool: pads, strides, dilations, ceil_mode,
    count_include_pad, auto_pad, 1-D; global pools."""
    x = m.input("x", m.uniform([2, 3, 7, 6]))
    y = m.input("y", m.uniform([1, 2, 9]))

    def pool(op, out, src=x, **attrs):
        kind = "max" if op == "MaxPool" else "avg"
        n = src.ndim - 2
        k = attrs["kernel_shape"]
        s = attrs.get("strides", [1] * n)
        d = attrs.get("dilations", [1] * n)
        pads = attrs.get("pads", [0] * (2 * n))
        if attrs.get("auto_pad", "NOTSET").startswith("SAME"):
            pads = same_pads(src.shape[2:], k, s, d,
                             attrs["auto_pad"] == "SAME_LOWER")
        ref = pool_ref(src, kind, k, s, pads, d,
                       bool(attrs.get("ceil_mode", 0)),
                       bool(attrs.get("count_include_pad", 0)))
        m.op(op, ["x" if src is x else "y"], out, ref, **attrs)

    pool("MaxPool", "max_plain", kernel_shape=[2, 2])
    pool("MaxPool", "max_pads_strides", kernel_shape=[3, 3], strides=[2, 2],
         pads=[1, 1, 1, 1])
    pool("MaxPool", "max_ceil", kernel_shape=[3, 2], strides=[2, 2],
         ceil_mode=1)
    pool("MaxPool", "max_ceil_pads", kernel_shape=[2, 2], strides=[2, 2],
         pads=[0, 1, 1, 0], ceil_mode=1)
    pool("MaxPool", "max_dilations", kernel_shape=[2, 2], dilations=[2, 3])
    pool("MaxPool", "max_same_upper", kernel_shape=[3, 3], strides=[2, 2],
         auto_pad="SAME_UPPER")
    pool("MaxPool", "max_1d", src=y, kernel_shape=[3], strides=[2],
         ceil_mode=1)
    pool("AveragePool", "avg_plain", kernel_shape=[2, 3], strides=[1, 2])
    pool("AveragePool", "avg_exclude_pad", kernel_shape=[3, 3],
         pads=[1, 1, 1, 1])
    pool("AveragePool", "avg_include_pad", kernel_shape=[3, 3],
         pads=[1, 2, 1, 0], count_include_pad=1)
    pool("AveragePool", "avg_ceil", kernel_shape=[2, 2], strides=[2, 2],
         ceil_mode=1)
    pool("AveragePool", "avg_ceil_include_pad", kernel_shape=[3, 3],
         strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1, count_include_pad=1)
    pool("AveragePool", "avg_same_lower", kernel_shape=[3, 2], strides=[2, 2],
         auto_pad="SAME_LOWER")
    pool("AveragePool", "avg_same_upper_include_pad", kernel_shape=[2, 3],
         strides=[2, 2], auto_pad="SAME_UPPER", count_include_pad=1)
    pool("AveragePool", "avg_1d", src=y, kernel_shape=[4], strides=[3],
         pads=[1, 2])
    X = f64(x)
    m.op("GlobalAveragePool", ["x"], "global_avg",
         X.mean(axis=(2, 3), keepdims=True))
    m.op("GlobalMaxPool", ["x"], "global_max",
         X.max(axis=(2, 3), keepdims=True))
    m.op("GlobalAveragePool", ["y"], "global_avg_1d",
         f64(y).mean(axis=2, keepdims=True))


#===------------------------------------------------------------------------===#
# Normalization, softmax, reductions
#===------------------------------------------------------------------------===#


@model
def norm(m):
    """BatchNormalization (4-D and 2-D), LayerNormalization (axes, with and
    without bias) and Softmax along every axis."""
    x = m.input("x", m.uniform([2, 3, 4, 5], -2, 2))
    z = m.input("z", m.uniform([4, 3], -2, 2))
    scale = m.const("scale", m.uniform([3], 0.5, 1.5))
    bias = m.const("bias", m.uniform([3]))
    mean = m.const("mean", m.uniform([3]))
    var = m.const("var", m.uniform([3], 0.5, 2.0))
    X = f64(x)

    def bn(v, eps):
        shape = [1, 3] + [1] * (v.ndim - 2)
        r = lambda t: f64(t).reshape(shape)
        return (f64(v) - r(mean)) / np.sqrt(r(var) + eps) * r(scale) + r(bias)

    m.op("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
         "batchnorm", bn(x, np.float32(1e-5)))
    m.op("BatchNormalization", ["z", "scale", "bias", "mean", "var"],
         "batchnorm_2d", bn(z, np.float32(0.01)), epsilon=0.01)
    g5 = m.const("g5", m.uniform([5], 0.5, 1.5))
    b5 = m.const("b5", m.uniform([5]))
    g45 = m.const("g45", m.uniform([4, 5], 0.5, 1.5))
    m.op("LayerNormalization", ["x", "g5", "b5"], "layernorm_last",
         layernorm_ref(x, g5, b5, -1, np.float32(1e-5)), axis=-1)
    m.op("LayerNormalization", ["x", "g45"], "layernorm_axis2_nobias",
         layernorm_ref(x, g45, None, 2, np.float32(1e-3)), axis=2,
         epsilon=1e-3)
    m.op("LayerNormalization", ["x", "g5", "b5"], "layernorm_bcast_scale",
         layernorm_ref(x, g5, b5, 1, np.float32(1e-5)), axis=1)
    for axis in (-1, 0, 1, 2):
        m.op("Softmax", ["x"], "softmax_axis%d" % (axis % 4),
             softmax_ref(X, axis), axis=axis)
    m.op("Softmax", ["z"], "softmax_default", softmax_ref(z, -1))


@model
def reduce(m):
    """ReduceSum/Mean/Max/Min over one, several, negative and all axes, with
    keepdims on and off; ReduceSum's axes input and noop_with_empty_axes."""
    x = m.input("x", m.uniform([2, 3, 4], -4, 4))
    i = m.input("i", m.ints([3, 5], -50, 50))
    X = f64(x)
    fns = {"Sum": np.sum, "Mean": np.mean, "Max": np.max, "Min": np.min}
    for kind, fn in fns.items():
        for axes, tag in (((1,), "a1"), ((0, 2), "a02"), ((-1,), "neg"),
                          (None, "all")):
            for keep in (1, 0):
                name = "%s_%s_k%d" % (kind.lower(), tag, keep)
                ref = fn(X, axis=axes, keepdims=bool(keep))
                if kind == "Sum":
                    # Opset 13+: axes is an input.
                    ins = ["x"]
                    if axes is not None:
                        m.const(name + "_axes", np.array(axes, np.int64))
                        ins.append(name + "_axes")
                    m.op("ReduceSum", ins, name, ref, keepdims=keep)
                elif axes is None:
                    m.op("Reduce" + kind, ["x"], name, ref, keepdims=keep)
                else:
                    m.op("Reduce" + kind, ["x"], name, ref, keepdims=keep,
                         axes=list(axes))
    m.op("ReduceSum", ["x"], "sum_noop", X, noop_with_empty_axes=1)
    m.op("ReduceMax", ["i"], "max_int", i.max(axis=1), keepdims=0, axes=[1])
    m.op("ReduceMin", ["i"], "min_int", i.min(axis=0, keepdims=True),
         axes=[0])
    m.const("i_axes", np.array([0, 1], np.int64))
    m.op("ReduceSum", ["i", "i_axes"], "sum_int", i.sum(keepdims=True))


#===------------------------------------------------------------------------===#
# Data movement
#===------------------------------------------------------------------------===#


@model
def shape_ops(m):
    """Reshape (0 and -1), Flatten, Squeeze, Unsqueeze, Transpose."""
    x = m.input("x", m.uniform([2, 3, 4]))
    s = m.input("s", m.uniform([1, 3, 1, 2]))
    X = f64(x)
    m.const("shape_a", np.array([0, -1], np.int64))
    m.op("Reshape", ["x", "shape_a"], "reshape_0_neg", X.reshape(2, 12))
    m.const("shape_b", np.array([4, 3, 2], np.int64))
    m.op("Reshape", ["x", "shape_b"], "reshape", X.reshape(4, 3, 2))
    m.op("Flatten", ["x"], "flatten", X.reshape(2, 12))
    m.op("Flatten", ["x"], "flatten_0", X.reshape(1, 24), axis=0)
    m.op("Flatten", ["x"], "flatten_neg", X.reshape(6, 4), axis=-1)
    m.const("sq_axes", np.array([0, -2], np.int64))
    m.op("Squeeze", ["s", "sq_axes"], "squeeze", f64(s).reshape(3, 2))
    m.op("Squeeze", ["s"], "squeeze_all", f64(s).reshape(3, 2))
    m.const("unsq_axes", np.array([0, 3], np.int64))
    m.op("Unsqueeze", ["x", "unsq_axes"], "unsqueeze", X.reshape(1, 2, 3, 1, 4))
    m.op("Transpose", ["x"], "transpose_default", X.transpose())
    m.op("Transpose", ["x"], "transpose_perm", X.transpose(1, 2, 0),
         perm=[1, 2, 0])
    # A reshape between two computations (a view of an intermediate).
    m.node("Relu", ["x"], "r")
    m.node("Reshape", ["r", "shape_b"], "rr")
    m.op("Neg", ["rr"], "neg_of_reshape", -np.maximum(X, 0).reshape(4, 3, 2))
    # The view stays alive while another temporary is computed: the arena
    # may not give that temporary the viewed buffer's bytes.
    m.node("Reshape", ["x", "shape_b"], "xr")
    m.node("Neg", ["xr"], "nx")
    m.op("Add", ["rr", "nx"], "view_kept_alive",
         np.maximum(X, 0).reshape(4, 3, 2) - X.reshape(4, 3, 2))


@model
def concat_split(m):
    """Concat (axes 0, 1 and negative; three inputs), Split (equal parts,
    explicit sizes, negative axis)."""
    a = m.input("a", m.uniform([2, 3]))
    b = m.input("b", m.uniform([1, 3]))
    c = m.input("c", m.uniform([2, 2]))
    i = m.input("i", m.ints([2, 2]))
    j = m.input("j", m.ints([2, 1]))
    x = m.input("x", m.uniform([6, 4]))
    m.op("Concat", ["a", "b", "a"], "concat0",
         np.concatenate([a, b, a], 0), axis=0)
    m.op("Concat", ["a", "c"], "concat1", np.concatenate([a, c], 1), axis=1)
    m.op("Concat", ["c", "a", "c"], "concat_neg",
         np.concatenate([c, a, c], -1), axis=-1)
    m.op("Concat", ["i", "j"], "concat_int", np.concatenate([i, j], 1),
         axis=1)
    m.node("Split", ["x"], ["split_a", "split_b", "split_c"], axis=0)
    for n, part in zip(("split_a", "split_b", "split_c"), np.split(x, 3, 0)):
        m.output(n, part)
    m.const("sizes", np.array([1, 3], np.int64))
    m.node("Split", ["x", "sizes"], ["split_d", "split_e"], axis=-1)
    m.output("split_d", x[:, :1])
    m.output("split_e", x[:, 1:])
    # A split result feeding another op (a slice of an intermediate).
    m.node("Split", ["x"], ["h0", "h1"], axis=1)
    m.op("Add", ["h0", "h1"], "split_sum", f64(x[:, :2]) + f64(x[:, 2:]))


@model
def gather_tile_expand(m):
    """Gather (negative indices, axis 1, 2-D and scalar indices), Tile,
    Expand, Slice with constant starts."""
    x = m.input("x", m.uniform([5, 4]))
    idx = m.input("idx", np.array([0, -1, 2, -5, 4], np.int64))
    idx2 = m.input("idx2", np.array([[3, -4], [0, 1], [-1, 2]], np.int64))
    d = m.input("d", m.ints([4, 3]))
    m.op("Gather", ["x", "idx"], "gather0", np.take(x, idx, 0))
    m.op("Gather", ["x", "idx2"], "gather1_2d", np.take(x, idx2, 1), axis=1)
    m.const("scalar_idx", np.int64(-2))
    m.op("Gather", ["x", "scalar_idx"], "gather_scalar", x[-2])
    m.op("Gather", ["d", "idx2"], "gather_int", np.take(d, idx2, 0), axis=0)
    m.const("reps", np.array([2, 3], np.int64))
    m.op("Tile", ["x", "reps"], "tile", np.tile(x, (2, 3)))
    m.op("Tile", ["d", "reps"], "tile_int", np.tile(d, (2, 3)))
    c = m.input("c", m.uniform([3, 1]))
    m.const("eshape", np.array([2, 3, 4], np.int64))
    m.op("Expand", ["c", "eshape"], "expand",
         np.broadcast_to(c, (2, 3, 4)))
    m.const("eshape1", np.array([1, 5], np.int64))
    m.op("Expand", ["c", "eshape1"], "expand_both",
         np.broadcast_to(c, (3, 5)))
    m.const("st", np.array([1, -3], np.int64))
    m.const("en", np.array([4, 100], np.int64))
    m.op("Slice", ["x", "st", "en"], "slice", x[1:4, -3:])
    m.const("st2", np.array([-1, 3], np.int64))
    m.const("en2", np.array([-100, 0], np.int64))
    m.const("ax2", np.array([0, 1], np.int64))
    m.const("sp2", np.array([-2, -1], np.int64))
    m.op("Slice", ["x", "st2", "en2", "ax2", "sp2"], "slice_neg_steps",
         x[-1::-2, 3:0:-1])


@model
def edges(m):
    """Outputs that are inputs, constants, views of inputs or also feed
    other ops; scalars; size-1 broadcasting both ways."""
    x = m.input("x", m.uniform([3, 1]))
    y = m.input("y", m.uniform([1, 4]))
    s = m.input("s", m.uniform([]))
    X, Y, S = f64(x), f64(y), f64(s)
    m.op("Identity", ["x"], "x_copy", X)
    m.const("shape", np.array([3], np.int64))
    m.op("Reshape", ["x", "shape"], "x_view", X.reshape(3))
    k = m.const("k", m.uniform([2, 2]))
    m.op("Identity", ["k"], "const_out", k)
    m.op("Add", ["x", "y"], "outer", X + Y)
    m.op("Mul", ["outer", "s"], "outer_scaled", (X + Y) * S)
    m.op("Add", ["s", "s"], "scalar", S + S)
    m.op("ReduceSum", ["outer"], "total", (X + Y).sum(), keepdims=0)
    m.op("MatMul", ["x", "y"], "k_is_1", X @ Y)
    m.node("Unsqueeze", ["s", "ax0"], "s1")
    m.const("ax0", np.array([0], np.int64))
    m.op("Concat", ["s1", "shape_f"], "concat_const",
         np.concatenate([S.reshape(1), [7.0, 8.0]]), axis=0)
    m.const("shape_f", np.array([7.0, 8.0], np.float32))
    # One tensor as two outputs, and an output that is a view of another.
    m.op("Relu", ["y"], "relu", np.maximum(Y, 0))
    m.op("Identity", ["relu"], "relu_again", np.maximum(Y, 0))
    m.const("shape4", np.array([4], np.int64))
    m.op("Reshape", ["relu", "shape4"], "relu_view", np.maximum(Y, 0).reshape(4))


#===------------------------------------------------------------------------===#
# Memory planning
#===------------------------------------------------------------------------===#


@model
def chain(m):
    """A chain of 12 elementwise ops and a matmul on [64, 64] float tensors:
    11 intermediate tensors of 16 KiB each, at most two alive at a time."""
    x = m.input("x", m.uniform([64, 64]))
    w = m.const("w", m.uniform([64, 64], -0.1, 0.1))
    v = f64(x)
    prev = "x"
    for k in range(12):
        out = "t%d" % k if k < 11 else "y"
        if k % 3 == 0:
            m.node("Mul", [prev, prev], out)
            v = v * v
        elif k % 3 == 1:
            m.node("MatMul", [prev, "w"], out)
            v = v @ f64(w)
        else:
            m.node("Add", [prev, "x"], out)
            v = v + f64(x)
        prev = out
    m.output("y", v)


def main(argv):
    if argv == ["--list"]:
        print("\n".join(sorted(MODELS)))
        return
    if len(argv) < 2 or argv[0] != "-d":
        sys.exit(__doc__)
    os.makedirs(argv[1], exist_ok=True)
    for name in argv[2:]:
        b = Builder(name)
        MODELS[name](b)
        b.write(argv[1], name)


if __name__ == "__main__":
    main(sys.argv[1:])
