#!/usr/bin/env python3
"""Write the budget templates and the example workbooks as flat ODF (.fods).

    python3 templates/make_templates.py [--check] [OUTDIR]

Writes, beside this script unless OUTDIR is given:
    verksamhetsplan-och-budget.fods        the multi-year template (6 sheets)
    budget-litet-forbund.fods              the one-year template (one sheet)
    examples/exempel-000-trollhattan-2020.fods, ...-002-..., ...-003-...
                                           seeds 000, 002, 003 typed into the multi-year template
    examples/figure-cells.csv              where each of the 93 document figures is in the examples
With --check nothing is written: the exit status says whether the files on disk are
what this script writes (the test suite runs it so).

The build converts the .fods to .ots/.ods in a LibreOffice profile that has the
add-in installed (templates/build_templates.sh) and packs the .ots into the .oxt.
Everything the user sees is described here, row by row, one function per sheet; see
template_workbook.py for the cell types and styles.

Formulas are written as typed in Calc's English UI and put together with Python's % only.
Placeholders in braces are filled in when the workbook is written: {name} is a row of the
same sheet, {Sheet:name} a row of another sheet, and in a cell of a period column (per())
{c} is the column, {p} the one before it and {k} the period's number 1-5.
"""
import csv
import io
import os
import sys
from dataclasses import dataclass, field

from fods.formula import col
from template_workbook import C, F, In, Sheet, Workbook

HERE = os.path.dirname(os.path.abspath(__file__))

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

ERR = '"Formelfel – är tillägget finsam-calc installerat?"'
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


def overall_formula(rng):
    """The overall status from the status cells in rng: FEL / VÄNTAR / OK, with a count."""
    n_fel, n_wait = 'COUNTIF(%s;"FEL")' % rng, 'COUNTIF(%s;"VÄNTAR")' % rng
    return ('=IF(%(f)s>0;"FEL – "&%(f)s&IF(%(f)s=1;" kontroll visar fel";" kontroller visar fel");'
            'IF(%(v)s>0;"VÄNTAR – inga fel; "&%(v)s&IF(%(v)s=1;" kontroll väntar";" kontroller väntar")&'
            '" på uppgifter";"OK – alla kontroller stämmer"))') % {"f": n_fel, "v": n_wait}


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


# ====================================================================== the multi-year template
def multi_year(d=None):
    """The multi-year workbook; d holds an example's inputs (None: the empty template)."""
    inp = Inputs(d or {})
    sheets = [anvisningar(inp), medlemsbidrag(inp), budget(inp), eget_kapital(inp), nyckeltal(inp),
              kontroller(setup_checks() + member_checks() + budget_checks() + equity_checks() + goal_checks())]
    return Workbook(inp.value("title") or "Verksamhetsplan och budget – flerårig (samordningsförbund)", sheets,
                    "Mall för samordningsförbundets verksamhetsplan och budget med plan, från finsam-calc.")


# ------------------------------------------------------------ Anvisningar
GUIDE = [  # (number, heading, paragraphs; None: the colours)
    ("2", "Så fyller du i – i den här ordningen", [
        "1. Grunduppgifterna ovan. Budgetåret bestämmer kolumnerna: budget och prognos för året innan, "
        "budget för budgetåret och plan för två år till (med 2021: Budget 2020, Prognos 2020, Budget 2021, "
        "Plan 2022, Plan 2023). Lämna en kolumn tom om den inte behövs.",
        "2. Medlemsbidrag: om beloppet är statens tilldelning (totalen blir dubbelt så stor) eller förbundets "
        "totala medlemsbidrag, avrundningen, om staten visas på en rad eller som Försäkringskassan och "
        "Arbetsförmedlingen, regionens namn, kommunernas namn (uppifrån, en per rad, utan tomrader) och "
        "nyckeln: invånarantal vid det datum förbundsordningen anger, eller fasta andelar. Skriv beloppet för "
        "varje kolumn som ska vara med. En tom nyckelkolumn använder nyckeln till vänster.",
        "Andelar skrivs som 11 % eller som 11 – båda betyder 11 % och visas så. Ett tal utan procenttecken "
        "läses som procent när det är större än 1 (andel av kommunernas del) eller större än 0,25 (andel av "
        "totalen, där ingen kommun kan ha mer än 25 %); skriv därför 1 % för en procent av kommunernas del. "
        "Invånarantal skrivs som hela tal.",
        "3. Budget: övriga intäkter (t.ex. ESF-bidrag) och kostnaderna i grupperna Insatser, Struktur och "
        "Kansli och administration. Medlemsbidragen hämtas från bladet Medlemsbidrag, en rad per medlem. "
        "Skriv kostnader och intäkter som positiva tal och ge varje rad med belopp en benämning; en negativ "
        "rad blir röd. Tar budgeten pengar ur eget kapital visas de för sig, inte som årets intäkt: antingen "
        "det belopp som tas i anspråk (Uttag ur eget kapital) eller, om dokumentet brukar visa så, hela "
        "balanserade resultatet (välj under Grunduppgifter).",
        "4. Eget kapital: ingående eget kapital för den första kolumnen som används (och för prognosen om det "
        "är känt). En prognos utan budgetrader kan anges som ett resultat direkt. Fyll i trappan.",
        "5. Nyckeltal: förbundets mål för andelen till insatser och för administrationens andel, och den "
        "buffert av eget kapital som ska finnas kvar (allt valfritt).",
        "6. Avstämning (valfritt, längst ned på bladet Budget): summor som styrelsen beslutat eller som står i "
        "ett tryckt dokument. Varje summa prövas mot raderna närmast under den, så att ett skrivfel blir "
        "rött där det sitter, och där en enda rad förklarar skillnaden (två siffror omkastade, en siffra "
        "fel, en nolla för mycket eller för lite, fel tecken) nämns raden.",
        "7. Kontroller: alla kontroller i en lista. Statusen överst på varje blad visar samma sak: grön när "
        "allt stämmer, röd när något inte går ihop, grå (VÄNTAR) när något saknas – då står det vad. En "
        "halvfärdig budget är grå, inte röd."]),
    ("3", "Färgerna", None),
    ("4", "Kommunerna, fler rader och skydd", [
        "Mallen har plats för %d kommuner: lika många rader i nyckeln och i tabellen per medlem på bladet "
        "Medlemsbidrag och bland intäkterna på bladet Budget, där varje kommun står på en egen rad. Tomma "
        "rader syns inte i summorna." % N_KOMMUN,
        "En kommun till mitt i listan (eller fler rader i nyckeln): Verktyg › Skydda blad (bocka ur), markera "
        "den kommunrad i nyckeln som ska stå ovanför den nya, välj Blad › Infoga rader › Rader nedanför, skriv "
        "namn och nyckel och skydda bladet igen. Fördelningen, tabellen per medlem, raderna på bladet Budget och "
        "kontrollerna följer med av sig själva, upp till %d kommuner. (En rad infogad ovanför den första "
        "kommunen får rubrikradens utseende; infoga hellre nedanför och flytta namnen.)" % N_KOMMUN,
        "Tomma kommunrader på bladet Budget (eller i tabellen per medlem) kan tas bort när budgeten är klar: "
        "ta bort skyddet, markera raderna och välj Blad › Ta bort rader. Får förbundet senare fler kommuner än "
        "raderna räcker till säger kontrollen Varje kommun har sin rad till: infoga då rader ovanför Summa "
        "medlemsbidrag, markera raden ovanför och de nya raderna och tryck Ctrl+D (Blad › Fyll celler › "
        "Nedåt). Fler än %d kommuner räknar mallen inte med." % N_KOMMUN,
        "Fler kostnads- eller intäktsrader: ta bort skyddet och infoga raderna inne i gruppen, var som helst "
        "mellan gruppens rubrik och dess summarad (också direkt ovanför summaraden); summorna följer med. En "
        "rad med belopp utanför grupperna, utan benämning eller med en benämning som ser ut som en summa "
        "(Summa …, Totalt …, Resultat …) blir röd, med radens nummer.",
        "Bladen är skyddade utan lösenord, så att formler inte skrivs över av misstag; bara de gula cellerna "
        "går att ändra. Mallen har inga makron. Funktionerna kommer från tillägget finsam-calc: utan "
        "tillägget visar cellerna #NAMN? och statusen blir röd. Längst ned på några blad finns dolda "
        "hjälprader som formlerna använder."]),
    ("5", "Uttag ur eget kapital", [
        "Ett uttag ur eget kapital täcker ett planerat underskott: kostnaderna är större än årets intäkter, "
        "och skillnaden tas ur det egna kapitalet som tidigare år byggt upp. Uttaget ska därför vara lika "
        "stort som underskottet (intäkter minus kostnader, uttaget oräknat).",
        "Visar budgeten ett överskott och ändå ett uttag blir kontrollen röd: i ett år med överskott ökar eget "
        "kapital, och inget behöver tas ur det. Antingen ska uttaget bort, eller så är pengarna avsedda för "
        "något – budgetera dem då på kostnadsrader (t.ex. Utrymme för nya insatser), så att underskottet "
        "blir lika stort som uttaget."]),
    ("6", "Trappan för eget kapital", [
        "Nationella rådet för finansiell samordning rekommenderade 2013-10-02 en rimlig storlek på "
        "förbundens eget kapital i förhållande till medlemsbidragen, som en trappa; sedan 2016 minskar "
        "Försäkringskassans fördelningsmodell nästa års statliga medel när eget kapital ligger över den.",
        "Mallen innehåller inga värden för trappan. Skriv in gränserna och andelarna från rådets "
        "rekommendation (eller Försäkringskassans aktuella modell) på bladet Eget kapital, i samma enhet som "
        "budgeten. Så länge trappan är tom är kontrollen grå (väntar) – aldrig grön."]),
    ("7", "Spara och dela", [
        "Spara förbundets ifyllda budget som egen mall: Arkiv › Mallar › Spara som mall. Ett annat förbund "
        "importerar .ots-filen i Arkiv › Mallar › Hantera mallar › Importera, eller öppnar den direkt. "
        "De behöver också tillägget finsam-calc. Alla meddelanden skrivs med svenska tal (1 200 000 kr, "
        "23,4 %) också när LibreOffice körs på engelska."]),
]
COLOURS = [  # (style of the sample, sample, what it means)
    ("in_text", "Indata", "Gul cell, blå text: här skriver du; bara de gula går att ändra."),
    ("num", "1 234 567", "Vit cell: räknas fram med formler och är skyddad."),
    ("ok", "OK", "Grön: kontrollen stämmer."),
    ("bad", "FEL", "Röd: något går inte ihop; förklaringen står på bladet Kontroller."),
    ("wait", "VÄNTAR", "Grå: väntar på uppgifter (det står vilka), t.ex. trappan."),
    ("status", "–", "Inget att pröva (t.ex. ingen angiven summa).")]


def anvisningar(inp):
    """The first sheet: the basic facts (name, year, unit) and how to fill in the template."""
    a = Sheet("Anvisningar", ["0.6", "8", "7", "5.4"], landscape=False)
    a.add(C("Verksamhetsplan och budget för samordningsförbund", "title"))
    status_line(a, 2, first=1)
    a.note("Mall från finsam-calc. Siffrorna räknas med tilläggets funktioner FINSAM_SPLIT, BUDGET_RESULT, "
           "EQUITY_PROJECTION, EQUITY_CEILING och FINSAM_CHECK. Mallen har inga makron.", 3, first_col=1)
    if inp.example:
        a.add()
        a.add(None, *section("Om exemplet", 3))
        for line in inp.value("about"):
            a.note(line, 3, style="wrap", first_col=1)
    a.add()
    a.add(C("1", "section"), *section("Grunduppgifter", 3))
    a.add(None, C("Förbundets namn", "label"), In(inp.value("name"), "text"), name="name")
    a.add(None, C("Budgetår", "label"), In(inp.value("year"), "year"), C("t.ex. 2021", "note"), name="year")
    a.add(None, C("Belopp anges i", "label"), In(inp.value("unit", "kr"), "text", UNITS),
          C("kr eller tkr, alla blad", "note"), name="unit")
    a.add(None, C("Eget kapital bland intäkterna visas som", "label"),
          In(inp.value("eqmode", EQMODES[0]), "text", EQMODES), C("se steg 3", "note"), name="eqmode")
    a.add(None, C("Beslutad av styrelsen / version", "label"), In(inp.value("decided"), "text"), name="decided")
    a.add()
    for no, head, paras in GUIDE:
        a.add(C(no, "section"), *section(head, 3))
        if paras is None:
            for style, label, text in COLOURS:
                a.add(None, C(label, "sample_in" if style == "in_text" else style), C(text, "label"), height=0.55)
        else:
            for p in paras:
                a.note(p, 3, style="wrap", first_col=1)
        a.add()
    return a


# ------------------------------------------------------------ Medlemsbidrag
# The key block runs from its head row (khead) to its end row (kend, the note on the key): every
# formula reads it between those two, so rows inserted anywhere inside (also right below the head or
# right above the end) are read. Municipality j (1, 2, ...) is row j + 1 of the block.
KNAMES = "$A${khead}:$A${kend}"
KKEYS = "$B${khead}:$F${kend}"
# FINSAM_SPLIT of a period column over the keys as the helper rows read them (shares as fractions,
# an empty column taking the keys of the one before); its parts fill the array at pt0
SPLIT = "FINSAM_SPLIT({c}{amount};OFFSET({c}{ek0};0;0;$B${n};1);$B${step};$B${nlines};$B${bas})"
PARTS = "{c}${pt0}:{c}${pt%d}" % (N_PARTS - 1)
# the number of the municipality on a line of the table per member: its row below the region's
JM = "(ROW()-ROW($A${reg}))"
KEY_TYPED_AS_SHARE = '$B${keytype}<>"%s"' % KEYTYPES[0]


def medlemsbidrag(inp):
    """The member contributions: the settings, the amount per period, the key, the split per member."""
    m = Sheet("Medlemsbidrag", ["8.4"] + ["3"] * NP + ["4"])
    m.add(F('="Medlemsbidrag"&IF(%s="";"";" – "&%s)' % (FNAME, FNAME), "title"))
    status_line(m, 6)
    m.note("Gula celler fylls i; vita räknas fram. Fördelningen görs med FINSAM_SPLIT: staten 50 %, regionen "
           "25 %, kommunerna 25 % efter nyckeln, avrundat så att delarna blir exakt totalen.", NP + 2)
    m.add()
    _member_settings(m, inp)
    m.add()
    m.add(unit_head(), *period_heads(), C("Anteckning", "head_left"), name="hdr")
    m.add(F('=IF($B${basis}="%s";"Statens tilldelning";"Förbundets totala medlemsbidrag")' % BASES[0], "label"),
          *[In(inp.at("amount", i)) for i in range(NP)], name="amount")
    m.add(C("Totalt medlemsbidrag", "sum_label"),
          *per('=IF(ISNUMBER({c}{amount});{c}{amount}*IF($B${basis}="%s";2;1);"")' % BASES[0], "sum"), name="total")
    m.add()
    _member_key(m, inp)
    m.add()
    _member_split(m, inp)
    m.add()
    _member_helpers(m)
    return m


def _member_settings(m, inp):
    m.add(*section("Inställningar", NP + 2))
    m.add(C("Beloppet som fördelas är", "label"), In(inp.value("basis", BASES[0]), "text", BASES),
          None, C("statens tilldelning: totalen blir dubbelt så stor", "note"), name="basis")
    m.add(C("Avrundning (i vald enhet)", "label"), In(inp.value("step", 1), "num", STEPS), None,
          C("1, 100 eller 1 000; med tkr oftast 1", "note"), name="step")
    m.add(C("Staten visas som", "label"), In(inp.value("lines", LINES[0]), "text", LINES), None,
          C("en rad, eller Försäkringskassan och Arbetsförmedlingen", "note"), name="lines")
    m.add(C("Kommunernas nyckel", "label"), In(inp.value("keytype", KEYTYPES[0]), "text", KEYTYPES), None,
          C("invånarantal, eller fasta andelar (11 % eller 11)", "note"), name="keytype")
    m.add(C("Regionens namn", "label"), In(inp.value("region"), "text"), name="region")
    for r in ("basis", "lines", "keytype", "region"):
        m.merge(m.names[r], 1, 2)


