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
    np.dtype(np.uint8): TensorProto.UINT8,
    np.dtype(np.int8): TensorProto.INT8,
    np.dtype(np.uint64): TensorProto.UINT64,
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
        self.opset = OPSET  # a model may set an older one

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
                              opset_imports=[helper.make_opsetid("", self.opset)])
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


def log_softmax_ref(x, axis):
    x = f64(x)
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def hardmax_ref(x, axis):
    """1 at the first maximum along `axis`, 0 elsewhere."""
    first = np.expand_dims(np.argmax(x, axis=axis), axis)
    y = np.zeros(x.shape)
    np.put_along_axis(y, first, 1.0, axis=axis)
    return y


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


@model
def instance_norm(m):
    """InstanceNormalization on 3-D, 4-D and 5-D inputs, default and set
    epsilon."""
    x3 = m.input("x3", m.uniform([2, 3, 7], -2, 2))
    x4 = m.input("x4", m.uniform([2, 3, 4, 5], -2, 2) + np.float32(3))
    x5 = m.input("x5", m.uniform([1, 2, 3, 2, 4], -2, 2))
    s3 = m.const("s3", m.uniform([3], 0.5, 1.5))
    b3 = m.const("b3", m.uniform([3]))
    s2 = m.const("s2", m.uniform([2], 0.5, 1.5))
    b2 = m.const("b2", m.uniform([2]))

    def ref(x, s, b, eps):
        x = f64(x)
        axes = tuple(range(2, x.ndim))
        shape = [1, -1] + [1] * (x.ndim - 2)
        mean = x.mean(axis=axes, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=axes, keepdims=True)
        return ((x - mean) / np.sqrt(var + eps) * f64(s).reshape(shape)
                + f64(b).reshape(shape))

    m.op("InstanceNormalization", ["x3", "s3", "b3"], "in_3d",
         ref(x3, s3, b3, np.float32(1e-5)))
    m.op("InstanceNormalization", ["x4", "s3", "b3"], "in_4d",
         ref(x4, s3, b3, np.float32(0.01)), epsilon=0.01)
    m.op("InstanceNormalization", ["x5", "s2", "b2"], "in_5d",
         ref(x5, s2, b2, np.float32(1e-5)))


@model
def legacy_broadcast(m):
    """Opset 6: Add, Mul and Sub with broadcast = 1 line B up with A from
    dim `axis` (or from the back without it); Elu, Selu, HardSigmoid."""
    m.opset = 6
    a = m.input("a", m.uniform([2, 3, 4, 5]))
    b = m.input("b", m.uniform([3, 4]))
    c = m.input("c", m.uniform([3]))
    d = m.input("d", m.uniform([5]))
    A, B, C, D = f64(a), f64(b), f64(c), f64(d)
    m.op("Add", ["a", "b"], "add_axis1", A + B[:, :, None], broadcast=1,
         axis=1)
    m.op("Mul", ["a", "c"], "mul_axis1", A * C[:, None, None], broadcast=1,
         axis=1)
    m.op("Sub", ["a", "d"], "sub_back", A - D, broadcast=1)
    m.op("Div", ["a", "d"], "div_axis3", A / D, broadcast=1, axis=-1)
    m.op("Elu", ["a"], "elu", np.where(A < 0, np.exp(A) - 1, A))
    sa, sg = 1.67326319217681884765625, 1.05070102214813232421875
    m.op("Selu", ["a"], "selu", np.where(A > 0, sg * A, sg * sa * (np.exp(A) - 1)))
    m.op("HardSigmoid", ["a"], "hard_sigmoid",
         np.clip(A * float(np.float32(0.2)) + 0.5, 0, 1))


@model
def math_functions(m):
    """Trigonometric and hyperbolic functions and their inverses (each on
    its domain), rounding (halves included), Sign (zeros included),
    Softplus and Softsign."""
    x = m.input("x", m.uniform([3, 5], -3.0, 3.0)
                * (m.rng.random([3, 5]) > 0.2).astype(np.float32))
    t = m.input("t", m.uniform([3, 5], -1.2, 1.2))
    u = m.input("u", m.uniform([3, 5], -0.99, 0.99))
    g = m.input("g", m.uniform([3, 5], 1.01, 4.0))
    halves = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, -0.0, 3.0],
                      np.float32)
    r = m.input("r", np.concatenate([halves, m.uniform([7], -4.0, 4.0)])
                .reshape(3, 5))
    X, T, U, G, R = f64(x), f64(t), f64(u), f64(g), f64(r)
    m.op("Sin", ["x"], "sin", np.sin(X))
    m.op("Cos", ["x"], "cos", np.cos(X))
    m.op("Tan", ["t"], "tan", np.tan(T))
    m.op("Asin", ["u"], "asin", np.arcsin(U))
    m.op("Acos", ["u"], "acos", np.arccos(U))
    m.op("Atan", ["x"], "atan", np.arctan(X))
    m.op("Sinh", ["x"], "sinh", np.sinh(X))
    m.op("Cosh", ["x"], "cosh", np.cosh(X))
    m.op("Asinh", ["x"], "asinh", np.arcsinh(X))
    m.op("Acosh", ["g"], "acosh", np.arccosh(G))
    m.op("Atanh", ["u"], "atanh", np.arctanh(U))
    m.op("Ceil", ["r"], "ceil", np.ceil(R))
    m.op("Floor", ["r"], "floor", np.floor(R))
    m.op("Round", ["r"], "round", np.round(R))  # halves to even
    m.op("Sign", ["x"], "sign", np.sign(X))
    m.op("Softplus", ["x"], "softplus", np.log(np.exp(X) + 1))
    m.op("Softsign", ["x"], "softsign", X / (1 + np.abs(X)))


