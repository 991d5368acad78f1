#!/usr/bin/env python3
"""The fixed cost of one inference call: a model that is a single Add of two
float32[16] inputs. Its time is what each harness adds to every workload
(dlc-run: one C call into the model; ort-bench.js: one `session.run` through
onnxruntime-node's JavaScript binding, which allocates the output tensor) and
bounds what the small workloads can show.

    overhead.py OUT_DIR    writes OUT_DIR/<workload>/model.onnx and inputs/*.npy
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import GraphBuilder, Workload, randn  # noqa: E402


def build_call_overhead(rng):
    g = GraphBuilder(rng)
    out = g.op("Add", ["a", "b"], prefix="add")
    model = g.model("call_overhead", [("a", [16]), ("b", [16])], [("c", [16])], out)
    return model, {"a": randn(rng, (16,)), "b": randn(rng, (16,))}


WORKLOADS = [
    Workload("call_overhead", "overhead",
             "one Add of two float32[16]: the per-call cost of each harness", build_call_overhead),
]

if __name__ == "__main__":
    for w in WORKLOADS:
        print(w.write(os.path.join(sys.argv[1], w.name))[0])
