#!/usr/bin/env python3
"""The cost model's evaluation: writes bench/COSTMODEL.md and
bench/costmodel-curves.svg from the corpus that cost-model/corpus.py
measured (BUILD/cost-model/corpus/*.jsonl).

    bench/costmodel.py                  everything below
    bench/costmodel.py --no-timing      the offline metrics only (a minute)

1. Held-out splits, never random rows: for each operator family, a model
   trained on every other family's records predicts this family's; and, by
   shape, two folds holding out every other shape of each family. Per
   split: pairwise accuracy (pairs of one kernel's schedules whose measured
   times differ by at least 5 %, the noise of this machine), recall@5 (the
   measured best among the five predicted fastest), and the pick among the
   measured candidates (best time / time of the one predicted fastest).
2. Tuning curves on the measured pools: the best time found after k
   candidates taken in the order the held-out model ranks them, against
   the same pool in random order (mean over 200 orders); a simulation over
   measured candidates, not new tuning runs.
3. Measured (unless --no-timing), at 1 thread, alternating rounds: every
   corpus model compiled with the heuristic's schedules (--cost-model=none),
   with what the held-out family's models choose without measuring
   (relative and latency model together: schedules and fusion; the same
   with every fusion kept; the relative model alone), with the shipped
   models, with dlc-tune's choice (--records), and, where it has fusions,
   apart (--no-fusion), which with each latency model's decision about
   those fusions makes the fusion-decision table; then
   the benchmark workloads (bench/run.py) with the heuristic, the shipped
   models (both, and the relative one alone) and, where bench/tune.py left
   records, the tuned schedules, at 1 and 2 threads, each checked against
   ONNX Runtime's outputs, in --whole-rounds rounds, compiled with --profile
   so that the kernels the shipped model changes are timed inside the
   model too. A variant whose kernels (--emit=kernel) are the heuristic's
   is the same code and is not timed again.
"""
import argparse
import datetime
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "bench"))
from tune import bench, cpu_model  # noqa: E402
sys.path.insert(0, os.path.join(REPO, "cost-model"))
from corpus import record_files, unfused_records  # noqa: E402
NOISE = 1.05
MARGIN = 0.10  # cost::kChoiceMargin
WORKLOADS = ["mlp_b32", "bert_layer", "conv_r18_l1_3x3", "conv_mv2_pw_project",
             "mobilenetv2", "resnet18"]


def run(cmd, check=True):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(f"costmodel.py: error: {' '.join(cmd)} failed:\n{p.stdout}{p.stderr}")
    return p


def family(model_name):
    return model_name.split("__")[0]


def parallel_of(schedule):
    m = re.search(r"parallel = (\[[0-9, ]*\])", schedule)
    return m.group(1) if m else ""


def geomean(xs):
    xs = list(xs)
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


class Corpus:
    def __init__(self, directory):
        self.dir = directory
        self.names = sorted(f[:-len(".jsonl")] for f in os.listdir(directory)
                            if f.endswith(".jsonl") and "__" in f and not f.endswith(".unfused.jsonl"))
        if not self.names:
            sys.exit(f"costmodel.py: error: no records in {directory}: run cost-model/corpus.py measure")
        self.families = sorted({family(n) for n in self.names})
        # Models whose unfused kernels were measured too: those with fusions.
        self.fusible = [n for n in self.names if os.path.exists(unfused_records(directory, n))]

    def write(self, names, path):
        """Every record of NAMES, the unfused kernels' included, to PATH."""
        with open(path, "w") as out:
            for f in record_files(self.dir, names):
                out.write(open(f).read())


def train(bin_dir, records, model, latency=None):
    """The relative model MODEL and, given LATENCY, the latency model."""
    run([os.path.join(bin_dir, "dlc-tune"), "--trials", "0", "--num-threads", "1",
         "--records", records, "--save-model", model, "--quiet"]
        + (["--save-latency-model", latency] if latency else []))


