#!/usr/bin/env python3
"""Writes the seed corpora of mlir-parse-fuzzer and tensor-file-fuzzer.

    make_text_corpora.py

mlir-parse: every `// -----` split of the graph and kernel dialects' lit
tests (test/lit/Dialect), valid and invalid, with RUN/CHECK comments
stripped. tensor-file: small .npy files of every dtype and rank 0 to 3, and
a few ONNX node-test TensorProto files (raw_data and typed fields). The
output is checked in; run this again only to change the seeds. Fuzzing finds
regression inputs too: those are added by hand as regress-* and this script
leaves them alone.
"""

import glob
import hashlib
import os
import re

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def write(dirname, data, ext):
    os.makedirs(dirname, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16] + ext
    with open(os.path.join(dirname, name), "wb") as f:
        f.write(data)


def mlir_corpus(out):
    for path in sorted(glob.glob(os.path.join(ROOT, "test/lit/Dialect/*/*.mlir"))):
        with open(path) as f:
            text = f.read()
        for chunk in text.split("// -----"):
            lines = [l for l in chunk.splitlines()
                     if not re.match(r"\s*//", l)]
            body = "\n".join(lines).strip()
            if body:
                write(out, (body + "\n").encode(), ".mlir")


def tensor_corpus(out):
    rng = np.random.default_rng(0)
    for dt in ["f4", "f8", "f2", "i1", "u1", "i2", "u2", "i4", "u4", "i8",
               "u8", "b1"]:
        for shape in [(), (3,), (2, 3), (1, 2, 2)]:
            a = (rng.uniform(-5, 5, size=shape) if dt[0] == "f"
                 else rng.integers(0, 2 if dt == "b1" else 100, size=shape))
            a = np.asarray(a).astype(np.dtype("<" + dt if dt != "b1" else "?"))
            import io
            buf = io.BytesIO()
            np.save(buf, a)
            write(out, buf.getvalue(), ".npy")
    node = "/usr/share/libonnx-testdata/data/node"
    for test in ["test_abs", "test_cast_FLOAT_to_FLOAT16", "test_gather_0",
                 "test_equal", "test_reshape_extended_dims",
                 "test_castlike_FLOAT_to_DOUBLE"]:
        for f in sorted(glob.glob(os.path.join(node, test, "test_data_set_0", "*.pb"))):
            with open(f, "rb") as fh:
                write(out, fh.read(), ".pb")


if __name__ == "__main__":
    mlir_corpus(os.path.join(HERE, "corpus", "mlir-parse"))
    tensor_corpus(os.path.join(HERE, "corpus", "tensor-file"))
