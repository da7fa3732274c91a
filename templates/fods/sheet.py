"""A sheet described row by row, with names for the rows that formulas refer to."""
from . import formula


class Sheet:
    """rows: [(cells, properties)], the properties each look gives a row (height, style, ...);
    names: {row name: row number (1-based)}, for {name} and {Sheet:name} in formulas."""

    def __init__(self, name, widths):
        self.name, self.widths = name, widths
        self.rows = []
        self.names = {}

    def add(self, *cells, name=None, **properties):
        """Append a row; returns its number.  A name ending in _last may be given again (it then
        names the later row: the last of a group); any other name only once."""
        self.rows.append((list(cells), properties))
        if name:
            assert name.endswith("_last") or name not in self.names, (self.name, name)
            self.names[name] = len(self.rows)
        return len(self.rows)

    def blank(self, n=1):
        for _ in range(n):
            self.add()

    @property
    def next_row(self):
        return len(self.rows) + 1

    @property
    def ncols(self):
        """Columns written in every row: the longest row, at least one per column width."""
        return max([len(cells) for cells, _ in self.rows] + [len(self.widths)])

    def replace(self, row_name, column, cell):
        """Put cell in the named row at column (0-based) instead of what is there."""
        self.rows[self.names[row_name] - 1][0][column] = cell

    def resolve(self, text, sheets, fields=None):
        """The formula text with its placeholders filled in (formula.resolve); sheets: {name: sheet}."""
        return formula.resolve(text, self, sheets, fields)