@model
def activations(m):
    """Elu, Celu, Selu, ThresholdedRelu and Shrink with default and set
    attributes, PRelu with a per-channel slope, IsNaN and IsInf."""
    a = m.input("a", m.uniform([2, 3, 4], -3.0, 3.0))
    m.input("slope", m.uniform([3, 1], -0.5, 0.5))
    z = m.input("z", np.array([np.inf, -np.inf, np.nan, 0.0, 1.5, -2.0],
                              np.float32))
    A, S, Z = f64(a), f64(m.input_data["slope"]), f64(z)
    k = lambda v: float(np.float32(v))  # an attribute as the model holds it
    m.op("Elu", ["a"], "elu", np.where(A < 0, np.exp(A) - 1, A))
    m.op("Elu", ["a"], "elu_alpha", np.where(A < 0, k(0.5) * (np.exp(A) - 1), A),
         alpha=0.5)
    m.op("Celu", ["a"], "celu", np.maximum(A, 0) + np.minimum(0, np.exp(A) - 1))
    m.op("Celu", ["a"], "celu_alpha",
         np.maximum(A, 0) + np.minimum(0, k(2.5) * (np.exp(A / k(2.5)) - 1)),
         alpha=2.5)
    sa, sg = 1.67326319217681884765625, 1.05070102214813232421875
    m.op("Selu", ["a"], "selu", np.where(A > 0, sg * A, sg * sa * (np.exp(A) - 1)))
    m.op("Selu", ["a"], "selu_set",
         np.where(A > 0, k(1.2) * A, k(1.2) * k(2.0) * (np.exp(A) - 1)),
         alpha=2.0, gamma=1.2)
    m.op("ThresholdedRelu", ["a"], "thresholded_relu",
         np.where(A > 1, A, 0))
    m.op("ThresholdedRelu", ["a"], "thresholded_relu_alpha",
         np.where(A > k(0.3), A, 0), alpha=0.3)
    m.op("Shrink", ["a"], "shrink",
         np.where(A < -0.5, A, np.where(A > 0.5, A, 0)))
    m.op("Shrink", ["a"], "shrink_set",
         np.where(A < -k(0.4), A + k(0.2), np.where(A > k(0.4), A - k(0.2), 0)),
         bias=0.2, lambd=0.4)
    m.op("PRelu", ["a", "slope"], "prelu", np.where(A < 0, A * S, A))
    m.op("IsNaN", ["z"], "isnan", np.isnan(Z))
    m.op("IsInf", ["z"], "isinf", np.isinf(Z))
    m.op("IsInf", ["z"], "isinf_pos", Z == np.inf, detect_negative=0)
    m.op("IsInf", ["z"], "isinf_neg", Z == -np.inf, detect_positive=0)


