#!/usr/bin/env bash
# Prints the path of a Python interpreter that can import onnx and numpy.
# The first python3 on PATH may lack Debian's python3-onnx; Debian's own
# interpreter (/usr/bin/python3) has it once scripts/install-deps.sh ran.
for candidate in /usr/bin/python3 python3 python; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c "import onnx, numpy" >/dev/null 2>&1; then
    command -v "$candidate"
    exit 0
  fi
done
echo "find-python: no Python with onnx and numpy; run scripts/install-deps.sh" >&2
exit 1
