"""A headless LibreOffice for tests through the UNO API (python3-uno, /usr/bin/python3 only), and a
workbook made from one of the installed templates, as a user sees it after File › New › Templates.

    with Office(profile_dir) as office:
        book = office.new_from_template("verksamhetsplan-och-budget")
        book.put("Medlemsbidrag", "A19", "Gislaveds kommun")
        book.type("Medlemsbidrag", "D19", "11 %")      # as typed: the locale reads it
        book.insert_rows("Medlemsbidrag", 24, 2)       # like Blad › Infoga rader, protection off and on
        book.recalc()
        book.text("Kontroller", "C2")

PROFILE_DIR is made by scripts/lib/office.sh (office_profile_init + office_install_oxt): its
profile/ and cache/.  soffice is $OFFICE_SOFFICE, else the one on PATH; for another office than
the system's, run the client under $OFFICE_UNO_CLIENT (office.sh), since the system's pyuno cannot
drive LibreOffice 25.2.  Rows and columns are 0-based in the API and written as in Calc ("B12") here.
"""
import glob
import os
import re
import signal
import subprocess
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table.CellContentType import FORMULA


def pv(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def address(a1):
    """'B12' -> (column 1, row 11)."""
    m = re.fullmatch(r"([A-Z]+)([0-9]+)", a1)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return col - 1, int(m.group(2)) - 1


def a1(col, row):
    s, c = "", col + 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return "%s%d" % (s, row + 1)


class Office:
    def __init__(self, profile):
        self.profile = os.path.abspath(profile)
        self.pipe = "finsamuse%d" % os.getpid()
        soffice = os.environ.get("OFFICE_SOFFICE") or "soffice"
        env = ["-env:UserInstallation=" + url(os.path.join(self.profile, "profile")),
               "-env:UNO_SHARED_PACKAGES_CACHE=" + url(os.path.join(self.profile, "cache"))]
        # a process group of its own, so that it can be stopped as one whatever happens
        self.proc = subprocess.Popen([soffice] + env + [
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe],
            # Debian's uno.py putenv()s URE_BOOTSTRAP (the system office's): another office must find its own
            env={k: v for k, v in os.environ.items() if k != "URE_BOOTSTRAP"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        self.ctx = None
        for _ in range(240):
            try:
                self.ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.25)
        if self.ctx is None:
            self.close()
            raise RuntimeError("soffice did not answer on the pipe")
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        try:
            if self.ctx is not None:
                self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # whatever is left of the group (soffice.bin is a grandchild) must not outlive the test
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()

    def version(self):
        cp = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider",
                                                               self.ctx)
        product = cp.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                 (pv("nodepath", "/org.openoffice.Setup/Product"),))
        return "%s %s" % (product.getByName("ooName"), product.getByName("ooSetupVersionAboutBox"))

    def template(self, stem):
        """The .ots the installed extension offers (its folder in the profile's package cache)."""
        found = glob.glob(os.path.join(self.profile, "cache", "**", "templates", "*", stem + ".ots"), recursive=True)
        if not found:
            raise FileNotFoundError("no installed template %s.ots under %s" % (stem, self.profile))
        return found[0]

    def new_from_template(self, stem):
        """A new untitled workbook from the installed template, as File › New › Templates makes it."""
        doc = self.desktop.loadComponentFromURL(url(self.template(stem)), "_blank", 0,
                                                (pv("AsTemplate", True), pv("Hidden", True)))
        return Book(self, doc)

    def load(self, path):
        doc = self.desktop.loadComponentFromURL(url(path), "_blank", 0, (pv("Hidden", True),))
        return Book(self, doc)


