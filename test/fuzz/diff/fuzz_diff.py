#!/usr/bin/python3
"""Differential fuzzing of the whole compiler against ONNX Runtime.

Generates valid random ONNX models from the ops DLC supports (random shapes,
attributes, dtypes and graph structure, from a seed), compiles each with
dlc-compile (half of them with random legal schedules), runs it with dlc-run
and compares every output with ONNX Runtime's CPU provider
(test/fuzz/diff/ort-worker.js; bench/setup.sh installs onnxruntime-node).

    fuzz_diff.py campaign [--seconds N | --models N] [--seed S] [-j J]
                          [--findings DIR]
    fuzz_diff.py gen --seed S --index I -o DIR     write one model + inputs
    fuzz_diff.py check DIR                         compile, run, compare one
    fuzz_diff.py reduce DIR -o OUT                 shrink a failing case
    fuzz_diff.py replay DIR...                     check saved regressions

A model ends as one of
  ok           every output matches the reference
  mismatch     an output differs (beyond rtol 1e-3, atol 1e-4 x the
               output's magnitude)
  crash        a signal, an internal error or a sanitizer report in
               dlc-compile or dlc-run
  unsupported  DLC rejected the model with a clean diagnostic (counted, not
               a failure: the generator only uses supported ops, so these
               point at missing attribute forms worth a look)
  invalid      ONNX Runtime rejected the model (a generator bug; counted)
A mismatch or crash is reduced automatically (smallest failing subgraph,
then edges cut into graph inputs) and saved under --findings as a directory
that `replay` checks: model.onnx, inputs/NAME.npy, ref/NAME.npy (ONNX
Runtime's outputs) and case.json. Fixed findings move to
test/fuzz/diff/regressions/, which the test command replays (no ONNX Runtime
needed there).

Values stay finite by construction: every tensor carries an interval bound,
ops that would overflow or leave their domain (Exp, Log, Sqrt, Div, ...) are
only applied where the bound allows, large values are squashed with Tanh,
and comparisons, casts to integers and other discontinuous ops take only
graph inputs or exact integer tensors, so that rounding differences cannot
flip a result.
"""

import argparse
import importlib.util
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OPSET = 17
RTOL, ATOL = 1e-3, 1e-4
# A verifier error of an op DLC itself produced is an internal error (the
# importer only creates graph ops), however cleanly it is reported.
INTERNAL = re.compile(r"'(kernel|linalg|affine|memref|scf|llvm|arith|math|"
                      r"tensor|bufferization|func|vector|omp)\.[a-z_.]+' op ")