@model
def logic_mod_shift(m):
    """And, Or, Xor (broadcast), LessOrEqual and GreaterOrEqual on floats
    and int64, Mod on both signs (integer: the divisor's sign; fmod: the
    dividend's), Mod of floats and uint8, BitShift of uint8 and uint64, and
    Sign of int64."""
    p = m.input("p", m.ints([3, 4], 0, 1).astype(np.bool_))
    q = m.input("q", m.ints([4], 0, 1).astype(np.bool_))
    a = m.input("a", m.ints([3, 4], -3, 3).astype(np.float32))
    b = m.input("b", m.ints([4], -3, 3).astype(np.float32))
    i = m.input("i", m.ints([3, 4], -20, 20))
    j = m.input("j", m.ints([4], 1, 6) * np.array([1, -1, 1, -1]))
    x = m.input("x", m.uniform([3, 4], -8.0, 8.0))
    y = m.input("y", m.uniform([4], 0.5, 3.0) * np.float32([1, -1, 1, -1]))
    u = m.input("u", m.ints([3, 4], 0, 255, np.uint8))
    v = m.input("v", m.ints([4], 1, 7, np.uint8))
    w = m.input("w", m.ints([3, 4], 0, 2**40, np.uint64))
    n = m.input("n", m.ints([4], 0, 23, np.uint64))
    m.op("And", ["p", "q"], "and", p & q)
    m.op("Or", ["p", "q"], "or", p | q)
    m.op("Xor", ["p", "q"], "xor", p ^ q)
    m.op("LessOrEqual", ["a", "b"], "le_f", a <= b)
    m.op("GreaterOrEqual", ["a", "b"], "ge_f", a >= b)
    m.op("LessOrEqual", ["i", "j"], "le_i", i <= j)
    m.op("GreaterOrEqual", ["i", "j"], "ge_i", i >= j)
    m.op("Mod", ["i", "j"], "mod", np.mod(i, j))
    m.op("Mod", ["i", "j"], "fmod", np.fmod(i, j), fmod=1)
    m.op("Mod", ["x", "y"], "fmod_f", np.fmod(f64(x), f64(y)), fmod=1)
    m.op("Mod", ["u", "v"], "mod_u8", np.mod(u, v))
    m.op("BitShift", ["u", "v"], "shl_u8", np.left_shift(u, v),
         direction="LEFT")
    m.op("BitShift", ["u", "v"], "shr_u8", np.right_shift(u, v),
         direction="RIGHT")
    m.op("BitShift", ["w", "n"], "shl_u64", np.left_shift(w, n),
         direction="LEFT")
    m.op("BitShift", ["w", "n"], "shr_u64", np.right_shift(w, n),
         direction="RIGHT")
    m.op("Sign", ["i"], "sign_i", np.sign(i))


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
    # 16 output channels with short rows: the output channels run along the
    # vector lanes (the filter permuted at compile time).
    w16 = m.const("w16", m.uniform([16, 4, 3, 3]))
    b16 = m.const("b16", m.uniform([16]))
    m.op("Conv", ["x", "w16", "b16"], "channel_lanes",
         conv_ref(x, w16, b16, strides=[1, 2], pads=[1, 1, 1, 1]),
         strides=[1, 2], pads=[1, 1, 1, 1])
    m.op("Conv", ["x", "w16"], "channel_lanes_dilated",
         conv_ref(x, w16, dilations=[2, 1]), dilations=[2, 1])
    # 64 output channels in rows of 40 and, strided, of 20: the channel-lane
    # form too, its register tile's rows along the output columns (4 of
    # them, stored transposed in registers).
    xl = m.input("xl", m.uniform([1, 3, 12, 40]))
    w64 = m.const("w64", m.uniform([64, 3, 3, 3]))
    b64 = m.const("b64", m.uniform([64]))
    m.op("Conv", ["xl", "w64", "b64"], "channel_lanes_columns",
         conv_ref(xl, w64, b64, pads=[1, 1, 1, 1]), pads=[1, 1, 1, 1])
    m.op("Conv", ["xl", "w64"], "channel_lanes_columns_strided",
         conv_ref(xl, w64, strides=[2, 2], pads=[1, 1, 1, 1]),
         strides=[2, 2], pads=[1, 1, 1, 1])
    # A strided 1x1 conv (ResNet's downsampling shortcut) takes it too.
    w64p = m.const("w64p", m.uniform([64, 3, 1, 1]))
    m.op("Conv", ["xl", "w64p", "b64"], "channel_lanes_pointwise_strided",
         conv_ref(xl, w64p, b64, strides=[2, 2]), strides=[2, 2])


