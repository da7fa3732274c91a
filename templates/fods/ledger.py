"""The look of an ekonom's own sheet, as the seed workbooks and the typo workbook have it.

A label column, a column per period, group headings in italics, typed inputs in blue, every
computed figure a formula; no named styles, no protection.  A sheet is described row by row:

    s.add(label, cell, cell, ..., name="row-name", style="total")

A cell is an int (a typed input, blue), a str starting with "=" (a formula as typed in Calc, see
formula.py; {name} and {Sheet:name} are row numbers), any other str (text), None (empty), or
Arr(formula, rows, cols) (an array formula) or Txt(text, **style).  The row's style (ROW_STYLES)
sets the look of its cells; the cell styles are made as they are needed (ce1, ce2, ...).
"""
from . import sheet, writer


class Arr:
    """An array formula spanning rows x cols cells, anchored at its cell."""
    def __init__(self, formula, rows=1, cols=1):
        self.formula, self.rows, self.cols = formula, rows, cols


class Txt:
    """Text with its own style, e.g. Txt("Insatser", italic=True)."""
    def __init__(self, text, **style):
        self.text, self.style = text, style


ROW_STYLES = {
    None: {},
    "title": {"bold": True, "size": "13pt"},
    "header": {"bold": True, "border": True, "wrap": True},
    "heading": {"italic": True},          # group heading: label only, italics
    "subtotal": {"italic": True},         # printed in italics in the document
    "total": {"bold": True},
    "note": {"italic": True, "grey": True},
}


class Sheet(sheet.Sheet):
    def add(self, *cells, name=None, style=None):
        """Append a row in the row style style (ROW_STYLES); returns its number."""
        return super().add(*cells, name=name, style=style)


class Styles:
    """Automatic cell styles, made on demand from a set of properties."""
    def __init__(self):
        self.cell = {}

    def get(self, number=False, bold=False, italic=False, size=None, border=False,
            grey=False, blue=False, right=False, wrap=False):
        key = (number, bold, italic, size, border, grey, blue, right, wrap)
        if key not in self.cell:
            self.cell[key] = "ce%d" % (len(self.cell) + 1)
        return self.cell[key]

    def xml(self, widths):
        out = [writer.number_style("N1", 0, min_decimals=0, grouping=True, locale="sv-SE")]
        out += writer.column_width_styles(widths)
        out.append(writer.table_style("ta1", "Default"))
        for key, name in self.cell.items():
            number, bold, italic, size, border, grey, blue, right, wrap = key
            cellp = ""
            if border:
                cellp += ' fo:border-bottom="0.74pt solid #000000"'
            if wrap:
                cellp += ' fo:wrap-option="wrap" style:vertical-align="bottom"'
            para = ' fo:text-align="end"' if right or number or (wrap and border) else ""
            textp = ""
            if bold:
                textp += ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
            if italic:
                textp += ' fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
            if size:
                textp += ' fo:font-size="%s"' % size
            if grey:
                textp += ' fo:color="#595959"'
            if blue:
                textp += ' fo:color="#1f4e9a"'
            out.append(writer.cell_style(name, "Default", "N1" if number else None, cell=cellp, paragraph=para,
                                         text=textp))
        return "\n".join(out)


def _table(sh, by_name, styles):
    covered = {}   # cells under an array formula: (row, col) -> style
    rows = []
    for ri, (cells, props) in enumerate(sh.rows, start=1):
        rstyle = props.get("style")
        base = dict(ROW_STYLES[rstyle])
        number_look = {k: v for k, v in base.items() if k in ("bold", "italic", "border")}
        xs = []
        for ci in range(sh.ncols):
            c = cells[ci] if ci < len(cells) else None
            if c is None:
                st = covered.get((ri, ci))
                if st:
                    xs.append(writer.cell(style=st))
                elif rstyle == "header":
                    xs.append(writer.cell(style=styles.get(**base)))
                else:
                    xs.append(writer.cell())
            elif isinstance(c, bool):
                raise TypeError(c)
            elif isinstance(c, int):
                xs.append(writer.cell(c, styles.get(number=True, blue=True, **number_look)))
            elif isinstance(c, Arr):
                st = styles.get(number=True, **number_look)
                for dr in range(c.rows):
                    for dc in range(c.cols):
                        if dr or dc:
                            covered[(ri + dr, ci + dc)] = st
                xs.append(writer.cell(style=st, formula=sh.resolve(c.formula, by_name), matrix=(c.rows, c.cols)))
            elif isinstance(c, str) and c.startswith("="):
                xs.append(writer.cell(style=styles.get(number=True, **number_look), formula=sh.resolve(c, by_name)))
            else:
                if isinstance(c, Txt):
                    text, style = c.text, dict(base, **c.style)
                else:
                    text, style = c, dict(base)
                    if ci > 0 and rstyle in ("heading", "subtotal"):
                        style.pop("italic", None)
                    if ci == 0:
                        style.pop("wrap", None)
                xs.append(writer.cell(text, styles.get(**style)))
        rows.append(writer.row(xs))
    columns = [writer.column(writer.column_width_name(w)) for w in sh.widths]
    return "".join(writer.table(sh.name, columns, rows, style="ta1"))


def render(title, sheets):
    """The workbook of sheets as the text of a .fods."""
    by_name = {s.name: s for s in sheets}
    styles = Styles()
    tables = [_table(sh, by_name, styles) for sh in sheets]
    return "".join(writer.document(
        tables, namespaces=("office", "style", "text", "table", "fo", "number", "of", "dc", "meta"), title=title,
        styles=writer.default_cell_style() + writer.cell_style("Default"),
        automatic_styles=styles.xml({w for sh in sheets for w in sh.widths}),
        master_styles=writer.master_page("Default")))
