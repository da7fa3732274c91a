#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_grid (tests/fuzz/corpus/grid/) in its input format, which the top
of fuzz_grid.cpp describes: a small sheet, then the 18 arguments carved from it, then the flood.
The budget words are read from kWords in fuzz_grid.cpp, so the two never disagree.

    make_grid_seeds.py [--check]     (--check: exit 1 if the committed seeds differ)
"""
import math
import pathlib
import re
import struct
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "corpus" / "grid"
SOURCE = (HERE / "fuzz_grid.cpp").read_text(encoding="utf-8")
WORDS = re.findall(r'"((?:[^"\\]|\\.)*)"', re.search(r"kWords = \{(.*?)\};", SOURCE, re.S).group(1))
EMPTY = None


def cell(v):
    """Encodes one cell: None (empty), a number, or a text (a budget word by its index if it is one)."""
    if v is None:
        return bytes([0])
    if isinstance(v, str):
        if v in WORDS:
            return bytes([5, WORDS.index(v)])
        raw = v.encode("utf-8")
        assert 0 < len(raw) <= 48, v
        return bytes([7, len(raw)]) + raw
    ore = v * 100
    if math.isfinite(v) and ore == int(ore) and -2**31 <= ore < 2**31:
        return bytes([2]) + struct.pack("<i", int(ore))
    if math.isfinite(v) and v % 10000 == 0 and 0 <= v / 10000 < 2**32:
        return bytes([9]) + struct.pack("<I", int(v / 10000))
    return bytes([4]) + struct.pack("<d", v)


# The arguments: ("omit",), ("sheet",), ("rect", r0, c0, rows, cols), ("cell", r, c),
# ("col", c, r0, rows), ("row", r, c0, cols), ("value", v).
def carve(a):
    kind = a[0]
    if kind == "omit":
        return bytes([0])
    if kind == "sheet":
        return bytes([1])
    if kind == "rect":
        _, r0, c0, h, w = a
        return bytes([2, r0, c0, h - 1, w - 1])
    if kind == "cell":
        return bytes([3, a[1], a[2]])
    if kind == "col":
        _, c, r0, h = a
        return bytes([4, c, r0, h - 1])
    if kind == "row":
        _, r, c0, w = a
        return bytes([5, r, c0, w - 1])
    if kind == "value":
        return bytes([6]) + cell(a[1])
    raise ValueError(a)


OMIT = ("omit",)


def seed(sheet, split=(OMIT,) * 5, result=(OMIT,) * 2, projection=(OMIT,) * 3, check=(OMIT,) * 4,
         ceiling=(OMIT,) * 4, flood=0, flood_row=0):
    rows, cols = len(sheet), max(len(r) for r in sheet)
    assert 1 <= rows <= 16 and 1 <= cols <= 6
    out = bytearray([rows - 1, cols - 1])
    for r in sheet:
        for c in range(cols):
            out += cell(r[c] if c < len(r) else EMPTY)
    args = [*split, *result, *projection, *check, *ceiling]
    assert len(args) == 18
    for a in args:
        out += carve(a)
    out += bytes([flood, flood_row])
    return bytes(out)


def value(v):
    return ("value", v)


# A budget block as an ekonom lays it out: members by 50/25/25, lines, sums, result, equity.
BUDGET = [
    [EMPTY, "Budget 2021", "Prognos 2021", "Budget 2022"],
    ["Intäkter"],
    ["Staten", 2_576_000, 2_576_000, 2_600_000],
    ["Region Halland", 1_288_000, 1_288_000, 1_300_000],
    ["Kommun A, 8 %", 412_160, 412_160, 416_000],
    ["Trollhättans stad", 875_840, 875_840, 884_000],
    ["Balanserat resultat", 300_000, 200_000, 50_000],
    ["Summa intäkter", 5_452_000, 5_352_000, 5_250_000],
    ["Kostnader"],
    ["Insatser", 4_000_000, 3_900_000, 4_100_000],
    ["Personalkostnader", 1_200_000, 1_150_000, 1_250_000],
    ["Summa kostnader", 5_200_000, 5_050_000, 5_350_000],
    ["Årets resultat", -48_000, 102_000, -150_000],
    ["Ingående eget kapital", 1_000_000, 1_000_000, 1_102_000],
    ["Utgående eget kapital", 952_000, 1_102_000, 952_000],
]
TYPO = [row[:] for row in BUDGET]
TYPO[9][2] = 3_990_000  # a cost line mistyped: its sum, the result and the chain no longer add up
TYPO[4][1] = 421_600    # and the 8 % share

# FINSAM_SPLIT's example: 7 156 000 to FK, AF, the region and three municipalities by population.
SPLIT = [
    ["Medlem", "Invånare", "Belopp"],
    ["Försäkringskassan", EMPTY, 1_789_000],
    ["Arbetsförmedlingen", EMPTY, 1_789_000],
    ["Regionen", EMPTY, 1_789_000],
    ["Trollhättans stad", 58_728, 1_341_000],
    ["Lilla Edets kommun", 14_124, 323_000],
    ["Grästorps kommun", 5_667, 125_000],
    ["Summa", EMPTY, 7_156_000],
]

# The equity ceiling's staircase beside an equity table.
STAIRCASE = [
    ["Gräns", "Andel", "Post", "Budget 2021"],
    [0, 0.2, "Ingående eget kapital", 2_500_000],
    [5_000_000, 0.15, "Årets resultat", -353_200],
    [10_000_000, 0.1, "Utgående eget kapital", 2_146_800],
    [EMPTY, EMPTY, "Medlemsbidrag", 10_730_000],
]

# Extremes where figures belong.
EXTREMES = [
    [EMPTY, "Budget 2021", "Budget 2022"],
    ["Staten", float("nan"), 1e300],
    ["Regionen", float("inf"), -0.0],
    ["Kommun A, 8 %", 5e-324, 1e-300],
    ["Kommun B", 9.999e12, 9_999_999_999_999.99],
    ["Summa", 10_000_000_000_000.01, 0.1 + 0.2],
    ["Resultat", 0.005, 2021],
]

SEEDS = {
    "budget": seed(
        BUDGET,
        result=(("rect", 0, 0, 8, 4), ("rect", 8, 0, 4, 4)),
        projection=(("cell", 13, 1), ("row", 12, 1, 3), ("row", 0, 1, 3)),
        check=(("rect", 8, 0, 3, 4), ("row", 11, 1, 3), OMIT, value("kr"))),
    "budget-typo": seed(
        TYPO,
        result=(("rect", 1, 0, 7, 4), ("rect", 8, 0, 4, 2)),
        projection=(("row", 13, 1, 3), ("row", 12, 1, 3), OMIT),
        check=(("rect", 1, 0, 7, 2), ("cell", 7, 1), value(100), value("tkr"))),
    "split": seed(
        SPLIT,
        split=(value(7_156_000), ("col", 1, 4, 3), value(1000), value(2), OMIT),
        check=(("rect", 1, 0, 6, 3), ("cell", 7, 2), OMIT, OMIT)),
    "split-state-base": seed(
        SPLIT,
        split=(("cell", 1, 2), ("col", 1, 4, 3), OMIT, value(1), value(1)),
        flood=243, flood_row=4),
    "staircase": seed(
        STAIRCASE,
        projection=(("cell", 1, 3), ("cell", 2, 3), ("cell", 0, 3)),
        ceiling=(("cell", 3, 3), ("cell", 4, 3), ("rect", 0, 0, 4, 2), value("tkr"))),
    "extremes": seed(
        EXTREMES,
        split=(("cell", 4, 1), ("col", 1, 1, 4), ("cell", 5, 2), value(2), value(0)),
        result=(("rect", 0, 0, 4, 3), ("rect", 4, 0, 3, 3)),
        projection=(("col", 1, 1, 3), ("col", 2, 1, 3), OMIT),
        check=(("sheet",), ("row", 5, 1, 2), value(-1), value(0)),
        ceiling=(("cell", 4, 2), ("cell", 4, 1), ("rect", 1, 1, 3, 2), OMIT)),
}


def main():
    check = "--check" in sys.argv[1:]
    OUT.mkdir(parents=True, exist_ok=True)
    stale = False
    for name, data in SEEDS.items():
        path = OUT / name
        if check:
            stale = stale or not path.exists() or path.read_bytes() != data
        else:
            path.write_bytes(data)
    if check and stale:
        print("corpus/grid is not what make_grid_seeds.py writes", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
