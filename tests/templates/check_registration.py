#!/usr/bin/python3
"""Ask a real LibreOffice, through the UNO API, which templates it offers.

    /usr/bin/python3 check_registration.py PROFILE_DIR CATEGORY TITLE... [-- EXAMPLE_CATEGORY TITLE...]

PROFILE_DIR is a throw-away profile made by scripts/lib/office.sh with finsam-calc.oxt
installed (its profile/ and cache/).  Starts soffice ($OFFICE_SOFFICE, else the one on PATH)
headless on that profile, prints the office's version, and checks
  1. thePathSettings: Template_internal lists the extension's templates folder,
  2. DocumentTemplates (what File > New > Templates shows): the category CATEGORY holds
     a template with each TITLE,
  3. each of those templates opens as a new untitled document (AsTemplate), its add-in
     cells compute (no #NAME?), its sheets are protected, its input cells are not, and it
     has no macros.
Needs python3-uno (Debian package), which works with /usr/bin/python3 only, and of the office under
test: for another office run it under $OFFICE_UNO_CLIENT (scripts/lib/office.sh), since the system's
7.4 pyuno cannot drive LibreOffice 25.2 (the bridge is disposed on the first call passing
PropertyValues).
"""
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.ucb import OpenCommandArgument2, Command

PIPE = "finsamtpl%d" % os.getpid()