def _member_key(m, inp):
    m.add(C("Fördelningsnyckel för kommunerna", "group"), None, None, None, None, None,
          F('=$B${n}&IF($B${n}=1;" kommun";" kommuner")&" (högst %d)"' % N_KOMMUN, "note"))
    m.add(C("Nyckelns datum (t.ex. 1 juli 2020)", "label"),
          *[In(inp.at("keydate", i), "text") for i in range(NP)], name="keydate")
    m.add(F('=IF(%s;"Kommun (en per rad) – andel";"Kommun (en per rad) – invånarantal")' % KEY_TYPED_AS_SHARE,
            "head_left"), *period_heads(), name="khead")
    for j in range(inp.kommun_rows):
        name, keys = inp.line("kommuner", j, (None, {}))
        m.add(In(name, "text"), *[In(keys.get(i)) for i in range(NP)], name="k%d" % j)
    keynote = inp.value("keynote") or ""
    m.add(C("Anteckning om nyckeln", "label"), In(inp.value("keynote"), "text", style="in_wrap"), name="kend",
          height=round(0.42 * max(1, -(-len(keynote) // 100)) + 0.1, 2))
    m.merge(m.names["kend"], 1, 6)
    # a share shows as a share however it was typed: 0,11 (typed 11 %) and 11 (typed 11) both as 11 %;
    # a population as a number (the input style's own format)
    first = "B{khead}"
    m.cond("B%d:F%d" % (m.names["khead"], m.names["kend"]), [
        (("formula", "AND(%s;ISNUMBER(%s);%s<=$B${kt})" % (KEY_TYPED_AS_SHARE, first, first)), "in_key_pct"),
        (("formula", "AND(%s;ISNUMBER(%s);%s>$B${kt})" % (KEY_TYPED_AS_SHARE, first, first)), "in_key_pnum")])


def _member_split(m, inp):
    m.add(C("Medlemsbidrag per medlem", "group"))
    m.add(unit_head(), *period_heads())
    m.add(F('=IF($B${nlines}=2;"Försäkringskassan";"Staten genom Försäkringskassan")', "label"),
          *per('=IF(ISNUMBER({c}{sp1});{c}${pt0};"")'), name="s1")
    m.add(F('=IF($B${nlines}=2;"Arbetsförmedlingen";"")', "label"),
          *per('=IF(AND(ISNUMBER({c}{sp1});$B${nlines}=2);INDEX(%s;2);"")' % PARTS), name="s2")
    m.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          *per('=IF(ISNUMBER({c}{sp1});INDEX(%s;$B${nlines}+1);"")' % PARTS), name="reg")
    # one line per municipality, numbered by its row (the same formula on every line: a line copied
    # down with Ctrl+D is the next municipality)
    for j in range(inp.kommun_rows):
        m.add(F('=IF(%s>$B${n};"";INDEX(%s;%s+1))' % (JM, KNAMES, JM), "label"),
              *per('=IF(AND(ISNUMBER({c}${sp1});%s<=$B${n});INDEX(%s;$B${nlines}+1+%s);"")' % (JM, PARTS, JM)),
              name="m%d" % j)
    m.add(C("Summa medlemsbidrag", "sum_label"),
          *per('=IF(ISNUMBER({c}{sp1});SUM({c}{s1}:INDEX({c}$1:{c}{msum};ROW()-1));"")', "sum"), name="msum")
    m.add(C("Fördelningen", "label"),
          *per('=IF({c}{sp1}="";"";IF(ISNUMBER({c}{sp1});"OK";IF(LEFT({c}{sp1};6)="Väntar";"väntar";"FEL")))',
               "status"), name="mstatus")
    m.cond("B%d:F%d" % (m.names["mstatus"], m.names["mstatus"]), status_rules())


def _first_missing_key():
    """The number of the first municipality without a key in the column (10000: none)."""
    rng = "OFFSET({c}{ek0};0;0;$B${n};1)"
    return "SUMPRODUCT(MIN(IF(ISNUMBER(%s);10000;ROW(%s)-ROW({c}{ek0})+1)))" % (rng, rng)


def _member_helpers(m):
    m.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    m.add(C("Antal kommuner", "helper_label"), F("=COUNTA(%s)-2" % KNAMES, "helper"), name="n", hidden=True)
    m.add(C("Statens rader (1 eller 2)", "helper_label"), F('=IF($B${lines}="%s";2;1)' % LINES[1], "helper"),
          name="nlines", hidden=True)
    m.add(C("Bas (1 = statens tilldelning)", "helper_label"), F('=IF($B${basis}="%s";1;0)' % BASES[0], "helper"),
          name="bas", hidden=True)
    m.add(C("Andelar: största andel skriven som bråk (0 = invånarantal)", "helper_label"),
          F('=IF($B${keytype}="%s";0;IF($B${keytype}="%s";0,25;1))' % (KEYTYPES[0], KEYTYPES[1]), "helper"),
          name="kt", hidden=True)
    # the key column a period uses: its own if it has any key, else the one before's (0: none yet)
    m.add(C("Nyckelkolumn som används", "helper_label"),
          *per("=IF(COUNT({c}${khead}:{c}${kend})>0;{k};{p}{kcol})", "helper",
               first="=IF(COUNT({c}${khead}:{c}${kend})>0;1;0)"), name="kcol", hidden=True)
    # the key of municipality j as a number: a population as typed; a share in millionths (a share
    # typed as 11, over the largest fraction, is 11 %), so that FINSAM_SPLIT gets whole numbers and
    # splits 27,5 % and 12,5 % as exactly as the decimals say (0,275 has no exact binary fraction)
    for j in range(N_KOMMUN):
        v = "INDEX(%s;%d;{c}{kcol})" % (KKEYS, j + 2)
        m.add(C("Nyckel som används, kommun %d" % (j + 1), "helper_label"),
              *per('=IF(OR($B${n}<%d;{c}{kcol}=0);"";IF(NOT(ISNUMBER(%s));"";IF($B${kt}>0;ROUND(IF(%s>$B${kt};%s/100;%s)'
                   '*1000000;0);%s)))' % (j + 1, v, v, v, v, v), "helper"), name="ek%d" % j, hidden=True)
    ready = "AND(ISNUMBER({c}{amount});$B${n}>0;$B${n}<=%d;COUNT(OFFSET({c}{ek0};0;0;MAX(1;$B${n});1))=$B${n})" % N_KOMMUN
    # part i of the split (one a row: an array formula would fill the rows past the last part with #N/A)
    m.add(C("Delarna (FINSAM_SPLIT)", "helper_label"),
          *per('=IF(%s;IFERROR(INDEX(%s;1);%s);"")' % (ready, SPLIT, SPLIT), "helper"), name="pt0", hidden=True)
    for i in range(1, N_PARTS):
        m.add(C(None, "helper_label"),
              *per('=IF(AND(%s;ISNUMBER({c}{pt0}));IFERROR(INDEX(%s;%d);"");"")' % (ready, SPLIT, i + 1), "helper"),
              name="pt%d" % i, hidden=True)
    period_name = "Budget!{c}${Budget:hdr}"
    m.add(C("Första delen eller meddelandet", "helper_label"),
          *per('=IFERROR(IF(ISNUMBER({c}{amount});IF($B${n}=0;"Väntar: skriv kommunernas namn och nyckel på bladet '
               'Medlemsbidrag.";IF($B${n}>%(max)d;"Mallen räknar med högst %(max)d kommuner men nyckeln har "&$B${n}&'
               '".";IF(COUNT(OFFSET({c}{ek0};0;0;$B${n};1))<$B${n};IF(ISTEXT(%(raw)s);"Nyckeln för "&INDEX(%(names)s;'
               '%(miss)s+1)&" (rad "&(ROW($A${khead})+%(miss)s)&") är text ("""&%(raw)s&"""), inte ett tal: skriv '
               'talet som cellerna visar tal, med decimalkomma (t.ex. 12,5 %%) och utan punkter mellan tusental.";'
               '"Väntar: skriv nyckeln för "&INDEX(%(names)s;%(miss)s+1)&" (rad "&(ROW($A${khead})+%(miss)s)&") för "&'
               '%(period)s&" på bladet Medlemsbidrag.");{c}{pt0})));"");%(err)s)'
               % {"max": N_KOMMUN, "names": KNAMES, "miss": _first_missing_key(), "period": period_name, "err": ERR,
                  "raw": "INDEX(%s;%s+1;IF({c}{kcol}=0;{k};{c}{kcol}))" % (KKEYS, _first_missing_key())}, "helper"),
          name="sp1", hidden=True)
    m.add(C("Rader per medlem räcker (1/0)", "helper_label"),
          F(_lines_complete("$A${reg}", "$A${msum}", "$B${n}"), "helper"), name="linesok", hidden=True)


def _lines_complete(anchor, end, n):
    """1 when the lines between anchor and end hold the formula of a municipality's line for
    each of the n municipalities (none taken away, none inserted empty), else 0."""
    first = "OFFSET(%s;1;0;MAX(1;%s);1)" % (anchor, n)
    return ("=IF(AND(ROW(%s)-ROW(%s)-1>=%s;SUMPRODUCT(ISFORMULA(%s)*1)>=MIN(1;%s)*%s);1;0)"
            % (end, anchor, n, first, n, n))


def _lines_message(sheet, anchor, end, n, where, where_in):
    """Why the lines of sheet between anchor and end do not show all n municipalities; where: the
    table as a sentence starts with it, where_in: 'på bladet Budget'."""
    first = "OFFSET(%s%s;1;0;MAX(1;%s);1)" % (sheet, anchor, n)
    rows = "(ROW(%s%s)-ROW(%s%s)-1)" % (sheet, end, sheet, anchor)
    missing = "SUMPRODUCT(MIN(IF(ISFORMULA(%s);100000;ROW(%s))))" % (first, first)
    return ('IF(%(rows)s<%(n)s;"%(where)s har rader för "&%(rows)s&" kommuner men det finns "&%(n)s&'
            '": infoga "&(%(n)s-%(rows)s)&IF(%(n)s-%(rows)s=1;" rad";" rader")&" ovanför Summa medlemsbidrag, '
            'markera raden ovanför och de nya raderna och tryck Ctrl+D (fyll nedåt).";"Rad "&%(missing)s&'
            '" %(where_in)s saknar formlerna (en infogad rad?): markera raden ovanför den och raden själv och '
            'tryck Ctrl+D (fyll nedåt).")'
            % {"rows": rows, "n": n, "where": where, "where_in": where_in, "missing": missing})


# ------------------------------------------------------------ Budget
USED = "{c}{used}=1"        # the period column is in use (Budget's helper row)
COST_GROUPS = [("ins", "Insatser (individinriktade)", "Summa insatser", N_INS),
               ("str", "Struktur (strukturinriktade insatser)", "Summa struktur", N_STR),
               ("kan", "Kansli och administration", "Summa kansli och administration", N_KAN)]
STATED = [("inc", "Summa årets intäkter"), ("incl", "Summa intäkter inklusive eget kapital"),
          ("ins", "Summa insatser"), ("str", "Summa struktur"), ("kan", "Summa kansli och administration"),
          ("costs", "Summa kostnader"), ("res", "Årets resultat"),
          ("open", "Ingående eget kapital (balanserat resultat)"), ("close", "Utgående eget kapital")]
# the line groups: (key, heading row, sum row); a group's lines are every row between the two, so a
# row inserted anywhere inside (also right above the sum row) is summed
GROUPS = [("o", "o_head", "inc_sum"), ("ins", "ins_head", "ins_sum"), ("str", "str_head", "str_sum"),
          ("kan", "kan_head", "kan_sum")]
# rows that must hold no amount: between a sum and the next heading, and around the fixed rows
GAPS = [("inc_head", "mb_head"), ("mb_head", "mb0"), ("msum", "o_head"), ("inc_sum", "eq_head"),
        ("eq_head", "draw"), ("draw", "bal"), ("bal", "incl"), ("incl", "cost_head"), ("cost_head", "ins_head"),
        ("ins_sum", "str_head"), ("str_sum", "kan_head"), ("kan_sum", "cost_sum"), ("cost_sum", "res")]


def between(head, end, column="{c}", sheet=""):
    """The rows from the row head to the one above the row end in column (a range that grows with
    rows inserted anywhere between them); sheet: 'Budget!' from another sheet."""
    rows = "Budget:" if sheet else ""
    return "%s%s{%s%s}:INDEX(%s%s$1:%s{%s%s};ROW(%s%s{%s%s})-1)" % (
        sheet, column, rows, head, sheet, column, column, rows, end, sheet, column, rows, end)


def lines(group, column="{c}", sheet=""):
    """The lines of a group (its heading row to the row above its sum)."""
    _, head, end = next(g for g in GROUPS if g[0] == group)
    return between(head, end, column, sheet)


def budget(inp):
    """The budget: income, costs, the year's result, and the sums stated in a decision or document."""
    b = Sheet("Budget", ["8.4"] + ["3"] * NP + ["3.2"])
    b.add(F('="Budget "&IF(ISNUMBER(%s);%s&" med plan "&(%s+1)&"–"&(%s+2);"")&IF(%s="";"";" – "&%s)'
            % (YEAR, YEAR, YEAR, YEAR, FNAME, FNAME), "title"))
    status_line(b, 6)
    b.note("Gula celler fylls i; vita räknas fram. Årets resultat räknas med BUDGET_RESULT: pengar ur eget "
           "kapital är inte årets intäkt, och summaraderna räknas inte två gånger.", NP + 2)
    names = [('=IF(ISNUMBER(%s);"Budget "&(%s-1);"Budget fg år")' % (YEAR, YEAR)),
             ('=IF(ISNUMBER(%s);"Prognos "&(%s-1);"Prognos i år")' % (YEAR, YEAR)),
             ('=IF(ISNUMBER(%s);"Budget "&%s;"Budget")' % (YEAR, YEAR)),
             ('=IF(ISNUMBER(%s);"Plan "&(%s+1);"Plan år 2")' % (YEAR, YEAR)),
             ('=IF(ISNUMBER(%s);"Plan "&(%s+2);"Plan år 3")' % (YEAR, YEAR))]
    b.add(unit_head(), *[F(n, "head") for n in names], C("Not", "head_left"), name="hdr")
    _budget_income(b, inp)
    b.add()
    _budget_costs(b, inp)
    b.add()
    br = "BUDGET_RESULT($A${inc_head}:$F${inc_sum};$A${cost_head}:$F${cost_sum})"
    b.add(C("Årets resultat", "result_label"),
          *per('=IF(AND(%s;{c}{ncost}>0);IFERROR(INDEX(%s;1;{k});IF(N({c}{inc_sum})=0;"";"se Kontroller"));"")'
               % (USED, br), "result"),
          name="res")
    b.add(C("Utgående eget kapital", "label"), *per("='Eget kapital'!{c}{Eget kapital:close}"), name="close")
    b.add()
    b.add(*section("Avstämning mot angivna summor (valfritt)", NP + 2))
    b.note("Summor som styrelsen beslutat eller som står i ett tryckt dokument. Bladet Kontroller prövar varje "
           "summa mot raderna närmast under den.", NP + 2)
    b.add(unit_head(), *per("={c}{hdr}", "head"))
    stated = inp.value("stated") or {}
    for key, label in STATED:
        b.add(C(label, "label"), *[In((stated.get(key) or {}).get(i)) for i in range(NP)], name="st_" + key)
    b.add()
    _budget_helpers(b)
    return b


# a line of the income table per municipality, numbered by its row below the region's
JB = "(ROW()-ROW($A${mb2}))"
MN = "Medlemsbidrag!$B${Medlemsbidrag:n}"


def _budget_income(b, inp):
    b.add(*section("Intäkter", NP + 2), name="inc_head")
    b.add(C("Medlemsbidrag", "group"), name="mb_head")
    for j, r in enumerate(["s1", "s2", "reg"]):
        b.add(F("=Medlemsbidrag!$A${Medlemsbidrag:%s}" % r, "label"),
              *per("=Medlemsbidrag!{c}${Medlemsbidrag:%s}" % r), name="mb%d" % j)
    parts = "Medlemsbidrag!{c}${Medlemsbidrag:pt0}:{c}${Medlemsbidrag:pt%d}" % (N_PARTS - 1)
    for j in range(inp.kommun_rows):
        b.add(F('=IF(%s>%s;"";INDEX(Medlemsbidrag!$A${Medlemsbidrag:khead}:$A${Medlemsbidrag:kend};%s+1))'
                % (JB, MN, JB), "label"),
              *per('=IF(AND(ISNUMBER(Medlemsbidrag!{c}${Medlemsbidrag:sp1});%s<=%s);'
                   'INDEX(%s;Medlemsbidrag!$B${Medlemsbidrag:nlines}+1+%s);"")' % (JB, MN, parts, JB)),
              name="mk%d" % j)
    b.add(C("Summa medlemsbidrag", "sum_label"),
          *per('=IF(%s;SUM({c}{mb_head}:INDEX({c}$1:{c}{msum};ROW()-1));"")' % USED, "sum"), name="msum")
    b.add(C("Övriga intäkter (t.ex. ESF-bidrag)", "group"), name="o_head")
    for j in range(N_OTHER):
        label, vals, note = inp.line("other", j)
        b.add(In(label, "text"), *[In(vals.get(i)) for i in range(NP)], In(note, "text"), name="o%d" % j)
    b.add(C("Summa årets intäkter", "sum_label"),
          *per('=IF(%s;{c}{msum}+SUM({c}{o_head}:INDEX({c}$1:{c}{inc_sum};ROW()-1));"")' % USED, "sum"),
          name="inc_sum")
    b.add(C("Från eget kapital (inte årets intäkt)", "group"), name="eq_head")
    b.add(C("Uttag ur eget kapital", "label"), *[In(inp.at("draw", i)) for i in range(NP)],
          In(inp.value("draw_note"), "text"), name="draw")
    b.add(C("Balanserat resultat (ingående eget kapital)", "label"),
          *per('=IF(AND(%s="%s";ISNUMBER(\'Eget kapital\'!{c}{Eget kapital:open}));'
               '\'Eget kapital\'!{c}{Eget kapital:open};"")' % (EQMODE, EQMODES[1])), name="bal")
    b.add(C("Summa intäkter inklusive eget kapital", "sum_label"),
          *per('=IF(%s;{c}{inc_sum}+N({c}{draw})+N({c}{bal});"")' % USED, "sum"), name="incl")


def _budget_costs(b, inp):
    b.add(*section("Kostnader", NP + 2), name="cost_head")
    for key, head, total, n in COST_GROUPS:
        b.add(C(head, "group"), name=key + "_head")
        assert len(inp.value(key) or []) <= n, key
        for j in range(n):
            label, vals, note = inp.line(key, j)
            b.add(In(label, "text"), *[In(vals.get(i)) for i in range(NP)], In(note, "text"),
                  name="%s%d" % (key, j))
        b.add(C(total, "sum_label"),
              *per('=IF(%s;SUM({c}{%s_head}:INDEX({c}$1:{c}{%s_sum};ROW()-1));"")' % (USED, key, key), "sum"),
              name=key + "_sum")
    b.add(C("Summa kostnader", "sum_label"),
          *per('=IF(%s;{c}{ins_sum}+{c}{str_sum}+{c}{kan_sum};"")' % USED, "sum"), name="cost_sum")


# Labels BUDGET_RESULT does not read as a line (docs/functions.md, "Hur raderna läses"), for the
# label x (lower case, single spaces): a sum, a result or closing equity; among income, money
# from equity.
SUM_WORDS = ["summa", "delsumma", "s:a", "sum", "subtotal"]
SUM_ENDINGS = ["(summa)", " summa", " totalt", " total"]
RESULT_STARTS = ["resultat", "årets resultat", "beräknat resultat", "budgeterat resultat", "prognostiserat resultat",
                 "periodens resultat", "prel", "preliminärt", "utgående eget kapital", "eget kapital efter",
                 "ub eget kapital"]
EQUITY_PARTS = ["eget kapital", "balanserat resultat", "balanserade medel", "egna medel", "överskott föregående",
                "överskott från föregående", "tidigare års överskott", "ackumulerat överskott"]


def not_a_line(x, income=False):
    """An array expression, > 0 where the label x would not be read as a line by BUDGET_RESULT."""
    terms = ['(TRIM(%s)="")' % x]
    for w in SUM_WORDS:
        after = 'MID(%s;%d;1)' % (x, len(w) + 1)
        terms.append('(LEFT(%s;%d)="%s")*((LEN(%s)=%d)+(%s=" ")+(%s=":")+(%s="(")+(%s=","))'
                     % (x, len(w), w, x, len(w), after, after, after, after))
    terms.append('(LEFT(%s;5)="total")' % x)
    terms += ['(RIGHT(%s;%d)="%s")' % (x, len(e), e) for e in SUM_ENDINGS]
    terms += ['(LEFT(%s;%d)="%s")' % (x, len(w), w) for w in RESULT_STARTS]
    if income:
        terms += ['ISNUMBER(FIND("%s";%s))' % (p, x) for p in EQUITY_PARTS]
    return "(" + "+".join(terms) + ")"


def _budget_helpers(b):
    """Hidden rows: which columns are used, the sums the checks build on (stated, else computed) and
    what names a row when one row explains a difference."""
    b.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    b.add(C("Kolumnen används (1/0)", "helper_label"),
          *per('=IF(COUNT(Medlemsbidrag!{c}{Medlemsbidrag:amount};%s;{c}{draw};%s;%s;%s)>0;1;0)'
               % (lines("o"), lines("ins"), lines("str"), lines("kan")), "helper"), name="used", hidden=True)
    b.add(C("Kostnadsrader med belopp", "helper_label"),
          *per("=COUNT(%s;%s;%s)" % (lines("ins"), lines("str"), lines("kan")), "helper"), name="ncost", hidden=True)
    b.add(C("Rader per kommun räcker (1/0)", "helper_label"),
          F(_lines_complete("$A${mb2}", "$A${msum}", MN), "helper"), name="linesok", hidden=True)
    # stated else computed, as written
    for key in ("ins", "str", "kan"):
        b.add(C("Angivet eller beräknat: " + key, "helper_label"),
              *per('=IF(%s;IF(ISNUMBER({c}{st_%s});{c}{st_%s};{c}{%s_sum});"")' % (USED, key, key, key), "helper"),
              name="S0_" + key, hidden=True)
    b.add(C("Angivet eller beräknat: årets intäkter", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_inc});{c}{st_inc};{c}{inc_sum});"")' % USED, "helper"), name="S0_inc",
          hidden=True)
    b.add(C("Underlag uttag", "helper_label"), *per('=IF(%s;N({c}{draw});"")' % USED, "helper"), name="S_draw",
          hidden=True)
    b.add(C("Underlag balanserat resultat", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{bal});IF(ISNUMBER({c}{st_open});{c}{st_open};{c}{bal});0);"")' % USED,
               "helper"), name="S_bal", hidden=True)
    s0_costs = "({c}{S0_ins}+{c}{S0_str}+{c}{S0_kan})"
    # Which of a stated sum and its lines is wrong, when they differ: the level above decides
    # (stated Summa kostnader, else the stated result; for income Summa intäkter inklusive eget
    # kapital, else the result). fitS: the stated sum fits it; fitC: the lines' sum fits it.
    for key in ("ins", "str", "kan"):
        for tag, value in (("fitS", "{c}{st_%s}" % key), ("fitC", "{c}{%s_sum}" % key)):
            costs = "(%s-{c}{S0_%s}+%s)" % (s0_costs, key, value)
            b.add(C("Passar nivån ovanför (%s %s)" % (tag, key), "helper_label"),
                  *per('=IF(OR(NOT(%s);NOT(ISNUMBER({c}{st_%s})));0;IF(ISNUMBER({c}{st_costs});IF(%s;1;0);'
                       'IF(ISNUMBER({c}{st_res});IF(%s;1;0);%d)))'
                       % (USED, key, near("{c}{st_costs}", costs), near("{c}{st_res}", "{c}{S0_inc}-" + costs),
                          1 if tag == "fitS" else 0), "helper"), name="%s_%s" % (tag, key), hidden=True)
    for tag, value in (("fitS", "{c}{st_inc}"), ("fitC", "{c}{inc_sum}")):
        b.add(C("Passar nivån ovanför (%s inc)" % tag, "helper_label"),
              *per('=IF(OR(NOT(%s);NOT(ISNUMBER({c}{st_inc})));0;IF(ISNUMBER({c}{st_incl});IF(%s;1;0);'
                   'IF(ISNUMBER({c}{st_res});IF(%s;1;0);%d)))'
                   % (USED, near("{c}{st_incl}", "%s+{c}{S_draw}+{c}{S_bal}" % value),
                      near("{c}{st_res}", "%s-%s" % (value, s0_costs)), 1 if tag == "fitS" else 0), "helper"),
              name="%s_inc" % tag, hidden=True)
    # what the checks build on: a stated sum as it stands, unless the level above shows that the
    # stated sum is the one that is wrong
    for key in ("ins", "str", "kan", "inc"):
        computed = "{c}{inc_sum}" if key == "inc" else "{c}{%s_sum}" % key
        b.add(C("Underlag " + key, "helper_label"),
              *per('=IF(%s;IF(ISNUMBER({c}{st_%s});IF(AND({c}{fitC_%s}=1;{c}{fitS_%s}=0);%s;{c}{st_%s});%s);"")'
                   % (USED, key, key, key, computed, key, computed), "helper"), name="S_" + key, hidden=True)
    sx = "({c}{S_ins}+{c}{S_str}+{c}{S_kan})"
    sc = "({c}{ins_sum}+{c}{str_sum}+{c}{kan_sum})"
    b.add(C("Underlag kostnader", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_costs});IF(OR(%s;%s);{c}{st_costs};IF(AND(ISNUMBER({c}{st_res});%s);%s;'
               '{c}{st_costs}));%s);"")' % (USED, near("{c}{st_costs}", sx), near("{c}{st_costs}", sc),
                                           near("{c}{st_res}", "{c}{S_inc}-" + sx), sx, sx), "helper"),
          name="S_costs", hidden=True)
    b.add(C("Underlag årets resultat", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_res});{c}{st_res};{c}{S_inc}-{c}{S_costs});"")' % USED, "helper"),
          name="S_res", hidden=True)
    b.add(C("Årets resultat enligt raderna", "helper_label"),
          *per('=IF(%s;{c}{S_inc}-{c}{S_costs};"")' % USED, "helper"), name="R_lines", hidden=True)
    _typo_helpers(b)
    _row_helpers(b)


