"""A small writer of flat ODF spreadsheets (.fods) for the budget templates.

The templates, the one-year template and the example workbooks are described in
make_templates.py row by row; this module turns the description into a .fods
that LibreOffice opens and converts to .ots/.ods.  Formulas are written the way
they are typed in Calc's English UI (';' between arguments, Sheet!A1 or
'Sheet name'!A1 for other sheets) and translated to OpenFormula by the same code
that writes the seed workbooks (tests/seeds/make_seed_workbooks.py).

A row is a list of cells; a cell is one of
    None                 empty
    C(value, style)      text or a number (a fixed value)
    In(value, kind)      an input cell: unprotected, input colours (kind: num, text, pct, year)
    F(formula, style)    a formula ("=..."), with {name} placeholders for row numbers
In formulas {name} is the row called name on the same sheet, {Sheet:name} a row on
another sheet (resolved when the workbook is rendered).
"""
import os
import re
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "seeds"))
import make_seed_workbooks as seedgen  # noqa: E402  (shared: formula translation, column letters)

col = seedgen.col
odf_formula = seedgen.odf_formula


class C:
    def __init__(self, value, style="text"):
        self.value, self.style = value, style


class In:
    def __init__(self, value=None, kind="num", validation=None, style=None):
        self.value, self.kind, self.validation = value, kind, validation
        self.style = style or {"num": "in_num", "text": "in_text", "pct": "in_pct",
                               "year": "in_year"}[kind]


class F:
    def __init__(self, formula, style="num"):
        assert formula.startswith("="), formula
        self.formula, self.style = formula, style


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

DATA_STYLES = """<number:number-style style:name="N0" number:language="sv" number:country="SE">
<number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
</number:number-style>
<number:number-style style:name="Y0"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
<number:percentage-style style:name="P1" number:language="sv" number:country="SE">
<number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text> %</number:text>
</number:percentage-style>"""


def style_name(key):
    """The style's name in the file and in the Styles sidebar: ASCII, no spaces (Calc's conditional
    formats look styles up by this name as shown, so it must need no encoding)."""
    display = NAMED[key][0]
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), (" ", "_")):
        display = display.replace(a, b)
    return display


def _style_xml(key):
    _, parent, data, cellp, parap, textp = NAMED[key]
    parent_name = "Default" if parent == "Default" else style_name(parent)
    attrs = ' style:data-style-name="%s"' % data if data else ""
    inner = ""
    if cellp:
        inner += "<style:table-cell-properties%s/>" % cellp
    if parap:
        inner += "<style:paragraph-properties%s/>" % parap
    if textp:
        inner += "<style:text-properties%s/>" % textp
    return ('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="%s"%s>%s'
            '</style:style>' % (style_name(key), parent_name, attrs, inner))


# ------------------------------------------------------------------ model
class Sheet:
    def __init__(self, name, widths, protected=True, hidden_cols=(), landscape=True):
        self.name, self.widths, self.protected = name, widths, protected
        self.hidden_cols = set(hidden_cols)
        self.rows = []           # (cells, height_cm or None)
        self.names = {}
        self.conds = []          # (range A1:B2, [(condition, style key)])
        self.merges = {}         # (row, col) -> (rows, cols)
        self.hidden_rows = set()
        self.landscape = landscape

    def add(self, *cells, name=None, height=None, hidden=False):
        """Append a row; returns its number (1-based). hidden rows are collapsed (helper rows)."""
        self.rows.append((list(cells), height))
        if hidden:
            self.hidden_rows.add(len(self.rows))
        if name:
            assert name not in self.names, (self.name, name)
            self.names[name] = len(self.rows)
        return len(self.rows)

    def blank(self, n=1):
        for _ in range(n):
            self.add()

    @property
    def next_row(self):
        return len(self.rows) + 1

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

    def merge(self, row, column, ncols):
        """Merge ncols cells of row (1-based) from column (0-based) into one."""
        self.merges[(row, column)] = (1, ncols)

    def cond(self, rng, rules):
        self.conds.append((rng, rules))


