#!/usr/bin/env python3
"""DLC's benchmark: generates the workloads (bench/models/), compiles each with
dlc-compile, checks DLC's output against ONNX Runtime's, then times DLC
(dlc-run --bench), ONNX Runtime's CPU provider (ort-bench.js) and, for the
SGEMM shapes, OpenBLAS (openblas/sgemm-bench.c) in one run: alternating
rounds at each thread count, and writes a Markdown report.

    bench/run.py                      all workloads, 5 rounds, 1 and 2 threads
    bench/run.py --quick              a few small workloads, 1 round (smoke test)
    bench/run.py --filter sgemm       only workloads whose name or group contains 'sgemm'
    bench/run.py --list               the workloads, then exit

The report goes to bench/RESULTS.md for a full run and to
<build>/bench/RESULTS-partial.md for --quick or --filter runs (so a partial
run never overwrites the recorded one), unless --output says otherwise. The
raw numbers go to <build>/bench/results.json. See bench/README.md.
"""
import argparse
import datetime
import glob
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "bench")


def _reexec_with_onnx():
    """The first python3 on PATH may lack Debian's python3-onnx; re-run under
    the interpreter scripts/find-python.sh names."""
    try:
        import numpy  # noqa: F401
        import onnx  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("DLC_BENCH_REEXEC"):
        sys.exit("run.py: error: no Python with onnx and numpy; run scripts/install-deps.sh")
    py = subprocess.run(["bash", os.path.join(REPO, "scripts", "find-python.sh")],
                        capture_output=True, text=True).stdout.strip()
    if not py:
        sys.exit("run.py: error: no Python with onnx and numpy; run scripts/install-deps.sh")
    os.environ["DLC_BENCH_REEXEC"] = "1"
    os.execv(py, [py] + sys.argv)


_reexec_with_onnx()
sys.dont_write_bytecode = True  # keep bench/models/ free of __pycache__
sys.path.insert(0, os.path.join(BENCH, "models"))
import bert  # noqa: E402
import cnn  # noqa: E402
import conv  # noqa: E402
import mlp  # noqa: E402
import overhead  # noqa: E402
import sgemm  # noqa: E402

WORKLOADS = (overhead.WORKLOADS + sgemm.WORKLOADS + conv.WORKLOADS + cnn.WORKLOADS +
             bert.WORKLOADS + mlp.WORKLOADS)
GROUPS = [
    ("overhead", "Per-call overhead of each harness (subtract it mentally from small workloads)"),
    ("sgemm", "SGEMM: one MatMul, both operands graph inputs (OpenBLAS cblas_sgemm as the hand-tuned baseline)"),
    ("conv", "Convolution layers (ResNet-18 and MobileNetV2 shapes, batch 1, with bias)"),
    ("cnn", "Whole CNNs (224x224, batch 1)"),
    ("transformer", "Transformer"),
    ("mlp", "MLP"),
]
QUICK = ["call_overhead", "sgemm_256", "sgemm_128x768x768", "conv_r18_l4_3x3", "conv_mv2_dw_3x3", "mlp_b1"]
ENGINES = ["dlc", "ort", "openblas"]
ENGINE_TITLE = {"dlc": "DLC", "ort": "ORT", "openblas": "OpenBLAS"}
BENCH_RE = re.compile(r"bench: (\d+) runs after (\d+) warm-up: median ([0-9.]+) ms, "
                      r"min ([0-9.]+) ms, max ([0-9.]+) ms")
# Environment variables that would change how an engine threads; each engine
# gets its thread count from its own flag (OpenBLAS: from OPENBLAS_NUM_THREADS).
THREAD_ENV = ["OMP_NUM_THREADS", "OMP_PROC_BIND", "OMP_PLACES", "OMP_WAIT_POLICY",
              "KMP_BLOCKTIME", "KMP_AFFINITY", "GOMP_CPU_AFFINITY",
              "OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE", "GOTO_NUM_THREADS"]
OPENBLAS_CORETYPE = "Cooperlake"
KIND_TITLE = {"full": "full", "quick": "smoke", "filtered": "filtered", "partial": "partial",
              "check-only": "check-only"}


def log(msg):
    print(msg, flush=True)


def run_cmd(cmd, timeout, env=None):
    """Runs cmd; returns (rc, stdout, stderr, seconds). rc is 'timeout' when
    it ran past `timeout` seconds."""
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                           errors="replace")
        return p.returncode, p.stdout, p.stderr, time.monotonic() - start
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        err = e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
        return "timeout", out, err, time.monotonic() - start


def first_error(rc, out, err, replacements=()):
    """The first line of a failed command's error, for the report."""
    lines = [l.strip() for l in (err + "\n" + out).splitlines() if l.strip()]
    line = next((l for l in lines if "error" in l.lower()), lines[0] if lines else "")
    for old, new in replacements:
        line = line.replace(old, new)
    if rc == "timeout":
        prefix = "timed out"
    elif isinstance(rc, int) and rc < 0:
        prefix = "killed by signal %d" % -rc
    else:
        prefix = ""
    msg = "; ".join(x for x in (prefix, line) if x) or "exit status %s" % rc
    return msg if len(msg) <= 240 else msg[:237] + "..."