def _node_runner():
    """The ONNX node-test runner: its step runner and outcome classifier
    (what counts as a crash) are shared with this fuzzer."""
    path = os.path.join(ROOT, "test", "e2e", "onnx-node", "run.py")
    spec = importlib.util.spec_from_file_location("onnx_node_run", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


NODE_RUN = _node_runner()


# ---- model generation ---------------------------------------------------------

class T:
    """A tensor of the model being built: name, shape, dtype ('f', 'i' for
    int64, 'b' for bool), the interval [lo, hi] its values lie in, and
    whether it is a graph input (exact values, safe for discontinuous ops)."""

    def __init__(self, name, shape, dtype, lo, hi, exact=False):
        self.name, self.shape, self.dtype = name, list(shape), dtype
        self.lo, self.hi, self.exact = float(lo), float(hi), exact

    @property
    def mag(self):
        return max(abs(self.lo), abs(self.hi))

    @property
    def rank(self):
        return len(self.shape)


class Skip(Exception):
    """The chosen op does not apply to the chosen tensor."""


class Builder:
    def __init__(self, rng):
        from onnx import helper
        self.helper = helper
        self.rng = rng
        self.nodes, self.inputs, self.inits, self.value_info = [], [], [], []
        self.data = {}  # graph input name -> ndarray
        self.pool = []
        self.count = 0

    def fresh(self, prefix):
        self.count += 1
        return "%s%d" % (prefix, self.count)

    # -- values
    def input(self, shape, dtype="f"):
        name = self.fresh("in")
        if dtype == "f":
            a = self.rng.uniform(-1, 1, size=shape).astype(np.float32)
            t = T(name, shape, "f", -1, 1, exact=True)
        elif dtype == "i":
            a = self.rng.integers(-10, 11, size=shape).astype(np.int64)
            t = T(name, shape, "i", -10, 10, exact=True)
        else:
            a = self.rng.integers(0, 2, size=shape).astype(np.bool_)
            t = T(name, shape, "b", 0, 1, exact=True)
        self.data[name] = a
        self.inputs.append(self.helper.make_tensor_value_info(
            name, _elem(dtype), shape))
        return t

    def const(self, array, prefix="c"):
        from onnx import numpy_helper
        name = self.fresh(prefix)
        self.inits.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def weight(self, shape, scale=1.0):
        return self.const((self.rng.uniform(-1, 1, size=shape) * scale)
                          .astype(np.float32), "w")

    def node(self, op, ins, outs, **attrs):
        names = [self.fresh("t") for _ in range(outs)]
        self.nodes.append(self.helper.make_node(
            op, ins, names, name=self.fresh(op + "_"), **attrs))
        return names

    def out(self, name, shape, dtype, lo, hi, exact=False):
        t = T(name, shape, dtype, lo, hi, exact)
        self.value_info.append(self.helper.make_tensor_value_info(
            name, _elem(dtype), shape))
        self.pool.append(t)
        return t

    # -- choices
    def pick(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, lo, hi):
        """Uniform integer in [lo, hi]."""
        return int(self.rng.integers(lo, hi + 1))


def _elem(dtype):
    from onnx import TensorProto
    return {"f": TensorProto.FLOAT, "i": TensorProto.INT64,
            "b": TensorProto.BOOL}[dtype]


def _bcast_shape(b, shape):
    """A random shape that broadcasts against `shape` (to `shape`)."""
    drop = b.randint(0, len(shape)) if b.chance(0.3) else 0
    s = list(shape[drop:])
    return [1 if b.chance(0.25) else d for d in s]


def _broadcasts(*shapes):
    try:
        np.broadcast_shapes(*map(tuple, shapes))
        return True
    except ValueError:
        return False


def _span(vals):
    return min(vals), max(vals)


def squash(b, t):
    if t.dtype == "f" and t.mag > 1e3:
        (y,) = b.node("Tanh", [t.name], 1)
        return b.out(y, t.shape, "f", -1, 1)
    return t


# Each op generator takes the builder and a float tensor and returns the new
# tensor (or raises Skip).

def g_unary(b, t):
    cands = ["Relu", "Sigmoid", "Tanh", "Abs", "Neg", "Erf", "Identity",
             "LeakyRelu", "HardSigmoid", "HardSwish", "Clip"]
    if t.hi <= 10:
        cands.append("Exp")
    if t.lo >= 0:
        cands.append("Sqrt")
    if t.lo >= 1e-2:
        cands.append("Log")
    if t.lo >= 0.1 or t.hi <= -0.1:
        cands.append("Reciprocal")
    op = b.pick(cands)
    attrs, ins = {}, [t.name]
    lo, hi = t.lo, t.hi
    if op == "Relu":
        lo, hi = max(lo, 0), max(hi, 0)
    elif op in ("Sigmoid",):
        lo, hi = 1 / (1 + math.exp(-max(lo, -60))), 1 / (1 + math.exp(-min(hi, 60)))
    elif op in ("Tanh", "Erf"):
        lo, hi = -1, 1
    elif op == "Abs":
        lo, hi = (0 if lo < 0 < hi else min(abs(lo), abs(hi))), t.mag
    elif op == "Neg":
        lo, hi = -hi, -lo
    elif op == "LeakyRelu":
        a = round(float(b.rng.uniform(0.01, 0.5)), 3)
        attrs["alpha"] = a
        lo, hi = min(lo, a * lo), max(hi, a * hi)
    elif op == "HardSigmoid":
        attrs["alpha"] = round(float(b.rng.uniform(0.1, 0.5)), 3)
        attrs["beta"] = round(float(b.rng.uniform(0.2, 0.8)), 3)
        lo, hi = 0, 1
    elif op == "HardSwish":
        lo, hi = min(lo, -0.375), max(hi, 0) + 1
    elif op == "Clip":
        c = sorted(b.rng.uniform(-1, 1, size=2).astype(np.float32).tolist())
        ins += [b.const(np.float32(c[0])), b.const(np.float32(c[1]))]
        lo, hi = c[0], c[1]
    elif op == "Exp":
        lo, hi = math.exp(lo), math.exp(hi)
    elif op == "Sqrt":
        lo, hi = math.sqrt(lo), math.sqrt(hi)
    elif op == "Log":
        lo, hi = math.log(lo), math.log(hi)
    elif op == "Reciprocal":
        lo, hi = _span([1 / lo, 1 / hi])
    (y,) = b.node(op, ins, 1, **attrs)
    return b.out(y, t.shape, "f", lo, hi)


def other_operand(b, t, shape=None):
    """A second operand for a binary op: an existing tensor of a
    broadcast-compatible shape, a new graph input or a constant."""
    want = t.shape if shape is None else shape
    shape = _bcast_shape(b, t.shape) if shape is None else shape
    same = [u for u in b.pool if u.dtype == t.dtype and u.shape == want
            and u is not t]
    r = b.rng.random()
    if same and r < 0.35:
        return b.pick(same)
    if r < 0.7 or t.dtype == "b":
        return b.input(shape, t.dtype)
    if t.dtype == "f":
        return T(b.weight(shape), shape, "f", -1, 1, exact=True)
    v = b.rng.integers(-5, 6, size=shape).astype(np.int64)
    return T(b.const(v), shape, "i", -5, 5, exact=True)


def g_binary(b, t):
    u = other_operand(b, t)
    ops = ["Add", "Sub", "Mul", "Max", "Min"]
    if t.dtype == "f" and (u.lo >= 0.25 or u.hi <= -0.25):
        ops.append("Div")
    op = b.pick(ops)
    a_, b_ = (t, u) if b.chance(0.7) else (u, t)
    if op == "Div" and not (b_.lo >= 0.25 or b_.hi <= -0.25):
        a_, b_ = b_, a_
        if not (b_.lo >= 0.25 or b_.hi <= -0.25):
            raise Skip
    if t.dtype == "i" and op == "Mul" and t.mag * u.mag > 1e6:
        raise Skip
    shape = list(np.broadcast_shapes(tuple(a_.shape), tuple(b_.shape)))
    if op == "Add":
        lo, hi = a_.lo + b_.lo, a_.hi + b_.hi
    elif op == "Sub":
        lo, hi = a_.lo - b_.hi, a_.hi - b_.lo
    elif op == "Mul":
        lo, hi = _span([x * y for x in (a_.lo, a_.hi) for y in (b_.lo, b_.hi)])
    elif op == "Div":
        lo, hi = _span([x / y for x in (a_.lo, a_.hi) for y in (b_.lo, b_.hi)])
    elif op == "Max":
        lo, hi = max(a_.lo, b_.lo), max(a_.hi, b_.hi)
    else:
        lo, hi = min(a_.lo, b_.lo), min(a_.hi, b_.hi)
    (y,) = b.node(op, [a_.name, b_.name], 1)
    return b.out(y, shape, t.dtype, lo, hi, exact=t.dtype == "i")


def g_compare_where(b, t):
    """Where(cond, t, other) with cond from comparing exact tensors."""
    exact = [u for u in b.pool if u.exact and u.dtype in "fi"
             and _broadcasts(u.shape, t.shape)]
    x = b.pick(exact) if exact and b.chance(0.5) else b.input(t.shape, "f")
    y = other_operand(b, x)
    if not y.exact:  # a computed value may round to either side of x
        y = b.input(_bcast_shape(b, x.shape), x.dtype)
    op = b.pick(["Less", "Greater", "Equal"])
    if op == "Equal" and x.dtype == "f":
        op = "Less"
    (c,) = b.node(op, [x.name, y.name], 1)
    cshape = list(np.broadcast_shapes(tuple(x.shape), tuple(y.shape)))
    cond = b.out(c, cshape, "b", 0, 1, exact=True)
    if b.chance(0.2):
        (n,) = b.node("Not", [c], 1)
        cond = b.out(n, cshape, "b", 0, 1, exact=True)
    other = other_operand(b, t)
    shape = list(np.broadcast_shapes(tuple(cshape), tuple(t.shape),
                                     tuple(other.shape)))
    (w,) = b.node("Where", [cond.name, t.name, other.name], 1)
    return b.out(w, shape, t.dtype, min(t.lo, other.lo), max(t.hi, other.hi),
                 exact=t.dtype == "i")


def g_cast(b, t):
    if t.dtype == "i":
        (y,) = b.node("Cast", [t.name], 1, to=_elem("f"))
        return b.out(y, t.shape, "f", t.lo, t.hi, exact=True)
    if not t.exact:
        raise Skip
    # float -> int64 of an exact input (scaled so that values are not all 0).
    (s,) = b.node("Mul", [t.name, b.const(np.float32(8))], 1)
    b.out(s, t.shape, "f", t.lo * 8, t.hi * 8, exact=True)
    (y,) = b.node("Cast", [s], 1, to=_elem("i"))
    return b.out(y, t.shape, "i", math.floor(t.lo * 8), math.ceil(t.hi * 8),
                 exact=True)


def g_matmul(b, t):
    if t.rank < 1 or t.dtype != "f":
        raise Skip
    k = t.shape[-1]
    # Now and then a wide output, so that tiled schedules get remainders.
    n = b.randint(1, 24) if b.chance(0.8) else b.randint(25, 150)
    if b.chance(0.5) or t.rank == 1:
        w = T(b.weight([k, n]), [k, n], "f", -1, 1)
    else:
        lead = t.shape[:-2] if b.chance(0.7) else []
        w = b.input(lead + [k, n], "f")
    (y,) = b.node("MatMul", [t.name, w.name], 1)
    a = np.zeros(t.shape, np.float32)
    shape = list(np.matmul(a, np.zeros(w.shape, np.float32)).shape)
    m = k * t.mag * w.mag
    return b.out(y, shape, "f", -m, m)


def g_gemm(b, t):
    if t.rank != 2 or t.dtype != "f":
        raise Skip
    ta, tb = b.chance(0.3), b.chance(0.5)
    m, k = (t.shape[1], t.shape[0]) if ta else t.shape
    n = b.randint(1, 24)
    w = b.weight([n, k] if tb else [k, n])
    ins = [t.name, w]
    alpha = round(float(b.rng.uniform(0.5, 2)), 2)
    beta = round(float(b.rng.uniform(0.5, 2)), 2)
    if b.chance(0.7):
        ins.append(b.weight(b.pick([[n], [1, n], [m, n], [m, 1]])))
    (y,) = b.node("Gemm", ins, 1, transA=int(ta), transB=int(tb), alpha=alpha,
                  beta=beta)
    mg = alpha * k * t.mag + beta
    return b.out(y, [m, n], "f", -mg, mg)


def _spatial_ok(b, t):
    return t.rank == 4 and t.dtype == "f" and min(t.shape[2:]) >= 1


def g_conv(b, t):
    if not _spatial_ok(b, t):
        raise Skip
    n, c, h, w = t.shape
    groups = b.pick([g for g in (1, 2, 4, c) if c % g == 0])
    cout = groups * b.randint(1, 3) if groups == c else b.pick(
        [d for d in range(1, 17) if d % groups == 0])
    kh, kw = b.randint(1, min(3, h + 2)), b.randint(1, min(3, w + 2))
    dil = [b.randint(1, 2), b.randint(1, 2)]
    strides = [b.randint(1, 2), b.randint(1, 2)]
    pads = [b.randint(0, kh - 1), b.randint(0, kw - 1),
            b.randint(0, kh - 1), b.randint(0, kw - 1)]
    oh = (h + pads[0] + pads[2] - dil[0] * (kh - 1) - 1) // strides[0] + 1
    ow = (w + pads[1] + pads[3] - dil[1] * (kw - 1) - 1) // strides[1] + 1
    if oh < 1 or ow < 1:
        raise Skip
    ins = [t.name, b.weight([cout, c // groups, kh, kw])]
    if b.chance(0.6):
        ins.append(b.weight([cout]))
    attrs = dict(kernel_shape=[kh, kw], strides=strides, dilations=dil,
                 group=groups)
    if b.chance(0.2) and strides == [1, 1] and dil == [1, 1]:
        attrs["auto_pad"] = b.pick(["SAME_UPPER", "SAME_LOWER"])
        oh, ow = h, w
    else:
        attrs["pads"] = pads
    (y,) = b.node("Conv", ins, 1, **attrs)
    m = (c // groups) * kh * kw * t.mag + 1
    return b.out(y, [n, cout, oh, ow], "f", -m, m)


def g_pool(b, t):
    if not _spatial_ok(b, t):
        raise Skip
    n, c, h, w = t.shape
    op = b.pick(["MaxPool", "AveragePool", "GlobalAveragePool",
                 "GlobalMaxPool"])
    if op.startswith("Global"):
        (y,) = b.node(op, [t.name], 1)
        return b.out(y, [n, c, 1, 1], "f", t.lo, t.hi)
    kh, kw = b.randint(1, min(3, h)), b.randint(1, min(3, w))
    strides = [b.randint(1, 2), b.randint(1, 2)]
    pads = [b.randint(0, kh - 1), b.randint(0, kw - 1),
            b.randint(0, kh - 1), b.randint(0, kw - 1)]
    attrs = dict(kernel_shape=[kh, kw], strides=strides, pads=pads)
    lo, hi = t.lo, t.hi
    if op == "AveragePool":
        attrs["count_include_pad"] = int(b.chance(0.5))
        lo, hi = min(lo, 0), max(hi, 0)
    oh = (h + pads[0] + pads[2] - kh) // strides[0] + 1
    ow = (w + pads[1] + pads[3] - kw) // strides[1] + 1
    (y,) = b.node(op, [t.name], 1, **attrs)
    return b.out(y, [n, c, oh, ow], "f", lo, hi)


def g_norm(b, t):
    if t.dtype != "f" or t.rank < 2:
        raise Skip
    op = b.pick(["BatchNormalization", "LayerNormalization", "Softmax"])
    if op == "Softmax":
        axis = b.randint(-t.rank, t.rank - 1)
        (y,) = b.node("Softmax", [t.name], 1, axis=axis)
        return b.out(y, t.shape, "f", 0, 1)
    if op == "BatchNormalization":
        c = t.shape[1]
        var = b.const(b.rng.uniform(0.5, 2, size=[c]).astype(np.float32))
        eps = 1e-5
        (y,) = b.node(op, [t.name, b.weight([c]), b.weight([c]), b.weight([c]),
                           var], 1, epsilon=eps)
        m = (t.mag + 1) / math.sqrt(0.5) + 1
        return b.out(y, t.shape, "f", -m, m)
    axis = b.randint(-t.rank, t.rank - 1)
    norm_shape = t.shape[axis:]
    if int(np.prod(norm_shape)) < 2:
        raise Skip
    (y,) = b.node(op, [t.name, b.weight(norm_shape), b.weight(norm_shape)], 1,
                  axis=axis, epsilon=1e-5)
    m = math.sqrt(int(np.prod(norm_shape))) + 1
    return b.out(y, t.shape, "f", -m, m)


def g_reduce(b, t):
    if t.rank < 1:
        raise Skip
    op = b.pick(["ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin"])
    k = b.randint(1, t.rank)
    axes = sorted(b.rng.choice(t.rank, size=k, replace=False).tolist())
    axes = [a - t.rank if b.chance(0.3) else a for a in axes]
    keep = int(b.chance(0.5))
    norm = [a % t.rank for a in axes]
    shape = [1 if i in norm else d for i, d in enumerate(t.shape)
             if keep or i not in norm]
    count = int(np.prod([t.shape[a] for a in norm]))
    if op == "ReduceSum":
        (y,) = b.node(op, [t.name, b.const(np.array(axes, np.int64))], 1,
                      keepdims=keep)
        lo, hi = t.lo * count, t.hi * count
    else:
        (y,) = b.node(op, [t.name], 1, axes=axes, keepdims=keep)
        lo, hi = t.lo, t.hi
    return b.out(y, shape, t.dtype, lo, hi, exact=t.dtype == "i")


def g_transpose(b, t):
    if t.rank < 2:
        raise Skip
    perm = b.rng.permutation(t.rank).tolist()
    (y,) = b.node("Transpose", [t.name], 1, perm=perm)
    return b.out(y, [t.shape[p] for p in perm], t.dtype, t.lo, t.hi, t.exact)


def _factor(b, n, rank):
    dims = []
    for _ in range(rank - 1):
        divs = [d for d in range(1, n + 1) if n % d == 0]
        d = b.pick(divs)
        dims.append(d)
        n //= d
    return dims + [n]


def g_reshape(b, t):
    size = int(np.prod(t.shape))
    op = b.pick(["Reshape", "Flatten", "Squeeze", "Unsqueeze"])
    if op == "Reshape":
        shape = _factor(b, size, b.randint(1, 4))
        spec = list(shape)
        if b.chance(0.3):
            spec[b.randint(0, len(spec) - 1)] = -1
        (y,) = b.node(op, [t.name, b.const(np.array(spec, np.int64))], 1)
    elif op == "Flatten":
        axis = b.randint(0, t.rank)
        shape = [int(np.prod(t.shape[:axis])), int(np.prod(t.shape[axis:]))]
        (y,) = b.node(op, [t.name], 1, axis=axis)
    elif op == "Squeeze":
        ones = [i for i, d in enumerate(t.shape) if d == 1]
        if not ones:
            raise Skip
        axes = sorted(set(b.pick(ones) for _ in range(2)))
        shape = [d for i, d in enumerate(t.shape) if i not in axes]
        (y,) = b.node(op, [t.name, b.const(np.array(axes, np.int64))], 1)
    else:
        if t.rank >= 5:
            raise Skip
        axis = b.randint(0, t.rank)
        shape = t.shape[:axis] + [1] + t.shape[axis:]
        (y,) = b.node(op, [t.name, b.const(np.array([axis], np.int64))], 1)
    return b.out(y, shape, t.dtype, t.lo, t.hi, t.exact)


def g_concat_split(b, t):
    if t.rank < 1:
        raise Skip
    axis = b.randint(0, t.rank - 1)
    if b.chance(0.5):
        shape = list(t.shape)
        shape[axis] = b.randint(1, 5)
        u = b.input(shape, t.dtype) if t.dtype != "b" else None
        if u is None:
            raise Skip
        parts = [t, u] if b.chance(0.5) else [u, t]
        if b.chance(0.3):
            parts.append(t)
        (y,) = b.node("Concat", [p.name for p in parts], 1,
                      axis=axis - t.rank if b.chance(0.3) else axis)
        out = list(t.shape)
        out[axis] = sum(p.shape[axis] for p in parts)
        return b.out(y, out, t.dtype, min(p.lo for p in parts),
                     max(p.hi for p in parts), t.exact)
    d = t.shape[axis]
    if d < 2:
        raise Skip
    k = b.randint(2, min(d, 3))
    cuts = sorted(b.rng.choice(np.arange(1, d), size=k - 1, replace=False))
    sizes = np.diff([0] + list(cuts) + [d]).tolist()
    ys = b.node("Split", [t.name, b.const(np.array(sizes, np.int64))], k,
                axis=axis)
    outs = []
    for y, s in zip(ys, sizes):
        shape = list(t.shape)
        shape[axis] = s
        outs.append(b.out(y, shape, t.dtype, t.lo, t.hi, t.exact))
    return b.pick(outs)


def _slice_len(d, start, end, step):
    """Elements ONNX Slice takes from a dim of size d."""
    start = start + d if start < 0 else start
    end = end + d if end < 0 else end
    if step > 0:
        start, end = min(max(start, 0), d), min(max(end, 0), d)
        return max(0, (end - start + step - 1) // step)
    start, end = min(max(start, 0), d - 1), min(max(end, -1), d - 1)
    return max(0, (start - end - step - 1) // -step)


def g_slice(b, t):
    if t.rank < 1:
        raise Skip
    k = b.randint(1, t.rank)
    axes = sorted(b.rng.choice(t.rank, size=k, replace=False).tolist())
    starts, ends, steps, shape = [], [], [], list(t.shape)
    for a in axes:
        d = t.shape[a]
        for _ in range(10):
            step = b.pick([1, 1, 2, -1, -2])
            s = b.randint(-d - 2, d + 2)
            e = b.randint(-d - 2, d + 2)
            if b.chance(0.15):
                e = (d + 7) if step > 0 else (-d - 7)  # far past the end
            n = _slice_len(d, s, e, step)
            if n >= 1:
                break
        else:
            raise Skip
        starts.append(s)
        ends.append(e)
        steps.append(step)
        shape[a] = n
    ins = [t.name, b.const(np.array(starts, np.int64)),
           b.const(np.array(ends, np.int64)), b.const(np.array(axes, np.int64)),
           b.const(np.array(steps, np.int64))]
    (y,) = b.node("Slice", ins, 1)
    return b.out(y, shape, t.dtype, t.lo, t.hi, t.exact)


def g_gather(b, t):
    if t.rank < 1:
        raise Skip
    axis = b.randint(0, t.rank - 1)
    d = t.shape[axis]
    ishape = [b.randint(1, 4) for _ in range(b.randint(0, 2))]
    idx = b.rng.integers(-d, d, size=ishape).astype(np.int64)
    (y,) = b.node("Gather", [t.name, b.const(idx)], 1, axis=axis)
    shape = t.shape[:axis] + ishape + t.shape[axis + 1:]
    return b.out(y, shape, t.dtype, t.lo, t.hi, t.exact)


def g_expand_tile(b, t):
    if b.chance(0.5):
        target = [d if d != 1 else b.pick([1, 2, 3]) for d in t.shape]
        if b.chance(0.3):
            target = [b.randint(1, 3)] + target
        spec = [1 if (i >= len(target) - t.rank and b.chance(0.3)) else d
                for i, d in enumerate(target)]
        (y,) = b.node("Expand", [t.name, b.const(np.array(spec, np.int64))], 1)
        shape = list(np.broadcast_shapes(tuple(t.shape), tuple(spec)))
    else:
        reps = [b.randint(1, 3) for _ in t.shape]
        (y,) = b.node("Tile", [t.name, b.const(np.array(reps, np.int64))], 1)
        shape = [d * r for d, r in zip(t.shape, reps)]
    if int(np.prod(shape)) > 20000:
        raise Skip
    return b.out(y, shape, t.dtype, t.lo, t.hi, t.exact)


def g_pad(b, t):
    if t.rank < 1 or t.dtype == "b":
        raise Skip
    mode = b.pick(["constant", "reflect", "edge"])
    pads = []
    for side in range(2):
        for d in t.shape:
            lim = d - 1 if mode == "reflect" else 3
            pads.append(b.randint(0, max(0, min(lim, 3))))
    ins = [t.name, b.const(np.array(pads, np.int64))]
    lo, hi = t.lo, t.hi
    if mode == "constant":
        v = float(np.float32(b.rng.uniform(-1, 1))) if t.dtype == "f" else 3
        ins.append(b.const(np.array(v, np.float32 if t.dtype == "f" else np.int64)))
        lo, hi = min(lo, v), max(hi, v)
    (y,) = b.node("Pad", ins, 1, mode=mode)
    r = t.rank
    shape = [d + pads[i] + pads[i + r] for i, d in enumerate(t.shape)]
    return b.out(y, shape, t.dtype, lo, hi, t.exact)


def g_conv_transpose(b, t):
    if not _spatial_ok(b, t):
        raise Skip
    n, c, h, w = t.shape
    groups = b.pick([g for g in (1, 2) if c % g == 0])
    cout_g = b.randint(1, 4)
    kh, kw = b.randint(1, 3), b.randint(1, 3)
    strides = [b.randint(1, 2), b.randint(1, 2)]
    pads = [b.randint(0, kh - 1), b.randint(0, kw - 1),
            b.randint(0, kh - 1), b.randint(0, kw - 1)]
    outpad = [b.randint(0, strides[0] - 1), b.randint(0, strides[1] - 1)]
    oh = strides[0] * (h - 1) + outpad[0] + kh - pads[0] - pads[2]
    ow = strides[1] * (w - 1) + outpad[1] + kw - pads[1] - pads[3]
    if oh < 1 or ow < 1:
        raise Skip
    ins = [t.name, b.weight([c, cout_g, kh, kw])]
    if b.chance(0.5):
        ins.append(b.weight([cout_g * groups]))
    (y,) = b.node("ConvTranspose", ins, 1, kernel_shape=[kh, kw],
                  strides=strides, pads=pads, output_padding=outpad,
                  group=groups)
    m = (c // groups) * kh * kw * t.mag + 1
    return b.out(y, [n, cout_g * groups, oh, ow], "f", -m, m)


def g_resize(b, t):
    if t.rank != 4 or t.dtype != "f":
        raise Skip
    mode = b.pick(["nearest", "linear"])
    sizes = [t.shape[0], t.shape[1]] + [max(1, d * b.randint(1, 3) // b.randint(1, 2))
                                        for d in t.shape[2:]]
    if int(np.prod(sizes)) > 20000:
        raise Skip
    attrs = dict(mode=mode)
    ctm = b.pick(["half_pixel", "asymmetric", "align_corners",
                  "pytorch_half_pixel"])
    attrs["coordinate_transformation_mode"] = ctm
    if mode == "nearest":
        attrs["nearest_mode"] = b.pick(["round_prefer_floor", "floor", "ceil"])
        if ctm != "asymmetric":
            # Rounding at exact .5 coordinates differs between libraries'
            # float formulas only by ulps; asymmetric keeps them integral.
            attrs["coordinate_transformation_mode"] = "asymmetric"
    (y,) = b.node("Resize", [t.name, "", "", b.const(np.array(sizes, np.int64))],
                  1, **attrs)
    return b.out(y, sizes, "f", t.lo, t.hi)


def g_pow(b, t):
    if t.dtype != "f" or t.lo < 0.1 or t.hi > 100:
        raise Skip
    e = b.pick([2.0, 0.5, -1.0, 3.0, 1.5])
    (y,) = b.node("Pow", [t.name, b.const(np.float32(e))], 1)
    lo, hi = _span([t.lo ** e, t.hi ** e])
    return b.out(y, t.shape, "f", lo, hi)


def g_cast_roundtrip(b, t):
    """Through another dtype and back: float64 (exact for float32 values)
    or int32 for exact integers."""
    if t.dtype == "f":
        (d,) = b.node("Cast", [t.name], 1, to=TensorProtoDOUBLE)
        (y,) = b.node("Cast", [d], 1, to=_elem("f"))
        return b.out(y, t.shape, "f", t.lo, t.hi, t.exact)
    if t.dtype == "i" and t.mag < 2 ** 31:
        (d,) = b.node("Cast", [t.name], 1, to=TensorProtoINT32)
        (y,) = b.node("Cast", [d], 1, to=_elem("i"))
        return b.out(y, t.shape, "i", t.lo, t.hi, True)
    raise Skip


TensorProtoDOUBLE, TensorProtoINT32 = 11, 6


# -- more of ONNX: math, activations, index ops, reductions, logic ----------

def _exact_scaled(b, t, scale=4.0):
    """t itself when exact, else a fresh exact input of t's shape; scaled so
    that rounding ops see values other than 0 and +-1."""
    if not t.exact or t.dtype != "f":
        t = b.input(t.shape, "f")
    (y,) = b.node("Mul", [t.name, b.const(np.float32(scale))], 1)
    return b.out(y, t.shape, "f", t.lo * scale, t.hi * scale, exact=True)


def g_math(b, t):
    """Trigonometric and hyperbolic functions inside their domains."""
    m = t.mag
    cands = ["Sin", "Cos", "Atan", "Asinh"] if m <= 100 else ["Atan"]
    if m <= 1.4:
        cands.append("Tan")
    if m <= 0.99:
        cands += ["Asin", "Acos", "Atanh"]
    if m <= 10:
        cands += ["Sinh", "Cosh"]
    if t.lo >= 1.01:
        cands.append("Acosh")
    op = b.pick(cands)
    bounds = {"Sin": (-1, 1), "Cos": (-1, 1), "Atan": (-1.6, 1.6),
              "Tan": (-6, 6), "Asin": (-1.6, 1.6), "Acos": (0, 3.2),
              "Atanh": (-2.7, 2.7)}
    if op in bounds:
        lo, hi = bounds[op]
    elif op == "Asinh":
        lo, hi = -math.asinh(m), math.asinh(m)
    elif op == "Sinh":
        lo, hi = -math.sinh(m), math.sinh(m)
    elif op == "Cosh":
        lo, hi = 1, math.cosh(m)
    else:  # Acosh
        lo, hi = 0, math.acosh(max(t.hi, 1.01))
    (y,) = b.node(op, [t.name], 1)
    return b.out(y, t.shape, "f", lo, hi)


def g_activation(b, t):
    cands = ["Softsign", "Elu", "Selu", "Celu", "PRelu", "IsNaN"]
    if t.hi <= 30:
        cands.append("Softplus")
    op = b.pick(cands)
    attrs, ins = {}, [t.name]
    lo, hi = min(t.lo, -2), max(t.hi, 0) * 1.1 + 0.1
    if op in ("Elu", "Celu"):
        attrs["alpha"] = round(float(b.rng.uniform(0.2, 2)), 2)
        lo = -attrs["alpha"]
    elif op == "Selu":
        attrs["alpha"] = round(float(b.rng.uniform(1, 2)), 2)
        attrs["gamma"] = round(float(b.rng.uniform(1, 1.5)), 2)
        lo, hi = -attrs["alpha"] * attrs["gamma"], max(t.hi, 0) * attrs["gamma"]
    elif op == "Softsign":
        lo, hi = -1, 1
    elif op == "Softplus":
        lo, hi = 0, max(t.hi, 0) + 1
    elif op == "PRelu":
        slope_shape = _bcast_shape(b, t.shape)
        ins.append(b.weight(slope_shape))
        lo, hi = -t.mag, t.mag
    elif op == "IsNaN":
        (y,) = b.node(op, ins, 1)
        return b.out(y, t.shape, "b", 0, 1, exact=True)
    (y,) = b.node(op, ins, 1, **attrs)
    return b.out(y, t.shape, "f", lo, hi)


def g_rounding(b, t):
    """Discontinuous float ops, on exact values only."""
    x = _exact_scaled(b, t)
    op = b.pick(["Floor", "Ceil", "Round", "Sign", "ThresholdedRelu",
                 "Shrink", "Mod"])
    attrs, ins = {}, [x.name]
    lo, hi = math.floor(x.lo), math.ceil(x.hi)
    if op == "ThresholdedRelu":
        attrs["alpha"] = round(float(b.rng.uniform(0, 2)), 2)
        lo, hi = 0, max(x.hi, 0)
    elif op == "Shrink":
        attrs["lambd"] = round(float(b.rng.uniform(0, 2)), 2)
        attrs["bias"] = round(float(b.rng.uniform(0, 1)), 2)
        lo, hi = x.lo, x.hi
    elif op == "Sign":
        lo, hi = -1, 1
    elif op == "Mod":
        attrs["fmod"] = 1
        d = float(b.pick([1.5, 2.0, -3.0, 0.75]))
        ins.append(b.const(np.float32(d)))
        lo, hi = -abs(d), abs(d)
    (y,) = b.node(op, ins, 1, **attrs)
    return b.out(y, x.shape, "f", lo, hi, exact=True)


def g_int_ops(b, t):
    """Integer Mod (both fmod forms) with non-zero divisors, and CumSum."""
    if t.dtype != "i":
        raise Skip
    if b.chance(0.5):
        fmod = int(b.chance(0.5))
        d = b.rng.integers(1, 6, size=_bcast_shape(b, t.shape)).astype(np.int64)
        d *= np.where(b.rng.random(d.shape) < 0.5, -1, 1)
        (y,) = b.node("Mod", [t.name, b.const(d)], 1, fmod=fmod)
        shape = list(np.broadcast_shapes(tuple(t.shape), d.shape))
        return b.out(y, shape, "i", -5, 5, exact=True)
    return g_cumsum(b, t)


def g_cumsum(b, t):
    if t.rank < 1:
        raise Skip
    axis = b.randint(-t.rank, t.rank - 1)
    (y,) = b.node("CumSum", [t.name, b.const(np.array(axis, np.int64))], 1,
                  exclusive=int(b.chance(0.3)), reverse=int(b.chance(0.3)))
    n = t.shape[axis]
    return b.out(y, t.shape, t.dtype, min(0, t.lo * n), max(0, t.hi * n),
                 exact=t.dtype == "i")


def g_arg(b, t):
    """ArgMax/ArgMin/TopK/Hardmax: exact values only (no near-ties)."""
    if t.rank < 1:
        raise Skip
    x = t if t.exact else b.input(t.shape, t.dtype)
    axis = b.randint(-x.rank, x.rank - 1)
    if x.dtype == "i":
        # Integers in [-10, 10] tie; make them distinct along the axis.
        raise Skip
    op = b.pick(["ArgMax", "ArgMin", "Hardmax", "TopK"])
    if op == "Hardmax":
        (y,) = b.node(op, [x.name], 1, axis=axis)
        return b.out(y, x.shape, "f", 0, 1, exact=True)
    if op == "TopK":
        k = b.randint(1, x.shape[axis])
        vals, idx = b.node(op, [x.name, b.const(np.array([k], np.int64))], 2,
                           axis=axis, largest=int(b.chance(0.7)),
                           sorted=1)
        shape = list(x.shape)
        shape[axis] = k
        b.out(idx, shape, "i", 0, x.shape[axis] - 1, exact=True)
        return b.out(vals, shape, "f", x.lo, x.hi, exact=True)
    keep = int(b.chance(0.5))
    (y,) = b.node(op, [x.name], 1, axis=axis, keepdims=keep,
                  select_last_index=int(b.chance(0.3)))
    a = axis % x.rank
    shape = [1 if i == a else d for i, d in enumerate(x.shape) if keep or i != a]
    return b.out(y, shape, "i", 0, x.shape[a] - 1, exact=True)


def g_reduce_more(b, t):
    if t.rank < 1 or t.dtype != "f":
        raise Skip
    k = b.randint(1, t.rank)
    axes = sorted(b.rng.choice(t.rank, size=k, replace=False).tolist())
    count = int(np.prod([t.shape[a] for a in axes]))
    cands = ["ReduceL1", "ReduceL2", "ReduceSumSquare"]
    if t.hi <= 20:
        cands.append("ReduceLogSumExp")
    if t.mag <= 2 and count <= 8:
        cands.append("ReduceProd")
    if t.lo >= 0.05:
        cands.append("ReduceLogSum")
    op = b.pick(cands)
    keep = int(b.chance(0.5))
    (y,) = b.node(op, [t.name], 1, axes=axes, keepdims=keep)
    shape = [1 if i in axes else d for i, d in enumerate(t.shape)
             if keep or i not in axes]
    m = t.mag
    if op in ("ReduceL1", "ReduceL2"):
        lo, hi = 0, m * count
    elif op == "ReduceSumSquare":
        lo, hi = 0, m * m * count
    elif op == "ReduceLogSumExp":
        lo, hi = t.lo, t.hi + math.log(count) + 1
    elif op == "ReduceProd":
        lo, hi = -(m ** count), m ** count
    else:
        lo, hi = math.log(max(t.lo, 1e-3)) - 1, math.log(m * count) + 1
    return b.out(y, shape, "f", lo, hi)


def g_log_softmax(b, t):
    if t.rank < 1 or t.dtype != "f" or t.mag > 50:
        raise Skip
    axis = b.randint(-t.rank, t.rank - 1)
    (y,) = b.node("LogSoftmax", [t.name], 1, axis=axis)
    n = t.shape[axis]
    return b.out(y, t.shape, "f", -(2 * t.mag + math.log(n)) - 1, 0)


def g_index_ops(b, t):
    if t.rank < 1:
        raise Skip
    op = b.pick(["GatherElements", "ScatterElements", "Trilu", "OneHot",
                 "DepthToSpace", "SpaceToDepth", "Size", "EyeLike",
                 "CastLike"])
    if op == "GatherElements":
        axis = b.randint(0, t.rank - 1)
        ishape = [b.randint(1, d) for d in t.shape]
        d = t.shape[axis]
        idx = b.rng.integers(-d, d, size=ishape).astype(np.int64)
        (y,) = b.node(op, [t.name, b.const(idx)], 1, axis=axis)
        return b.out(y, ishape, t.dtype, t.lo, t.hi, t.exact)
    if op == "ScatterElements":
        axis = b.randint(0, t.rank - 1)
        d = t.shape[axis]
        red = b.pick(["none", "add", "mul"])
        ishape = list(t.shape)
        ishape[axis] = b.randint(1, d)
        # Distinct indices along the axis (duplicates have no defined
        # order with reduction none).
        perm = np.argsort(b.rng.random(t.shape), axis=axis)
        idx = np.take(perm, np.arange(ishape[axis]), axis=axis).astype(np.int64)
        upd = other_operand(b, t, shape=ishape)
        if red == "mul" and (t.mag > 4 or upd.mag > 4):
            red = "add"
        (y,) = b.node(op, [t.name, b.const(idx), upd.name], 1, axis=axis,
                      reduction=red)
        m = t.mag * upd.mag if red == "mul" else t.mag + upd.mag
        return b.out(y, t.shape, t.dtype, -m, m, t.exact)
    if op == "Trilu":
        if t.rank < 2:
            raise Skip
        ins = [t.name]
        if b.chance(0.7):
            ins.append(b.const(np.array(b.randint(-3, 3), np.int64)))
        (y,) = b.node(op, ins, 1, upper=int(b.chance(0.5)))
        return b.out(y, t.shape, t.dtype, min(t.lo, 0), max(t.hi, 0), t.exact)
    if op == "OneHot":
        depth = b.randint(1, 6)
        ishape = [b.randint(1, 4) for _ in range(b.randint(1, 2))]
        idx = b.rng.integers(-depth, depth, size=ishape).astype(np.int64)
        vals = b.rng.uniform(-1, 1, size=2).astype(np.float32)
        axis = b.randint(-len(ishape) - 1, len(ishape))
        (y,) = b.node(op, [b.const(idx), b.const(np.array(depth, np.int64)),
                           b.const(vals)], 1, axis=axis)
        a = axis % (len(ishape) + 1)
        shape = ishape[:a] + [depth] + ishape[a:]
        return b.out(y, shape, "f", -1, 1, exact=True)
    if op in ("DepthToSpace", "SpaceToDepth"):
        if t.rank != 4 or t.dtype != "f":  # ONNX Runtime: float only
            raise Skip
        n, c, h, w = t.shape
        bs = b.pick([2, 3])
        if op == "DepthToSpace":
            if c % (bs * bs):
                raise Skip
            attrs = dict(blocksize=bs, mode=b.pick(["DCR", "CRD"]))
            shape = [n, c // (bs * bs), h * bs, w * bs]
        else:
            if h % bs or w % bs:
                raise Skip
            attrs = dict(blocksize=bs)
            shape = [n, c * bs * bs, h // bs, w // bs]
        (y,) = b.node(op, [t.name], 1, **attrs)
        return b.out(y, shape, t.dtype, t.lo, t.hi, t.exact)
    if op == "Size":
        (y,) = b.node(op, [t.name], 1)
        n = int(np.prod(t.shape))
        return b.out(y, [], "i", n, n, exact=True)
    if op == "EyeLike":
        if t.rank != 2:
            raise Skip
        (y,) = b.node(op, [t.name], 1, k=b.randint(-2, 2))
        return b.out(y, t.shape, t.dtype, 0, 1, exact=True)
    # CastLike: to int64 only from exact values.
    if t.dtype == "i":
        like = b.const(np.zeros([1], np.float32))
        (y,) = b.node(op, [t.name, like], 1)
        return b.out(y, t.shape, "f", t.lo, t.hi, exact=True)
    like = b.const(np.zeros([1], np.float64))
    (y,) = b.node(op, [t.name, like], 1)
    (z,) = b.node("Cast", [y], 1, to=_elem("f"))
    return b.out(z, t.shape, "f", t.lo, t.hi, t.exact)


def g_logic(b, t):
    """And/Or/Xor/Not on booleans from exact comparisons."""
    bools = [u for u in b.pool if u.dtype == "b"]
    if not bools:
        raise Skip
    x = b.pick(bools)
    op = b.pick(["And", "Or", "Xor"])
    y_ = other_operand(b, x) if b.chance(0.5) else b.input(
        _bcast_shape(b, x.shape), "b")
    (y,) = b.node(op, [x.name, y_.name], 1)
    shape = list(np.broadcast_shapes(tuple(x.shape), tuple(y_.shape)))
    c = b.out(y, shape, "b", 0, 1, exact=True)
    # Back into the float graph: select between t and something else.
    if not _broadcasts(shape, t.shape):
        return c
    other = other_operand(b, t)
    (w,) = b.node("Where", [c.name, t.name, other.name], 1)
    return b.out(w, list(np.broadcast_shapes(tuple(shape), tuple(t.shape),
                                             tuple(other.shape))),
                 t.dtype, min(t.lo, other.lo), max(t.hi, other.hi), t.exact)


def g_compare_more(b, t):
    """GreaterOrEqual/LessOrEqual on exact values."""
    x = t if t.exact else b.input(t.shape, t.dtype)
    y_ = other_operand(b, x)
    if not y_.exact:
        raise Skip
    op = b.pick(["GreaterOrEqual", "LessOrEqual"])
    (y,) = b.node(op, [x.name, y_.name], 1)
    shape = list(np.broadcast_shapes(tuple(x.shape), tuple(y_.shape)))
    return b.out(y, shape, "b", 0, 1, exact=True)


FLOAT_OPS = [(g_unary, 6), (g_binary, 6), (g_compare_where, 1), (g_cast, 1),
             (g_matmul, 2), (g_gemm, 1), (g_conv, 3), (g_pool, 2),
             (g_norm, 2), (g_reduce, 2), (g_transpose, 2), (g_reshape, 2),
             (g_concat_split, 2), (g_slice, 2), (g_gather, 1),
             (g_expand_tile, 1), (g_pad, 2), (g_conv_transpose, 1),
             (g_resize, 1), (g_pow, 1), (g_cast_roundtrip, 1),
             (g_math, 2), (g_activation, 2), (g_rounding, 1), (g_arg, 1),
             (g_reduce_more, 1), (g_log_softmax, 1), (g_index_ops, 2),
             (g_logic, 1), (g_compare_more, 1), (g_cumsum, 1)]
INT_OPS = [(g_binary, 4), (g_cast, 2), (g_reduce, 1), (g_transpose, 1),
           (g_reshape, 1), (g_concat_split, 1), (g_slice, 1), (g_gather, 1),
           (g_expand_tile, 1), (g_pad, 1), (g_compare_where, 1),
           (g_cast_roundtrip, 1), (g_int_ops, 2), (g_index_ops, 1),
           (g_compare_more, 1), (g_logic, 1)]


def generate(seed, index):
    """The model of (seed, index): (ModelProto, {input name: ndarray})."""
    from onnx import helper
    rng = np.random.default_rng([seed, index])
    b = Builder(rng)
    for _ in range(b.randint(1, 2)):
        rank = b.pick([1, 2, 2, 3, 4, 4, 4])
        if rank == 4:
            shape = [b.randint(1, 2), b.randint(1, 8), b.randint(1, 12),
                     b.randint(1, 12)]
        else:
            shape = [b.randint(1, 9) for _ in range(rank)]
        b.pool.append(b.input(shape, "i" if b.chance(0.15) else "f"))
    want = b.randint(1, 12)
    tries = 0
    while len(b.nodes) < want and tries < 200:
        tries += 1
        recent = [u for u in b.pool if u.dtype != "b"]
        t = recent[-1] if b.chance(0.5) else b.pick(recent)
        table = FLOAT_OPS if t.dtype == "f" else INT_OPS
        gens, weights = zip(*table)
        p = np.array(weights, float) / sum(weights)
        gen = gens[int(rng.choice(len(gens), p=p))]
        mark = (len(b.nodes), len(b.pool), len(b.inputs), len(b.inits),
                len(b.value_info), dict(b.data))
        try:
            t = squash(b, t)
            y = gen(b, t)
            if int(np.prod(y.shape)) == 0 or int(np.prod(y.shape)) > 50000:
                raise Skip
        except (Skip, ValueError):  # ValueError: shapes that do not broadcast
            n, p_, i, c, v, d = mark
            del b.nodes[n:], b.pool[p_:], b.inputs[i:], b.inits[c:]
            del b.value_info[v:]
            b.data = d
    if not b.nodes:
        (y,) = b.node("Identity", [b.pool[0].name], 1)
        b.out(y, b.pool[0].shape, b.pool[0].dtype, 0, 0)
    produced = [t for t in b.pool if not t.name.startswith("in")]
    used = {i for n in b.nodes for i in n.input}
    outs = [t for t in produced if t.name not in used or b.chance(0.15)]
    graph = helper.make_graph(
        b.nodes, "fuzz_%d_%d" % (seed, index), b.inputs,
        [helper.make_tensor_value_info(t.name, _elem(t.dtype), t.shape)
         for t in outs],
        initializer=b.inits,
        value_info=[v for v in b.value_info
                    if v.name not in {t.name for t in outs}])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="dlc-fuzz-diff")
    model.ir_version = 8
    used = {i for n in b.nodes for i in n.input}
    data = {k: v for k, v in b.data.items() if k in used}
    # Drop graph inputs no node reads (a generator choice that was undone).
    del model.graph.input[:]
    model.graph.input.extend(v for v in b.inputs if v.name in data)
    return model, data


# ---- cases on disk ------------------------------------------------------------

def write_case(dirname, model, data, meta):
    import onnx
    shutil.rmtree(dirname, ignore_errors=True)
    os.makedirs(os.path.join(dirname, "inputs"), exist_ok=True)
    onnx.save(model, os.path.join(dirname, "model.onnx"))
    for k, v in data.items():
        np.save(os.path.join(dirname, "inputs", k + ".npy"), v)
    with open(os.path.join(dirname, "case.json"), "w") as f:
        json.dump(meta, f, indent=1, sort_keys=True)


def read_case(dirname):
    import onnx
    model = onnx.load(os.path.join(dirname, "model.onnx"))
    data = {}
    idir = os.path.join(dirname, "inputs")
    for f in sorted(os.listdir(idir)) if os.path.isdir(idir) else []:
        if f.endswith(".npy"):
            data[f[:-4]] = np.load(os.path.join(idir, f))
    meta = {}
    if os.path.exists(os.path.join(dirname, "case.json")):
        with open(os.path.join(dirname, "case.json")) as f:
            meta = json.load(f)
    return model, data, meta


# ---- the reference --------------------------------------------------------------

class Reference:
    """ONNX Runtime through one ort-worker.js process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.proc = None

    def _start(self):
        self.proc = subprocess.Popen(
            ["node", os.path.join(HERE, "ort-worker.js")], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def run(self, model_path, inputs, outdir):
        req = json.dumps({"model": model_path, "inputs": inputs,
                          "outdir": outdir})
        with self.lock:
            for attempt in range(2):
                if self.proc is None or self.proc.poll() is not None:
                    self._start()
                try:
                    self.proc.stdin.write(req + "\n")
                    self.proc.stdin.flush()
                    line = self.proc.stdout.readline()
                except (BrokenPipeError, OSError):
                    line = ""
                if line:
                    return json.loads(line)
                err = self.proc.stderr.read() if self.proc.poll() is not None else ""
                self.proc = None
                if "cannot load onnxruntime-node" in err:
                    raise SystemExit("fuzz_diff: " + err.strip())
            return {"ok": False, "error": "ort-worker died: " + err.strip()[:300]}

    def close(self):
        if self.proc is not None:
            self.proc.stdin.close()
            self.proc.wait()


def ref_magnitudes(refdir):
    m = 1.0
    for f in os.listdir(refdir):
        a = np.load(os.path.join(refdir, f))
        if a.dtype.kind == "f" and a.size:
            m = max(m, float(np.max(np.abs(a[np.isfinite(a)]), initial=0)))
    return m


# ---- compile, run, compare --------------------------------------------------------

class Checker:
    def __init__(self, bindir, reference, timeout=60):
        self.compile = os.path.join(bindir, "dlc-compile")
        self.run = os.path.join(bindir, "dlc-run")
        self.ref = reference
        self.timeout = timeout

    def check_dir(self, dirname, schedule_seed=None, make_ref=True):
        """(status, detail) of the case in dirname; writes dirname/ref when
        make_ref (else uses the stored one)."""
        model = os.path.join(dirname, "model.onnx")
        inputs = {f[:-4]: os.path.join(dirname, "inputs", f)
                  for f in sorted(os.listdir(os.path.join(dirname, "inputs")))}
        refdir = os.path.join(dirname, "ref")
        if make_ref:
            shutil.rmtree(refdir, ignore_errors=True)
            r = self.ref.run(model, inputs, refdir)
            if not r["ok"]:
                return "invalid", r["error"][:300]
        work = tempfile.mkdtemp(prefix="dlc-fuzz-diff.")
        try:
            so = os.path.join(work, "m.so")
            cmd = [self.compile, model, "-o", so, "--quiet"]
            if schedule_seed is not None:
                cmd.append("--random-schedules=%d" % schedule_seed)
            atol = ATOL * ref_magnitudes(refdir)
            run = [self.run, so, "--expect", refdir, "--rtol", repr(RTOL),
                   "--atol", "%.3g" % atol]
            for k, f in inputs.items():
                run += ["--input", "%s=%s" % (k, f)]
            for stage, c in (("compile", cmd), ("run", run)):
                rc, out, err = NODE_RUN.run_step(c, self.timeout)
                if rc is None:
                    # A loaded machine can stall a step: only a second,
                    # three times longer timeout counts (as a hang).
                    rc, out, err = NODE_RUN.run_step(c, 3 * self.timeout)
                if rc is None:
                    return "crash", "%s timed out twice (%ds, then %ds)" % (
                        stage, self.timeout, 3 * self.timeout)
                bad = NODE_RUN.classify(rc, out, err)
                if bad and bad[0] == "unsupported" and INTERNAL.search(bad[1]):
                    bad = ("crash", "internal error: " + bad[1])
                if bad:
                    status, detail = bad
                    return {"fail": "mismatch"}.get(status, status), \
                        "%s: %s" % (stage, detail)
            return "ok", ""
        finally:
            shutil.rmtree(work, ignore_errors=True)


# ---- reduction -----------------------------------------------------------------

def subgraph(model, data, keep_outputs, cut=None):
    """The part of `model` that computes keep_outputs, with the tensors in
    `cut` ({name: ndarray}) turned into graph inputs."""
    from onnx import helper
    cut = cut or {}
    g = model.graph
    producer = {o: n for n in g.node for o in n.output}
    need, order, seen = list(keep_outputs), [], set()
    while need:
        name = need.pop()
        if name in seen or name in cut or name not in producer:
            seen.add(name)
            continue
        seen.add(name)
        n = producer[name]
        if n not in order:
            order.append(n)
        need.extend(i for i in n.input if i)
    nodes = [n for n in g.node if n in order]
    used = {i for n in nodes for i in n.input} | set(keep_outputs)
    types = {v.name: v for v in list(g.input) + list(g.output) + list(g.value_info)}
    inputs = [types[i] for i in used if i in cut or
              (i in data and i not in producer)]
    inputs.sort(key=lambda v: v.name)
    outs = [types[o] for o in keep_outputs]
    inits = [t for t in g.initializer if t.name in used]
    # Types of every inner tensor, including former graph outputs (a later
    # edge cut may turn one into an input and needs its type).
    vi = [types[o] for n in nodes for o in n.output
          if o in types and o not in keep_outputs and o not in cut]
    graph = helper.make_graph(nodes, g.name, inputs, outs, initializer=inits,
                              value_info=vi)
    m = helper.make_model(graph, opset_imports=model.opset_import,
                          producer_name=model.producer_name)
    m.ir_version = model.ir_version
    new_data = {v.name: (cut[v.name] if v.name in cut else data[v.name])
                for v in inputs}
    return m, new_data


def intermediates(model, data, reference, work):
    """Every tensor of the model, as computed by the reference."""
    from onnx import helper
    import onnx
    g = model.graph
    m = onnx.ModelProto()
    m.CopyFrom(model)
    have = {o.name for o in m.graph.output}
    for v in g.value_info:
        if v.name not in have:
            m.graph.output.append(v)
    d = os.path.join(work, "all")
    write_case(d, m, data, {})
    r = reference.run(os.path.join(d, "model.onnx"),
                      {k: os.path.join(d, "inputs", k + ".npy") for k in data},
                      os.path.join(d, "ref"))
    if not r["ok"]:
        return {}
    return {f[:-4]: np.load(os.path.join(d, "ref", f))
            for f in os.listdir(os.path.join(d, "ref"))}


def reduce_case(model, data, meta, checker, status, work, log=print):
    """Shrinks a failing case while it still fails with `status`."""
    sched = meta.get("schedule_seed")

    def fails(m, dd):
        d = tempfile.mkdtemp(dir=work)
        write_case(d, m, dd, meta)
        s, detail = checker.check_dir(d, sched)
        return s == status, detail

    # 1. The smallest subgraph computing one failing tensor.
    g = model.graph
    cands = []
    for n in g.node:
        for o in n.output:
            if o:
                sm, sd = subgraph(model, data, [o])
                cands.append((len(sm.graph.node), o, sm, sd))
    cands.sort(key=lambda c: c[0])
    best, best_data, detail = model, data, meta.get("detail", "")
    for size, o, sm, sd in cands:
        if size >= len(best.graph.node):
            break
        ok, det = fails(sm, sd)
        if ok:
            best, best_data, detail = sm, sd, det
            log("reduce: %d node(s) still fail (output %s)" % (size, o))
            break
    # 2. Cut edges: feed an intermediate tensor as a graph input.
    values = intermediates(best, best_data, checker.ref, work)
    changed = True
    while changed and len(best.graph.node) > 1:
        changed = False
        producer = {o: n for n in best.graph.node for o in n.output}
        outs = [o.name for o in best.graph.output]
        for n in list(best.graph.node):
            for i in n.input:
                if i in producer and i in values and i not in outs:
                    cut = {k: best_data[k] for k in best_data}
                    cut[i] = values[i]
                    sm, sd = subgraph(best, best_data, outs, {i: values[i]})
                    if len(sm.graph.node) >= len(best.graph.node):
                        continue
                    ok, det = fails(sm, sd)
                    if ok:
                        best, best_data, detail = sm, sd, det
                        changed = True
                        log("reduce: %d node(s) after cutting %s" %
                            (len(best.graph.node), i))
                        break
            if changed:
                break
    return best, best_data, detail


# ---- commands ------------------------------------------------------------------

def cmd_gen(args):
    model, data = generate(args.seed, args.index)
    write_case(args.o, model, data, {"seed": args.seed, "index": args.index})
    print("wrote %s (%d nodes)" % (args.o, len(model.graph.node)))
    return 0


def cmd_check(args):
    ref = Reference()
    checker = Checker(args.bin, ref)
    _, _, meta = read_case(args.dir)
    status, detail = checker.check_dir(args.dir, meta.get("schedule_seed"))
    ref.close()
    print("%s: %s %s" % (args.dir, status, detail))
    return 0 if status in ("ok", "unsupported") else 1


def cmd_reduce(args):
    ref = Reference()
    checker = Checker(args.bin, ref)
    model, data, meta = read_case(args.dir)
    status, detail = checker.check_dir(args.dir, meta.get("schedule_seed"))
    if status not in ("mismatch", "crash"):
        print("reduce: %s does not fail (%s)" % (args.dir, status))
        return 1
    meta["detail"] = detail
    with tempfile.TemporaryDirectory(prefix="dlc-reduce.") as work:
        m, d, det = reduce_case(model, data, meta, checker, status, work)
    meta.update(status=status, detail=det, nodes=len(m.graph.node))
    write_case(args.o, m, d, meta)
    checker.check_dir(args.o, meta.get("schedule_seed"))  # writes ref/
    ref.close()
    print("reduce: %s: %d node(s), %s" % (args.o, len(m.graph.node), det))
    return 0


def cmd_replay(args):
    """Each saved case must now pass against its stored reference."""
    checker = Checker(args.bin, None)
    dirs = []
    for d in args.dirs:
        if os.path.exists(os.path.join(d, "model.onnx")):
            dirs.append(d)
        elif os.path.isdir(d):
            dirs += sorted(os.path.join(d, s) for s in os.listdir(d)
                           if os.path.exists(os.path.join(d, s, "model.onnx")))
    passed = failed = 0
    for d in dirs:
        _, _, meta = read_case(d)
        status, detail = checker.check_dir(d, meta.get("schedule_seed"),
                                           make_ref=False)
        ok = status == "ok"
        passed += ok
        failed += not ok
        print("%s: %s %s" % ("PASS" if ok else "FAIL", os.path.basename(d),
                             detail if not ok else "(was: %s)" % meta.get("detail", "")[:120]))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


def cmd_campaign(args):
    ref = Reference()
    checker = Checker(args.bin, ref, timeout=args.timeout)
    counts = {k: 0 for k in ("ok", "mismatch", "crash", "unsupported", "invalid")}
    findings, unsupported = [], {}
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds if args.seconds else None
    tmp_root = tempfile.mkdtemp(prefix="dlc-fuzz-diff.")
    start = time.monotonic()
    next_index = [args.start]

    def one():
        with lock:
            if deadline and time.monotonic() > deadline:
                return False
            if args.models and next_index[0] >= args.start + args.models:
                return False
            index = next_index[0]
            next_index[0] += 1
        model, data = generate(args.seed, index)
        sched = index if index % 2 else None
        meta = {"seed": args.seed, "index": index, "schedule_seed": sched}
        d = os.path.join(tmp_root, "m%d" % index)
        write_case(d, model, data, meta)
        status, detail = checker.check_dir(d, sched)
        with lock:
            counts[status] += 1
            if status in ("unsupported", "invalid"):
                key = status + ": " + detail.split("error:")[-1].strip()[:100]
                unsupported[key] = unsupported.get(key, 0) + 1
            n = sum(counts.values())
            if not args.quiet and (n % 100 == 0 or status in ("mismatch", "crash")):
                print("fuzz-diff: %d models (%.0f s): %s" % (
                    n, time.monotonic() - start,
                    ", ".join("%d %s" % (v, k) for k, v in counts.items())),
                    flush=True)
        if status in ("mismatch", "crash"):
            print("fuzz-diff: %s in model %d/%d: %s" % (status, args.seed, index,
                                                         detail), flush=True)
            out = os.path.join(args.findings, "s%d-i%d" % (args.seed, index))
            meta.update(status=status, detail=detail)
            if args.no_reduce:
                m, dd, det = model, data, detail
            else:
                m, dd, det = reduce_case(model, data, meta, checker, status,
                                         tmp_root, log=lambda s: None)
            meta.update(detail=det, nodes=len(m.graph.node),
                        original_nodes=len(model.graph.node))
            shutil.rmtree(out, ignore_errors=True)
            write_case(out, m, dd, meta)
            checker.check_dir(out, sched)  # stores ref/
            with lock:
                findings.append(out)
        shutil.rmtree(d, ignore_errors=True)
        return True

    def worker():
        while one():
            pass

    try:
        with ThreadPoolExecutor(args.jobs) as ex:
            for f in [ex.submit(worker) for _ in range(args.jobs)]:
                f.result()
    finally:
        ref.close()
        shutil.rmtree(tmp_root, ignore_errors=True)
    total = sum(counts.values())
    elapsed = time.monotonic() - start
    if unsupported:
        print("fuzz-diff: unsupported and invalid models (by message):")
        for k, v in sorted(unsupported.items(), key=lambda kv: -kv[1])[:15]:
            print("  %5d  %s" % (v, k))
    for f in findings:
        print("fuzz-diff: finding saved to %s" % f)
    print("fuzz-diff: seed %d: %d models in %.0f s: %s" % (
        args.seed, total, elapsed,
        ", ".join("%d %s" % (v, k) for k, v in counts.items())))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"seed": args.seed, "models": total, "seconds": elapsed,
                       "counts": counts, "unsupported": unsupported,
                       "findings": findings}, f, indent=1)
    bad = counts["mismatch"] + counts["crash"]
    print("%d passed, %d failed" % (total - bad, bad))
    return 0 if bad == 0 else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"),
                    help="directory of dlc-compile and dlc-run")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("campaign", help="generate, check and reduce models")
    c.add_argument("--seconds", type=float, default=0,
                   help="stop after this many seconds")
    c.add_argument("--models", type=int, default=0,
                   help="stop after this many models")
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--start", type=int, default=0, help="first model index")
    c.add_argument("-j", "--jobs", type=int, default=os.cpu_count())
    c.add_argument("--timeout", type=int, default=60)
    c.add_argument("--findings", default=os.path.join(ROOT, "build",
                                                      "fuzz-diff-findings"))
    c.add_argument("--no-reduce", action="store_true")
    c.add_argument("--json", help="write the counts to FILE")
    c.add_argument("-q", "--quiet", action="store_true")
    g = sub.add_parser("gen", help="write one generated model")
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--index", type=int, default=0)
    g.add_argument("-o", required=True)
    k = sub.add_parser("check", help="check one case directory")
    k.add_argument("dir")
    r = sub.add_parser("reduce", help="shrink a failing case directory")
    r.add_argument("dir")
    r.add_argument("-o", required=True)
    p = sub.add_parser("replay", help="check saved cases against their ref/")
    p.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    if args.cmd == "campaign" and not (args.seconds or args.models):
        ap.error("campaign needs --seconds or --models")
    return {"campaign": cmd_campaign, "gen": cmd_gen, "check": cmd_check,
            "reduce": cmd_reduce, "replay": cmd_replay}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
