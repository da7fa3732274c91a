#!/usr/bin/python3
"""The menu command Granska budget (finsam) in Writer, through the UNO API in a real headless
LibreOffice: vnd.se.finsamcalc:Audit dispatched on an open .docx puts a comment (author "finsam") at
each figure the command line (`finsam-audit --json` on the same file) judges wrong, with the command
line's message, and changes no text; a second run gives the same comments; a correct plan gets none.

    check_writer_audit.py PROFILE_DIR FINSAM_AUDIT WORKDIR SEED.docx LONG.docx [OTHER-SEED.docx...]
    check_writer_audit.py --sv PROFILE_DIR FINSAM_AUDIT WORKDIR/plan-med-fel.docx   (a Swedish UI)

PROFILE_DIR has the extension installed (scripts/lib/office.sh). The documents with mistakes are made
here from SEED.docx (tests/audit/documents/000-trollhattan-2020.docx) through the same API and saved
as Word documents: a mistyped cost line in a table, a mistyped total before a table, a run-in table
and a total in prose with bullets whose sums do not hold, and a comment by someone else (which must
stay). Then every seed plan with one table figure at a time mistyped, as .docx and .odt, against the
command line. LONG.docx (a 20-page plan) is only timed.
"""
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "templates"))
from uno_session import Office, pv, url  # noqa: E402

COMMAND = "vnd.se.finsamcalc:Audit"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def plain(s):
    return " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split())


def amount(s):
    s = plain(s).replace(" kr", "").replace(" tkr", "").replace(" ", "").replace("\u2212", "-")
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def body_elements(doc):
    """The body's paragraphs and tables in document order."""
    e = doc.Text.createEnumeration()
    out = []
    while e.hasMoreElements():
        out.append(e.nextElement())
    return out


def tables_in_order(doc):
    return [x for x in body_elements(doc) if x.supportsService("com.sun.star.text.TextTable")]


def all_text(doc):
    """The document's text, its tables' too, as Writer's plain-text export writes it (comments are not
    text): what the command must leave as it was."""
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "finsam-writer-audit-text-%d.txt" % os.getpid())
    doc.storeToURL(url(path), (pv("FilterName", "Text (encoded)"), pv("FilterOptions", "UTF8,LF,,")))
    with open(path, encoding="utf-8") as f:
        text = f.read()
    os.unlink(path)
    return text


def comments(doc, author="finsam"):
    """The comments of an author: (content, table index or None, cell name or None, anchored text)."""
    tables = [t.Name for t in tables_in_order(doc)]
    out = []
    e = doc.TextFields.createEnumeration()
    while e.hasMoreElements():
        f = e.nextElement()
        if not f.supportsService("com.sun.star.text.textfield.Annotation") or f.Author != author:
            continue
        anchor = f.Anchor
        table = anchor.TextTable if anchor.getPropertySetInfo().hasPropertyByName("TextTable") else None
        cell = anchor.Cell if table is not None else None
        out.append((f.Content, tables.index(table.Name) + 1 if table is not None else None,
                    cell.CellName if cell is not None else None, plain(anchor.String)))
    return sorted(out, key=lambda c: (c[1] or 0, c[2] or "", c[0]))


def cli_findings(audit, path):
    out = subprocess.run([audit, "--json", path], capture_output=True, text=True, errors="replace")
    report = json.loads(out.stdout)
    return report["files"][0]


def find_cell(doc, row_label, value, nth=0):
    """The cell holding `value` in the first table row whose first cell is row_label (its nth one)."""
    for t in tables_in_order(doc):
        rows = t.Rows.Count
        for r in range(1, rows + 1):
            try:
                first = t.getCellByName("A%d" % r)
            except Exception:
                continue
            if first is None or plain(first.String) != row_label:
                continue
            hits = [n for n in t.getCellNames() if n[0] != "A" and n[1:] == str(r)
                    and plain(t.getCellByName(n).String) == value]
            if len(hits) > nth:
                return t, t.getCellByName(hits[nth])
    raise KeyError("no cell %r in row %r" % (value, row_label))


def replace_in_paragraph(doc, old, new):
    for x in body_elements(doc):
        if x.supportsService("com.sun.star.text.Paragraph") and old in x.String:
            found = doc.createSearchDescriptor()
            found.SearchString = old
            r = doc.findFirst(found)
            r.String = new
            return
    raise KeyError(old)


