#!/usr/bin/env python3
"""Writes the small ONNX models of the end-to-end tests in test/lit/e2e, their
inputs and NumPy reference outputs.

    make_models.py -d DIR MODEL...   write DIR/MODEL.onnx, its inputs as
                                     DIR/MODEL.in/NAME.npy and the reference
                                     outputs as DIR/MODEL.ref/NAME.npy
    make_models.py --list            print the names of all models

Unlike the ONNX node tests (which feed pads, scales, starts, ... as graph
inputs), these models hold such operands as constant initializers, the form
the compiler folds into the kernels; a few feed some of them as inputs to
test the mixed forms. Each model groups the variants of one op as separate
graph outputs, so that one compile covers them; dlc-run --expect reports each
by its output name. Inputs come from a generator seeded with the model's
name, so every run writes the same bytes. References are computed in float64
by the plain NumPy code below and stored in the output's element type.
"""

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
    np.dtype(np.uint8): TensorProto.UINT8,
    np.dtype(np.uint16): TensorProto.UINT16,
    np.dtype(np.uint32): TensorProto.UINT32,
    np.dtype(np.uint64): TensorProto.UINT64,
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
        self.opset = OPSET

    def uniform(self, shape, lo=-1.0, hi=1.0):
        return self.rng.uniform(lo, hi, shape).astype(np.float32)

    def ints(self, shape, lo, hi, dtype):
        return self.rng.integers(lo, hi, shape, dtype=dtype, endpoint=True)

    def input(self, name, value, dims=None):
        """A graph input fed with `value`; `dims` overrides the declared
        shape (symbolic dims as strings)."""
        value = np.asarray(value)
        self.inputs.append(helper.make_tensor_value_info(
            name, ELEM[value.dtype], dims or list(value.shape)))
        self.input_data[name] = value
        return value

    def const(self, name, value):
        value = np.asarray(value)
        self.inits.append(numpy_helper.from_array(value, name))
        return value

    def node(self, op, ins, out, **attrs):
        self.nodes.append(helper.make_node(op, ins, [out], name=out, **attrs))

    def output(self, name, ref, dtype=None, dims=None):
        """Declares graph output `name` with reference `ref`, stored as
        `dtype` (default: float32 for float references)."""
        ref = np.asarray(ref)
        if dtype is None:
            dtype = np.float32 if ref.dtype.kind == "f" else ref.dtype
        ref = ref.astype(dtype)
        self.outputs.append(helper.make_tensor_value_info(
            name, ELEM[ref.dtype], dims or list(ref.shape)))
        self.refs[name] = ref

    def op(self, op, ins, out, ref, dtype=None, **attrs):
        """One node whose result is graph output `out`."""
        self.node(op, ins, out, **attrs)
        self.output(out, ref, dtype)

    def write(self, directory, name):
        graph = helper.make_graph(self.nodes, name, self.inputs, self.outputs,
                                  self.inits)
        m = helper.make_model(graph, producer_name="dlc-lit-tests",
                              opset_imports=[helper.make_opsetid("",
                                                                 self.opset)])
        with open(os.path.join(directory, name + ".onnx"), "wb") as f:
            f.write(m.SerializeToString())
        for sub, tensors in ((".in", self.input_data), (".ref", self.refs)):
            d = os.path.join(directory, name + sub)
            os.makedirs(d, exist_ok=True)
            for n, v in tensors.items():
                np.save(os.path.join(d, n + ".npy"), v.copy(order="C"))


#===------------------------------------------------------------------------===#
# Reference implementations
#===------------------------------------------------------------------------===#


def pad_ref(x, pads, mode, value=0):
    """ONNX Pad over all dims. Negative pads crop first (as onnxruntime
    does); the remaining positive pads then pad the cropped tensor."""
    n = x.ndim
    crop = tuple(slice(max(-pads[i], 0), x.shape[i] - max(-pads[n + i], 0))
                 for i in range(n))
    width = [(max(pads[i], 0), max(pads[n + i], 0)) for i in range(n)]
    if mode == "constant":
        return np.pad(x[crop], width, mode="constant", constant_values=value)
    return np.pad(x[crop], width, mode=mode)


