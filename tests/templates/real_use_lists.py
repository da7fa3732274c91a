"""Scenario 'lists' of check_real_use.py (issue 23, point 2): every choice list of both templates
takes each of its own choices, typed as a user types them, and refuses a value outside the list, in
the profile's locale (run in en-US and in sv).

What is valid is asked of LibreOffice itself: Verktyg › Detektiv › Markera ogiltiga data
(.uno:ShowInvalid) circles every cell whose content its validation refuses, through the same test the
input line uses when Enter is pressed (ScValidationData::IsDataValid). A list of number constants
(cell-content-is-in-list(1;100;1000), what the templates had) is circled for every number, 100 as well
as 7, in 7.4 and 25.2; in the Swedish UI its dropdown showed only Fel:509.
"""
import re

import make_templates as mt
from uno_session import a1


def choice_cells(wb):
    """[(sheet, A1, choices)] of the workbook model: every input cell with a choice list; a list given
    as cells (Sheet!$B${row}:$D${row}) has the values of those cells."""
    out = []
    for sh in wb.sheets:
        for ri, (cells, _) in enumerate(sh.rows, start=1):
            for ci, c in enumerate(cells):
                v = getattr(c, "validation", None)
                if not v:
                    continue
                if isinstance(v, str):
                    m = re.fullmatch(r"(\w+)!\$(\w)\$\{(\w+)\}:\$(\w)\$\{\w+\}", v)
                    assert m, v
                    row = sh.rows[sh.names[m.group(3)] - 1][0] if m.group(1) == sh.name else None
                    first, last = ord(m.group(2)) - 65, ord(m.group(4)) - 65
                    v = [x.value for x in row[first:last + 1]]
                out.append((sh.name, a1(ci, ri - 1), list(v)))
    return out


def circled(office, book, sheet, cell):
    """Whether Markera ogiltiga data circles cell on sheet."""
    ctrl = book.doc.getCurrentController()
    sh = book.sheet(sheet)
    ctrl.setActiveSheet(sh)
    office.dispatcher.executeDispatch(ctrl.Frame, ".uno:ClearArrows", "", 0, ())
    office.dispatcher.executeDispatch(ctrl.Frame, ".uno:ShowInvalid", "", 0, ())
    area = sh.createCursorByRange(book.cell(sheet, cell))
    area.collapseToMergedArea()         # a choice cell may be merged over several columns
    target, size = area.Position, area.Size
    dp = sh.DrawPage
    for i in range(dp.Count):       # a circle is the cell's when its centre lies in the cell
        shape = dp.getByIndex(i)
        x, y = shape.Position.X + shape.Size.Width // 2, shape.Position.Y + shape.Size.Height // 2
        if target.X <= x <= target.X + size.Width and target.Y <= y <= target.Y + size.Height:
            return True
    return False


def lists(office, res, outdir, lang):
    for stem, wb in (("verksamhetsplan-och-budget", mt.multi_year()), ("budget-litet-forbund", mt.one_year())):
        cells = choice_cells(wb)
        res.ok(len(cells) >= 3, "%s: choice lists found in the model" % stem, len(cells))
        book = office.new_from_template(stem)
        try:
            for sheet, cell, choices in cells:
                before = book.cell(sheet, cell).getString()
                for value in choices:
                    book.type(sheet, cell, str(value))
                    res.ok(not circled(office, book, sheet, cell),
                           "%s %s!%s: the choice %r is valid (%s)" % (stem, sheet, cell, value, lang),
                           "cell shows %r" % book.cell(sheet, cell).getString())
                bad = 7 if all(not isinstance(x, str) for x in choices) else "inget av valen"
                book.type(sheet, cell, str(bad))
                res.ok(circled(office, book, sheet, cell),
                       "%s %s!%s: %r, not in the list, is refused (%s)" % (stem, sheet, cell, bad, lang))
                book.type(sheet, cell, before)
        finally:
            book.close()