def _typo_match(rng, d, pt, ps):
    """An array expression over the amounts rng, > 0 where one slip in that row explains the
    difference d (stated sum minus the lines' sum): two digits swapped (pt: the power of ten of
    the swap, -1 if d is no swap), one digit wrong (ps likewise), a zero too few or too many, the
    sign turned."""
    y = "IF(ISNUMBER(%s);%s;0)" % (rng, rng)
    dig = lambda p: "MOD(INT(%s/10^(%s));10)" % (y, p)  # noqa: E731
    return ("((%(y)s>0)*((%(pt)s>=0)*(9*(%(dpt)s-%(dpt1)s)*10^MAX(0;%(pt)s)=%(d)s)"
            "+(%(ps)s>=0)*(%(dps)s+%(d)s/10^MAX(0;%(ps)s)>=0)*(%(dps)s+%(d)s/10^MAX(0;%(ps)s)<=9)"
            "+(9*%(y)s=%(d)s)+(10*%(d)s=-9*%(y)s))+(%(y)s<0)*(2*%(y)s=-%(d)s))"
            % {"y": y, "pt": pt, "ps": ps, "d": d, "dpt": dig("MAX(0;%s)" % pt), "dpt1": dig("MAX(0;%s)+1" % pt),
               "dps": dig("MAX(0;%s)" % ps)})


def _typo_helpers(b):
    """Per line group: the difference between the stated sum and the lines, and the one row that
    explains it (0: none or several)."""
    for key, _, end in GROUPS:
        stated = "st_inc" if key == "o" else "st_" + key
        b.add(C("Skillnad angivet − rader: " + key, "helper_label"),
              *per('=IF(AND(%s;ISNUMBER({c}{%s}));{c}{%s}-{c}{%s};"")' % (USED, stated, stated, end), "helper"),
              name="d_" + key, hidden=True)
        a = "ABS({c}{d_%s})" % key
        b.add(C("Omkastade siffror: tiopotens", "helper_label"),
              *per('=IF(NOT(ISNUMBER({c}{d_%(k)s}));-1;IF(AND({c}{d_%(k)s}<>0;MOD(%(a)s;9)=0);IF(MOD(%(a)s/9;'
                   '10^(LEN(TEXT(%(a)s/9;"0"))-1))=0;LEN(TEXT(%(a)s/9;"0"))-1;-1);-1))' % {"k": key, "a": a},
                   "helper"), name="pt_" + key, hidden=True)
        b.add(C("En siffra fel: tiopotens", "helper_label"),
              *per('=IF(NOT(ISNUMBER({c}{d_%(k)s}));-1;IF(AND({c}{d_%(k)s}<>0;%(a)s=INT(%(a)s));IF(MOD(%(a)s;'
                   '10^(LEN(TEXT(%(a)s;"0"))-1))=0;LEN(TEXT(%(a)s;"0"))-1;-1);-1))' % {"k": key, "a": a},
                   "helper"), name="ps_" + key, hidden=True)
        match = _typo_match(lines(key), "{c}{d_%s}" % key, "{c}{pt_%s}" % key, "{c}{ps_%s}" % key)
        b.add(C("Raden som förklarar skillnaden", "helper_label"),
              *per('=IF(OR(NOT(ISNUMBER({c}{d_%s}));{c}{d_%s}=0);0;IF(SUMPRODUCT((%s>0)*1)=1;'
                   'SUMPRODUCT((%s>0)*ROW(%s));0))' % (key, key, match, match, lines(key)), "helper"),
              name="row_" + key, hidden=True)


def _row_helpers(b):
    """Rows that are not lines: amounts outside the groups, lines without a label or with one that
    BUDGET_RESULT reads as a sum; and negative amounts. The first such row of each kind (100000: none)."""
    gap_rows = []
    for a, z in GAPS:
        rng = "INDEX({c}$1:{c}{%s};ROW({c}{%s})+1):INDEX({c}$1:{c}{%s};ROW({c}{%s})-1)" % (z, a, z, z)
        gap_rows.append('IF(ROW({c}{%s})-ROW({c}{%s})>1;%s;100000)' % (z, a, first_row("ISNUMBER(%s)" % rng, rng)))
    b.add(C("Första rad med belopp utanför grupperna", "helper_label"),
          *per("=IF(%s;MIN(%s);100000)" % (USED, ";".join(gap_rows)), "helper"), name="gap_row", hidden=True)
    bad = []
    for key, _, _ in GROUPS:
        rng, lab = lines(key), lines(key, "$A")
        cond = "ISNUMBER(%s)*(%s>0)" % (rng, not_a_line("LOWER(TRIM(%s))" % lab, key == "o"))
        bad.append(first_row(cond, rng))
    b.add(C("Första rad med belopp som inte läses som en rad", "helper_label"),
          *per("=IF(%s;MIN(%s);100000)" % (USED, ";".join(bad)), "helper"), name="lab_row", hidden=True)
    neg_first, neg_count = [], []
    for key, _, _ in GROUPS:
        rng = lines(key)
        cond = "ISNUMBER(%s)*(%s<0)" % (rng, rng)
        neg_first.append(first_row(cond, rng))
        neg_count.append(count_where(cond))
    neg_first.append("IF(N({c}{draw})<0;ROW({c}{draw});100000)")
    neg_count.append("(N({c}{draw})<0)")
    b.add(C("Första negativa rad", "helper_label"),
          *per("=IF(%s;MIN(%s);100000)" % (USED, ";".join(neg_first)), "helper"), name="neg_row", hidden=True)
    b.add(C("Negativa rader", "helper_label"),
          *per("=IF(%s;%s;0)" % (USED, "+".join(neg_count)), "helper"), name="neg_n", hidden=True)
    b.add(C("Negativa kostnadsrader", "helper_label"),
          *per("=IF(%s;%s;0)" % (USED, "+".join(neg_count[1:4])), "helper"), name="neg_cost", hidden=True)


# ------------------------------------------------------------ Eget kapital
# EQUITY_PROJECTION over the columns in use (first to last, the helper row first): the chain
PROJ = ("EQUITY_PROJECTION(OFFSET($B${chain_open};0;$B${first}-1;1;$C${first}-$B${first}+1);"
        "OFFSET($B${chain_res};0;$B${first}-1;1;$C${first}-$B${first}+1);"
        "OFFSET($B${chain_name};0;$B${first}-1;1;$C${first}-$B${first}+1))")
STAIR = "$B${st0}:$C${st%d}" % (N_STEPS - 1)


