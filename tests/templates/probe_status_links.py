#!/usr/bin/python3
"""Which link from a status line to a check survives LibreOffice's PDF export (issue 23, point 3).

    /usr/bin/python3 probe_status_links.py PROFILE_DIR WORKBOOK.fods OUTDIR

Not a test of the templates: a probe of LibreOffice, run by hand in 7.4 and in 25.2 (through
run-uno-client), whose answers decide what the templates may carry; docs/status-links.md has them.
For each form of link put beside Budget's status line, in a workbook opened as a new document from
the template (untitled, as File › New › Templates makes it) and in one opened from a saved file:
  hyperlink-cell    =HYPERLINK("#Kontroller.A16";"…")
  hyperlink-name    =HYPERLINK("#Kontroll_12";"…"), Kontroll_12 a named range on Kontroller
  hyperlink-text    =IF(1=1;"…";HYPERLINK(...)): a formula that could link but shows text
  field-cell        a URL text field in the cell's text, "#Kontroller.A16"
  field-name        the same to "#Kontroll_12"
  shape-cell        a text shape whose hyperlink is "#Kontroller.A16"
  shape-name        the same to "#Kontroll_12"
  button            a push button (form control) opening "#Kontroller.A16"
it exports Budget to PDF as a selection, as the sheet and the whole workbook, and prints OK or the
exception; then whether Calc's jump to a mark (what a click on such a link does) reaches
"#Kontroller.A16", "#Kontroll_12" and a named expression (OFFSET to the first red check).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from uno_session import Office, pv, url  # noqa: E402

import uno  # noqa: E402
from com.sun.star.awt import Point, Size  # noqa: E402
from com.sun.star.table import CellAddress  # noqa: E402

FORMS = ["none", "hyperlink-cell", "hyperlink-name", "hyperlink-text", "field-cell", "field-name", "shape-cell",
         "shape-name", "button"]
TARGET = {"cell": "#Kontroller.A16", "name": "#Kontroll_12"}


def add_link(doc, sheet, form):
    cell = sheet.getCellRangeByName("H2")
    kind, _, to = form.partition("-")
    if kind == "hyperlink":
        cell.setFormula('=IF(1=1;"Visa";HYPERLINK("#Kontroll_12";"Visa"))' if to == "text"
                        else '=HYPERLINK("%s";"Visa kontroll 12")' % TARGET[to])
    elif kind == "field":
        f = doc.createInstance("com.sun.star.text.TextField.URL")
        f.URL, f.Representation = TARGET[to], "Visa kontroll 12"
        t = cell.getText()
        t.insertTextContent(t.createTextCursor(), f, False)
    elif kind == "shape":
        shp = doc.createInstance("com.sun.star.drawing.TextShape")
        sheet.getDrawPage().add(shp)
        shp.setPosition(Point(20000, 500))
        shp.setSize(Size(3000, 500))
        shp.setString("Visa kontroll 12")
        shp.Hyperlink = TARGET[to]
    elif kind == "button":
        ctl = doc.createInstance("com.sun.star.form.component.CommandButton")
        ctl.Label = "Visa kontroll 12"
        ctl.ButtonType = uno.Enum("com.sun.star.form.FormButtonType", "URL")
        ctl.TargetURL = TARGET["cell"]
        shp = doc.createInstance("com.sun.star.drawing.ControlShape")
        shp.setPosition(Point(20000, 500))
        shp.setSize(Size(3000, 500))
        shp.setControl(ctl)
        sheet.getDrawPage().add(shp)


def exports(doc, sheet, path):
    out = []
    for kind, fd in (("markering", (pv("Selection", sheet.getCellRangeByName("A1:H20")),)),
                     ("blad", (pv("Selection", sheet),)), ("allt", ())):
        try:
            doc.storeToURL(url(path), (pv("FilterName", "calc_pdf_Export"),
                                       pv("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", fd))))
            out.append("%s OK" % kind)
        except Exception as e:  # noqa: BLE001 (the answer is the exception)
            out.append("%s %s" % (kind, type(e).__name__))
    return ", ".join(out)


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    profile, fods, outdir = argv[1:]
    os.makedirs(outdir, exist_ok=True)
    with Office(profile) as o:
        print(o.version())
        for state in ("ny (utan namn)", "sparad"):
            for form in FORMS:
                if state == "sparad":
                    doc = o.desktop.loadComponentFromURL(url(os.path.join(outdir, form + ".ods")), "_blank", 0,
                                                         (pv("Hidden", True),))
                else:
                    doc = o.desktop.loadComponentFromURL(url(fods), "_blank", 0,
                                                         (pv("AsTemplate", True), pv("Hidden", True)))
                    for s in doc.Sheets:
                        s.unprotect("")
                    doc.NamedRanges.addNewByName("Kontroll_12", "$Kontroller.$A$16", CellAddress(0, 0, 0), 0)
                    add_link(doc, doc.Sheets.getByName("Budget"), form)
                    doc.calculateAll()
                sheet = doc.Sheets.getByName("Budget")
                print("%-15s %-15s %s" % (state, form, exports(doc, sheet, os.path.join(outdir, form + ".pdf"))))
                if state != "sparad":
                    doc.storeToURL(url(os.path.join(outdir, form + ".ods")), (pv("FilterName", "calc8"),))
                doc.close(True)
        doc = o.desktop.loadComponentFromURL(url(fods), "_blank", 0, (pv("AsTemplate", True), pv("Hidden", True)))
        names = doc.NamedRanges
        names.addNewByName("Kontroll_12", "$Kontroller.$A$16", CellAddress(0, 0, 0), 0)
        names.addNewByName("Kontroll_rod", 'OFFSET($Kontroller.$A$4;MATCH("FEL";$Kontroller.$C$5:$C$30;0);0)',
                           CellAddress(0, 0, 0), 0)
        ctl = doc.CurrentController
        for mark in ("Kontroller.A16", "Kontroll_12", "Kontroll_rod"):
            ctl.setActiveSheet(doc.Sheets.getByName("Budget"))
            ctl.select(doc.Sheets.getByName("Budget").getCellRangeByName("A1"))
            o.dispatcher.executeDispatch(ctl.Frame, ".uno:JumpToMark", "", 0, (pv("Bookmark", mark),))
            a = ctl.getSelection().getCellAddress()
            print("hopp till #%-15s -> %s.A%d" % (mark, ctl.ActiveSheet.Name, a.Row + 1))
        doc.close(True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
