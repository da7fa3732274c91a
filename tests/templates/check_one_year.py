#!/usr/bin/env python3
"""Check seed 002 typed into the one-year template (the variant ettar-002) after recalculation.

    check_one_year.py CSV

CSV is the recalculated sheet (ettar-002-Budget.csv). Rows are found by their labels in
column A. Passes when the document's figures are reproduced, every check is OK or "–"
except the staircase check, which waits (VÄNTAR: the template has no staircase values),
and the overall status says VÄNTAR with no errors.
"""
import csv
import sys

EXPECTED = [  # (label in column A, occurrence, value in column B)
    ("Staten genom Försäkringskassan", 1, 2831), ("Region Skåne", 1, 1415), ("Simrishamns kommun", 1, 326),
    ("Sjöbo kommun", 1, 326), ("Tomelilla kommun", 1, 240), ("Ystad kommun", 1, 524),
    ("Summa medlemsbidrag", 1, 5662), ("Summa årets intäkter", 1, 7082), ("Summa insatser", 1, 7744),
    ("Summa kansli och administration", 1, 720), ("Summa kostnader", 1, 8464), ("Årets resultat", 1, -1382),
    ("Utgående eget kapital", 1, 672),
]
WAITING = {"Eget kapital under trappans tak"}


def main(argv):
    with open(argv[1], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    bad = 0
    for label, nth, value in EXPECTED:
        found = [r for r in rows if r and r[0] == label]
        got = found[nth - 1][1] if len(found) >= nth and len(found[nth - 1]) > 1 else None
        ok = got is not None and got.strip() != "" and float(got) == value
        bad += not ok
        print("%s %s: %s (väntat %s)" % ("OK " if ok else "FEL", label, got, value))
    head = next(i for i, r in enumerate(rows) if r[:2] == ["Kontroll", "Status"])
    n = 0
    for r in rows[head + 1:]:
        if len(r) < 2 or r[1] not in ("OK", "FEL", "VÄNTAR", "–"):
            continue
        n += 1
        want = "VÄNTAR" if r[0] in WAITING else None
        ok = r[1] == want if want else r[1] in ("OK", "–")
        bad += not ok
        if not ok or r[1] != "OK":
            print("%s kontroll %s: %s – %s" % ("OK " if ok else "FEL", r[0], r[1], r[2] if len(r) > 2 else ""))
    status = rows[1][1]
    ok = status.startswith("VÄNTAR") and n >= 15
    bad += not ok
    print("%s %d kontroller; totalstatus: %s" % ("OK " if ok else "FEL", n, status))
    print("%d passed, %d failed" % (1 if not bad else 0, 1 if bad else 0))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
