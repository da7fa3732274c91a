"""The menu command Verktyg › Granska budget (finsam) in Calc, through the UNO API in a real headless
LibreOffice: dispatched as vnd.se.finsamcalc:Audit on a workbook's frame (as the menu does), its sheet
Granskning and its comments read back and compared with `finsam-audit --json` for the same file.

    check_calc_command.py PROFILE_DIR LANG CLI_JSON WORKDIR TYPO_WORKBOOK OTHER_WORKBOOK...

PROFILE_DIR holds a profile with the extension installed (scripts/lib/office.sh); LANG is the UI
language it was given (en-US or sv); CLI_JSON the command line's --json report over the typo workbook
and the others (the seeds, odd-cells.fods: the same files, in that order). Checks:
  - the typo workbook: one row per finding with the command line's places, labels, periods, printed
    and expected values and messages; its unread places; a comment on each figure judged wrong
    carrying the command line's message and the correct value; the user's own comment untouched;
  - no figure or formula of any sheet changed; a second and third run give the same sheet and
    comments, and the report sheet is the last one;
  - each other workbook the same way: the seeds (no finding, no comment), odd-cells.fods (numbers
    typed as text, errors, percentages, a date, a truth value, a sheet name with a space and an
    apostrophe, wrong sums; its sheets protected without a password, and still protected after);
  - a workbook with nothing checkable: a report that says so, never an all-clear; a sheet of the
    user's named Granskning kept, the report beside it as "Granskning (finsam)";
  - every run under 2 s (printed; the limit is FINSAM_COMMAND_SECONDS, default 2).
"""
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates"))
from uno_session import Office, pv, url  # noqa: E402

URL = "vnd.se.finsamcalc:Audit"
PREFIX = "finsam: "
HEADING_ROW = 3  # 0-based: title, summary, blank, headings
TEXTS = {
    "en-US": {"title": "Budget audit (finsam)", "place": "Place", "unread": "NOT UNDERSTOOD", "sheet": "Sheet",
              "correct": "Correct value", "nothing": "Nothing could be checked", "allclear": "Everything adds up",
              "checks": r"(\d+) checks?",
              "likely": " (likely)", "undecided": " (undecided)",
              "value_line": {"certain": "Correct value", "likely": "Likely correct value",
                             "undecided": "The relation gives"}},
    "sv": {"title": "Granskning av budgeten (finsam)", "place": "Plats", "unread": "EJ TOLKAD", "sheet": "Blad",
           "correct": "Rätt värde", "nothing": "Inget kunde kontrolleras", "allclear": "Allt stämmer",
           "checks": r"(\d+) kontroll(?:er)?",
           "likely": " (troligen)", "undecided": " (oavgjort)",
           "value_line": {"certain": "Rätt värde", "likely": "Troligen rätt värde", "undecided": "Sambandet ger"}},
}
LIMIT = float(os.environ.get("FINSAM_COMMAND_SECONDS", "2"))

failures = []
times = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what)


def swedish_amount(v):
    """1091700 -> '1 091 700' (as messages and comments print amounts)."""
    neg = v < 0
    whole = int(round(abs(v) * 100))
    kr, ore = divmod(whole, 100)
    s = "{:,}".format(kr).replace(",", " ")
    if ore:
        s += ",%02d" % ore
    return ("-" if neg else "") + s


def clean(s):
    return s.replace("\u00a0", " ").replace("\u202f", " ") if isinstance(s, str) else s


def sheet_contents(doc):
    """Every cell's formula (or constant) on every sheet but the report: what must not change."""
    out = {}
    for i in range(doc.Sheets.Count):
        sh = doc.Sheets.getByIndex(i)
        if sh.Name == "Granskning":
            continue
        cur = sh.createCursor()
        cur.gotoEndOfUsedArea(False)
        end = cur.RangeAddress
        out[sh.Name] = sh.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getFormulaArray()
    return out