@model
def epilogues(m):
    """Convs and matmuls followed by what becomes their epilogue: a
    BatchNormalization (folded into the conv), activations, residual adds;
    one case of each conv form and a matmul whose reduction is split."""
    x = m.input("x", m.uniform([1, 8, 9, 9]))
    r = m.input("r", m.uniform([1, 12, 9, 9]))

    def bn(name, y, c):
        scale = m.const(name + "_s", m.uniform([c], 0.5, 1.5))
        bias = m.const(name + "_b", m.uniform([c]))
        mean = m.const(name + "_m", m.uniform([c]))
        var = m.const(name + "_v", m.uniform([c], 0.5, 2.0))
        shape = [1, c] + [1] * (y.ndim - 2)
        return ((y - f64(mean).reshape(shape))
                / np.sqrt(f64(var).reshape(shape) + 1e-5)
                * f64(scale).reshape(shape) + f64(bias).reshape(shape))

    # Pointwise conv + BatchNormalization + Clip (ReLU6).
    wp = m.const("wp", m.uniform([16, 8, 1, 1]))
    m.node("Conv", ["x", "wp"], "pw")
    y = bn("pw_bn", conv_ref(x, wp), 16)
    m.node("BatchNormalization",
           ["pw", "pw_bn_s", "pw_bn_b", "pw_bn_m", "pw_bn_v"], "pw_norm")
    m.const("lo", np.array(0.0, np.float32))
    m.const("hi", np.array(0.5, np.float32))
    m.op("Clip", ["pw_norm", "lo", "hi"], "pointwise_bn_clip",
         np.clip(y, 0.0, 0.5))
    def conv_residual_relu(out, tag, xname, xv, rname, rv, wshape):
        """3x3 conv (pads 1) + bias + residual add + Relu, as `out`."""
        w = m.const("w" + tag, m.uniform(wshape, -0.3, 0.3))
        b = m.const("b" + tag, m.uniform([wshape[0]]))
        m.node("Conv", [xname, "w" + tag, "b" + tag], "c" + tag,
               pads=[1, 1, 1, 1])
        m.node("Add", ["c" + tag, rname], "c" + tag + "_res")
        m.op("Relu", ["c" + tag + "_res"], out,
             np.maximum(conv_ref(xv, w, b, pads=[1, 1, 1, 1]) + f64(rv), 0))

    # 3x3 conv over rows as wide as the padded input + bias + residual add
    # + Relu.
    conv_residual_relu("wide_rows_residual_relu", "3", "x", x, "r", r,
                       [12, 8, 3, 3])
    # Channels along the lanes (16 channels, rows of 5) + BatchNormalization
    # + LeakyRelu: the epilogue stores across the NCHW output.
    w16 = m.const("w16", m.uniform([16, 8, 3, 3], -0.3, 0.3))
    m.node("Conv", ["x", "w16"], "cl", pads=[1, 1, 1, 1], strides=[2, 2])
    y = bn("cl_bn", conv_ref(x, w16, pads=[1, 1, 1, 1], strides=[2, 2]), 16)
    m.node("BatchNormalization",
           ["cl", "cl_bn_s", "cl_bn_b", "cl_bn_m", "cl_bn_v"], "cl_norm")
    m.op("LeakyRelu", ["cl_norm"], "channel_lanes_bn_leaky",
         np.where(y < 0, 0.1 * y, y), alpha=0.1)
    # 64 channels along the lanes in rows of 20 (register rows along the
    # columns, the residual read and the result stored four columns at a
    # time) + bias + residual add + Relu, as in ResNet.
    xw = m.input("xw", m.uniform([1, 8, 6, 20]))
    rw = m.input("rw", m.uniform([1, 64, 6, 20]))
    conv_residual_relu("channel_lanes_columns_residual_relu", "64", "xw", xw,
                       "rw", rw, [64, 8, 3, 3])
    # Depthwise conv + BatchNormalization + Relu.
    wd = m.const("wd", m.uniform([8, 1, 3, 3]))
    m.node("Conv", ["x", "wd"], "dw", group=8, pads=[1, 1, 1, 1])
    y = bn("dw_bn", conv_ref(x, wd, group=8, pads=[1, 1, 1, 1]), 8)
    m.node("BatchNormalization",
           ["dw", "dw_bn_s", "dw_bn_b", "dw_bn_m", "dw_bn_v"], "dw_norm")
    m.op("Relu", ["dw_norm"], "depthwise_bn_relu", np.maximum(y, 0))
    # A conv whose result is also an output: not an epilogue, computed once.
    m.op("Conv", ["x", "wp"], "shared", conv_ref(x, wp))
    m.op("Sigmoid", ["shared"], "shared_sigmoid",
         1 / (1 + np.exp(-conv_ref(x, wp))))
    # MatMul + bias + Relu with a reduction of 600 (split into blocks): the
    # epilogue applies once, after the last block; one with Tanh; and a
    # GELU, whose chain reads the bias add twice (so that the add becomes
    # the epilogue first, and the chain joins it in a second round). The
    # micro-kernel computes tanh and erf on its accumulators.
    a = m.input("a", m.uniform([10, 600]))
    wm = m.const("wm", m.uniform([600, 40], -0.1, 0.1))
    bm = m.const("bm", m.uniform([40]))
    mm = f64(a) @ f64(wm) + f64(bm)
    m.node("MatMul", ["a", "wm"], "mm")
    m.node("Add", ["mm", "bm"], "mm_bias")
    m.op("Relu", ["mm_bias"], "matmul_bias_relu", np.maximum(mm, 0))
    m.node("MatMul", ["a", "wm"], "mm2")
    m.node("Add", ["mm2", "bm"], "mm2_bias")
    m.op("Tanh", ["mm2_bias"], "matmul_bias_tanh", np.tanh(mm))
    m.node("MatMul", ["a", "wm"], "mm3")
    m.node("Add", ["mm3", "bm"], "mm3_bias")
    m.const("sqrt2", np.array(math.sqrt(2.0), np.float32))
    m.const("one", np.array(1.0, np.float32))
    m.const("half", np.array(0.5, np.float32))
    m.node("Div", ["mm3_bias", "sqrt2"], "mm3_scaled")
    m.node("Erf", ["mm3_scaled"], "mm3_erf")
    m.node("Add", ["mm3_erf", "one"], "mm3_erf1")
    m.node("Mul", ["mm3_bias", "mm3_erf1"], "mm3_gelu2")
    m.op("Mul", ["mm3_gelu2", "half"], "matmul_bias_gelu",
         mm * 0.5 * (1 + np.vectorize(math.erf)(mm / math.sqrt(2.0))))


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