def make_typo_document(office, seed, path):
    """The seed plan with its mistakes, saved as .docx."""
    doc = office.desktop.loadComponentFromURL(url(seed), "_blank", 0, (pv("Hidden", True),))
    # A cost line mistyped (2021: 2 990 000 for 2 900 000), its printed sum left as it was.
    _, cell = find_cell(doc, "Friska vindar 2.0 Trollhättan", "2 900 000")
    cell.String = "2 990 000"
    # The total before the member table mistyped (7,256 tkr for 7,156 tkr).
    replace_in_paragraph(doc, "uppgår under 2020 till 7,156 tkr", "uppgår under 2020 till 7,256 tkr")
    # A run-in table and a total with bullets, each with a sum that does not hold, at the end.
    text = doc.Text
    end = text.End
    for p in ("Finansiär Andel Belopp Staten 50 % 3 100 000 Regionen 25 % 1 550 000 Kommunen 25 % 1 550 000 "
              "Totalt 6 300 000",
              "Kostnaderna för 2021 uppgår till 8,4 mkr fördelat på kansli 1,9 mkr och insatser 6,9 mkr."):
        text.insertControlCharacter(end, 0, False)  # PARAGRAPH_BREAK
        text.insertString(text.End, p, False)
    # Someone else's comment on another figure: it must stay.
    _, other = find_cell(doc, "Medlemsbidrag", "7 156 000")
    note = doc.createInstance("com.sun.star.text.textfield.Annotation")
    note.Author = "Anna Revisor"
    note.Content = "Stämmer med protokollet."
    other.Text.insertTextContent(other.Text.Start, note, False)
    doc.storeToURL(url(path), (pv("FilterName", "MS Word 2007 XML"),))
    doc.close(True)


def check_places(cli, found, what):
    """Each finding's comment is where the command line places it: a table finding's in table N, row R
    (tabell N, rad R), on the printed figure; a paragraph's on the figure's text."""
    for f in cli["findings"]:
        mine = [c for c in found if c[0] == f["message"]]
        if not mine:
            continue
        c = mine[0]
        if f["where"].startswith("tabell "):
            n = int(f["where"].split(",")[0].split()[1])
            r = int(f["where"].split("rad ")[1])
            check(c[1] == n and c[2] is not None and int("".join(ch for ch in c[2].split(".")[0] if ch.isdigit())) == r
                  and amount(c[3]) == f["printed"],
                  "%s%s: the comment is in table %d, row %d, on the printed %s (at table %s cell %s %r)"
                  % (what, f["where"], n, r, f["printed"], c[1], c[2], c[3]))
        else:
            check(c[1] is None and c[3] != "", "%s%s: the comment marks the figure in its paragraph (%r)"
                  % (what, f["where"], c[3]))


def mutate(office, seed, out_stem, picks):
    """Copies of a seed plan, each with one table figure mistyped (its first digit raised by one),
    as .docx and .odt: [(path, what was changed)]."""
    made = []
    doc = office.desktop.loadComponentFromURL(url(seed), "_blank", 0, (pv("Hidden", True),))
    figures = []
    for ti, t in enumerate(tables_in_order(doc)):
        for name in t.getCellNames():
            v = plain(t.getCellByName(name).String)
            if any(ch.isdigit() for ch in v) and amount(v) is not None and not (len(v) == 4 and v.isdigit()) \
                    and amount(v) != 0:
                figures.append((ti, name, v))
    step = max(1, len(figures) // (picks + 1))
    for k in range(picks):
        ti, name, v = figures[min(len(figures) - 1, step * (k + 1))]
        i = next(j for j, ch in enumerate(v) if ch.isdigit())
        typo = v[:i] + str(int(v[i]) % 9 + 1) + v[i + 1:]
        cell = tables_in_order(doc)[ti].getCellByName(name)
        original = cell.String
        cell.String = typo
        for ext, filter_name in (("docx", "MS Word 2007 XML"), ("odt", "writer8")):
            path = "%s-%d.%s" % (out_stem, k + 1, ext)
            doc.storeToURL(url(path), (pv("FilterName", filter_name),))
            made.append((path, "table %d cell %s: %s for %s" % (ti + 1, name, typo, v)))
        cell.String = original
    doc.close(True)
    return made


def make_letterhead_document(office, path):
    """A budget table after a table in the page header (a letterhead) and one in a frame: Writer's
    HTML export counts those first, so the budget table is the command line's "tabell 3"."""
    doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (pv("Hidden", True),))
    style = doc.StyleFamilies.getByName("PageStyles").getByName("Standard")
    style.HeaderIsOn = True

    def table(text, rows):
        t = doc.createInstance("com.sun.star.text.TextTable")
        t.initialize(len(rows), len(rows[0]))
        text.insertTextContent(text.End, t, False)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.getCellByName("%s%d" % ("AB"[c], r + 1)).String = v
    table(style.HeaderText, [("Samordningsförbundet", "Dnr 2021-12")])
    doc.Text.insertString(doc.Text.End, "Budget 2021", False)
    frame = doc.createInstance("com.sun.star.text.TextFrame")
    doc.Text.insertTextContent(doc.Text.End, frame, False)
    table(frame.Text, [("Kontakt", "Förbundschef"), ("Telefon", "0520-123 45")])
    table(doc.Text, [("Intäkter", "Belopp"), ("Medlemsbidrag", "1 000 000"), ("Övrigt", "200 000"),
                     ("Summa", "1 300 000")])
    doc.storeToURL(url(path), (pv("FilterName", "MS Word 2007 XML"),))
    doc.close(True)