def predict(bin_dir, model, records):
    out = run([os.path.join(bin_dir, "dlc-tune"), "--predict", model, "--records", records]).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def pools(predictions):
    """(model, kernel key) -> {schedule: (median measured, predicted)}, in
    the order first measured (the heuristic's schedule first). By key, not
    index: a model's unfused kernels are numbered from 0 too."""
    measured = {}
    for p in predictions:
        k = (p["model"], p["key"])
        measured.setdefault(k, {}).setdefault(p["schedule"], ([], p["predicted_s"]))[0].append(p["time_s"])
    return {k: {s: (statistics.median(t), pred) for s, (t, pred) in v.items()}
            for k, v in measured.items() if len(v) >= 2}


def metrics(pool_map):
    agree = total = 0
    recall = []
    pick = []
    heuristic = []
    rule = []
    for pool in pool_map.values():
        items = list(pool.values())
        schedules = list(pool.keys())
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                (ti, pi), (tj, pj) = items[i], items[j]
                if max(ti, tj) / min(ti, tj) < NOISE:
                    continue
                total += 1
                agree += (ti < tj) == (pi < pj)
        best = min(t for t, _ in items)
        by_pred = sorted(items, key=lambda x: x[1])
        recall.append(any(t == best for t, _ in by_pred[:5]))
        pick.append(best / by_pred[0][0])
        heuristic.append(best / items[0][0])
        # dlc-compile's rule on a machine with more cores than the corpus
        # was measured on: among the schedules with the heuristic's
        # parallel loops, the one predicted fastest if it is predicted
        # MARGIN faster than the heuristic's, else the heuristic's.
        t0, p0 = items[0]
        same = [x for s, x in zip(schedules, items) if parallel_of(s) == parallel_of(schedules[0])]
        pt, pp = min(same, key=lambda x: x[1])
        rule.append(best / (pt if pp <= (1 - MARGIN) * p0 else t0))
    return {"pairs": total, "pairwise": agree / total if total else float("nan"),
            "recall5": sum(recall) / len(recall), "pick": geomean(pick),
            "heuristic": geomean(heuristic), "rule": geomean(rule), "kernels": len(pool_map)}


def curves(pool_map, trials, seed=1):
    """Mean over kernels of best / best-so-far after k candidates, ranked by
    the model and in random order."""
    rng = random.Random(seed)
    model_curve = [0.0] * trials
    random_curve = [0.0] * trials
    for pool in pool_map.values():
        items = list(pool.values())
        best = min(t for t, _ in items)
        ranked = [t for t, _ in sorted(items, key=lambda x: x[1])]
        for k in range(trials):
            model_curve[k] += best / min(ranked[:k + 1])
        for _ in range(200):
            order = [t for t, _ in items]
            rng.shuffle(order)
            for k in range(trials):
                random_curve[k] += best / min(order[:k + 1]) / 200
    n = len(pool_map)
    return [x / n for x in model_curve], [x / n for x in random_curve]


