#!/usr/bin/env python3
"""The audit under faults (issue 22), through real LibreOffice.

    fault_tests.py clean   FINSAM_AUDIT   a workbook audit leaves nothing in TMPDIR (no lu*.tmp)
    fault_tests.py signals FINSAM_AUDIT N  N runs killed at random moments by SIGINT/SIGTERM/SIGHUP:
                                          each ends by that signal (or finished first), leaves
                                          nothing in TMPDIR and no process; its folder was 0700
    fault_tests.py large   FINSAM_AUDIT   one stray cell in AMJ1 or Z1048576: the wrong sum at row 60 006
                                          is still found, and finsam-audit's own memory stays bounded

    fault_tests.py pdf     FINSAM_AUDIT   a seed plan as PDF with damaged bytes: exit 2, said damaged, not
                                          audited (no LibreOffice)

    fault_tests.py zipbomb FINSAM_AUDIT   a .docx, .ods and .xlsx of 5 MB that unpack to 1.1 GB: refused
                                          before LibreOffice unpacks them (exit 2), in seconds, small memory

Each run gets a TMPDIR of its own (under the test's folder), so that what a run leaves is seen.
"""
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]


def fail(msg):
    print("FEL: " + msg)
    sys.exit(1)


def make_workbook(out, blocks, stray=None):
    cmd = [sys.executable, os.path.join(HERE, "make_workbooks.py"), out, str(blocks)]
    if stray:
        cmd += ["--stray", stray]
    return int(subprocess.check_output(cmd, text=True).strip())


