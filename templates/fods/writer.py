"""The XML of a flat ODF spreadsheet (.fods): every element any generator writes, and only here.

A document is written as text chunks (document() yields them), so that a large workbook can go
to disk row by row (save()); "".join(document(...)) gives it as one string.  The pieces:

    document(tables, ...)      the whole file: namespaces, meta data, styles, the tables
    table(name, columns, rows) one sheet; rows as written by row(), columns by column()
    row(cells)                 one row; cells as written by cell() / covered_cell()
    cell(value, style, formula=...)
                               a text, a number or a formula; a formula is given as typed in Calc
                               (formula.odf_formula translates it)
    cell_style, number_style, column_style, column_width_styles, row_height_style, table_style,
    page_layout, master_page, default_cell_style    the styles
    conditional_formats, content_validations        what a sheet or the workbook adds to cells

Attributes of styles (cell=, paragraph=, text= of cell_style) are given as they are written,
e.g. ' fo:font-weight="bold" fo:color="#595959"'.  What a generator puts where (its look, its
styles, its rows) is the generator's own; the file format is this module's.
"""
import re
from xml.sax.saxutils import escape, quoteattr

from .formula import odf_formula

NS = {  # every namespace a generator uses, in the order documents declare them
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}


# ---------------------------------------------------------------- the document
def document(tables, namespaces=tuple(NS), title=None, description=None, generator=None, language="sv-SE",
             styles=None, automatic_styles=None, master_styles=None, validations="", after_tables=""):
    """The .fods as text chunks.  tables: each a string or an iterable of chunks (see table()).
    namespaces: the prefixes to declare, in this order.  With a title the document has meta data
    (generator, title, description, language).  styles, automatic_styles, master_styles: the
    content of those elements, or None for no element; validations: content_validations();
    after_tables: what follows the tables (database_ranges())."""
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document %s office:version="1.3"'
           ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
           % " ".join('xmlns:%s="%s"' % (p, NS[p]) for p in namespaces))
    if title is not None:
        yield "<office:meta>%s%s%s%s</office:meta>\n" % (
            "<meta:generator>%s</meta:generator>" % escape(generator) if generator else "",
            "<dc:title>%s</dc:title>" % escape(title),
            "<dc:description>%s</dc:description>" % escape(description) if description is not None else "",
            "<dc:language>%s</dc:language>" % language)
    if styles is not None:
        yield "<office:styles>%s</office:styles>\n" % styles
    if automatic_styles is not None:
        yield "<office:automatic-styles>\n%s\n</office:automatic-styles>\n" % automatic_styles
    if master_styles is not None:
        yield "<office:master-styles>%s</office:master-styles>\n" % master_styles
    yield "<office:body><office:spreadsheet>\n"
    if validations:
        yield validations + "\n"
    for i, t in enumerate(tables):
        if i:
            yield "\n"
        if isinstance(t, str):
            yield t
        else:
            yield from t
    if after_tables:
        yield "\n" + after_tables
    yield "\n</office:spreadsheet></office:body>\n</office:document>\n"


def save(path, chunks):
    """Write a document (the chunks of document()) to path, UTF-8 with \\n line ends."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for chunk in chunks:
            f.write(chunk)


# ---------------------------------------------------------------- tables, rows, cells
def table(name, columns, rows, style=None, protected=False, conditional_formats=""):
    """One sheet as text chunks: columns (column() strings), then each row (row() strings) on a line
    of its own.  protected: cells locked unless their style unlocks them (no password)."""
    yield '<table:table table:name=%s%s%s>%s%s\n' % (
        quoteattr(name), ' table:style-name="%s"' % style if style else "",
        ' table:protected="true"' if protected else "",
        '<loext:table-protection loext:select-protected-cells="true" loext:select-unprotected-cells="true"/>'
        if protected else "", "".join(columns))
    empty = True
    for r in rows:
        yield r + "\n"
        empty = False
    if empty:
        yield "\n"
    yield conditional_formats + "</table:table>"


def column(style, collapsed=False, repeat=None, default_cell_style=None):
    """A column (or repeat equal columns) of the width of the column style."""
    return "<table:table-column table:style-name=\"%s\"%s%s%s/>" % (
        style, ' table:visibility="collapse"' if collapsed else "",
        ' table:number-columns-repeated="%d"' % repeat if repeat else "",
        ' table:default-cell-style-name="%s"' % default_cell_style if default_cell_style else "")


def row(cells, style=None, collapsed=False):
    """A row of cells (cell() strings); style: a row_height_style() name; collapsed: hidden (True), or
    "filter": hidden by the sheet's filter (shown again when the filter is applied anew)."""
    visibility = "filter" if collapsed == "filter" else "collapse" if collapsed else None
    return "<table:table-row%s%s>%s</table:table-row>" % (
        ' table:style-name="%s"' % style if style else "",
        ' table:visibility="%s"' % visibility if visibility else "", "".join(cells))