class Book:
    def __init__(self, office, doc):
        self.office, self.doc = office, doc

    def close(self):
        self.doc.close(True)

    def sheet(self, name):
        return self.doc.Sheets.getByName(name)

    def cell(self, sheet, a):
        col, row = address(a) if isinstance(a, str) else a
        return self.sheet(sheet).getCellByPosition(col, row)

    def put(self, sheet, a, value):
        """Write a value as the API does (numbers as numbers, text as text); None empties the cell."""
        c = self.cell(sheet, a)
        if value is None:
            c.setString("")
        elif isinstance(value, str):
            c.setString(value)
        else:
            c.setValue(value)

    def type(self, sheet, a, text):
        """Type text into a cell as a user does (Enter): the locale reads numbers and percentages."""
        sh = self.sheet(sheet)
        ctrl = self.doc.getCurrentController()
        ctrl.setActiveSheet(sh)
        ctrl.select(self.cell(sheet, a))
        self.office.dispatcher.executeDispatch(ctrl.Frame, ".uno:EnterString", "", 0, (pv("StringName", text),))

    def value(self, sheet, a):
        return self.cell(sheet, a).getValue()

    def text(self, sheet, a):
        """What the cell shows, with non-breaking spaces as spaces."""
        return self.cell(sheet, a).getString().replace("\u00a0", " ").replace("\u202f", " ")

    def shown(self, sheet, rng, workdir="/tmp"):
        """What LibreOffice shows in the cells rng (one column) as it prints them, conditional formats
        included (the API's getString and the CSV export leave those out): the range exported to PDF
        on its own, read back with pdftotext; one string per non-empty cell."""
        fd = uno.Any("[]com.sun.star.beans.PropertyValue", (pv("Selection", self.sheet(sheet).getCellRangeByName(rng)),))
        path = os.path.join(workdir, "shown-%d.pdf" % os.getpid())
        self.doc.storeToURL(url(path), (pv("FilterName", "calc_pdf_Export"), pv("FilterData", fd)))
        out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        os.unlink(path)
        return [line.strip().replace("\u00a0", " ") for line in out.splitlines() if line.strip()]

    def is_formula(self, sheet, a):
        return self.cell(sheet, a).getType() == FORMULA

    def recalc(self):
        self.doc.calculateAll()

    def column_a(self, sheet, last=400):
        return [r[0] for r in self.sheet(sheet).getCellRangeByPosition(0, 0, 0, last).getDataArray()]

    def find_row(self, sheet, label, after=0):
        """The 1-based row whose column A shows label (the first at or after row after)."""
        for i, v in enumerate(self.column_a(sheet)):
            if i + 1 >= after and isinstance(v, str) and v == label:
                return i + 1
        raise KeyError("%s: no row %r" % (sheet, label))

    def unprotected(self, sheet):
        """A context: the sheet's protection off (Verktyg › Skydda blad), on again after."""
        book = self

        class _Ctx:
            def __enter__(self):
                book.sheet(sheet).unprotect("")

            def __exit__(self, *exc):
                book.sheet(sheet).protect("")
        return _Ctx()

    def insert_rows(self, sheet, before, count=1):
        """Insert count rows before the 1-based row before, as Blad › Infoga rader does."""
        with self.unprotected(sheet):
            self.sheet(sheet).Rows.insertByIndex(before - 1, count)

    def delete_rows(self, sheet, first, count=1):
        with self.unprotected(sheet):
            self.sheet(sheet).Rows.removeByIndex(first - 1, count)

    def fill_down(self, sheet, first, last, columns="A:G"):
        """Select rows first..last (1-based) in columns and fill down from the first (Ctrl+D)."""
        from com.sun.star.sheet.FillDirection import TO_BOTTOM
        c0, c1 = (address(c + "1")[0] for c in columns.split(":"))
        with self.unprotected(sheet):
            self.sheet(sheet).getCellRangeByPosition(c0, first - 1, c1, last - 1).fillAuto(TO_BOTTOM, 1)

    def checks(self, first=5):
        """Kontroller: {number: (status, explanation, [message per period])}."""
        data = self.sheet("Kontroller").getCellRangeByPosition(0, first - 1, 13, first + 60).getDataArray()
        out = {}
        for r in data:
            if isinstance(r[0], str) and r[0].strip().isdigit():
                out[int(r[0])] = (r[2], r[8].replace("\u00a0", " "), [str(x).replace("\u00a0", " ") for x in r[9:14]])
        return out

    def refresh_range(self, sheet, a):
        """Data › Refresh Range (Data › Uppdatera område) with the cursor in cell a: applies the
        filter of the range around it anew, as a user does (also on a protected sheet)."""
        ctl = self.doc.CurrentController
        ctl.setActiveSheet(self.sheet(sheet))
        ctl.select(self.sheet(sheet).getCellRangeByName(a))
        self.office.dispatcher.executeDispatch(ctl.Frame, ".uno:DataAreaRefresh", "", 0, ())

    def visible(self, sheet, row):
        """Whether row (1-based) of sheet is shown (not hidden by a filter, a group or by hand)."""
        return bool(self.sheet(sheet).getRows().getByIndex(row - 1).IsVisible)

    def save(self, path, filter_name):
        self.doc.storeToURL(url(path), (pv("FilterName", filter_name),))
