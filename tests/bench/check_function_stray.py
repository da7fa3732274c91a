"""FINSAM_AUDIT(A:Z) with one stray cell in Z1048576 (issue 22): read as the range's filled cells, not
as a dense grid of 27 million, so as fast as without the stray cell.

For the budgets of tests/faults/make_workbooks.py (BLOCKS blocks of four cost lines and their Delsumma,
the last Delsumma wrong), with and without a stray cell in Z1048576: =FINSAM_AUDIT($Budget.A:Z) is
entered as an array formula on a sheet of its own; measured are the seconds from the entry to its
answer read back (Calc computes it by then) and the peak of soffice's memory meanwhile (VmHWM, reset
first through /proc/PID/clear_refs), above what soffice held before. The answer must name the wrong
sum (its last Delsumma, 1 000 too high); the stray cell may cost at most 1 s and 100 MB more than
the workbook without it.

    check_function_stray.py PROFILE_DIR WORKDIR [BLOCKS...]   (a profile with the extension; python3-uno)
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, "templates"))
sys.path.insert(0, os.path.join(TESTS, "faults"))
from uno_session import Office, pv, url  # noqa: E402
from check_menu_stray import office_memory  # noqa: E402

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FEL: " + what)


def reset_peaks(office):
    """VmHWM of soffice's processes back to their VmRSS (Linux: 5 > /proc/PID/clear_refs)."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            if int(pid) == office.proc.pid or ppid == office.proc.pid:
                with open("/proc/%s/clear_refs" % pid, "w") as f:
                    f.write("5")
        except (OSError, IndexError, ValueError):
            pass


def measure(office, book, row):
    doc = office.desktop.loadComponentFromURL(url(book), "_blank", 0, (pv("Hidden", True),))
    doc.Sheets.insertNewByName("Svar", 1)
    answer = doc.Sheets.getByName("Svar").getCellRangeByName("A1:F20")
    before = office_memory(office, "VmRSS")
    reset_peaks(office)
    started = time.monotonic()
    answer.setArrayFormula("=SE.FINSAMCALC.FUNCTIONS.FINSAMAUDIT($Budget.A:Z)")
    cells = [c for r in answer.getDataArray() for c in r]  # computed when asked for, at the latest
    seconds = time.monotonic() - started
    peak = office_memory(office, "VmHWM") - before
    text = " | ".join(str(c) for c in cells if c not in ("", None))
    doc.close(True)
    return seconds, peak, text


def main(argv):
    profile, work = argv[1], argv[2]
    sizes = [int(b) for b in argv[3:]] or [201, 2001]
    with Office(profile) as office:
        print(office.version())
        for blocks in sizes:
            results = {}
            for stray in (None, "Z1048576"):
                book = os.path.join(work, "function-%d-%s.fods" % (blocks, stray or "none"))
                cmd = [sys.executable, os.path.join(TESTS, "faults", "make_workbooks.py"), book, str(blocks)]
                row = int(subprocess.check_output(cmd + (["--stray", stray] if stray else []), text=True))
                seconds, peak, text = measure(office, book, row)
                results[stray] = (seconds, peak)
                print("FINSAM_AUDIT($Budget.A:Z), %d rows, stray cell %s: %.2f s, soffice peak %d MB above before"
                      % (row, stray or "none", seconds, peak))
                last = "Delsumma område %d" % (blocks)
                check(text.startswith(last + " | ") and "(skillnad 1 000)" in text.replace("\u00a0", " "),
                      "%d rows, stray %s: the wrong sum at B%d (%s) is not named: %s" % (row, stray, row, last, text[:400]))
            extra_s = results["Z1048576"][0] - results[None][0]
            extra_mb = results["Z1048576"][1] - results[None][1]
            check(extra_s < 1.0, "%d blocks: the stray cell costs %.2f s more" % (blocks, extra_s))
            check(extra_mb < 100, "%d blocks: the stray cell costs %d MB more" % (blocks, extra_mb))
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