def parse_bench(out):
    m = BENCH_RE.search(out)
    if not m:
        return None
    return {"runs": int(m.group(1)), "warmup": int(m.group(2)), "median": float(m.group(3)),
            "min": float(m.group(4)), "max": float(m.group(5))}


def clean_env(extra=None):
    env = {k: v for k, v in os.environ.items() if k not in THREAD_ENV}
    env.update(extra or {})
    return env


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return [float(x) for x in f.read().split()[:3]]
    except OSError:
        return None


def cpu_times():
    """(busy, steal, total) jiffies from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    steal = v[7] if len(v) > 7 else 0
    total = sum(v[:8])
    return total - idle - steal, steal, total


# ---- the engines -------------------------------------------------------------


class Tools:
    def __init__(self, args, work):
        self.args = args
        self.work = work
        self.notes = []
        build = args.build_dir
        # Snapshot the DLC tools: the tree may be rebuilt while we run, and every
        # workload must be compiled and run by the same binaries.
        tool_dir = os.path.join(work, "tools")
        os.makedirs(tool_dir, exist_ok=True)
        self.dlc_compile = os.path.join(tool_dir, "dlc-compile")
        self.dlc_run = os.path.join(tool_dir, "dlc-run")
        self.dlc_mtime = None
        for src, dst in [(os.path.join(build, "bin", "dlc-compile"), self.dlc_compile),
                         (os.path.join(build, "bin", "dlc-run"), self.dlc_run)]:
            if not os.path.exists(src):
                sys.exit("run.py: error: %s not found; build DLC first (scripts/build.sh "
                         "dlc-compile dlc-run) or pass --build-dir" % src)
            shutil.copy2(src, dst)
            mtime = os.path.getmtime(src)
            self.dlc_mtime = max(self.dlc_mtime or 0, mtime)
        self.ort_bench = os.path.join(BENCH, "ort-bench.js")
        self.node = shutil.which("node")
        self.sgemm_bench = None
        self.openblas_error = None

    def setup_ort(self):
        rc, out, err, _ = run_cmd(["bash", os.path.join(BENCH, "setup.sh")], timeout=900)
        if rc != 0:
            sys.exit("run.py: error: bench/setup.sh failed:\n" + out + err)
        log(out.strip())

    def build_openblas(self):
        src = os.path.join(BENCH, "openblas", "sgemm-bench.c")
        exe = os.path.join(self.work, "sgemm-bench")
        cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang-22")
        headers = sorted(glob.glob("/usr/include/x86_64-linux-gnu/openblas*/cblas.h"))
        headers.sort(key=lambda h: "pthread" not in h)  # prefer the pthread variant
        if not cc:
            self.openblas_error = "no C compiler"
            return
        cmd = [cc, "-O2", src, "-o", exe]
        if headers:
            inc = os.path.dirname(headers[0])
            cmd += ["-I", inc]
            libdir = inc.replace("/usr/include/", "/usr/lib/")
            if os.path.isdir(libdir):
                cmd += ["-L", libdir, "-Wl,-rpath," + libdir]
        elif not os.path.exists("/usr/include/cblas.h"):
            self.openblas_error = ("OpenBLAS headers not found (scripts/install-deps.sh "
                                   "installs libopenblas-dev)")
            return
        cmd += ["-lopenblas"]
        rc, out, err, _ = run_cmd(cmd, timeout=120)
        if rc != 0:
            self.openblas_error = "building sgemm-bench failed: " + first_error(rc, out, err)
            return
        self.sgemm_bench = exe
        self.openblas_cmd = " ".join(shlex.quote(c) for c in cmd)

    def versions(self):
        v = {}
        v["dlc_commit"] = git(["rev-parse", "--short", "HEAD"]) or "unknown"
        dirty = git(["--no-optional-locks", "status", "--porcelain", "--untracked-files=no"])
        v["dlc_dirty_files"] = len(dirty.splitlines()) if dirty else 0
        v["dlc_tools_built"] = datetime.datetime.fromtimestamp(
            self.dlc_mtime, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        rc, out, err, _ = run_cmd([self.dlc_compile, "--version"], timeout=30)
        llvm = re.search(r"LLVM version ([0-9.]+)", out + err)
        v["llvm"] = llvm.group(1) if llvm else "unknown"
        try:
            with open(os.path.join(BENCH, "node_modules", "onnxruntime-node", "package.json")) as f:
                v["onnxruntime_node"] = json.load(f)["version"]
        except OSError:
            v["onnxruntime_node"] = "not installed"
        v["node"] = run_cmd([self.node or "node", "--version"], timeout=30)[1].strip()
        if self.sgemm_bench:
            rc, out, err, _ = run_cmd([self.sgemm_bench, "64", "64", "64", "--runs", "1"], timeout=60,
                                      env=clean_env({"OPENBLAS_NUM_THREADS": "1",
                                                     "OPENBLAS_CORETYPE": OPENBLAS_CORETYPE}))
            m = re.search(r"OpenBLAS core (\S+), .* config: (.*)", out)
            v["openblas"] = "%s (core %s)" % (m.group(2).strip(), m.group(1)) if m else "unknown"
        else:
            v["openblas"] = "not available: %s" % self.openblas_error
        import numpy
        import onnx
        v["python"] = "%s, numpy %s, onnx %s" % (platform.python_version(), numpy.__version__,
                                                onnx.__version__)
        return v


def git(args):
    try:
        p = subprocess.run(["git", "-C", REPO] + args, capture_output=True, text=True, timeout=60)
        return p.stdout.strip() if p.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired):
        return None


def machine():
    info = {}
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True,
                             env=dict(os.environ, LC_ALL="C")).stdout
    except OSError:
        out = ""
    for line in out.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            info[k.strip()] = v.strip()
    m = {"model": info.get("Model name", platform.processor() or "unknown"),
         "cpus": info.get("CPU(s)", str(os.cpu_count())),
         "threads_per_core": info.get("Thread(s) per core", "?"),
         "family": "%s/%s" % (info.get("CPU family", "?"), info.get("Model", "?")),
         "hypervisor": info.get("Hypervisor vendor", "none"),
         "caches": ", ".join("%s %s" % (k.split()[0], info[k]) for k in
                             ("L1d cache", "L2 cache", "L3 cache") if k in info),
         "avx512": "avx512f" in info.get("Flags", "")}
    try:
        with open("/proc/meminfo") as f:
            kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
        m["memory"] = "%.1f GiB" % (kb / 2 ** 20)
    except (OSError, AttributeError):
        m["memory"] = "?"
    try:
        with open("/etc/os-release") as f:
            m["os"] = re.search(r'PRETTY_NAME="([^"]*)"', f.read()).group(1)
    except (OSError, AttributeError):
        m["os"] = platform.system()
    m["kernel"] = platform.release()
    return m


# ---- one workload ------------------------------------------------------------


class Bench:
    def __init__(self, args, tools, work):
        self.args = args
        self.tools = tools
        self.work = work

    def commands(self, w, d, inputs):
        """engine -> function(threads, runs, warmup, extra) -> (cmd, env)."""
        ins = []
        for name, path in inputs.items():
            ins += ["--input", "%s=%s" % (name, path)]
        so = os.path.join(d, "dlc.so")
        model = os.path.join(d, "model.onnx")
        cmds = {
            "dlc": lambda t, n, wu, extra=(): (
                [self.tools.dlc_run, so] + ins + list(extra) +
                ["--bench", str(n), "--warmup", str(wu), "--threads", str(t)], clean_env()),
            "ort": lambda t, n, wu, extra=(): (
                [self.tools.node, self.tools.ort_bench, model] + ins + list(extra) +
                ["--runs", str(n), "--warmup", str(wu), "--threads", str(t)], clean_env()),
        }
        if w.gemm and self.tools.sgemm_bench:
            mm, nn, kk = w.gemm
            cmds["openblas"] = lambda t, n, wu, extra=(): (
                [self.tools.sgemm_bench, str(mm), str(nn), str(kk), "--runs", str(n),
                 "--warmup", str(wu)],
                clean_env({"OPENBLAS_NUM_THREADS": str(t),
                           "OPENBLAS_CORETYPE": OPENBLAS_CORETYPE}))
        return cmds

    def run(self, w):
        a = self.args
        d = os.path.join(self.work, "models", w.name)
        r = {"name": w.name, "group": w.group, "desc": w.desc, "loadavg_start": loadavg(),
             "errors": {}, "rounds": 0, "plan": {}, "timings": {}}
        t0 = time.monotonic()
        model, inputs, flops = w.write(d)
        r["flops"] = flops
        r["gen_seconds"] = time.monotonic() - t0
        cmds = self.commands(w, d, inputs)
        repl = [(os.path.join(d, ""), ""), (d, ".")]

        # 1. ORT: the reference output, and a first timing.
        ref = os.path.join(d, "ort-output")
        shutil.rmtree(ref, ignore_errors=True)
        single = {}
        cmd, env = cmds["ort"](1, 1, 0, ["--output-dir", ref])
        rc, out, err, _ = run_cmd(cmd, a.timeout, env)
        b = parse_bench(out) if rc == 0 else None
        if b:
            single["ort"] = b["median"]
        else:
            r["errors"]["ort"] = first_error(rc, out, err, repl)
            del cmds["ort"]

        # 2. DLC: compile, then one run checked against ORT's output.
        so = os.path.join(d, "dlc.so")
        for stale in (so, os.path.join(d, "dlc.h")):
            if os.path.exists(stale):
                os.remove(stale)
        rc, out, err, secs = run_cmd([self.tools.dlc_compile, model, "-o", so], a.timeout)
        r["compile_seconds"] = secs
        if rc != 0 or not os.path.exists(so):
            r["errors"]["dlc"] = "unsupported: " + first_error(rc, out, err, repl)
            del cmds["dlc"]
        else:
            extra = ["--expect", ref, "--rtol", str(a.rtol), "--atol", str(a.atol)] \
                if "ort" in cmds else []
            cmd, env = cmds["dlc"](1, 1, 0, extra)
            rc, out, err, _ = run_cmd(cmd, a.timeout, env)
            checks = re.findall(r"^\s+(\S+): (ok|MISMATCH): (.*)$", out, re.M)
            if checks:
                bad = [c for c in checks if c[1] != "ok"]
                errs = [re.search(r"max abs error (\S+), max rel error ([^,\s]+)", c[2])
                        for c in checks]
                r["check"] = {
                    "ok": not bad,
                    "max_abs": max((float(m.group(1)) for m in errs if m), default=None),
                    "max_rel": max((float(m.group(2)) for m in errs if m), default=None),
                    "detail": "; ".join("%s: %s" % (c[0], c[2]) for c in (bad or checks))}
            b = parse_bench(out) if rc == 0 else None
            if b:
                single["dlc"] = b["median"]
            elif not checks or all(c[1] == "ok" for c in checks):
                r["errors"]["dlc"] = "run failed: " + first_error(rc, out, err, repl)
                del cmds["dlc"]
            else:
                # Wrong result: still timed (the table says so), so a
                # regression in speed stays visible while the bug is fixed.
                cmd, env = cmds["dlc"](1, 1, 0)
                rc, out, err, _ = run_cmd(cmd, a.timeout, env)
                b = parse_bench(out) if rc == 0 else None
                if b:
                    single["dlc"] = b["median"]
                else:
                    r["errors"]["dlc"] = "run failed: " + first_error(rc, out, err, repl)
                    del cmds["dlc"]

        # 3. OpenBLAS: a first timing.
        if "openblas" in cmds:
            cmd, env = cmds["openblas"](1, 1, 0)
            rc, out, err, _ = run_cmd(cmd, a.timeout, env)
            b = parse_bench(out) if rc == 0 else None
            if b:
                single["openblas"] = b["median"]
            else:
                r["errors"]["openblas"] = first_error(rc, out, err, repl)
                del cmds["openblas"]

        # 4. Plan: runs per invocation from the single-run time, rounds to fit
        #    the per-workload time cap.
        plan = {}
        per_round = 0.0
        for e, t_ms in single.items():
            t = max(t_ms / 1e3, 1e-6)
            n = int(min(a.max_runs, max(a.min_runs, math.ceil(a.target_seconds / t))))
            wu = 0 if t >= 1.0 else max(1, min(10, n // 5))
            plan[e] = (n, wu)
            per_round += ((1 + wu + n) * t + 0.5) * len(a.threads)
        rounds = a.rounds
        if per_round * rounds > a.max_workload_seconds:
            rounds = max(1, int(a.max_workload_seconds // per_round))
        r["rounds"] = rounds if plan and not a.check_only else 0
        r["plan"] = {e: {"runs": n, "warmup": wu} for e, (n, wu) in plan.items()}
        r["single_ms"] = single
        log("  single run (1 thread): %s; %d round(s) of %s" % (
            ", ".join("%s %.3f ms" % (e, t) for e, t in single.items()) or "none",
            r["rounds"], ", ".join("%s %dx(+%d)" % (e, n, wu) for e, (n, wu) in plan.items())))

        # 5. Rounds: at each thread count, the engines alternate, and their
        #    order flips every round so neither always runs first.
        engines = [e for e in ENGINES if e in plan]
        for t in a.threads:
            r["timings"][str(t)] = {e: [] for e in engines}
            for i in range(r["rounds"]):
                order = engines if i % 2 == 0 else engines[::-1]
                line = []
                for e in order:
                    if e in r["errors"]:
                        continue
                    n, wu = plan[e]
                    cmd, env = cmds[e](t, n, wu)
                    rc, out, err, _ = run_cmd(cmd, a.timeout, env)
                    b = parse_bench(out) if rc == 0 else None
                    if not b:
                        r["errors"][e] = "failed at %d thread(s): %s" % (
                            t, first_error(rc, out, err, repl))
                        continue
                    r["timings"][str(t)][e].append(b)
                    line.append("%s %.3f" % (e, b["median"]))
                log("  %d thread(s), round %d/%d: %s ms" % (t, i + 1, r["rounds"], ", ".join(line)))
        r["loadavg_end"] = loadavg()
        r["seconds"] = time.monotonic() - t0
        return r


# ---- the report ----------------------------------------------------------------


def summary(r, t, e):
    rounds = r["timings"].get(str(t), {}).get(e, [])
    if not rounds and r["rounds"] == 0 and t == 1 and e in r.get("single_ms", {}):
        # --check-only: the one timed run that came with the check.
        ms = r["single_ms"][e]
        return {"median": ms, "lo": ms, "hi": ms, "n": 1, "inner_lo": ms, "inner_hi": ms}
    if not rounds:
        return None
    med = [x["median"] for x in rounds]
    return {"median": statistics.median(med), "lo": min(med), "hi": max(med),
            "n": len(med), "inner_lo": min(x["min"] for x in rounds),
            "inner_hi": max(x["max"] for x in rounds)}


def ratio(r, t):
    """(DLC/ORT of the medians, lowest and highest per-round ratio)."""
    d, o = summary(r, t, "dlc"), summary(r, t, "ort")
    if not d or not o:
        return None
    if r["rounds"] == 0:
        return d["median"] / o["median"], d["median"] / o["median"], d["median"] / o["median"]
    rs = [x["median"] / y["median"] for x, y in
          zip(r["timings"][str(t)]["dlc"], r["timings"][str(t)]["ort"])]
    return d["median"] / o["median"], min(rs), max(rs)


def fmt_ms(v):
    return "%.3g" % v if v < 100 else "%.0f" % v


def fmt_time(s):
    if not s:
        return "—"
    txt = fmt_ms(s["median"])
    if s["n"] > 1:
        txt += " (%s–%s)" % (fmt_ms(s["lo"]), fmt_ms(s["hi"]))
    elif s["inner_hi"] > s["inner_lo"]:
        txt += " [%s–%s]" % (fmt_ms(s["inner_lo"]), fmt_ms(s["inner_hi"]))
    return txt


def fmt_ratio(x):
    if not x:
        return "—"
    v, lo, hi = x
    f = lambda y: "%.3g" % y  # noqa: E731
    return "**%s**" % f(v) + (" (%s–%s)" % (f(lo), f(hi)) if hi > lo else "")


def md_escape(s):
    return s.replace("|", "\\|").replace("\n", " ")


# The targets of the fast-CPU work (see bench/README.md): time ratios that
# must be met for DLC to count as competitive on this machine.
SGEMM_TARGET = ("sgemm_1024", 0.85)
NN_GEMMS = ["sgemm_3136x64x576", "sgemm_3136x256x64", "sgemm_128x768x768"]
NN_GEMM_TARGET = 0.8
MODEL_GROUPS = ["cnn", "transformer", "mlp"]
MODEL_TARGET = 1.2
SHORTFALLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "SHORTFALLS.md")


def targets_section(results, args):
    """The targets, measured: speed relative to OpenBLAS for GEMM (its time
    over DLC's, so above 1 means DLC is faster), DLC/ORT time for models."""
    by_name = {r["name"]: r for r in results}
    rows = []

    def blas_speed(name, t):
        r = by_name.get(name)
        d = summary(r, t, "dlc") if r else None
        b = summary(r, t, "openblas") if r else None
        return b["median"] / d["median"] if d and b else None

    for t in args.threads:
        v = blas_speed(SGEMM_TARGET[0], t)
        if v is not None and t == 1:
            rows.append(("SGEMM 1024^3, 1 thread: DLC's speed / OpenBLAS-AVX512's",
                         ">= %.2f" % SGEMM_TARGET[1], "%.3g" % v, v >= SGEMM_TARGET[1]))
        speeds = [blas_speed(n, t) for n in NN_GEMMS]
        if t == 1 and all(x is not None for x in speeds) and speeds:
            g = statistics.geometric_mean(speeds)
            rows.append(("NN GEMM shapes (%s), 1 thread: geomean of DLC's speed / OpenBLAS's"
                         % ", ".join(n.replace("sgemm_", "") for n in NN_GEMMS),
                         ">= %.2f" % NN_GEMM_TARGET, "%.3g" % g, g >= NN_GEMM_TARGET))
    for t in args.threads:
        for r in results:
            if r["group"] not in MODEL_GROUPS:
                continue
            x = ratio(r, t)
            if not x:
                continue
            rows.append(("`%s`, %d thread%s: DLC/ORT time" % (r["name"], t, "" if t == 1 else "s"),
                         "<= %.1f" % MODEL_TARGET, fmt_ratio(x), x[0] <= MODEL_TARGET))
    if not rows:
        return []
    L = ["## Against the targets", "",
         "| target | wanted | measured | met |", "| --- | --- | --- | --- |"]
    for what, want, got, ok in rows:
        L.append("| %s | %s | %s | %s |" % (what, want, got, "yes" if ok else "**no**"))
    L.append("")
    if os.path.exists(SHORTFALLS):
        with open(SHORTFALLS) as f:
            text = f.read().strip()
        L.append("### What stops each shortfall (hand-written, `bench/SHORTFALLS.md`)")
        L.append("")
        body = text.split("\n", 1)[1] if text.startswith("# ") else text
        L.extend(body.strip().splitlines())
        L.append("")
    return L


def write_report(path, results, meta, args):
    L = []
    kind = meta["kind"]
    L.append("# DLC benchmark results" + ("" if kind == "full" else ": %s run" % KIND_TITLE[kind]))
    L.append("")
    if meta["loaded"] or kind != "full":
        warn = []
        if kind == "quick":
            warn.append("this is a **smoke run** (%s): it shows that the harness works end to "
                        "end, it is not a recording to judge DLC's speed by; a full run is "
                        "`bench/run.py` on a quiet machine" % meta["kind_detail"])
        elif kind != "full":
            warn.append("this is a **%s run** (%s), not a full recording"
                        % (KIND_TITLE[kind], meta["kind_detail"]))
        if meta["loaded"]:
            warn.append("the machine was **loaded** while it ran (load average %s on %s vCPUs "
                        "at the start, %s at the end), so every number below is noisy; "
                        "compare ratios taken in the same round, not absolute times"
                        % (meta["load_start"], meta["machine"]["cpus"], meta["load_end"]))
        L.append("> **Read this first:** " + "; ".join(warn) + ".")
        L.append("")
    L.append("Produced by `%s` on %s, in %s." % (meta["command"], meta["date"], meta["duration"]))
    if args.note:
        L.append("")
        L.append("Note: " + args.note)
    L.append("")
    L.append("To reproduce (from the repository root, at the commit below):")
    L.append("")
    L.append("```sh")
    L.append("scripts/build.sh dlc-compile dlc-run   # or an existing build/ with both tools")
    L.append("bench/setup.sh                         # onnxruntime-node %s into bench/node_modules"
             % meta["versions"]["onnxruntime_node"])
    L.append(meta["command"])
    L.append("```")
    L.append("")
    m, v = meta["machine"], meta["versions"]
    L.append("## Machine and versions")
    L.append("")
    L.append("| | |")
    L.append("| --- | --- |")
    L.append("| CPU | %s (lscpu family/model %s), %s vCPUs, %s thread(s) per core, AVX-512: %s, "
             "hypervisor: %s |" % (m["model"], m["family"], m["cpus"], m["threads_per_core"],
                                   "yes" if m["avx512"] else "no", m["hypervisor"]))
    L.append("| caches, memory | %s; %s |" % (m["caches"] or "?", m["memory"]))
    L.append("| OS | %s, Linux %s |" % (m["os"], m["kernel"]))
    L.append("| load average (1, 5, 15 min) | start %s, end %s; CPU steal during the run %s |"
             % (meta["load_start"], meta["load_end"], meta["steal"]))
    dirty = v["dlc_dirty_files"]
    L.append("| DLC | commit `%s`%s; tools built %s; LLVM %s; code for the host CPU (`--mcpu` default) |"
             % (v["dlc_commit"], " **plus uncommitted changes in %d tracked file(s)**" % dirty
                if dirty else "", v["dlc_tools_built"], v["llvm"]))
    L.append("| peer | onnxruntime-node %s (CPU execution provider), node %s |"
             % (v["onnxruntime_node"], v["node"]))
    L.append("| baseline | %s, `OPENBLAS_CORETYPE=%s` |" % (v["openblas"], OPENBLAS_CORETYPE))
    L.append("| generators | Python %s |" % v["python"])
    L.append("")
    if args.check_only:
        plan_txt = ("With `--check-only` there are no rounds: each time is one run at 1 thread "
                    "after one untimed run, so it says little about speed")
    else:
        plan_txt = ("%d round(s) at %s thread(s) (fewer where a workload would take longer than "
                    "%g s; the last table says how many); N per engine and workload is chosen so "
                    "that a round's timed runs take about %.2g s (at least %d, at most %d), W is "
                    "N/5 (1 to 10), or 0 when one run takes over a second"
                    % (args.rounds, " and ".join(map(str, args.threads)),
                       args.max_workload_seconds, args.target_seconds, args.min_runs,
                       args.max_runs))
    if meta["kind"] == "full":
        L.extend(targets_section(results, args))
    L.append("## How to read the tables")
    L.append("")
    L.append(
        "Times are milliseconds per inference: the median over the rounds of each round's median "
        "(each round is one process per engine that runs the model once untimed, then W warm-up "
        "runs, then N timed runs), with the lowest and highest round median in parentheses; "
        "where there was only one round, the fastest and slowest timed run in square brackets "
        "instead. "
        "Within a round the engines run back to back, their order flipping every round. "
        "**DLC/ORT** is DLC's median time divided by ONNX Runtime's: **below 1 means DLC is "
        "faster**, 2 means DLC takes twice as long; in parentheses the lowest and highest "
        "per-round ratio (DLC and ORT measured seconds apart), which is the number to trust on a "
        "loaded machine. GFLOP/s counts 2 x the multiply-adds of Conv, MatMul and Gemm only. "
        "**check** compares DLC's output with ONNX Runtime's on the same inputs "
        "(rtol %g, atol %g). %s; the raw numbers are in `results.json` next to the models."
        % (args.rtol, args.atol, plan_txt))
    L.append("")

    for group, title in GROUPS:
        rows = [r for r in results if r["group"] == group]
        if not rows:
            continue
        L.append("## %s" % title)
        L.append("")
        blas = group == "sgemm"
        for t in args.threads:
            L.append("**%d thread%s**" % (t, "" if t == 1 else "s"))
            L.append("")
            head = ["workload", "GFLOP", "DLC ms", "ORT ms"]
            if blas:
                head += ["OpenBLAS ms"]
            head += ["DLC/ORT", "DLC GFLOP/s", "ORT GFLOP/s"]
            if blas:
                head += ["OpenBLAS GFLOP/s"]
            head += ["check"]
            L.append("| " + " | ".join(head) + " |")
            L.append("|" + "|".join([" --- "] + [" ---: "] * (len(head) - 2) + [" --- "]) + "|")
            for r in rows:
                cells = ["`%s`" % r["name"], "%.3g" % (r["flops"] / 1e9) if r["flops"] else "—"]
                engines = ["dlc", "ort"] + (["openblas"] if blas else [])
                s = {e: summary(r, t, e) for e in engines}
                for e in engines:
                    if e in r["errors"] and not s[e]:
                        cells.append(md_escape(r["errors"][e]))
                    else:
                        cells.append(fmt_time(s[e]))
                cells.append(fmt_ratio(ratio(r, t)))
                for e in engines:
                    cells.append("%.3g" % (r["flops"] / (s[e]["median"] * 1e6))
                                 if s[e] and r["flops"] else "—")
                chk = r.get("check")
                if chk is None:
                    cells.append("—")
                elif chk["ok"] and chk["max_abs"] is not None:
                    cells.append("ok (abs err %.1e)" % chk["max_abs"])
                elif chk["ok"]:
                    cells.append("ok")
                else:
                    cells.append("**MISMATCH**: " + md_escape(chk["detail"]))
                L.append("| " + " | ".join(cells) + " |")
            L.append("")
        descs = "; ".join("`%s`: %s" % (r["name"], r["desc"]) for r in rows)
        L.append("Workloads: " + descs + ".")
        L.append("")
        late = ["`%s` %s: %s" % (r["name"], ENGINE_TITLE[e], md_escape(msg))
                for r in rows for e, msg in r["errors"].items() if summary(r, args.threads[0], e)]
        if late:
            L.append("Errors after some rounds had run: " + "; ".join(late) + ".")
            L.append("")

    L.append("## Per workload: runs, compile time, raw round medians")
    L.append("")
    L.append("| workload | DLC compile s | runs x (warm-up) per round | rounds | round medians, ms |")
    L.append("| --- | ---: | --- | ---: | --- |")
    for r in results:
        plan = ", ".join("%s %dx(+%d)" % (ENGINE_TITLE[e], p["runs"], p["warmup"])
                         for e, p in r["plan"].items())
        raw = []
        for t in args.threads:
            for e in ENGINES:
                xs = r["timings"].get(str(t), {}).get(e, [])
                if xs:
                    raw.append("%dT %s: %s" % (t, ENGINE_TITLE[e],
                                                " ".join(fmt_ms(x["median"]) for x in xs)))
        cs = "%.2f" % r["compile_seconds"] if "compile_seconds" in r else "—"
        L.append("| `%s` | %s | %s | %d | %s |" % (r["name"], cs, plan or "—", r["rounds"],
                                                   "; ".join(raw) or "—"))
    L.append("")
    with open(path, "w") as f:
        f.write("\n".join(L))


# ---- main --------------------------------------------------------------------


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="smoke test: %s, 1 round, short runs" % ", ".join(QUICK))
    p.add_argument("--filter", action="append", default=[], metavar="NAME",
                   help="only workloads whose name or group contains NAME (repeatable, or "
                        "comma-separated); with --quick, picks from all workloads")
    p.add_argument("--list", action="store_true", help="list the workloads and exit")
    p.add_argument("--check-only", action="store_true",
                   help="compile and check every chosen workload against ORT, time one run "
                        "of each at 1 thread, no rounds")
    p.add_argument("--rounds", type=int, help="rounds per thread count (default 5, --quick 1)")
    p.add_argument("--threads", default="1,2", help="thread counts, comma-separated (default 1,2)")
    p.add_argument("--target-seconds", type=float,
                   help="timed seconds per engine per round (default 1.0, --quick 0.3)")
    p.add_argument("--min-runs", type=int, default=3, help="fewest timed runs per round (3)")
    p.add_argument("--max-runs", type=int, default=200, help="most timed runs per round (200)")
    p.add_argument("--max-workload-seconds", type=float, default=900,
                   help="fewer rounds for a workload whose rounds would take longer (900)")
    p.add_argument("--timeout", type=float, default=1800, help="seconds per command (1800)")
    p.add_argument("--rtol", type=float, default=1e-3, help="check tolerance (1e-3)")
    p.add_argument("--atol", type=float, default=1e-3, help="check tolerance (1e-3)")
    p.add_argument("--build-dir", default=os.environ.get("DLC_BUILD_DIR",
                                                         os.path.join(REPO, "build")),
                   help="DLC build with bin/dlc-compile and bin/dlc-run ($DLC_BUILD_DIR or build/)")
    p.add_argument("--work-dir", help="models, compiled .so files, results.json "
                                      "(default <build-dir>/bench)")
    p.add_argument("--output", help="the Markdown report (default bench/RESULTS.md for a full "
                                    "run, <work-dir>/RESULTS-partial.md otherwise)")
    p.add_argument("--note", help="a sentence to put at the top of the report")
    p.add_argument("--report-only", metavar="RESULTS_JSON",
                   help="write the report again from a results.json of an earlier run "
                        "(to --output, default bench/RESULTS.md for a full run), measuring nothing")
    a = p.parse_args()
    a.threads = [int(x) for x in a.threads.split(",") if x.strip()]
    if not a.threads or min(a.threads) < 1:
        p.error("--threads needs positive integers")
    if a.rounds is None:
        a.rounds = 1 if a.quick else 5
    if a.rounds < 1:
        p.error("--rounds must be >= 1")
    if a.target_seconds is None:
        a.target_seconds = 0.3 if a.quick else 1.0
    a.filter = [f for x in a.filter for f in x.split(",") if f]
    if a.check_only:
        a.threads = [1]
    return a