def pv(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def children(ucb, content):
    """[(title, identifier string)] of a UCB folder content."""
    arg = OpenCommandArgument2()
    arg.Mode = 2  # OpenMode.ALL: folders and documents
    prop = uno.createUnoStruct("com.sun.star.beans.Property")
    prop.Name, prop.Handle = "Title", -1
    arg.Properties = (prop,)
    cmd = Command()
    cmd.Name, cmd.Handle, cmd.Argument = "open", -1, uno.Any("com.sun.star.ucb.OpenCommandArgument2", arg)
    rs = content.execute(cmd, 0, None).getStaticResultSet()
    out = []
    while rs.next():
        out.append((rs.getString(1), rs.queryContentIdentifierString()))
    return out


def prop_value(ucb, ident, name):
    content = ucb.queryContent(ucb.createContentIdentifier(ident))
    prop = uno.createUnoStruct("com.sun.star.beans.Property")
    prop.Name, prop.Handle = name, -1
    cmd = Command()
    cmd.Name, cmd.Handle, cmd.Argument = "getPropertyValues", -1, uno.Any("[]com.sun.star.beans.Property", (prop,))
    row = content.execute(cmd, 0, None)
    return row.getString(1)


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    profile = os.path.abspath(argv[1])
    groups, cur = [], []
    for a in argv[2:]:
        if a == "--":
            groups.append(cur)
            cur = []
        else:
            cur.append(a)
    groups.append(cur)
    wanted = [(g[0], g[1:]) for g in groups if g]

    env_args = ["-env:UserInstallation=" + url(os.path.join(profile, "profile")),
                "-env:UNO_SHARED_PACKAGES_CACHE=" + url(os.path.join(profile, "cache"))]
    soffice = os.environ.get("OFFICE_SOFFICE") or "soffice"  # scripts/lib/office.sh: the office under test
    proc = subprocess.Popen([soffice] + env_args + [
        "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % PIPE],
        # Debian's uno.py putenv()s URE_BOOTSTRAP (the system office's fundamentalrc): soffice must
        # find its own, or another office (25.2 beside 7.4) exits at once
        env={k: v for k, v in os.environ.items() if k != "URE_BOOTSTRAP"},
        # a process group of its own: soffice.bin is a grandchild, killed with the group below
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []

    def fail(msg):
        failures.append(msg)
        print("FEL " + msg)

    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % PIPE)
                break
            except Exception:
                if proc.poll() is not None:
                    break
                time.sleep(0.25)
        if ctx is None:
            print("FEL soffice did not answer on the pipe", file=sys.stderr)
            return 1
        smgr = ctx.ServiceManager
        cp = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
        product = cp.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                 (pv("nodepath", "/org.openoffice.Setup/Product"),))
        print("    %s %s (%s)" % (product.getByName("ooName"), product.getByName("ooSetupVersionAboutBox"), soffice))

        # 1. The template path the extension registers.
        paths = ctx.getValueByName("/singletons/com.sun.star.util.thePathSettings")
        internal = paths.getPropertyValue("Template_internal")
        internal = list(internal) if not isinstance(internal, str) else internal.split(";")
        ext_dirs = [p for p in internal if "finsam-calc" in p and p.rstrip("/").endswith("/templates")]
        if ext_dirs:
            print("OK  Template_internal lists the extension's folder: %s" % ext_dirs[0])
        else:
            fail("Template_internal does not list the extension's templates folder: %r" % internal)

        # 2. What the Template Manager shows.
        dt = smgr.createInstanceWithContext("com.sun.star.frame.DocumentTemplates", ctx)
        dt.update()
        ucb = smgr.createInstanceWithContext("com.sun.star.ucb.UniversalContentBroker", ctx)
        root = dt.getContent()
        cats = dict(children(ucb, root))
        targets = {}
        for category, titles in wanted:
            if category not in cats:
                fail("no category %r in the Template Manager (has: %s)" % (category, ", ".join(sorted(cats))))
                continue
            group = ucb.queryContent(ucb.createContentIdentifier(cats[category]))
            entries = dict(children(ucb, group))
            print("OK  category %r: %s" % (category, "; ".join(sorted(entries))))
            for t in titles:
                if t not in entries:
                    fail("no template %r in category %r" % (t, category))
                    continue
                targets[t] = prop_value(ucb, entries[t], "TargetURL")
            extra = set(entries) - set(titles)
            if extra:
                fail("unexpected templates in %r: %s" % (category, ", ".join(sorted(extra))))

        # 3. Each template opens as a new document that computes, is protected and has no macros.
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        first_titles = set(wanted[0][1]) if wanted else set()
        for title, target in targets.items():
            deep = title in first_titles    # cell by cell only for the templates (the examples are the same)
            doc = desktop.loadComponentFromURL(target, "_blank", 0, (pv("AsTemplate", True), pv("Hidden", True)))
            if doc is None:
                fail("%r does not open" % title)
                continue
            try:
                doc.calculateAll()
                sheets = doc.Sheets
                names = list(sheets.ElementNames)
                problems = []
                if doc.getURL():
                    problems.append("opens the template itself, not an untitled copy")
                if doc.DocumentProperties.Title != title:
                    problems.append("title %r" % doc.DocumentProperties.Title)
                unlocked = 0
                for n in names:
                    sh = sheets.getByName(n)
                    if not sh.isProtected():
                        problems.append("sheet %s is not protected" % n)
                    cur = sh.createCursor()
                    cur.gotoEndOfUsedArea(False)
                    end = cur.RangeAddress
                    data = sh.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
                    for r, row in enumerate(data.getDataArray()):
                        for c, v in enumerate(row):
                            if isinstance(v, str) and (v.startswith("#NAME") or v.startswith("Err:")
                                                        or v.startswith("#VALUE") or v.startswith("#REF")):
                                problems.append("%s row %d col %d shows %s" % (n, r + 1, c + 1, v))
                    # input cells (style "Finsam Indata...") must be unlocked, formula cells locked
                    q = sh.queryContentCells(16)  # FORMULA
                    for addr in q.RangeAddresses:
                        cell = sh.getCellByPosition(addr.StartColumn, addr.StartRow)
                        if not cell.CellProtection.IsLocked:
                            problems.append("%s: formula cell %s is not protected" % (n, cell.AbsoluteName))
                            break
                    for col in (range(0, min(end.EndColumn, 8) + 1) if deep else ()):
                        for row in range(0, end.EndRow + 1):
                            cell = sh.getCellByPosition(col, row)
                            if cell.CellStyle.startswith("Finsam_Indata"):
                                if cell.CellProtection.IsLocked:
                                    problems.append("%s: input cell %s is protected" % (n, cell.AbsoluteName))
                                unlocked += 1
                if deep and unlocked == 0:
                    problems.append("no input cells found")
                libs = doc.BasicLibraries
                for ln in libs.ElementNames:
                    lib = libs.getByName(ln)
                    if lib.hasElements():
                        problems.append("Basic library %s has modules (macros)" % ln)
                row2 = [sheets.getByName(names[0]).getCellByPosition(x, 1).String for x in range(4)]
                status = next((t for t in row2 if t.split(" ")[0] in ("OK", "FEL", "VÄNTAR")), "?")
                if problems:
                    fail("%r: %s" % (title, "; ".join(problems[:8])))
                else:
                    print("OK  %r opens as an untitled copy: sheets %s; protected;%s no macros; status: %s"
                          % (title, ", ".join(names), " %d input cells unlocked, formulas locked;" % unlocked
                             if deep else "", status))
            finally:
                doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # whatever is left (a soffice.bin whose bridge broke) must not live on: a later soffice on
        # the same profile path would hand its arguments to it and the test would ask the old one
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
    print("%d passed, %d failed" % (0 if failures else 1, 1 if failures else 0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
