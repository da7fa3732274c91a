"""Constants and formula pieces the sheets share: the period columns, the settings' choices,
status words and lines, Swedish numbers in messages, what an example types (Inputs)."""
from dataclasses import dataclass, field
from fods.formula import col
from template_workbook import C, F


PC = ["B", "C", "D", "E", "F"]              # the five period columns
NP = len(PC)
N_KOMMUN = 40       # municipalities the multi-year template holds: key rows, lines per member, helper rows
N_PARTS = N_KOMMUN + 3                      # FINSAM_SPLIT's parts at most: FK, AF, the region, each municipality
N_OTHER = 6
N_INS, N_STR, N_KAN = 15, 8, 10
N_STEPS = 8

YEAR = "Anvisningar!$C${Anvisningar:year}"
UNIT = "Anvisningar!$C${Anvisningar:unit}"
EQMODE = "Anvisningar!$C${Anvisningar:eqmode}"
FNAME = "Anvisningar!$C${Anvisningar:name}"
STATUS = "Kontroller!$C$2"

UNITS = ["kr", "tkr"]
EQMODES = ["Uttag (inmatat belopp)", "Hela balanserade resultatet"]
BASES = ["Statens tilldelning", "Förbundets totala medlemsbidrag"]
LINES = ["En rad", "Två rader (FK och AF)"]
KEYTYPES = ["Invånarantal", "Fast andel av totalen", "Fast andel av kommunernas del"]
STEPS = [1, 100, 1000]

SOURCE_STAIRCASE = ("Källa: Nationella rådet för finansiell samordning, rekommendation 2013-10-02 om "
                    "eget kapitals storlek; tillämpas i Försäkringskassans fördelningsmodell sedan 2016.")

# A row of checks is four lines high (LibreOffice 7.4: 1 526 hundredths of a mm): LibreOffice fits a
# row to its text only when a file is opened, never when a formula's result grows, and on a protected
# sheet the user cannot change row heights (tests/templates/real_use_layout.py).
CHECK_ROW_CM = 1.55
ERR = '"Formelfel – är tillägget finsam-calc installerat?"'
# Without the extension (a neighbour förbund, a revisor): the add-in check on Kontroller (check 1,
# its message in the hidden column J) is volatile, so LibreOffice recalculates it on every load
# whatever its load settings, and every cell that reads it with it (docs/templates-without-addin.md).
# A cell that would show an amount computed by the add-in then says so instead of staying blank or
# showing the number saved with the file.
ADDIN_MISSING = 'Kontroller!$J${Kontroller:chk1}<>"OK"'
NO_ADDIN = "tillägg saknas"
# Check 1 asks the add-in with plain values (NOW() makes the cell volatile: recalculated on every
# load, also where the file was saved with the add-in and its cached "OK" would otherwise stand)
ADDIN_PROBE = "EQUITY_PROJECTION(0;0)+0*NOW()"
ADDIN_WAIT = "Väntar: tillägget finsam-calc saknas (kontroll 1)."
EPS = "0,005"       # amounts closer than half an öre are equal


# ====================================================================== formulas and cells
def period(i):
    """The placeholders of period column i (0-4): {c} the column, {p} the one before, {k} i + 1."""
    return {"c": PC[i], "p": col(ord(PC[i]) - 65 - 1), "k": i + 1}


def per(template, style="num", first=None):
    """Formula cells, one per period column, each with its period's placeholders (see period);
    first: another formula for column B, where there is no column before it."""
    return [F(first if first and i == 0 else template, style, period(i)) for i in range(NP)]


def by_period(templates, style="num"):
    """Formula cells, one per period column, a formula of its own in each (see period)."""
    return [F(t, style, period(i)) for i, t in enumerate(templates)]


def period_heads():
    """The headings of the period columns, from the sheet Budget (Budget 2020, Prognos 2020, ...)."""
    return per("=Budget!{c}{Budget:hdr}", "head")


def unit_head():
    return F('="Belopp i "&' + UNIT, "head_left")


def needs_addin(formula, shows, missing=ADDIN_MISSING):
    """A cell's formula ('=...') whose amount comes from the add-in: as it is where the add-in
    answers; where it is missing, NO_ADDIN where the cell would show an amount (shows: a condition),
    else empty."""
    return '=IF(%s;IF(%s;"%s";"");%s)' % (missing, shows, NO_ADDIN, formula[1:])


def section(title, ncols):
    """A section heading over ncols columns."""
    return [C(title, "section")] + [C(None, "section")] * (ncols - 1)


def status_rules(prefix=""):
    """Conditional formats of a status cell: OK green, FEL red, VÄNTAR grey."""
    if prefix == "big":
        return [('begins-with("OK")', "big_ok"), ('begins-with("FEL")', "big_bad"),
                ('begins-with("VÄNTAR")', "big_wait")]
    return [('="OK"', "ok"), ('="FEL"', "bad"), ('="VÄNTAR"', "wait"), ('="väntar"', "wait"),
            ('="uppfyllt"', "ok"), ('="ej uppfyllt"', "bad")]


def status_line(sh, span=5, first=0):
    """Row 2 of every sheet: the overall status, mirrored from Kontroller."""
    r = sh.add(*([None] * first), C("Kontrollstatus", "label"), F("=" + STATUS, "big"), name="status")
    sh.merge(r, first + 1, span)
    sh.cond("%s%d" % (col(first + 1), r), status_rules("big"))


