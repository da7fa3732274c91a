#!/usr/bin/env python3
"""run_plans.py — generate plans the audit has never seen (generate_plans.py), audit every file with
finsam-audit --json and score it against the key (issue 20). Prints the seed, then a table per format
and per layout feature:

  correct files:  false-alarm files (any finding on a correct plan), unread (exit 3/2, nothing found)
  mutated files:  detected (exit 1 with a finding the correct file of the same format lacks), silent
                  (exit 0 on a plan with a slip), each slipped figure named alone (certain/likely, with
                  its right value) or among candidates, false accusations (a certain/likely finding on
                  a figure that is not slipped, or with a value that is not right)

  run_plans.py --audit build/finsam-audit [--seed N] [--plans N] [--mutants-per-plan K]
               [--formats txt,pdf,docx,odt,xlsx,ods] [--keep DIR] [--json FILE]
               [--max-false-alarm-files N] [--max-unread N] [--min-detected PCT]
               [--max-silent N] [--max-accusations N] [--min-alone PCT]
Exit 0 when every limit given holds (none given: always 0 after a complete run), 1 when one does not,
2 when the generator or the audit failed (a crash, no JSON, a file missing from the report).
"""
import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate_plans  # noqa: E402


def num(s):
    if isinstance(s, (int, float)):
        return float(s)
    if s is None:
        return None
    s = str(s).replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[,.()%]", " ", (s or "").lower())).strip()


def lab_eq(a, b):
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


def audit(binary, files, timeout):
    """finsam-audit --json over files (one run: Writer documents converted together): path -> file report."""
    out = {}
    for i in range(0, len(files), 60):
        chunk = files[i:i + 60]
        try:
            r = subprocess.run([binary, "--json", "--"] + chunk, capture_output=True,
                               timeout=timeout * len(chunk))
        except subprocess.TimeoutExpired:
            raise SystemExit("run_plans: finsam-audit timed out on %d files from %s" % (len(chunk), chunk[0]))
        stderr = r.stderr.decode("utf-8", "replace")
        if r.returncode not in (0, 1, 2, 3):
            sys.stderr.write(stderr[-2000:])
            raise SystemExit("run_plans: finsam-audit exit %d on %s..." % (r.returncode, chunk[0]))
        try:
            # Strict: the report must be UTF-8 whatever the documents hold (a cut excerpt once was not).
            report = json.loads(r.stdout.decode("utf-8"))
        except ValueError:
            sys.stderr.write(stderr[-2000:])
            raise SystemExit("run_plans: finsam-audit gave no JSON on %s..." % chunk[0])
        for f in report["files"]:
            out[os.path.abspath(f["file"])] = f
    missing = [f for f in files if os.path.abspath(f) not in out]
    if missing:
        raise SystemExit("run_plans: %d files missing from the report, e.g. %s" % (len(missing), missing[0]))
    return out


class Score:
    def __init__(self):
        self.c = collections.Counter()

    def add(self, **kw):
        for k, v in kw.items():
            self.c[k] += v

    def row(self):
        c = self.c
        pct = lambda a, b: "%5.1f%%" % (100.0 * a / b) if b else "    -"
        return ("%4d %6d %6d | %4d %6s %6d %6s %6s %6d" % (
            c["correct"], c["alarm_files"], c["unread"], c["mutated"], pct(c["detected"], c["mutated"]),
            c["silent"], pct(c["alone"], c["figures"]), pct(c["alone"] + c["candidates"], c["figures"]),
            c["accusations"]))


HEADER = ("%-26s %4s %6s %6s | %4s %6s %6s %6s %6s %6s" % (
    "", "ok", "alarm", "unread", "slip", "found", "silent", "alone", "named", "accuse"))