def resize_1d_coordinate(x, scale, in_size, out_size, mode, roi=None):
    """x_original of output index x in one dim (the ONNX reference's
    _interpolate_1d_with_x), or None when tf_crop_and_resize extrapolates."""
    out_width = scale * in_size
    if mode == "align_corners":
        return 0.0 if out_width == 1 else x * (in_size - 1) / (out_width - 1)
    if mode == "asymmetric":
        return x / scale
    if mode == "tf_crop_and_resize":
        if out_width == 1:
            x_ori = (roi[1] - roi[0]) * (in_size - 1) / 2
        else:
            x_ori = x * (roi[1] - roi[0]) * (in_size - 1) / (out_width - 1)
        x_ori += roi[0] * (in_size - 1)
        return None if x_ori < 0 or x_ori > in_size - 1 else x_ori
    if mode == "pytorch_half_pixel":
        return -0.5 if out_width == 1 else (x + 0.5) / scale - 0.5
    if mode == "half_pixel_symmetric":
        adjustment = out_size / out_width
        offset = in_size / 2 * (1 - adjustment)
        return offset + (x + 0.5) / scale - 0.5
    if mode == "tf_half_pixel_for_nn":
        return (x + 0.5) / scale
    assert mode == "half_pixel"
    return (x + 0.5) / scale - 0.5


def resize_1d_taps(x_ori, in_size, mode, nearest_mode, a, exclude_outside):
    """The (index, weight) pairs of the reference: ratio in (0, 1], the
    taps around floor / ceil, edge-clamped indices."""
    base = int(np.floor(x_ori))
    ratio = 1.0 if float(x_ori).is_integer() else x_ori - base
    if float(x_ori).is_integer():
        base -= 1
    if mode == "nearest":
        if ratio == 1.0:
            coeffs = [0, 1]
        else:
            coeffs = {"round_prefer_floor": [ratio <= 0.5, ratio > 0.5],
                      "round_prefer_ceil": [ratio < 0.5, ratio >= 0.5],
                      "floor": [1, 0], "ceil": [0, 1]}[nearest_mode]
        first = base
    elif mode == "linear":
        coeffs, first = [1 - ratio, ratio], base
    else:
        r = ratio
        coeffs = [((a * (r + 1) - 5 * a) * (r + 1) + 8 * a) * (r + 1) - 4 * a,
                  ((a + 2) * r - (a + 3)) * r * r + 1,
                  ((a + 2) * (1 - r) - (a + 3)) * (1 - r) * (1 - r) + 1,
                  ((a * ((1 - r) + 1) - 5 * a) * ((1 - r) + 1) + 8 * a)
                  * ((1 - r) + 1) - 4 * a]
        first = base - 1
    idx = [first + t for t in range(len(coeffs))]
    coeffs = np.array(coeffs, dtype=np.float64)
    if exclude_outside:
        coeffs = np.array([c if 0 <= i < in_size else 0.0
                           for c, i in zip(coeffs, idx)])
        coeffs /= coeffs.sum()
    return [(min(max(i, 0), in_size - 1), c) for i, c in zip(idx, coeffs)]


