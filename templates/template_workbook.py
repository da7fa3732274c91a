"""The look of the budget templates and examples: cells, named styles, sheets, the workbook.

The templates, the one-year template and the example workbooks are described row by row in
sheets/ (one module per sheet) and put together by make_templates.py; this module holds what their cells can be and how they look, and
writes the workbook through the project's .fods writer (fods/writer.py), which LibreOffice opens
and converts to .ots/.ods.

A row is a list of cells; a cell is one of
    None                 empty
    C(value, style)      text or a number (a fixed value)
    In(value, kind)      an input cell: unprotected, input colours (kind: num, text, pct, year)
    F(formula, style, fields)
                         a formula as typed in Calc's English UI (see fods/formula.py)
In a formula {name} is the row called name on the same sheet, {Sheet:name} a row on another
sheet, and {field} a value of fields (e.g. the period column {c}); all are filled in when the
workbook is written, then the formula is translated to OpenFormula: one path for every formula.
"""
from fods import writer
from fods.formula import col, odf_formula
from fods.sheet import Sheet as RowSheet


class C:
    def __init__(self, value, style="text"):
        self.value, self.style = value, style


class In:
    def __init__(self, value=None, kind="num", validation=None, style=None):
        """validation: a choice list, either its texts or the cells that hold the choices as typed
        in Calc (Sheet!$B${row}:$D${row}; numbers must be given so, see writer.content_validations)."""
        self.value, self.kind, self.validation = value, kind, validation
        self.style = style or {"num": "in_num", "text": "in_text", "pct": "in_pct",
                               "year": "in_year"}[kind]


class F:
    def __init__(self, formula, style="num", fields=None, matrix=None):
        """matrix: (rows, columns) an array formula fills from its cell (the cells it covers are
        written empty by the caller)."""
        assert formula.startswith("="), formula
        self.formula, self.style, self.fields, self.matrix = formula, style, fields, matrix


