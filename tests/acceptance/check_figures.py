#!/usr/bin/env python3
"""Compare the figures printed in the seed documents with the recalculated workbooks.

    check_figures.py EXPECTED.csv CSVDIR [--demo]

EXPECTED.csv has the columns seed,table,line,period,value,unit,cell where cell is
<workbook-stem>/<Sheet>/<A1 cell>; CSVDIR holds the sheets written by scripts/recalc
(<workbook-stem>-<Sheet>.csv, unformatted values).

Every figure must be reproduced exactly (integers).  A cell that shows an error
(#NAME?, Err:..., #VALUE!, #N/A, ...) or any text (e.g. a Swedish message from the
add-in), and a missing file or cell, count as not reproduced.  In addition every
cell below a "Kontroll ..." heading in those sheets must read OK (the workbooks'
FINSAM_CHECK cells comparing the lines with the printed totals).

Prints one line per figure and then "N of M figures reproduced"; with --demo a
readable table per seed instead.  Exit status 0 only if everything agrees.
"""
import csv
import os
import re
import sys
from decimal import Decimal, InvalidOperation

ERROR_RE = re.compile(r"^(#NAME\?|#VALUE!|#N/A|#REF!|#DIV/0!|#NUM!|#NULL!|Err:\d+|Fel:\d+|###)")


def cell_index(a1):
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?([0-9]+)", a1)
    if not m:
        raise ValueError("bad cell reference: %r" % a1)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, c - 1


def parse_number(text):
    """The CSV value as a Decimal, or None if it is not a plain number.

    The recalc export writes unformatted values; formatted ones are accepted too
    (thousands separators ',', ' ', U+00A0, U+202F; a U+2212 minus; a trailing kr)."""
    t = text.strip().replace("\u2212", "-")
    t = re.sub(r"\s*(kr|tkr)$", "", t)
    t = t.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", t):
        t = t.replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def fmt(v):
    """Swedish style: 1 789 000, -269 000."""
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            v = int(v)
        else:
            return format(v, "f")
    if isinstance(v, int):
        s = "{:,}".format(abs(v)).replace(",", " ")
        return ("-" if v < 0 else "") + s
    return str(v)


class Sheets:
    def __init__(self, directory):
        self.dir = directory
        self.cache = {}

    def path(self, stem, sheet):
        return os.path.join(self.dir, "%s-%s.csv" % (stem, sheet))

    def rows(self, stem, sheet):
        key = (stem, sheet)
        if key not in self.cache:
            p = self.path(stem, sheet)
            if os.path.isfile(p):
                with open(p, encoding="utf-8-sig", newline="") as f:
                    self.cache[key] = list(csv.reader(f))
            else:
                self.cache[key] = None
        return self.cache[key]

    def get(self, ref):
        """(text, problem) for 'stem/Sheet/A1'; problem is None if the cell exists."""
        try:
            stem, sheet, a1 = ref.split("/")
            r, c = cell_index(a1)
        except ValueError:
            return None, "ogiltig cellreferens %r" % ref
        rows = self.rows(stem, sheet)
        if rows is None:
            return None, "filen saknas: %s" % self.path(stem, sheet)
        if r >= len(rows) or c >= len(rows[r]):
            return "", None
        return rows[r][c], None


def check_figure(fig, sheets):
    """Returns (ok, computed text for display, reason)."""
    expected = Decimal(fig["value"])
    text, problem = sheets.get(fig["cell"])
    if problem:
        return False, "–", problem
    if text.strip() == "":
        return False, "(tom)", "cellen är tom"
    if ERROR_RE.match(text.strip()):
        return False, text.strip(), "felvärde i cellen"
    value = parse_number(text)
    if value is None:
        return False, text.strip(), "text i stället för tal"
    if value != expected:
        return False, fmt(value), "avviker med %s" % fmt(value - expected)
    return True, fmt(value), ""


def kontroll_cells(sheets, stems):
    """Every non-empty cell below a heading 'Kontroll...' in the workbooks' sheets."""
    found = []
    if not os.path.isdir(sheets.dir):
        return found
    for name in sorted(os.listdir(sheets.dir)):
        for stem in stems:
            if name.startswith(stem + "-") and name.endswith(".csv"):
                sheet = name[len(stem) + 1:-4]
                rows = sheets.rows(stem, sheet) or []
                heads = {}
                for ri, row in enumerate(rows):
                    for ci, v in enumerate(row):
                        if v.strip().startswith("Kontroll"):
                            heads.setdefault(ci, ri)
                for ci, hr in heads.items():
                    for ri in range(hr + 1, len(rows)):
                        v = rows[ri][ci].strip() if ci < len(rows[ri]) else ""
                        if v:
                            found.append(("%s/%s/%s%d" % (stem, sheet, col_name(ci), ri + 1), v))
    return found


def col_name(ci):
    s, i = "", ci + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    demo = "--demo" in argv[1:]
    if len(args) != 2 or any(a not in ("--demo",) for a in argv[1:] if a.startswith("--")):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    expected_csv, directory = args
    with open(expected_csv, encoding="utf-8", newline="") as f:
        figures = list(csv.DictReader(f))
    sheets = Sheets(directory)
    results = []
    for fig in figures:
        ok, computed, reason = check_figure(fig, sheets)
        results.append((fig, ok, computed, reason))
    n_ok = sum(1 for r in results if r[1])

    stems = sorted({fig["cell"].split("/")[0] for fig in figures})
    kontroll = kontroll_cells(sheets, stems)
    k_bad = [(ref, v) for ref, v in kontroll if v != "OK"]

    if demo:
        for stem in stems:
            rows = [r for r in results if r[0]["cell"].split("/")[0] == stem]
            print()
            print("%s  (%s)" % (stem, rows[0][0]["seed"]))
            w = max(len(r[0]["line"]) for r in rows)
            wt = max(len(r[0]["table"]) for r in rows)
            hdr = "%-*s  %-*s  %-12s %14s %14s  %s" % (wt, "Tabell", w, "Rad", "Period",
                                                      "Dokumentet", "Beräknat", "")
            print(hdr)
            print("-" * len(hdr))
            for fig, ok, computed, reason in rows:
                unit = fig["unit"]
                print("%-*s  %-*s  %-12s %14s %14s  %s" % (
                    wt, fig["table"], w, fig["line"], fig["period"],
                    fmt(int(fig["value"])) + " " + unit, computed + " " + unit if ok else computed,
                    "stämmer" if ok else "FEL: " + reason))
        print()
        print("Kontrollceller (FINSAM_CHECK mot tryckta summor): %d av %d visar OK"
              % (len(kontroll) - len(k_bad), len(kontroll)))
        for ref, v in k_bad:
            print("  FEL %s: %s" % (ref, v))
    else:
        for fig, ok, computed, reason in results:
            print("%s %s | %s | %s | %s: dokumentet %s %s, beräknat %s [%s]%s" % (
                "OK " if ok else "FEL", fig["seed"][:3], fig["table"], fig["line"], fig["period"],
                fmt(int(fig["value"])), fig["unit"], computed, fig["cell"],
                "" if ok else " – " + reason))
        for ref, v in kontroll:
            print("%s kontroll [%s]: %s" % ("OK " if v == "OK" else "FEL", ref, v))
        print("%d of %d checks OK" % (len(kontroll) - len(k_bad), len(kontroll)))
    print("%d of %d figures reproduced" % (n_ok, len(figures)))
    ok = n_ok == len(figures) and not k_bad and len(figures) > 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
