#!/usr/bin/env python3
"""Checks a dlc-tune records file and prints its best schedule.

    check_records.py RECORDS N KERNEL_IR

Every line must be a complete record (key, schedule, status, positive time
when "ok", 44 features, schema, machine, threads); there must be N of them,
all for one kernel key, the first being the default schedule found in
KERNEL_IR (dlc-compile --emit=kernel without records). Prints
"best: SCHEDULE" for the fastest "ok" record.
"""

import json
import re
import sys


def main(argv):
    path, count, default_ir = argv[0], int(argv[1]), argv[2]
    with open(path) as f:
        records = [json.loads(line) for line in f if line.strip()]
    assert len(records) == count, f"{len(records)} records, expected {count}"
    keys = {r["key"] for r in records}
    assert len(keys) == 1, f"records for {len(keys)} kernels"
    for r in records:
        assert r["v"] == 1 and r["kernel"] == 0 and r["model"] == "gemm", r
        assert r["schedule"].startswith("#kernel.schedule<"), r["schedule"]
        assert r["status"] in ("ok", "compile_error", "run_error",
                               "wrong_result"), r["status"]
        if r["status"] == "ok":
            assert r["time_s"] > 0, r
        assert len(r["features"]) == 44, len(r["features"])
        assert r["schema"].startswith("dlc-cpu-v1:"), r["schema"]
        assert r["machine"].startswith("l1d="), r["machine"]
        assert r["threads"] == 1, r["threads"]
    with open(default_ir) as f:
        default = re.search(r"schedule = (#kernel\.schedule<[^>]*>)", f.read())
    assert default, "no schedule in the default IR"
    assert records[0]["schedule"] == default.group(1), (
        records[0]["schedule"], default.group(1))
    assert len({r["schedule"] for r in records}) == count, "a repeated schedule"
    ok = [r for r in records if r["status"] == "ok"]
    assert ok, "no candidate ran"
    best = min(ok, key=lambda r: r["time_s"])
    print("best: " + best["schedule"])


if __name__ == "__main__":
    main(sys.argv[1:])
