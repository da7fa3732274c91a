"""Formulas: from the way they are typed in Calc's English UI to OpenFormula, as stored in a .fods.

Every generator writes formulas as typed in Calc: ';' between arguments, A1 or $A$1 references,
Sheet!A1 or 'Sheet name'!A1 for another sheet, the add-in's functions by their display names, a
decimal comma where a number has decimals (0,001).  A formula may hold placeholders in braces:

    {name}          the number of the row called name on the formula's own sheet
    {Sheet:name}    the number of the row called name on the sheet called Sheet
    {field}         any other value the caller gives by name (e.g. {c}, the column of a period)

One path for every formula: resolve() fills in the placeholders (row names when the workbook is
written, so rows may be added in any order), then odf_formula() translates; the writer
(writer.cell) calls odf_formula, so no generator writes OpenFormula itself.
"""
import re

# The add-in functions as stored in ODF: the programmatic name (upper-cased implementation name +
# method), verified by letting Calc with the built extension save a sheet that calls them by their
# display names.
ADDIN = {
    "FINSAM_SPLIT": "SE.FINSAMCALC.FUNCTIONS.FINSAMSPLIT",
    "BUDGET_RESULT": "SE.FINSAMCALC.FUNCTIONS.BUDGETRESULT",
    "EQUITY_PROJECTION": "SE.FINSAMCALC.FUNCTIONS.EQUITYPROJECTION",
    "EQUITY_CEILING_CHECK": "SE.FINSAMCALC.FUNCTIONS.EQUITYCEILINGCHECK",
    "EQUITY_CEILING": "SE.FINSAMCALC.FUNCTIONS.EQUITYCEILING",
    "FINSAM_CHECK": "SE.FINSAMCALC.FUNCTIONS.FINSAMCHECK",
    "FINSAM_AUDIT": "SE.FINSAMCALC.FUNCTIONS.FINSAMAUDIT",
}


def col(i):
    """0-based column index -> letters (0 -> A, 26 -> AA)."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ---------------------------------------------------------------- placeholders
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def fill(text, fields):
    """The placeholders named in fields filled in; every other placeholder is left as it is."""
    return PLACEHOLDER.sub(lambda m: str(fields[m.group(1)]) if m.group(1) in fields else m.group(0), text)


def resolve(text, sheet=None, sheets=None, fields=None):
    """Every placeholder filled in: a field, {Sheet:name} (a row of sheets[Sheet]) or {name} (a row
    of sheet).  A sheet is anything with .names: {row name: row number}."""
    fields = fields or {}

    def value(m):
        key = m.group(1)
        if key in fields:
            assert sheet is None or key not in sheet.names, "placeholder %r is a field and a row name" % key
            return str(fields[key])
        if ":" in key:
            other, row = key.split(":", 1)
            return str(sheets[other].names[row])
        return str(sheet.names[key])
    return PLACEHOLDER.sub(value, text)


# ---------------------------------------------------------------- translation
REF = re.compile(r"""(?<![\w.$'])
    (?:(?P<sheet>'[^']+'|[A-Za-zÅÄÖåäö_][\wÅÄÖåäö]*)!)?
    (?P<a>\$?[A-Z]{1,3}\$?[0-9]+)(?::(?P<b>\$?[A-Z]{1,3}\$?[0-9]+))?
    (?![\w(])""", re.X)
STRING = re.compile(r'"[^"]*"')
DECIMAL_COMMA = re.compile(r"(?<![\w.])(\d+),(\d+)")
ADDIN_CALL = re.compile(r"\b(%s)\(" % "|".join(ADDIN))


def odf_formula(f):
    """'=SUM(B5:B8)' -> 'of:=SUM([.B5:.B8])'; add-in display names -> programmatic names.
    String literals ("...") are left as they are."""
    assert f.startswith("="), f
    if '"' not in f:
        return "of:" + _odf_part(f)
    out, pos = [], 0
    for m in STRING.finditer(f):
        out.append(_odf_part(f[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_odf_part(f[pos:]))
    return "of:" + "".join(out)


def _odf_ref(m):
    sheet, a, b = m.group("sheet", "a", "b")
    return "[%s.%s%s]" % ("$" + sheet if sheet else "", a, ":." + b if b else "")


def _odf_part(s):
    if "," in s:
        s = DECIMAL_COMMA.sub(r"\1.\2", s)      # a decimal comma typed in a formula: 0,001
    s = REF.sub(_odf_ref, s)
    if any(name in s for name in ADDIN):          # (a quick look first: most parts call none)
        s = ADDIN_CALL.sub(lambda m: ADDIN[m.group(1)] + "(", s)
    return s
