#!/usr/bin/python3
"""Runs the ONNX backend node tests through DLC.

Every node test (Debian's libonnx-testdata: DATA/<test>/model.onnx and
test_data_set_0/{input,output}_K.pb) is compiled with dlc-compile and run
with dlc-run on the provided inputs; dlc-run compares the outputs with the
provided ones. Integer inputs that feed a shape-like operand (Reshape shape,
Squeeze axes, Slice starts, Pad pads, Resize sizes, ...: SHAPE_OPERANDS
below) are frozen into constants with `dlc-compile --freeze-input`, since an
AOT compiler needs them at compile time; every other input is fed at run time.

Each test ends as one of:
  pass         outputs match
  fail         outputs differ (dlc-run reports a MISMATCH)
  unsupported  dlc-compile or dlc-run exits 1 with a clean error line
  crash        a signal, an exit code > 1, a sanitizer report, "LLVM ERROR"
               or "PLEASE submit a bug report": always a bug
  timeout      a step ran longer than --timeout seconds

    run.py [--filter REGEX] [-j N] [--timeout S] [--json FILE]
    run.py --check [--list expected-pass.txt]

--check runs only the tests listed in expected-pass.txt (unless --all) and
exits 1 if any of them no longer passes or anything crashes; it prints the
newly passing tests (with --all) so that they can be added to the list.
--write-expected rewrites expected-pass.txt from the results.
"""

import argparse
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_DATA = "/usr/share/libonnx-testdata/data/node"
DEFAULT_EXPECTED = os.path.join(HERE, "expected-pass.txt")

# Default tolerances (dlc-run's --rtol/--atol).
RTOL, ATOL = 1e-3, 1e-4
# Per-op overrides: op type -> (rtol, atol); a test uses the loosest of its
# ops'. Add an entry only when an op provably needs it (say why, e.g.
# "float16 output", "approximated transcendental"). Measured on the full
# suite: every passing test passes at the defaults, so none is needed yet.
OP_TOLERANCE = {
}

# Inputs of these ops (by position) are shape-like: an AOT compiler needs
# their values at compile time. Integer graph inputs feeding them are frozen.
SHAPE_OPERANDS = {
    "Reshape": {1}, "Expand": {1}, "Tile": {1}, "ConstantOfShape": {0},
    "Squeeze": {1}, "Unsqueeze": {1}, "Split": {1}, "Slice": {1, 2, 3, 4},
    "Pad": {1, 3}, "Resize": {1, 2, 3}, "Upsample": {1}, "TopK": {1},
    "OneHot": {1}, "CumSum": {1}, "Range": {0, 1, 2}, "Trilu": {1},
    "CenterCropPad": {1}, "NonMaxSuppression": {2}, "ReduceSum": {1},
    "ReduceMean": {1}, "ReduceMax": {1}, "ReduceMin": {1}, "ReduceProd": {1},
    "ReduceL1": {1}, "ReduceL2": {1}, "ReduceLogSum": {1},
    "ReduceLogSumExp": {1}, "ReduceSumSquare": {1}, "Unique": {},
    "STFT": {1, 3}, "DFT": {1}, "MelWeightMatrix": {0, 1, 2},
    "BlackmanWindow": {0}, "HannWindow": {0}, "HammingWindow": {0},
    "Dropout": {1, 2},
}
INT_TYPES = {2, 3, 4, 5, 6, 7, 12, 13}  # uint8..int64, uint32, uint64
# Shape-like operands that ONNX also allows as floats: frozen whatever their
# element type. Dropout's ratio and training_mode choose what the op computes
# (an inference compiler decides that at compile time), like attributes.
ANY_TYPE_SHAPE_OPERANDS = {"OneHot": {1}, "Dropout": {1, 2}}

CRASH_PATTERNS = re.compile(
    r"LLVM ERROR|PLEASE submit a bug report|Sanitizer|runtime error:|"
    r"Assertion .* failed|Stack dump:|Segmentation fault|terminate called")


def load_onnx():
    import onnx  # noqa: deferred so that --help works without it
    return onnx