def resize_ref(x, out_shape, scales, mode="nearest", ctm="half_pixel",
               nearest_mode="round_prefer_floor", a=-0.75,
               exclude_outside=False, roi=None, extrapolation=0.0):
    """ONNX Resize as the reference computes it: separable 1-D
    interpolation in float64, every dim resized (scale 1 included)."""
    x = np.asarray(x, dtype=np.float64)
    n = x.ndim
    y = np.zeros(out_shape)
    for o in np.ndindex(*out_shape):
        taps = []
        for d in range(n):
            r = None if roi is None else (roi[d], roi[n + d])
            x_ori = resize_1d_coordinate(o[d], scales[d], x.shape[d],
                                         out_shape[d], ctm, r)
            if x_ori is None:
                break
            taps.append(resize_1d_taps(x_ori, x.shape[d], mode, nearest_mode,
                                       a, exclude_outside))
        if len(taps) < n:
            y[o] = extrapolation
            continue
        acc = 0.0
        for combo in np.ndindex(*[len(t) for t in taps]):
            w, idx = 1.0, []
            for d, k in enumerate(combo):
                i, c = taps[d][k]
                w *= c
                idx.append(i)
            acc += w * x[tuple(idx)]
        y[o] = acc
    return y


def conv_transpose_ref(x, w, b, strides, pads, dilations, out_shape, group):
    """ConvTranspose by scattering: input position i with kernel tap k adds
    to output position i * stride + k * dilation - pad_begin."""
    x, w = np.asarray(x, np.float64), np.asarray(w, np.float64)
    n = x.ndim - 2
    cpg, mpg = x.shape[1] // group, w.shape[1]
    y = np.zeros([x.shape[0], mpg * group] + list(out_shape))
    for c in range(x.shape[1]):
        g = c // cpg
        for i in np.ndindex(*x.shape[2:]):
            for k in np.ndindex(*w.shape[2:]):
                o = [i[d] * strides[d] + k[d] * dilations[d] - pads[d]
                     for d in range(n)]
                if all(0 <= o[d] < out_shape[d] for d in range(n)):
                    sl = (slice(None), slice(g * mpg, (g + 1) * mpg)) + tuple(o)
                    y[sl] += np.outer(x[(slice(None), c) + i],
                                      w[(c, slice(None)) + k])
    if b is not None:
        y += np.asarray(b, np.float64).reshape([1, -1] + [1] * n)
    return y


#===------------------------------------------------------------------------===#
# Models
#===------------------------------------------------------------------------===#


@model
def pad(m):
    """Pad with constant pads: every mode, asymmetric and cropping pads, a
    constant value, integer and unsigned data."""
    x = m.input("x", m.uniform([2, 3, 4, 5]))
    cases = [
        ("constant", [0, 1, 2, 0, 1, 0, 1, 3], 1.5),
        ("constant", [0, -1, 2, -2, 1, 0, -1, 3], None),  # crops and pads
        ("edge", [0, 0, 3, 1, 0, 1, 2, 4], None),
        ("reflect", [0, 0, 3, 1, 0, 0, 2, 4], None),
        ("reflect", [1, 0, 0, 0, 1, 0, 0, 0], None),  # a dim of size 2
        ("wrap", [0, 1, 3, 2, 0, 2, 4, 4], None),
        ("wrap", [0, 0, -1, 2, 0, 0, 2, -1], None),  # crop, then wrap
    ]
    for k, (mode, pads, value) in enumerate(cases):
        m.const(f"pads{k}", np.array(pads, np.int64))
        ins = ["x", f"pads{k}"]
        if value is not None:
            m.const(f"value{k}", np.float32(value))
            ins.append(f"value{k}")
        m.op("Pad", ins, f"{mode}{k}",
             pad_ref(x, pads, mode, 0 if value is None else value), mode=mode)
    xi = m.input("xi", m.ints([3, 4], -100, 100, np.int32))
    m.const("pads_i", np.array([2, 1, 0, 3], np.int64))
    m.op("Pad", ["xi", "pads_i"], "edge_i32", pad_ref(xi, [2, 1, 0, 3], "edge"),
         mode="edge")
    xu = m.input("xu", m.ints([3, 4], 0, 255, np.uint8))
    m.const("value_u", np.uint8(200))
    m.op("Pad", ["xu", "pads_i", "value_u"], "constant_u8",
         pad_ref(xu, [2, 1, 0, 3], "constant", 200), mode="constant")