def svg_curves(path, model_curve, random_curve, heuristic):
    w, h, left, bottom = 640, 400, 60, 50
    lo = min(min(random_curve), heuristic, 0.5)
    lo = math.floor(lo * 10) / 10

    def xy(k, v):
        x = left + (w - left - 20) * k / (len(model_curve) - 1)
        y = (h - bottom) - (h - bottom - 20) * (v - lo) / (1 - lo)
        return f"{x:.1f},{y:.1f}"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
             f'<rect width="{w}" height="{h}" fill="white"/>',
             f'<line x1="{left}" y1="{h - bottom}" x2="{w - 20}" y2="{h - bottom}" stroke="black"/>',
             f'<line x1="{left}" y1="20" x2="{left}" y2="{h - bottom}" stroke="black"/>']
    for t in range(11):
        v = lo + (1 - lo) * t / 10
        y = xy(0, v).split(",")[1]
        parts.append(f'<text x="{left - 6}" y="{y}" text-anchor="end" dy="4">{v:.2f}</text>')
    for k in range(0, len(model_curve), 4):
        x = xy(k, lo).split(",")[0]
        parts.append(f'<text x="{x}" y="{h - bottom + 16}" text-anchor="middle">{k + 1}</text>')
    parts.append(f'<text x="{w / 2}" y="{h - 10}" text-anchor="middle">candidates measured (k)</text>')
    parts.append(f'<text x="14" y="{h / 2}" transform="rotate(-90 14 {h / 2})" text-anchor="middle">best of pool / best after k (mean)</text>')
    for curve, colour, name in [(model_curve, "#c0392b", "ranked by the held-out model"),
                                (random_curve, "#2c3e50", "random order")]:
        pts = " ".join(xy(k, v) for k, v in enumerate(curve))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{pts}"/>')
    y = xy(0, heuristic).split(",")[1]
    parts.append(f'<line x1="{left}" y1="{y}" x2="{w - 20}" y2="{y}" stroke="#7f8c8d" stroke-dasharray="6,4"/>')
    legend = [("#c0392b", "ranked by the held-out family's model"), ("#2c3e50", "random order (mean of 200)"),
              ("#7f8c8d", "the heuristic's schedule (geomean)")]
    for i, (colour, name) in enumerate(legend):
        yy = h - bottom - 80 + 18 * i
        parts.append(f'<line x1="{w - 300}" y1="{yy}" x2="{w - 270}" y2="{yy}" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<text x="{w - 264}" y="{yy + 4}">{name}</text>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


def compile_so(bin_dir, model, so, flags):
    """Compiles MODEL to SO; returns dlc-compile's progress lines."""
    return run([os.path.join(bin_dir, "dlc-compile"), model, "-o", so] + flags).stderr


def kernel_ir_of(bin_dir, model, work, flags):
    """MODEL's kernel-dialect IR (fusion and schedules) under FLAGS."""
    path = os.path.join(work, "kernels.mlir")
    run([os.path.join(bin_dir, "dlc-compile"), model, "--emit=kernel", "-o", path] + flags)
    with open(path) as f:
        return f.read()


def fusion_counts(bin_dir, model, work, flags=()):
    """(fusions the latency model undid, fusions it judged) when compiling
    MODEL with --judge-fusion and FLAGS (default: the shipped models), from
    dlc-compile's progress line."""
    p = run([os.path.join(bin_dir, "dlc-compile"), model, "--judge-fusion",
             "-o", os.path.join(work, "fusions.so")] + list(flags))
    m = re.search(r"latency model: judged (\d+) of \d+ fusions, left (\d+) apart", p.stderr)
    return (int(m.group(2)), int(m.group(1))) if m else None


def new_schedules(progress):
    """(kernels given a schedule other than the heuristic's, kernels) from
    dlc-compile's progress lines; (0, None) when no model was asked."""
    m = re.search(r"cost model: new schedules for (\d+) of (\d+) kernels", progress)
    return (int(m.group(1)), int(m.group(2))) if m else (0, None)


def fusion_verdict(apart_over_fused, counts):
    """'right', 'wrong' or 'not asked' for a latency model that left
    counts[0] of counts[1] judged fusions apart, given the measured time
    apart / time fused (within NOISE either way: either choice is right)."""
    if counts is None or counts[1] == 0:
        return "not asked"
    undone, _ = counts
    if apart_over_fused >= NOISE:
        return "right" if undone == 0 else "wrong"
    if apart_over_fused <= 1 / NOISE:
        return "right" if undone == counts[1] else "wrong"
    return "right"


def fusion_section(measured, fusions):
    times = dict(measured)
    out = ["## Fusion decisions\n",
           "Every corpus model whose kernels merge graph ops, timed fused (the heuristic's schedules) and "
           "apart (`--no-fusion`) in the rounds above; the latency models judge each fusion the rules "
           "allow (`--judge-fusion`) and leave it apart where they predict the merged kernel more than "
           "1.25x its parts' time. *held-out*: the latency model trained without this family; *shipped*: "
           "`default-x86_64-latency.json`. A decision is right when it matches what was measured "
           f"(fusions kept where fused is at least {100 * (NOISE - 1):.0f} % faster, undone where apart is; "
           "either, within that).\n",
           "| model | fused (ms) | apart (ms) | apart / fused | held-out: left apart | | shipped: left apart | |",
           "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    tally = {"held-out": {}, "shipped": {}}
    for name, f in fusions.items():
        t = times[name]
        ratio = t["apart"] / t["heuristic"]
        cells = []
        for who in ("held-out", "shipped"):
            verdict = fusion_verdict(ratio, f[who])
            tally[who][verdict] = tally[who].get(verdict, 0) + 1
            cells.append((f"{f[who][0]} of {f[who][1]}" if f[who] else "-") + f" | {verdict}")
        out.append(f"| `{name}` | {t['heuristic']:.4f} | {t['apart']:.4f} | {ratio:.2f}x | "
                   + " | ".join(cells) + " |")
    out.append("")
    for who in ("held-out", "shipped"):
        c = tally[who]
        out.append(f"- {who}: {c.get('right', 0)} right, {c.get('wrong', 0)} wrong, "
                   f"{c.get('not asked', 0)} not asked (a kind of kernel it was not trained on), "
                   f"of {len(fusions)} models.")
    out.append("")
    return out


def alternate(bin_dir, variants, threads, rounds, runs, inputs=(), expect=None):
    times = {v: [] for v in variants}
    for _ in range(rounds):
        for v, so in variants.items():
            times[v].append(bench(bin_dir, so, inputs, expect, runs, threads))
    return {v: statistics.median(t) for v, t in times.items()}


def alternate_profiled(bin_dir, variants, threads, rounds, runs, inputs, expect):
    """As alternate, for models compiled with --profile: per variant, (the
    median time, each kernel's median time over the rounds in us, the time
    of each round)."""
    times = {v: [] for v in variants}
    kernels = {v: [] for v in variants}
    for _ in range(rounds):
        for v, so in variants.items():
            t, per_kernel = bench(bin_dir, so, inputs, expect, runs, threads, profile=True)
            times[v].append(t)
            kernels[v].append(per_kernel)
    return {v: (statistics.median(times[v]), [statistics.median(k) for k in zip(*kernels[v])],
                times[v])
            for v in variants}


def chosen_kernels(explain):
    """The kernels (their index) dlc-compile --explain says the cost model
    gave a schedule other than the heuristic's."""
    chosen, kernel = set(), None
    for line in explain.splitlines():
        m = re.match(r"kernel (\d+) ", line)
        if m:
            kernel = int(m.group(1))
        elif kernel is not None and re.match(r"\s+cost model: .*: chosen$", line):
            chosen.add(kernel)
    return chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--corpus", help="default BUILD/cost-model/corpus")
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--whole-rounds", type=int, default=21,
                    help="alternating rounds of the benchmark models (default 21: their "
                         "differences are about 1 %%, as large as a round's noise)")
    ap.add_argument("--workloads", nargs="*", default=WORKLOADS)
    ap.add_argument("--output", default=os.path.join(REPO, "bench", "COSTMODEL.md"))
    args = ap.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    corpus = Corpus(args.corpus or os.path.join(args.build, "cost-model", "corpus"))
    work = tempfile.mkdtemp(prefix="dlc-costmodel-")
    started = time.time()
    load = os.getloadavg()
    commit = run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"]).stdout.strip()
    out = []

    # 1. Held-out families.
    family_pools = {}
    family_models = {}
    rows = []
    for fam in corpus.families:
        test = [n for n in corpus.names if family(n) == fam]
        train_recs = os.path.join(work, f"train-{fam}.jsonl")
        test_recs = os.path.join(work, f"test-{fam}.jsonl")
        corpus.write([n for n in corpus.names if family(n) != fam], train_recs)
        corpus.write(test, test_recs)
        model = os.path.join(work, f"model-without-{fam}.json")
        latency = os.path.join(work, f"latency-without-{fam}.json")
        train(bin_dir, train_recs, model, latency)
        family_models[fam] = (model, latency)
        pm = pools(predict(bin_dir, model, test_recs))
        family_pools.update(pm)
        rows.append((fam, metrics(pm)))
        print(f"costmodel.py: held out {fam}: {rows[-1][1]}", flush=True)
    overall = metrics(family_pools)

    # Held-out shapes: two folds, every other shape of each family.
    shape_pools = {}
    for fold in (0, 1):
        held = [n for fam in corpus.families
                for i, n in enumerate(sorted(x for x in corpus.names if family(x) == fam))
                if i % 2 == fold]
        train_recs = os.path.join(work, f"train-fold{fold}.jsonl")
        test_recs = os.path.join(work, f"test-fold{fold}.jsonl")
        corpus.write([n for n in corpus.names if n not in held], train_recs)
        corpus.write(held, test_recs)
        model = os.path.join(work, f"model-fold{fold}.json")
        train(bin_dir, train_recs, model)
        shape_pools.update(pools(predict(bin_dir, model, test_recs)))
    shapes = metrics(shape_pools)

    # In-sample, for contrast: the shipped model on its own training data.
    all_recs = os.path.join(work, "all.jsonl")
    corpus.write(corpus.names, all_recs)
    shipped = os.path.join(work, "all.json")
    train(bin_dir, all_recs, shipped)
    insample = metrics(pools(predict(bin_dir, shipped, all_recs)))

    # Curves over the kernels measured with the corpus's full number of
    # candidates (the unfused kernels have fewer).
    full = max(len(p) for p in family_pools.values()) // 2
    curve_pools = {k: p for k, p in family_pools.items() if len(p) >= full}
    trials = min(len(p) for p in curve_pools.values())
    model_curve, random_curve = curves(curve_pools, trials)
    svg = os.path.join(os.path.dirname(args.output), "costmodel-curves.svg")
    svg_curves(svg, model_curve, random_curve, overall["heuristic"])

    measured = []
    whole = []
    fusions = {}  # corpus model -> {"held-out" | "shipped": (undone, judged)}
    whole_fusions = {}
    whole_schedules = {}  # workload -> {variant: (kernels changed, kernels)}
    if not args.no_timing:
        for i, name in enumerate(corpus.names):
            onnx_path = os.path.join(corpus.dir, name + ".onnx")
            variants = {}
            kernel_ir = {}
            held_model, held_latency = family_models[family(name)]
            for v, flags in [("heuristic", ["--cost-model=none"]),
                             ("held-out", ["--cost-model", held_model,
                                           "--latency-model", held_latency]),
                             ("held-out schedules", ["--cost-model", held_model,
                                                     "--latency-model", held_latency,
                                                     "--judge-fusion=false"]),
                             ("held-out relative", ["--cost-model", held_model]),
                             ("shipped", ["--cost-model=shipped"]),
                             ("tuned", ["--cost-model=none", "--records",
                                        os.path.join(corpus.dir, name + ".jsonl"),
                                        "--records-threads", "1"])]:
                so = os.path.join(work, f"{name}.{v}.so")
                compile_so(bin_dir, onnx_path, so, flags)
                variants[v] = so
                kernel_ir[v] = kernel_ir_of(bin_dir, onnx_path, work, flags)
            # A variant whose kernels (fusion and schedules) are the
            # heuristic's is the same code: it takes the heuristic's time
            # rather than a second sample of this machine's noise.
            same = [v for v in variants if v != "heuristic" and kernel_ir[v] == kernel_ir["heuristic"]]
            for v in same:
                del variants[v]
            if name in corpus.fusible:
                variants["apart"] = os.path.join(work, f"{name}.apart.so")
                compile_so(bin_dir, onnx_path, variants["apart"], ["--cost-model=none", "--no-fusion"])
                fusions[name] = {
                    "held-out": fusion_counts(bin_dir, onnx_path, work,
                                              ["--cost-model", held_model, "--latency-model", held_latency]),
                    "shipped": fusion_counts(bin_dir, onnx_path, work)}
            t = alternate(bin_dir, variants, 1, args.rounds, 20)
            t.update({v: t["heuristic"] for v in same})
            measured.append((name, t))
            print(f"costmodel.py: [{i + 1}/{len(corpus.names)}] {name}: "
                  + ", ".join(f"{v} {x:.4f} ms" for v, x in t.items()), flush=True)
        models_dir = os.path.join(args.build, "bench", "models")
        for name in args.workloads:
            d = os.path.join(models_dir, name)
            if not os.path.exists(os.path.join(d, "model.onnx")):
                print(f"costmodel.py: skipping {name}: generate it with bench/run.py --filter {name}")
                continue
            inputs = [(os.path.splitext(f)[0], os.path.join(d, "inputs", f))
                      for f in sorted(os.listdir(os.path.join(d, "inputs")))]
            records = os.path.join(args.build, "bench", "tuning", name + ".jsonl")
            # Each variant compiled once: the thread count is the runtime's.
            model = os.path.join(d, "model.onnx")
            # Every variant is compiled with --profile (the same timers in
            # each), so that the kernels the model changes are also timed
            # alone, inside the model, apart from the rest's noise.
            configs = [("heuristic", ["--cost-model=none"]),
                       ("shipped", ["--cost-model=shipped", "--explain"]),
                       ("shipped relative", ["--cost-model=shipped", "--latency-model=none"])]
            if os.path.exists(records):
                configs.append(("tuned", ["--cost-model=none", "--records", records,
                                          "--records-threads", "1"]))
            compiled = {}
            progress = {}
            kernel_ir = {}
            for v, flags in configs:
                compiled[v] = os.path.join(work, f"{name}.{v}.so")
                progress[v] = compile_so(bin_dir, model, compiled[v], flags + ["--profile"])
                kernel_ir[v] = kernel_ir_of(bin_dir, model, work, flags)
            # As for the corpus: the heuristic's kernels are timed once.
            same = [v for v in compiled if v != "heuristic" and kernel_ir[v] == kernel_ir["heuristic"]]
            for v in same:
                del compiled[v]
            whole_fusions[name] = fusion_counts(bin_dir, model, work)
            whole_schedules[name] = {v: new_schedules(progress[v])
                                     for v in ("shipped", "shipped relative")}
            changed_kernels = chosen_kernels(progress["shipped"])
            for threads in (1, 2):
                # The tuned records were measured at one thread.
                variants = {v: so for v, so in compiled.items() if threads == 1 or v != "tuned"}
                profiled = alternate_profiled(bin_dir, variants, threads, args.whole_rounds, 20,
                                              inputs, os.path.join(d, "ort-output"))
                t = {v: x[0] for v, x in profiled.items()}
                t.update({v: t["heuristic"] for v in same if threads == 1 or v != "tuned"})
                # Where the shipped build differs: the time of the kernels
                # the shipped model changed in it and in the heuristic's
                # (us), and the rounds in which it beat the heuristic's
                # (each round runs both, one after the other).
                in_changed, wins = None, None
                if "shipped" in profiled:
                    in_changed = {v: sum(profiled[v][1][k] for k in changed_kernels)
                                  for v in ("heuristic", "shipped")}
                    wins = sum(s < h for h, s in zip(profiled["heuristic"][2], profiled["shipped"][2]))
                whole.append((name, threads, t, in_changed, wins))
                print(f"costmodel.py: {name} at {threads} thread(s): "
                      + ", ".join(f"{v} {x:.4f} ms" for v, x in t.items())
                      + (f"; the {len(changed_kernels)} changed kernels: "
                         f"{in_changed['heuristic']:.1f} us -> {in_changed['shipped']:.1f} us"
                         if in_changed and changed_kernels else ""), flush=True)

    elapsed = time.time() - started
    cpu = cpu_model()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    records = sum(1 for _ in open(all_recs))
    out.append("# Cost-model evaluation\n")
    out.append(f"Produced by `bench/costmodel.py` on {now}, in {elapsed:.0f} s, at commit `{commit}`: "
               f"{cpu}, {os.cpu_count()} vCPUs, load average {load[0]:.2f} at the start. "
               f"Corpus: {len(corpus.names)} models in {len(corpus.families)} families "
               f"(`cost-model/corpus.py`), {records} records measured at 1 thread. "
               f"Pairs count when their measured times differ by at least {100 * (NOISE - 1):.0f} %.\n")
    out.append("## Held-out operator families\n")
    out.append("Each row: a model trained on every other family's records, evaluated on this family's. "
               "*pick* is the geomean over kernels of best measured time / time of the candidate "
               "predicted fastest (among the measured ones); *heuristic* the same for the heuristic's "
               "schedule; *rule* for dlc-compile's rule (the heuristic's schedule unless "
               f"one is predicted {100 * MARGIN:.0f} % faster).\n")
    out.append("| held-out family | kernels | pairs | pairwise accuracy | recall@5 | pick | rule | heuristic |")
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for fam, m in rows + [("**all (families held out)**", overall),
                          ("**all (shapes held out, 2 folds)**", shapes),
                          ("all (in-sample, for contrast)", insample)]:
        out.append(f"| {fam} | {m['kernels']} | {m['pairs']} | {m['pairwise']:.3f} | "
                   f"{m['recall5']:.2f} | {m['pick']:.3f} | {m['rule']:.3f} | {m['heuristic']:.3f} |")
    out.append("")
    out.append("## Tuning curves (measured pools, held-out families)\n")
    out.append("![tuning curves](costmodel-curves.svg)\n")
    out.append("Mean over kernels of best of the pool / best found after k candidates, "
               "taking the pool's measured candidates in the held-out model's order or in "
               "random order (200 orders). A simulation over what was measured, not new tuning runs.\n")
    out.append("| k | model order | random order |")
    out.append("| --- | --- | --- |")
    for k in [1, 2, 4, 8, 16, trials]:
        if k <= trials:
            out.append(f"| {k} | {model_curve[k - 1]:.3f} | {random_curve[k - 1]:.3f} |")
    out.append("")
    if measured:
        out.append("## Corpus kernels measured: heuristic, model without measuring, tuned\n")
        out.append(f"Each corpus model compiled six ways (and, where it has fusions, a seventh: apart, "
                   f"below) and timed by `dlc-run --bench 20` at 1 thread, "
                   f"{args.rounds} alternating rounds, medians. *held-out*: dlc-compile's default with the "
                   "relative and latency models trained without this family: schedules (one replaces the "
                   "heuristic's where both predict it 0.90x the time or less) and fusion (the latency "
                   "model leaves apart a fusion whose merged kernel it predicts over 1.25x its parts' "
                   "time); *held-out schedules*: the same models, every fusion kept "
                   "(`--judge-fusion=false`); *held-out relative*: that relative model alone (no fusion "
                   "judged); *shipped*: dlc-compile's default, "
                   "`cost-model/models/default-x86_64.json` and `default-x86_64-latency.json` "
                   "(trained on everything, this family included); *tuned*: "
                   "dlc-tune's choice. A variant that compiles to the heuristic's kernels (the same "
                   "`--emit=kernel` IR: fusion and schedules) is not timed again: it takes the "
                   "heuristic's time, exactly 1.000 in the ratios, where a second sample of the same "
                   "code would add this machine's noise (a 0.1 ms kernel's runs take 0.099 or 0.155 ms "
                   "with the same binary). Ratios are heuristic time / variant time (above 1: faster than "
                   "the heuristic).\n")
        out.append("| family | held-out | held-out schedules | held-out relative | shipped | tuned |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        by_fam = {}
        for name, t in measured:
            by_fam.setdefault(family(name), []).append(t)
        allt = [t for _, t in measured]
        for fam, ts in sorted(by_fam.items()) + [("**all (geomean)**", allt)]:
            out.append(f"| {fam} | " + " | ".join(
                f"{geomean(t['heuristic'] / t[v] for t in ts):.3f}"
                for v in ("held-out", "held-out schedules", "held-out relative", "shipped", "tuned")) + " |")
        out.append("")
        zero = geomean(t["tuned"] / t["held-out"] for t in allt)
        out.append(f"Zero-measurement pick of the held-out model against dlc-tune's choice: "
                   f"**{zero:.3f}** (geomean of tuned time / held-out-model time).\n")
        out.append("<details><summary>every corpus model (ms)</summary>\n")
        out.append("| model | heuristic | held-out | held-out schedules | held-out relative | shipped | tuned |")
        out.append("| --- | --- | --- | --- | --- | --- | --- |")
        for name, t in measured:
            out.append(f"| `{name}` | " + " | ".join(
                f"{t[v]:.4f}" for v in ("heuristic", "held-out", "held-out schedules", "held-out relative",
                                        "shipped", "tuned")) + " |")
        out.append("\n</details>\n")
    if fusions:
        out.extend(fusion_section(measured, fusions))
    if whole:
        out.append("## Whole models\n")
        out.append(f"`dlc-run --bench 20`, {args.whole_rounds} alternating rounds, medians, outputs checked "
                   "against ONNX Runtime's (atol 1e-3) in every run. *shipped*: dlc-compile's default "
                   "(both shipped models: schedules and fusion); *fusions undone*: of the fusions the rules "
                   "allow, those the shipped latency model leaves apart (of those it judged); "
                   "*relative alone*: `--latency-model=none`; *new schedules*: the kernels the model "
                   "gives a schedule other than the heuristic's (where none does and no fusion is undone, "
                   "the code is the heuristic's: as for the corpus, it is not timed again and the "
                   "speed-up is 1.000x); *in the new "
                   "schedules' kernels*: those kernels' time inside the model (`dlc-run --profile`, every "
                   "variant compiled with `--profile`; per kernel the median over rounds of its mean "
                   "over the runs), heuristic's build -> shipped build; *rounds won*: the rounds in which "
                   "the shipped build ran faster than the heuristic's (each round times both; between "
                   "builds of equal speed each would win about half); *tuned*: "
                   "bench/tune.py's records (1 thread only).\n")
        out.append("| workload | threads | heuristic (ms) | shipped (ms) | speed-up | rounds won "
                   "| new schedules | in the new schedules' kernels (us) | fusions undone "
                   "| relative alone (ms) | speed-up | tuned (ms) |")
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")

        def changed(name, variant):
            new, kernels = whole_schedules.get(name, {}).get(variant, (0, None))
            return f"{new} of {kernels}" if kernels is not None else "-"
        for name, threads, t, in_changed, wins in whole:
            tuned = f"{t['tuned']:.4f}" if "tuned" in t else "-"
            f = whole_fusions.get(name)
            undone = f"{f[0]} of {f[1]}" if f else "-"
            kernels_cell = "-"
            if in_changed and in_changed["shipped"] > 0:
                h, s = in_changed["heuristic"], in_changed["shipped"]
                kernels_cell = f"{h:.1f} -> {s:.1f} ({h / s:.2f}x)"
            out.append(f"| `{name}` | {threads} | {t['heuristic']:.4f} | {t['shipped']:.4f} | "
                       f"{t['heuristic'] / t['shipped']:.3f}x | "
                       f"{'-' if wins is None else f'{wins} of {args.whole_rounds}'} | "
                       f"{changed(name, 'shipped')} | "
                       f"{kernels_cell} | {undone} | "
                       f"{t['shipped relative']:.4f} | {t['heuristic'] / t['shipped relative']:.3f}x "
                       f"({changed(name, 'shipped relative')}) | {tuned} |")
        out.append("")
    notes = os.path.join(os.path.dirname(args.output), "COSTMODEL-NOTES.md")
    if os.path.exists(notes):
        out.append(open(notes).read())
    with open(args.output, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"costmodel.py: wrote {args.output} and {svg}")


if __name__ == "__main__":
    main()
