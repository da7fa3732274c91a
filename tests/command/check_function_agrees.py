"""FINSAM_AUDIT and the menu command Verktyg › Granska budget (finsam) see the same cells alike
(issue 19): random budget sheets (period headers as years, dates, "2 024", "Budget 2025", merged or
not; equity draws among the income; a mistyped figure sometimes), each audited by FINSAM_AUDIT over
the sheet's cells and by the menu command over the whole workbook; per sheet the same findings
(label, period, printed, correct value), the same number of cells not understood, and in all the
same number of checks.

    check_function_agrees.py PROFILE_DIR SEED [SHEETS]

PROFILE_DIR holds an en-US profile with the extension installed (scripts/lib/office.sh).
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates"))
from uno_session import Office, pv  # noqa: E402

URL = "vnd.se.finsamcalc:Audit"
ROWS_PER_ANSWER = 40
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what)


def date_serial(y, m, d):
    import datetime
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


def build_sheet(doc, sh, rng):
    """A budget on sheet sh; returns a description for the log."""
    periods = rng.randint(1, 3)
    year = rng.randint(2020, 2026)
    date_key = doc.NumberFormats.queryKey("YYYY-MM-DD", doc.CharLocale, False)
    if date_key == -1:
        date_key = doc.NumberFormats.addNew("YYYY-MM-DD", doc.CharLocale)
    kinds = []
    label = rng.choice(["", "Post", "Kostnader", "Budget"])
    if label:
        sh.getCellByPosition(0, 0).setString(label)
    for p in range(periods):
        cell = sh.getCellByPosition(1 + p, 0)
        kind = rng.choice(["year", "date", "yeartext", "budget", "prognos", "merged"])
        if kind == "merged" and p > 0:
            kinds.append(kind)
            continue  # left empty, merged into the one on its left below
        if kind == "year" or kind == "merged":
            cell.setValue(year + p)
        elif kind == "date":
            cell.setValue(date_serial(year + p, 1, 1))
            cell.NumberFormat = date_key
        elif kind == "yeartext":
            cell.setString("%d %03d" % ((year + p) // 1000, (year + p) % 1000))
        else:
            cell.setString("%s %d" % ("Budget" if kind == "budget" else "Prognos", year + p))
        kinds.append(kind)
    for p, kind in enumerate(kinds):
        if kind == "merged" and p > 0:
            sh.getCellRangeByPosition(p, 0, 1 + p, 0).merge(True)

    row = [1]

    def put(label, values):
        sh.getCellByPosition(0, row[0]).setString(label)
        for p, v in enumerate(values):
            if v is not None:
                sh.getCellByPosition(1 + p, row[0]).setValue(v)
        row[0] += 1

    def amounts():
        return [rng.randrange(100, 9000) * 1000 for _ in range(periods)]

    put("Intäkter", [None] * periods)
    incomes = [amounts() for _ in range(rng.randint(1, 3))]
    names = ["Medlemsbidrag staten", "Medlemsbidrag regionen", "Medlemsbidrag kommunerna"]
    for name, v in zip(names, incomes):
        put(name, v)
    draw = rng.random() < 0.5
    if draw:
        put(rng.choice(["Uttag ur eget kapital", "Ianspråktagande av eget kapital"]), amounts())
    total_in = [sum(v[p] for v in incomes) for p in range(periods)]
    put("Summa intäkter", total_in)
    put("Kostnader", [None] * periods)
    costs = [amounts() for _ in range(rng.randint(1, 4))]
    for name, v in zip(["Personal", "Lokaler", "Insatser", "Administration"], costs):
        put(name, v)
    total_out = [sum(v[p] for v in costs) for p in range(periods)]
    if rng.random() < 0.3:  # a typo in a sum
        total_out[rng.randrange(periods)] += rng.choice([1000, -9000, 90000])
    put("Summa kostnader", total_out)
    put("Årets resultat", [total_in[p] - sum(v[p] for v in costs) for p in range(periods)])
    return "%d periods %s, header label %r, draw %s" % (periods, kinds, label, draw)


def function_answers(doc, names):
    """FINSAM_AUDIT over each sheet, from a sheet of its own: {sheet: rows of six values}."""
    doc.Sheets.insertNewByName("Svar", doc.Sheets.Count)
    svar = doc.Sheets.getByName("Svar")
    for i, name in enumerate(names):
        target = svar.getCellRangeByPosition(0, i * ROWS_PER_ANSWER, 5, i * ROWS_PER_ANSWER + ROWS_PER_ANSWER - 1)
        target.setArrayFormula("=SE.FINSAMCALC.FUNCTIONS.FINSAMAUDIT($'%s'.A1:F200)" % name)
    doc.calculateAll()
    out = {}
    for i, name in enumerate(names):
        data = svar.getCellRangeByPosition(0, i * ROWS_PER_ANSWER, 5, i * ROWS_PER_ANSWER + ROWS_PER_ANSWER - 1).getDataArray()
        out[name] = [list(r) for r in data if any(v not in ("", None) for v in r)]
    doc.Sheets.removeByName("Svar")
    return out


def parse_function(rows):
    """(findings as (label, period, printed, correct), unread count, checks)."""
    findings, unread, checks = [], 0, None
    for r in rows:
        if isinstance(r[2], float) and isinstance(r[3], float):
            findings.append((r[0], r[1], round(r[2], 2), round(r[3], 2)))
        elif re.search(r"(\d+) kontroll", str(r[0])):
            checks = int(re.search(r"(\d+) kontroll", r[0]).group(1))
        elif str(r[0]).startswith("Kunde inte tolkas") or str(r[0]).startswith("Allt"):
            checks = checks or 0
        else:
            unread += 1
    return findings, unread, checks


def menu_answers(office, doc, names):
    frame = doc.getCurrentController().getFrame()
    office.dispatcher.executeDispatch(frame, URL, "", 0, ())
    sh = doc.Sheets.getByName("Granskning")
    cur = sh.createCursor()
    cur.gotoEndOfUsedArea(False)
    data = sh.getCellRangeByPosition(0, 0, 8, cur.RangeAddress.EndRow).getDataArray()
    summary = data[1][1]
    m = re.search(r"(\d+) checks?", summary)
    checks = int(m.group(1)) if m else 0
    per = {n: ([], 0) for n in names}
    for r in data[4:]:
        place, kind = str(r[0]), str(r[7])
        sheet = place.rsplit(".", 1)[0] if "." in place else place
        if sheet not in per or kind == "Sheet":
            continue
        findings, unread = per[sheet]
        if kind == "NOT UNDERSTOOD":
            per[sheet] = (findings, unread + 1)
        elif isinstance(r[3], float):
            findings.append((r[1], r[2], round(r[3], 2), round(r[4], 2)))
    return per, checks, summary


def main(argv):
    profile, seed = argv[1], int(argv[2])
    sheets = int(argv[3]) if len(argv) > 3 else 12
    rng = random.Random(seed)
    with Office(profile) as office:
        print(office.version())
        doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (pv("Hidden", True),))
        names = []
        for i in range(sheets):
            name = "Budget %d" % (i + 1)
            if i == 0:
                doc.Sheets.getByIndex(0).setName(name)
            else:
                doc.Sheets.insertNewByName(name, i)
            print("%s: %s" % (name, build_sheet(doc, doc.Sheets.getByName(name), rng)))
            names.append(name)
        fn = function_answers(doc, names)
        per, menu_checks, summary = menu_answers(office, doc, names)
        fn_checks = 0
        for name in names:
            f_findings, f_unread, f_checks = parse_function(fn[name])
            check(f_checks is not None, "%s: FINSAM_AUDIT gave no summary row: %r" % (name, fn[name]))
            fn_checks += f_checks or 0
            m_findings, m_unread = per[name]
            check(sorted(f_findings) == sorted(m_findings),
                  "%s: FINSAM_AUDIT finds %r, the menu command %r" % (name, f_findings, m_findings))
            check(f_unread == m_unread, "%s: not understood: FINSAM_AUDIT %d, the menu command %d" %
                  (name, f_unread, m_unread))
            print("  %s: %d finding(s), %d not understood, %s checks: %s" %
                  (name, len(f_findings), f_unread, f_checks, "same" if sorted(f_findings) == sorted(m_findings) else "DIFFERENT"))
            for f in f_findings:
                print("    finding %r" % (f,))
        check(fn_checks == menu_checks, "checks: FINSAM_AUDIT %d in all, the menu command %d (%r)" %
              (fn_checks, menu_checks, summary))
        print("checks in all: FINSAM_AUDIT %d, the menu command %d" % (fn_checks, menu_checks))
        doc.close(True)
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("FINSAM_AUDIT and the menu command agree on %d sheets" % sheets)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