def comments(doc):
    """{(sheet, 'D7'): text} of every comment on every sheet."""
    out = {}
    for i in range(doc.Sheets.Count):
        sh = doc.Sheets.getByIndex(i)
        notes = sh.Annotations
        for k in range(notes.Count):
            n = notes.getByIndex(k)
            p = n.Position
            out[(sh.Name, a1(p.Column, p.Row))] = clean(n.String)
    return out


def a1(col, row):
    s, c = "", col + 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return "%s%d" % (s, row + 1)


def report(doc):
    """The sheet Granskning: (summary, rows as lists of 9 values, link formulas of column A, index)."""
    check(doc.Sheets.hasByName("Granskning"), "no sheet Granskning")
    sh = doc.Sheets.getByName("Granskning")
    cur = sh.createCursor()
    cur.gotoEndOfUsedArea(False)
    end = cur.RangeAddress
    data = [[clean(v) for v in row] for row in sh.getCellRangeByPosition(0, 0, 8, end.EndRow).getDataArray()]
    formulas = [row[0] for row in sh.getCellRangeByPosition(0, 0, 0, end.EndRow).getFormulaArray()]
    index = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)].index("Granskning")
    return data[1][1], data[HEADING_ROW + 1:], formulas[HEADING_ROW + 1:], index, data


def dispatch(office, doc, what):
    frame = doc.getCurrentController().getFrame()
    started = time.monotonic()
    result = office.dispatcher.executeDispatch(frame, URL, "", 0, ())
    seconds = time.monotonic() - started
    times.append((what, seconds))
    print("%s: %.2f s" % (what, seconds))
    check(seconds < LIMIT, "%s took %.2f s (limit %.1f s)" % (what, seconds, LIMIT))
    return result


def place_of(where):
    """'blad Kostnader, cell C11' (and ' (label)') -> 'Kostnader.C11'."""
    m = re.match(r"blad (.*), cell ([A-Z]+[0-9]+)", where)
    return "%s.%s" % (m.group(1), m.group(2)) if m else None


def load(office, path, hidden=True):
    """A workbook in a frame of its own; hidden=False gives it a window as a user's has (headless
    LibreOffice shows none): undoing a sheet's insertion in a hidden document crashes LibreOffice 7.4,
    with or without the command."""
    return office.desktop.loadComponentFromURL(url(path), "_blank", 0, (pv("Hidden", hidden),))