@model
def resize(m):
    """Resize with constant scales, sizes and roi: every
    coordinate_transformation_mode and nearest_mode, linear and cubic,
    upsampling and downsampling, more than two resized dims."""
    x = m.input("x", m.uniform([1, 2, 4, 5]))
    k = 0

    def case(mode, out_shape=None, scales=None, roi=None, **attrs):
        nonlocal k
        k += 1
        shape = list(x.shape)
        if scales is not None:
            m.const(f"scales{k}", np.array(scales, np.float32))
            ins = ["x", f"roi{k}" if roi is not None else "", f"scales{k}"]
            # The output size is computed in float32, as ONNX shape
            # inference and onnxruntime do.
            out = [int(np.floor(np.float32(s) * np.float32(d)))
                   for s, d in zip(scales, shape)]
            scale = [float(np.float32(s)) for s in scales]
        else:
            m.const(f"sizes{k}", np.array(out_shape, np.int64))
            ins = ["x", f"roi{k}" if roi is not None else "", "", f"sizes{k}"]
            out = out_shape
            scale = [o / d for o, d in zip(out_shape, shape)]
        if roi is not None:
            m.const(f"roi{k}", np.array(roi, np.float32))
        ctm = attrs.get("coordinate_transformation_mode", "half_pixel")
        ref = resize_ref(
            x, out, scale, mode, ctm,
            attrs.get("nearest_mode", "round_prefer_floor"),
            attrs.get("cubic_coeff_a", -0.75),
            attrs.get("exclude_outside", 0),
            None if roi is None else np.array(roi, np.float64),
            attrs.get("extrapolation_value", 0.0))
        name = f"{mode}_{ctm}_{k}"
        m.op("Resize", ins, name, ref, mode=mode, **attrs)

    for nm in ["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"]:
        case("nearest", scales=[1, 1, 2.5, 1.6], nearest_mode=nm)
    case("nearest", scales=[1, 1, 0.5, 0.6],
         coordinate_transformation_mode="asymmetric")
    case("nearest", out_shape=[1, 2, 7, 3],
         coordinate_transformation_mode="align_corners", nearest_mode="ceil")
    case("nearest", scales=[1, 1, 1.5, 1.5],
         coordinate_transformation_mode="tf_half_pixel_for_nn")
    case("linear", scales=[1, 1, 2, 1.4])
    case("linear", out_shape=[1, 2, 3, 8],
         coordinate_transformation_mode="align_corners")
    case("linear", out_shape=[1, 2, 1, 3],
         coordinate_transformation_mode="pytorch_half_pixel")
    case("linear", scales=[1, 1, 1.7, 0.7],
         coordinate_transformation_mode="half_pixel_symmetric")
    case("linear", out_shape=[1, 1, 3, 4], roi=[0, 0.5, 0.2, 0.1,
                                                 1, 1, 1.1, 0.7],
         coordinate_transformation_mode="tf_crop_and_resize",
         extrapolation_value=-2.0)
    case("linear", scales=[2, 1.5, 1.5, 0.8])  # N and C resized too
    case("cubic", scales=[1, 1, 1.5, 0.8])
    case("cubic", out_shape=[1, 2, 9, 3], cubic_coeff_a=-0.5,
         exclude_outside=1)
    case("cubic", scales=[1, 1, 2, 2],
         coordinate_transformation_mode="asymmetric")
    case("cubic", out_shape=[1, 2, 3, 3], roi=[0, 0, 0.1, -0.2,
                                                1, 1, 0.9, 1.2],
         coordinate_transformation_mode="tf_crop_and_resize")