def processes_using(tmpdir):
    """The processes whose environment or command line names tmpdir (soffice, unopkg, scripts)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            with open("/proc/%s/environ" % pid, "rb") as f:
                env = f.read()
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmd = f.read()
            with open("/proc/%s/stat" % pid) as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and (tmpdir.encode() in env or tmpdir.encode() in cmd):
            found.append((pid, cmd.replace(b"\0", b" ")[:120].decode(errors="replace")))
    return found


def left_in(tmpdir):
    out = []
    for root, dirs, files in os.walk(tmpdir):
        out += [os.path.join(root, n) for n in dirs + files]
    return out


def run_watched(cmd, tmpdir, kill_after=None, sig=None):
    """Runs cmd with TMPDIR=tmpdir; kills it with sig after kill_after seconds. Returns (status,
    stdout, peak RSS of cmd's own process in MB, modes of the private folders seen)."""
    env = dict(os.environ, TMPDIR=tmpdir)
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
        started, peak, modes, sent = time.time(), 0, {}, False
        while p.poll() is None:
            try:
                with open("/proc/%d/status" % p.pid) as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            peak = max(peak, int(line.split()[1]) // 1024)
            except OSError:
                pass
            for name in os.listdir(tmpdir):
                if name.startswith("finsam-audit-"):
                    try:
                        modes[name] = stat.S_IMODE(os.stat(os.path.join(tmpdir, name)).st_mode)
                    except OSError:
                        pass
            if kill_after is not None and not sent and time.time() - started >= kill_after:
                p.send_signal(sig)
                sent = True
            if time.time() - started > 600:
                p.kill()
                fail("%s ran over 600 s" % cmd)
            time.sleep(0.05)
        out.seek(0)
        return p.returncode, out.read().decode(errors="replace"), peak, modes, time.time() - started


def check_clean(tmpdir, what):
    time.sleep(0.3)
    left = left_in(tmpdir)
    if left:
        fail("%s left %d files in TMPDIR: %s" % (what, len(left), left[:5]))
    procs = processes_using(tmpdir)
    if procs:
        fail("%s left processes running: %s" % (what, procs))


def clean(audit, work):
    book = os.path.join(work, "plan.fods")
    make_workbook(book, 20)
    tmpdir = os.path.join(work, "tmp-clean")
    os.mkdir(tmpdir)
    status, out, peak, modes, seconds = run_watched([audit, book], tmpdir)
    if status != 1 or "cell B101" not in out:
        fail("the workbook's wrong sum (B101) was not found (exit %d):\n%s" % (status, out))
    if not modes or any(m != 0o700 for m in modes.values()):
        fail("the private folder was not 0700: %s" % {k: oct(v) for k, v in modes.items()})
    check_clean(tmpdir, "a workbook audit")
    print("clean: exit 1, the sum found, folder 0700, TMPDIR empty afterwards, no process left (%.1f s)" % seconds)


def signals(audit, work, runs):
    book = os.path.join(work, "plan.fods")
    make_workbook(book, 2000)
    rnd = random.Random(int(os.environ.get("FAULT_SEED", "22")))
    ended = {"signal": 0, "finished": 0}
    for i in range(runs):
        tmpdir = os.path.join(work, "tmp-%d" % i)
        os.mkdir(tmpdir)
        sig = rnd.choice(SIGNALS)
        after = rnd.uniform(0.05, 4.5)
        status, out, peak, modes, seconds = run_watched([audit, book], tmpdir, after, sig)
        if status == -sig:
            ended["signal"] += 1
            if "Sammanfattning" in out:
                fail("run %d ended by %s yet printed a summary:\n%s" % (i, sig.name, out))
        elif status == 1 and "cell B10001" in out:
            ended["finished"] += 1  # done before the signal came
        else:
            fail("run %d (%s after %.2f s): exit %s\n%s" % (i, sig.name, after, status, out))
        if any(m != 0o700 for m in modes.values()):
            fail("run %d: the private folder was not 0700" % i)
        check_clean(tmpdir, "run %d (%s after %.2f s, stopped in %.2f s)" % (i, sig.name, after, seconds - after))
        print("run %2d: %-7s after %5.2f s -> %s, stopped %.2f s later, nothing left" %
              (i, sig.name, after, "signal" if status == -sig else "finished", max(0.0, seconds - after)))
    print("signals: %d runs, %d ended by their signal, %d finished first; nothing left by any" %
          (runs, ended["signal"], ended["finished"]))


def large(audit, work):
    results = {}
    for stray in (None, "AMJ1", "Z1048576"):
        book = os.path.join(work, "large-%s.fods" % (stray or "plain"))
        wrong_row = make_workbook(book, 12001, stray)
        tmpdir = os.path.join(work, "tmp-large-%s" % (stray or "plain"))
        os.mkdir(tmpdir)
        status, out, peak, modes, seconds = run_watched([audit, book], tmpdir)
        results[stray] = (status, peak, seconds)
        print("large, stray cell %s: exit %d, %.1f s, finsam-audit's own peak %d MB" % (stray, status, seconds, peak))
        if status != 1 or ("cell B%d:" % wrong_row) not in out:
            fail("the wrong sum at row %d was not found (exit %d):\n%s" % (wrong_row, status, out[-2000:]))
        check_clean(tmpdir, "the large workbook's audit")
    for stray in ("AMJ1", "Z1048576"):
        extra = results[stray][1] - results[None][1]
        if extra > 300:
            fail("the stray cell in %s cost finsam-audit %d MB more memory (at most 300)" % (stray, extra))
        print("large: the stray cell in %s costs finsam-audit %d MB more memory" % (stray, extra))


def damaged_pdf(audit, work):
    seed = os.path.join(os.path.dirname(HERE), "audit", "documents", "002-sydostra-skane-2021.pdf")
    data = bytearray(open(seed, "rb").read())
    start = int(len(data) * 0.2)
    for k in range(start, min(len(data), start + 300)):
        data[k] = (k * 37) % 256
    pdf = os.path.join(work, "skadad.pdf")
    open(pdf, "wb").write(bytes(data))
    tmpdir = os.path.join(work, "tmp-pdf")
    os.mkdir(tmpdir)
    for json in ([], ["--json"]):
        status, out, peak, modes, seconds = run_watched([audit] + json + [pdf], tmpdir)
        if status != 2 or "PDF-filen är skadad" not in out or "kontroller, allt stämmer" in out:
            fail("the damaged PDF was not said damaged with exit 2 (exit %d):\n%s" % (status, out))
    check_clean(tmpdir, "the damaged PDF's audit")
    print("pdf: the damaged PDF: exit 2, %s" % [l for l in out.splitlines() if "skadad" in l][0].strip()[:160])


def zip_bombs(audit, work):
    import zipfile
    bomb = os.path.join(work, "bomb.zip")
    chunk = b"\0" * (16 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        with z.open("content.xml", "w") as f:
            for _ in range(70):  # 1.1 GB
                f.write(chunk)
    size = os.path.getsize(bomb)
    tmpdir = os.path.join(work, "tmp-bomb")
    os.mkdir(tmpdir)
    for ext in (".docx", ".ods", ".xlsx"):
        path = os.path.join(work, "budget" + ext)
        os.link(bomb, path)
        status, out, peak, modes, seconds = run_watched([audit, path], tmpdir)
        if status != 2 or "zip-bomb" not in out or seconds > 10:
            fail("%s (%d kB, 1.1 GB unpacked): exit %d in %.1f s:\n%s" % (ext, size // 1024, status, seconds, out))
        print("zipbomb %s: %d kB unpacking to 1.1 GB: exit 2 in %.2f s, finsam-audit's peak %d MB" %
              (ext, size // 1024, seconds, peak))
    check_clean(tmpdir, "the zip bombs' audit")


def main(argv):
    what, audit = argv[1], os.path.abspath(argv[2])
    with tempfile.TemporaryDirectory(prefix="finsam-faults-") as work:
        if what == "clean":
            clean(audit, work)
        elif what == "signals":
            signals(audit, work, int(argv[3]) if len(argv) > 3 else 12)
        elif what == "zipbomb":
            zip_bombs(audit, work)
        elif what == "pdf":
            damaged_pdf(audit, work)
        elif what == "large":
            large(audit, work)
        else:
            fail("unknown test " + what)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