def database_ranges(ranges):
    """Filtered ranges: (sheet, its index from 0, A1:H9, field, value): the rows of the range (the first is its heading)
    whose column number field (0-based, in the range) is the text value are shown, the others are
    hidden by the filter; Data › Refresh Range applies it anew.  One range a sheet: the sheet's own,
    unnamed database range, named as LibreOffice names it (after the sheet's index)."""
    if not ranges:
        return ""
    out = []
    for sheet, i, rng, field, value in ranges:
        a, b = rng.split(":")
        out.append('<table:database-range table:name="__Anonymous_Sheet_DB__%d" table:target-range-address=%s>'
                   '<table:filter><table:filter-and><table:filter-condition table:data-type="text" table:value="%s" '
                   'table:operator="=" table:field-number="%d"/></table:filter-and></table:filter></table:database-range>'
                   % (i, quoteattr("%s.%s:%s.%s" % (_sheet_name(sheet), a, _sheet_name(sheet), b)), escape(value), field))
    return "<table:database-ranges>%s</table:database-ranges>" % "".join(out)


def _sheet_name(sheet):
    return "'%s'" % sheet if " " in sheet else sheet


def cell(value=None, style=None, formula=None, value_type="float", span=None, matrix=None, validation=None):
    """One cell: value None (empty), a number (value_type float or percentage) or a text; or a
    formula as typed in Calc's English UI ("=SUM(B2:B5)", row names already resolved).
    span: (rows, columns) of merged cells from here; matrix: (rows, columns) an array formula
    fills; validation: a content_validations() name."""
    attrs = ""
    if style:
        attrs += ' table:style-name="%s"' % style
    if span:
        attrs += ' table:number-rows-spanned="%d" table:number-columns-spanned="%d"' % span
    if validation:
        attrs += ' table:content-validation-name="%s"' % validation
    if formula is not None:
        assert value is None, (value, formula)
        attrs += " table:formula=%s" % quoteattr(odf_formula(formula))
        if matrix:
            attrs += ' table:number-matrix-columns-spanned="%d" table:number-matrix-rows-spanned="%d"' % (
                matrix[1], matrix[0])
    if value is None:
        return "<table:table-cell%s/>" % attrs
    if isinstance(value, bool):
        raise TypeError("a boolean is not a cell value; write a formula (=TRUE()) or a number: %r" % value)
    if isinstance(value, (int, float)):
        return '<table:table-cell%s office:value-type="%s" office:value="%s"/>' % (
            attrs, value_type, repr(value) if isinstance(value, float) else str(value))
    return ('<table:table-cell%s office:value-type="string"><text:p>%s</text:p></table:table-cell>'
            % (attrs, escape(value)))


def covered_cell():
    """A cell hidden under a merged cell (see cell(span=...))."""
    return "<table:covered-table-cell/>"


# ---------------------------------------------------------------- styles
def default_cell_style(font=None):
    """The defaults of every cell: Swedish, and the font if given."""
    return ('<style:default-style style:family="table-cell"><style:text-properties fo:language="sv"'
            ' fo:country="SE"%s/></style:default-style>' % (' style:font-name="%s"' % font if font else ""))


def cell_style(name, parent=None, data_style=None, cell=None, paragraph=None, text=None):
    """A cell style.  With none of cell, paragraph, text it only names its parent (an empty
    element); otherwise it holds the properties given (attribute strings, "" for none)."""
    head = '<style:style style:name="%s" style:family="table-cell"%s%s' % (
        name, ' style:parent-style-name="%s"' % parent if parent else "",
        ' style:data-style-name="%s"' % data_style if data_style else "")
    if cell is None and paragraph is None and text is None:
        return head + "/>"
    return "%s>%s%s%s</style:style>" % (
        head, "<style:table-cell-properties%s/>" % cell if cell else "",
        "<style:paragraph-properties%s/>" % paragraph if paragraph else "",
        "<style:text-properties%s/>" % text if text else "")


def number_style(name, decimals, min_decimals=None, grouping=False, locale=None, percent=False, on_lines=False,
                 suffix=None):
    """A number format: decimals places (at least min_decimals), thousands grouped; percent: as
    a percentage with ' %'; suffix: a text after the number (e.g. ' %' after a number that is
    not a fraction); locale 'sv-SE'; on_lines: the parts on lines of their own."""
    kind = "percentage" if percent else "number"
    lang = ""
    if locale:
        language, country = locale.split("-")
        lang = ' number:language="%s" number:country="%s"' % (language, country)
    if percent:
        suffix = " %"
    number = '<number:number number:decimal-places="%d"%s number:min-integer-digits="1"%s/>%s' % (
        decimals, ' number:min-decimal-places="%d"' % min_decimals if min_decimals is not None else "",
        ' number:grouping="true"' if grouping else "", "<number:text>%s</number:text>" % escape(suffix) if suffix else "")
    nl = "\n" if on_lines else ""
    return '<number:%s-style style:name="%s"%s>%s%s%s</number:%s-style>' % (kind, name, lang, nl, number, nl, kind)


