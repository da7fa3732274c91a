#!/usr/bin/env python3
"""Check the example workbooks (seeds typed into the multi-year template) after recalculation.

    check_examples.py EXPECTED.csv CELLS.csv CSVDIR [--demo] [--expect-red STEM:NR,...]
                      [--expect-waiting STEM:NR,...] [--stems STEM,...] [--checks-only]

EXPECTED.csv is tests/acceptance/expected-figures.csv (the 93 document figures);
CELLS.csv (templates/examples/figure-cells.csv, written by make_templates.py)
says where each figure is in the example workbooks.  CSVDIR holds the sheets as
written by scripts/recalc (<stem>-<Sheet>.csv).

Passes when
  - every figure is reproduced exactly (the cells hold formulas: the examples
    contain inputs only),
  - on each example's Kontroller sheet every check is OK or "–" (nothing to
    check), except the checks listed with --expect-red (must be FEL) and
    --expect-waiting (must be VÄNTAR): exactly those, no more, no fewer,
  - the overall status in Kontroller!C2 agrees (FEL / VÄNTAR / OK).
With --demo prints the figures as a table per example (for scripts/demo); with --checks-only
checks only the Kontroller sheets (for the test variants with a typo).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "acceptance"))
import check_figures as cf  # noqa: E402

FIRST_CHECK_ROW = 5           # Kontroller: row 5 on, A = number, B = check, C = status, I = explanation


def parse_list(arg):
    out = {}
    for item in filter(None, (arg or "").split(",")):
        stem, _, nr = item.rpartition(":")
        out.setdefault(stem, set()).add(nr)
    return out


def kontroller(sheets, stem):
    rows = sheets.rows(stem, "Kontroller")
    if rows is None:
        return None, None
    checks = []
    for r in rows[FIRST_CHECK_ROW - 1:]:
        if len(r) > 2 and r[0].strip().isdigit():
            checks.append((r[0].strip(), r[1], r[2].strip(), r[8] if len(r) > 8 else ""))
    overall = rows[1][2] if len(rows) > 1 and len(rows[1]) > 2 else ""
    return checks, overall


def main(argv):
    opts = {"--expect-red": "", "--expect-waiting": "", "--stems": ""}
    args, demo, checks_only, i = [], False, False, 1
    while i < len(argv):
        a = argv[i]
        if a == "--demo":
            demo = True
        elif a == "--checks-only":
            checks_only = True
        elif a in opts:
            opts[a] = argv[i + 1]
            i += 1
        else:
            args.append(a)
        i += 1
    if len(args) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    expected_csv, cells_csv, directory = args
    with open(cells_csv, encoding="utf-8", newline="") as f:
        where = {(r["seed"], r["table"], r["line"], r["period"]): r["cell"] for r in csv.DictReader(f)}
    with open(expected_csv, encoding="utf-8", newline="") as f:
        figures = []
        for fig in csv.DictReader(f):
            fig = dict(fig)
            fig["cell"] = where.get((fig["seed"], fig["table"], fig["line"], fig["period"]), "?/?/A1")
            figures.append(fig)
    stems = sorted({fig["cell"].split("/")[0] for fig in figures})
    if opts["--stems"]:
        keep = set(opts["--stems"].split(","))
        figures = [f for f in figures if f["cell"].split("/")[0] in keep]
        stems = sorted(keep)
    sheets = cf.Sheets(directory)
    if checks_only:
        figures = []
    results = [(fig,) + cf.check_figure(fig, sheets) for fig in figures]
    n_ok = sum(1 for r in results if r[1])
    red, waiting = parse_list(opts["--expect-red"]), parse_list(opts["--expect-waiting"])
    problems = []
    summary = []
    for stem in stems:
        checks, overall = kontroller(sheets, stem)
        if checks is None:
            problems.append("%s: bladet Kontroller saknas" % stem)
            continue
        want_red, want_wait = red.get(stem, set()), waiting.get(stem, set())
        counts = {}
        for nr, title, status, expl in checks:
            counts[status] = counts.get(status, 0) + 1
            want = "FEL" if nr in want_red else "VÄNTAR" if nr in want_wait else None
            if want and status != want:
                problems.append("%s: kontroll %s (%s) är %s, väntat %s – %s" % (stem, nr, title, status, want, expl))
            elif not want and status not in ("OK", "–"):
                problems.append("%s: kontroll %s (%s) är %s – %s" % (stem, nr, title, status, expl))
        expected_overall = "FEL" if want_red else "VÄNTAR" if want_wait else "OK"
        if not overall.startswith(expected_overall):
            problems.append("%s: totalstatus %r, väntat %s" % (stem, overall, expected_overall))
        summary.append((stem, len(checks), counts, overall, checks))

    if demo:
        for stem in stems:
            rows = [r for r in results if r[0]["cell"].split("/")[0] == stem]
            if not rows:
                continue
            print()
            print("%s  (%s)" % (stem, rows[0][0]["seed"]))
            w = max(len(r[0]["line"]) for r in rows)
            wt = max(len(r[0]["table"]) for r in rows)
            print("%-*s  %-*s  %-12s %14s %14s" % (wt, "Tabell", w, "Rad", "Period", "Dokumentet", "Mallen"))
            for fig, ok, computed, reason in rows:
                print("%-*s  %-*s  %-12s %14s %14s  %s" % (
                    wt, fig["table"], w, fig["line"], fig["period"], cf.fmt(int(fig["value"])) + " " + fig["unit"],
                    computed + " " + fig["unit"] if ok else computed, "stämmer" if ok else "FEL: " + reason))
        print()
        for stem, n, counts, overall, checks in summary:
            print("%s: %d kontroller – %s. Status: %s" % (
                stem, n, ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items())), overall))
            for nr, title, status, expl in checks:
                if status not in ("OK", "–"):
                    print("    %s %s: %s – %s" % (status, nr, title, expl))
    else:
        for fig, ok, computed, reason in results:
            if not ok:
                print("FEL %s | %s | %s | %s: dokumentet %s, beräknat %s [%s] – %s" % (
                    fig["seed"][:3], fig["table"], fig["line"], fig["period"], fig["value"], computed,
                    fig["cell"], reason))
        for stem, n, counts, overall, checks in summary:
            print("%s: %d kontroller – %s; totalstatus: %s" % (
                stem, n, ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items())), overall))
            for nr, title, status, expl in checks:
                if status not in ("OK", "–"):
                    print("    %s %s: %s – %s" % (status, nr, title, expl))
    for p in problems:
        print("PROBLEM " + p)
    if checks_only:
        print("%s: the checks are as expected" % ", ".join(stems) if not problems else "checks not as expected")
        return 1 if problems else 0
    print("%d of %d figures reproduced" % (n_ok, len(figures)))
    return 0 if n_ok == len(figures) and not problems and figures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
