#!/usr/bin/env python3
"""Write the budget templates and the example workbooks as flat ODF (.fods).

    python3 templates/make_templates.py [--check] [OUTDIR]

Writes, beside this script unless OUTDIR is given:
    verksamhetsplan-och-budget.fods        the multi-year template (6 sheets)
    budget-litet-forbund.fods              the one-year template (one sheet)
    examples/exempel-000-trollhattan-2020.fods, ...-002-..., ...-003-...
                                           seeds 000, 002, 003 typed into the multi-year template
    examples/figure-cells.csv              where each of the 93 document figures is in the examples
With --check nothing is written: the exit status says whether the files on disk are
what this script writes (the test suite runs it so).

The build converts the .fods to .ots/.ods in a LibreOffice profile that has the
add-in installed (templates/build_templates.sh) and packs the .ots into the .oxt.
Everything the user sees is described row by row, one module per sheet in sheets/:
    sheets/common.py        the period columns, the settings' choices, status words, numbers in messages
    sheets/instructions.py  Anvisningar          sheets/members.py      Medlemsbidrag
    sheets/budget.py        Budget               sheets/equity.py       Eget kapital
    sheets/key_figures.py   Nyckeltal            sheets/controls.py     Kontroller
    sheets/one_year.py      the one-year template (one sheet)
    sheets/examples.py      the seeds typed into the multi-year template, where each figure is
This script puts the multi-year workbook together and writes the files; see template_workbook.py
for the cell types and styles.

Formulas are written as typed in Calc's English UI and put together with Python's % only.
Placeholders in braces are filled in when the workbook is written: {name} is a row of the
same sheet, {Sheet:name} a row of another sheet, and in a cell of a period column (per())
{c} is the column, {p} the one before it and {k} the period's number 1-5.
"""
import csv
import io
import os
import sys

from template_workbook import Workbook
from sheets.common import BASES, KEYTYPES, LINES, Inputs  # noqa: F401 (BASES, LINES, KEYTYPES: for the tests)
from sheets.instructions import anvisningar
from sheets.members import medlemsbidrag
from sheets.budget import budget
from sheets.equity import eget_kapital
from sheets.key_figures import nyckeltal
from sheets.controls import budget_checks, equity_checks, goal_checks, kontroller, member_checks, setup_checks
from sheets.one_year import one_year  # noqa: F401 (also for the tests)
from sheets.examples import EXAMPLES, EXAMPLES_DATA, figure_cell

HERE = os.path.dirname(os.path.abspath(__file__))


# ====================================================================== the multi-year template
def multi_year(d=None):
    """The multi-year workbook; d holds an example's inputs (None: the empty template)."""
    inp = Inputs(d or {})
    sheets = [anvisningar(inp), medlemsbidrag(inp), budget(inp), eget_kapital(inp), nyckeltal(inp)]
    sheets.append(kontroller(setup_checks() + member_checks() + budget_checks() + equity_checks() + goal_checks(),
                             sheets))
    return Workbook(inp.value("title") or "Verksamhetsplan och budget – flerårig (samordningsförbund)", sheets,
                    "Mall för samordningsförbundets verksamhetsplan och budget med plan, från finsam-calc.")


def outputs(expected_csv):
    """{relative path: text} of everything this script writes."""
    out = {"verksamhetsplan-och-budget.fods": multi_year().render(),
           "budget-litet-forbund.fods": one_year().render()}
    books = {}
    for stem, (seed, _) in EXAMPLES.items():
        wb = multi_year(EXAMPLES_DATA[stem])
        books[seed] = (stem, wb)
        out["examples/%s.fods" % stem] = wb.render()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["seed", "table", "line", "period", "cell"])
    with open(expected_csv, encoding="utf-8", newline="") as f:
        for fig in csv.DictReader(f):
            seed = fig["seed"][:3]
            stem, wb = books[seed]
            w.writerow([fig["seed"], fig["table"], fig["line"], fig["period"],
                        figure_cell(seed, fig["table"], fig["line"], fig["period"], wb, stem)])
    out["examples/figure-cells.csv"] = buf.getvalue()
    return out


def main(argv):
    check = "--check" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    outdir = args[0] if args else HERE
    expected = os.path.join(os.path.dirname(HERE), "tests", "acceptance", "expected-figures.csv")
    stale = []
    for rel, text in outputs(expected).items():
        path = os.path.join(outdir, rel)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() == text:
                        continue
            except FileNotFoundError:
                pass
            stale.append(rel)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(path)
    if check:
        if stale:
            print("not what templates/make_templates.py writes (run it): " + ", ".join(stale), file=sys.stderr)
            return 1
        print("templates: generated files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