@model
def resize_runtime(m):
    """Resize whose scales and roi are graph inputs (read in the kernel):
    the output shape is declared."""
    x = m.input("x", m.uniform([1, 1, 3, 4]))
    scales = m.input("scales", np.array([1, 1, 2, 0.5], np.float32))
    ref = resize_ref(x, [1, 1, 6, 2], [float(s) for s in scales], "linear",
                     "asymmetric")
    m.op("Resize", ["x", "", "scales"], "linear", ref, mode="linear",
         coordinate_transformation_mode="asymmetric")
    roi = m.input("roi", np.array([0, 0, 0.25, -0.5, 1, 1, 0.75, 1.5],
                                  np.float32))
    m.const("sizes", np.array([1, 1, 4, 5], np.int64))
    ref = resize_ref(x, [1, 1, 4, 5], [1, 1, 4 / 3, 5 / 4], "nearest",
                     "tf_crop_and_resize", roi=roi.astype(np.float64),
                     extrapolation=7.0)
    m.op("Resize", ["x", "roi", "", "sizes"], "crop", ref, mode="nearest",
         coordinate_transformation_mode="tf_crop_and_resize",
         extrapolation_value=7.0)


@model
def conv_transpose(m):
    """ConvTranspose with weights and bias as initializers: groups, strides
    with dilations, pads, output_padding, output_shape, every auto_pad, 1-D
    and 3-D."""
    x = m.input("x", m.uniform([2, 4, 5, 4]))

    def case(name, w_shape, group=1, bias=True, strides=None, pads=None,
             dilations=None, output_padding=None, output_shape=None,
             auto_pad=None, xin=("x", x)):
        xname, xv = xin
        n = xv.ndim - 2
        w = m.const(f"{name}_w", m.uniform(w_shape))
        ins = [xname, f"{name}_w"]
        b = None
        if bias:
            b = m.const(f"{name}_b", m.uniform([w_shape[1] * group]))
            ins.append(f"{name}_b")
        s = strides or [1] * n
        d = dilations or [1] * n
        op = output_padding or [0] * n
        kernel = w_shape[2:]
        full = [s[i] * (xv.shape[2 + i] - 1) + op[i] + (kernel[i] - 1) * d[i]
                + 1 for i in range(n)]
        if output_shape or auto_pad in ("SAME_UPPER", "SAME_LOWER"):
            out = output_shape or [xv.shape[2 + i] * s[i] for i in range(n)]
            total = [full[i] - out[i] for i in range(n)]
            begin = [t // 2 if auto_pad == "SAME_UPPER" else t - t // 2
                     for t in total]
        else:
            p = [0] * (2 * n) if auto_pad == "VALID" else (pads or [0] * 2 * n)
            begin = p[:n]
            out = [full[i] - p[i] - p[n + i] for i in range(n)]
        attrs = {k: v for k, v in dict(
            group=group if group != 1 else None, strides=strides, pads=pads,
            dilations=dilations, output_padding=output_padding,
            output_shape=output_shape, auto_pad=auto_pad).items()
            if v is not None}
        m.op("ConvTranspose", ins, name,
             conv_transpose_ref(xv, w, b, s, begin, d, out, group), **attrs)

    case("plain", [4, 3, 3, 3])
    case("group", [4, 2, 3, 2], group=2, strides=[2, 1])
    case("depthwise", [4, 1, 2, 2], group=4, bias=False, strides=[2, 2])
    case("pads", [4, 3, 3, 3], strides=[2, 3], pads=[1, 0, 2, 1],
         dilations=[1, 2])
    case("output_padding", [4, 2, 3, 3], strides=[3, 2], pads=[1, 1, 0, 0],
         output_padding=[2, 1])
    case("output_shape", [4, 2, 3, 2], strides=[2, 2],
         output_shape=[12, 7])
    case("same_upper", [4, 2, 4, 3], strides=[2, 3], auto_pad="SAME_UPPER")
    case("same_lower", [4, 2, 4, 3], strides=[2, 3], auto_pad="SAME_LOWER")
    case("valid", [4, 2, 2, 3], strides=[1, 2], auto_pad="VALID",
         bias=False)
    x1 = m.input("x1", m.uniform([1, 3, 7]))
    case("conv1d", [3, 2, 4], strides=[3], pads=[2, 1], dilations=[2],
         xin=("x1", x1))
    x3 = m.input("x3", m.uniform([1, 2, 3, 2, 3]))
    case("conv3d", [2, 2, 2, 3, 2], group=2, strides=[2, 1, 2],
         pads=[0, 1, 1, 1, 0, 0], xin=("x3", x3))


