#!/usr/bin/env python3
"""Compiles a model under several seeds of random legal schedules
(dlc-compile --random-schedules=SEED) and checks every build against the
same reference with dlc-run --expect: no schedule may change the numbers.

    random_schedules.py MODEL.onnx INPUT_DIR REF_DIR [dlc-run options...]

INPUT_DIR holds NAME.npy for each model input. Prints one line per seed;
exits with the first failing command's status.
"""
import os
import subprocess
import sys

SEEDS = (1, 2, 3)


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    model, inputs, ref = argv[1:4]
    options = argv[4:]
    feeds = []
    for f in sorted(os.listdir(inputs)):
        if f.endswith(".npy"):
            feeds += ["--input", f"{f[:-4]}={os.path.join(inputs, f)}"]
    base = os.path.splitext(model)[0]
    for seed in SEEDS:
        so = f"{base}.random{seed}.so"
        compile_cmd = ["dlc-compile", model, "-o", so, "--quiet",
                       f"--random-schedules={seed}"]
        run_cmd = ["dlc-run", so] + feeds + ["--expect", ref] + options
        for cmd in (compile_cmd, run_cmd):
            result = subprocess.run(cmd, capture_output=True, text=True)
            if result.returncode != 0:
                print(f"seed {seed}: FAILED: {' '.join(cmd)}")
                print(result.stdout + result.stderr)
                return result.returncode
        last = result.stdout.strip().splitlines()[-1]
        print(f"seed {seed}: {last}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
