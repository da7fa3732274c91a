"""Kontroller's layout in real use (issue 23, point 3), asked of LibreOffice at every state the
real-use scenarios check (check_real_use.kontroller_as_expected):

- the visible columns (A-I) fit a 1366-px window at 100 % zoom: at most 33 cm;
- every explanation fits its row: LibreOffice fits a row to its text only when a file is opened, not
  when a formula's result grows, and the user cannot change row heights on a protected sheet; so the
  height the row has must be at least what LibreOffice's optimal height for its text is.
"""
MAX_VISIBLE_CM = 33.0


def rows_fit(res, sheet, rows, what):
    """Every row of rows (0-based) is at least as high as LibreOffice's optimal height for its text."""
    cut = []
    for r in rows:
        row = sheet.Rows.getByIndex(r)
        fixed = row.Height
        row.OptimalHeight = True
        need = row.Height
        row.Height = fixed
        if need > fixed:
            cut.append("rad %d (%d > %d): %s" % (r + 1, need, fixed, " | ".join(
                sheet.getCellByPosition(c, r).getString() for c in range(9) if sheet.getCellByPosition(c, r).getString())))
    res.ok(not cut, what, "; ".join(cut))


def explanations_fit(res, book, what=""):
    k = book.sheet("Kontroller")
    width = sum(k.Columns.getByIndex(i).Width for i in range(9)) / 1000.0
    res.ok(width <= MAX_VISIBLE_CM, "Kontrollers synliga kolumner ryms i ett fönster 1366 px brett %s" % what,
           "%.1f cm" % width)
    rows_fit(res, k, [r for r in range(4, 60) if k.getCellByPosition(0, r).getString().strip().isdigit()],
             "varje förklaring på Kontroller ryms i sin rad %s" % what)


def one_year_fits(res, book, rows, what=""):
    """The one-year sheet's checks (rows: their 1-based rows): every explanation fits its row."""
    rows_fit(res, book.sheet("Budget"), [r - 1 for r in rows], "ett år: varje förklaring ryms i sin rad %s" % what)
