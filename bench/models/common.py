"""Shared pieces of the benchmark model generators.

A workload is a `Workload`: a name, the group it is reported under, a
one-line description and a `build(rng)` function that returns the ONNX
model and its input arrays. Weights and inputs are random from a seed derived
from the workload's name, so a model is the same byte for byte on every run
and every machine (for a given numpy and onnx).

Weights are scaled (He / 1/sqrt(fan_in)) so activations stay of order one
through deep networks: then DLC's output can be compared with ONNX Runtime's
at a fixed tolerance, which is how run.py checks that what it times is right.

`count_flops` counts 2 x the multiply-adds of Conv, MatMul and Gemm (the
element-wise ops, pooling, softmax and normalizations are not counted); run.py
reports GFLOP/s from it.
"""
import os
import zlib

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

F32 = np.float32
OPSET = 17
IR_VERSION = 8


class Workload:
    def __init__(self, name, group, desc, build, gemm=None):
        self.name = name
        self.group = group
        self.desc = desc
        self._build = build
        # (M, N, K) for the SGEMM workloads: run.py times cblas_sgemm on it too.
        self.gemm = gemm

    def seed(self):
        return zlib.crc32(self.name.encode())

    def build(self):
        return self._build(np.random.default_rng(self.seed()))

    def write(self, out_dir):
        """Writes OUT_DIR/model.onnx and OUT_DIR/inputs/NAME.npy; returns
        (model path, {input name: .npy path}, flops). Files whose bytes would
        not change are left alone, so their mtimes stay put."""
        model, inputs = self.build()
        onnx.checker.check_model(model)
        flops = count_flops(model)
        os.makedirs(os.path.join(out_dir, "inputs"), exist_ok=True)
        model_path = os.path.join(out_dir, "model.onnx")
        write_if_changed(model_path, model.SerializeToString())
        paths = {}
        for name, arr in inputs.items():
            p = os.path.join(out_dir, "inputs", name + ".npy")
            _save_npy_if_changed(p, arr)
            paths[name] = p
        return model_path, paths, flops


def write_if_changed(path, data):
    """Writes DATA to PATH unless the file already holds exactly it (so its
    mtime stays put), through a temporary file."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except OSError:
        pass
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _save_npy_if_changed(path, arr):
    import io
    buf = io.BytesIO()
    np.save(buf, np.ascontiguousarray(arr))
    write_if_changed(path, buf.getvalue())


class GraphBuilder:
    """A small helper that names nodes and initializers and collects them."""

    def __init__(self, rng):
        self.rng = rng
        self.nodes = []
        self.inits = []
        self._count = {}

    def fresh(self, prefix):
        n = self._count.get(prefix, 0)
        self._count[prefix] = n + 1
        return "%s_%d" % (prefix, n)

    def const(self, prefix, arr):
        name = self.fresh(prefix)
        self.inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def weight(self, prefix, shape, fan_in, gain=2.0):
        std = np.sqrt(gain / fan_in)
        return self.const(prefix, (self.rng.standard_normal(shape) * std).astype(F32))

    def bias(self, prefix, n, scale=0.05):
        return self.const(prefix, (self.rng.standard_normal(n) * scale).astype(F32))

    def op(self, op_type, inputs, prefix=None, **attrs):
        name = self.fresh(prefix or op_type.lower())
        out = name + "_out"
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=name, **attrs))
        return out

    def model(self, graph_name, inputs, outputs, last):
        """inputs/outputs: [(name, shape)], all float32; `last` is the value
        renamed to the single output."""
        # Rename the last value to the graph output's name.
        out_name = outputs[0][0]
        for node in self.nodes:
            for i, o in enumerate(node.output):
                if o == last:
                    node.output[i] = out_name
            for i, o in enumerate(node.input):
                if o == last:
                    node.input[i] = out_name
        graph = helper.make_graph(
            self.nodes, graph_name,
            [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in inputs],
            [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in outputs],
            self.inits)
        m = helper.make_model(graph, producer_name="dlc-bench",
                              opset_imports=[helper.make_opsetid("", OPSET)])
        m.ir_version = IR_VERSION
        return m


def randn(rng, shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(F32)


def conv_out(h, k, s, p):
    return (h + 2 * p - k) // s + 1


def count_flops(model):
    """2 x multiply-adds of every Conv, MatMul and Gemm, from inferred shapes."""
    from onnx import shape_inference
    inferred = shape_inference.infer_shapes(model, strict_mode=True)
    shapes = {}
    for vi in list(inferred.graph.input) + list(inferred.graph.value_info) + \
            list(inferred.graph.output):
        dims = vi.type.tensor_type.shape.dim
        shapes[vi.name] = [d.dim_value for d in dims]
    for init in inferred.graph.initializer:
        shapes[init.name] = list(init.dims)
    macs = 0
    for node in inferred.graph.node:
        out = shapes[node.output[0]]
        if node.op_type == "Conv":
            w = shapes[node.input[1]]
            macs += int(np.prod(out)) * int(np.prod(w[1:]))
        elif node.op_type == "MatMul":
            macs += int(np.prod(out)) * shapes[node.input[0]][-1]
        elif node.op_type == "Gemm":
            a = shapes[node.input[0]]
            trans_a = any(at.name == "transA" and at.i for at in node.attribute)
            macs += int(np.prod(out)) * (a[0] if trans_a else a[1])
    return 2 * macs