def compare_with_cli(doc, lang, cli, name):
    """The report sheet against the command line's report for the same file: the same findings
    (place, label, period, printed, expected, difference, message), the same unread places and
    messages, the same number of checks; a link to each place. Returns the report's summary."""
    t = TEXTS[lang]
    summary, rows, links, index, whole = report(doc)
    check(whole[0][0] == t["title"], "%s: title %r" % (name, whole[0][0]))
    check(whole[HEADING_ROW][0] == t["place"], "%s: headings in the UI language: %r" % (name, whole[HEADING_ROW][0]))
    check(index == doc.Sheets.Count - 1, "%s: Granskning is not the last sheet" % name)
    findings = [r for r in rows if r[7] not in (t["unread"], t["sheet"])]
    unread = [r for r in rows if r[7] == t["unread"]]
    expected = cli["findings"]
    for row, x in zip(findings, expected):
        suffix = {"likely": t["likely"], "undecided": t["undecided"]}.get(x.get("certainty"), "")
        check(row[7].endswith(suffix) if suffix else not row[7].endswith(")"),
              "%s: kind %r for a %s finding" % (name, row[7], x.get("certainty")))
    check(len(findings) == len(expected), "%s: %d findings in Granskning, %d from the command line" %
          (name, len(findings), len(expected)))
    for row, x in zip(findings, expected):
        check(row[0] == place_of(x["where"]), "%s: place %r, command line %r" % (name, row[0], x["where"]))
        check(row[1] == x["label"], "%s: label %r, command line %r" % (name, row[1], x["label"]))
        check(row[2] == x["period"], "%s: period %r, command line %r" % (name, row[2], x["period"]))
        for col, key in ((3, "printed"), (4, "expected"), (5, "difference")):
            check(isinstance(row[col], float) and abs(row[col] - x[key]) < 0.005,
                  "%s: %s %r, command line %r" % (name, key, row[col], x[key]))
        check(row[6] == x["unit"], "%s: unit %r, command line %r" % (name, row[6], x["unit"]))
        check(row[8] == clean(x["message"]), "%s: message %r, command line %r" % (name, row[8], x["message"]))
        print("  finding %s (%s, %s): printed %s, correct %s" % (row[0], row[1], row[2], swedish_amount(row[3]),
                                                                 swedish_amount(row[4])))
    cli_unread = cli.get("not_understood", cli.get("unread", []))
    check(len(unread) == len(cli_unread), "%s: %d unread in Granskning, %d from the command line" %
          (name, len(unread), len(cli_unread)))
    for row, u in zip(unread, cli_unread):
        want = place_of(u["where"]) or u["where"].replace("bladet ", "", 1)
        check(row[0] == want, "%s: unread place %r, command line %r" % (name, row[0], u["where"]))
        check(row[8] == clean(u["message"]), "%s: unread message %r, command line %r" % (name, row[8], u["message"]))
        print("  unread %s: %s" % (row[0], row[8]))
    for link, row in zip(links, rows):
        cell = row[0].rsplit(".", 1)[1] if row[7] != t["sheet"] and "." in row[0] else "A1"
        check(link.startswith("=HYPERLINK(") and ("." + cell + '"') in link, "%s: no link to the cell: %r" % (name, link))
    m = re.search(t["checks"], summary)
    check(m is not None and int(m.group(1)) == cli["checks"] or cli["checks"] == 0 and summary.startswith(t["nothing"]),
          "%s: summary %r, the command line made %d checks" % (name, summary, cli["checks"]))
    check(cli["checks"] > 0 or not summary.startswith(t["allclear"]), "%s: all-clear without checks" % name)
    ours = {k: v for k, v in comments(doc).items() if v.startswith(PREFIX)}
    places = {tuple(place_of(x["where"]).rsplit(".", 1)) for x in expected}
    check(set(ours) == places, "%s: comments at %s, findings at %s" % (name, sorted(ours), sorted(places)))
    for x in expected:
        text = ours.get(tuple(place_of(x["where"]).rsplit(".", 1)), "")
        check(clean(x["message"]) in text, "%s: comment %r lacks the message %r" % (name, text, x["message"]))
        label = t["value_line"].get(x.get("certainty", "certain"), t["correct"])
        check("%s: %s" % (label, swedish_amount(x["expected"])) in text,
              "%s: comment %r lacks %s: %s" % (name, text, label, swedish_amount(x["expected"])))
    print("  %s: %s" % (name, summary))
    return summary


def typo_workbook(office, lang, cli, path):
    doc = load(office, path, hidden=False)
    before = sheet_contents(doc)
    # a comment of the user's own, which the command must leave alone
    first = doc.Sheets.getByIndex(0)
    first.Annotations.insertNew(first.getCellByPosition(0, 0).CellAddress, "Min egen kommentar")
    user = comments(doc)

    dispatch(office, doc, "typo workbook, first run")
    compare_with_cli(doc, lang, cli, "typo workbook")
    check(len(cli["findings"]) >= 1, "the command line finds nothing in the typo workbook")
    after = comments(doc)
    for k, v in after.items():
        if v.startswith(PREFIX):
            print("  comment at %s.%s: %r" % (k[0], k[1], v))
    for k, v in user.items():
        check(after.get(k) == v, "the user's comment at %s changed: %r" % (k, after.get(k)))
    check(sheet_contents(doc) == before, "a figure or formula changed")

    # again, twice: the same sheet, the same comments, nothing else changed
    first_run = (report(doc)[4], after, doc.Sheets.Count)
    for n in (2, 3):
        dispatch(office, doc, "typo workbook, run %d" % n)
        again = (report(doc)[4], comments(doc), doc.Sheets.Count)
        check(again == first_run, "run %d differs from the first" % n)
    check(sheet_contents(doc) == before, "a figure or formula changed on a rerun")
    # each run is one undo step: undone, the third leaves the second's result, all three the workbook
    # as it was, without the report sheet and the command's comments
    undo = doc.getUndoManager()
    undo.undo()
    check((report(doc)[4], comments(doc), doc.Sheets.Count) == first_run, "undoing run 3 does not give run 2's result")
    undo.undo()
    undo.undo()
    check(not doc.Sheets.hasByName("Granskning"), "after undoing the three runs the sheet Granskning is still there")
    check(comments(doc) == user, "after one undo the comments are %r" % comments(doc))
    check(sheet_contents(doc) == before, "a figure or formula changed on undo")
    doc.close(True)