def open_doc(office, path):
    return office.desktop.loadComponentFromURL(url(path), "_blank", 0, (pv("Hidden", True),))


summaries = []


def audit(office, doc):
    """Runs the command as the menu does; its summary (the dispatch's result) goes to `summaries`."""
    started = time.monotonic()
    result = office.dispatcher.executeDispatch(doc.CurrentController.Frame, COMMAND, "", 0, ())
    seconds = time.monotonic() - started
    summaries.append(getattr(result, "Result", result))
    return seconds


def main_swedish(profile, finsam_audit, typo):
    """With LibreOffice in Swedish: the same comments, and the summary in Swedish."""
    cli = cli_findings(finsam_audit, typo)
    with Office(profile) as office:
        doc = open_doc(office, typo)
        audit(office, doc)
        found = comments(doc)
        summary = str(summaries[-1])
        print("sammanfattning: " + summary.split("\n")[0])
        check(sorted(c[0] for c in found) == sorted(f["message"] for f in cli["findings"]),
              "Swedish UI: one comment per finding of the command line, with its message")
        n_checks, n_findings = cli["checks"], len(cli["findings"])
        check(summary.startswith("Granskning (finsam): %d %s, %d %s. %d av dem har en kommentar "
                                 "(författare finsam)." % (n_checks, "kontroll" if n_checks == 1 else "kontroller",
                                                           n_findings, "avvikelse" if n_findings == 1 else "avvikelser",
                                                           n_findings)),
              "Swedish UI: the summary in Swedish with the command line's checks and findings")
        doc.close(True)
        doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (pv("Hidden", True),))
        doc.Text.insertString(doc.Text.End, "Kallelse till styrelsemöte den 12 mars.", False)
        audit(office, doc)
        check(str(summaries[-1]) == "Granskning (finsam): 0 kontroller, 0 avvikelser. Inget i dokumentet kunde "
                                    "kontrolleras: det här är inget godkännande.",
              "Swedish UI: nothing to check is said, no all-clear (%r)" % str(summaries[-1]))
        doc.close(True)
    return 1 if failures else 0


