"""The report sheet and the add-in's own array results (issue 22).

Random workbooks: a budget in A:B (cost lines and their sum, the sum sometimes mistyped), and beside
it, at random places and of random sizes, array formulas of the add-in over the budget's own cells
(FINSAM_SPLIT's parts, EQUITY_PROJECTION's years, BUDGET_RESULT's result), their areas sometimes
larger than the result (Calc pads them with #N/A); and blocks of cells showing an error (Err:502,
#DIV/0!). After Verktyg › Granska budget (finsam), per workbook:
  - no row of the report sheet stands on a cell of an array result (what the add-in computed is
    never the user's slip, and its #N/A padding no amount), but for one row per array that shows
    the add-in's own message; no message names "kolumn X och kolumn X";
  - an error block the audit meets is one row, its place the whole block (Budget.H2:H4), its
    message Swedish ("3 celler (H2:H4) visar felet Err:502 (ogiltigt argument) ..."); every row
    naming an error names it in Swedish;
  - the mistyped sum is found (at the sum or a line of it), and a right budget has no finding.

    check_array_results.py PROFILE_DIR SEED [WORKBOOKS]      (en-US profile with the extension)
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates"))
from uno_session import Office, pv  # noqa: E402

URL = "vnd.se.finsamcalc:Audit"
FN = "SE.FINSAMCALC.FUNCTIONS."
SWEDISH = {"Err:502": "ogiltigt argument", "#DIV/0!": "division med noll"}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what)


def letters(col):
    s = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        s = chr(65 + r) + s
    return s


def name(col, row):
    return "%s%d" % (letters(col), row + 1)


class Occupied:
    def __init__(self):
        self.cells = set()

    def free(self, c0, r0, c1, r1):
        # a free margin of one cell around, so that blocks never touch
        return all((c, r) not in self.cells for c in range(c0 - 1, c1 + 2) for r in range(r0 - 1, r1 + 2))

    def take(self, c0, r0, c1, r1):
        self.cells |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)}


def place(rng, occ, cols, rows):
    for _ in range(200):
        c0, r0 = rng.randint(3, 14), rng.randint(0, 24)
        if occ.free(c0, r0, c0 + cols - 1, r0 + rows - 1):
            occ.take(c0, r0, c0 + cols - 1, r0 + rows - 1)
            return c0, r0
    return None


def build(doc, rng):
    sh = doc.Sheets.getByIndex(0)
    sh.Name = "Budget"
    lines = rng.randint(3, 6)
    amounts = [rng.randint(1, 900) * 1000 for _ in range(lines)]
    sh.getCellByPosition(0, 0).setString("Kostnader (kr)")
    sh.getCellByPosition(1, 0).setString("Budget 2025")
    for i, v in enumerate(amounts):
        sh.getCellByPosition(0, 1 + i).setString("Kostnad %d" % (i + 1))
        sh.getCellByPosition(1, 1 + i).setValue(v)
    total_row = 1 + lines
    wrong = rng.random() < 0.4
    sh.getCellByPosition(0, total_row).setString("Summa kostnader")
    sh.getCellByPosition(1, total_row).setValue(sum(amounts) + (rng.choice([1000, -9000, 90]) if wrong else 0))
    occ = Occupied()
    occ.take(0, 0, 1, total_row)
    lines_ref = "$Budget.$B$2:$B$%d" % (1 + lines)
    arrays = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(["split", "split2", "projection", "result"])
        if kind.startswith("split"):
            formula = "=%sFINSAMSPLIT($Budget.$B$%d;%s;1000;%d)" % (FN, total_row + 1, lines_ref, 2 if kind == "split2" else 1)
            rows, cols = lines + (3 if kind == "split2" else 2), 1
        elif kind == "projection":
            formula = "=%sEQUITYPROJECTION($Budget.$B$2;%s)" % (FN, lines_ref)
            rows, cols = lines, 1
        else:
            formula = "=%sBUDGETRESULT($Budget.$B$2;$Budget.$B$3:$B$%d)" % (FN, 1 + lines)
            rows, cols = 1, 1
        rows += rng.choice([0, 0, 1, 2, 3])
        cols += rng.choice([0, 0, 1, 2])
        if rows * cols < 2:
            rows += 1
        at = place(rng, occ, cols, rows)
        if at is None:
            continue
        c0, r0 = at
        sh.getCellRangeByPosition(c0, r0, c0 + cols - 1, r0 + rows - 1).setArrayFormula(formula)
        arrays.append((c0, r0, c0 + cols - 1, r0 + rows - 1, kind))
    errors = []
    for _ in range(rng.randint(0, 2)):
        code, formula = rng.choice([("Err:502", "=SQRT(-1)"), ("#DIV/0!", "=1/0")])
        rows, cols = rng.randint(1, 4), rng.choice([1, 1, 2])
        at = place(rng, occ, cols, rows)
        if at is None:
            continue
        c0, r0 = at
        for c in range(c0, c0 + cols):
            for r in range(r0, r0 + rows):
                sh.getCellByPosition(c, r).setFormula(formula)
        errors.append((c0, r0, c0 + cols - 1, r0 + rows - 1, code))
    return total_row, wrong, arrays, errors


def report_rows(doc):
    rep = doc.Sheets.getByName("Granskning")
    data = rep.getCellRangeByPosition(0, 4, 8, 200).getDataArray()
    return [r for r in data if any(r)]


def places_of(place):
    """'Budget.H2:H4' -> ['Budget.H2', 'Budget.H4'] (its corners); 'Budget.H2' -> itself."""
    if ":" not in place:
        return [place]
    a, b = place.split(":")
    return [a, "Budget." + b]


def inside(place, rect):
    m = re.match(r"Budget\.([A-Z]+)(\d+)$", place)
    if not m:
        return False
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    col, row = col - 1, int(m.group(2)) - 1
    return rect[0] <= col <= rect[2] and rect[1] <= row <= rect[3]


def main(argv):
    profile, seed = argv[1], int(argv[2])
    count = int(argv[3]) if len(argv) > 3 else 12
    print("seed %d, %d workbooks" % (seed, count))
    rng = random.Random(seed)
    arrays_seen = errors_seen = named_blocks = 0
    with Office(profile) as office:
        print(office.version())
        for k in range(count):
            doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (pv("Hidden", True),))
            total_row, wrong, arrays, errors = build(doc, rng)
            arrays_seen += len(arrays)
            errors_seen += len(errors)
            office.dispatcher.executeDispatch(doc.getCurrentController().getFrame(), URL, "", 0, ())
            rows = report_rows(doc)
            what = "workbook %d (%s; errors %s)" % (k, ", ".join("%s %s:%s" % (a[4], name(a[0], a[1]), name(a[2], a[3]))
                                                                 for a in arrays),
                                                   ", ".join("%s %s:%s" % (e[4], name(e[0], e[1]), name(e[2], e[3]))
                                                             for e in errors))
            places = [r[0] for r in rows]
            sh = doc.Sheets.getByName("Budget")
            # an array showing the add-in's own message ("Fel i Belopp: ...") is one block like any error
            failing = [a for a in arrays if sh.getCellByPosition(a[0], a[1]).getString().startswith("Fel")]
            for r in rows:
                for a in arrays:
                    block = a in failing and r[0].startswith("Budget." + name(a[0], a[1])) and "visar" in r[8]
                    check(not inside(r[0], a) or block, "%s: a report row on the array result %s: %r" % (what, a[4], r))
                check(not re.search(r"kolumn (\w+) och kolumn \1\b", r[8]), "%s: %r" % (what, r[8]))
            for e in errors:
                where = name(e[0], e[1]) if e[0] == e[2] and e[1] == e[3] else "%s:%s" % (name(e[0], e[1]), name(e[2], e[3]))
                cells = (e[2] - e[0] + 1) * (e[3] - e[1] + 1)
                on_block = [r for r in rows if r[7] != "Sheet" and any(inside(p, e) for p in places_of(r[0]))]
                # named once and whole, or not at all (outside any table the audit read)
                check(len(on_block) <= 1, "%s: the error block %s is named %d times: %r" % (what, where, len(on_block), places))
                if on_block:
                    msg = on_block[0][8]
                    check(on_block[0][0] == "Budget." + where and
                          ("visar felet %s (%s)" % (e[4], SWEDISH[e[4]])) in msg and (cells == 1 or ("%d celler" % cells) in msg),
                          "%s: the error block %s said as %r at %s" % (what, where, msg, on_block[0][0]))
                    named_blocks += 1
            error_rows = [r for r in rows if r[7] != "Sheet" and "visar" in r[8] and "fel" in r[8]]
            check(all("visar felet" in r[8] or "visar ett fel (\"Fel" in r[8] for r in error_rows),
                  "%s: an error not named in Swedish: %r" % (what, [r[8] for r in error_rows]))
            sum_cell = "Budget.B%d" % (total_row + 1)
            findings = [r for r in rows if isinstance(r[3], float)]
            if wrong:
                # the sum or a line it adds (the audit may judge a line mistyped), nothing else
                budget = ["Budget.B%d" % (r + 1) for r in range(1, total_row + 1)]
                check(findings and all(r[0] in budget for r in findings), "%s: the mistyped sum %s: findings %r" %
                      (what, sum_cell, [r[0] for r in findings]))
            else:
                check(not findings, "%s: a right budget has findings %r" % (what, [r[8][:120] for r in findings]))
            print("%s: %d report rows, %s" % (what, len(rows), "sum mistyped, found" if wrong else "budget right"))
            doc.close(True)
    print("%d workbooks, %d array results, %d error blocks (%d of them in a table read, named once each)" %
          (count, arrays_seen, errors_seen, named_blocks))
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