def describe(model_path):
    """(op types, opset, runtime/frozen split) of a node test's model."""
    onnx = load_onnx()
    m = onnx.load(model_path, load_external_data=False)
    g = m.graph
    inits = {t.name for t in g.initializer}
    inputs = [i for i in g.input if i.name not in inits]
    opset = next((o.version for o in m.opset_import
                  if o.domain in ("", "ai.onnx")), None)
    ops = sorted({n.op_type if n.domain in ("", "ai.onnx")
                  else n.domain + "." + n.op_type for n in g.node})
    shape_like, any_type = set(), set()
    for n in g.node:
        for pos in SHAPE_OPERANDS.get(n.op_type, ()):
            if pos < len(n.input) and n.input[pos]:
                shape_like.add(n.input[pos])
        for pos in ANY_TYPE_SHAPE_OPERANDS.get(n.op_type, ()):
            if pos < len(n.input) and n.input[pos]:
                any_type.add(n.input[pos])
    freeze = set()
    for i in inputs:
        t = i.type
        if (t.HasField("tensor_type") and i.name in shape_like
                and (t.tensor_type.elem_type in INT_TYPES
                     or i.name in any_type)):
            freeze.add(i.name)
    return ops, opset, [i.name for i in inputs], freeze


def tolerance(ops):
    rtol, atol = RTOL, ATOL
    for op in ops:
        r, a = OP_TOLERANCE.get(op, (RTOL, ATOL))
        rtol, atol = max(rtol, r), max(atol, a)
    return rtol, atol


def first_error(text):
    for line in text.splitlines():
        if "error" in line.lower():
            return line.strip()
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def classify(proc_rc, out, err):
    """None when the step succeeded, else (status, detail)."""
    text = out + err
    m = CRASH_PATTERNS.search(text)
    if proc_rc < 0 or proc_rc > 1 or m:
        what = ("signal %d" % -proc_rc if proc_rc < 0 else
                "exit %d" % proc_rc)
        line = first_error(text)
        if m:
            line = next(l.strip() for l in text.splitlines() if m.group(0) in l)
        return "crash", (what + ": " + line)[:300]
    if proc_rc == 0:
        return None
    if "MISMATCH" in out:
        lines = [l.strip() for l in out.splitlines() if "MISMATCH" in l]
        return "fail", lines[0][:300]
    line = first_error(err) or first_error(out)
    if not line:
        return "crash", "exit 1 without an error message"
    return "unsupported", line[:300]


def run_step(cmd, timeout):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, text=True, errors="replace")
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", ""
    except OSError as e:  # e.g. the binary is missing or being relinked
        return 2, "", "cannot execute %s: %s" % (cmd[0], e)


def run_test(name, args, tmp_root):
    tdir = os.path.join(args.data, name)
    result = {"name": name, "status": None, "detail": "", "ops": [],
              "opset": None, "stage": None, "seconds": 0.0}
    start = time.monotonic()
    work = tempfile.mkdtemp(prefix=name[:40] + ".", dir=tmp_root)
    try:
        try:
            ops, opset, inputs, freeze = describe(
                os.path.join(tdir, "model.onnx"))
        except Exception as e:  # unreadable by onnx itself
            result.update(status="unsupported", stage="load",
                          detail="onnx cannot load the model: %s" % e)
            return result
        result["ops"], result["opset"] = ops, opset
        data = os.path.join(tdir, "test_data_set_0")
        compile_cmd = [args.dlc_compile, os.path.join(tdir, "model.onnx"),
                       "-o", os.path.join(work, "m.so"), "--quiet"]
        run_cmd = [args.dlc_run, os.path.join(work, "m.so"), "--expect", data]
        compile_cmd += ["--target=" + args.target]
        run_cmd += ["--device", args.target]
        for k, inp in enumerate(inputs):
            f = os.path.join(data, "input_%d.pb" % k)
            if not os.path.exists(f):
                continue
            if inp in freeze:
                compile_cmd += ["--freeze-input", "%s=%s" % (inp, f)]
            else:
                run_cmd += ["--input", "%s=%s" % (inp, f)]
        rtol, atol = tolerance(ops)
        run_cmd += ["--rtol", repr(rtol), "--atol", repr(atol)]
        result["frozen"] = sorted(freeze)
        for stage, cmd in (("compile", compile_cmd), ("run", run_cmd)):
            result["stage"] = stage
            rc, out, err = run_step(cmd, args.timeout)
            if rc is None:
                result.update(status="timeout",
                              detail="%s took over %gs" % (stage, args.timeout))
                return result
            bad = classify(rc, out, err)
            if bad:
                result["status"], result["detail"] = bad
                if args.verbose:
                    result["log"] = (out + err)[-4000:]
                return result
        result["status"] = "pass"
        return result
    finally:
        result["seconds"] = round(time.monotonic() - start, 2)
        shutil.rmtree(work, ignore_errors=True)


