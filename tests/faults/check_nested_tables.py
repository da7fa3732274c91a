"""Writer documents with nested tables (issue 22), measured and bounded: the command line and the menu
command in Writer.

For each shape (a chain of tables DEPTH deep, or WIDTH tables in each table DEPTH deep; the
outermost table's sum 1 000 too high) the document is made by make_nested_tables.py, then
  - finsam-audit reads it: seconds, the peak memory of finsam-audit and of the office it starts
    (the largest VmHWM among them), its exit; it must find the wrong sum (exit 1), or refuse the
    document as having too many tables (exit 2, "tabeller"), within 60 s;
  - the menu command runs on it, opened in a headless office (the shapes Writer itself opens in
    seconds): seconds and soffice's peak above what it held before; it must comment the wrong sum,
    or say the document has too many tables, within 60 s.

    check_nested_tables.py PROFILE_DIR FINSAM_AUDIT WORKDIR
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "templates"))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "bench"))
from uno_session import Office, pv, url  # noqa: E402
from check_menu_stray import office_memory  # noqa: E402
from check_function_stray import reset_peaks  # noqa: E402

SHAPES = [(1, 1), (20, 1), (25, 1), (200, 1), (3, 10), (5, 4), (3, 25), (6, 4), (7, 4)]
# The menu command works on a document open in Writer; Writer itself does not open a chain of 200
# tables in 5 minutes (its layout), nor 1 365 tables six deep in reasonable time: those are left out.
MENU_SHAPES = [(1, 1), (20, 1), (25, 1), (3, 10), (5, 4), (3, 25)]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FEL: " + what)


def tree_peak(pid):
    """The largest VmHWM (MB) among pid and its descendants now."""
    parent = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open("/proc/%s/stat" % p) as f:
                    parent[int(p)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    mine, grown = {pid}, True
    while grown:
        more = {p for p, pp in parent.items() if pp in mine} - mine
        grown = bool(more)
        mine |= more
    peak = 0
    for p in mine:
        try:
            with open("/proc/%d/status" % p) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) // 1024)
        except OSError:
            pass
    return peak


def cli(audit, doc):
    started = time.monotonic()
    p = subprocess.Popen([audit, doc], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = 0
    while p.poll() is None:
        peak = max(peak, tree_peak(p.pid))
        if time.monotonic() - started > 300:
            p.kill()
        time.sleep(0.1)
    return p.returncode, p.stdout.read().decode(errors="replace"), time.monotonic() - started, peak


def main(argv):
    profile, audit, work = argv[1], os.path.abspath(argv[2]), argv[3]
    docs = []
    for depth, width in SHAPES:
        path = os.path.join(work, "nested-%d-%d.odt" % (depth, width))
        tables = int(subprocess.check_output([sys.executable, os.path.join(HERE, "make_nested_tables.py"), path,
                                              str(depth), "--width", str(width), "--wrong"], text=True))
        docs.append((depth, width, tables, path))
    for depth, width, tables, path in docs:
        status, out, seconds, peak = cli(audit, path)
        refused = status == 2 and "tabeller" in out
        print("command line, %d tables (%d deep, %d wide): exit %d, %.1f s, peak %d MB%s" %
              (tables, depth, width, status, seconds, peak, " (refused)" if refused else ""))
        check((status == 1 and "tabell 1, rad 5" in out) or refused,
              "%d tables: exit %d:\n%s" % (tables, status, out[-600:]))
        check(seconds < 60, "%d tables: the command line took %.1f s" % (tables, seconds))
    with Office(profile) as office:
        print(office.version())
        for depth, width, tables, path in docs:
            if (depth, width) not in MENU_SHAPES:
                continue
            loading = time.monotonic()
            doc = office.desktop.loadComponentFromURL(url(path), "_blank", 0, (pv("Hidden", True),))
            loaded = time.monotonic() - loading
            before = office_memory(office, "VmRSS")
            reset_peaks(office)
            started = time.monotonic()
            result = office.dispatcher.executeDispatch(doc.getCurrentController().getFrame(),
                                                       "vnd.se.finsamcalc:Audit", "", 0, ())
            seconds = time.monotonic() - started
            grown = office_memory(office, "VmHWM") - before
            text = result.Result if isinstance(getattr(result, "Result", None), str) else ""
            comments = sum(1 for f in doc.getTextFields()
                           if f.supportsService("com.sun.star.text.textfield.Annotation") and f.Author == "finsam")
            refused = "more than" in text or "fler än" in text
            print("menu command, %d tables (%d deep; opened in %.1f s): %.1f s, soffice peak %d MB above before, "
                  "%d comment(s)%s" % (tables, depth, loaded, seconds, grown, comments, " (refused: %s)" % text[:120] if refused and not comments else ""))
            check(comments >= 1 or refused, "%d tables: no comment and no refusal: %s" % (tables, text[:300]))
            check(seconds < 60, "%d tables: the menu command took %.1f s" % (tables, seconds))
            doc.close(True)
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
