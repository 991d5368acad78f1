#!/usr/bin/env python3
"""The cost model's training corpus: small ONNX models, one operator family
and shape each, whose kernels dlc-tune measures on this machine; the shipped
model (cost-model/models/default-x86_64.json) is trained on the result.

    cost-model/corpus.py generate          write BUILD/cost-model/corpus/NAME.onnx
    cost-model/corpus.py measure           dlc-tune every model (resumable)
    cost-model/corpus.py relabel           re-derive the records' kinds of
                                             kernel and features from the
                                             models
    cost-model/corpus.py train [--output F]  relabel, train on every record,
                                             save the relative model F and
                                             the latency model F-latency
    cost-model/corpus.py all               the three in turn

Families (the held-out unit of bench/costmodel.py): matmul, matmul_epilogue
(MatMul + bias + ReLU/GELU-like tanh), bmm (attention-shaped batched
MatMul, and BERT's scaled and masked scores), conv3x3 (one with a residual
add), conv1x1 (with bias and ReLU or MobileNetV2's ReLU6), depthwise (ReLU
or ReLU6), pool, eltwise
(chains of element-wise ops), softmax, layernorm, reduce. The model name is
FAMILY__SHAPE; dlc-tune stores it in every record, which is how the
evaluation splits records by family and by shape.

Measurement runs at one thread (--threads), each model's kernels with
--trials candidates (64 at least for LayerNorm, softmax, reductions and
global pooling: WIDE_MODELS; --epsilon of them random, the rest picked by the model
dlc-tune retrains on that model's records as it goes), records in
BUILD/cost-model/corpus/NAME.jsonl. A model whose records file exists is
skipped, so an interrupted run resumes; delete the file to measure again.

Fusion: where a model compiled with --no-fusion has more kernels than
compiled as usual (a MatMul or Conv with its bias and activation, a chain
of element-wise ops), the unfused kernels (the parts a fusion merges) are
measured too, with --unfused-trials candidates each, into NAME.unfused.jsonl
(same model name in the records, so the same held-out family). The latency
model learns from them what a kernel costs apart from the ones it is fused
with, which is what judging a fusion asks it.
"""
import argparse
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "bench", "models"))
from common import F32, GraphBuilder, write_if_changed  # noqa: E402

import numpy as np  # noqa: E402
import onnx  # noqa: E402


def _matmul(m, k, n, epilogue=None):
    def build(g):
        w = g.weight("w", (k, n), k)
        y = g.op("MatMul", ["x", w])
        if epilogue:
            y = g.op("Add", [y, g.bias("b", n)])
            y = g.op(epilogue, [y])
        return [("x", [m, k])], [("y", [m, n])], y
    return build


def _bmm(b, m, k, n):
    def build(g):
        y = g.op("MatMul", ["a", "c"])
        return [("a", [b, m, k]), ("c", [b, k, n])], [("y", [b, m, n])], y
    return build