class Workbook:
    def __init__(self, title, sheets, description=""):
        self.title, self.sheets, self.description = title, sheets, description

    def row_of(self, sheet, name):
        for s in self.sheets:
            if s.name == sheet:
                return s.names[name]
        raise KeyError(sheet)

    def resolve(self, f, sheet):
        return seedgen.resolve_row_names(f, sheet, {s.name: s for s in self.sheets})

    def render(self):
        validations = {}

        def validation_name(values):
            key = tuple(values)
            if key not in validations:
                validations[key] = "val%d" % (len(validations) + 1)
            return validations[key]

        used_styles = set()
        tables = []
        for sh in self.sheets:
            ncols = max([len(r[0]) for r in sh.rows] + [len(sh.widths)])
            rows_xml = []
            for ri, (cells, height) in enumerate(sh.rows, start=1):
                xs = []
                covered = set()
                for (mr, mc), (_, k) in sh.merges.items():
                    if mr == ri:
                        covered.update(range(mc + 1, mc + k))
                for ci in range(ncols):
                    c = cells[ci] if ci < len(cells) else None
                    if ci in covered:
                        xs.append("<table:covered-table-cell/>")
                        continue
                    xs.append(self._cell(sh, ri, ci, c, used_styles, validation_name))
                rstyle = ' table:style-name="ro%s"' % str(height).replace(".", "_") if height else ""
                if ri in sh.hidden_rows:
                    rstyle += ' table:visibility="collapse"'
                rows_xml.append("<table:table-row%s>%s</table:table-row>" % (rstyle, "".join(xs)))
            cols_xml = "".join(
                '<table:table-column table:style-name="co%s"%s table:default-cell-style-name="ce_text"/>'
                % (w.replace(".", "_"), ' table:visibility="collapse"' if i in sh.hidden_cols else "")
                for i, w in enumerate(sh.widths))
            prot = (' table:protected="true"' if sh.protected else "")
            prot_el = ('<loext:table-protection loext:select-protected-cells="true"'
                       ' loext:select-unprotected-cells="true"/>' if sh.protected else "")
            conds = ""
            if sh.conds:
                parts = []
                for rng, rules in sh.conds:
                    a, _, b = rng.partition(":")
                    target = "%s.%s:%s.%s" % (_q(sh.name), a, _q(sh.name), b or a)
                    base = "%s.%s" % (_q(sh.name), a)
                    used_styles.update(k for _, k in rules)
                    parts.append('<calcext:conditional-format calcext:target-range-address=%s>%s'
                                 '</calcext:conditional-format>' % (quoteattr(target), "".join(
                                     '<calcext:condition calcext:apply-style-name="%s" calcext:value=%s'
                                     ' calcext:base-cell-address=%s/>' % (style_name(k), quoteattr(cond), quoteattr(base))
                                     for cond, k in rules)))
                conds = "<calcext:conditional-formats>%s</calcext:conditional-formats>" % "".join(parts)
            tables.append('<table:table table:name=%s table:style-name="ta_%s"%s>%s%s\n%s\n%s</table:table>'
                          % (quoteattr(sh.name), "l" if sh.landscape else "p", prot, prot_el, cols_xml,
                             "\n".join(rows_xml), conds))

        widths = sorted({w for sh in self.sheets for w in sh.widths})
        heights = sorted({h for sh in self.sheets for _, h in sh.rows if h})
        auto = []
        for w in widths:
            auto.append('<style:style style:name="co%s" style:family="table-column">'
                        '<style:table-column-properties fo:break-before="auto" style:column-width="%scm"/>'
                        '</style:style>' % (w.replace(".", "_"), w))
        for h in heights:
            auto.append('<style:style style:name="ro%s" style:family="table-row">'
                        '<style:table-row-properties style:row-height="%scm" fo:break-before="auto"'
                        ' style:use-optimal-row-height="false"/></style:style>' % (str(h).replace(".", "_"), h))
        for orient in ("l", "p"):
            auto.append('<style:style style:name="ta_%s" style:family="table" style:master-page-name="%s">'
                        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
                        % (orient, "Finsam_liggande" if orient == "l" else "Finsam_staende"))
        used_styles.add("text")
        for key in sorted(used_styles):
            auto.append('<style:style style:name="ce_%s" style:family="table-cell" style:parent-style-name="%s"/>'
                        % (key, style_name(key)))
        # the named styles, parents first
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
        named = "\n".join(_style_xml(k) for k in order)
        vals = "".join(
            '<table:content-validation table:name="%s" table:condition=%s table:allow-empty-cell="true"'
            ' table:display-list="unsorted"><table:error-message table:display="true"'
            ' table:message-type="stop"><text:p>Välj ett av värdena i listan.</text:p></table:error-message>'
            '</table:content-validation>'
            % (name, quoteattr("of:cell-content-is-in-list(%s)" % ";".join(
                '"%s"' % v if isinstance(v, str) else str(v) for v in key)))
            for key, name in validations.items())
        vals_xml = "<table:content-validations>%s</table:content-validations>" % vals if vals else ""
        head = " ".join('xmlns:%s="%s"' % kv for kv in NS.items())
        page = ('<style:page-layout style:name="pm_%s"><style:page-layout-properties fo:page-width="%s"'
                ' fo:page-height="%s" style:print-orientation="%s" fo:margin="1.2cm" style:scale-to-X="1"'
                ' style:scale-to-Y="0" style:print="charts drawings objects zero-values"/></style:page-layout>')
        pages = (page % ("l", "29.7cm", "21cm", "landscape") + page % ("p", "21cm", "29.7cm", "portrait"))
        masters = ('<style:master-page style:name="Default" style:page-layout-name="pm_p"/>'
                   '<style:master-page style:name="Finsam_liggande" style:page-layout-name="pm_l"/>'
                   '<style:master-page style:name="Finsam_staende" style:page-layout-name="pm_p"/>')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document %s office:version="1.3"'
                ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
                '<office:meta><meta:generator>finsam-calc templates/make_templates.py</meta:generator>'
                '<dc:title>%s</dc:title><dc:description>%s</dc:description><dc:language>sv-SE</dc:language>'
                '</office:meta>\n'
                '<office:styles>%s\n'
                '<style:default-style style:family="table-cell"><style:text-properties fo:language="sv"'
                ' fo:country="SE" style:font-name="Liberation Sans"/></style:default-style>\n'
                '<style:style style:name="Default" style:family="table-cell"/>\n%s\n</office:styles>\n'
                '<office:automatic-styles>\n%s\n%s\n</office:automatic-styles>\n'
                '<office:master-styles>%s</office:master-styles>\n'
                '<office:body><office:spreadsheet>\n%s\n%s\n</office:spreadsheet></office:body>\n'
                '</office:document>\n'
                % (head, escape(self.title), escape(self.description), DATA_STYLES, named, "\n".join(auto),
                   pages, masters, vals_xml, "\n".join(tables)))

    def _cell(self, sh, ri, ci, c, used_styles, validation_name):
        span = ""
        if (ri, ci) in sh.merges:
            r, k = sh.merges[(ri, ci)]
            span = ' table:number-rows-spanned="%d" table:number-columns-spanned="%d"' % (r, k)
        if c is None:
            return "<table:table-cell%s/>" % span
        if isinstance(c, str):
            c = C(c)
        used_styles.add(c.style)
        st = ' table:style-name="ce_%s"' % c.style
        if isinstance(c, F):
            return '<table:table-cell%s%s table:formula=%s/>' % (
                st, span, quoteattr(odf_formula(self.resolve(c.formula, sh))))
        val = ""
        if isinstance(c, In) and c.validation:
            val = ' table:content-validation-name="%s"' % validation_name(c.validation)
        v = c.value
        if v is None:
            return '<table:table-cell%s%s%s/>' % (st, span, val)
        if isinstance(v, bool):
            raise TypeError(v)
        if isinstance(v, (int, float)):
            vt = "percentage" if c.style in ("in_pct", "pct") else "float"
            return ('<table:table-cell%s%s%s office:value-type="%s" office:value="%s"/>'
                    % (st, span, val, vt, repr(v) if isinstance(v, float) else str(v)))
        return ('<table:table-cell%s%s%s office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                % (st, span, val, escape(v)))


def _q(name):
    return "'%s'" % name if re.search(r"[^\w]", name) else name


NS = dict(seedgen.NS)
NS.update({
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
})
