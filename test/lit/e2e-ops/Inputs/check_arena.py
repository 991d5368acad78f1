#!/usr/bin/env python3
"""Checks the arena size a model reports in three places against a bound.

    check_arena.py MAX_BYTES COMPILE_LOG MODEL_H RUN_LOG

COMPILE_LOG holds dlc-compile's progress ("arena: N bytes ..."), MODEL_H is
the generated header (DLC_MODEL_ARENA_BYTES N), RUN_LOG dlc-run's summary
("..., arena N bytes"). All three must agree and be at most MAX_BYTES.
"""

import re
import sys


def find(path, pattern):
    m = re.search(pattern, open(path).read())
    if not m:
        sys.exit("%s: no match for %r" % (path, pattern))
    return int(m.group(1))


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    bound = int(argv[0])
    sizes = [find(argv[1], r"arena: (\d+) bytes"),
             find(argv[2], r"#define DLC_MODEL_ARENA_BYTES (\d+)"),
             find(argv[3], r"arena (\d+) bytes")]
    if len(set(sizes)) != 1:
        sys.exit("the arena sizes differ: compile %d, header %d, run %d"
                 % tuple(sizes))
    if sizes[0] > bound:
        sys.exit("arena of %d bytes, more than %d" % (sizes[0], bound))
    print("arena: %d bytes, at most %d" % (sizes[0], bound))


if __name__ == "__main__":
    main(sys.argv[1:])
