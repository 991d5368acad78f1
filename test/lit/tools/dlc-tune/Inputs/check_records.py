#!/usr/bin/env python3
"""Checks a dlc-tune records file and prints the schedule it chose.

    check_records.py RECORDS TRIALS KERNEL_IR

The file must hold one kernel's records, each complete (key, schedule,
status, positive time when "ok" or "chosen", 49 features, schema, machine,
threads): first the default schedule found in KERNEL_IR (dlc-compile
--emit=kernel without records) and TRIALS distinct candidates; then the
confirmation, 3 rounds of the default and the (at most 3) fastest
candidates, in that order; last the "chosen" record, whose schedule is
among the finalists and whose time is the median of that schedule's
measurements. Prints "chosen: SCHEDULE".
"""

import json
import re
import statistics
import sys


def main(argv):
    path, trials, default_ir = argv[0], int(argv[1]), argv[2]
    with open(path) as f:
        records = [json.loads(line) for line in f if line.strip()]
    assert len({r["key"] for r in records}) == 1, "records for several kernels"
    for r in records:
        assert r["v"] == 1 and r["kernel"] == 0, r
        assert r["schedule"].startswith("#kernel.schedule<"), r["schedule"]
        assert r["status"] in ("ok", "chosen", "compile_error", "run_error",
                               "wrong_result"), r["status"]
        if r["status"] in ("ok", "chosen"):
            assert r["time_s"] > 0, r
        assert len(r["features"]) == 49, len(r["features"])
        assert r["schema"].startswith("dlc-cpu-v3:"), r["schema"]
        assert r["machine"].startswith("l1d="), r["machine"]
        assert r["threads"] == 1, r["threads"]
    with open(default_ir) as f:
        default = re.search(r"schedule = (#kernel\.schedule<[^>]*>)", f.read())
    assert default, "no schedule in the default IR"
    default = default.group(1)
    search = records[:1 + trials]
    assert search[0]["schedule"] == default, (search[0]["schedule"], default)
    # Only the run's first measurement is flagged as the default schedule
    # (the baseline of the relative model's labels).
    assert [r.get("default", False) for r in records] == \
        [True] + [False] * (len(records) - 1), [r.get("default") for r in records]
    assert len({r["schedule"] for r in search}) == 1 + trials, "a repeated candidate"
    ok = sorted((r for r in search[1:] if r["status"] == "ok"),
                key=lambda r: r["time_s"])
    finalists = [default] + [r["schedule"] for r in ok[:3]]
    confirm = records[1 + trials:-1]
    assert [r["schedule"] for r in confirm] == finalists * 3, (
        [r["schedule"] for r in confirm], finalists)
    chosen = records[-1]
    assert chosen["status"] == "chosen", chosen["status"]
    assert chosen["schedule"] in finalists, chosen["schedule"]
    times = [r["time_s"] for r in records[:-1]
             if r["schedule"] == chosen["schedule"] and r["status"] == "ok"]
    assert abs(statistics.median(times) - chosen["time_s"]) <= 1e-12, (
        times, chosen["time_s"])
    assert len(records) == 1 + trials + 3 * len(finalists) + 1, len(records)
    print("chosen: " + chosen["schedule"])


if __name__ == "__main__":
    main(sys.argv[1:])
