"""Kontroller's layout in real use (issue 23, point 3), asked of LibreOffice at every state the
real-use scenarios check (check_real_use.kontroller_as_expected):

- the visible columns (A-I) fit a 1366-px window at 100 % zoom: at most 33 cm;
- every explanation fits its row: LibreOffice fits a row to its text only when a file is opened, not
  when a formula's result grows, and the user cannot change row heights on a protected sheet; so the
  height the row has must be at least what LibreOffice's optimal height for its text is.
"""
MAX_VISIBLE_CM = 33.0


def explanations_fit(res, book, what=""):
    k = book.sheet("Kontroller")
    width = sum(k.Columns.getByIndex(i).Width for i in range(9)) / 1000.0
    res.ok(width <= MAX_VISIBLE_CM, "Kontrollers synliga kolumner ryms i ett fönster 1366 px brett %s" % what,
           "%.1f cm" % width)
    cut = []
    for r in range(4, 60):
        if not k.getCellByPosition(0, r).getString().strip().isdigit():
            continue
        row = k.Rows.getByIndex(r)
        fixed = row.Height
        row.OptimalHeight = True
        need = row.Height
        row.Height = fixed
        if need > fixed:
            cut.append("kontroll %s (%d > %d): %s" % (k.getCellByPosition(0, r).getString(), need, fixed,
                                                      k.getCellByPosition(8, r).getString()))
    res.ok(not cut, "varje förklaring på Kontroller ryms i sin rad %s" % what, "; ".join(cut))