def main():
    if sys.argv[1] == "--sv":
        return main_swedish(*sys.argv[2:5])
    profile, finsam_audit, work, seed = sys.argv[1:5]
    long_doc = sys.argv[5] if len(sys.argv) > 5 else None
    seeds = [seed] + sys.argv[6:]
    os.makedirs(work, exist_ok=True)
    typo = os.path.join(work, "plan-med-fel.docx")
    with Office(profile) as office:
        print(office.version())
        make_typo_document(office, seed, typo)
        cli = cli_findings(finsam_audit, typo)
        print("finsam-audit --json: %d checks, %d findings" % (cli["checks"], len(cli["findings"])))
        for f in cli["findings"]:
            print("   %s: %s" % (f["where"], f["message"]))
        kinds = sorted(f["kind"] for f in cli["findings"])
        check(any(f["where"].startswith("tabell") for f in cli["findings"]) and "prose_sum" in kinds and
              any(": Totalt" in f["where"] or "Totalt" in f["label"] for f in cli["findings"]),
              "the command line finds the table, prose and run-in mistakes in the .docx (%s)" % kinds)

        doc = open_doc(office, typo)
        before = all_text(doc)
        others = comments(doc, "Anna Revisor")
        seconds = audit(office, doc)
        first = comments(doc)
        print("comments after the first run (%.2f s):" % seconds)
        for c in first:
            print("   table %s cell %s at %r: %s" % (c[1], c[2], c[3], c[0]))
        check(len(first) == len(cli["findings"]),
              "one comment per finding of the command line (%d comments, %d findings)" % (len(first), len(cli["findings"])))
        check(sorted(c[0] for c in first) == sorted(f["message"] for f in cli["findings"]),
              "the comments say what the command line says, finding for finding")
        check_places(cli, first, "")
        check(any(c[1] == 4 and c[2] is not None and c[2][0] == "C" and int(c[2][1:]) >= 9 for c in first),
              "the mistyped cost line's group in 2021 (table 4, column C) has a comment")
        check(any(c[3] == "7,256 tkr" for c in first), "the mistyped total in prose (7,256 tkr) has a comment")
        check(all_text(doc) == before, "no text changed")
        check(comments(doc, "Anna Revisor") == others and len(others) == 1, "someone else's comment is left alone")
        seconds2 = audit(office, doc)
        print("summary: " + str(summaries[-1]).split("\n")[0])
        check(str(summaries[-1]).startswith("finsam audit: %d checks, %d findings." % (cli["checks"], len(cli["findings"]))),
              "the summary gives the command line's checks and findings (UI in English)")
        check(comments(doc) == first, "a second run gives the same comments (%.2f s)" % seconds2)
        check(all_text(doc) == before, "no text changed by the second run")
        check(comments(doc, "Anna Revisor") == others, "someone else's comment is still there")
        doc.UndoManager.undo()
        check(comments(doc) == first, "Undo takes back the second run as one step (the first run's comments again)")
        doc.UndoManager.undo()
        check(comments(doc) == [] and all_text(doc) == before and comments(doc, "Anna Revisor") == others,
              "Undo takes back the first run as one step: no comment of finsam's, the text and others' comments as they were")
        doc.close(True)

        # A correct plan: no comment, nothing changed, not even marked as modified; stays where it is.
        clean = cli_findings(finsam_audit, seed)
        check(clean["findings"] == [] and clean["checks"] > 0, "the command line finds nothing in the seed .docx")
        doc = open_doc(office, seed)
        before = all_text(doc)
        location = doc.URL
        times = [audit(office, doc) for _ in range(3)]
        check(comments(doc) == [], "no comment on the correct seed .docx")
        check(all_text(doc) == before and not doc.isModified() and doc.URL == location,
              "the correct plan is unchanged, not modified, and still at its own location")
        print("summary: " + str(summaries[-1]))
        check(str(summaries[-1]) == "finsam audit: %d checks, 0 findings. Every figure checked adds up." % clean["checks"],
              "the summary on the correct plan gives its checks and that they hold")
        print("seed .docx: %.2f s (median of 3)" % sorted(times)[1])
        check(sorted(times)[1] < 2.0, "the command takes under 2 s on the seed .docx")
        doc.close(True)

        # Tables in the page header and in a frame come first in the HTML's count: the comment still goes
        # to the budget table's wrong figure.
        letterhead = os.path.join(work, "brevhuvud.docx")
        make_letterhead_document(office, letterhead)
        cli = cli_findings(finsam_audit, letterhead)
        doc = open_doc(office, letterhead)
        audit(office, doc)
        found = []
        e = doc.TextFields.createEnumeration()
        while e.hasMoreElements():
            f = e.nextElement()
            if f.supportsService("com.sun.star.text.textfield.Annotation") and f.Author == "finsam":
                a = f.Anchor
                found.append((f.Content, a.TextTable.getCellByName("A1").String if a.TextTable else None,
                              a.Cell.CellName if a.Cell else None, plain(a.String)))
        print("letterhead: %s -> %s" % ([x["where"] for x in cli["findings"]], found))
        check(len(cli["findings"]) == 1 and cli["findings"][0]["where"] == "tabell 3, rad 4" and
              found == [(cli["findings"][0]["message"], "Intäkter", "B4", "1 300 000")],
              "a budget table after tables in the header and a frame: the comment on its wrong sum (tabell 3, row 4)")
        doc.close(True)

        # Nothing checkable: a letter without amounts. No comment, and never an all-clear.
        doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (pv("Hidden", True),))
        doc.Text.insertString(doc.Text.End, "Kallelse till styrelsemöte den 12 mars. Välkomna!", False)
        audit(office, doc)
        print("summary: " + str(summaries[-1]))
        check(comments(doc) == [] and "Nothing in the document could be checked" in str(summaries[-1])
              and "adds up" not in str(summaries[-1]), "a letter with nothing to check: no comment, and no all-clear")
        doc.close(True)

        # Mistyped figures across the three seed plans, as .docx and .odt: the command's comments are the
        # command line's findings, one for one, in the command line's places.
        variants = []
        for other in seeds:
            stem = os.path.join(work, os.path.splitext(os.path.basename(other))[0])
            variants += mutate(office, other, stem, 4)
        started = time.monotonic()
        out = subprocess.run([finsam_audit, "--json"] + [p for p, _ in variants], capture_output=True, text=True,
                             errors="replace")
        cli_seconds = time.monotonic() - started
        reports = {f["file"]: f for f in json.loads(out.stdout)["files"]}
        same = 0
        with_findings = 0
        for path, change in variants:
            cli = reports[path]
            doc = open_doc(office, path)
            before = all_text(doc)
            audit(office, doc)
            found = comments(doc)
            what = "%s (%s): " % (os.path.basename(path), change)
            ok = sorted(c[0] for c in found) == sorted(f["message"] for f in cli["findings"])
            check(ok and all_text(doc) == before,
                  "%s%d comments for the command line's %d findings, the same messages, no text changed"
                  % (what, len(found), len(cli["findings"])))
            check_places(cli, found, what)
            same += ok
            with_findings += bool(cli["findings"])
            doc.close(True)
        print("(%.1f s for the command line over them)" % cli_seconds)
        print("mistyped plans: %d of %d commented as the command line reports them (%d with findings)"
              % (same, len(variants), with_findings))

        if long_doc:
            doc = open_doc(office, long_doc)
            pages = doc.CurrentController.PageCount
            times = [audit(office, doc) for _ in range(3)]
            print("%d-page .docx: %.2f s (median of 3), %d comments" % (pages, sorted(times)[1], len(comments(doc))))
            check(sorted(times)[1] < 2.0, "the command takes under 2 s on a %d-page .docx" % pages)
            cli = cli_findings(finsam_audit, long_doc)
            check(str(summaries[-1]).startswith("finsam audit: %d checks, %d findings." % (cli["checks"], len(cli["findings"]))),
                  "the %d-page plan: as many checks and findings as the command line (%s)" % (pages, str(summaries[-1]).split("\n")[0]))

            # The long plan with every seventh table figure mistyped: many comments, still the command line's.
            doc = open_doc(office, long_doc)
            changed = 0
            for t in tables_in_order(doc):
                for i, name in enumerate(t.getCellNames()):
                    cell = t.getCellByName(name)
                    v = plain(cell.String)
                    if i % 7 == 3 and amount(v) and any(ch.isdigit() for ch in v) and not (len(v) == 4 and v.isdigit()):
                        j = next(k for k, ch in enumerate(v) if ch.isdigit())
                        cell.String = v[:j] + str(int(v[j]) % 9 + 1) + v[j + 1:]
                        changed += 1
            many = os.path.join(work, "lang-plan-med-fel.docx")
            doc.storeToURL(url(many), (pv("FilterName", "MS Word 2007 XML"),))
            doc.close(True)
            cli = cli_findings(finsam_audit, many)
            doc = open_doc(office, many)
            times = [audit(office, doc) for _ in range(3)]
            found = comments(doc)
            print("%d-page .docx with %d figures mistyped: %.2f s (median of 3), %d comments, %d findings"
                  % (pages, changed, sorted(times)[1], len(found), len(cli["findings"])))
            check(len(found) >= 10 and sorted(c[0] for c in found) == sorted(f["message"] for f in cli["findings"]),
                  "the long plan with %d figures mistyped: the comments are the command line's %d findings"
                  % (changed, len(cli["findings"])))
            check_places(cli, found, "long plan: ")
            check(sorted(times)[1] < 2.0, "the command takes under 2 s on it too")
            doc.close(True)
            doc.close(True)
    if failures:
        print("%d FAILED" % len(failures))
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
