#!/usr/bin/env python3
"""Compiles an ONNX model with dlc-compile and checks its outputs with
dlc-run --expect.

    check_model.py MODEL.onnx INPUTS EXPECTED OUT.so [OPTION...]
    check_model.py --node-test DIR OUT.so [OPTION...]

Each graph input NAME (initializers aside) is fed from INPUTS/NAME.npy, or
else from INPUTS/input_K.pb with K its position among the graph inputs (the
layout of the ONNX node tests). --node-test DIR stands for DIR/model.onnx
with DIR/test_data_set_0 as both INPUTS and EXPECTED. OPTIONs go to
dlc-run, except --compile-option=OPT, which passes OPT to dlc-compile.
Prints the commands and dlc-run's report; exits with the status of the
first command that fails. dlc-compile and dlc-run come from PATH (lit puts
the build's tools there).
"""

import os
import subprocess
import sys

import onnx


def main(argv):
    node_test = len(argv) >= 4 and argv[1] == "--node-test"
    if node_test:
        data = os.path.join(argv[2], "test_data_set_0")
        argv = [argv[0], os.path.join(argv[2], "model.onnx"), data,
                data] + argv[3:]
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    model_path, inputs, expected, so = argv[1:5]
    prefix = "--compile-option="
    compile_options = [a[len(prefix):] for a in argv[5:] if a.startswith(prefix)]
    run_options = [a for a in argv[5:] if not a.startswith(prefix)]
    # Our own models are checked at float32's tolerance against float64
    # references (rtol 1e-4, atol 1e-5); ONNX node tests at the conformance
    # suite's (dlc-run's defaults, rtol 1e-3, atol 1e-4). A test may override.
    if not node_test and not any(a.startswith(("--rtol", "--atol"))
                                 for a in run_options):
        run_options += ["--rtol", "1e-4", "--atol", "1e-5"]
    model = onnx.load(model_path, load_external_data=False)
    initializers = {i.name for i in model.graph.initializer}
    names = [i.name for i in model.graph.input if i.name not in initializers]
    feeds = []
    for k, name in enumerate(names):
        npy = os.path.join(inputs, name + ".npy")
        pb = os.path.join(inputs, f"input_{k}.pb")
        feeds += ["--input", f"{name}={npy if os.path.exists(npy) else pb}"]
    for cmd in (["dlc-compile", model_path, "-o", so, "--quiet"] +
                compile_options,
                ["dlc-run", so] + feeds + ["--expect", expected] + run_options):
        print("$", " ".join(cmd), flush=True)
        status = subprocess.run(cmd).returncode
        if status != 0:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