@model
def reduce_more(m):
    """ReduceProd/L1/L2/SumSquare/LogSum/LogSumExp over one, several and all
    axes; integer products, L1 norms and sums of squares; ArgMax/ArgMin with
    keepdims, negative axes and ties (select_last_index); CumSum forward,
    reverse, exclusive, and on integers."""
    x = m.input("x", m.uniform([2, 3, 4], -2, 2))
    p = m.input("p", m.uniform([2, 3, 4], 0.5, 2))
    i = m.input("i", m.ints([3, 4], -3, 3))
    t = m.input("t", m.ints([3, 5], 0, 2))  # many ties
    X, P = f64(x), f64(p)

    def lse(v, axis, keepdims):
        mx = np.max(v, axis=axis, keepdims=True)
        r = mx + np.log(np.sum(np.exp(v - mx), axis=axis, keepdims=True))
        return r if keepdims else np.squeeze(r, axis=axis)

    fns = {
        "Prod": ("x", lambda v, a, k: np.prod(v, axis=a, keepdims=k)),
        "L1": ("x", lambda v, a, k: np.sum(np.abs(v), axis=a, keepdims=k)),
        "L2": ("x", lambda v, a, k: np.sqrt(np.sum(v * v, axis=a,
                                                   keepdims=k))),
        "SumSquare": ("x", lambda v, a, k: np.sum(v * v, axis=a,
                                                  keepdims=k)),
        "LogSum": ("p", lambda v, a, k: np.log(np.sum(v, axis=a,
                                                      keepdims=k))),
        "LogSumExp": ("x", lse),
    }
    for kind, (src, fn) in fns.items():
        for axes, keep, tag in (((1,), 1, "a1_k1"), ((0, -1), 0, "a0n_k0"),
                                (None, 1, "all_k1")):
            name = "%s_%s" % (kind.lower(), tag)
            ref = fn(X if src == "x" else P, axes, bool(keep))
            attrs = {"keepdims": keep}
            if axes is not None:
                attrs["axes"] = list(axes)
            m.op("Reduce" + kind, [src], name, ref, **attrs)
    m.op("ReduceProd", ["i"], "prod_int", np.prod(i, axis=1), axes=[1],
         keepdims=0)
    m.op("ReduceL1", ["i"], "l1_int", np.sum(np.abs(i), axis=0,
                                             keepdims=True), axes=[0])
    m.op("ReduceSumSquare", ["i"], "sum_square_int",
         np.sum(i * i, keepdims=True))

    def last(fn, v, axis):
        flipped = np.flip(v, axis=axis)
        return v.shape[axis] - 1 - fn(flipped, axis=axis)

    m.op("ArgMax", ["x"], "argmax_a1_k0", np.argmax(X, axis=1), axis=1,
         keepdims=0)
    m.op("ArgMax", ["x"], "argmax_neg_k1",
         np.expand_dims(np.argmax(X, axis=2), 2), axis=-1)
    m.op("ArgMin", ["x"], "argmin_a0_k1",
         np.expand_dims(np.argmin(X, axis=0), 0))
    m.op("ArgMax", ["t"], "argmax_ties_first", np.argmax(t, axis=1), axis=1,
         keepdims=0)
    m.op("ArgMax", ["t"], "argmax_ties_last", last(np.argmax, t, 1), axis=1,
         keepdims=0, select_last_index=1)
    m.op("ArgMin", ["t"], "argmin_ties_last",
         np.expand_dims(last(np.argmin, t, 0), 0), select_last_index=1)

    m.const("axis1", np.array(1, np.int64))
    m.const("axis0", np.array(0, np.int64))
    inc = np.cumsum(X, axis=1)
    rev = np.flip(np.cumsum(np.flip(X, 1), axis=1), 1)
    m.op("CumSum", ["x", "axis1"], "cumsum", inc)
    m.op("CumSum", ["x", "axis1"], "cumsum_exclusive", inc - X, exclusive=1)
    m.op("CumSum", ["x", "axis1"], "cumsum_reverse", rev, reverse=1)
    m.op("CumSum", ["x", "axis1"], "cumsum_reverse_exclusive", rev - X,
         exclusive=1, reverse=1)
    m.op("CumSum", ["i", "axis0"], "cumsum_int", np.cumsum(i, axis=0))


