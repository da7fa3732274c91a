#!/usr/bin/env python3
"""The shipped templates opened where the extension is missing (issue 23, point 1).

    check_without_addin.py DIR

DIR is what run_template_tests.sh without-addin made: the shipped .ots (from the .oxt), and the same
saved as .ods and .xlsx in a profile WITH the extension (so they carry the values it computed), each
then opened in two fresh profiles with LibreOffice's default load settings (no recalculation on
load) and written out as flat ODF, without any user action:
    DIR/with/<format>/<stem>.fods       opened where the extension is installed
    DIR/without/<format>/<stem>.fods    opened where it is missing
Without the extension, every status line and the first check must say that the extension is
missing, every other check must wait for it, and no cell whose amount comes from the add-in may show
a number or be blank (it says "tillägg saknas"). With it, the same files must be green where the
example is and show the numbers: so that the checks here can fail.
Prints OK/FEL per assertion and "N passed, M failed"; exit status 1 on any failure.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
import make_templates as mt  # noqa: E402
from sheets.common import NO_ADDIN, PC  # noqa: E402

TNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
ONS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
XNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
MULTI = ["verksamhetsplan-och-budget", "exempel-000-trollhattan-2020", "exempel-002-sydostra-skane-2021",
         "exempel-003-finnveden-2021"]
ONE = "budget-litet-forbund"
FORMATS = ["ots", "ods", "xlsx"]


def layout(stem):
    """The rows of a workbook (the examples have the empty municipality rows taken away)."""
    return {s.name: s.names for s in mt.multi_year(mt.EXAMPLES_DATA.get(stem)).sheets}


OY = mt.one_year().sheets[0].names
# the rows whose amounts come from the add-in (FINSAM_SPLIT, BUDGET_RESULT, EQUITY_PROJECTION), in
# the period columns an example uses
ADDIN_ROWS = [("Medlemsbidrag", ["s1", "reg", "m0", "msum"]), ("Budget", ["mb0", "mb2", "mk0", "msum", "inc_sum",
                                                                         "incl", "res"]),
              ("Eget kapital", ["close"])]
STATUS_CELLS = {"Anvisningar": "C", "Medlemsbidrag": "B", "Budget": "B", "Eget kapital": "B", "Nyckeltal": "B",
                "Kontroller": "C"}


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def read(path):
    """{sheet: {A1: (value type, shown text)}} of a flat ODF spreadsheet."""
    out = {}
    for t in ET.parse(path).getroot().iter("{%s}table" % TNS):
        cells, r = {}, 0
        for row in t.iter("{%s}table-row" % TNS):
            rrep = int(row.get("{%s}number-rows-repeated" % TNS, "1"))
            c = 0
            for cell in row:
                if cell.tag not in ("{%s}table-cell" % TNS, "{%s}covered-table-cell" % TNS):
                    continue
                crep = int(cell.get("{%s}number-columns-repeated" % TNS, "1"))
                text = "\n".join("".join(p.itertext()) for p in cell.findall("{%s}p" % XNS))
                if crep < 100:
                    for k in range(crep):
                        cells["%s%d" % (col_name(c + k), r + 1)] = (cell.get("{%s}value-type" % ONS), text)
                c += crep
            r += rrep
        out[t.get("{%s}name" % TNS)] = cells
    return out


class Result:
    def __init__(self):
        self.passed, self.failed = 0, 0

    def ok(self, cond, what, detail=""):
        if cond:
            self.passed += 1
            print("OK  %s" % what)
        else:
            self.failed += 1
            print("FEL %s%s" % (what, (": " + detail) if detail else ""))


def used_columns(book, lay):
    """The period columns the workbook uses (Budget's helper row 'used' is 1)."""
    return [c for c in PC if book["Budget"].get("%s%d" % (c, lay["Budget"]["used"]), (None, ""))[1] == "1"]


def shown(book, sheet, a1):
    return book[sheet].get(a1, (None, ""))


def check_multi(res, stem, fmt, without, with_):
    where = "%s.%s" % (stem, fmt)
    LAYOUT = layout(stem)
    chk1 = LAYOUT["Kontroller"]["chk1"]
    last = max(r for n, r in LAYOUT["Kontroller"].items() if n.startswith("chk"))
    status = shown(without, "Kontroller", "C2")[1]
    res.ok(status == "FEL – nr 1 Tillägget finsam-calc är installerat",
           "%s without the extension: Kontroller's status is red and names check 1" % where, status)
    for sheet, c in STATUS_CELLS.items():
        if sheet == "Kontroller":
            continue
        s = shown(without, sheet, "%s%d" % (c, LAYOUT[sheet]["status"]))[1]
        res.ok(s == status, "%s without: the status line of %s is Kontroller's" % (where, sheet), s)
    res.ok(shown(without, "Kontroller", "C%d" % chk1)[1] == "FEL",
           "%s without: check 1 (the extension) is FEL" % where, shown(without, "Kontroller", "C%d" % chk1)[1])
    msg = shown(without, "Kontroller", "I%d" % chk1)[1]
    res.ok("Tillägget finsam-calc saknas" in msg, "%s without: check 1 says the extension is missing" % where, msg)
    others = [shown(without, "Kontroller", "C%d" % r)[1] for r in range(chk1 + 1, last + 1)]
    res.ok(others and all(s == "VÄNTAR" for s in others),
           "%s without: the %d other checks wait for the extension" % (where, len(others)), str(others))
    cols = used_columns(with_, LAYOUT)
    bad = []
    for sheet, rows in ADDIN_ROWS:
        for name in rows:
            for c in cols:
                a1 = "%s%d" % (c, LAYOUT[sheet][name])
                w = shown(with_, sheet, a1)
                if w[0] not in ("float", "percentage"):
                    continue            # nothing computed here with the extension either
                v = shown(without, sheet, a1)
                if v[1] != NO_ADDIN:
                    bad.append("%s!%s=%r (with: %s)" % (sheet, a1, v[1], w[1]))
    if stem != MULTI[0]:
        res.ok(cols and not bad, "%s without: every amount from the add-in in columns %s says '%s'"
               % (where, "".join(cols), NO_ADDIN), "; ".join(bad[:6]))
    # the same file where the extension is installed: check 1 OK, the amounts are numbers
    res.ok(shown(with_, "Kontroller", "C%d" % chk1)[1] == "OK", "%s with the extension: check 1 is OK" % where,
           shown(with_, "Kontroller", "C%d" % chk1)[1])
    if stem != MULTI[0]:
        wst = shown(with_, "Kontroller", "C2")[1]
        res.ok(not wst.startswith("FEL"), "%s with the extension: no check red" % where, wst)
        nums = [shown(with_, "Budget", "%s%d" % (c, LAYOUT["Budget"]["msum"]))[0] for c in cols]
        res.ok(nums and all(n == "float" for n in nums), "%s with the extension: Summa medlemsbidrag are numbers"
               % where, str(nums))


def check_one(res, fmt, without, with_):
    where = "%s.%s" % (ONE, fmt)
    status = shown(without, "Budget", "B%d" % OY["status"])[1]
    res.ok(status == "FEL – Tillägget finsam-calc är installerat",
           "%s without the extension: the status is red and names the check" % where, status)
    msg = shown(without, "Budget", "C%d" % OY["x_addin"])[1]
    res.ok("Tillägget finsam-calc saknas" in msg, "%s without: the first check says the extension is missing"
           % where, msg)
    res.ok(shown(with_, "Budget", "C%d" % OY["x_addin"])[1] == "OK", "%s with the extension: its check is OK" % where,
           shown(with_, "Budget", "C%d" % OY["x_addin"])[1])


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    d = argv[1]
    res = Result()
    for fmt in FORMATS:
        for stem in MULTI + [ONE]:
            paths = [os.path.join(d, side, fmt, stem + ".fods") for side in ("without", "with")]
            missing = [p for p in paths if not os.path.exists(p)]
            if missing:
                res.ok(False, "%s.%s opened and written out" % (stem, fmt), ", ".join(missing))
                continue
            without, with_ = read(paths[0]), read(paths[1])
            if stem == ONE:
                check_one(res, fmt, without, with_)
            else:
                check_multi(res, stem, fmt, without, with_)
    print("%d passed, %d failed" % (res.passed, res.failed))
    return 1 if res.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
