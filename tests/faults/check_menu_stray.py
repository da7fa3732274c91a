"""The menu command Granska budget (finsam) under faults (issue 22).

A workbook opened read-only: the command changes nothing (no sheet Granskning, no comment, not
modified) and its result (the message box's text) says the workbook is read-only and names the
typo workbook's finding. A run is one undo step named as the menu entry ("Audit budget (finsam)" in
this en-US profile), and one undo takes the whole run away.

A workbook with one stray cell far away:
it reads the filled cells, not the used rectangle. For the 60 006-row budget of make_workbooks.py
without a stray cell, with one in AMJ1 and with one in AMJ1048576: the wrong sum at B60006 is in the
report sheet, and the stray cell costs at most 2 s and 300 MB of soffice's memory more than the
workbook without it.

    check_menu_stray.py PROFILE_DIR WORKDIR      (a profile with the extension; python3-uno)
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "templates"))
from uno_session import Office, pv, url  # noqa: E402

URL = "vnd.se.finsamcalc:Audit"
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FEL: " + what)


def office_memory(office, field):
    """The memory (VmRSS now, VmHWM its peak) of the processes under the started soffice, in MB."""
    parent = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/stat" % pid) as f:
                    parent[int(pid)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    mine, grown = {office.proc.pid}, True
    while grown:
        more = {p for p, pp in parent.items() if pp in mine} - mine
        grown = bool(more)
        mine |= more
    total = 0
    for pid in mine:
        try:
            with open("/proc/%d/status" % pid) as f:
                for line in f:
                    if line.startswith(field + ":"):
                        total += int(line.split()[1]) // 1024
        except OSError:
            pass
    return total


def annotations(doc):
    return sum(doc.Sheets.getByIndex(i).Annotations.Count for i in range(doc.Sheets.Count))


def read_only(office, typo):
    doc = office.desktop.loadComponentFromURL(url(typo), "_blank", 0, (pv("Hidden", True), pv("ReadOnly", True)))
    check(doc.isReadonly(), "the workbook did not open read-only")
    names = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
    result = office.dispatcher.executeDispatch(doc.getCurrentController().getFrame(), URL, "", 0, ())
    text = result.Result if hasattr(result, "Result") and isinstance(result.Result, str) else ""
    after = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
    check(after == names, "read-only: the sheets changed: %r" % after)
    check(annotations(doc) == 0, "read-only: comments were written")
    check(not doc.isModified(), "read-only: the workbook is modified")
    check("read-only" in text and "Kostnader.B6" in text, "read-only: the message says %r" % text[:300])
    print("read-only: nothing changed; the message box: %s" % text[:200].replace("\n", " "))
    doc.close(True)


def one_undo_step(office, typo):
    doc = office.desktop.loadComponentFromURL(url(typo), "_blank", 0, (pv("Hidden", False),))
    undo = doc.getUndoManager()
    before = len(undo.getAllUndoActionTitles())
    names = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
    office.dispatcher.executeDispatch(doc.getCurrentController().getFrame(), URL, "", 0, ())
    titles = undo.getAllUndoActionTitles()
    check(len(titles) == before + 1, "undo: %d steps added (%r)" % (len(titles) - before, titles))
    check(undo.getCurrentUndoActionTitle() == "Audit budget (finsam)",
          "undo: the step is named %r" % undo.getCurrentUndoActionTitle())
    undo.undo()
    check([doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)] == names and annotations(doc) == 0,
          "undo: one undo did not take the whole run away")
    print("undo: one step named %r; one undo leaves the workbook as it was" % titles[0] if titles else "undo: none")
    doc.close(True)


def main(argv):
    profile, work = argv[1], argv[2]
    results = {}
    with Office(profile) as office:
        print(office.version())
        typo = os.path.join(os.path.dirname(HERE), "audit", "typo-workbook.fods")
        read_only(office, typo)
        one_undo_step(office, typo)
        for stray in (None, "AMJ1", "AMJ1048576"):
            book = os.path.join(work, "stray-%s.fods" % (stray or "none"))
            cmd = [sys.executable, os.path.join(HERE, "make_workbooks.py"), book, "12001"]
            row = int(subprocess.check_output(cmd + (["--stray", stray] if stray else []), text=True))
            doc = office.desktop.loadComponentFromURL(url(book), "_blank", 0, (pv("Hidden", True),))
            before = office_memory(office, "VmRSS")
            started = time.monotonic()
            office.dispatcher.executeDispatch(doc.getCurrentController().getFrame(), URL, "", 0, ())
            seconds = time.monotonic() - started
            grown = office_memory(office, "VmHWM") - before
            check(doc.Sheets.hasByName("Granskning"), "%s: no report sheet" % stray)
            places = []
            if doc.Sheets.hasByName("Granskning"):
                data = doc.Sheets.getByName("Granskning").getCellRangeByPosition(0, 0, 0, 40).getDataArray()
                places = [r[0] for r in data]
            check("Budget.B%d" % row in places, "%s: the wrong sum Budget.B%d is not in the report: %r" %
                  (stray, row, places[:12]))
            results[stray] = (seconds, grown)
            print("stray cell %s: %.2f s, soffice peak %d MB above before, Budget.B%d reported" % (stray, seconds, grown, row))
            doc.close(True)
    for stray in ("AMJ1", "AMJ1048576"):
        check(results[stray][0] < results[None][0] + 2.0,
              "%s: %.2f s against %.2f s without the stray cell" % (stray, results[stray][0], results[None][0]))
        check(results[stray][1] < results[None][1] + 300,
              "%s: %d MB against %d MB without the stray cell" % (stray, results[stray][1], results[None][1]))
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