def score(key, reports, out, formats, verbose):
    per_format = collections.OrderedDict((f, Score()) for f in formats)
    per_feature = collections.defaultdict(Score)
    per_slip = collections.defaultdict(Score)
    total = Score()
    problems = []
    base = {}
    for plan, info in sorted(key["correct"].items()):
        for ext in formats:
            p = os.path.abspath(os.path.join(out, "correct", "%s.%s" % (plan, ext)))
            f = reports[p]
            base[(plan, ext)] = f
            alarm = bool(f["findings"])
            unread = not alarm and f["status"] != 0
            for s in [per_format[ext], total] + [per_feature[x] for x in info["features"]]:
                s.add(correct=1, alarm_files=alarm, unread=unread)
            if alarm:
                problems.append("ALARM %s.%s: %d findings, e.g. %s / %s printed %s" % (
                    plan, ext, len(f["findings"]), f["findings"][0]["label"], f["findings"][0]["period"],
                    f["findings"][0]["printed"]))
            elif unread:
                problems.append("UNREAD %s.%s: status %d %s" % (plan, ext, f["status"], "; ".join(
                    u["message"][:100] for u in f["not_understood"][:2]) or f.get("why_not") or "no check"))
    for mid, info in sorted(key["mutated"].items()):
        for ext in formats:
            p = os.path.abspath(os.path.join(out, "mutated", "%s.%s" % (mid, ext)))
            f = reports[p]
            b = {(x["label"], x["period"], str(x["printed"])) for x in base[(info["plan"], ext)]["findings"]}
            new = [x for x in f["findings"] if (x["label"], x["period"], str(x["printed"])) not in b]
            found = f["status"] == 1 and bool(new)
            silent = f["status"] == 0
            acc = alone = cand = 0
            for x in f["findings"]:
                if x.get("certainty") not in ("certain", "likely"):
                    continue
                if not any(lab_eq(x.get("label"), e["label"]) and num(x.get("expected")) is not None
                           and abs(num(x["expected"]) - num(e["right_value"])) < 1e-6 for e in info["expected"]):
                    acc += 1
                    problems.append("ACCUSES %s.%s: %s / %s printed %s -> %s" % (
                        mid, ext, x.get("label"), x.get("period"), x.get("printed"), x.get("expected")))
            for e in info["expected"]:
                if any(lab_eq(x.get("label"), e["label"]) and x.get("certainty") in ("certain", "likely")
                       and num(x.get("expected")) is not None and abs(num(x["expected"]) - num(e["right_value"])) < 1e-6
                       for x in f["findings"]):
                    alone += 1
                elif found and any(lab_eq(n, e["label"]) for x in f["findings"]
                                   for n in [x.get("label")] + [c.get("label") for c in x.get("candidates") or []]
                                   + list(x.get("together") or []) if n):
                    cand += 1
            if not found:
                problems.append("%s %s.%s: status %d (%s)" % ("SILENT" if silent else "MISSED", mid, ext,
                                                              f["status"], info["mutation"]))
            for s in [per_format[ext], total, per_slip[info["slip"]]] + [per_feature[x] for x in info["features"]]:
                s.add(mutated=1, detected=found, silent=silent, figures=len(info["expected"]), alone=alone,
                      candidates=cand, accusations=acc)
    return total, per_format, per_feature, per_slip, problems


def answer(f):
    """What the audit says of one file, as comparable across formats (class 8: same plan, same answer):
    its exit status, how many checks it made, and its findings as (label, period, printed figure)."""
    findings = frozenset((norm(x.get("label")), norm(x.get("period")), num(x.get("printed")))
                         for x in f["findings"])
    return f["status"], f["checks"], findings