@model
def range_(m):
    """Range with constant operands (int64, int32, float, negative delta)
    and with a start read at run time (the output length declared)."""
    m.opset = 11
    for name, dtype, (start, limit, delta) in [
            ("i64", np.int64, (-3, 20, 4)), ("i32_down", np.int32, (10, -7, -3)),
            ("f32", np.float32, (1.5, 4.2, 0.25))]:
        for part, v in zip(["start", "limit", "delta"], [start, limit, delta]):
            m.const(f"{name}_{part}", np.array(v, dtype))
        m.op("Range", [f"{name}_start", f"{name}_limit", f"{name}_delta"],
             name, np.arange(start, limit, delta, dtype=dtype), dtype=dtype)
    start = m.input("start", np.array(2.5, np.float32))
    m.const("limit", np.array(7.0, np.float32))
    m.const("delta", np.array(0.5, np.float32))
    m.op("Range", ["start", "limit", "delta"], "runtime_start",
         np.arange(2.5, 7.0, 0.5, dtype=np.float32))


@model
def slice_runtime(m):
    """Slice with some of starts / axes / steps as graph inputs and the
    others constant (the output shape declared)."""
    x = m.input("x", m.uniform([6, 7, 8]))
    starts = m.input("starts", np.array([-2, 1], np.int64))
    m.const("ends", np.array([-100, 7], np.int64))
    m.const("axes", np.array([2, 0], np.int64))
    m.const("steps", np.array([-3, 2], np.int64))
    m.op("Slice", ["x", "starts", "ends", "axes", "steps"], "runtime_starts",
         x[1:7:2, :, -2::-3])
    steps = m.input("steps_in", np.array([2, -1], np.int32))
    m.const("starts_c", np.array([1, 100], np.int32))
    m.const("ends_c", np.array([6, -100], np.int32))
    m.const("axes_c", np.array([-1, 1], np.int32))
    m.op("Slice", ["x", "starts_c", "ends_c", "axes_c", "steps_in"],
         "runtime_steps", x[:, ::-1, 1:6:2])