def _conv(c, h, oc, k, s, groups=1, act="Relu", residual=False):
    """Conv + bias, then (with RESIDUAL) + a second input z, then ACT:
    Relu, Relu6 (MobileNetV2's Clip(0, 6)) or None."""
    p = k // 2
    oh = (h + 2 * p - k) // s + 1

    def build(g):
        w = g.weight("w", (oc, c // groups, k, k), c // groups * k * k)
        y = g.op("Conv", ["x", w, g.bias("b", oc)], kernel_shape=[k, k],
                 strides=[s, s], pads=[p] * 4, group=groups)
        inputs = [("x", [1, c, h, h])]
        if residual:
            y = g.op("Add", [y, "z"])
            inputs.append(("z", [1, oc, oh, oh]))
        if act == "Relu":
            y = g.op("Relu", [y])
        elif act == "Relu6":
            y = g.op("Clip", [y, g.const("lo", np.array(0, F32)),
                              g.const("hi", np.array(6, F32))])
        return inputs, [("y", [1, oc, oh, oh])], y
    return build


def _attention_scores(heads, seq, dim):
    """BERT's scores: MatMul(q, k) / sqrt(dim) + mask, batched over heads."""
    def build(g):
        y = g.op("MatMul", ["q", "k"])
        y = g.op("Div", [y, g.const("scale", np.array(np.sqrt(dim), F32))])
        y = g.op("Add", [y, "mask"])
        return ([("q", [1, heads, seq, dim]), ("k", [1, heads, dim, seq]),
                 ("mask", [1, 1, 1, seq])], [("y", [1, heads, seq, seq])], y)
    return build


def _pool(kind, c, h, k=3, s=2):
    def build(g):
        if kind == "GlobalAveragePool":
            return [("x", [1, c, h, h])], [("y", [1, c, 1, 1])], g.op(kind, ["x"])
        p = k // 2
        oh = (h + 2 * p - k) // s + 1
        y = g.op(kind, ["x"], kernel_shape=[k, k], strides=[s, s], pads=[p] * 4)
        return [("x", [1, c, h, h])], [("y", [1, c, oh, oh])], y
    return build


def _eltwise(shape, chain):
    def build(g):
        y = "x"
        for op in chain:
            if op in ("Add", "Mul"):
                y = g.op(op, [y, "z"])
            else:
                y = g.op(op, [y])
        return [("x", shape), ("z", shape)], [("y", shape)], y
    return build


def _softmax(shape):
    def build(g):
        return [("x", shape)], [("y", shape)], g.op("Softmax", ["x"], axis=-1)
    return build


def _layernorm(rows, cols):
    def build(g):
        gamma = g.const("gamma", np.ones(cols, F32))
        beta = g.const("beta", np.zeros(cols, F32))
        y = g.op("LayerNormalization", ["x", gamma, beta], axis=-1, epsilon=1e-5)
        return [("x", [rows, cols])], [("y", [rows, cols])], y
    return build


def _reduce(op, shape, axis):
    def build(g):
        out = list(shape)
        out[axis] = 1
        if op == "ReduceSum":  # axes is an input since opset 13
            y = g.op(op, ["x", g.const("axes", np.array([axis], np.int64))], keepdims=1)
        else:
            y = g.op(op, ["x"], axes=[axis], keepdims=1)
        return [("x", shape)], [("y", out)], y
    return build


def _name(*parts):
    return "x".join(str(p) for p in parts)


def corpus():
    """(family, shape name, build) of every corpus model."""
    items = []
    for m, k, n in [(64, 256, 256), (128, 768, 768), (256, 512, 128),
                    (512, 64, 512), (1, 1024, 1024), (196, 576, 64),
                    (1024, 128, 256), (32, 512, 2048)]:
        items.append(("matmul", _name(m, k, n), _matmul(m, k, n)))
    for m, k, n, act in [(128, 768, 768, "Relu"), (256, 256, 1024, "Tanh"),
                         (64, 512, 512, "Relu"), (512, 128, 384, "Tanh")]:
        items.append(("matmul_epilogue", _name(m, k, n) + act.lower(),
                      _matmul(m, k, n, act)))
    for b, m, k, n in [(12, 128, 64, 128), (12, 128, 128, 64), (8, 64, 32, 64),
                       (4, 256, 64, 256)]:
        items.append(("bmm", _name(b, m, k, n), _bmm(b, m, k, n)))
    for c, h, oc, s in [(16, 56, 16, 1), (32, 28, 32, 1), (64, 14, 64, 1),
                        (64, 28, 128, 2), (3, 112, 16, 2), (128, 7, 128, 1)]:
        items.append(("conv3x3", _name(c, h, oc, s), _conv(c, h, oc, 3, s)))
    for c, h, oc in [(32, 56, 64), (64, 14, 256), (128, 28, 32), (96, 28, 24),
                     (320, 7, 1280), (16, 112, 96)]:
        items.append(("conv1x1", _name(c, h, oc), _conv(c, h, oc, 1, 1)))
    for c, h, s in [(32, 112, 1), (96, 56, 2), (144, 28, 1), (384, 14, 1),
                    (960, 7, 1), (64, 56, 1)]:
        items.append(("depthwise", _name(c, h, s), _conv(c, h, c, 3, s, groups=c)))
    for kind, c, h in [("MaxPool", 64, 112), ("MaxPool", 128, 56),
                       ("AveragePool", 64, 56), ("GlobalAveragePool", 512, 7),
                       ("GlobalAveragePool", 1280, 14)]:
        items.append(("pool", kind.lower() + _name(c, h), _pool(kind, c, h)))
    for shape, chain in [([1, 64, 56, 56], ["Relu"]),
                         ([128, 768], ["Add", "Tanh", "Mul"]),
                         ([1, 256, 28, 28], ["Sigmoid", "Mul"]),
                         ([512, 1024], ["Add", "Relu"]),
                         ([64, 4096], ["Exp", "Add", "Sqrt"])]:
        items.append(("eltwise", _name(*shape) + "_" + "".join(c.lower()[:3] for c in chain),
                      _eltwise(shape, chain)))
    for shape in [[12, 128, 128], [64, 1000], [8, 512, 64], [256, 256]]:
        items.append(("softmax", _name(*shape), _softmax(shape)))
    for rows, cols in [(128, 768), (512, 256), (64, 1024), (1024, 64)]:
        items.append(("layernorm", _name(rows, cols), _layernorm(rows, cols)))
    for op, shape, axis in [("ReduceMean", [128, 768], 1), ("ReduceSum", [64, 4096], 1),
                            ("ReduceSum", [1024, 256], 0), ("ReduceMax", [32, 64, 512], 2)]:
        items.append(("reduce", op.lower() + _name(*shape) + f"a{axis}",
                      _reduce(op, shape, axis)))
    # The fusions of the benchmark models (ResNet's residual add, MobileNetV2's
    # ReLU6, BERT's scaled and masked attention scores), added after the
    # rest: a model's random weights are seeded by its place in this list.
    items.append(("bmm", "1x12x128x64x128scores", _attention_scores(12, 128, 64)))
    items.append(("conv3x3", "32x28x32x1residual", _conv(32, 28, 32, 3, 1, residual=True)))
    for c, h, oc in [(24, 56, 144), (64, 14, 384)]:
        items.append(("conv1x1", _name(c, h, oc) + "relu6", _conv(c, h, oc, 1, 1, act="Relu6")))
    for c, h, s in [(144, 56, 2), (192, 28, 1)]:
        items.append(("depthwise", _name(c, h, s) + "relu6",
                      _conv(c, h, c, 3, s, groups=c, act="Relu6")))
    # Depthwise convs on rows narrower than a vector (MobileNetV2's 576 x 14,
    # and its stride-2 ones down to 14 and 7 wide), where the order of the
    # kernel's height and width loops and the register block of rows decide
    # more than on wide rows.
    for c, h, s in [(576, 14, 1), (576, 14, 2), (192, 28, 2)]:
        items.append(("depthwise", _name(c, h, s) + "relu6",
                      _conv(c, h, c, 3, s, groups=c, act="Relu6")))
    return items


def generate(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    names = []
    for family, shape, build in corpus():
        name = f"{family}__{shape}"
        g = GraphBuilder(np.random.default_rng(len(names) + 1))
        inputs, outputs, last = build(g)
        model = g.model(name, inputs, outputs, last)
        onnx.checker.check_model(model)
        write_if_changed(os.path.join(out_dir, name + ".onnx"), model.SerializeToString())
        names.append(name)
    print(f"corpus.py: {len(names)} models in {out_dir}")
    return names


def kernel_count(args, onnx_path, flags):
    """How many kernels dlc-compile makes of ONNX_PATH with FLAGS."""
    p = subprocess.run([os.path.join(args.build, "bin", "dlc-compile"), onnx_path,
                        "--emit=kernel", "--cost-model=none", "--elide-weights", "--quiet",
                        "-o", "-"] + flags, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"corpus.py: error: dlc-compile {onnx_path} {' '.join(flags)} failed:\n{p.stderr}")
    return p.stdout.count("kernel.fused ")


def has_fusions(args, name):
    """Whether NAME's kernels merge several graph ops (its unfused form has
    more kernels)."""
    path = os.path.join(args.dir, name + ".onnx")
    return kernel_count(args, path, ["--no-fusion"]) > kernel_count(args, path, [])


def unfused_records(directory, name):
    """The records of NAME's unfused kernels (measured where it has fusions)."""
    return os.path.join(directory, name + ".unfused.jsonl")


def record_files(directory, names):
    """Every records file of NAMES in DIRECTORY: NAME.jsonl, and
    NAME.unfused.jsonl where the unfused kernels were measured."""
    files = []
    for name in names:
        files.append(os.path.join(directory, name + ".jsonl"))
        unfused = unfused_records(directory, name)
        if os.path.exists(unfused):
            files.append(unfused)
    return files


# Families whose kernels are rows reduced in a register (LayerNorm,
# softmax, reductions, global pooling): the heuristic is close to the best
# there, and with 24 candidates the models chose tiled schedules none of
# whose kind was measured, 1.07-1.16x slower (bench/COSTMODEL.md, 18:03).
WIDE_MODELS = ("layernorm__", "softmax__", "reduce__", "pool__globalaveragepool")
WIDE_TRIALS = 64


def trials_for(args, name):
    """Candidates to measure per kernel of corpus model `name`."""
    return max(args.trials, WIDE_TRIALS) if name.startswith(WIDE_MODELS) else args.trials


def measure(args, names):
    tune = os.path.join(args.build, "bin", "dlc-tune")
    started = time.time()
    jobs = [(name, "", trials_for(args, name)) for name in names]
    if args.unfused_trials > 0:
        jobs += [(name, ".unfused", args.unfused_trials) for name in names
                 if not os.path.exists(unfused_records(args.dir, name))
                 and has_fusions(args, name)]
    for i, (name, suffix, trials) in enumerate(jobs):
        records = os.path.join(args.dir, name + suffix + ".jsonl")
        if os.path.exists(records):
            continue
        partial = records + ".partial"
        if os.path.exists(partial):
            os.remove(partial)
        # The parts of a fusion include small element-wise kernels (a bias
        # add, a ReLU): a merged kernel's estimate needs all of them.
        cmd = [tune, os.path.join(args.dir, name + ".onnx"), "--trials", str(trials),
               "--num-threads", str(args.threads), "--epsilon", str(args.epsilon),
               "--min-flops", "1e4" if suffix else "1e5", "--records", partial, "--quiet"]
        if suffix:
            cmd.append("--no-fusion")
        t0 = time.time()
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"corpus.py: error: {' '.join(cmd)} failed:\n{p.stdout}{p.stderr}")
        os.replace(partial, records)
        lines = sum(1 for _ in open(records))
        print(f"corpus.py: [{i + 1}/{len(jobs)}] {name}{suffix}: {lines} records in "
              f"{time.time() - t0:.0f} s ({time.time() - started:.0f} s so far)", flush=True)


def relabel(args, names):
    """Re-derives the kind of kernel and the features of every record from
    the corpus models with this build's definitions (dlc-tune --refeature),
    so that a change to the features or to the kinds needs no new
    measurement: both are properties of the kernel's IR and its schedule,
    not of its timing."""
    tune = os.path.join(args.build, "bin", "dlc-tune")
    for path in record_files(args.dir, names):
        if not os.path.exists(path):
            continue
        name = os.path.basename(path).split(".")[0]
        cmd = [tune, os.path.join(args.dir, name + ".onnx"), "--refeature", "--records", path]
        if path.endswith(".unfused.jsonl"):
            cmd.append("--no-fusion")
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"corpus.py: error: {' '.join(cmd)} failed:\n{p.stderr}")
        # Records it could not re-derive (another machine, a schedule that
        # no longer fits) keep their old schema and so stay out of training.
        for line in p.stderr.splitlines():
            if "kept as they were" in line:
                print(line)
    print(f"corpus.py: kinds and features re-derived in the records of {len(names)} models")


def train(args, names, output):
    relabel(args, names)
    merged = os.path.join(args.dir, "all.jsonl")
    with open(merged, "w") as out:
        for path in record_files(args.dir, names):
            if not os.path.exists(path):
                sys.exit(f"corpus.py: error: {os.path.basename(path)} is not measured yet "
                         "(run measure)")
            out.write(open(path).read())
    latency = latency_model_path(output)
    cmd = [os.path.join(args.build, "bin", "dlc-tune"), "--trials", "0",
           "--num-threads", str(args.threads), "--records", merged, "--save-model", output,
           "--save-latency-model", latency]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"corpus.py: error: {' '.join(cmd)} failed:\n{p.stdout}{p.stderr}")
    sys.stderr.write(p.stderr)
    print(f"corpus.py: models saved to {output} and {latency}")


def latency_model_path(model):
    """The latency model saved beside relative model MODEL, as dlc-compile
    finds the shipped ones: default-ARCH.json and default-ARCH-latency.json."""
    root, ext = os.path.splitext(model)
    return root + "-latency" + ext


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["generate", "measure", "relabel", "train", "all"])
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--dir", help="corpus directory (default BUILD/cost-model/corpus)")
    ap.add_argument("--trials", type=int, default=24)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epsilon", type=float, default=0.3)
    ap.add_argument("--unfused-trials", type=int, default=8,
                    help="candidates per unfused kernel (0: do not measure unfused kernels)")
    ap.add_argument("--output", default=os.path.join(REPO, "cost-model", "models",
                                                     "default-x86_64.json"))
    args = ap.parse_args()
    args.dir = args.dir or os.path.join(args.build, "cost-model", "corpus")
    names = generate(args.dir)
    if args.step in ("measure", "all"):
        measure(args, names)
    if args.step == "relabel":
        relabel(args, names)
    if args.step in ("train", "all"):
        train(args, names, args.output)


if __name__ == "__main__":
    main()
