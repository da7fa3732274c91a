#!/usr/bin/env python3
"""Write test variants of the example workbooks (never shipped), for run_template_tests.sh.

    make_variants.py OUTDIR

Each variant is an example with one input changed, written through the same code as the
templates (templates/make_templates.py), so it is exactly "the template with these inputs":
  typo-000      a typo in one cost line (ALL-IN 2020: 11 800 000 typed as 11 080 000)
  typo-002      a typo in a tkr cost line (Revision 2021: 55 typed as 5)
  typo-003      a typo in one cost line of Budget 2021 (Mitt Val: 1 080 000 typed as 1 008 000)
  enkolumn-002  002 with the budget column only (equity chain of one period)
  trappa-002-ok     a staircase filled in with made-up TEST values (one step, 50 %): equity is below it
  trappa-002-over   made-up TEST values (one step, 10 %): 672 tkr is over 10 % of 5 662 tkr
  ettar-002     seed 002 typed into the one-year template
The staircase values here are test data only; the templates and examples carry none.
Prints one line per variant: file, the checks that must be red, the checks that must wait.
"""
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
import make_templates as mt  # noqa: E402


def set_line(d, group, label, col, value):
    for name, vals, _ in d[group]:
        if name == label:
            assert col in vals, (label, col)
            vals[col] = value
            return
    raise KeyError(label)


def variants():
    ex = mt.EXAMPLES_DATA
    out = {}
    d = copy.deepcopy(ex["exempel-000-trollhattan-2020"])
    set_line(d, "ins", "ALL-IN", 2, 11080000)
    out["typo-000"] = (mt.multi_year(d), "12", "22")
    d = copy.deepcopy(ex["exempel-002-sydostra-skane-2021"])
    set_line(d, "kan", "Revision", 2, 5)
    out["typo-002"] = (mt.multi_year(d), "14", "24")
    d = copy.deepcopy(ex["exempel-003-finnveden-2021"])
    set_line(d, "ins", "Mitt Val", 2, 1008000)
    out["typo-003"] = (mt.multi_year(d), "12", "24")
    d = copy.deepcopy(ex["exempel-002-sydostra-skane-2021"])     # one column only: Budget 2021
    d.update({"open_in": {2: 2054}, "res_in": {}, "stated": dict(d["stated"], close={2: 672})})
    out["enkolumn-002"] = (mt.multi_year(d), "", "24")
    d = copy.deepcopy(ex["exempel-002-sydostra-skane-2021"])
    d["staircase"] = [(0, 0.5)]
    out["trappa-002-ok"] = (mt.multi_year(d), "", "")
    d = copy.deepcopy(ex["exempel-002-sydostra-skane-2021"])
    d["staircase"] = [(0, 0.1)]
    out["trappa-002-over"] = (mt.multi_year(d), "24", "")
    e = ex["exempel-002-sydostra-skane-2021"]
    one = {"name": e["name"], "year": 2021, "unit": "tkr", "amount": 2831, "basis": mt.BASES[0], "step": 1,
           "lines": mt.LINES[0], "region": e["region"],
           "kommuner": [(n, k[2]) for n, k in e["kommuner"]],
           "other": [(n, v[2]) for n, v, _ in e["other"]],
           "ins": [(n, v[2]) for n, v, _ in e["ins"]][:8], "kan": [(n, v[2]) for n, v, _ in e["kan"]][:6],
           "open": 2054, "goal_ins": 0.8,
           "stated": {"inc": 7082, "ins": 7744, "kan": 720, "costs": 8464, "res": -1382}}
    # the one-year template has 6 kansli lines: the last three of 002's eight are put together
    kan = [(n, v[2]) for n, v, _ in e["kan"]]
    one["kan"] = kan[:5] + [("Kurser, föreningsavgifter och övrigt", sum(v for _, v in kan[5:]))]
    out["ettar-002"] = (mt.one_year(one), "", "")
    return out


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    for stem, (wb, red, wait) in variants().items():
        path = os.path.join(outdir, stem + ".fods")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(wb.render())
        print("%s %s %s" % (path, red or "-", wait or "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