def eget_kapital(inp):
    """Equity: opening, result and closing chained over the columns, and the staircase (the ceiling)."""
    e = Sheet("Eget kapital", ["8.4"] + ["3"] * NP + ["5.6"])
    e.add(C("Eget kapital", "title"))
    status_line(e, 6)
    e.note("Utgående eget kapital = ingående + årets resultat, kedjat över kolumnerna med EQUITY_PROJECTION. "
           "En budget som följs av en prognos för samma år ingår inte i kedjan: nästa år bygger på prognosen.",
           NP + 2)
    e.add(unit_head(), *period_heads(), name="hdr")
    e.add(C("Ingående eget kapital, inmatat", "label"), *[In(inp.at("open_in", i)) for i in range(NP)],
          C("tom: förra kolumnens utgående", "note"), name="open_in")
    e.add(C("Årets resultat, inmatat (valfritt)", "label"), *[In(inp.at("res_in", i)) for i in range(NP)],
          C("t.ex. prognos utan rader", "note"), name="res_in")
    e.add()
    # without a typed opening: column B has none before it; the forecast (C) opens as the budget of
    # the same year (B) does; later columns open with the closing before them (carry)
    before = ['""', 'IF({p}{u}=1;{p}{open};"")'] + ["{p}{carry}"] * (NP - 2)
    e.add(C("Ingående eget kapital", "label"),
          *by_period(['=IF({c}{u}=1;IF(ISNUMBER({c}{open_in});{c}{open_in};%s);"")' % x for x in before]),
          name="open")
    e.add(C("Årets resultat", "label"), *per(
        '=IF(ISNUMBER({c}{res_in});{c}{res_in};IF(ISNUMBER(Budget!{c}{Budget:res});Budget!{c}{Budget:res};""))'),
        name="res")
    e.add(C("Utgående eget kapital", "result_label"),
          *per('=IF(AND({c}{u}=1;ISNUMBER($B${proj1}));IF($B${first}=$C${first};%s;INDEX(%s;1;{k}-$B${first}+1));"")'
               % (PROJ, PROJ), "result"), name="close")
    e.add()
    _equity_ceiling(e)
    e.add()
    _equity_staircase(e, inp)
    e.add()
    _equity_helpers(e)
    return e


def _equity_ceiling(e):
    e.add(C("Eget kapital och trappan", "group"))
    e.add(C("Medlemsbidrag", "label"), *per("=Budget!{c}{Budget:msum}"), name="contrib")
    e.add(C("Eget kapital i procent av medlemsbidragen", "label"),
          *per('=IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);{c}{close}/{c}{contrib};"")', "pct"), name="eqpct")
    e.add(C("Högsta eget kapital enligt trappan", "label"),
          *per('=IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);IF(COUNT($C${st0}:$C${st%d})=0;"fyll i trappan";'
               'IFERROR(EQUITY_CEILING({c}{contrib};%s);"fel"));"")' % (N_STEPS - 1, STAIR)), name="ceiling")
    e.add(C("Prövning mot trappan", "label"), *per("=" + status_word("{c}{ceilraw}"), "status"), name="ceilstatus")
    e.cond("B%d:F%d" % (e.names["ceilstatus"], e.names["ceilstatus"]), status_rules())


def _equity_staircase(e, inp):
    e.add(C("Trappan (Nationella rådets rekommendation) – fylls i av förbundet", "group"))
    e.note(SOURCE_STAIRCASE + " Mallen har inga värden för trappan: skriv in rådets gränser och andelar, "
           "gränserna i samma enhet som budgeten. Så länge trappan är tom väntar prövningen (grå).", NP + 2)
    e.add(C("Medlemsbidrag från och med gränsen", "head_left"), F('="Gräns ("&%s&")"' % UNIT, "head"),
          C("Högsta andel", "head"))
    for j in range(N_STEPS):
        lim, share = inp.line("staircase", j, (None, None))
        e.add(C("Steg %d" % (j + 1), "label"), In(lim), In(share, "pct"), name="st%d" % j)


def _equity_helpers(e):
    e.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    e.add(C("Kolumnen ingår (1/0)", "helper_label"), *per('=IF(ISNUMBER({c}{res});1;0)', "helper"), name="u",
          hidden=True)
    e.add(C("Första och sista kolumnen", "helper_label"), F("=IFERROR(MATCH(1;B{u}:F{u};0);0)", "helper"),
          F("=MAX(B{u}*1;C{u}*2;D{u}*3;E{u}*4;F{u}*5)", "helper"), name="first", hidden=True)
    e.add(C("Ingående eget kapital till kedjan", "helper_label"),
          *per('=IF(ISNUMBER({c}{open_in});{c}{open_in};"")', "helper"), name="chain_open", hidden=True)
    e.add(C("Resultat till kedjan", "helper_label"), *per('=IF(ISNUMBER({c}{res});{c}{res};0)', "helper"),
          name="chain_res", hidden=True)
    e.add(C("Perioder till kedjan", "helper_label"), *per('=IF({c}{u}=1;{c}{hdr};"-")', "helper"),
          name="chain_name", hidden=True)
    e.add(C("Kedjans första värde eller meddelande", "helper_label"),
          F('=IFERROR(IF($B${first}=0;"";IFERROR(INDEX(%s;1;1);%s));%s)' % (PROJ, PROJ, ERR), "helper"),
          name="proj1", hidden=True)
    e.add(C("Utgående att bygga vidare på", "helper_label"),
          *per('=IF({c}{u}=1;{c}{close};{p}{carry})', "helper", first='=IF(B{u}=1;B{close};"")'),
          name="carry", hidden=True)
    e.add(C("Prövning mot trappan, meddelande", "helper_label"),
          *per('=IFERROR(IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);IF(COUNT($C${st0}:$C${st%d})=0;'
               '"Väntar: fyll i trappan på bladet Eget kapital.";'
               'EQUITY_CEILING_CHECK({c}{close};{c}{contrib};%s;%s));"");%s)' % (N_STEPS - 1, STAIR, UNIT, ERR),
               "helper"), name="ceilraw", hidden=True)


# ------------------------------------------------------------ Nyckeltal
def nyckeltal(inp):
    """Key figures: the administration's share and the share to efforts against the förbund's goals,
    and the money left for new efforts."""
    k = Sheet("Nyckeltal", ["8.4"] + ["3"] * NP + ["3"])
    k.add(C("Nyckeltal", "title"))
    status_line(k, 6)
    k.add(C("Andelarna räknas på budgetens summor; målen är förbundets egna (valfria).", "note"))
    k.add(unit_head(), *period_heads())
    k.add(C("Summa kostnader", "label"), *per("=Budget!{c}{Budget:cost_sum}"), name="costs")
    k.add(C("varav insatser", "label"), *per("=Budget!{c}{Budget:ins_sum}"), name="ins")
    k.add(C("varav struktur", "label"), *per("=Budget!{c}{Budget:str_sum}"), name="str")
    k.add(C("varav kansli och administration", "label"), *per("=Budget!{c}{Budget:kan_sum}"), name="kan")
    k.add()
    # negative costs are red on Kontroller: a share of them would mislead, so the cell says where to look
    no_share = 'IF(Budget!{c}{Budget:neg_cost}>0;"se Kontroller";"")'
    k.add(C("Administrationens andel av kostnaderna", "label"),
          *per('=IF(AND(N({c}{costs})>0;Budget!{c}{Budget:neg_cost}=0);{c}{kan}/{c}{costs};%s)' % no_share, "pct"),
          name="adm")
    k.add(C("Mål: högst (valfritt)", "label"), In(inp.value("goal_adm"), "pct"), name="goal_adm")
    k.add(C("Målet för administrationen", "label"),
          *per('=IF(OR(NOT(ISNUMBER({c}{adm}));NOT(ISNUMBER($B${goal_adm})));"";IF(ROUND({c}{adm};6)<=$B${goal_adm};'
               '"uppfyllt";"ej uppfyllt"))', "status"), name="adm_ok")
    k.add()
    k.add(C("Andel till insatser (individ + struktur)", "label"),
          *per('=IF(AND(N({c}{costs})>0;Budget!{c}{Budget:neg_cost}=0);({c}{ins}+{c}{str})/{c}{costs};%s)'
               % no_share, "pct"), name="insshare")
    k.add(C("Mål: minst (valfritt, t.ex. 80 %)", "label"), In(inp.value("goal_ins"), "pct"), name="goal_ins")
    k.add(C("Målet för insatserna", "label"),
          *per('=IF(OR(NOT(ISNUMBER({c}{insshare}));NOT(ISNUMBER($B${goal_ins})));"";IF(ROUND({c}{insshare};6)>='
               '$B${goal_ins};"uppfyllt";"ej uppfyllt"))', "status"), name="ins_ok")
    for r in ("adm_ok", "ins_ok"):
        k.cond("B%d:F%d" % (k.names[r], k.names[r]), status_rules())
    k.add()
    k.add(C("Medel för nya insatser", "group"))
    k.add(C("Utgående eget kapital", "label"), *per("='Eget kapital'!{c}{Eget kapital:close}"), name="close")
    k.add(C("Buffert som ska finnas kvar (valfritt)", "label"), In(inp.value("buffer")), name="buffer")
    k.add(C("Medel kvar för nya insatser", "sum_label"),
          *per('=IF(ISNUMBER({c}{close});{c}{close}-N($B${buffer});"")', "sum"), name="free")
    k.add(C("Eget kapital över trappans tak", "label"),
          *per("=IF(AND(ISNUMBER({c}{close});ISNUMBER('Eget kapital'!{c}{Eget kapital:ceiling}));"
               "MAX(0;{c}{close}-'Eget kapital'!{c}{Eget kapital:ceiling});\"\")"), name="over")
    k.add()
    k.note("Medel kvar = utgående eget kapital minus bufferten: det som ännu inte är fördelat till någon "
           "kostnadsrad. Andel till insatser = (insatser + struktur) / summa kostnader. Administrationens andel = "
           "kansli och administration / summa kostnader. Med negativa kostnadsrader räknas inga andelar "
           "(se Kontroller).", NP + 1)
    return k


# ------------------------------------------------------------ Kontroller
@dataclass
class Check:
    """A row of the sheet Kontroller.  A message is "OK", "Väntar: ..." (grey), "" (nothing to
    check) or what is wrong (red)."""
    title: str
    empty: str                  # the explanation when there is nothing to check
    each: list = None           # a message formula per period column (see period), or
    overall: str = None         # one message formula for the workbook


def each_period(template):
    """The same message formula in every period column."""
    return [template] * NP


M_ = "Medlemsbidrag!"
EK = "'Eget kapital'!"
BUSED = "Budget!{c}{Budget:used}=1"
PERIOD = "Budget!{c}{Budget:hdr}"


def mref(r):
    return M_ + "{c}{Medlemsbidrag:%s}" % r


def bref(r):
    return "Budget!{c}{Budget:%s}" % r


def eref(r):
    return EK + "{c}{Eget kapital:%s}" % r


def nref(r):
    return "Nyckeltal!{c}{Nyckeltal:%s}" % r


def blabel(row):
    """The label in column A of Budget at row number row (a formula)."""
    return "INDEX(Budget!$A$1:$A${Budget:st_close};%s)" % row


def bvalue(row):
    """The amount of the period column at row number row of Budget."""
    return "INDEX(Budget!{c}$1:{c}{Budget:st_close};%s)" % row


def setup_checks():
    """The add-in, the year and the list of municipalities. The add-in is there if a call with
    plain values answers (#NAME? otherwise); EQUITY_PROJECTION takes values, while FINSAM_CHECK's
    lines, like every range users give as whole columns, must be a reference (Err:504 for 1)."""
    n = M_ + "$B${Medlemsbidrag:n}"
    names = M_ + "$A${Medlemsbidrag:khead}:$A${Medlemsbidrag:kend}"
    keys = M_ + "$B${Medlemsbidrag:khead}:$F${Medlemsbidrag:kend}"
    first_names = "OFFSET(%s$A${Medlemsbidrag:khead};1;0;MAX(1;%s);1)" % (M_, n)
    # the rows below the n-th municipality up to the end row: no key may stand there without a name
    rest = "OFFSET(%s$B${Medlemsbidrag:khead};%s+1;0;MAX(1;ROWS(%s)-%s-2);5)" % (M_, n, names, n)
    rest_a = "OFFSET(%s$A${Medlemsbidrag:khead};%s+1;0;MAX(1;ROWS(%s)-%s-2);5)" % (M_, n, names, n)
    return [
        Check("Tillägget finsam-calc är installerat", "", overall=(
            '=IF(ISERROR(EQUITY_PROJECTION(0;0));"Tillägget finsam-calc saknas: installera finsam-calc.oxt '
            '(Verktyg › Tilläggshanterare) och starta om LibreOffice.";"OK")')),
        Check("Budgetåret är ifyllt", "", overall=(
            '=IF(%s="";"Väntar: skriv budgetåret på bladet Anvisningar.";IF(AND(ISNUMBER(%s);%s>=2000;%s<=2100);'
            '"OK";"Budgetåret ska vara ett årtal, t.ex. 2021."))' % (YEAR, YEAR, YEAR, YEAR))),
        Check("Kommunerna står uppifrån utan tomma rader", "Inga kommuner ännu.", overall=(
            '=IF(%(n)s=0;IF(COUNT(%(m)sB{Medlemsbidrag:amount}:F{Medlemsbidrag:amount})>0;'
            '"Väntar: skriv kommunernas namn på bladet Medlemsbidrag.";"");IF(COUNTA(%(first)s)<%(n)s;'
            '"Rad "&%(gap)s&" på bladet Medlemsbidrag är tom men det finns kommuner under den: skriv kommunerna '
            'uppifrån utan tomrader (eller ta bort den tomma raden).";IF(%(n)s<ROWS(%(names)s)-2;IF(COUNT(%(rest)s)>0;'
            '"Rad "&%(keyrow)s&" på bladet Medlemsbidrag har en nyckel men inget kommunnamn.";"OK");"OK")))'
            % {"n": n, "m": M_, "first": first_names, "names": names, "rest": rest,
               "gap": first_row('%s=""' % first_names, first_names),
               "keyrow": "SUMPRODUCT(MIN(IF(ISNUMBER(%s);ROW(%s);100000)))" % (rest, rest_a)})),
    ]


def member_checks():
    """The split: to the krona, 50/25/25, the key, a line for each municipality."""
    kom = "(%s-N(%s)-N(%s)-N(%s))" % (mref("msum"), mref("s1"), mref("s2"), mref("reg"))
    member_lines = "%s:INDEX(%s{c}$1:{c}{Medlemsbidrag:msum};ROW(%s)-1)" % (mref("s1"), M_, mref("msum"))
    n = M_ + "$B${Medlemsbidrag:n}"
    ek = "OFFSET(%s;0;0;MAX(1;%s);1)" % (mref("ek0"), n)
    own = "%s={k}" % mref("kcol")
    kt = M_ + "$B${Medlemsbidrag:kt}"
    target = "IF(%s=0,25;0,25;1)" % kt
    bad_pop = "SUMPRODUCT(MIN(IF((%s<>INT(%s))+(%s<=0);ROW(%s)-ROW(%s)+1;10000)))" % (ek, ek, ek, ek, mref("ek0"))
    kname = "INDEX(%s$A${Medlemsbidrag:khead}:$A${Medlemsbidrag:kend};%s+1)" % (M_, bad_pop)
    lines_ok = "AND(%s$B${Medlemsbidrag:linesok}=1;Budget!$B${Budget:linesok}=1)" % M_
    return [
        Check("Medlemsbidragen summerar till totalen, till kronan", "Inget belopp att fördela ännu.", each_period(
            '=IF(NOT(ISNUMBER(%s));"";IF(NOT(ISNUMBER(%s));%s;IF(%s$B${Medlemsbidrag:linesok}=1;'
            'FINSAM_CHECK(%s;%s;0;%s);"")))' % (mref("amount"), mref("sp1"), mref("sp1"), M_, member_lines,
                                               mref("total"), UNIT))),
        Check("Staten 50 % av totalen", "Ingen fördelning ännu.", each_period(
            '=IF(NOT(ISNUMBER(%s));"";IF(ABS(N(%s)+N(%s)-%s/2)<%s$B${Medlemsbidrag:step};"OK";'
            '"Staten får "&%s&" men 50 %% av totalen är "&%s&"."))'
            % (mref("sp1"), mref("s1"), mref("s2"), mref("total"), M_,
               fmt("N(%s)+N(%s)" % (mref("s1"), mref("s2"))), fmt(mref("total") + "/2")))),
        Check("Regionen 25 % av totalen", "Ingen fördelning ännu.", each_period(
            '=IF(NOT(ISNUMBER(%s));"";IF(ABS(%s-%s/4)<%s$B${Medlemsbidrag:step};"OK";'
            '"Regionen får "&%s&" men 25 %% av totalen är "&%s&"."))'
            % (mref("sp1"), mref("reg"), mref("total"), M_, fmt(mref("reg")), fmt(mref("total") + "/4")))),
        Check("Kommunerna tillsammans 25 % av totalen", "Ingen fördelning ännu.", each_period(
            '=IF(OR(NOT(ISNUMBER(%s));%s$B${Medlemsbidrag:linesok}=0);"";IF(ABS(%s-%s/4)<%s$B${Medlemsbidrag:step};'
            '"OK";"Kommunerna får tillsammans "&%s&" men 25 %% av totalen är "&%s&"."))'
            % (mref("sp1"), M_, kom, mref("total"), M_, fmt(kom), fmt(mref("total") + "/4")))),
        Check("Kommunernas nyckel (invånarantal eller andelar)", "Ingen nyckel att pröva ännu.", each_period(
            '=IF(OR(%(n)s=0;NOT(%(own)s);COUNT(%(ek)s)<%(n)s);"";IF(%(kt)s=0;IF(%(bad)s=10000;"OK";'
            '"Nyckeln för "&%(kname)s&" (rad "&(ROW(%(m)s$A${Medlemsbidrag:khead})+%(bad)s)&" på bladet '
            'Medlemsbidrag) är "&%(val)s&", men invånarantal är hela tal större än 0. Är nyckeln andelar? Välj '
            'då en fast andel under Kommunernas nyckel.");IF(ABS(SUM(%(ek)s)-%(target)s*1000000)<0,5;"OK";'
            '"Kommunernas andelar summerar till "&%(sum)s&" men ska bli "&IF(%(kt)s=0,25;"25 %% (andel av totalen)";'
            '"100 %% (andel av kommunernas del)")&".")))'
            % {"n": n, "own": own, "ek": ek, "kt": kt, "bad": bad_pop, "kname": kname, "m": M_,
               "val": sv_number("INDEX(%s;%s)" % (ek, bad_pop), 'IF(INDEX(%s;%s)=INT(INDEX(%s;%s));0;2)'
                                % (ek, bad_pop, ek, bad_pop)),
               "target": target, "sum": fmt_pct("SUM(%s)/1000000" % ek, None)})),
        Check("Varje kommun har sin rad, också på bladet Budget", "Inga kommuner ännu.", overall=(
            '=IF(%(n)s=0;"";IF(%(ok)s;"OK";IF(%(m)s$B${Medlemsbidrag:linesok}=0;%(msg_m)s;%(msg_b)s)))'
            % {"n": n, "ok": lines_ok, "m": M_,
               "msg_m": _lines_message(M_, "$A${Medlemsbidrag:reg}", "$A${Medlemsbidrag:msum}", n,
                                       "Tabellen Medlemsbidrag per medlem", "i tabellen Medlemsbidrag per medlem"),
               "msg_b": _lines_message("Budget!", "$A${Budget:mb2}", "$A${Budget:msum}", n, "Bladet Budget",
                                       "på bladet Budget")})),
    ]


