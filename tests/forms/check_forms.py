#!/usr/bin/env python3
"""check_forms.py CSV: every case of make_forms.py's workbook, recalculated (sheet "Fall" as CSV):
the result (C) must equal the expected (D) exactly, a message case (expected "Fel i") must start
with it, and no result may be a Calc error (Err:…, #VALUE!, #N/A, #NAME?), except in a DOC case,
which holds what docs/functions.md says Calc does, its errors included."""
import csv
import sys


def main(path):
    rows = list(csv.reader(open(path, encoding="utf-8")))
    bad, n, forms = [], 0, {}
    for row in rows[1:]:
        if len(row) < 4 or not row[0].startswith(("FORM-", "ISSUE-", "DOC-")):
            continue
        n += 1
        case_id, shown, got, want = row[:4]
        if want.startswith("'"):
            want = want[1:]
        calc_error = got.startswith(("Err:", "#"))
        ok = not calc_error and (got.startswith(want) if want == "Fel i" else got == want)
        if case_id.startswith("DOC-"):  # what the docs say Calc does, its errors included
            ok = got == want
        if case_id.startswith("FORM-") and want.startswith(("Err:", "#")):
            ok = False  # the canonical form itself failed: the case proves nothing
        if "[" in shown:
            for f in shown.rsplit("[", 1)[1].rstrip("]").split(","):
                forms[f] = forms.get(f, 0) + 1
        if not ok:
            bad.append("%s: %s\n    gives    %r\n    expected %r" % (case_id, shown, got, want))
    print("%d cases; argument forms used: %s" % (n, ", ".join("%s %d" % kv for kv in sorted(forms.items()))))
    for b in bad:
        print("FAIL " + b)
    if n == 0:
        print("FAIL: no cases found in %s" % path)
        return 1
    print("%d of %d cases as expected" % (n - len(bad), n))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