# ------------------------------------------------------------------ styles
# Named (common) cell styles; the user sees them in the Styles sidebar.
# name: (display name, parent, data style, cell props, paragraph props, text props)
_B = ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
_I = ' fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
_UNLOCK = ' style:cell-protect="none" style:print-content="true"'
_INPUT_BG = ' fo:background-color="#fff2cc" fo:border="0.5pt solid #c9a93b"'
NAMED = {
    "Finsam": ("Finsam", "Default", None, "", "", ' fo:font-size="10pt"'),
    "text": ("Finsam Text", "Finsam", None, "", "", ""),
    "title": ("Finsam Rubrik", "Finsam", None, "", "", _B + ' fo:font-size="15pt" fo:color="#1f3864"'),
    "section": ("Finsam Avsnitt", "Finsam", None, ' fo:border-bottom="0.75pt solid #1f3864"', "",
                _B + ' fo:font-size="11pt" fo:color="#1f3864"'),
    "group": ("Finsam Grupp", "Finsam", None, "", "", _B + _I),
    "head": ("Finsam Kolumnrubrik", "Finsam", None,
             ' fo:background-color="#dde4ee" fo:border-bottom="0.75pt solid #1f3864" fo:wrap-option="wrap"'
             ' style:vertical-align="bottom"', ' fo:text-align="end"', _B),
    "head_left": ("Finsam Kolumnrubrik vänster", "head", None, "", ' fo:text-align="start"', ""),
    "label": ("Finsam Etikett", "Finsam", None, "", "", ""),
    "label_mid": ("Finsam Etikett mitten", "label", None, ' style:vertical-align="middle"', "", ""),
    "label_wrap": ("Finsam Etikett radbruten", "label_mid", None, ' fo:wrap-option="wrap"', "", ""),
    "note": ("Finsam Anteckning", "Finsam", None, "", "", _I + ' fo:font-size="9pt" fo:color="#595959"'),
    "note_wrap": ("Finsam Anteckning radbruten", "note", None, ' fo:wrap-option="wrap" style:vertical-align="top"',
                  "", ""),
    "wrap": ("Finsam Löptext", "Finsam", None, ' fo:wrap-option="wrap" style:vertical-align="top"', "", ""),
    "wrap_bold": ("Finsam Löptext fet", "wrap", None, "", "", _B),
    "num": ("Finsam Belopp", "Finsam", "N0", "", ' fo:text-align="end"', ""),
    "sum": ("Finsam Summa", "num", "N0", ' fo:border-top="0.75pt solid #000000"', "", _B),
    "sum_label": ("Finsam Summa etikett", "Finsam", None, ' fo:border-top="0.75pt solid #000000"', "", _B),
    "result": ("Finsam Resultat", "num", "N0", ' fo:border-top="0.75pt solid #000000"'
               ' fo:border-bottom="1.5pt double #000000"', "", _B),
    "result_label": ("Finsam Resultat etikett", "Finsam", None, ' fo:border-top="0.75pt solid #000000"'
                     ' fo:border-bottom="1.5pt double #000000"', "", _B),
    "pct": ("Finsam Procent", "Finsam", "P1", "", ' fo:text-align="end"', ""),
    "helper": ("Finsam Hjälpcell", "Finsam", "N0", "", ' fo:text-align="end"',
               ' fo:font-size="8pt" fo:color="#7f7f7f"'),
    "helper_label": ("Finsam Hjälprad", "Finsam", None, "", "", ' fo:font-size="8pt" fo:color="#7f7f7f"'),
    "in_num": ("Finsam Indata", "Finsam", "N0", _UNLOCK + _INPUT_BG, ' fo:text-align="end"',
               ' fo:color="#1f3f7a"'),
    "in_text": ("Finsam Indata text", "Finsam", None, _UNLOCK + _INPUT_BG, "", ' fo:color="#1f3f7a"'),
    "in_wrap": ("Finsam Indata radbruten", "in_text", None, ' fo:wrap-option="wrap" style:vertical-align="top"',
                "", ""),
    "in_pct": ("Finsam Indata procent", "in_num", "P1", "", "", ""),
    # a fixed share as typed: 0,11 (typed 11 %) as a percentage, 11 (typed without %) as a number with " %"
    "in_key_pct": ("Finsam Indata andel", "in_num", "PK", "", "", ""),
    "in_key_pnum": ("Finsam Indata andel utan procenttecken", "in_num", "NK", "", "", ""),
    "in_year": ("Finsam Indata år", "in_num", "Y0", "", "", ""),
    "status": ("Finsam Status", "Finsam", None, ' style:vertical-align="middle"', ' fo:text-align="center"',
               _B + ' fo:color="#595959"'),
    "ok": ("Finsam OK", "status", None, ' fo:background-color="#c6efce"', "", ' fo:color="#006100"'),
    "bad": ("Finsam Fel", "status", None, ' fo:background-color="#ffc7ce"', "", ' fo:color="#9c0006"'),
    "wait": ("Finsam Väntar", "status", None, ' fo:background-color="#e7e6e6"', "", ' fo:color="#3a3a3a"'),
    "big": ("Finsam Totalstatus", "Finsam", None, ' fo:wrap-option="no-wrap"', "",
            _B + ' fo:font-size="11pt" fo:color="#3a3a3a"'),
    "big_ok": ("Finsam Totalstatus OK", "big", None, ' fo:background-color="#c6efce"', "", ' fo:color="#006100"'),
    "big_bad": ("Finsam Totalstatus fel", "big", None, ' fo:background-color="#ffc7ce"', "", ' fo:color="#9c0006"'),
    "big_wait": ("Finsam Totalstatus väntar", "big", None, ' fo:background-color="#e7e6e6"', "", ""),
    "msg": ("Finsam Meddelande", "Finsam", None, ' fo:wrap-option="wrap" style:vertical-align="middle"', "",
            ' fo:font-size="9pt"'),
    "sample_in": ("Finsam Exempel indata", "in_text", None, "", "", ""),
}

DATA_STYLES = "\n".join([
    writer.number_style("N0", 0, min_decimals=0, grouping=True, locale="sv-SE", on_lines=True),
    writer.number_style("Y0", 0),
    writer.number_style("P1", 1, min_decimals=1, locale="sv-SE", percent=True, on_lines=True),
    writer.number_style("PK", 2, min_decimals=0, locale="sv-SE", percent=True),
    writer.number_style("NK", 2, min_decimals=0, locale="sv-SE", suffix=" %")])


def style_name(key):
    """The style's name in the file and in the Styles sidebar: ASCII, no spaces (Calc's conditional
    formats look styles up by this name as shown, so it must need no encoding)."""
    display = NAMED[key][0]
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "_")):
        display = display.replace(a, b)
    return display