def _group_message(key, title, stated_row, parent_name):
    """The message of a line group whose lines do not add up to its stated sum: which one is wrong,
    and the row that explains the difference when one does."""
    end = "inc_sum" if key == "o" else key + "_sum"
    fk = "inc" if key == "o" else key
    row = bref("row_" + key)
    d = bref("d_" + key)
    v = bvalue(row)
    pt = bref("pt_" + key)
    dig = lambda p: "MOD(INT(%s/10^(%s));10)" % (v, p)  # noqa: E731
    kind = ('IF(9*%(v)s=%(d)s;"en nolla för lite";IF(10*%(d)s=-9*%(v)s;"en nolla för mycket";IF(%(v)s<0;'
            '"fel tecken";IF(AND(%(pt)s>=0;9*(%(a)s-%(b)s)*10^MAX(0;%(pt)s)=%(d)s);"två siffror omkastade";'
            '"en siffra fel"))))' % {"v": v, "d": d, "pt": pt, "a": dig("MAX(0;%s)" % pt), "b": dig("MAX(0;%s)+1" % pt)})
    lines_sum = bref(end)
    stated = bref(stated_row)
    return ('IF(AND(%(fitc)s=1;%(fits)s=0);"Den angivna summan %(what)s (rad "&ROW(%(stated)s)&") är "&%(fs)s&'
            '" men raderna summerar till "&%(fl)s&"; med radernas summa stämmer %(parent)s, så det är den '
            'angivna summan som är fel.";"Raderna summerar till "&%(fl)s&" men den angivna summan är "&%(fs)s&'
            '" (skillnad "&%(fd)s&")."&IF(%(row)s>0;" Troligen rad "&%(row)s&" ("&%(label)s&"): "&%(fv)s&" – med "&'
            '%(fx)s&" stämmer summan ("&%(kind)s&").";""))'
            % {"fitc": bref("fitC_" + fk), "fits": bref("fitS_" + fk), "what": title, "stated": stated,
               "fs": fmt(stated), "fl": fmt(lines_sum), "parent": parent_name, "fd": fmt("%s-%s" % (lines_sum, stated)),
               "row": row, "label": blabel(row), "fv": fmt(v), "fx": fmt("%s+%s" % (v, d)), "kind": kind})


def budget_checks():
    """The budget's sums against the stated ones, the result row, negative amounts, rows outside
    the groups, the draw on equity."""
    parent = 'IF(ISNUMBER(%s);"summa kostnader";"årets resultat")' % bref("st_costs")
    stated_ok = lambda key: near(bref("st_" + key), bref(key + "_sum"))  # noqa: E731
    checks = [
        Check("Årets intäkter mot angiven summa", "Ingen angiven summa.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";IF(%s;"OK";%s))'
            % (BUSED, bref("st_inc"), near(bref("st_inc"), bref("inc_sum")),
               _group_message("o", "årets intäkter", "st_inc", "summa intäkter inklusive eget kapital eller årets "
                              "resultat")))),
        Check("Intäkter inklusive eget kapital mot angiven summa", "Ingen angiven summa.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";IF(OR(%s;%s);"OK";"Årets intäkter, uttaget och balanserat '
            'resultat blir "&%s&" men den angivna summan intäkter inklusive eget kapital är "&%s&" (skillnad "&%s&")."))'
            % (BUSED, bref("st_incl"),
               near(bref("st_incl"), "%s+%s+%s" % (bref("S_inc"), bref("S_draw"), bref("S_bal"))),
               near(bref("st_incl"), "%s+%s+%s" % (bref("inc_sum"), bref("S_draw"), bref("S_bal"))),
               fmt("%s+%s+%s" % (bref("S_inc"), bref("S_draw"), bref("S_bal"))), fmt(bref("st_incl")),
               fmt("%s+%s+%s-%s" % (bref("S_inc"), bref("S_draw"), bref("S_bal"), bref("st_incl")))))),
    ]
    for key, title in (("ins", "Insatser"), ("str", "Struktur"), ("kan", "Kansli och administration")):
        checks.append(Check("%s mot angiven summa" % title, "Ingen angiven summa.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";IF(%s=0;"Väntar: skriv raderna för %s för "&%s&".";IF(%s;"OK";%s)))'
            % (BUSED, bref("st_" + key), "COUNT(%s)" % lines(key, sheet="Budget!"), title.lower(), PERIOD,
               stated_ok(key), _group_message(key, title.lower(), "st_" + key, '"&%s&"' % parent)))))
    sx = "(%s+%s+%s)" % (bref("S_ins"), bref("S_str"), bref("S_kan"))
    sc = "(%s+%s+%s)" % (bref("ins_sum"), bref("str_sum"), bref("kan_sum"))
    incs = (bref("S_inc"), bref("inc_sum"))
    results = ["%s-%s" % (i, c) for i in incs for c in (bref("S_costs"), sx, sc)]
    # the checks of negative amounts and of rows outside the groups come right after this one
    neg_no = len(setup_checks()) + len(member_checks()) + len(checks) + 4
    lab_no = neg_no + 1
    checks += [
        Check("Summa kostnader mot angiven summa", "Ingen angiven summa.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";IF(OR(%s;%s);"OK";"Gruppernas summor blir "&%s&" men den angivna '
            'summa kostnader (rad "&ROW(%s)&") är "&%s&" (skillnad "&%s&")."&IF(AND(ISNUMBER(%s);%s);'
            '" Med gruppernas summa stämmer årets resultat, så det är den angivna summan som är fel.";"")))'
            % (BUSED, bref("st_costs"), near(bref("st_costs"), sx), near(bref("st_costs"), sc), fmt(sx),
               bref("st_costs"), fmt(bref("st_costs")), fmt("%s-%s" % (sx, bref("st_costs"))), bref("st_res"),
               near(bref("st_res"), "%s-%s" % (bref("S_inc"), sx))))),
        Check("Årets resultat mot angivet", "Inget angivet resultat.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";IF(%s=0;"Väntar: skriv kostnaderna för "&%s&" på bladet Budget.";'
            'IF(OR(%s);"OK";"Intäkter minus kostnader är "&%s&" men det angivna resultatet (rad "&ROW(%s)&") är "&%s&'
            '" (skillnad "&%s&").")))'
            % (BUSED, bref("st_res"), bref("ncost"), PERIOD, ";".join(near(bref("st_res"), r) for r in results),
               fmt(bref("R_lines")), bref("st_res"), fmt(bref("st_res")),
               fmt("%s-%s" % (bref("R_lines"), bref("st_res")))))),
        Check("Resultatraden stämmer med summaraderna", "Ingen kolumn används ännu.", each_period(
            '=IF(NOT(%(used)s);"";IF(%(ncost)s=0;"Väntar: skriv kostnaderna för "&%(period)s&" på bladet Budget.";'
            'IF(ISNUMBER(%(res)s);IF(%(same)s;"OK";IF(OR(%(neg)s>0;%(lab)s<100000;%(gap)s<100000);'
            '"Väntar: rätta först kontroll %(neg_no)d eller %(lab_no)d.";"Summa årets intäkter minus summa '
            'kostnader är "&%(fsum)s&", men årets resultat enligt BUDGET_RESULT är "&%(fres)s&" (skillnad "&%(fd)s&'
            '"). Håll varje rad med belopp inom sin grupp, ovanför gruppens summarad, och ge den en benämning."));'
            'IF(N(%(inc)s)=0;"Väntar: årets intäkter för "&%(period)s&" saknas ännu (medlemsbidragen är inte '
            'fördelade, se kontroll 4).";"Årets resultat kunde inte räknas: "&BUDGET_RESULT(Budget!$A${Budget:inc_head}:'
            '$F${Budget:inc_sum};Budget!$A${Budget:cost_head}:$F${Budget:cost_sum})))))'
            % {"used": BUSED, "ncost": bref("ncost"), "period": PERIOD, "res": bref("res"),
               "same": near("%s-%s" % (bref("inc_sum"), bref("cost_sum")), bref("res")), "neg": bref("neg_n"),
               "lab": bref("lab_row"), "gap": bref("gap_row"), "neg_no": neg_no, "lab_no": lab_no,
               "fsum": fmt("%s-%s" % (bref("inc_sum"), bref("cost_sum"))), "fres": fmt(bref("res")),
               "fd": fmt("%s-%s-%s" % (bref("inc_sum"), bref("cost_sum"), bref("res"))), "inc": bref("inc_sum")})),
        _negative_check(),
        _rows_check(),
        _draw_check(results),
    ]
    return checks


def _negative_check():
    row = bref("neg_row")
    in_costs = "%s>ROW(%s)" % (row, bref("cost_head"))
    return Check("Inga negativa belopp bland intäkter och kostnader", "Ingen kolumn används ännu.", each_period(
        '=IF(NOT(%(used)s);"";IF(%(n)s=0;"OK";IF(AND(%(nc)s>0;%(nc)s=%(ncost)s);"Alla kostnadsrader är negativa: '
        'skriv kostnader som positiva tal (mallen drar dem från intäkterna).";IF(%(row)s=ROW(%(draw)s);"Uttaget ur '
        'eget kapital är "&%(fv)s&": skriv det belopp som tas ur eget kapital som ett positivt tal.";"Rad "&%(row)s&'
        '" ("&%(label)s&") är "&%(fv)s&": skriv "&IF(%(in_costs)s;"kostnader";"intäkter")&" som positiva tal."'
        '&IF(%(n)s>1;" Det finns "&(%(n)s-1)&IF(%(n)s=2;" negativ rad";" negativa rader")&" till.";"")))))'
        % {"used": BUSED, "n": bref("neg_n"), "nc": bref("neg_cost"), "ncost": bref("ncost"), "row": row,
           "draw": bref("draw"), "fv": fmt(bvalue(row)), "label": blabel(row), "in_costs": in_costs}))


def _rows_check():
    gap, lab = bref("gap_row"), bref("lab_row")
    row = "MIN(%s;%s)" % (gap, lab)
    label = "LOWER(TRIM(%s))" % blabel(lab)
    in_income = "%s<ROW(%s)" % (lab, bref("cost_head"))
    equity = "+".join('ISNUMBER(FIND("%s";%s))' % (p, label) for p in EQUITY_PARTS)
    return Check("Varje belopp står i en grupp, med en benämning", "Ingen kolumn används ännu.",
                 each_period(
        '=IF(NOT(%(used)s);"";IF(%(row)s=100000;"OK";IF(%(gap)s<=%(lab)s;"Rad "&%(gap)s&IF(TRIM(%(glabel)s)="";"";'
        '" ("&%(glabel)s&")")&" har ett belopp men står utanför grupperna och räknas inte i någon summa: flytta den '
        'in i en grupp, ovanför gruppens summarad.";IF(TRIM(%(llabel)s)="";"Rad "&%(lab)s&" har ett belopp men '
        'ingen benämning: skriv en benämning (BUDGET_RESULT läser en rad utan benämning som en summarad).";'
        'IF(AND(%(in_income)s;(%(equity)s)>0);"Rad "&%(lab)s&" ("&%(llabel)s&") är pengar ur eget kapital, inte '
        'årets intäkt: skriv beloppet på raden Uttag ur eget kapital.";"Rad "&%(lab)s&" ("&%(llabel)s&") läses '
        'som en summa- eller resultatrad av BUDGET_RESULT och räknas inte: ge raden en benämning som inte börjar '
        'med Summa, Totalt, Resultat eller Prel.")))))'
        % {"used": BUSED, "row": row, "gap": gap, "lab": lab, "glabel": blabel(gap), "llabel": blabel(lab),
           "in_income": in_income, "equity": equity}))


def _draw_check(results):
    """The draw on equity covers the deficit: as stated, or as the lines give it (either may be a
    typo another check shows)."""
    res = bref("S_res")
    deficit_ok = ";".join(near("-(%s)" % r, bref("draw")) for r in [res] + results)
    return Check("Uttaget ur eget kapital täcker underskottet", "Inget uttag ur eget kapital.", each_period(
        '=IF(OR(NOT(%(used)s);NOT(ISNUMBER(%(draw)s)));"";IF(%(ncost)s=0;"Väntar: skriv kostnaderna för "&%(period)s&'
        '" på bladet Budget; uttaget prövas mot underskottet.";IF(%(draw)s<0;"";IF(OR(%(ok)s);"OK";IF(%(res)s>=0;'
        'IF(%(res)s>0;"Budgeten visar ett överskott på "&%(fres)s&" utan uttaget";"Intäkterna täcker redan '
        'kostnaderna")&", men "&%(fdraw)s&" tas ur eget kapital. Ett uttag behövs bara för att täcka ett '
        'underskott; ett år med överskott ökar eget kapital. Ta bort uttaget, eller budgetera pengarna på '
        'kostnadsrader (t.ex. nya insatser) så att underskottet blir lika stort som uttaget.";"Underskottet är "&'
        '%(fdef)s&" men uttaget ur eget kapital är "&%(fdraw)s&" (skillnad "&%(fd)s&"): uttaget ska vara lika '
        'stort som underskottet.")))))'
        % {"used": BUSED, "draw": bref("draw"), "ncost": bref("ncost"), "period": PERIOD, "ok": deficit_ok,
           "res": res, "fres": fmt(res), "fdraw": fmt(bref("draw")), "fdef": fmt("-(%s)" % res),
           "fd": fmt("%s+%s" % (bref("draw"), res))}))


def _stated_close(c):
    """The closing equity of column c: stated on Budget if given, else the chain's."""
    return ("IF(ISNUMBER(Budget!%s{Budget:st_close});Budget!%s{Budget:st_close};'Eget kapital'!%s{Eget kapital:close})"
            % (c, c, c))


