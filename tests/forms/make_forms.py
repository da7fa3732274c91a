#!/usr/bin/env python3
"""Write a workbook where every function is called with its data arguments in every form people
type (issue 19), and the expected outcome of each call beside it.

    python3 tests/forms/make_forms.py OUT.fods [--seed N] [--cases K]

Sheet "Fall" has one case per row:
    A Id         e.g. FORM-SPLIT-017, or ISSUE-03 for a row of issue 19's table
    B Formel     the formula as typed (for the reader)
    C Resultat   TEXTJOIN("|";0;the call): every cell of the result in one text
    D Förväntat  for a FORM case the same call with every data argument as a plain reference to the
                 sheet "Data" (TEXTJOIN as in C); for an ISSUE case the expected text itself
The argument forms (each data argument independently, at random): a reference to another sheet,
the same range on the case's own sheet, a named range, OFFSET(...), an inline array {…}, a
computed array (IF(ISBLANK(r);"";IF(ISTEXT(r);r;r*1)), evaluated by Calc before the call), and a
number where the value is a single cell. check_forms.py holds C to D in each row.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
from fods import writer  # noqa: E402
from fods.formula import col  # noqa: E402

LOCAL_COL, LOCAL_ROW = 20, 1001  # U1001: the same-sheet copies of the inputs, on "Fall"

# ---------------------------------------------------------------- random argument values
PERIODS = ["Budget 2025", "Prognos 2024", "Utfall 2023", "2025", 2024, "2 024"]


def amount(rng, lo=1000, hi=900000):
    return rng.randrange(lo, hi, 1000) if rng.random() < 0.7 else rng.randrange(lo, hi)


def income_block(rng):
    """Labelled income lines, sometimes with a period header, sometimes a bare column."""
    shape = rng.choice(["column", "labelled", "labelled-header"])
    n = rng.randint(1, 4)
    if shape == "column":
        return [[amount(rng)] for _ in range(n)]
    labels = ["Medlemsbidrag staten", "Medlemsbidrag regionen", "Medlemsbidrag kommunerna", "Ränteintäkter",
              "Uttag ur eget kapital", "Balanserat resultat"]
    rows = [[rng.choice(labels), amount(rng)] for _ in range(n)]
    if shape == "labelled-header":
        rows.insert(0, [rng.choice(["Intäkter", None]), rng.choice(PERIODS)])
    return rows


def cost_block(rng):
    shape = rng.choice(["column", "labelled", "labelled-header"])
    n = rng.randint(1, 4)
    if shape == "column":
        return [[amount(rng)] for _ in range(n)]
    labels = ["Personal", "Lokaler", "Insatser", "Administration", "Revision"]
    rows = [[rng.choice(labels), amount(rng)] for _ in range(n)]
    if rng.random() < 0.3:
        rows.append(["Summa kostnader", sum(r[1] for r in rows)])
    if shape == "labelled-header":
        rows.insert(0, [rng.choice(["Kostnader", None]), rng.choice(PERIODS)])
    return rows


# A period header above figures (issue 19: never an amount): a text naming a period, or, in a line of
# its own above a row of figures, years or dates (serials, as Calc passes a date cell).
HEADER_TEXTS = ["Budget 2025", "Prognos 2024", "2 024", "Invånare 31 dec 2024", "Utfall 2023"]


def header_row(rng, n):
    year = rng.randint(2019, 2026)
    kind = rng.choice(["year", "date", "text"])
    cells = [year + i if kind == "year" else 43466 + 365 * (year - 2019 + i) if kind == "date"
             else rng.choice(HEADER_TEXTS) for i in range(n)]
    if n > 1 and rng.random() < 0.3:
        cells[rng.randrange(1, n)] = None  # merged with the cell before
    return cells


def with_header(rng, block):
    """block (a column or a row of figures), sometimes with a period header before it."""
    r = rng.random()
    if r < 0.15:
        return [[rng.choice(HEADER_TEXTS)]] + block if len(block[0]) == 1 else [[rng.choice(HEADER_TEXTS)] + block[0]]
    if r < 0.3 and len(block) == 1 and len(block[0]) > 1:
        return [header_row(rng, len(block[0]))] + block
    return block


def key_block(rng):
    n = rng.randint(1, 4)
    vals = [rng.choice([rng.randint(1, 12), rng.randint(1000, 90000)]) for _ in range(n)]
    if rng.random() < 0.15:  # bad input: the message must be the same in every form
        vals[rng.randrange(n)] = rng.choice([-1, 0, "Trollhättan"])
    return with_header(rng, [[v] for v in vals] if rng.random() < 0.7 else [vals])


def stairs_block(rng):
    return [[0, 0.5], [5000000, 0.3], [10000000, 0.2]] if rng.random() < 0.8 else [[0, 0.4], [8000000, 0.25]]


def results_block(rng):
    n = rng.randint(1, 4)
    vals = [rng.randint(-900, 900) * 1000 + rng.choice([0, 0, 1, 345]) for _ in range(n)]
    return with_header(rng, [[v] for v in vals] if rng.random() < 0.6 else [vals])


# Each function: (display name, [(argument kind, generator)]); kind "data" takes every form,
# "scalar" a number or a single cell.
def scalar(lo, hi):
    return lambda rng: [[rng.randint(lo, hi) * 1000]]


FUNCTIONS = {
    "SPLIT": ("FINSAM_SPLIT", [scalar(1000, 20000), key_block, lambda rng: [[rng.choice([1, 100, 1000])]],
                               lambda rng: [[rng.choice([1, 2])]]]),
    "RESULT": ("BUDGET_RESULT", [income_block, cost_block]),
    "PROJ": ("EQUITY_PROJECTION", [scalar(-500, 5000), results_block]),
    "CEIL": ("EQUITY_CEILING", [scalar(1000, 20000), stairs_block]),
    "CCHECK": ("EQUITY_CEILING_CHECK", [scalar(0, 5000), scalar(1000, 20000), stairs_block]),
    "CHECK": ("FINSAM_CHECK", [lambda rng: [[amount(rng)] for _ in range(rng.randint(1, 5))], None]),
}


# The functions whose answer is a row or a column: INDEX(F(…);1) reads its first cell, also when the
# answer is a single cell (one period, one message). BUDGET_RESULT answers a row: INDEX(F(…);1;1).
INDEXED = ("SPLIT", "RESULT", "PROJ")


# ---------------------------------------------------------------- forms
def literal(v):
    if v is None:
        return None
    if isinstance(v, str):
        return '"%s"' % v
    return str(v)


def inline(block):
    lits = [[literal(v) for v in row] for row in block]
    if any(v is None for row in lits for v in row):
        return None
    return "{" + "|".join(";".join(row) for row in lits) + "}"


def rng_ref(sheet, r0, c0, block):
    rows, cols = len(block), len(block[0])
    a = "%s%d" % (col(c0), r0)
    b = "%s%d" % (col(c0 + cols - 1), r0 + rows - 1)
    ref = a if (rows, cols) == (1, 1) else a + ":" + b
    return ("%s!%s" % (sheet, ref)) if sheet else ref


class Workbook:
    def __init__(self):
        self.data_rows = []  # sheet Data: list of rows (lists of values)
        self.names = []      # (name, range address in ODF)
        self.fall = []       # (id, shown, result formula, expected formula or text, local blocks, array)
        self.local_rows = 0

    def place(self, block):
        """The block on sheet Data, below what is there; its top-left row (1-based) and column 1."""
        r0 = len(self.data_rows) + 1
        for row in block:
            self.data_rows.append([None] + list(row))
        self.data_rows.append([])
        return r0

    def name(self, r0, block):
        n = "omr_%s" % "".join("abcdefghij"[int(d)] for d in str(len(self.names)))
        rows, cols = len(block), len(block[0])
        self.names.append((n, "$Data.$%s$%d:.$%s$%d" % (col(1), r0, col(cols), r0 + rows - 1)))
        return n


FORMS = ["sheet", "local", "name", "offset", "inline", "computed", "number"]


def form_of(rng, wb, block, local, case_row):
    """A random form of block (already placed on Data); local: list to put same-sheet copies in."""
    r0 = wb.place(block)
    rows, cols = len(block), len(block[0])
    ref = rng_ref("Data", r0, 1, block)
    choices = ["sheet", "local", "name", "offset", "computed"]
    if inline(block):
        choices.append("inline")
    if (rows, cols) == (1, 1) and not isinstance(block[0][0], str) and block[0][0] is not None:
        choices.append("number")
    form = rng.choice(choices)
    if form == "sheet":
        text = ref
    elif form == "local":
        r_local = LOCAL_ROW + wb.local_rows
        wb.local_rows += rows + 1
        local.append((r_local, block))
        text = rng_ref(None, r_local, LOCAL_COL, block)
    elif form == "name":
        text = wb.name(r0, block)
    elif form == "offset":
        text = "OFFSET(Data!B%d;0;0;%d;%d)" % (r0, rows, cols)
    elif form == "inline":
        text = inline(block)
    elif form == "number":
        text = literal(block[0][0])
    else:
        text = 'IF(ISBLANK({r});"";IF(ISTEXT({r});{r};{r}*1))'.replace("{r}", ref)
    return form, text, ref


def textjoin(call):
    return '=COM.MICROSOFT.TEXTJOIN("|";0;%s)' % call


def form_cases(rng, wb, count):
    keys = list(FUNCTIONS)
    for i in range(count):
        k = keys[i % len(keys)]
        name, gens = FUNCTIONS[k]
        blocks = [g(rng) if g else None for g in gens]
        if k == "CHECK":  # the stated total: right, or off by a little
            total = sum(r[0] for r in blocks[0]) + rng.choice([0, 0, 1000])
            blocks[1] = [[total]]
        case_row = len(wb.fall) + 2
        local, args, refs, forms = [], [], [], []
        for b in blocks:
            form, text, ref = form_of(rng, wb, b, local, case_row)
            args.append(text)
            refs.append(ref)
            forms.append(form)
        call = "%s(%s)" % (name, ";".join(args))
        canon = "%s(%s)" % (name, ";".join(refs))
        # A computed array (B2:B4*2) is computed as an array only in an array formula (Ctrl+Shift+Enter):
        # Calc gives every add-in array parameter the class Reference, not ForceArray.
        wb.fall.append(("FORM-%s-%03d" % (k, i + 1), call + "   [" + ",".join(forms) + "]", textjoin(call),
                        textjoin(canon), local, "computed" in forms))
        if k in INDEXED:  # the first cell through INDEX, also of a one-cell answer (issue 19)
            wb.fall.append(("FORM-%s-%03d-INDEX" % (k, i + 1), "INDEX(%s;1)   [%s]" % (call, ",".join(forms)),
                            "=INDEX(%s;1;1)" % call if k == "RESULT" else "=INDEX(%s;1)" % call,
                            "=INDEX(%s;1;1)" % canon if k == "RESULT" else "=INDEX(%s;1)" % canon, local,
                            "computed" in forms))


# issue 19's table: (formula, expected TEXTJOIN text); inputs on Data at rows given below
ISSUE = [  # inline arrays in ODF syntax: {11|8|6} is {11;8;6} as typed (a column)
    ("FINSAM_SPLIT(7000000;{11|8|6})", "3500000|1750000|770000|560000|420000"),
    ("FINSAM_SPLIT(10568000;1)", "5284000|2642000|2642000"),
    ("FINSAM_SPLIT(7000000;Data!B{k}:B{k2}*2)", "3500000|1750000|770000|560000|420000"),
    ("BUDGET_RESULT(18642;Data!B{c}:B{c2})", "15642"),
    ("BUDGET_RESULT({1000|2000};{700|800})", "1500"),
    ("FINSAM_CHECK({100|200|300};600)", "OK"),
    # INDEX(F(…);1) on a single answer: the functions answering rows or columns answer a 1 × 1
    # array too (Calc gives Err:504 for INDEX on a plain value)
    ("INDEX(BUDGET_RESULT(Data!B{e}:B{e1};Data!B{e2}:B{e3});1)", None),
    ("INDEX(EQUITY_PROJECTION(145000;{-489000});1)", "-344000"),
    ("BUDGET_RESULT(Data!B{z}:C{z2};Data!B{z3}:C{z3})", "200000"),
    ("BUDGET_RESULT(Data!B{d}:C{d2};Data!B{d3}:C{d4})", "200000"),
    ("BUDGET_RESULT(Data!B{q}:C{q3};Data!B{q4}:C{q5})", "200000"),
    ("FINSAM_SPLIT(1000;{1|-1|2})", None),
]


def issue_cases(wb):
    at = {}
    at["k"] = wb.place([[11], [8], [6]]) - 0
    at["k2"] = at["k"] + 2
    at["c"] = wb.place([[1000], [2000]])
    at["c2"] = at["c"] + 1
    at["e"] = wb.place([[1000], [2000], [None], [None]])
    at["e1"], at["e2"], at["e3"] = at["e"] + 1, at["e"] + 2, at["e"] + 3
    # an equity draw labelled with a zero-width space: not income
    at["z"] = wb.place([["Medlemsbidrag", 469000], ["Balanserat\u200b resultat", 269000]])
    at["z2"] = at["z"] + 1
    at["z3"] = wb.place([["Personal", 269000]])
    # "Överskott föregående år" in decomposed Unicode (NFD): an equity draw
    at["d"] = wb.place([["Medlemsbidrag", 469000], ["O\u0308verskott fo\u0308rega\u030aende a\u030ar", 269000]])
    at["d2"] = at["d"] + 1
    at["d3"] = wb.place([["Personal", 269000], ["A\u030arets resultat", 200000]])
    at["d4"] = at["d3"] + 1
    # a period header row (a date cell is 45292 here, a year 2024) above a budget
    at["q"] = wb.place([[None, 2024], ["Medlemsbidrag", 469000], ["Ränteintäkter", 0], [None, None]])
    at["q3"] = at["q"] + 2
    at["q4"] = wb.place([["Kostnader", "2 024"], ["Personal", 269000]])
    at["q5"] = at["q4"] + 1
    for i, (f, want) in enumerate(ISSUE):
        formula = re.sub(r"\{([a-z]+[0-9]?)\}", lambda m: str(at[m.group(1)]), f)
        expected = want
        if want is None:  # the add-in's message: starts with "Fel i"
            expected = "Fel i"
        wb.fall.append(("ISSUE-%02d" % (i + 1), "=" + formula, textjoin(formula), expected, [], "*" in formula))


# What docs/functions.md says Calc does before the add-in is called, measured so that it stays true
# (issue 19): (result formula with {k} for the key's first row, key rows relative to the case's row,
# array formula?, expected text exactly, Calc's errors included). The key 11;8;6 stands on the case's
# own sheet, in column U, on rows around the case's row (inside) or below it (outside): in an
# ordinary formula Calc cuts B2:B4*2 to the formula's row (implicit intersection).
FULL_SPLIT = "3500000|1750000|770000|560000|420000"
DOC = [
    ('COM.MICROSOFT.TEXTJOIN("|";0;FINSAM_SPLIT(7000000;U{k}:U{k2}*2))', -1, False, "3500000|1750000|1750000"),
    ('COM.MICROSOFT.TEXTJOIN("|";0;FINSAM_SPLIT(7000000;U{k}:U{k2}*2))', 5, False, "#VALUE!"),
    ('COM.MICROSOFT.TEXTJOIN("|";0;FINSAM_SPLIT(7000000;U{k}:U{k2}*2))', -1, True, FULL_SPLIT),
    ('COM.MICROSOFT.TEXTJOIN("|";0;FINSAM_SPLIT(7000000;TRANSPOSE(TRANSPOSE(U{k}:U{k2}*2))))', -1, False, FULL_SPLIT),
    ('COM.MICROSOFT.TEXTJOIN("|";0;FINSAM_SPLIT(7000000;TRANSPOSE(TRANSPOSE(U{k}:U{k2}*2))))', 5, False, FULL_SPLIT),
    # a logical value is the number 1 or 0 by the time the add-in sees it
    ("FINSAM_CHECK(TRUE();1)", None, False, "OK"),
    ("FINSAM_CHECK(U{k}:U{k2}>0;3)", 5, True, "OK"),
    # a single answer compares as typed: FINSAM_CHECK's text, EQUITY_PROJECTION's number
    ('IF(FINSAM_CHECK({100|200|300};600)="OK";"lika";"olika")', None, False, "lika"),
    ('IF(EQUITY_PROJECTION(145000;{-489000})=-344000;"lika";"olika")', None, False, "lika"),
]


def doc_cases(wb):
    for i, (f, at, array, want) in enumerate(DOC):
        row = len(wb.fall) + 2
        local = []
        if at is not None:  # each case's key in a column of its own (U, V, ...): the rows overlap
            k = row + at
            local = [(k, [[None] * i + [v] for v in (11, 8, 6)])]
            c = col(LOCAL_COL + i)
            f = f.replace("U{k}", "%s%d" % (c, k)).replace("U{k2}", "%s%d" % (c, k + 2))
        wb.fall.append(("DOC-%02d" % (i + 1), "=" + f + ("   [matrisformel]" if array else ""), "=" + f,
                        want, local, array))


# ---------------------------------------------------------------- writing
def cell(v):
    if isinstance(v, str) and v.startswith("="):
        return writer.cell(formula=v)
    return writer.cell(v)


def render(wb):
    fall_rows = [[cell(h) for h in ("Id", "Formel", "Resultat", "Förväntat")]]
    grid = {}
    for case_id, shown, result, expected, local, array in wb.fall:
        res = writer.cell(formula=result, matrix=(1, 1) if array else None)
        fall_rows.append([writer.cell(case_id), writer.cell(shown), res,
                          cell(expected) if expected.startswith("=") else writer.cell("'" + expected)])
        for r0, block in local:
            for dr, row in enumerate(block):
                for dc, v in enumerate(row):
                    if v is not None or (r0 + dr, LOCAL_COL + dc) not in grid:  # blocks may share rows
                        grid[(r0 + dr, LOCAL_COL + dc)] = v
    assert len(fall_rows) < LOCAL_ROW
    if grid:
        last_row = max(r for r, _ in grid)
        while len(fall_rows) < last_row:
            fall_rows.append([])
    rows_out = []
    for r, cells in enumerate(fall_rows, start=1):
        extra = [c for (rr, c) in grid if rr == r]
        if extra:
            cells = list(cells) + [writer.cell()] * (max(extra) + 1 - len(cells))
            for c in extra:
                cells[c] = writer.cell(grid[(r, c)])
        rows_out.append(writer.row(cells or [writer.cell()]))
    fall = writer.table("Fall", [writer.column("co1", repeat=60)], rows_out)
    data = writer.table("Data", [writer.column("co1", repeat=8)],
                        [writer.row([writer.cell(v) for v in row] or [writer.cell()]) for row in wb.data_rows])
    names = "<table:named-expressions>%s</table:named-expressions>" % "".join(
        '<table:named-range table:name="%s" table:base-cell-address="$Data.$A$1" table:cell-range-address="%s"/>'
        % n for n in wb.names)
    return writer.document([fall, data, names], title="finsam-calc: argument forms",
                           automatic_styles=writer.column_style("co1", "2.5cm"))


def main(argv):
    out = argv[1]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 19
    count = int(argv[argv.index("--cases") + 1]) if "--cases" in argv else 180
    rng = random.Random(seed)
    wb = Workbook()
    issue_cases(wb)
    doc_cases(wb)
    form_cases(rng, wb, count)
    writer.save(out, render(wb))
    print("%s: %d cases (seed %d), %d named ranges" % (out, len(wb.fall), seed, len(wb.names)))


if __name__ == "__main__":
    main(sys.argv)