@model
def indexing(m):
    """GatherElements, GatherND (with batch_dims), ScatterElements (updates
    smaller than the data, repeated indices, add and mul), ScatterND (slices
    and elements, add), OneHot, Trilu, DepthToSpace (DCR, CRD),
    SpaceToDepth, EyeLike, Size, CastLike, TopK (ties), ReverseSequence and
    MaxPool's indices (row- and column-major)."""
    d = m.input("d", m.uniform([3, 4]))
    g = m.input("g", m.uniform([2, 3, 4]))
    D, G = f64(d), f64(g)

    # GatherElements; negative indices count from the back.
    gi0 = m.input("gi0", m.ints([2, 4], -3, 2))
    gi1 = m.input("gi1", m.ints([3, 2], -4, 3, np.int32))
    m.op("GatherElements", ["d", "gi0"], "gather_elements_a0",
         np.take_along_axis(D, np.where(gi0 < 0, gi0 + 3, gi0), 0))
    m.op("GatherElements", ["d", "gi1"], "gather_elements_a1",
         np.take_along_axis(D, np.where(gi1 < 0, gi1 + 4, gi1), 1), axis=1)

    # GatherND: tuples of 2 into g's first two dims; with a batch dim.
    nd = m.input("nd", np.array([[1, 2], [0, -1]], np.int64))
    m.op("GatherND", ["g", "nd"], "gather_nd", np.stack([G[1, 2], G[0, 2]]))
    ndb = m.input("ndb", np.array([[2], [0]], np.int64))
    m.op("GatherND", ["g", "ndb"], "gather_nd_batch",
         np.stack([G[0, 2], G[1, 0]]), batch_dims=1)

    # ScatterElements along axis 1 with 2x3 updates into 3x4 data; row 0
    # repeats an index.
    si = m.input("si", np.array([[1, 1, -1], [0, 2, 3]], np.int64))
    su = m.input("su", m.uniform([2, 3]))
    for red in ("none", "add", "mul"):
        ref = D.copy()
        for r in range(2):
            for c in range(3):
                j = si[r, c] % 4
                v = f64(su)[r, c]
                ref[r, j] = (v if red == "none" else ref[r, j] + v
                             if red == "add" else ref[r, j] * v)
        m.op("ScatterElements", ["d", "si", "su"],
             "scatter_elements_" + red, ref, axis=1, reduction=red)

    # ScatterND: whole rows (index 1 twice, added), then single elements.
    sr = m.input("sr", np.array([[1], [-1], [1]], np.int64))
    sv = m.input("sv", m.uniform([3, 4]))
    ref = D.copy()
    for k, row in enumerate([1, 2, 1]):
        ref[row] += f64(sv)[k]
    m.op("ScatterND", ["d", "sr", "sv"], "scatter_nd_add", ref,
         reduction="add")
    se = m.input("se", np.array([[0, 3], [2, 1]], np.int64))
    sw = m.input("sw", m.uniform([2]))
    ref = D.copy()
    ref[0, 3], ref[2, 1] = sw[0], sw[1]
    m.op("ScatterND", ["d", "se", "sw"], "scatter_nd", ref)

    # OneHot with negative indices, along the last and the first axis.
    oi = m.input("oi", m.ints([2, 3], -4, 3))
    m.const("depth", np.array(4, np.int64))
    m.const("values", np.array([-1.0, 5.0], np.float32))
    hot = np.where(np.arange(4) == (np.where(oi < 0, oi + 4, oi))[..., None],
                   5.0, -1.0)
    m.op("OneHot", ["oi", "depth", "values"], "one_hot", hot)
    m.op("OneHot", ["oi", "depth", "values"], "one_hot_a0",
         np.moveaxis(hot, -1, 0), axis=0)

    # Trilu over the last two dims of g.
    m.const("k_neg", np.array(-1, np.int64))
    m.const("k2", np.array(2, np.int64))
    m.op("Trilu", ["g"], "triu", np.triu(G))
    m.op("Trilu", ["g", "k_neg"], "tril_k_neg", np.tril(G, -1), upper=0)
    m.op("Trilu", ["g", "k2"], "triu_k2", np.triu(G, 2))

    # DepthToSpace / SpaceToDepth with blocksize 2.
    c = m.input("c", m.uniform([1, 8, 2, 3]))
    C = f64(c)
    b, ch, h, w = C.shape
    dcr = C.reshape(b, 2, 2, ch // 4, h, w).transpose(0, 3, 4, 1, 5, 2)
    m.op("DepthToSpace", ["c"], "depth_to_space_dcr",
         dcr.reshape(b, ch // 4, h * 2, w * 2), blocksize=2)
    crd = C.reshape(b, ch // 4, 2, 2, h, w).transpose(0, 1, 4, 2, 5, 3)
    m.op("DepthToSpace", ["c"], "depth_to_space_crd",
         crd.reshape(b, ch // 4, h * 2, w * 2), blocksize=2, mode="CRD")
    sp = m.input("sp", m.uniform([1, 2, 4, 6]))
    S = f64(sp)
    s2d = S.reshape(1, 2, 2, 2, 3, 2).transpose(0, 3, 5, 1, 2, 4)
    m.op("SpaceToDepth", ["sp"], "space_to_depth", s2d.reshape(1, 8, 2, 3),
         blocksize=2)

    m.op("EyeLike", ["d"], "eye_like", np.eye(3, 4, -1), k=-1)
    m.op("Size", ["g"], "size", np.array(G.size, np.int64))
    cl = m.input("cl", m.uniform([2, 3], -20, 20))
    m.const("like", np.array([0], np.int32))
    m.op("CastLike", ["cl", "like"], "cast_like", cl.astype(np.int32))

    # TopK, ties included (the lower index first).
    tk = m.input("tk", m.ints([3, 5], 0, 3).astype(np.float32))
    m.const("k2_1d", np.array([2], np.int64))
    for largest, axis, tag in ((1, -1, "largest"), (0, 0, "smallest")):
        TK = f64(tk)
        order = np.argsort(-TK if largest else TK, axis=axis, kind="stable")
        order = np.take(order, [0, 1], axis=axis)
        m.node("TopK", ["tk", "k2_1d"], ["top_k_" + tag, "top_k_%s_i" % tag],
               axis=axis, largest=largest)
        m.output("top_k_" + tag, np.take_along_axis(TK, order, axis))
        m.output("top_k_%s_i" % tag, order.astype(np.int64))

    # ReverseSequence over time axis 0, batch axis 1.
    rs = m.input("rs", m.uniform([4, 3, 2]))
    lens = m.input("lens", np.array([4, 1, 3], np.int64))
    ref = f64(rs).copy()
    for bi, n in enumerate(lens):
        ref[:n, bi] = f64(rs)[:n, bi][::-1]
    m.op("ReverseSequence", ["rs", "lens"], "reverse_sequence", ref,
         batch_axis=1, time_axis=0)

    # MaxPool's indices, row-major with padding and column-major.
    mp = m.input("mp", m.uniform([1, 2, 5, 5]))
    MP = f64(mp)
    for kernel, stride, pad, order, tag in ((3, 2, 1, 0, "rows"),
                                            (2, 2, 0, 1, "columns")):
        size = (5 + 2 * pad - kernel) // stride + 1
        vals = np.zeros([1, 2, size, size])
        idx = np.zeros([1, 2, size, size], np.int64)
        for c in range(2):
            for oh in range(size):
                for ow in range(size):
                    best, where = -np.inf, None
                    for kh in range(kernel):
                        for kw in range(kernel):
                            h, w = oh * stride + kh - pad, ow * stride + kw - pad
                            if 0 <= h < 5 and 0 <= w < 5 and MP[0, c, h, w] > best:
                                best = MP[0, c, h, w]
                                where = h * 5 + w if order == 0 else w * 5 + h
                    vals[0, c, oh, ow], idx[0, c, oh, ow] = best, c * 25 + where
        names = ["max_pool_" + tag, "max_pool_indices_" + tag]
        m.node("MaxPool", ["mp"], names, kernel_shape=[kernel, kernel],
               strides=[stride, stride], pads=[pad] * 4, storage_order=order)
        m.output(names[0], vals)
        m.output(names[1], idx)


@model
def norm_outputs(m):
    """LayerNormalization's Mean and InvStdDev outputs (over one and two
    dims), and Dropout's mask in inference."""
    x = m.input("x", m.uniform([2, 3, 4], -3, 3))
    X = f64(x)
    gammas = {"gamma": m.const("gamma", m.uniform([3, 4], 0.5, 1.5)),
              "gamma4": m.const("gamma4", m.uniform([4], 0.5, 1.5))}
    for axis, g, tag in ((1, "gamma", "a1"), (-1, "gamma4", "neg")):
        axes = tuple(range(axis % 3, 3))
        mean = X.mean(axis=axes, keepdims=True)
        inv = 1 / np.sqrt(((X - mean) ** 2).mean(axis=axes, keepdims=True)
                          + 1e-5)
        y = (X - mean) * inv * f64(gammas[g])
        names = ["ln_" + tag, "ln_mean_" + tag, "ln_inv_" + tag]
        m.node("LayerNormalization", ["x", g], names, axis=axis)
        for n, r in zip(names, (y, mean, inv)):
            m.output(n, r)
    m.node("Dropout", ["x"], ["dropout", "dropout_mask"])
    m.output("dropout", X)
    m.output("dropout_mask", np.ones(X.shape, np.bool_))


@model
def softmax_loss(m):
    """LogSoftmax (every axis, and inputs near +-1000 that overflow a naive
    exp), Hardmax (every axis; ties pick the first maximum), and ops that
    DLC imports as their ONNX function bodies: SoftmaxCrossEntropyLoss
    (mean over weights with an ignore_index, plus its log-probabilities)
    expanding into LogSoftmax and NegativeLogLikelihoodLoss, the latter
    unreduced on its own, and MeanVarianceNormalization."""
    x = m.input("x", m.uniform([2, 3, 4], -3, 3))
    big = m.input("big", m.uniform([3, 5], 990, 1010) *
                  np.array([1, -1, 1], np.float32)[:, None])
    ties = m.input("ties", m.ints([3, 4, 2], 0, 2).astype(np.float32))
    X = f64(x)
    for axis in (0, 1, 2):
        m.op("LogSoftmax", ["x"], "log_softmax_axis%d" % axis,
             log_softmax_ref(X, axis), axis=axis)
    m.op("LogSoftmax", ["big"], "log_softmax_big", log_softmax_ref(big, -1))
    for axis in (0, 1, -1):
        m.op("Hardmax", ["ties"], "hardmax_axis%d" % (axis % 3),
             hardmax_ref(ties, axis), axis=axis)

    scores = m.input("scores", m.uniform([3, 5, 2], -2, 2))
    labels = m.ints([3, 2], 0, 4)
    labels[0, 1] = 2  # the ignored class appears at least once
    m.input("labels", labels)
    weights = m.const("weights", m.uniform([5], 0.5, 1.5))
    logp = log_softmax_ref(scores, 1)
    ignored = labels == 2
    safe = np.where(ignored, 0, labels)
    picked = np.take_along_axis(logp, safe[:, None, :], axis=1)[:, 0, :]
    w = np.where(ignored, 0.0, f64(weights)[safe])
    m.node("SoftmaxCrossEntropyLoss", ["scores", "labels", "weights"],
           ["sce", "sce_log_prob"], reduction="mean", ignore_index=2)
    m.output("sce", np.sum(-picked * w) / np.sum(w))
    m.output("sce_log_prob", logp)

    logits = m.input("logits", m.uniform([4, 3], -2, 2))
    target = m.input("target", m.ints([4], 0, 2))
    m.op("NegativeLogLikelihoodLoss", ["logits", "target"], "nll_none",
         -f64(logits)[np.arange(4), target], reduction="none")

    mvn = f64(x)
    mean = mvn.mean(axis=(0, 2), keepdims=True)
    std = np.sqrt((mvn ** 2).mean(axis=(0, 2), keepdims=True) - mean ** 2)
    m.op("MeanVarianceNormalization", ["x"], "mvn", (mvn - mean) / (std + 1e-9),
         axes=[0, 2])


@model
def training_mode(m):
    """The training-mode forms DLC computes: BatchNormalization with the
    batch's statistics and its running mean and variance (4-D and 3-D), and
    Dropout at ratio 0 (the identity, its mask all true)."""
    x = m.input("x", m.uniform([2, 3, 4, 5], -2, 2))
    z = m.input("z", m.uniform([4, 3, 2], -2, 2))
    scale = m.const("scale", m.uniform([3], 0.5, 1.5))
    bias = m.const("bias", m.uniform([3]))
    mean = m.const("mean", m.uniform([3]))
    var = m.const("var", m.uniform([3], 0.5, 2.0))

    def bn_train(v, eps, momentum, tag):
        v = f64(v)
        axes = (0,) + tuple(range(2, v.ndim))
        bm, bv = v.mean(axis=axes), v.var(axis=axes)
        shape = [1, 3] + [1] * (v.ndim - 2)
        r = lambda t: f64(t).reshape(shape)
        y = (v - r(bm)) / np.sqrt(r(bv) + eps) * r(scale) + r(bias)
        m.output("bn_" + tag, y)
        m.output("bn_running_mean_" + tag,
                 f64(mean) * momentum + bm * (1 - momentum))
        m.output("bn_running_var_" + tag,
                 f64(var) * momentum + bv * (1 - momentum))

    names = lambda tag: ["bn_" + tag, "bn_running_mean_" + tag,
                         "bn_running_var_" + tag]
    m.node("BatchNormalization", ["x", "scale", "bias", "mean", "var"],
           names("4d"), training_mode=1)
    bn_train(x, np.float32(1e-5), np.float32(0.9), "4d")
    m.node("BatchNormalization", ["z", "scale", "bias", "mean", "var"],
           names("3d"), training_mode=1, epsilon=0.01, momentum=0.5)
    bn_train(z, np.float32(0.01), 0.5, "3d")
    m.const("ratio", np.float32(0))
    m.const("training", np.bool_(True))
    m.node("Dropout", ["z", "ratio", "training"], ["dropout", "dropout_mask"])
    m.output("dropout", f64(z))
    m.output("dropout_mask", np.ones(z.shape, np.bool_))


@model
def quantize(m):
    """QuantizeLinear per tensor to uint8 (with halves: round half to even)
    and per channel to int8 (saturating), DequantizeLinear per channel, and
    DynamicQuantizeLinear (imported as its ONNX function body)."""
    halves = np.array([0.25, 0.75, 1.25, -0.25, 3.0, 100.0, -1.0, 7.9],
                      np.float32)
    h = m.input("h", halves)
    m.const("s_u8", np.float32(0.5))
    m.const("zp_u8", np.uint8(3))
    m.op("QuantizeLinear", ["h", "s_u8", "zp_u8"], "quantize_u8",
         np.clip(np.round(f64(h) / 0.5) + 3, 0, 255), np.uint8)

    x = m.input("x", m.uniform([2, 3, 4], -300, 300))
    scale = m.const("scale", np.array([0.5, 2.0, 4.0], np.float32))
    zp = m.const("zp", np.array([-3, 0, 5], np.int8))
    per_channel = lambda t: f64(t).reshape(1, 3, 1)
    m.op("QuantizeLinear", ["x", "scale", "zp"], "quantize_i8",
         np.clip(np.round(f64(x) / per_channel(scale)) + per_channel(zp),
                 -128, 127), np.int8)

    q = m.input("q", m.ints([2, 3, 4], -128, 127, np.int8))
    m.op("DequantizeLinear", ["q", "scale", "zp"], "dequantize",
         (f64(q) - per_channel(zp)) * per_channel(scale))

    d = m.input("d", m.uniform([3, 5], -2, 5))
    lo, hi = min(0.0, f64(d).min()), max(0.0, f64(d).max())
    # The scale is a float32 output: the quantization divides by that value.
    y_scale = np.float32((hi - lo) / 255)
    y_zp = np.clip(np.round(-lo / f64(y_scale)), 0, 255)
    m.node("DynamicQuantizeLinear", ["d"], ["dyn", "dyn_scale", "dyn_zp"])
    m.output("dyn", np.clip(np.round(f64(d) / f64(y_scale)) + y_zp, 0, 255),
             np.uint8)
    m.output("dyn_scale", y_scale)
    m.output("dyn_zp", y_zp, np.uint8)


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