def equity_checks():
    """Opening against stated, the chain, never negative, the staircase."""
    # the opening each column should have: typed, or the closing before it (stated if given); the
    # forecast (C) opens as the budget of the same year (B); the budget year (D) after the forecast
    # if there is one, else after the budget of the year before
    expected_open = ['""', "IF(%s{p}{Eget kapital:u}=1;%s{p}{Eget kapital:open};\"\")" % (EK, EK),
                     "IF(%s{p}{Eget kapital:u}=1;%s;%s)" % (EK, _stated_close("{p}"), _stated_close("B"))]
    expected_open += [_stated_close("{p}")] * (NP - 3)

    def opening(expected):
        return ('=IF(OR(%s<>1;NOT(ISNUMBER(%s)));"";IF(ISNUMBER(%s);%s;IF(%s="";"";%s)))'
                % (eref("u"), bref("st_open"), eref("open_in"),
                   compare(eref("open_in"), bref("st_open"), "Inmatat ingående eget kapital", "det angivna"),
                   expected, compare(expected if expected != '""' else "0", bref("st_open"),
                                     "Förra kolumnens utgående eget kapital", "det angivna ingående")))
    s_open = "IF(ISNUMBER(%s);%s;%s)" % (bref("st_open"), bref("st_open"), eref("open"))
    # before the chain has a first value: waiting for the opening of the first column used
    chain_wait = ('IF(NOT(ISNUMBER(INDEX(%(e)s$B${Eget kapital:chain_open}:$F${Eget kapital:chain_open};1;'
                  '%(e)s$B${Eget kapital:first})));'
                  '"Väntar: skriv ingående eget kapital för "&'
                  'INDEX(%(e)s$B${Eget kapital:hdr}:$F${Eget kapital:hdr};1;%(e)s$B${Eget kapital:first})&'
                  '" på bladet Eget kapital.";%(e)s$B${Eget kapital:proj1})' % {"e": EK})
    # the stated closing may build on the stated result or on the one the lines give (a typo in
    # either shows in its own check)
    stated_close = ('IF(OR(%s;%s);"OK";%s)'
                    % (near("%s+IF(%s;%s;%s)" % (s_open, BUSED, bref("S_res"), eref("res")), bref("st_close")),
                       near("%s+IF(%s;%s;%s)" % (s_open, BUSED, bref("R_lines"), eref("res")), bref("st_close")),
                       compare("%s+IF(%s;%s;%s)" % (s_open, BUSED, bref("S_res"), eref("res")), bref("st_close"),
                               "Ingående eget kapital plus årets resultat", "det angivna utgående")))
    return [
        Check("Ingående eget kapital mot angivet", "Inget angivet ingående eget kapital.",
              [opening(x) for x in expected_open]),
        Check("Utgående eget kapital = ingående + årets resultat", "Inget eget kapital ännu.", each_period(
            '=IF(NOT(%s=1);"";IF(NOT(ISNUMBER(%s));IF(ISNUMBER(%s);"";%s);IF(ISNUMBER(%s);%s;%s)))'
            % (eref("u"), eref("close"), EK + "$B${Eget kapital:proj1}", chain_wait, bref("st_close"), stated_close,
               compare("%s+%s" % (eref("open"), eref("res")), eref("close"),
                       "Ingående plus årets resultat", "kedjans utgående eget kapital (EQUITY_PROJECTION)")))),
        Check("Eget kapital blir inte negativt", "Inget eget kapital ännu.", each_period(
            '=IF(NOT(ISNUMBER(%s));"";IF(%s>=0;"OK";"Eget kapital blir "&%s&" vid slutet av "&%s&": förbundet '
            'får inte gå med underskott i eget kapital."))' % (eref("close"), eref("close"), fmt(eref("close")), PERIOD))),
        Check("Eget kapital under trappans tak", "Inget eget kapital att pröva ännu.",
              each_period("=" + eref("ceilraw"))),
    ]


def goal_checks():
    """The förbund's own goals (sheet Nyckeltal)."""
    return [
        Check("Administrationens andel inom förbundets mål", "Inget mål angivet.", each_period(
            '=IF(%s="";"";IF(%s="uppfyllt";"OK";"Administrationens andel är "&%s&" men målet är högst "&%s&"."))'
            % (nref("adm_ok"), nref("adm_ok"), fmt_pct(nref("adm")), fmt_pct("Nyckeltal!$B${Nyckeltal:goal_adm}", None)))),
        Check("Andelen till insatser når förbundets mål", "Inget mål angivet.", each_period(
            '=IF(%s="";"";IF(%s="uppfyllt";"OK";"Andelen till insatser är "&%s&" men målet är minst "&%s&"."))'
            % (nref("ins_ok"), nref("ins_ok"), fmt_pct(nref("insshare")),
               fmt_pct("Nyckeltal!$B${Nyckeltal:goal_ins}", None)))),
    ]


RAW = ["J", "K", "L", "M", "N"]     # the hidden columns of Kontroller with each period's message
FIRST_CHECK = 5                     # the row of check 1


def kontroller(checks):
    """All checks, one a row: the status (OK, FEL, VÄNTAR, –), one per period, the explanation; the
    messages themselves in the hidden columns J-N; the overall status in C2 (on every sheet)."""
    kc = Sheet("Kontroller", ["0.7", "9.6", "2.2"] + ["2.6"] * NP + ["12.5"] + ["4"] * NP,
               hidden_cols=range(9, 9 + NP))
    kc.add(C("Kontroller", "title"))
    last = FIRST_CHECK + len(checks) - 1
    r = kc.add(None, C("Kontrollstatus", "label"),
               F(overall_formula("C%d:C%d" % (FIRST_CHECK, last)), "big"), name="status")
    kc.merge(r, 2, 7)
    kc.cond("C2", status_rules("big"))
    kc.add()
    kc.add(C("Nr", "head_left"), C("Kontroll", "head_left"), C("Status", "head"), *period_heads(),
           C("Förklaring", "head_left"), *period_heads(), name="khdr")
    for no, check in enumerate(checks, start=1):
        _check_row(kc, no, check)
    kc.cond("C%d:H%d" % (FIRST_CHECK, last), status_rules())
    kc.add()
    kc.note("Varje kontroll prövar ett samband. Angivna summor (längst ned på bladet Budget) används som de står, "
            "så att ett skrivfel på en rad blir rött vid sin egen summa och inte i alla summor under den; visar "
            "nivån ovanför att det är den angivna summan som är fel, sägs det i stället. Grått: kontrollen väntar "
            "på uppgifter (VÄNTAR, det står vilka) eller har inget att pröva (–). Alla tal skrivs på svenska.",
            8, first_col=1)
    assert kc.names["chk1"] == FIRST_CHECK, (kc.names["chk1"], FIRST_CHECK)
    return kc


def _check_row(kc, no, check):
    row = kc.next_row
    if check.each:
        raws = by_period(["=IFERROR(%s;%s)" % (f[1:], ERR) for f in check.each], "text")
        shorts = [F("=" + status_word("%s%d" % (x, row)), "status") for x in RAW]
    else:
        raws = [F("=IFERROR(%s;%s)" % (check.overall[1:], ERR), "text")] + [None] * (NP - 1)
        shorts = [None] * NP
    rng = "J%d:N%d" % (row, row)
    nfel = 'SUMPRODUCT((%s<>"")*(%s<>"OK")*(LEFT(%s;6)<>"Väntar"))' % (rng, rng, rng)
    nwait = 'SUMPRODUCT(LEFT(%s;6)="Väntar")' % rng
    status = F('=IF(%s>0;"FEL";IF(%s>0;"VÄNTAR";IF(COUNTIF(%s;"OK")>0;"OK";"–")))' % (nfel, nwait, rng), "status")
    # the explanation: the errors (each after its period's heading), else what waits, else "Stämmer."
    errs = "&".join('IF(AND(%(x)s<>"";%(x)s<>"OK";LEFT(%(x)s;6)<>"Väntar");%(pre)s%(x)s&" ";"")'
                    % {"x": "%s%d" % (rc, row), "pre": '%s${khdr}&": "&' % rc if check.each else ""}
                    for rc in RAW)
    waits = "".join('IF(LEFT(%s%d;6)="Väntar";%s%d;' % (rc, row, rc, row) for rc in RAW) + '""' + ")" * NP
    expl = F('=TRIM(IF(C%d="FEL";%s;IF(C%d="VÄNTAR";%s;IF(C%d="OK";"Stämmer.";"%s"))))'
             % (row, errs, row, waits, row, check.empty), "msg")
    kc.add(C(str(no), "label"), C(check.title, "label"), status, *shorts, expl, *raws, name="chk%d" % no)


# ====================================================================== the one-year template
OY_UNIT = "$B${unit}"
OY_KOMMUNER, OY_OTHER, OY_STEPS = 8, 4, 5
OY_GROUPS = [("ins", "Insatser", 8), ("str", "Struktur", 4), ("kan", "Kansli och administration", 6)]
# the members' block runs from the region's row to Summa medlemsbidrag: rows inserted anywhere
# inside are read; municipality j is row j below the region's, its key in C and its share (the key
# as a number, a share typed as 11 being 11 %) in D, which FINSAM_SPLIT reads
OY_KEYS = "OFFSET($F${reg};1;0;MAX(1;$D${nh});1)"
OY_SPLIT = "FINSAM_SPLIT($B${amount};%s;$B${step};$B${nh};$C${nh})" % OY_KEYS
OY_FILLED = "ISNUMBER($B${amount})"
OY_J = "(ROW()-ROW($A${reg}))"


def oy_lines(key):
    """The rows of a group of the one-year budget, from its heading to the row above its sum."""
    head = {"o": "inc_head"}.get(key, key + "_head")
    end = {"o": "inc_sum"}.get(key, key + "_sum")
    return "B{%s}:INDEX(B$1:B{%s};ROW(B{%s})-1)" % (head, end, end)


OY_NCOST = "COUNT(%s;%s;%s)" % (oy_lines("ins"), oy_lines("str"), oy_lines("kan"))


def one_year(d=None):
    """A single sheet for a small förbund: members, budget, equity and checks for one year.
    d holds inputs (the tests type seed 002 into it); None gives the empty template."""
    inp = Inputs(d or {})
    s = Sheet("Budget", ["9", "3", "3", "2.2", "6", "2"], landscape=False, hidden_cols=(5,))
    for part in (_oy_basics, _oy_members, _oy_budget, _oy_equity, _oy_key_figures):
        part(s, inp)
        s.add()
    first, last = _oy_checks(s)
    s.add()
    _oy_helpers(s, first, last)
    return Workbook(inp.value("title", "Budget för ett litet samordningsförbund – ett år"), [s],
                    "Mall för ett års budget med medlemsbidrag på ett blad, från finsam-calc.")


def _oy_basics(s, inp):
    s.add(F('="Budget "&IF(ISNUMBER($B${year});$B${year};"")&IF($B${name}="";"";" – "&$B${name})', "title"))
    r = s.add(C("Kontrollstatus", "label"), F("=$B${overall}", "big"), name="status")
    s.merge(r, 1, 4)
    s.cond("B%d" % r, status_rules("big"))
    s.note("Mall från finsam-calc för ett litet förbund: ett år på ett blad. Gula celler fylls i; vita räknas fram "
           "med tilläggets funktioner och är skyddade (utan lösenord). Inga makron. Kontrollerna står längst ned. "
           "Plats för %d kommuner (fler: den fleråriga mallen). Kostnader och intäkter skrivs som positiva tal; "
           "fler rader infogas inne i gruppen, också direkt ovanför summaraden. Alla tal i meddelandena skrivs på "
           "svenska." % OY_KOMMUNER, 5)
    s.add()
    s.add(*section("Grunduppgifter", 5))
    s.add(C("Förbundets namn", "label"), In(inp.value("name"), "text"), name="name")
    s.merge(s.names["name"], 1, 3)
    s.add(C("Budgetår", "label"), In(inp.value("year"), "year"), name="year")
    s.add(C("Belopp anges i", "label"), In(inp.value("unit", "kr"), "text", UNITS), C("kr eller tkr", "note"),
          name="unit")


def _oy_members(s, inp):
    s.add(*section("Medlemsbidrag", 5))
    s.add(F('=IF($B${basis}="%s";"Statens tilldelning";"Förbundets totala medlemsbidrag")' % BASES[0], "label"),
          In(inp.value("amount")), name="amount")
    s.add(C("Beloppet är", "label"), In(inp.value("basis", BASES[0]), "text", BASES), name="basis")
    s.merge(s.names["basis"], 1, 2)
    s.add(C("Avrundning (i vald enhet)", "label"), In(inp.value("step", 1), "num", STEPS),
          C("1, 100 eller 1 000", "note"), name="step")
    s.add(C("Staten visas som", "label"), In(inp.value("lines", LINES[0]), "text", LINES), name="lines")
    s.merge(s.names["lines"], 1, 2)
    s.add(C("Kommunernas nyckel", "label"), In(inp.value("keytype", KEYTYPES[0]), "text", KEYTYPES),
          None, None, C("andelar: 11 % eller 11", "note"), name="keytype")
    s.merge(s.names["keytype"], 1, 2)
    s.add(C("Regionens namn", "label"), In(inp.value("region"), "text"), name="region")
    s.merge(s.names["region"], 1, 2)
    s.add(C("Totalt medlemsbidrag", "sum_label"),
          F('=IF(ISNUMBER(B{amount});B{amount}*IF($B${basis}="%s";2;1);"")' % BASES[0], "sum"), name="total")
    s.add(C("Medlem (skriv kommunernas namn)", "head_left"), F('="Belopp ("&%s&")"' % OY_UNIT, "head"),
          F('=IF($B${keytype}="%s";"Invånare";"Andel (nyckel)")' % KEYTYPES[0], "head"),
          C("Andel", "head"), C("Nyckelns datum / not", "head_left"))
    s.add(F('=IF($B${nh}=2;"Försäkringskassan";"Staten genom Försäkringskassan")', "label"),
          F('=IF(ISNUMBER($B${sp1});$B${sp1};"")'), name="s1")
    s.add(F('=IF($B${nh}=2;"Arbetsförmedlingen";"")', "label"),
          F('=IF(AND(ISNUMBER($B${sp1});$B${nh}=2);INDEX(%s;2);"")' % OY_SPLIT), name="s2")
    s.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          F('=IF(ISNUMBER($B${sp1});INDEX(%s;$B${nh}+1);"")' % OY_SPLIT), name="reg")
    keys = "OFFSET($C${reg};1;0;MAX(1;$D${nh});1)"
    norm = lambda x: "IF(ISNUMBER(%s);IF(($E${nh}>0)*(%s>$E${nh});%s/100;%s);0)" % (x, x, x, x)  # noqa: E731
    for j in range(OY_KOMMUNER):
        kname, key = inp.line("kommuner", j, (None, None))
        r = s.next_row
        # D: the municipality's share of the municipalities' part; F (hidden): the weight FINSAM_SPLIT
        # reads, a population as typed or a share in millionths (whole numbers: exact)
        s.add(In(kname, "text"),
              F('=IF(AND(ISNUMBER($B${sp1});%s<=$D${nh});INDEX(%s;$B${nh}+1+%s);"")' % (OY_J, OY_SPLIT, OY_J)),
              In(key), F('=IF(OR(A%d="";NOT(ISNUMBER(C%d)));"";IFERROR(%s/SUMPRODUCT(%s);""))'
                         % (r, r, norm("C%d" % r), norm(keys)), "pct"),
              In(None, "text"),
              F('=IF(OR(A%d="";NOT(ISNUMBER(C%d)));"";IF($E${nh}>0;ROUND(%s*1000000;0);C%d))' % (r, r, norm("C%d" % r), r),
                "helper"), name="k%d" % j)
    s.add(C("Summa medlemsbidrag", "sum_label"),
          F('=IF(ISNUMBER($B${sp1});SUM(B{s1}:INDEX(B$1:B{msum};ROW()-1));"")', "sum"), name="msum")
    first = "C{reg}"
    share = '$B${keytype}<>"%s"' % KEYTYPES[0]
    s.cond("C%d:C%d" % (s.names["reg"], s.names["msum"]), [
        (("formula", "AND(%s;ISNUMBER(%s);%s<=$E${nh})" % (share, first, first)), "in_key_pct"),
        (("formula", "AND(%s;ISNUMBER(%s);%s>$E${nh})" % (share, first, first)), "in_key_pnum")])


def _oy_stated_status(row, check):
    """OK or FEL beside a stated sum in column C, from the check called check."""
    return F('=IF(C{%s}="";"";IF(C{%s}="OK";"OK";"FEL"))' % (row, check), "status")