def report_only(args):
    """Writes the report of an earlier run from its results.json."""
    with open(args.report_only) as f:
        data = json.load(f)
    if "meta" not in data:
        sys.exit("run.py: error: %s holds no finished run (no 'meta')" % args.report_only)
    saved = argparse.Namespace(**data["args"])
    saved.note = args.note or getattr(saved, "note", None)
    meta = data["meta"]
    out_path = args.output or (os.path.join(BENCH, "RESULTS.md") if meta["kind"] == "full"
                               else os.path.join(os.path.dirname(args.report_only),
                                                 "RESULTS-partial.md"))
    write_report(out_path, data["workloads"], meta, saved)
    log("run.py: wrote %s from %s" % (out_path, args.report_only))
    return 0


def main():
    args = parse_args()
    if args.report_only:
        return report_only(args)
    if args.filter:
        chosen = [w for w in WORKLOADS if any(f in w.name or f == w.group for f in args.filter)]
    elif args.quick:
        chosen = [w for w in WORKLOADS if w.name in QUICK]
    else:
        chosen = list(WORKLOADS)
    if args.list:
        for w in WORKLOADS:
            print("%-24s %-12s %s%s" % (w.name, w.group, w.desc, "  [quick]" if w.name in QUICK else ""))
        return 0
    if not chosen:
        sys.exit("run.py: error: no workload matches --filter %s (see --list)" % ",".join(args.filter))

    full = (not args.quick and not args.filter and not args.check_only and args.rounds >= 5
            and args.threads == [1, 2])
    work = os.path.abspath(args.work_dir or os.path.join(args.build_dir, "bench"))
    os.makedirs(work, exist_ok=True)
    out_path = args.output or (os.path.join(BENCH, "RESULTS.md") if full
                               else os.path.join(work, "RESULTS-partial.md"))

    cmdline = "bench/run.py" + ("" if len(sys.argv) == 1 else " " + shlex.join(sys.argv[1:]))
    tools = Tools(args, work)
    tools.setup_ort()
    tools.build_openblas()
    if tools.openblas_error:
        log("run.py: OpenBLAS baseline skipped: " + tools.openblas_error)
    versions = tools.versions()
    mach = machine()
    log("run.py: %d workload(s), %d round(s) at %s thread(s); DLC %s%s; %s; work dir %s" % (
        len(chosen), args.rounds, ",".join(map(str, args.threads)), versions["dlc_commit"],
        " (+%d modified files)" % versions["dlc_dirty_files"] if versions["dlc_dirty_files"] else "",
        mach["model"], work))

    load0, cpu0, start = loadavg(), cpu_times(), time.monotonic()
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    bench = Bench(args, tools, work)
    results = []
    for i, w in enumerate(chosen):
        log("[%d/%d] %s: %s" % (i + 1, len(chosen), w.name, w.desc))
        r = bench.run(w)
        for e, msg in r["errors"].items():
            log("  %s: %s" % (ENGINE_TITLE[e], msg))
        results.append(r)
        with open(os.path.join(work, "results.json"), "w") as f:
            json.dump({"workloads": results}, f, indent=1)
    load1, cpu1 = loadavg(), cpu_times()
    elapsed = time.monotonic() - start

    steal = "unknown"
    if cpu0 and cpu1 and cpu1[2] > cpu0[2]:
        steal = "%.1f%%" % (100.0 * (cpu1[1] - cpu0[1]) / (cpu1[2] - cpu0[2]))
    ncpu = os.cpu_count() or 1
    fmt_load = lambda x: ", ".join("%.2f" % y for y in x) if x else "?"  # noqa: E731
    if args.check_only:
        kind, detail = "check-only", "`--check-only`: compile, check and one timed run per engine at 1 thread"
    elif args.quick:
        kind, detail = "quick", "`--quick`: %d small workloads, %d round" % (len(chosen), args.rounds)
    elif args.filter:
        kind, detail = "filtered", "`--filter %s`" % ",".join(args.filter)
    elif not full:
        kind, detail = "partial", "fewer rounds or other thread counts than a full run"
    else:
        kind, detail = "full", ""
    # The machine counts as loaded when something else kept more than half a
    # vCPU busy on average before we started (1-minute load average), or the
    # 15-minute average says the same.
    loaded = bool(load0 and (load0[0] > 0.5 * ncpu or load0[2] > 0.5 * ncpu))
    meta = {"kind": kind, "kind_detail": detail, "command": cmdline, "date": date,
            "duration": "%d min %02d s" % (elapsed // 60, elapsed % 60),
            "machine": mach, "versions": versions, "load_start": fmt_load(load0),
            "load_end": fmt_load(load1), "steal": steal, "loaded": loaded}
    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump({"meta": meta, "args": vars(args), "workloads": results}, f, indent=1)
    write_report(out_path, results, meta, args)
    log("run.py: wrote %s (raw: %s)" % (out_path, os.path.join(work, "results.json")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