def agreement(key, reports, out, formats):
    """Per file (a correct plan or a plan with a slip) the answer in each format against the answer
    most formats give: per format, in how many files its findings, its status or its number of checks
    differ from that answer (no majority: every format counts as differing). Returns
    (files, files where all formats agree, {format: Counter}, problem lines)."""
    per_format = collections.OrderedDict((f, collections.Counter()) for f in formats)
    agree = 0
    lines = []
    files = [("correct", n) for n in sorted(key["correct"])] + [("mutated", n) for n in sorted(key["mutated"])]
    for sub, name in files:
        answers = {ext: answer(reports[os.path.abspath(os.path.join(out, sub, "%s.%s" % (name, ext)))])
                   for ext in formats}
        if len(set(answers.values())) == 1:
            agree += 1
            continue
        votes = collections.Counter(answers.values())
        top, n = votes.most_common(1)[0]
        majority = top if n * 2 > len(formats) or (len(votes) > 1 and n > votes.most_common(2)[1][1]) else None
        for ext, a in answers.items():
            c = per_format[ext]
            ref = majority if majority is not None else (None, None, None)
            c["findings"] += a[2] != ref[2]
            c["status"] += a[0] != ref[0]
            c["checks"] += a[1] != ref[1]
        lines.append("DIFFER %s/%s: %s" % (sub, name, "; ".join(
            "%s exit %d, %d checks, %d findings" % (ext, a[0], a[1], len(a[2])) for ext, a in answers.items())))
    return len(files), agree, per_format, lines


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--audit", required=True)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--plans", type=int, default=20)
    ap.add_argument("--mutants-per-plan", type=int, default=3)
    ap.add_argument("--formats", default="txt,pdf,docx,odt,xlsx,ods")
    ap.add_argument("--keep", help="write the plans here and keep them (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true",
                    help="with --keep: audit the plans already in that folder (its key.json) instead of generating "
                         "them again, e.g. to compare two builds on the same files")
    ap.add_argument("--json", help="write the scores here")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per file")
    ap.add_argument("--quiet", action="store_true", help="no line per problem")
    for lim in ("max-false-alarm-files", "max-unread", "max-silent", "max-accusations"):
        ap.add_argument("--" + lim, type=int)
    for lim in ("min-detected", "min-alone"):
        ap.add_argument("--" + lim, type=float)
    a = ap.parse_args(argv)
    seed = a.seed if a.seed is not None else random.SystemRandom().randrange(1, 10 ** 9)
    formats = [f for f in a.formats.split(",") if f]
    if a.reuse and not a.keep:
        ap.error("--reuse needs --keep DIR")
    out = a.keep or tempfile.mkdtemp(prefix="finsam-plans-")
    if a.keep and os.path.exists(out) and not a.reuse:
        shutil.rmtree(out)
    if a.reuse:
        print("run_plans: the plans in %s, formats %s" % (out, ",".join(formats)), flush=True)
    else:
        print("run_plans: seed %d, %d plans x %d slips, formats %s" % (seed, a.plans, a.mutants_per_plan,
                                                                      ",".join(formats)), flush=True)
    t0 = time.time()
    try:
        if a.reuse:
            with open(os.path.join(out, "key.json"), encoding="utf-8") as f:
                key = json.load(f)
            seed = key["seed"]
            missing = [f for f in formats for name in key["correct"]
                       if not os.path.exists(os.path.join(out, "correct", "%s.%s" % (name, f)))]
            if missing:
                raise SystemExit("run_plans: %s has no .%s files" % (out, missing[0]))
        else:
            key, _ = generate_plans.generate(out, seed, a.plans, a.mutants_per_plan, formats)
        t1 = time.time()
        reports = {}
        for ext in formats:
            files = [os.path.join(out, sub, "%s.%s" % (name, ext))
                     for sub, group in (("correct", key["correct"]), ("mutated", key["mutated"])) for name in sorted(group)]
            reports.update(audit(os.path.abspath(a.audit), files, a.timeout))
        t2 = time.time()
        total, per_format, per_feature, per_slip, problems = score(key, reports, out, formats, not a.quiet)
    finally:
        if not a.keep:
            shutil.rmtree(out, ignore_errors=True)
    if not a.quiet:
        for p in problems:
            print(p)
    print("\nseed %d: %d plans, %d with slips; generated in %.0f s, audited in %.0f s" % (
        seed, len(key["correct"]), len(key["mutated"]), t1 - t0, t2 - t1))
    print(HEADER)
    for ext, s in per_format.items():
        print("%-26s %s" % ("format " + ext, s.row()))
    print("%-26s %s" % ("all formats", total.row()))
    if len(formats) > 1:
        files, agree, differ, lines = agreement(key, reports, out, formats)
        if not a.quiet:
            for line in lines:
                print(line)
        print("\nsame plan, same answer: all %d formats agree on %d of %d files; per format, files whose answer "
              "differs from the majority's" % (len(formats), agree, files))
        print("%-26s %8s %8s %8s" % ("", "findings", "status", "checks"))
        for ext, c in differ.items():
            print("%-26s %8d %8d %8d" % ("format " + ext, c["findings"], c["status"], c["checks"]))
    print("\nper slip (all formats)")
    for k in generate_plans.SLIPS:
        if k in per_slip:
            print("%-26s %s" % (k, per_slip[k].row()))
    print("\nper layout feature (all formats)")
    for k in sorted(per_feature):
        print("%-26s %s" % (k, per_feature[k].row()))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"seed": seed, "total": total.c, "formats": {k: v.c for k, v in per_format.items()},
                       "features": {k: v.c for k, v in per_feature.items()},
                       "slips": {k: v.c for k, v in per_slip.items()}}, f, indent=1)
    c = total.c
    failed = []
    if a.max_false_alarm_files is not None and c["alarm_files"] > a.max_false_alarm_files:
        failed.append("false-alarm files %d > %d" % (c["alarm_files"], a.max_false_alarm_files))
    if a.max_unread is not None and c["unread"] > a.max_unread:
        failed.append("unread correct files %d > %d" % (c["unread"], a.max_unread))
    if a.max_silent is not None and c["silent"] > a.max_silent:
        failed.append("slipped files passed with exit 0: %d > %d" % (c["silent"], a.max_silent))
    if a.max_accusations is not None and c["accusations"] > a.max_accusations:
        failed.append("false accusations %d > %d" % (c["accusations"], a.max_accusations))
    if a.min_detected is not None and 100.0 * c["detected"] / max(1, c["mutated"]) < a.min_detected:
        failed.append("detected %.1f %% < %.1f %%" % (100.0 * c["detected"] / max(1, c["mutated"]), a.min_detected))
    if a.min_alone is not None and 100.0 * c["alone"] / max(1, c["figures"]) < a.min_alone:
        failed.append("named alone %.1f %% < %.1f %%" % (100.0 * c["alone"] / max(1, c["figures"]), a.min_alone))
    for f in failed:
        print("run_plans: FAILED: " + f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
