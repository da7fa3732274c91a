#!/usr/bin/env python3
"""Whole-column arguments in real LibreOffice: what users select (A:Z, B:B), answered as fast as the
filled part and exactly as the same formula over the filled rows.

    whole_columns.py write OUTDIR       OUTDIR/whole-columns.fods (the cases) and
                                        OUTDIR/whole-columns-data.fods (the same sheets, no formulas)
    whole_columns.py check CSVDIR       the recalculated sheet "Helkolumner" (CSVDIR/whole-columns-
                                        Helkolumner.csv, unformatted values) against each case

The parameters users give whole columns (FINSAM_AUDIT's Område, BUDGET_RESULT's Intäkter and
Kostnader, FINSAM_CHECK's Rader, FINSAM_SPLIT's Nyckel) are references (com.sun.star.table.XCellRange):
Calc passes the range itself, and the add-in reads only as far as the sheet is used, instead of Calc
converting 1 048 576 rows to an array first (FINSAM_AUDIT(A:Z) took 37 s and 3.7 GB that way).

The sheet "Helkolumner" has one case a block of rows: A Id, B what is tested, C the formula as typed,
D… its result (an array formula where the function gives several cells), L… the same function over
the range's filled rows where there is one to compare with (the results must be equal cell by cell),
T the expected outcome where it is known (numbers separated by ';', one per cell, or the exact text;
the cells may not show a number where an error or a message is expected). The data stand on other
sheets, so no formula lies inside its own range:

  Budget       a 40-row budget: income labels and amounts in A:B, costs in C:D (group and total rows)
  Nyckel       a key of three municipalities in A:B, nothing else on the sheet
  Nyckel2      the same with B2 empty;  Nyckel3  names in A1:A5, the key only in B1:B3
  Glesa        sparse columns: B has a value in row 200 000, D an error in row 5 000, E a text in row 3
  Tom          an empty sheet
  Granska      a budget with one column of amounts and a typo in a stated sum
run_whole_columns.sh recalculates both workbooks headless (each under a 4 GiB address-space limit)
and requires the one with formulas to take at most 300 MB more (peak resident memory of soffice)
than the one without.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
from fods import writer  # noqa: E402  (the .fods writer of every generator)

SHEET = "Helkolumner"
RESULT_COL, BOUNDED_COL, EXPECTED_COL = 3, 11, 19    # D, L, T
HEADER = ["Id", "Vad", "Formel"]
NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
ERROR = re.compile(r"^(Err:\d{3}|#NAME\?|#VALUE!|#REF!|#N/A|#DIV/0!|#NUM!|#NULL!)$")
FAR_ROW = 200000
ERROR_ROW = 5000


class F:
    """A formula in a data cell."""
    def __init__(self, text):
        self.text = text


def budget():
    """The 40 rows of the budget sheet: [A, B, C, D]."""
    income = [("Medlemsbidrag Försäkringskassan", 1789000), ("Medlemsbidrag Arbetsförmedlingen", 1789000),
              ("Medlemsbidrag regionen", 1789000), ("Medlemsbidrag Trollhättan", 1341000),
              ("Medlemsbidrag Lilla Edet", 323000), ("Medlemsbidrag Grästorp", 125000),
              ("ESF-projekt", 250000), ("Överskott föregående år", 269000)]
    inc = [["Intäkter", "Budget 2021"]] + [list(x) for x in income]
    inc.append(["Summa intäkter", F("=SUM(B2:B%d)" % len(inc))])
    groups = [("Insatser", 15), ("Struktur", 10), ("Kansli och administration", 7)]
    cost, sums, k = [["Kostnader", "Budget 2021"]], [], 0
    for head, n in groups:
        cost.append([head, None])
        first = len(cost) + 1
        for i in range(n):
            k += 1
            cost.append(["%s %d" % (head, i + 1), 30000 + 5000 * k])
        cost.append(["Summa " + head.lower(), F("=SUM(D%d:D%d)" % (first, len(cost)))])
        sums.append("D%d" % len(cost))
    cost.append(["Summa kostnader", F("=" + "+".join(sums))])
    assert len(cost) == 40, len(cost)
    return [(inc[i] if i < len(inc) else [None, None]) + cost[i] for i in range(40)]


KEY = [("Trollhättan", 1341), ("Lilla Edet", 323), ("Grästorp", 125)]
SPLIT_OF_KEY = "3 578 000; 1 789 000; 1 341 000; 323 000; 125 000"   # 7 156 000, step 1 000, the state on one line


class Case:
    def __init__(self, id, what, formula, bounded=None, expected=None, rows=1, cols=1):
        self.id, self.what, self.formula, self.bounded, self.expected = id, what, formula, bounded, expected
        self.rows, self.cols = rows, cols


def whole(ref):
    """'Budget!A:Z' as the writer takes it: Budget!A1:Z1048576."""
    m = re.fullmatch(r"(?:(\w+)!)?([A-Z]+):([A-Z]+)", ref)
    sheet, a, b = m.groups()
    return "%s%s1:%s1048576" % (sheet + "!" if sheet else "", a, b)


CASES = [
    Case("KOL-01", "FINSAM_AUDIT över 26 hela kolumner ger samma granskning som över budgetens 40 rader.",
         "=FINSAM_AUDIT(%s)" % whole("Budget!A:Z"), "=FINSAM_AUDIT(Budget!A1:Z40)", rows=10, cols=6),
    Case("KOL-02", "BUDGET_RESULT över hela kolumner: samma resultat som över raderna.",
         "=BUDGET_RESULT(%s;%s)" % (whole("Budget!A:B"), whole("Budget!C:D")),
         "=BUDGET_RESULT(Budget!A1:B40;Budget!C1:D40)", expected="3 806 000"),
    Case("KOL-03", "FINSAM_CHECK över en hel kolumn (utan etiketter räknas summaraden som en rad).",
         "=FINSAM_CHECK(%s;Budget!B10)" % whole("Budget!B:B"), "=FINSAM_CHECK(Budget!B1:B40;Budget!B10)",
         expected="Raderna summerar till 15 350 000 kr men summan anges till 7 675 000 kr "
                  "(skillnad 7 675 000 kr)."),
    Case("KOL-04", "FINSAM_SPLIT med en hel kolumn som nyckel, under rubriken Budget 2021: rubriken är "
         "ingen vikt (issue 19), nyckeln är de ifyllda raderna, som över B1:B10.",
         "=FINSAM_SPLIT(7156000;%s)" % whole("Budget!B:B"), "=FINSAM_SPLIT(7156000;Budget!B1:B10)", rows=11),
    Case("KOL-05", "FINSAM_AUDIT över hela bladet (A1:AMJ1048576, 1 074 miljoner celler).",
         "=FINSAM_AUDIT(Budget!A1:AMJ1048576)", "=FINSAM_AUDIT(Budget!A1:Z40)", rows=10, cols=6),
    Case("KOL-06", "En nyckel i en hel kolumn som slutar där bladet slutar är en giltig nyckel.",
         "=FINSAM_SPLIT(7156000;%s;1000)" % whole("Nyckel!B:B"), "=FINSAM_SPLIT(7156000;Nyckel!B1:B3;1000)",
         expected=SPLIT_OF_KEY, rows=5),
    Case("KOL-07", "En tom cell inne i en nyckel i en hel kolumn är ett fel, med cellens plats.",
         "=FINSAM_SPLIT(7156000;%s;1000)" % whole("Nyckel2!B:B"), "=FINSAM_SPLIT(7156000;Nyckel2!B1:B3;1000)",
         expected="Fel i Nyckel: cell 2 är tom."),
    Case("KOL-08", "En hel kolumn slutar vid sin sista ifyllda cell: en nyckel som slutar före en "
         "längre kolumn är giltig.", "=FINSAM_SPLIT(7156000;%s;1000)" % whole("Nyckel3!B:B"),
         "=FINSAM_SPLIT(7156000;Nyckel3!B1:B3;1000)"),
    Case("KOL-09", "En hel kolumn med ett tal långt ned (rad %d) räknar med det." % FAR_ROW,
         "=FINSAM_CHECK(%s;1000)" % whole("Glesa!B:B"), expected="OK"),
    Case("KOL-10", "Ett fel långt ned i en hel kolumn (rad %d): Err:504, som för ett område med ett fel." % ERROR_ROW,
         "=FINSAM_CHECK(%s;5)" % whole("Glesa!D:D"), expected="Err:504"),
    Case("KOL-11", "Text i en hel kolumn: meddelandet räknar cellerna från områdets första cell.",
         "=FINSAM_CHECK(%s;300)" % whole("Glesa!E:E"), "=FINSAM_CHECK(Glesa!E1:E3;300)",
         expected='Fel i Rader: cell 3 är text ("ungefär"), inte ett tal.'),
    Case("KOL-12", "Tomma hela kolumner som intäkter: samma fel som för tomma rader.",
         "=BUDGET_RESULT(%s;%s)" % (whole("Budget!X:Y"), whole("Budget!C:D")),
         "=BUDGET_RESULT(Budget!X1:Y40;Budget!C1:D40)", expected="Fel i Intäkter: området har inga belopp."),
    Case("KOL-13", "FINSAM_AUDIT över hela kolumner på ett tomt blad: samma svar som över ett tomt område.",
         "=FINSAM_AUDIT(%s)" % whole("Tom!A:Z"), "=FINSAM_AUDIT(Tom!A1:Z40)", rows=2, cols=6),
    Case("KOL-14", "BUDGET_RESULT över hela kolumner på ett tomt blad.",
         "=BUDGET_RESULT(%s;%s)" % (whole("Tom!A:B"), whole("Tom!C:D")), "=BUDGET_RESULT(Tom!A1:B40;Tom!C1:D40)",
         expected="Fel i Intäkter: området har inga belopp."),
    Case("KOL-15", "Kostnadskolumnen som hel kolumn: samma svar som över raderna.",
         "=FINSAM_CHECK(%s;Budget!D40)" % whole("Budget!D:D"), "=FINSAM_CHECK(Budget!D1:D40;Budget!D40)"),
    Case("KOL-16", "FINSAM_AUDIT över hela kolumner hittar ett skrivfel i en summa, som över raderna.",
         "=FINSAM_AUDIT(%s)" % whole("Granska!A:F"), "=FINSAM_AUDIT(Granska!A1:F12)", rows=3, cols=6),
]

# A budget with one column of amounts and a typo in a stated sum (Summa insatser 900 000, the lines
# give 920 000).
AUDITED = [["", "Budget 2021"], ["Medlemsbidrag", 2000000], ["ESF-projekt", 100000], ["Summa intäkter", 2100000],
           ["Insatser", None], ["Insats A", 500000], ["Insats B", 420000], ["Summa insatser", 900000],
           ["Kansli", 1100000], ["Summa kostnader", 2000000], ["Årets resultat", 100000], [None, None]]


def data_sheets():
    """[(name, rows)] of the data sheets; rows as lists of cells, or (row number, cells) for far rows."""
    def cells(values):
        return [writer.cell(formula=v.text) if isinstance(v, F) else writer.cell(v) for v in values]
    key2 = [KEY[0], (KEY[1][0], None), KEY[2]]
    key3 = KEY + [("Vänersborg", None), ("Mellerud", None)]
    glesa = [[None, 100, None, 5, 100], [None, 200, None, None, 200], [None, 300, None, None, "ungefär"]]
    return [
        ("Budget", [cells(r) for r in budget()]),
        ("Nyckel", [cells(r) for r in KEY]),
        ("Nyckel2", [cells(r) for r in key2]),
        ("Nyckel3", [cells(r) for r in key3]),
        ("Glesa", [cells(r) for r in glesa] + [(ERROR_ROW, cells([None, None, None, F("=1/0")])),
                                                (FAR_ROW, cells([None, 400]))]),
        ("Tom", []),
        ("Granska", [cells([v if v != "" else None for v in r]) for r in AUDITED]),
    ]


def table(name, rows):
    """A sheet whose rows are lists of cells, or (row number, cells) to jump down to a far row."""
    def lines():
        at = 1
        for r in rows:
            if isinstance(r, tuple):
                row, cs = r
                if row > at:
                    yield '<table:table-row table:number-rows-repeated="%d"><table:table-cell/></table:table-row>' % (
                        row - at)
                yield writer.row(cs)
                at = row + 1
            else:
                yield writer.row(r)
                at += 1
    return writer.table(name, [], lines())


def case_rows(with_formulas):
    rows = [[writer.cell(h) for h in HEADER] + [writer.cell()] * (RESULT_COL - len(HEADER))
            + [writer.cell("Resultat")] + [writer.cell()] * (BOUNDED_COL - RESULT_COL - 1)
            + [writer.cell("Samma funktion över de ifyllda raderna")]
            + [writer.cell()] * (EXPECTED_COL - BOUNDED_COL - 1) + [writer.cell("Förväntat")]]
    for c in CASES:
        for i in range(c.rows + 1):          # a blank row after each block
            r = [writer.cell()] * EXPECTED_COL + [writer.cell()]
            if i == 0:
                r[0], r[1], r[2] = writer.cell(c.id), writer.cell(c.what), writer.cell(c.formula)
                matrix = (c.rows, c.cols) if c.rows > 1 or c.cols > 1 else None
                if with_formulas:
                    r[RESULT_COL] = writer.cell(formula=c.formula, matrix=matrix)
                    if c.bounded:
                        r[BOUNDED_COL] = writer.cell(formula=c.bounded, matrix=matrix)
                if c.expected:
                    r[EXPECTED_COL] = writer.cell(c.expected)
            rows.append(r)
    return rows


def write(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, with_formulas in (("whole-columns", True), ("whole-columns-data", False)):
        tables = [writer.table(SHEET, [], (writer.row(r) for r in case_rows(with_formulas)))]
        tables += [table(n, rows) for n, rows in data_sheets()]
        writer.save(os.path.join(outdir, name + ".fods"),
                    writer.document(tables, namespaces=("office", "table", "text", "of")))
    print("%s: %d whole-column cases" % (os.path.join(outdir, "whole-columns.fods"), len(CASES)))
    return 0


def numbers(text):
    parts = [p.strip().replace(" ", "") for p in text.split(";")]
    return [float(p) for p in parts] if all(NUMBER.fullmatch(p) for p in parts) else None


def check(csvdir):
    path = os.path.join(csvdir, "whole-columns-%s.csv" % SHEET)
    if not os.path.exists(path):
        print("FAIL no %s" % path)
        return 1
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    starts = {r[0]: i for i, r in enumerate(rows) if r and re.fullmatch(r"KOL-\d\d", r[0])}
    failed = 0
    for c in CASES:
        if c.id not in starts:
            print("FAIL %s: not in the recalculated sheet" % c.id)
            failed += 1
            continue
        block = [(rows[i] + [""] * (EXPECTED_COL + 1)) for i in range(starts[c.id], starts[c.id] + c.rows)]
        got = [r[RESULT_COL:RESULT_COL + c.cols] for r in block]
        flat = [x for r in got for x in r]
        problem = None
        if not flat[0]:
            problem = "no result"
        elif any(x == "#NAME?" for x in flat):
            problem = "#NAME?: the extension is not installed"
        elif c.bounded and got != [r[BOUNDED_COL:BOUNDED_COL + c.cols] for r in block]:
            want = [r[BOUNDED_COL:BOUNDED_COL + c.cols] for r in block]
            diff = next(i for i in range(c.rows) if got[i] != want[i])
            problem = "row %d shows %s; over the filled rows: %s" % (diff + 1, got[diff], want[diff])
        elif c.expected:
            want = numbers(c.expected)
            if want is not None:
                shown = [x for x in flat if x]
                if [float(x) if NUMBER.fullmatch(x) else x for x in shown] != want:
                    problem = "shows %s, expected %s" % ("; ".join(shown), c.expected)
            elif flat[0] != c.expected or any(NUMBER.fullmatch(x) for x in flat):
                problem = "shows %r, expected %r" % (flat[0], c.expected)
        if problem:
            print("FAIL %s  %s: %s" % (c.id, c.what, problem))
            failed += 1
        else:
            print("ok   %s  %s  [%s]" % (c.id, c.what, (" | ".join(x for x in flat if x))[:70]))
    print("%d of %d whole-column cases answered as over the filled rows" % (len(CASES) - failed, len(CASES)))
    return 1 if failed else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "write":
        return write(argv[2])
    if len(argv) == 3 and argv[1] == "check":
        return check(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