def _oy_budget(s, inp):
    stated = inp.value("stated") or {}
    s.add(*section("Budget", 5))
    s.add(F('="Belopp i "&' + OY_UNIT, "head_left"), F('="Budget "&IF(ISNUMBER($B${year});$B${year};"")', "head"),
          C("Angiven summa", "head"), C("Kontroll", "head"), C("Not", "head_left"))
    s.add(C("Intäkter", "group"), name="inc_head")
    s.add(C("Medlemsbidrag", "label"), F("=B{msum}"), name="inc_mb")
    for j in range(OY_OTHER):
        label, value = inp.line("other", j, (None, None))
        s.add(In(label, "text"), In(value), None, None, In(None, "text"), name="o%d" % j)
    s.add(C("Summa årets intäkter", "sum_label"), F("=SUM(B{inc_head}:INDEX(B$1:B{inc_sum};ROW()-1))", "sum"),
          In(stated.get("inc")), _oy_stated_status("inc_sum", "x_inc"), name="inc_sum")
    s.add(C("Uttag ur eget kapital (inte årets intäkt)", "label"), In(inp.value("draw")), None, None,
          In(None, "text"), name="draw")
    s.add(C("Summa intäkter inklusive eget kapital", "sum_label"), F("=B{inc_sum}+N(B{draw})", "sum"), name="incl")
    s.add(C("Kostnader", "group"), name="cost_head")
    for key, head, n in OY_GROUPS:
        s.add(C(head, "group"), name=key + "_head")
        for j in range(n):
            label, value = inp.line(key, j, (None, None))
            s.add(In(label, "text"), In(value), None, None, In(None, "text"), name="%s%d" % (key, j))
        s.add(C("Summa " + head.lower(), "sum_label"), F("=SUM(B{%s_head}:INDEX(B$1:B{%s_sum};ROW()-1))" % (key, key),
                                                          "sum"),
              In(stated.get(key)), _oy_stated_status(key + "_sum", "x_" + key), name=key + "_sum")
    s.add(C("Summa kostnader", "sum_label"), F("=B{ins_sum}+B{str_sum}+B{kan_sum}", "sum"), In(stated.get("costs")),
          _oy_stated_status("cost_sum", "x_costs"), name="cost_sum")
    br = "BUDGET_RESULT($A${inc_head}:$B${inc_sum};$A${cost_head}:$B${cost_sum})"
    s.add(C("Årets resultat", "result_label"),
          F('=IF(OR(NOT(ISNUMBER($B${amount}));%s=0;N(B{inc_sum})=0);"";IF(ISNUMBER(%s);%s;"se kontrollerna"))'
            % (OY_NCOST, br, br),
            "result"),
          In(stated.get("res")), _oy_stated_status("res", "x_res"), name="res")
    for row in ("inc_sum", "ins_sum", "str_sum", "kan_sum", "cost_sum", "res"):
        s.cond("D%d" % s.names[row], status_rules())


def _oy_equity(s, inp):
    s.add(*section("Eget kapital", 5))
    s.add(C("Ingående eget kapital", "label"), In(inp.value("open")), name="open")
    s.add(C("Årets resultat", "label"), F("=B{res}"), name="res2")
    s.add(C("Utgående eget kapital", "sum_label"),
          F('=IF(AND(ISNUMBER(B{open});ISNUMBER(B{res2}));IFERROR(EQUITY_PROJECTION(B{open};B{res2});"fel");"")',
            "sum"), name="close")
    s.add(C("Eget kapital i procent av medlemsbidragen", "label"),
          F('=IF(AND(ISNUMBER(B{close});N(B{msum})>0);B{close}/B{msum};"")', "pct"), name="eqpct")
    s.add(C("Trappan (medlemsbidrag från gränsen)", "head_left"), F('="Gräns ("&%s&")"' % OY_UNIT, "head"),
          C("Högsta andel", "head"), C(None, "head"), C(None, "head"))
    for j in range(OY_STEPS):
        lim, share = inp.line("staircase", j, (None, None))
        s.add(C("Steg %d" % (j + 1), "label"), In(lim), In(share, "pct"), name="st%d" % j)
    s.note(SOURCE_STAIRCASE + " Mallen har inga värden: fyll i rådets gränser och andelar (samma enhet som "
           "budgeten). Så länge trappan är tom väntar prövningen (grå).", 5)


def _oy_key_figures(s, inp):
    s.add(*section("Nyckeltal", 5))
    s.add(C("Administrationens andel av kostnaderna", "label"),
          F('=IF(N(B{cost_sum})>0;IF(C{x_negl}="OK";B{kan_sum}/B{cost_sum};"se kontrollerna");"")', "pct"),
          In(inp.value("goal_adm"), "pct"),
          C("mål: högst", "note"), name="adm")
    s.add(C("Andel till insatser (individ och struktur)", "label"),
          F('=IF(N(B{cost_sum})>0;IF(C{x_negl}="OK";(B{ins_sum}+B{str_sum})/B{cost_sum};"se kontrollerna");"")',
            "pct"), In(inp.value("goal_ins"), "pct"),
          C("mål: minst", "note"), name="insshare")
    s.add(C("Medel kvar för nya insatser", "label"), F("=B{close}"), name="free")


def _oy_check_list():
    """The checks of the one-year template: (row name, title, message formula without '=')."""
    u = OY_UNIT

    def stated(key):      # a group's sum as stated, else as computed
        return "IF(ISNUMBER(C{%s_sum});C{%s_sum};B{%s_sum})" % (key, key, key)
    s_costs = "IF(ISNUMBER(C{cost_sum});C{cost_sum};%s+%s+%s)" % (stated("ins"), stated("str"), stated("kan"))
    s_inc = "IF(ISNUMBER(C{inc_sum});C{inc_sum};B{inc_sum})"
    s_res = "IF(ISNUMBER(C{res});C{res};%s-%s)" % (s_inc, s_costs)
    r_lines = "(B{inc_sum}-B{cost_sum})"
    members = "B{s1}:INDEX(B$1:B{msum};ROW(B{msum})-1)"
    kom = "(B{msum}-N(B{s1})-N(B{s2})-N(B{reg}))"
    n = "$D${nh}"
    first = "OFFSET($A${reg};1;0;MAX(1;%s);1)" % n
    amounts, shares = "OFFSET($B${reg};1;0;MAX(1;%s);1)" % n, "OFFSET($F${reg};1;0;MAX(1;%s);1)" % n
    keys = "OFFSET($C${reg};1;0;MAX(1;%s);1)" % n
    kt = "$E${nh}"
    norm = "IF(ISNUMBER(%s);IF((%s>0)*(%s>%s);%s/100;%s);0)" % (keys, kt, keys, kt, keys, keys)
    no_formula = "SUMPRODUCT(MIN(IF(ISFORMULA(%s)*ISFORMULA(%s);100000;ROW(%s))))" % (amounts, shares, amounts)
    bad_pop = "SUMPRODUCT(MIN(IF((%s<>INT(%s))+(%s<=0);ROW(%s);100000)))" % (keys, keys, keys, keys)
    neg = []
    for key in ("o", "ins", "str", "kan"):
        rng = oy_lines(key)
        neg.append(first_row("ISNUMBER(%s)*(%s<0)" % (rng, rng), rng))
    neg.append("IF(N(B{draw})<0;ROW(B{draw});100000)")
    neg_row = "MIN(%s)" % ";".join(neg)
    chk = [
        ("x_addin", "Tillägget finsam-calc är installerat",
         'IF(ISERROR(EQUITY_PROJECTION(0;0));"Tillägget finsam-calc saknas: installera finsam-calc.oxt och starta om.";"OK")'),
        ("x_year", "Budgetåret är ifyllt",
         'IF($B${year}="";"Väntar: skriv budgetåret.";IF(AND(ISNUMBER($B${year});$B${year}>=2000;$B${year}<=2100);'
         '"OK";"Budgetåret ska vara ett årtal."))'),
        ("x_split", "Medlemsbidragen summerar till totalen",
         'IF(NOT(%s);"Väntar: skriv medlemsbidragets belopp.";IF(ISNUMBER($B${sp1});FINSAM_CHECK(%s;'
         '$B${total};0;%s);$B${sp1}))' % (OY_FILLED, members, u)),
        ("x_kom", "Kommunerna uppifrån, var och en med belopp",
         'IF(%(n)s=0;IF(%(f)s;"Väntar: skriv kommunernas namn.";"");IF(COUNTA(%(first)s)<%(n)s;"Rad "&%(gap)s&" är tom '
         'men det finns kommuner under den: skriv kommunerna uppifrån utan tomrader.";IF(%(nf)s<100000;"Rad "&%(nf)s&'
         '" saknar formlerna för belopp och andel (en infogad rad?): markera raden ovanför och raden (hela raderna), '
         'välj Blad › Fyll celler › Nedåt och skriv sedan namn och nyckel igen.";"OK")))'
         % {"n": n, "f": OY_FILLED, "first": first, "gap": first_row('%s=""' % first, first), "nf": no_formula}),
        ("x_law", "Staten 50 %, regionen 25 %, kommunerna 25 %",
         'IF(NOT(ISNUMBER($B${sp1}));"";IF(AND(ABS(N(B{s1})+N(B{s2})-B{total}/2)<$B${step};ABS(B{reg}-B{total}/4)'
         '<$B${step};ABS(%s-B{total}/4)<$B${step});"OK";"Fördelningen följer inte 50/25/25: staten "&'
         '%s&", regionen "&%s&", kommunerna "&%s&"."))' % (kom, fmt("N(B{s1})+N(B{s2})", u), fmt("B{reg}", u),
                                                           fmt(kom, u))),
        ("x_key", "Kommunernas nyckel (invånarantal eller andelar)",
         'IF(%(n)s=0;"";IF(COUNTIF(%(keys)s;"?*")>0;"Nyckeln på rad "&%(textrow)s&" är text, inte ett tal: skriv talet som '
         'cellerna visar tal, med decimalkomma (t.ex. 12,5 %%).";IF(COUNT(%(keys)s)<%(n)s;"";IF(%(kt)s=0;IF(%(bad)s=100000;"OK";"Nyckeln på rad "&%(bad)s&" är '
         'inte ett helt tal större än 0, som ett invånarantal. Är nyckeln andelar? Välj då en fast andel under '
         'Kommunernas nyckel.");IF(ABS(SUMPRODUCT(%(norm)s)-IF(%(kt)s=0,25;0,25;1))<0,000005;"OK";"Kommunernas '
         'andelar summerar till "&%(sum)s&" men ska bli "&IF(%(kt)s=0,25;"25 %% (andel av totalen)";"100 %% (andel '
         'av kommunernas del)")&".")))))'
         % {"n": n, "keys": keys, "kt": kt, "bad": bad_pop, "norm": norm, "sum": fmt_pct("SUMPRODUCT(%s)" % norm, None),
            "textrow": first_row("ISTEXT(%s)" % keys, keys)}),
        ("x_inc", "Årets intäkter mot angiven summa",
         'IF(NOT(ISNUMBER(C{inc_sum}));"";%s)' % compare("B{inc_sum}", "C{inc_sum}", "Radernas summa",
                                                         "den angivna summan", u)),
    ]
    for key, head, _ in OY_GROUPS:
        chk.append(("x_" + key, head + " mot angiven summa",
                    'IF(NOT(ISNUMBER(C{%s_sum}));"";FINSAM_CHECK(%s;C{%s_sum};0;%s))' % (key, oy_lines(key), key, u)))
    chk += [
        ("x_costs", "Summa kostnader mot angiven summa",
         'IF(NOT(ISNUMBER(C{cost_sum}));"";%s)' % compare("%s+%s+%s" % (stated("ins"), stated("str"), stated("kan")),
                                                          "C{cost_sum}", "Gruppernas summa",
                                                          "den angivna summan", u)),
        ("x_res", "Årets resultat mot angivet",
         'IF(NOT(ISNUMBER(C{res}));"";IF(OR(%s;%s);"OK";%s))'
         % (near("%s-%s" % (s_inc, s_costs), "C{res}"), near(r_lines, "C{res}"),
            compare("%s-%s" % (s_inc, s_costs), "C{res}", "Intäkter minus kostnader", "det angivna resultatet", u))),
        ("x_br", "Resultatraden stämmer med summaraderna",
         'IF(NOT(%s);"";IF(%s=0;"Väntar: skriv kostnaderna.";IF(NOT(ISNUMBER($B${sp1}));"Väntar: medlemsbidragen är inte '
         'fördelade ännu.";IF(ISNUMBER(B{res});IF(%s;"OK";IF(%s<100000;"Väntar: '
         'rätta först de negativa beloppen.";"Summa intäkter minus summa kostnader är "&%s&", men årets resultat '
         'enligt BUDGET_RESULT är "&%s&". Håll varje rad med belopp inom sin grupp, ovanför gruppens summarad, och ge '
         'den en benämning som inte börjar med Summa, Totalt eller Resultat."));"Årets resultat kunde inte räknas: "&'
         'BUDGET_RESULT($A${inc_head}:$B${inc_sum};$A${cost_head}:$B${cost_sum})))))'
         % (OY_FILLED, OY_NCOST, near(r_lines, "B{res}"), neg_row, fmt(r_lines, u), fmt("B{res}", u))),
        ("x_negl", "Inga negativa belopp bland intäkter och kostnader",
         'IF(NOT(%s);"";IF(%s=100000;"OK";"Rad "&%s&" ("&INDEX($A$1:$A${res};%s)&") är "&%s&": skriv intäkter, '
         'kostnader och uttag som positiva tal."))' % (OY_FILLED, neg_row, neg_row, neg_row,
                                                        fmt("INDEX($B$1:$B${res};%s)" % neg_row, u))),
        ("x_draw", "Uttaget ur eget kapital täcker underskottet",
         'IF(OR(NOT(ISNUMBER(B{draw}));B{draw}<0);"";IF(%(nc)s=0;"Väntar: skriv kostnaderna.";IF(OR(%(ok1)s;%(ok2)s);'
         '"OK";IF(%(res)s>=0;IF(%(res)s>0;"Budgeten visar ett överskott på "&%(fres)s&" utan uttaget";"Intäkterna '
         'täcker redan kostnaderna")&", men "&%(fdraw)s&" tas ur eget kapital. Ett uttag behövs bara för att täcka ett '
         'underskott; ett år med överskott ökar eget kapital. Ta bort uttaget, eller budgetera pengarna på '
         'kostnadsrader så att underskottet blir lika stort som uttaget.";"Underskottet är "&%(fdef)s&" men uttaget ur '
         'eget kapital är "&%(fdraw)s&": uttaget ska vara lika stort som underskottet."))))'
         % {"nc": OY_NCOST, "ok1": near("-(%s)" % s_res, "B{draw}"), "ok2": near("-%s" % r_lines, "B{draw}"),
            "res": s_res, "fres": fmt(s_res, u), "fdraw": fmt("B{draw}", u), "fdef": fmt("-(%s)" % s_res, u)}),
        ("x_eq", "Eget kapital: ingående + resultat = utgående",
         'IF(OR(NOT(%s);%s=0;NOT(ISNUMBER(B{res2})));"";IF(NOT(ISNUMBER(B{open}));"Väntar: skriv ingående eget kapital.";'
         'IF(ISNUMBER(B{close});'
         '%s;"Eget kapital kunde inte räknas: "&EQUITY_PROJECTION(B{open};B{res2}))))'
         % (OY_FILLED, OY_NCOST, compare("B{open}+B{res2}", "B{close}", "Ingående plus årets resultat",
                                        "utgående (EQUITY_PROJECTION)", u))),
        ("x_neg", "Eget kapital blir inte negativt",
         'IF(NOT(ISNUMBER(B{close}));"";IF(B{close}>=0;"OK";"Eget kapital blir "&%s&": förbundet får inte gå med '
         'underskott i eget kapital."))' % fmt("B{close}", u)),
        ("x_ceil", "Eget kapital under trappans tak",
         'IF(NOT(AND(ISNUMBER(B{close});N(B{msum})>0));"";IF(COUNT($C${st0}:$C${st%d})=0;"Väntar: fyll i trappan '
         'ovan.";EQUITY_CEILING_CHECK(B{close};B{msum};$B${st0}:$C${st%d};%s)))' % (OY_STEPS - 1, OY_STEPS - 1, u)),
        ("x_adm", "Administrationens andel inom målet",
         'IF(OR(NOT(ISNUMBER(B{adm}));NOT(ISNUMBER(C{adm})));"";IF(ROUND(B{adm};6)<=C{adm};"OK";"Administrationens '
         'andel är "&%s&" men målet är högst "&%s&"."))' % (fmt_pct("B{adm}"), fmt_pct("C{adm}", None))),
        ("x_insg", "Andelen till insatser når målet",
         'IF(OR(NOT(ISNUMBER(B{insshare}));NOT(ISNUMBER(C{insshare})));"";IF(ROUND(B{insshare};6)>=C{insshare};"OK";'
         '"Andelen till insatser är "&%s&" men målet är minst "&%s&"."))' % (fmt_pct("B{insshare}"),
                                                                            fmt_pct("C{insshare}", None))),
    ]
    return chk


