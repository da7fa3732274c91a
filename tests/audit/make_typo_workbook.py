#!/usr/bin/env python3
"""Write tests/audit/typo-workbook.fods: Finnveden's costs for 2021 and 2022 typed by hand, as an
ekonom's own sheet built without our functions, with one typo: Nya Vägar 2021 typed 1 097 100
instead of 1 091 700 (two digits transposed) while the printed Delsumma verksamheter stays
6 227 800. Beside it FINSAM_AUDIT over the block, as an array formula.

    python3 tests/audit/make_typo_workbook.py [OUT.fods]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
from fods.ledger import Arr, Sheet, render  # noqa: E402  (the look of the seed workbooks)

TYPO = 1097100  # printed: 1 091 700

LINES = [
    ("Stöd till arbete - SE/IPS", 0, 0), ("IT-spåret", 180000, 180000), ("Mitt Val", 1080000, 0),
    ("Nya Vägar", TYPO, 0), ("Projekt Samverkan i GG(V)", 0, 0), ("Gemensamma projektkostnader", 52000, 54000),
    ("Utrymme nya insatser", 2800000, 3200000), ("Verksamhetsutvecklare", 824100, 844600),
    ("Kompetensutveckling", 200000, 200000),
]
ADMIN = [("Kansli", 500000, 520000), ("Information", 75000, 25000), ("Styrelse", 3000, 5000),
         ("Ekonomihantering", 77000, 79000), ("Revision", 50000, 50000)]


def sheet():
    s = Sheet("Kostnader", ["5.5", "2.6", "2.6", "0.4"] + ["2.6"] * 6)
    s.add("Kostnader (kr)", style="title")
    s.add(None, "Budget 2021", "Plan 2022", style="header")
    for label, a, b in LINES:
        s.add(label, a, b)
    s.add("Delsumma verksamheter", 6227800, 4478600, style="subtotal")
    for label, a, b in ADMIN:
        s.add(label, a, b)
    s.add("Delsumma administration", 705000, 679000, style="subtotal")
    last = s.add("Summa kostnader", 6932800, 5157600, style="total")
    s.blank()
    s.add("Granskning med FINSAM_AUDIT(A2:C%d):" % last, style="heading")
    s.add(Arr("=FINSAM_AUDIT(A2:C%d)" % last, rows=2, cols=6), name="audit")  # the figure to fix, the summary
    return s


def main(argv):
    text = render("Kostnader med ett skrivfel", [sheet()])
    committed = os.path.join(HERE, "typo-workbook.fods")
    if len(argv) > 1 and argv[1] == "--check":  # the committed file is what this script writes
        with open(committed, encoding="utf-8") as f:
            same = f.read() == text
        print("typo-workbook.fods is %s" % ("up to date" if same else "NOT what make_typo_workbook.py writes"))
        return 0 if same else 1
    out = argv[1] if len(argv) > 1 else committed
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