STATUSES = ["pass", "fail", "unsupported", "crash", "timeout"]


def read_list(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [l.strip() for l in f
                if l.strip() and not l.lstrip().startswith("#")]


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA,
                    help="node test directory (default %(default)s)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"),
                    help="directory of dlc-compile and dlc-run")
    ap.add_argument("--filter", help="only tests whose name matches REGEX")
    ap.add_argument("-j", "--jobs", type=int,
                    default=multiprocessing.cpu_count())
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds per step (compile, run) of a test")
    ap.add_argument("--json", help="write the results to FILE")
    ap.add_argument("--check", action="store_true",
                    help="fail on any regression from --list or any crash")
    ap.add_argument("--all", action="store_true",
                    help="with --check: run every test, not just the list")
    ap.add_argument("--list", default=DEFAULT_EXPECTED,
                    help="expected-pass list (default %(default)s)")
    ap.add_argument("--write-expected", action="store_true",
                    help="rewrite --list with the passing tests")
    ap.add_argument("--target", choices=["cpu", "cuda"], default="cpu",
                    help="compile for and run on this device (cuda needs an "
                         "NVIDIA GPU; see scripts/gpu-check.sh)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print each failing test and keep logs in the JSON")
    args = ap.parse_args()
    args.dlc_compile = os.path.join(args.bin, "dlc-compile")
    args.dlc_run = os.path.join(args.bin, "dlc-run")

    if not os.path.isdir(args.data):
        print("run.py: error: no node tests at %s" % args.data)
        return 1
    tests = sorted(d for d in os.listdir(args.data)
                   if os.path.exists(os.path.join(args.data, d, "model.onnx")))
    expected = read_list(args.list)
    known = set(tests)
    missing = [t for t in expected if t not in known] if args.check else []
    for t in missing:
        print("MISSING (listed, no such test): %s" % t)
    if args.check and not args.all:
        tests = [t for t in expected if t in known]
    if args.filter:
        tests = [t for t in tests if re.search(args.filter, t)]

    tmp_root = tempfile.mkdtemp(prefix="dlc-onnx-node.")
    start = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(lambda t: run_test(t, args, tmp_root),
                                    tests))
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)
    elapsed = time.monotonic() - start

    counts = {s: 0 for s in STATUSES}
    for r in results:
        counts[r["status"]] += 1
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"data": args.data, "seconds": round(elapsed, 1),
                       "counts": counts, "tests": results}, f, indent=1)
            f.write("\n")

    for r in results:
        if r["status"] == "crash" or (args.verbose and r["status"] != "pass"):
            print("%-11s %s [%s] %s" % (r["status"].upper(), r["name"],
                                         r["stage"], r["detail"]))
    passing = {r["name"] for r in results if r["status"] == "pass"}
    expected_set = set(expected)
    regressions = [r for r in results
                   if r["name"] in expected_set and r["status"] != "pass"]
    new = sorted(passing - expected_set)
    for r in regressions:
        print("REGRESSION  %s: %s [%s] %s" % (r["name"], r["status"],
                                             r["stage"], r["detail"]))
    if new:
        print("newly passing (add to %s):" % os.path.relpath(args.list, ROOT))
        for t in new:
            print("  " + t)
    if args.write_expected:
        with open(args.list, "w") as f:
            f.write("# ONNX node tests that pass through DLC; run.py --check "
                    "fails if one stops passing.\n# Regenerate: "
                    "test/e2e/onnx-node/run.py --write-expected\n")
            for t in sorted(passing):
                f.write(t + "\n")
    print("onnx node tests: %d tests in %.1fs: %s" % (
        len(results), elapsed,
        ", ".join("%d %s" % (counts[s], s) for s in STATUSES)))
    ok_count = counts["pass"]
    bad = {r["name"] for r in regressions}
    bad |= {r["name"] for r in results if r["status"] == "crash"}
    bad_count = len(bad) + len(missing)
    print("%d passed, %d failed" % (ok_count, bad_count))
    if args.check and bad_count:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