def column_style(name, width, break_auto=False):
    """A column width (e.g. "2.3cm"); break_auto: no page break forced before the column."""
    return ('<style:style style:name="%s" style:family="table-column"><style:table-column-properties%s'
            ' style:column-width="%s"/></style:style>' % (name, ' fo:break-before="auto"' if break_auto else "", width))


def column_width_name(width):
    """The name of the column style of a width in cm ("7.5" -> "co7_5"), see column_width_styles."""
    return "co" + width.replace(".", "_")


def column_width_styles(widths):
    """One column style per width in cm ("7.5"), named by column_width_name, in sorted order."""
    return [column_style(column_width_name(w), w + "cm", break_auto=True) for w in sorted(widths)]


def row_height_name(height):
    """The name of the row style of a height in cm (0.55 -> "ro0_55"), see row_height_style."""
    return "ro" + str(height).replace(".", "_")


def row_height_style(height):
    """A fixed row height in cm, named by row_height_name."""
    return ('<style:style style:name="%s" style:family="table-row"><style:table-row-properties'
            ' style:row-height="%scm" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>'
            % (row_height_name(height), height))


def table_style(name, master_page):
    """A sheet's style: shown, left to right, printed on master_page."""
    return ('<style:style style:name="%s" style:family="table" style:master-page-name="%s">'
            '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
            % (name, master_page))


def page_layout(name, width, height, orientation, margin):
    """A printed page, scaled to one page wide; prints charts, drawings, objects and zero values."""
    return ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="%s"'
            ' fo:page-height="%s" style:print-orientation="%s" fo:margin="%s" style:scale-to-X="1"'
            ' style:scale-to-Y="0" style:print="charts drawings objects zero-values"/></style:page-layout>'
            % (name, width, height, orientation, margin))


def master_page(name, layout=None, no_header_footer=False):
    """A master page; no_header_footer: header and footer written as switched off (without them
    LibreOffice 7.4 saves a master page with empty ones switched on, and a sheet printed from that
    file, e.g. a template converted to .ots, shows nothing but its first line)."""
    off = '<style:header style:display="false"/><style:footer style:display="false"/>' if no_header_footer else ""
    return '<style:master-page style:name="%s"%s%s' % (
        name, ' style:page-layout-name="%s"' % layout if layout else "", ">%s</style:master-page>" % off if off else "/>")


# ---------------------------------------------------------------- added to cells
def sheet_address(sheet, cell_range):
    """'Sheet name'.A1 (quoted when the name has more than letters, digits and _)."""
    return "%s.%s" % ("'%s'" % sheet if re.search(r"[^\w]", sheet) else sheet, cell_range)


def conditional_formats(sheet, formats):
    """Styles applied by condition; formats: [(range "A1:B2", [(condition, style name)])]."""
    if not formats:
        return ""
    parts = []
    for rng, rules in formats:
        a, _, b = rng.partition(":")
        target = "%s:%s" % (sheet_address(sheet, a), sheet_address(sheet, b or a))
        base = sheet_address(sheet, a)
        parts.append('<calcext:conditional-format calcext:target-range-address=%s>%s</calcext:conditional-format>'
                     % (quoteattr(target), "".join(
                         '<calcext:condition calcext:apply-style-name="%s" calcext:value=%s'
                         ' calcext:base-cell-address=%s/>' % (style, quoteattr(cond), quoteattr(base))
                         for cond, style in rules)))
    return "<calcext:conditional-formats>%s</calcext:conditional-formats>" % "".join(parts)


def content_validations(lists, message):
    """Choice lists for cells; lists: [(name, values)], values either the choices (texts, numbers)
    or a str: a cell range in ODF syntax ([$Sheet.$B$7:.$D$7]) holding them; message: shown when a
    value is not in the list.  "" when there are none.
    Numbers belong in a range: a list of number constants (cell-content-is-in-list(1;100;1000)) shows
    only Err:509 and refuses every number under a Swedish locale (LibreOffice 7.4, issue 23)."""
    if not lists:
        return ""

    def items(values):
        if isinstance(values, str):
            return values
        assert all(isinstance(v, str) for v in values), "numbers in a choice list: give a range (%r)" % (values,)
        return ";".join('"%s"' % v for v in values)
    return "<table:content-validations>%s</table:content-validations>" % "".join(
        '<table:content-validation table:name="%s" table:condition=%s table:allow-empty-cell="true"'
        ' table:display-list="unsorted"><table:error-message table:display="true"'
        ' table:message-type="stop"><text:p>%s</text:p></table:error-message></table:content-validation>'
        % (name, quoteattr("of:cell-content-is-in-list(%s)" % items(values)), escape(message))
        for name, values in lists)