def _oy_checks(s):
    """The checks, one a row (status, explanation); returns the first and last of their rows."""
    s.add(*section("Kontroller", 5))
    s.add(C("Kontroll", "head_left"), C("Status", "head"), C("Förklaring", "head_left"), C(None, "head"),
          C(None, "head"))
    first = s.next_row
    for key, title, f in _oy_check_list():
        row = s.next_row
        s.add(C(title, "label_mid"), F("=" + status_word("C%d" % row, "–", "VÄNTAR"), "status"),
              F("=IFERROR(%s;%s)" % (f, ERR), "msg"), name=key, height=0.8)
        s.merge(row, 2, 3)
    last = s.next_row - 1
    s.cond("B%d:B%d" % (first, last), status_rules())
    return first, last


def _oy_helpers(s, first, last):
    s.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    s.add(C("Statens rader, bas, antal kommuner, största andel som bråk", "helper_label"),
          F('=IF($B${lines}="%s";2;1)' % LINES[1], "helper"), F('=IF($B${basis}="%s";1;0)' % BASES[0], "helper"),
          F("=COUNTA(A{reg}:A{msum})-2", "helper"),
          F('=IF($B${keytype}="%s";0;IF($B${keytype}="%s";0,25;1))' % (KEYTYPES[0], KEYTYPES[1]), "helper"),
          name="nh", hidden=True)
    s.add(C("Första delen eller meddelandet", "helper_label"),
          F('=IFERROR(IF(ISNUMBER($B${amount});IF($D${nh}=0;"Väntar: skriv kommunernas namn och nyckel.";'
            'IF(COUNT(%s)<$D${nh};"Väntar: skriv nyckeln för varje kommun (i en infogad rad: fyll först formlerna nedåt '
            'från raden ovanför).";IFERROR(INDEX(%s;1);%s)));"");%s)' % (OY_KEYS, OY_SPLIT, OY_SPLIT, ERR),
            "helper"), name="sp1", hidden=True)
    s.add(C("Totalstatus", "helper_label"), F(overall_formula("B%d:B%d" % (first, last)), "helper"),
          name="overall", hidden=True)


# ====================================================================== the examples
NOTE_KEY = ("Dokumentet anger inte invånarantalen som kommunernas andelar bygger på; därför används de tryckta "
            "kommunbeloppen som fördelningsnyckel.")


def _cols(values, first=0):
    """[v0, v1, ...] -> {first: v0, first+1: v1, ...}, skipping None."""
    return {first + i: x for i, x in enumerate(values) if x is not None}


def example_000():
    """Trollhättan, Lilla Edet och Grästorp: budget 2020, plan 2021–2022 (kr), in columns D–F."""
    y3 = lambda a, b=None, c=None: _cols([a, b, c], 2)  # noqa: E731
    return {
        "title": "Exempel: Samordningsförbundet Trollhättan, Lilla Edet och Grästorp – budget 2020",
        "about": [
            "Exempel: Verksamhetsplan och budget 2020 och 2021, Samordningsförbundet Trollhättan, Lilla Edet och "
            "Grästorp, beslutad 2019-11-28 – inskriven i mallen (bara de gula cellerna är ifyllda, och de tomma kommunraderna är borttagna som Anvisningar beskriver).",
            "Dokumentet har budget 2020 och plan 2021–2022; kolumnerna för 2019 är tomma. Det anger inte "
            "förbundets eget kapital, så kedjan och trappan väntar på uppgifter. Trappan är tom: mallen har inga "
            "värden för den.",
            "De tryckta summorna står som angivna summor längst ned på bladet Budget, så att Kontroller prövar "
            "dokumentets egna summor."],
        "trim": True, "name": "Samordningsförbundet Trollhättan, Lilla Edet och Grästorp", "year": 2020, "unit": "kr",
        "eqmode": EQMODES[0], "decided": "Beslutad 2019-11-28",
        "basis": BASES[1], "step": 1000, "lines": LINES[1], "keytype": KEYTYPES[0],
        "region": "Västra Götalandsregionen",
        "amount": y3(7156000, 7156000, 7156000),
        "kommuner": [("Trollhättans Stad", y3(1341000)), ("Lilla Edets kommun", y3(323000)),
                     ("Grästorps kommun", y3(125000))],
        "keynote": NOTE_KEY,
        "other": [("ESF ALL-IN", y3(11300000, 11000000, 300000), None),
                  ("ESF Friska Vindar", y3(1300000), None)],
        "draw": y3(269000),
        "ins": [("Ny Samverkansinsats Lilla Edet", y3(1100000, 1100000, 1100000), None),
                ("ALL-IN", y3(11800000, 11500000, 380000), None),
                ("Friska Vindar, förlängn metod", y3(2000000), None),
                ("Friska vindar 2.0 Trollhättan", y3(2400000, 2900000, 2900000), None),
                ("Case manager / Samverkansinsats Grästorp", y3(300000, 300000, 300000), None),
                ("Ny insats HR Lilla Edet", y3(65000), None),
                ("Nya insatser", y3(210000, 1000000, 1000000), None)],
        "str": [("Jämställdhetsintegrering", y3(130000, 130000, 130000), None),
                ("Kunskap och kompetensutveckling", y3(300000, 300000, 300000), None),
                ("Uppföljning Utvärdering", y3(100000, 100000, 100000), None),
                ("Information och övrigt", y3(30000, 30000, 30000), None)],
        "kan": [("Fbch, admin", y3(1000000, 1000000, 1000000), None),
                ("Styrelse", y3(255000, 255000, 255000), None),
                ("Ekonom", y3(285000, 285000, 285000), None),
                ("Revision", y3(50000, 50000, 50000), None)],
        "stated": {"incl": y3(20025000, 18156000, 7456000), "ins": y3(17875000, 16800000, 5680000),
                   "str": y3(560000, 560000, 560000), "kan": y3(1590000, 1590000, 1590000),
                   "res": y3(-269000, -794000, -374000)},
    }


def example_002():
    """Sydöstra Skåne: budget 2021 in tkr; the equity table gives 2019's equity and 2020's forecast result."""
    d = lambda x: {2: x}  # noqa: E731
    return {
        "title": "Exempel: Sydöstra Skånes samordningsförbund – budget 2021",
        "about": [
            "Exempel: Verksamhetsplan och budget 2021, Sydöstra Skånes samordningsförbund, avsnitt 12 Ekonomi – "
            "inskriven i mallen (bara de gula cellerna är ifyllda, och de tomma kommunraderna är borttagna som Anvisningar beskriver). Alla belopp i tkr.",
            "Dokumentet har bara budget 2021. Prognosen för 2020 finns bara som ett resultat (−2 371 tkr) och "
            "eget kapital 2019 (4 425 tkr): de står på bladet Eget kapital. Målet minst 80 % till insatser är "
            "dokumentets eget. Trappan är tom: mallen har inga värden för den."],
        "trim": True, "name": "Sydöstra Skånes samordningsförbund", "year": 2021, "unit": "tkr", "eqmode": EQMODES[0],
        "decided": "Verksamhetsplan och budget 2021",
        "basis": BASES[0], "step": 1, "lines": LINES[0], "keytype": KEYTYPES[0], "region": "Region Skåne",
        "amount": d(2831),
        "kommuner": [("Simrishamns kommun", d(326)), ("Sjöbo kommun", d(326)), ("Tomelilla kommun", d(240)),
                     ("Ystad kommun", d(524))],
        "keynote": NOTE_KEY,
        "other": [("ESF Iris", d(1420), None)],
        "ins": [("Utvärderingar", d(150), None), ("Möjligheternas hus", d(500), None),
                ("Samverkande konferenser", d(100), None), ("Mariamottagningen", d(3650), None),
                ("ESF Iris gemensamma kostnader", d(190), None), ("ESF Iris", d(3154), None)],
        "kan": [("Förbundschef (inlånad 42%)", d(400), None), ("Styrelse", d(150), None),
                ("Information, IT", d(25), None), ("Ekonomiadministration", d(35), None),
                ("Revision", d(55), None), ("Kurser och konferenser", d(30), None),
                ("Föreningsavgifter", d(10), None), ("Övrigt", d(15), None)],
        "open_in": {1: 4425}, "res_in": {1: -2371},
        "goal_ins": 0.8,
        "stated": {"inc": d(7082), "incl": d(7082), "ins": d(7744), "kan": d(720), "costs": d(8464),
                   "res": d(-1382), "close": {1: 2054, 2: 672}},
    }


def example_003():
    """Finnveden: budget 2020, prognos 2020, budget 2021, plan 2022–2023 (kr), all five columns."""
    return {
        "title": "Exempel: Finnvedens samordningsförbund – budget 2021 och plan 2022–2023",
        "about": [
            "Exempel: Verksamhetsplan 2021 med budget 2021 och plan 2022–2023, Finnvedens samordningsförbund "
            "(dnr 2020:05 / 3), fastställd 2020-11-26 – inskriven i mallen (bara de gula cellerna är ifyllda, och de tomma kommunraderna är borttagna som Anvisningar beskriver).",
            "Dokumentet visar hela balanserade resultatet bland intäkterna (Grunduppgifter: Hela balanserade "
            "resultatet) och Prel balanserat resultat som utgående eget kapital. Verksamheterna står i gruppen "
            "Insatser, som i dokumentets Delsumma verksamheter. Trappan är tom: mallen har inga värden för den.",
            "Budgeterade insatser har ett generellt avdrag på ca 10 % jämfört med beviljade medel (dokumentets not)."],
        "trim": True, "name": "Finnvedens samordningsförbund", "year": 2021, "unit": "kr", "eqmode": EQMODES[1],
        "decided": "Fastställd 2020-11-26",
        "basis": BASES[0], "step": 100, "lines": LINES[0], "keytype": KEYTYPES[0],
        "region": "Region Jönköpings län",
        "amount": _cols([2576000, 2576000, 2579000, 2579000, 2579000]),
        "keydate": _cols(["1 juli 2019", "1 juli 2019", "1 juli 2020", "1 juli 2020", "1 juli 2020"]),
        "kommuner": [("Gislaveds kommun", _cols([519200, 519700, 520300, 520300, 520300])),
                     ("Gnosjö kommun", _cols([170100, 168500, 168700, 168700, 168700])),
                     ("Värnamo kommun", _cols([598700, 599800, 600500, 600500, 600500]))],
        "keynote": NOTE_KEY + " Fördelningen bygger på invånarantalet 1 juli året innan (not a).",
        "ins": [("Stöd till arbete - SE/IPS", _cols([1520000, 1434300, 0, 0, 0]), None),
                ("IT-spåret", _cols([200000, 190000, 180000, 180000, 0]), None),
                ("Mitt Val", _cols([1092000, 720000, 1080000, 0, 0]), None),
                ("Nya Vägar", _cols([1200000, 1150000, 1091700, 0, 0]), None),
                ("Projekt Samverkan i GG(V)", _cols([692000, 591000, 0, 0, 0]), None),
                ("Gemensamma projektkostnader", _cols([50000, 50000, 52000, 54000, 56000]), "b)"),
                ("Utrymme nya insatser", _cols([800000, 0, 2800000, 3200000, 3300000]), None),
                ("Verksamhetsutvecklare", _cols([0, 0, 824100, 844600, 865700]), None),
                ("Kompetensutveckling", _cols([200000, 160000, 200000, 200000, 200000]), None)],
        "kan": [("Kansli", _cols([605000, 580000, 500000, 520000, 540000]), "c)"),
                ("Information", _cols([25000, 15000, 75000, 25000, 25000]), "d)"),
                ("Styrelse", _cols([5000, 2000, 3000, 5000, 5000]), None),
                ("Ekonomihantering", _cols([75000, 75000, 77000, 79000, 81000]), None),
                ("Revision", _cols([35000, 50000, 50000, 50000, 50000]), None)],
        "open_in": {0: 1409579, 1: 1689771},
        "stated": {"incl": _cols([6561579, 6841771, 6982471, 5207671, 5208071]),
                   "ins": _cols([5754000, 4295300, 6227800, 4478600, 4421700]),
                   "kan": _cols([745000, 722000, 705000, 679000, 701000]),
                   "costs": _cols([6499000, 5017300, 6932800, 5157600, 5122700]),
                   "open": _cols([1409579, 1689771, 1824471, 49671, 50071]),
                   "close": _cols([62579, 1824471, 49671, 50071, 85371])},
    }


EXAMPLES = {
    "exempel-000-trollhattan-2020": ("000", example_000),
    "exempel-002-sydostra-skane-2021": ("002", example_002),
    "exempel-003-finnveden-2021": ("003", example_003),
}


def figure_cell(seed, table, line, period, wb, stem):
    """Where a document figure (a row of tests/acceptance/expected-figures.csv) is in an example workbook."""
    year = wb_year = {"000": 2020, "002": 2021, "003": 2021}[seed]
    if period.isdigit():
        k = int(period) - wb_year + 2            # 2020 in a 2020 workbook -> column D
    else:
        kind, y = period.split()
        k = 2 + int(y) - year
        if kind == "Budget" and int(y) == year - 1:
            k = 0
    t, ln = table, line
    members = {"Försäkringskassan": "mb0", "Arbetsförmedlingen": "mb1", "Staten (försäkringskassan & "
               "arbetsförmedlingen)": "mb0", "Staten gm Försäkringskassan": "mb0"}
    if seed == "000" and t == "medlemsbidrag":
        rows = {"Försäkringskassan": "s1", "Arbetsförmedlingen": "s2", "Västra Götalandsregionen": "reg",
                "Trollhättans Stad": "m0", "Lilla Edets kommun": "m1", "Grästorps kommun": "m2", "Summa": "msum"}
        sheet, row = "Medlemsbidrag", rows[ln]
    elif t == "eget kapital":
        sheet = "Eget kapital"
        row = {"Balanserat eget kapital 2019": "open", "Beräknat resultat 2020": "res",
               "Preliminärt beräknat eget kapital 2020": "close", "Eget kapital efter budget 2021": "close"}[ln]
        k = 1 if "2019" in ln or "2020" in ln else 2
    else:
        sheet = "Budget"
        fixed = {"Intäkter inkl. eget kapital (summa)": "incl", "Insatser (summa)": "ins_sum",
                 "Struktur (summa)": "str_sum", "Kansli (summa)": "kan_sum", "Resultat": "res",
                 "ESF Iris": "o0", "Summa intäkter": "incl" if seed == "003" else "inc_sum",
                 "Summa insatskostnader": "ins_sum", "Summa interna kostnader": "kan_sum",
                 "Totala kostnader": "cost_sum", "Balanserat resultat": "bal",
                 "Delsumma verksamheter": "ins_sum", "Delsumma administration": "kan_sum",
                 "Summa kostnader": "cost_sum", "Prel balanserat resultat": "close"}
        if ln in fixed:
            row = fixed[ln]
        elif ln in members:
            row = members[ln]
        elif ln.startswith("Region"):
            row = "mb2"
        else:            # a municipality: a line of its own among the income on Budget
            names = [n for n, _ in EXAMPLES_DATA[stem]["kommuner"]]
            row = "mk%d" % names.index(ln)
    return "%s/%s/%s%d" % (stem, sheet, PC[k], wb.row_of(sheet, row))


EXAMPLES_DATA = {stem: make() for stem, (_, make) in EXAMPLES.items()}


def outputs(expected_csv):
    """{relative path: text} of everything this script writes."""
    out = {"verksamhetsplan-och-budget.fods": multi_year().render(),
           "budget-litet-forbund.fods": one_year().render()}
    books = {}
    for stem, (seed, _) in EXAMPLES.items():
        wb = multi_year(EXAMPLES_DATA[stem])
        books[seed] = (stem, wb)
        out["examples/%s.fods" % stem] = wb.render()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["seed", "table", "line", "period", "cell"])
    with open(expected_csv, encoding="utf-8", newline="") as f:
        for fig in csv.DictReader(f):
            seed = fig["seed"][:3]
            stem, wb = books[seed]
            w.writerow([fig["seed"], fig["table"], fig["line"], fig["period"],
                        figure_cell(seed, fig["table"], fig["line"], fig["period"], wb, stem)])
    out["examples/figure-cells.csv"] = buf.getvalue()
    return out


def main(argv):
    check = "--check" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    outdir = args[0] if args else HERE
    expected = os.path.join(os.path.dirname(HERE), "tests", "acceptance", "expected-figures.csv")
    stale = []
    for rel, text in outputs(expected).items():
        path = os.path.join(outdir, rel)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() == text:
                        continue
            except FileNotFoundError:
                pass
            stale.append(rel)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(path)
    if check:
        if stale:
            print("not what templates/make_templates.py writes (run it): " + ", ".join(stale), file=sys.stderr)
            return 1
        print("templates: generated files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