@model
def unsigned(m):
    """Unsigned tensors through the ops that read their values: arithmetic
    (wrapping), division, comparisons and max/min with the high bit set,
    casts, reductions, a matmul, clip and where, and data movement."""
    a = m.input("a", m.ints([3, 4], 0, 255, np.uint8))
    b = m.input("b", m.ints([3, 4], 1, 255, np.uint8))
    u8 = np.uint8
    m.op("Add", ["a", "b"], "add", (a.astype(int) + b) % 256, u8)
    m.op("Sub", ["a", "b"], "sub", (a.astype(int) - b) % 256, u8)
    m.op("Mul", ["a", "b"], "mul", (a.astype(int) * b) % 256, u8)
    m.op("Div", ["a", "b"], "div", a // b, u8)
    m.op("Max", ["a", "b"], "max", np.maximum(a, b), u8)
    m.op("Min", ["a", "b"], "min", np.minimum(a, b), u8)
    m.op("Less", ["a", "b"], "less", a < b, np.bool_)
    m.op("Greater", ["a", "b"], "greater", a > b, np.bool_)
    m.op("Equal", ["a", "a"], "equal", a == a, np.bool_)
    m.op("Abs", ["a"], "abs", a, u8)
    m.op("Cast", ["a"], "to_f32", a.astype(np.float32), to=TensorProto.FLOAT)
    m.op("Cast", ["a"], "to_i32", a.astype(np.int32), to=TensorProto.INT32)
    m.op("Cast", ["a"], "to_u16", a.astype(np.uint16), to=TensorProto.UINT16)
    f = m.input("f", m.uniform([3, 4], 0, 250))
    m.op("Cast", ["f"], "f32_to_u8", f.astype(np.uint8), to=TensorProto.UINT8)
    w = m.input("w", m.ints([5, 3], 0, 65535, np.uint16))
    m.op("Cast", ["w"], "u16_to_u8", w.astype(np.uint8), to=TensorProto.UINT8)
    m.op("Cast", ["w"], "u16_to_f32", w.astype(np.float32),
         to=TensorProto.FLOAT)
    m.op("ReduceMax", ["a"], "reduce_max", a.max(axis=1, keepdims=True), u8,
         axes=[1])
    m.op("ReduceMin", ["a"], "reduce_min", a.min(axis=0, keepdims=False), u8,
         axes=[0], keepdims=0)
    m.node("Cast", ["a"], "a32", to=TensorProto.UINT32)
    m.op("ReduceSum", ["a32", "axes1"], "reduce_sum",
         a.astype(np.uint32).sum(axis=1, keepdims=True), np.uint32)
    m.const("axes1", np.array([1], np.int64))
    big = m.input("big", m.ints([3, 4], 2**31, 2**32 - 1, np.uint32))
    small = m.input("small", m.ints([4, 2], 0, 3, np.uint32))
    m.op("MatMul", ["big", "small"], "matmul",
         (big.astype(object) @ small.astype(object)) % 2**32, np.uint32)
    m.op("Div", ["big", "small1"], "div_u32", big // 3, np.uint32)
    m.const("small1", np.array(3, np.uint32))
    lo, hi = m.const("lo", np.uint8(100)), m.const("hi", np.uint8(200))
    m.op("Clip", ["a", "lo", "hi"], "clip", np.clip(a, lo, hi), u8)
    m.node("Less", ["a", "b"], "cond")
    m.op("Where", ["cond", "a", "b"], "where", np.where(a < b, a, b), u8)
    m.op("Transpose", ["a"], "transpose", a.T, u8)
    m.op("Concat", ["a", "b"], "concat", np.concatenate([a, b], 1), u8,
         axis=1)
    idx = m.const("idx", np.array([2, 0, -1], np.int64))
    m.op("Gather", ["a", "idx"], "gather", a[[2, 0, -1]], u8, axis=0)
    q = m.input("q", m.ints([2, 3], 2**63, 2**64 - 1, np.uint64))
    r = m.input("r", m.ints([2, 3], 2**62, 2**64 - 1, np.uint64))
    m.op("Max", ["q", "r"], "max_u64", np.maximum(q, r), np.uint64)
    m.op("Less", ["q", "r"], "less_u64", q < r, np.bool_)


@model
def range_dynamic(m):
    """Error case: Range whose length depends on an input."""
    m.opset = 11
    m.input("start", np.array(1, np.int64))
    m.const("limit", np.array(9, np.int64))
    m.const("delta", np.array(2, np.int64))
    m.node("Range", ["start", "limit", "delta"], "y")
    m.output("y", np.arange(1, 9, 2), dims=["n"])


@model
def slice_dynamic(m):
    """Error case: Slice whose result shape depends on an input."""
    m.input("x", m.uniform([5, 6]))
    m.input("ends", np.array([3], np.int64))
    m.const("starts", np.array([1], np.int64))
    m.node("Slice", ["x", "starts", "ends"], "y")
    m.output("y", np.zeros([2, 6], np.float32), dims=["n", 6])


def main(argv):
    if argv[1:] == ["--list"]:
        print("\n".join(name.rstrip("_") for name in MODELS))
        return 0
    if len(argv) < 4 or argv[1] != "-d":
        print(__doc__, file=sys.stderr)
        return 2
    directory = argv[2]
    os.makedirs(directory, exist_ok=True)
    for name in argv[3:]:
        key = name if name in MODELS else name + "_"
        if key not in MODELS:
            print(f"make_models.py: unknown model '{name}'", file=sys.stderr)
            return 2
        m = Builder(name)
        MODELS[key](m)
        m.write(directory, name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