def _style_xml(key):
    _, parent, data, cellp, parap, textp = NAMED[key]
    return writer.cell_style(style_name(key), "Default" if parent == "Default" else style_name(parent), data,
                             cell=cellp, paragraph=parap, text=textp)


def _assert_balanced(sheet, row, column, formula):
    """A formula's parentheses pair up outside its strings (Calc would answer Err:504 or guess)."""
    depth = 0
    for i, part in enumerate(formula.split('"')):
        if i % 2:
            continue
        for ch in part:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            assert depth >= 0, "unbalanced ) in %s row %d column %d: %s" % (sheet, row, column, formula[:200])
    assert depth == 0, "unbalanced ( in %s row %d column %d: %s" % (sheet, row, column, formula[:200])


# ------------------------------------------------------------------ model
class Sheet(RowSheet):
    def __init__(self, name, widths, protected=True, hidden_cols=(), landscape=True):
        super().__init__(name, widths)
        self.protected, self.landscape = protected, landscape
        self.hidden_cols = set(hidden_cols)
        self.conds = []          # (range A1:B2, [(condition, style key)])
        self.merges = {}         # (row, col) -> (rows, cols)
        self.filter = None       # (first row name, last row name, column): rows shown where column is 1

    def add(self, *cells, name=None, height=None, hidden=False):
        """Append a row; returns its number (1-based).  height in cm; hidden rows are collapsed
        (helper rows), or "filter": hidden by the sheet's filter (see show_where)."""
        return super().add(*cells, name=name, height=height, hidden=hidden)

    def note(self, text, span, style="note", first_col=0, width_cm=None, name=None):
        """A wrapped text over span columns from first_col, its height estimated from its length."""
        w = width_cm or sum(float(x) for x in self.widths[first_col:first_col + span])
        per_line = w * (6.0 if style == "note" else 5.3)       # characters per line at 9 / 10 pt
        lines = max(1, -(-len(text) // int(per_line)))
        h = round((0.4 if style == "note" else 0.45) * lines + 0.08, 2)
        cells = [None] * first_col + [C(text, "note_wrap" if style == "note" else style)]
        r = self.add(*cells, height=h, name=name)
        if span > 1:
            self.merge(r, first_col, span)
        return r

    def show_where(self, first, last, column, value):
        """A filter on the rows first (its heading, always shown) to last (row names): a row is shown
        where its cell in column (0-based) is the text value; rows added with hidden="filter" start hidden. The
        filter is LibreOffice's own (Data › Refresh Range applies it anew), so it works without the
        extension, and sums over the rows count the hidden ones too."""
        self.filter = (first, last, column, value)

    def merge(self, row, column, ncols):
        """Merge ncols cells of row (1-based) from column (0-based) into one."""
        self.merges[(row, column)] = (1, ncols)

    def cond(self, rng, rules):
        """Conditional formats of the cells rng: [(condition, style key)].  A condition is as ODF
        writes it ('="OK"', 'begins-with("FEL")'), or ("formula", F) for a formula F as typed in
        Calc (placeholders allowed; relative references are relative to the first cell of rng)."""
        self.conds.append((rng, rules))


PAGES = [  # (key of the table style ta_ and the page layout pm_, width, height, orientation, master page)
    ("l", "29.7cm", "21cm", "landscape", "Finsam_liggande"),
    ("p", "21cm", "29.7cm", "portrait", "Finsam_staende")]
GENERATOR = "finsam-calc templates/make_templates.py"
NOT_IN_LIST = "Välj ett av värdena i listan."


class Workbook:
    """Sheets with a title and a description; render() gives the .fods."""
    def __init__(self, title, sheets, description=""):
        self.title, self.sheets, self.description = title, sheets, description

    def row_of(self, sheet, name):
        for s in self.sheets:
            if s.name == sheet:
                return s.names[name]
        raise KeyError(sheet)

    def render(self):
        """The workbook as the text of a .fods."""
        self._validations = {}   # the values of a choice list -> its name, in the order first used
        self._used_styles = {"text"}
        tables = [self._table(sh) for sh in self.sheets]
        return "".join(writer.document(
            tables, title=self.title, description=self.description, generator=GENERATOR,
            styles="\n".join([DATA_STYLES, writer.default_cell_style("Liberation Sans"), writer.cell_style("Default"),
                              self._named_styles()]) + "\n",
            automatic_styles=self._automatic_styles(),
            master_styles=writer.master_page("Default", "pm_p", no_header_footer=True) + "".join(
                writer.master_page(master, "pm_" + key, no_header_footer=True) for key, _, _, _, master in PAGES),
            validations=writer.content_validations(
                [(name, values) for values, name in self._validations.items()], NOT_IN_LIST),
            after_tables=writer.database_ranges(
                [(sh.name, i, "A%d:%s%d" % (sh.names[sh.filter[0]], col(sh.filter[2]), sh.names[sh.filter[1]]),
                  sh.filter[2], sh.filter[3]) for i, sh in enumerate(self.sheets) if sh.filter])))

    def _table(self, sh):
        by_name = {s.name: s for s in self.sheets}
        rows = []
        for ri, (cells, props) in enumerate(sh.rows, start=1):
            covered = set()
            for (mr, mc), (_, k) in sh.merges.items():
                if mr == ri:
                    covered.update(range(mc + 1, mc + k))
            xs = [writer.covered_cell() if ci in covered
                  else self._cell(sh, ri, ci, cells[ci] if ci < len(cells) else None, by_name)
                  for ci in range(sh.ncols)]
            height = props.get("height")
            rows.append(writer.row(xs, writer.row_height_name(height) if height else None, props.get("hidden")))
        columns = [writer.column(writer.column_width_name(w), collapsed=i in sh.hidden_cols,
                                 default_cell_style="ce_text") for i, w in enumerate(sh.widths)]
        for _, rules in sh.conds:
            self._used_styles.update(k for _, k in rules)
        conds = writer.conditional_formats(
            sh.name, [(rng, [(self._condition(sh, cond, by_name), style_name(k)) for cond, k in rules])
                      for rng, rules in sh.conds])
        return "".join(writer.table(sh.name, columns, rows, style="ta_l" if sh.landscape else "ta_p",
                                    protected=sh.protected, conditional_formats=conds))

    def _cell(self, sh, ri, ci, c, by_name):
        span = sh.merges.get((ri, ci))
        if c is None:
            return writer.cell(span=span)
        if isinstance(c, str):
            c = C(c)
        self._used_styles.add(c.style)
        st = "ce_" + c.style
        if isinstance(c, F):
            _assert_balanced(sh.name, ri, ci, c.formula)
            return writer.cell(style=st, span=span, formula=sh.resolve(c.formula, by_name, c.fields), matrix=c.matrix)
        validation = None
        if isinstance(c, In) and c.validation:
            # a list of texts, or a range of cells that hold the choices (as typed in Calc: Sheet!$B$7:$D$7)
            key = (odf_formula("=" + sh.resolve(c.validation, by_name))[len("of:="):]
                   if isinstance(c.validation, str) else tuple(c.validation))
            validation = self._validations.setdefault(key, "val%d" % (len(self._validations) + 1))
        return writer.cell(c.value, st, value_type="percentage" if c.style in ("in_pct", "pct") else "float",
                           span=span, validation=validation)

    @staticmethod
    def _condition(sh, cond, by_name):
        """A conditional format's condition as ODF writes it (see Sheet.cond)."""
        if isinstance(cond, tuple):
            kind, f = cond
            assert kind == "formula", cond
            return "formula-is(%s)" % odf_formula("=" + sh.resolve(f, by_name))[len("of:="):]
        return cond

    def _automatic_styles(self):
        heights = sorted({p["height"] for sh in self.sheets for _, p in sh.rows if p.get("height")})
        auto = writer.column_width_styles({w for sh in self.sheets for w in sh.widths})
        auto += [writer.row_height_style(h) for h in heights]
        auto += [writer.table_style("ta_" + key, master) for key, _, _, _, master in PAGES]
        auto += [writer.cell_style("ce_" + key, style_name(key)) for key in sorted(self._used_styles)]
        auto.append("".join(writer.page_layout("pm_" + key, w, h, orient, "1.2cm") for key, w, h, orient, _ in PAGES))
        return "\n".join(auto)

    @staticmethod
    def _named_styles():
        """The named styles, parents first."""
        order, seen = [], set()

        def visit(k):
            if k in seen or k == "Default":
                return
            parent = NAMED[k][1]
            if parent != "Default":
                visit(parent)
            seen.add(k)
            order.append(k)
        for k in NAMED:
            visit(k)
        return "\n".join(_style_xml(k) for k in order)
