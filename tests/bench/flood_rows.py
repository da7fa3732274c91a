#!/usr/bin/env python3
"""flood_rows.py — the audit stays near linear whatever row of a plan is repeated.

A fuzz input repeated one row of a sheet 30 000 times (a Summa row, a "Staten …" line) and the audit
took minutes: a check or the diagnosis looked over every row above each row. This bench takes
generated plans (tests/plans/generate_plans.py, seed printed) and, for each line of each plan that
holds a figure, audits the plan with that line repeated TIMES times, then prints the slowest runs
(CPU seconds, peak MB) and fails when any run takes more than --max-seconds CPU or --max-mb memory.

  flood_rows.py --audit build/finsam-audit [--seed N] [--plans K] [--times N]
                [--max-seconds S] [--max-mb M] [--work DIR]
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(os.path.dirname(HERE), "plans", "generate_plans.py")


def run(audit, path):
    """CPU seconds and peak MB of one audit run (its own rusage, not the children's so far)."""
    proc = subprocess.Popen([audit, path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, code


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--audit", required=True)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--plans", type=int, default=4)
    ap.add_argument("--times", type=int, default=10000)
    ap.add_argument("--max-seconds", type=float, default=5.0)
    ap.add_argument("--max-mb", type=float, default=1000.0)
    ap.add_argument("--work", default=None)
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1, 10**9)
    print(f"flood_rows: seed {seed}, {a.plans} plans, each line with a figure repeated {a.times} times")
    work = a.work or tempfile.mkdtemp(prefix="flood-rows-")
    subprocess.run([sys.executable, GENERATOR, work, "--seed", str(seed), "--plans", str(a.plans),
                    "--mutants-per-plan", "1", "--formats", "txt", "--no-office"],
                   check=True, stdout=subprocess.DEVNULL)
    plans = []
    for sub in ("correct", "mutated"):
        d = os.path.join(work, sub)
        plans += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
    runs, crashed = [], []
    flooded = os.path.join(work, "flooded.txt")
    for plan in plans:
        lines = open(plan, encoding="utf-8").read().split("\n")
        for i, line in enumerate(lines):
            if not re.search(r"\d", line):
                continue
            # Up to about 4 MB of text: beyond that every reader is slow, and a slow run proves nothing.
            times = min(a.times, 4_000_000 // (len(line.encode("utf-8")) + 1))
            with open(flooded, "w", encoding="utf-8") as out:
                out.write("\n".join(lines[: i + 1] + [line] * times + lines[i + 1:]))
            cpu, mb, code = run(a.audit, flooded)
            runs.append((cpu, mb, os.path.basename(plan), i + 1, times, line.strip()[:60]))
            if code < 0 or code > 3:
                crashed.append((code, os.path.basename(plan), i + 1))
    runs.sort(reverse=True)
    print(f"{len(runs)} runs; slowest:")
    for cpu, mb, plan, line, times, text in runs[:8]:
        print(f"  {cpu:6.2f} s {mb:7.1f} MB  {plan} line {line} ×{times}: {text}")
    slow = [r for r in runs if r[0] > a.max_seconds or r[1] > a.max_mb]
    for code, plan, line in crashed:
        print(f"FEL / FAILS: {plan} line {line}: exit {code}")
    if slow:
        print(f"FEL / FAILS: {len(slow)} runs over {a.max_seconds} s or {a.max_mb} MB")
    if slow or crashed:
        return 1
    print(f"all {len(runs)} runs within {a.max_seconds} s CPU and {a.max_mb} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
