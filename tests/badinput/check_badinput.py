#!/usr/bin/env python3
"""Check the recalculated bad-input workbook against the outcomes it records.

    check_badinput.py WORKBOOK.fods SHEET.csv [--min-cases N]

SHEET.csv is the sheet "Felindata" of WORKBOOK.fods as written by scripts/recalc
(unformatted values, en-US).  Every case row (Id like SPLIT-07) holds its formula's
result in column D and the expected outcome in column E, with its kind in column F
(see make_badinput.py):

  meddelande   every cell the formula fills shows exactly the expected Swedish text
  Calc-fel     every cell shows exactly the expected Calc error (Err:504, #DIV/0! …)
  giltigt      the cells hold the expected numbers ("1 789 000; 0; …", one per cell)
               or exactly the expected text (e.g. OK)
  känd brist   as giltigt: the measured outcome, held so that a change is seen

For meddelande and Calc-fel no cell may hold a number.  The workbook must have at least
--min-cases cases (default 60), every id once, and as many cases in the CSV as in the
workbook.  Prints one line per case and "N of M bad inputs answered"; exit status 0 only
if every case holds.
"""
import csv
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HEADER = ["Id", "Beskrivning", "Formel", "Resultat", "Förväntat", "Slag"]
ID_RE = re.compile(r"^([A-Z]+)-\d{2}$")
CALC_ERROR_RE = re.compile(r"^(Err:\d{3}|#NAME\?|#VALUE!|#REF!|#N/A|#DIV/0!|#NUM!|#NULL!)$")
KINDS = ("meddelande", "Calc-fel", "giltigt", "känd brist")
FUNCTIONS = {"SPLIT": "FINSAM_SPLIT", "RESULT": "BUDGET_RESULT", "PROJ": "EQUITY_PROJECTION",
             "CEIL": "EQUITY_CEILING", "CEILCHK": "EQUITY_CEILING_CHECK", "CHECK": "FINSAM_CHECK",
             "AUDIT": "FINSAM_AUDIT"}
RESULT, EXPECTED, KIND = 3, 4, 5


def as_number(text):
    """The cell as a Decimal if it is a plain number (unformatted CSV value), else None."""
    t = text.strip()
    if not re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def expected_numbers(text):
    """'1 789 000; 0; -2 371' -> [Decimal], or None if the text is not such a list."""
    parts = [p.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".") for p in text.split(";")]
    if not all(re.fullmatch(r"-?\d+(\.\d+)?", p) for p in parts):
        return None
    return [Decimal(p) for p in parts]


def short(text, n=90):
    return text if len(text) <= n else text[: n - 1] + "…"


def cases_in_workbook(path):
    with open(path, encoding="utf-8") as f:
        return re.findall(r"<text:p>([A-Z]+-\d{2})</text:p>", f.read())


def read_cases(rows):
    """[(id, first row index, result cells of its block, expected, kind)] from the CSV rows."""
    header = None
    for i, r in enumerate(rows):
        if r[: len(HEADER)] == HEADER:
            header = i
            break
    if header is None:
        raise SystemExit("check_badinput: no header row %s in the CSV" % ",".join(HEADER))
    starts = [i for i in range(header + 1, len(rows)) if rows[i] and rows[i][0].strip()]
    cases = []
    for n, i in enumerate(starts):
        r = rows[i] + [""] * len(HEADER)
        if not ID_RE.match(r[0]):
            continue  # a group heading
        end = starts[n + 1] if n + 1 < len(starts) else len(rows)
        results = [r[RESULT]]
        for j in range(i + 1, end):
            cell = rows[j][RESULT] if len(rows[j]) > RESULT else ""
            if cell == "":
                break
            results.append(cell)
        cases.append((r[0], i, results, r[EXPECTED], r[KIND]))
    return cases


def check(case):
    """None if the case holds, else what is wrong."""
    cid, _, results, expected, kind = case
    if kind not in KINDS:
        return "unknown kind %r in column Slag" % kind
    if expected == "":
        return "no expected outcome in column Förväntat"
    if results[0] == "":
        return "the formula cell is empty (no result at all)"
    if kind in ("meddelande", "Calc-fel"):
        if kind == "Calc-fel" and not CALC_ERROR_RE.match(expected):
            return "expected %r is not a Calc error" % expected
        if kind == "meddelande" and (CALC_ERROR_RE.match(expected) or as_number(expected) is not None):
            return "expected %r is not a message" % expected
        numbers = [c for c in results if as_number(c) is not None]
        if numbers:
            return "a number where an error belongs: %s" % ", ".join(numbers)
        wrong = [c for c in results if c != expected]
        if wrong:
            return "got %r, expected %r" % (wrong[0], expected)
        return None
    want = expected_numbers(expected)
    if want is None:  # a text outcome, e.g. OK
        if len(results) != 1 or results[0] != expected:
            return "got %r, expected %r" % (" | ".join(results), expected)
        return None
    got = [as_number(c) for c in results]
    if None in got or got != want:
        return "got %s, expected %s" % ("; ".join(results), expected)
    return None


def main(argv):
    args = argv[1:]
    min_cases = 60
    if "--min-cases" in args:
        k = args.index("--min-cases")
        min_cases = int(args[k + 1])
        del args[k:k + 2]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    workbook, sheet = args
    with open(sheet, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    cases = read_cases(rows)
    in_workbook = cases_in_workbook(workbook)

    failures = []
    ids = Counter(c[0] for c in cases)
    for cid, n in ids.items():
        if n > 1:
            failures.append("id %s is used %d times" % (cid, n))
    if len(cases) != len(in_workbook):
        failures.append("the workbook has %d cases but the recalculated sheet %d"
                        % (len(in_workbook), len(cases)))
    if len(cases) < min_cases:
        failures.append("only %d cases; at least %d are required" % (len(cases), min_cases))

    answered, gaps = 0, []
    for case in cases:
        cid, i, results, expected, kind = case
        problem = check(case)
        if problem is None:
            answered += 1
            if kind == "känd brist":
                gaps.append(cid)
            if len(set(results)) == 1 and len(results) > 1:
                shown = "%s (in all %d cells)" % (short(results[0], 70), len(results))
            else:
                shown = short("; ".join(results))
            print("ok    %-11s %-10s %s" % (cid, kind, shown))
        else:
            failures.append("%s (row %d): %s" % (cid, i + 1, problem))
            print("FAIL  %-11s %-10s %s" % (cid, kind, problem))

    by_function = Counter(ID_RE.match(c[0]).group(1) for c in cases)
    by_kind = Counter(c[4] for c in cases)
    print()
    print("cases: " + ", ".join("%s %d" % (FUNCTIONS.get(p, p), n) for p, n in by_function.items()))
    print("kinds: " + ", ".join("%s %d" % (k, by_kind[k]) for k in KINDS if by_kind[k]))
    if gaps:
        print("known gaps held as measured (känd brist): " + ", ".join(gaps))
    for f in failures:
        print("FAIL: " + f)
    print("%d of %d bad inputs answered (%d valid edge cases, %d known gaps held as measured)"
          % (answered, len(cases), by_kind["giltigt"], by_kind["känd brist"]))
    return 0 if not failures and answered == len(cases) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