def status_word(x, empty="", wait="väntar"):
    """OK, FEL, the wait word or empty, from a message x: "OK", "Väntar: ...", an error or ""."""
    return 'IF(%s="";"%s";IF(%s="OK";"OK";IF(LEFT(%s;6)="Väntar";"%s";"FEL")))' % (x, empty, x, x, wait)


def overall_formula(rng, titles, numbers=None):
    """The overall status from the status cells in rng: FEL / VÄNTAR / OK, with a count, naming the
    first check that is red (else the first that waits) by its title (titles: the range beside rng)
    and its number (numbers, if the checks have any).
    Not a link: in LibreOffice 7.4 any link in a cell (HYPERLINK, also one that shows only text, or a
    URL field in the cell's text; to a cell or a named range) makes PDF export of a sheet or a
    selection fail (an I/O error) in a new workbook not yet saved; docs/status-links.md."""
    n_fel, n_wait = 'COUNTIF(%s;"FEL")' % rng, 'COUNTIF(%s;"VÄNTAR")' % rng

    def first(word):
        k = 'MATCH("%s";%s;0)' % (word, rng)
        nr = '"nr "&INDEX(%s;%s)&" "&' % (numbers, k) if numbers else ""
        return '%sINDEX(%s;%s)' % (nr, titles, k)
    # short enough for the status line of every sheet (one line, not wrapped): "FEL – nr 12 Insatser mot
    # angiven summa och 2 till", "VÄNTAR – nr 2 Budgetåret är ifyllt och 1 till"
    more = '&IF(%(n)s>1;" och "&(%(n)s-1)&" till";"")'
    return ('=IF(%(f)s>0;"FEL – "&%(ff)s%(mf)s;IF(%(v)s>0;"VÄNTAR – "&%(fv)s%(mv)s;"OK – alla kontroller stämmer"))'
            % {"f": n_fel, "v": n_wait, "ff": first("FEL"), "fv": first("VÄNTAR"), "mf": more % {"n": n_fel},
               "mv": more % {"n": n_wait}})


# Numbers in messages, in Swedish whatever the locale LibreOffice runs in: FIXED groups the digits
# and puts the decimal separator of the locale; both are swapped for Swedish ones (a space between
# thousands, a decimal comma), found from what FIXED makes of 1000 and 0,5 in that locale.
TSEP = "MID(FIXED(1000;0);2;1)"
DSEP = "MID(FIXED(0,5;1);2;1)"


def sv_number(expr, decimals):
    """expr as Swedish text: 1 234 567 or 1 234 567,50 (decimals: a number or a formula)."""
    return 'SUBSTITUTE(SUBSTITUTE(FIXED(%s;%s);%s;" ");%s;",")' % (expr, decimals, TSEP, DSEP)


def fmt(expr, unit=UNIT):
    """An amount in a message as the add-in writes it: 1 234 567 kr, -72 000 kr, 12,50 tkr (öre
    only when there are any)."""
    return '%s&" "&%s' % (sv_number(expr, "IF(ROUND(%s;2)=ROUND(%s;0);0;2)" % (expr, expr)), unit)


def fmt_pct(expr, decimals=1):
    """A share in a message: 23,4 % (decimals 1), or with up to two decimals and none when whole
    (decimals None): 11 %, 12,5 %."""
    if decimals is None:
        x = "ROUND((%s)*100;2)" % expr
        decimals = "IF(%s=ROUND(%s;0);0;IF(ROUND(%s;1)=%s;1;2))" % (x, x, x, x)
    return sv_number("(%s)*100" % expr, decimals) + '&" %"'


def compare(calc, stated, what_calc, what_stated, unit=UNIT):
    """'OK' or a sentence: what_calc is X but what_stated is Y (skillnad X - Y)."""
    return ('IF(ABS((%s)-(%s))<%s;"OK";"%s är "&%s&" men %s är "&%s&" (skillnad "&%s&").")'
            % (calc, stated, EPS, what_calc, fmt(calc, unit), what_stated, fmt(stated, unit),
               fmt("(%s)-(%s)" % (calc, stated), unit)))


def near(a, b):
    """a and b are the same amount (to half an öre)."""
    return "ABS((%s)-(%s))<%s" % (a, b, EPS)


def first_row(cond, rng):
    """The first row of rng where cond (an array expression over rng) holds, 100000 if none."""
    return "SUMPRODUCT(MIN(IF(%s;ROW(%s);100000)))" % (cond, rng)


def count_where(cond):
    """How many cells an array expression cond holds for."""
    return "SUMPRODUCT((%s)*1)" % cond


@dataclass
class Inputs:
    """What an example types into a template (the keys of example_000 ...); empty: the template."""
    d: dict = field(default_factory=dict)

    @property
    def example(self):
        return bool(self.d)

    @property
    def kommun_rows(self):
        """Rows for municipalities (key block, lines per member): the template's N_KOMMUN, or as many
        as the example has when it shows the empty rows taken away ("trim")."""
        if self.d.get("trim"):
            return len(self.d["kommuner"])
        return N_KOMMUN

    def value(self, key, default=None):
        return self.d.get(key, default)

    def at(self, key, i):
        """The value of key in period column i (0-4), or None."""
        return (self.d.get(key) or {}).get(i)

    def line(self, key, j, empty=(None, {}, None)):
        """Line j of the list key (label, values, note), or empty."""
        lines = self.d.get(key) or []
        return lines[j] if j < len(lines) else empty