def other_workbook(office, lang, cli, path, protect=False):
    """protect: every sheet protected without a password first, as the templates' are."""
    doc = load(office, path)
    before = sheet_contents(doc)
    name = os.path.basename(path)
    sheets = [doc.Sheets.getByIndex(i) for i in range(doc.Sheets.Count)]
    if protect:
        for sh in sheets:
            sh.protect("")
    dispatch(office, doc, name)
    compare_with_cli(doc, lang, cli, name)
    check(sheet_contents(doc) == before, "%s: a figure or formula changed" % name)
    if protect:
        check(all(sh.isProtected() for sh in sheets), "%s: a sheet is no longer protected" % name)
    doc.close(True)


def nothing_checkable(office, lang):
    """A workbook without figures, with a sheet of the user's named Granskning: a report that says
    nothing could be checked (in a sheet of its own name), the user's sheet untouched."""
    t = TEXTS[lang]
    doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (pv("Hidden", True),))
    sh = doc.Sheets.getByIndex(0)
    sh.getCellByPosition(0, 0).setString("Anteckningar")
    sh.getCellByPosition(0, 1).setString("Inga belopp här")
    doc.Sheets.insertNewByName("Granskning", 1)
    mine = doc.Sheets.getByName("Granskning")
    mine.getCellByPosition(0, 0).setString("Mina egna anteckningar")
    mine.getCellByPosition(1, 1).setValue(12)
    for n in (1, 2):
        dispatch(office, doc, "a workbook without figures, run %d" % n)
        names = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
        check(names == [sh.Name, "Granskning", "Granskning (finsam)"], "sheets %r" % names)
        rep = doc.Sheets.getByName("Granskning (finsam)")
        summary = clean(rep.getCellByPosition(1, 1).String)
        check(summary.startswith(t["nothing"]), "nothing checkable: summary %r" % summary)
        check(t["allclear"] not in summary, "nothing checkable: an all-clear %r" % summary)
        check(not any(v.startswith(PREFIX) for v in comments(doc).values()), "nothing checkable: a comment")
        check(mine.getCellByPosition(0, 0).String == "Mina egna anteckningar" and
              mine.getCellByPosition(1, 1).Value == 12, "the user's sheet Granskning changed")
    print("  without figures: %s" % summary)
    doc.close(True)


def main(argv):
    profile, lang, cli_json, workdir, typo = argv[1:6]
    seeds = argv[6:]
    with open(cli_json, encoding="utf-8") as f:
        cli = json.load(f)["files"]
    check(len(cli) == 1 + len(seeds), "the command line's report has %d files" % len(cli))
    with Office(profile) as office:
        print(office.version(), "UI", lang)
        typo_workbook(office, lang, cli[0], typo)
        for path, c in zip(seeds, cli[1:]):
            other_workbook(office, lang, c, path, protect=path.endswith("odd-cells.fods"))
        nothing_checkable(office, lang)
    print("times: " + ", ".join("%s %.2f s" % t for t in times))
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
