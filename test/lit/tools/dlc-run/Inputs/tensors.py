"""Writes and checks tensor files for the dlc-run lit tests.

  tensors.py npy OUT.npy DTYPE SHAPE [VALUES] [--version 1|2|3]
  tensors.py pb OUT.pb DTYPE SHAPE [VALUES] [--typed] [--name NAME]
  tensors.py truncate FILE NBYTES     drop the last NBYTES bytes of FILE
  tensors.py show FILE.npy            print "dtype shape: values"
  tensors.py same A.npy B.npy         exit 1 unless A and B are identical
  tensors.py rc CODE CMD...           run CMD, print its stdout then its
                                      stderr, exit 1 unless it exited CODE

DTYPE is a dlc dtype name (f32, i64, bool, ...); SHAPE is "2x3" ("" or
"scalar" for rank 0); VALUES is a comma list (nan and inf allowed) and
defaults to 0, 1, 2, ...
"""

import argparse
import sys

import numpy as np

DTYPES = {
    "f16": np.float16, "f32": np.float32, "f64": np.float64,
    "i8": np.int8, "i16": np.int16, "i32": np.int32, "i64": np.int64,
    "u8": np.uint8, "u16": np.uint16, "u32": np.uint32, "u64": np.uint64,
    "bool": np.bool_,
}
NAMES = {np.dtype(v): k for k, v in DTYPES.items()}


def make_array(dtype, shape, values):
    dims = [] if shape in ("", "scalar") else [int(d) for d in shape.split("x")]
    count = int(np.prod(dims)) if dims else 1
    if values is None:
        data = np.arange(count)
    else:
        data = np.array([float(v) for v in values.split(",")])
    return data.astype(DTYPES[dtype]).reshape(dims)


def parse_args(argv):
    """Positional arguments and --version N / --typed / --name N (argparse
    would take VALUES such as -1,2 for options)."""
    opts = argparse.Namespace(version=1, typed=False, name="x")
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--version":
            opts.version = int(argv[i + 1])
            i += 1
        elif argv[i] == "--name":
            opts.name = argv[i + 1]
            i += 1
        elif argv[i] == "--typed":
            opts.typed = True
        else:
            args.append(argv[i])
        i += 1
    return opts, args


def main():
    opts, argv = parse_args(sys.argv[1:])
    cmd, args = argv[0], argv[1:]

    if cmd == "npy":
        out, dtype, shape = args[:3]
        arr = make_array(dtype, shape, args[3] if len(args) > 3 else None)
        with open(out, "wb") as f:
            np.lib.format.write_array(f, arr, version=(opts.version, 0))
    elif cmd == "pb":
        from onnx import helper, numpy_helper
        out, dtype, shape = args[:3]
        arr = make_array(dtype, shape, args[3] if len(args) > 3 else None)
        if opts.typed:
            from onnx import mapping
            code = mapping.NP_TYPE_TO_TENSOR_TYPE[arr.dtype]
            # make_tensor converts float16 values to their bits itself.
            vals = arr.flatten().tolist()
            tensor = helper.make_tensor(opts.name, code, arr.shape, vals)
        else:
            tensor = numpy_helper.from_array(arr, opts.name)
        with open(out, "wb") as f:
            f.write(tensor.SerializeToString())
    elif cmd == "rc":
        import subprocess
        proc = subprocess.run(args[1:], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
        sys.stdout.write(proc.stdout.decode(errors="replace"))
        sys.stdout.write(proc.stderr.decode(errors="replace"))
        if proc.returncode != int(args[0]):
            print("unexpected exit code %d" % proc.returncode)
            return 1
    elif cmd == "truncate":
        path, n = args[0], int(args[1])
        with open(path, "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(data[:-n])
    elif cmd == "show":
        arr = np.load(args[0])
        values = ", ".join(str(v) for v in arr.flatten().tolist())
        print("%s %s: [%s]" % (NAMES[arr.dtype], list(arr.shape), values))
    elif cmd == "same":
        a, b = np.load(args[0]), np.load(args[1])
        if a.dtype != b.dtype or a.shape != b.shape or a.tobytes() != b.tobytes():
            print("differ: %s %s" % (args[0], args[1]))
            return 1
        print("same")
    else:
        print("unknown command " + cmd, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
