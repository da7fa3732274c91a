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
N_KOMMUN = 12
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


def fmt(expr, unit=UNIT):
    """An amount in a message: 1 234 567 (the locale's grouping) and the unit."""
    return 'FIXED(%s;0)&" "&%s' % (expr, unit)


def compare(calc, stated, what_calc, what_stated, unit=UNIT):
    """'OK' or a sentence: the computed value against the stated one."""
    return ('IF(ABS((%s)-(%s))<0.005;"OK";"%s blir "&%s&" men %s är "&%s&" (skillnad "&%s&").")'
            % (calc, stated, what_calc, fmt(calc, unit), what_stated, fmt(stated, unit),
               fmt("(%s)-(%s)" % (calc, stated), unit)))


@dataclass
class Inputs:
    """What an example types into a template (the keys of example_000 ...); empty: the template."""
    d: dict = field(default_factory=dict)

    @property
    def example(self):
        return bool(self.d)

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
        "Arbetsförmedlingen, regionens namn, kommunernas namn (uppifrån, utan tomrader) och nyckeln: "
        "invånarantal vid det datum förbundsordningen anger, eller fasta andelar. Skriv beloppet för varje "
        "kolumn som ska vara med. En tom nyckelkolumn använder nyckeln till vänster.",
        "3. Budget: övriga intäkter (t.ex. ESF-bidrag) och kostnaderna i grupperna Insatser, Struktur och "
        "Kansli och administration. Medlemsbidragen hämtas från bladet Medlemsbidrag. Skriv kostnader som "
        "positiva tal och ge varje rad med belopp en benämning. Tar budgeten pengar ur eget kapital visas de "
        "för sig, inte som årets intäkt: antingen det belopp som tas i anspråk (Uttag ur eget kapital) eller, "
        "om dokumentet brukar visa så, hela balanserade resultatet (välj under Grunduppgifter).",
        "4. Eget kapital: ingående eget kapital för den första kolumnen som används (och för prognosen om det "
        "är känt). En prognos utan budgetrader kan anges som ett resultat direkt. Fyll i trappan.",
        "5. Nyckeltal: förbundets mål för andelen till insatser och för administrationens andel, och den "
        "buffert av eget kapital som ska finnas kvar (allt valfritt).",
        "6. Avstämning (valfritt, längst ned på bladet Budget): summor som styrelsen beslutat eller som står i "
        "ett tryckt dokument. Varje summa prövas mot raderna närmast under den, så att ett skrivfel blir "
        "rött där det sitter.",
        "7. Kontroller: alla kontroller i en lista. Statusen överst på varje blad visar samma sak: grön när "
        "allt stämmer, röd när något inte går ihop, grå när något väntar på uppgifter."]),
    ("3", "Färgerna", None),
    ("4", "Skydd, fler rader och formler", [
        "Bladen är skyddade utan lösenord, så att formler inte skrivs över av misstag; bara de gula cellerna "
        "går att ändra. Behöver du fler rader: Verktyg › Skydda blad (bocka ur), infoga raderna inne i "
        "gruppen (ovanför summaraden), och skydda bladet igen. Kontrollen av resultatraden säger till om "
        "en rad hamnar utanför summorna.",
        "Mallen har inga makron. Funktionerna kommer från tillägget finsam-calc: utan tillägget visar "
        "cellerna #NAMN? och statusen blir röd. Längst ned på några blad finns dolda hjälprader som "
        "formlerna använder."]),
    ("5", "Trappan för eget kapital", [
        "Nationella rådet för finansiell samordning rekommenderade 2013-10-02 en rimlig storlek på "
        "förbundens eget kapital i förhållande till medlemsbidragen, som en trappa; sedan 2016 minskar "
        "Försäkringskassans fördelningsmodell nästa års statliga medel när eget kapital ligger över den.",
        "Mallen innehåller inga värden för trappan. Skriv in gränserna och andelarna från rådets "
        "rekommendation (eller Försäkringskassans aktuella modell) på bladet Eget kapital, i samma enhet som "
        "budgeten. Så länge trappan är tom är kontrollen grå (väntar) – aldrig grön."]),
    ("6", "Spara och dela", [
        "Spara förbundets ifyllda budget som egen mall: Arkiv › Mallar › Spara som mall. Ett annat förbund "
        "importerar .ots-filen i Arkiv › Mallar › Hantera mallar › Importera, eller öppnar den direkt. "
        "De behöver också tillägget finsam-calc."]),
]
COLOURS = [  # (style of the sample, sample, what it means)
    ("in_text", "Indata", "Gul cell, blå text: här skriver du; bara de gula går att ändra."),
    ("num", "1 234 567", "Vit cell: räknas fram med formler och är skyddad."),
    ("ok", "OK", "Grön: kontrollen stämmer."),
    ("bad", "FEL", "Röd: något går inte ihop; förklaringen står på bladet Kontroller."),
    ("wait", "VÄNTAR", "Grå: väntar på uppgifter, t.ex. trappan."),
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
# FINSAM_SPLIT of a period column: the whole split, one member a row (the helper rows ek, n, ...)
SPLIT = "FINSAM_SPLIT({c}{amount};OFFSET({c}{ek0};0;0;$B${n};1);$B${step};$B${nlines};$B${bas})"


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
    _member_split(m)
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
          C("invånarantal, eller fasta andelar (t.ex. 3 %)", "note"), name="keytype")
    m.add(C("Regionens namn", "label"), In(inp.value("region"), "text"), name="region")
    for r in ("basis", "lines", "keytype", "region"):
        m.merge(m.names[r], 1, 2)


def _member_key(m, inp):
    m.add(C("Fördelningsnyckel för kommunerna", "group"))
    m.add(C("Nyckelns datum (t.ex. 1 juli 2020)", "label"),
          *[In(inp.at("keydate", i), "text") for i in range(NP)], name="keydate")
    kind = "pct" if inp.value("keytype") in KEYTYPES[1:] else "num"
    for j in range(N_KOMMUN):
        name, keys = inp.line("kommuner", j, (None, {}))
        m.add(In(name, "text"), *[In(keys.get(i), kind) for i in range(NP)], name="k%d" % j)
    keynote = inp.value("keynote") or ""
    m.add(C("Anteckning om nyckeln", "label"), In(inp.value("keynote"), "text", style="in_wrap"), name="keynote",
          height=round(0.42 * max(1, -(-len(keynote) // 100)) + 0.1, 2))
    m.merge(m.names["keynote"], 1, 6)


def _member_split(m):
    m.add(C("Medlemsbidrag per medlem", "group"))
    m.add(unit_head(), *period_heads())
    m.add(F('=IF($B${nlines}=2;"Försäkringskassan";"Staten genom Försäkringskassan")', "label"),
          *per('=IF(ISNUMBER({c}{sp1});{c}{sp1};"")'), name="s1")
    m.add(F('=IF($B${nlines}=2;"Arbetsförmedlingen";"")', "label"),
          *per('=IF(AND(ISNUMBER({c}{sp1});$B${nlines}=2);INDEX(%s;2);"")' % SPLIT), name="s2")
    m.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          *per('=IF(ISNUMBER({c}{sp1});INDEX(%s;$B${nlines}+1);"")' % SPLIT), name="reg")
    for j in range(N_KOMMUN):
        m.add(F('=IF($A${k%d}="";"";$A${k%d})' % (j, j), "label"),
              *per('=IF(AND(ISNUMBER({c}{sp1});$B${n}>=%d);INDEX(%s;$B${nlines}+%d);"")' % (j + 1, SPLIT, j + 2)),
              name="m%d" % j)
    m.add(C("Summa medlemsbidrag", "sum_label"),
          *per('=IF(ISNUMBER({c}{sp1});SUM({c}{s1}:{c}{m%d});"")' % (N_KOMMUN - 1), "sum"), name="msum")
    m.add(C("Fördelningen", "label"),
          *per('=IF({c}{sp1}="";"";IF(ISNUMBER({c}{sp1});"OK";IF(LEFT({c}{sp1};6)="Väntar";"väntar";"FEL")))',
               "status"), name="mstatus")
    m.cond("B%d:F%d" % (m.names["mstatus"], m.names["mstatus"]), status_rules())


def _member_helpers(m):
    m.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    m.add(C("Antal kommuner", "helper_label"), F("=COUNTA(A{k0}:A{k%d})" % (N_KOMMUN - 1), "helper"), name="n",
          hidden=True)
    m.add(C("Statens rader (1 eller 2)", "helper_label"), F('=IF($B${lines}="%s";2;1)' % LINES[1], "helper"),
          name="nlines", hidden=True)
    m.add(C("Bas (1 = statens tilldelning)", "helper_label"), F('=IF($B${basis}="%s";1;0)' % BASES[0], "helper"),
          name="bas", hidden=True)
    # the key a column uses: its own, or (when the column has none) the key of the column before
    for j in range(N_KOMMUN):
        own = 'IF(ISNUMBER({c}{k%d});{c}{k%d};"")' % (j, j)
        m.add(C("Nyckel som används, kommun %d" % (j + 1), "helper_label"),
              *per('=IF(COUNT({c}{k0}:{c}{k%d})>0;%s;{p}{ek%d})' % (N_KOMMUN - 1, own, j), "helper", first="=" + own),
              name="ek%d" % j, hidden=True)
    m.add(C("Första delen eller meddelandet", "helper_label"),
          *per('=IFERROR(IF(ISNUMBER({c}{amount});IF($B${n}>0;IFERROR(INDEX(%s;1);%s);'
               '"Väntar: skriv kommunernas namn och nyckel på bladet Medlemsbidrag.");"");%s)' % (SPLIT, SPLIT, ERR),
               "helper"), name="sp1", hidden=True)


# ------------------------------------------------------------ Budget
USED = "{c}{used}=1"        # the period column is in use (Budget's helper row)
COST_GROUPS = [("ins", "Insatser (individinriktade)", "Summa insatser", N_INS),
               ("str", "Struktur (strukturinriktade insatser)", "Summa struktur", N_STR),
               ("kan", "Kansli och administration", "Summa kansli och administration", N_KAN)]
STATED = [("inc", "Summa årets intäkter"), ("incl", "Summa intäkter inklusive eget kapital"),
          ("ins", "Summa insatser"), ("str", "Summa struktur"), ("kan", "Summa kansli och administration"),
          ("costs", "Summa kostnader"), ("res", "Årets resultat"),
          ("open", "Ingående eget kapital (balanserat resultat)"), ("close", "Utgående eget kapital")]


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
          *per('=IF(%s;IFERROR(INDEX(%s;1;{k});"se Kontroller");"")' % (USED, br), "result"), name="res")
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


def _budget_income(b, inp):
    b.add(*section("Intäkter", NP + 2), name="inc_head")
    b.add(C("Medlemsbidrag", "group"))
    for j, r in enumerate(["s1", "s2", "reg"]):
        b.add(F("=Medlemsbidrag!$A${Medlemsbidrag:%s}" % r, "label"),
              *per("=Medlemsbidrag!{c}{Medlemsbidrag:%s}" % r), name="mb%d" % j)
    # the municipalities on one line (one per municipality on the sheet Medlemsbidrag)
    b.add(F('=IF(Medlemsbidrag!$B${Medlemsbidrag:n}=1;Medlemsbidrag!$A${Medlemsbidrag:k0};'
            '"Kommunerna (se Medlemsbidrag)")', "label"),
          *per('=IF(ISNUMBER(Medlemsbidrag!{c}{Medlemsbidrag:sp1});SUM(Medlemsbidrag!{c}{Medlemsbidrag:m0}:'
               '{c}{Medlemsbidrag:m%d});"")' % (N_KOMMUN - 1)), name="mb3")
    b.add(C("Summa medlemsbidrag", "sum_label"), *per('=IF(%s;SUM({c}{mb0}:{c}{mb3});"")' % USED, "sum"), name="msum")
    b.add(C("Övriga intäkter (t.ex. ESF-bidrag)", "group"))
    for j in range(N_OTHER):
        label, vals, note = inp.line("other", j)
        b.add(In(label, "text"), *[In(vals.get(i)) for i in range(NP)], In(note, "text"), name="o%d" % j)
    b.add(C("Summa årets intäkter", "sum_label"),
          *per('=IF(%s;{c}{msum}+SUM({c}{o0}:{c}{o%d});"")' % (USED, N_OTHER - 1), "sum"), name="inc_sum")
    b.add(C("Från eget kapital (inte årets intäkt)", "group"))
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
              *per('=IF(%s;SUM({c}{%s0}:{c}{%s%d});"")' % (USED, key, key, n - 1), "sum"), name=key + "_sum")
    b.add(C("Summa kostnader", "sum_label"),
          *per('=IF(%s;{c}{ins_sum}+{c}{str_sum}+{c}{kan_sum};"")' % USED, "sum"), name="cost_sum")


def _budget_helpers(b):
    """Hidden rows: which columns are used, and the sums the checks build on (stated, else computed)."""
    b.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    b.add(C("Kolumnen används (1/0)", "helper_label"),
          *per('=IF(COUNT(Medlemsbidrag!{c}{Medlemsbidrag:amount};{c}{o0}:{c}{o%d};{c}{draw};{c}{ins0}:{c}{ins%d};'
               '{c}{str0}:{c}{str%d};{c}{kan0}:{c}{kan%d})>0;1;0)' % (N_OTHER - 1, N_INS - 1, N_STR - 1, N_KAN - 1),
               "helper"), name="used", hidden=True)
    for key in ("ins", "str", "kan"):
        b.add(C("Underlag " + key + " (angivet eller beräknat)", "helper_label"),
              *per('=IF(%s;IF(ISNUMBER({c}{st_%s});{c}{st_%s};{c}{%s_sum});"")' % (USED, key, key, key), "helper"),
              name="S_" + key, hidden=True)
    b.add(C("Underlag årets intäkter", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_inc});{c}{st_inc};{c}{inc_sum});"")' % USED, "helper"), name="S_inc",
          hidden=True)
    b.add(C("Underlag uttag", "helper_label"), *per('=IF(%s;N({c}{draw});"")' % USED, "helper"), name="S_draw",
          hidden=True)
    b.add(C("Underlag balanserat resultat", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{bal});IF(ISNUMBER({c}{st_open});{c}{st_open};{c}{bal});0);"")' % USED,
               "helper"), name="S_bal", hidden=True)
    b.add(C("Underlag kostnader", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_costs});{c}{st_costs};{c}{S_ins}+{c}{S_str}+{c}{S_kan});"")' % USED,
               "helper"), name="S_costs", hidden=True)
    b.add(C("Underlag årets resultat", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_res});{c}{st_res};{c}{S_inc}-{c}{S_costs});"")' % USED, "helper"),
          name="S_res", hidden=True)


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
    k.add(C("Administrationens andel av kostnaderna", "label"),
          *per('=IF(N({c}{costs})>0;{c}{kan}/{c}{costs};"")', "pct"), name="adm")
    k.add(C("Mål: högst (valfritt)", "label"), In(inp.value("goal_adm"), "pct"), name="goal_adm")
    k.add(C("Målet för administrationen", "label"),
          *per('=IF(OR({c}{adm}="";NOT(ISNUMBER($B${goal_adm})));"";IF(ROUND({c}{adm};6)<=$B${goal_adm};'
               '"uppfyllt";"ej uppfyllt"))', "status"), name="adm_ok")
    k.add()
    k.add(C("Andel till insatser (individ + struktur)", "label"),
          *per('=IF(N({c}{costs})>0;({c}{ins}+{c}{str})/{c}{costs};"")', "pct"), name="insshare")
    k.add(C("Mål: minst (valfritt, t.ex. 80 %)", "label"), In(inp.value("goal_ins"), "pct"), name="goal_ins")
    k.add(C("Målet för insatserna", "label"),
          *per('=IF(OR({c}{insshare}="";NOT(ISNUMBER($B${goal_ins})));"";IF(ROUND({c}{insshare};6)>=$B${goal_ins};'
               '"uppfyllt";"ej uppfyllt"))', "status"), name="ins_ok")
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
           "kansli och administration / summa kostnader.", NP + 1)
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


def mref(r):
    return M_ + "{c}{Medlemsbidrag:%s}" % r


def bref(r):
    return "Budget!{c}{Budget:%s}" % r


def eref(r):
    return EK + "{c}{Eget kapital:%s}" % r


def nref(r):
    return "Nyckeltal!{c}{Nyckeltal:%s}" % r


def setup_checks():
    """The add-in, the year and the list of municipalities."""
    return [
        Check("Tillägget finsam-calc är installerat", "", overall=(
            '=IF(ISERROR(FINSAM_CHECK(1;1));"Tillägget finsam-calc saknas: installera finsam-calc.oxt '
            '(Verktyg › Tilläggshanterare) och starta om LibreOffice.";"OK")')),
        Check("Budgetåret är ifyllt", "", overall=(
            '=IF(%s="";"Väntar: skriv budgetåret på bladet Anvisningar.";IF(AND(ISNUMBER(%s);%s>=2000;%s<=2100);'
            '"OK";"Budgetåret ska vara ett årtal, t.ex. 2021."))' % (YEAR, YEAR, YEAR, YEAR))),
        Check("Kommunerna står utan tomma rader", "Inga kommuner ännu.", overall=(
            '=IF(%s$B${Medlemsbidrag:n}=0;IF(COUNT(%sB{Medlemsbidrag:amount}:F{Medlemsbidrag:amount})>0;'
            '"Väntar: skriv kommunernas namn på bladet Medlemsbidrag.";"");IF(COUNTA(OFFSET(%s$A${Medlemsbidrag:k0};'
            '0;0;%s$B${Medlemsbidrag:n};1))=%s$B${Medlemsbidrag:n};"OK";"Det finns tomma rader mellan '
            'kommunerna på bladet Medlemsbidrag: skriv dem uppifrån utan tomrader."))' % (M_, M_, M_, M_, M_))),
    ]


def member_checks():
    """The split: to the krona, 50/25/25, fixed shares."""
    kom = "SUM(%s:{c}{Medlemsbidrag:m%d})" % (mref("m0"), N_KOMMUN - 1)
    ek_sum = "SUM(%s:{c}{Medlemsbidrag:ek%d})" % (mref("ek0"), N_KOMMUN - 1)
    return [
        Check("Medlemsbidragen summerar till totalen, till kronan", "Inget belopp att fördela ännu.", each_period(
            '=IF(NOT(ISNUMBER(%s));"";IF(ISNUMBER(%s);FINSAM_CHECK(%s:{c}{Medlemsbidrag:m%d};%s;0;%s);%s))'
            % (mref("amount"), mref("sp1"), mref("s1"), N_KOMMUN - 1, mref("total"), UNIT, mref("sp1")))),
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
            '=IF(NOT(ISNUMBER(%s));"";IF(ABS(%s-%s/4)<%s$B${Medlemsbidrag:step};"OK";'
            '"Kommunerna får tillsammans "&%s&" men 25 %% av totalen är "&%s&"."))'
            % (mref("sp1"), kom, mref("total"), M_, fmt(kom), fmt(mref("total") + "/4")))),
        Check("Fasta andelar summerar rätt", "Nyckeln är invånarantal.", each_period(
            '=IF(OR(%s$B${Medlemsbidrag:keytype}="%s";NOT(ISNUMBER(%s)));"";IF(ABS(%s-IF(%s$B${Medlemsbidrag:'
            'keytype}="%s";0.25;1))<0.00005;"OK";"Kommunernas andelar summerar till "&FIXED(%s*100;2)&'
            '" %% men ska bli "&IF(%s$B${Medlemsbidrag:keytype}="%s";"25";"100")&" %%."))'
            % (M_, KEYTYPES[0], mref("sp1"), ek_sum, M_, KEYTYPES[1], ek_sum, M_, KEYTYPES[1]))),
    ]


def _against_stated(key, rows_from, rows_to):
    """FINSAM_CHECK of the Budget rows rows_from..rows_to against the stated sum st_key."""
    return ('=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";FINSAM_CHECK(%s:{c}{Budget:%s};%s;0;%s))'
            % (BUSED, bref("st_" + key), bref(rows_from), rows_to, bref("st_" + key), UNIT))


def budget_checks():
    """The budget's sums against the stated ones, the result row, the draw on equity."""
    checks = [
        Check("Årets intäkter mot angiven summa", "Ingen angiven summa.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";%s)'
            % (BUSED, bref("st_inc"), compare(bref("inc_sum"), bref("st_inc"), "Raderna summerar till",
                                              "den angivna summan")))),
        Check("Intäkter inklusive eget kapital mot angiven summa", "Ingen angiven summa.",
              each_period(_against_stated("incl", "S_inc", "S_bal"))),
    ]
    for key, title, n in (("ins", "Insatser", N_INS), ("str", "Struktur", N_STR),
                          ("kan", "Kansli och administration", N_KAN)):
        checks.append(Check("%s mot angiven summa" % title, "Ingen angiven summa.",
                            each_period(_against_stated(key, key + "0", "%s%d" % (key, n - 1)))))
    checks += [
        Check("Summa kostnader mot angiven summa", "Ingen angiven summa.",
              each_period(_against_stated("costs", "S_ins", "S_kan"))),
        Check("Årets resultat mot angivet", "Inget angivet resultat.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";%s)'
            % (BUSED, bref("st_res"), compare("%s-%s" % (bref("S_inc"), bref("S_costs")), bref("st_res"),
                                              "Intäkter minus kostnader", "det angivna resultatet")))),
        Check("Resultatraden stämmer med summaraderna", "Ingen kolumn används ännu.", each_period(
            '=IF(NOT(%s);"";IF(ISNUMBER(%s);%s;"Årets resultat kunde inte räknas: "&'
            'BUDGET_RESULT(Budget!$A${Budget:inc_head}:$F${Budget:inc_sum};'
            'Budget!$A${Budget:cost_head}:$F${Budget:cost_sum})))'
            % (BUSED, bref("res"), compare("%s-%s" % (bref("inc_sum"), bref("cost_sum")), bref("res"),
                                           "Summa årets intäkter minus summa kostnader",
                                           "resultatraden (BUDGET_RESULT); ge varje rad med belopp en "
                                           "benämning och håll den ovanför sin summarad. Resultatraden")))),
        Check("Uttaget ur eget kapital täcker underskottet", "Inget uttag ur eget kapital.", each_period(
            '=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";%s)'
            % (BUSED, bref("draw"), compare("-(%s)" % bref("S_res"), bref("draw"),
                                            "Underskottet", "uttaget ur eget kapital")))),
    ]
    return checks


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
    return [
        Check("Ingående eget kapital mot angivet", "Inget angivet ingående eget kapital.",
              [opening(x) for x in expected_open]),
        Check("Utgående eget kapital = ingående + årets resultat", "Inget eget kapital ännu.", each_period(
            '=IF(NOT(%s=1);"";IF(NOT(ISNUMBER(%s));IF(ISNUMBER(%s);"";%s);IF(ISNUMBER(%s);%s;%s)))'
            % (eref("u"), eref("close"), EK + "$B${Eget kapital:proj1}", chain_wait, bref("st_close"),
               compare("%s+IF(%s;%s;%s)" % (s_open, BUSED, bref("S_res"), eref("res")), bref("st_close"),
                       "Ingående eget kapital plus årets resultat", "det angivna utgående"),
               compare("%s+%s" % (eref("open"), eref("res")), eref("close"),
                       "Ingående plus årets resultat", "kedjans utgående eget kapital (EQUITY_PROJECTION)")))),
        Check("Eget kapital blir inte negativt", "Inget eget kapital ännu.", each_period(
            '=IF(NOT(ISNUMBER(%s));"";IF(%s>=0;"OK";"Eget kapital blir "&%s&": förbundet får inte '
            'skuldsätta sig."))' % (eref("close"), eref("close"), fmt(eref("close"))))),
        Check("Eget kapital under trappans tak", "Inget eget kapital att pröva ännu.",
              each_period("=" + eref("ceilraw"))),
    ]


def goal_checks():
    """The förbund's own goals (sheet Nyckeltal)."""
    return [
        Check("Administrationens andel inom förbundets mål", "Inget mål angivet.", each_period(
            '=IF(%s="";"";IF(%s="uppfyllt";"OK";"Administrationens andel är "&FIXED(%s*100;1)&'
            '" %% men målet är högst "&FIXED(Nyckeltal!$B${Nyckeltal:goal_adm}*100;1)&" %%."))'
            % (nref("adm_ok"), nref("adm_ok"), nref("adm")))),
        Check("Andelen till insatser når förbundets mål", "Inget mål angivet.", each_period(
            '=IF(%s="";"";IF(%s="uppfyllt";"OK";"Andelen till insatser är "&FIXED(%s*100;1)&'
            '" %% men målet är minst "&FIXED(Nyckeltal!$B${Nyckeltal:goal_ins}*100;1)&" %%."))'
            % (nref("ins_ok"), nref("ins_ok"), nref("insshare")))),
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
            "så att ett skrivfel på en rad blir rött vid sin egen summa och inte i alla summor under den. Grått: "
            "kontrollen väntar på uppgifter (VÄNTAR) eller har inget att pröva (–).", 8, first_col=1)
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
OY_SPLIT = "FINSAM_SPLIT($B${amount};OFFSET($C${k0};0;0;$D${nh};1);$B${step};$B${nh};$C${nh})"
OY_FILLED = "ISNUMBER($B${amount})"


def one_year(d=None):
    """A single sheet for a small förbund: members, budget, equity and checks for one year.
    d holds inputs (the tests type seed 002 into it); None gives the empty template."""
    inp = Inputs(d or {})
    s = Sheet("Budget", ["9", "3", "3", "2.2", "6"], landscape=False)
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
           "med tilläggets funktioner och är skyddade (utan lösenord). Inga makron. Kontrollerna står längst ned.", 5)
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
    s.add(C("Regionens namn", "label"), In(inp.value("region"), "text"), name="region")
    s.merge(s.names["region"], 1, 2)
    s.add(C("Totalt medlemsbidrag", "sum_label"),
          F('=IF(ISNUMBER(B{amount});B{amount}*IF($B${basis}="%s";2;1);"")' % BASES[0], "sum"), name="total")
    s.add(C("Medlem (skriv kommunernas namn)", "head_left"), F('="Belopp ("&%s&")"' % OY_UNIT, "head"),
          C("Nyckel", "head"), C(None, "head"), C("Nyckelns datum / not", "head_left"))
    s.add(F('=IF($B${nh}=2;"Försäkringskassan";"Staten genom Försäkringskassan")', "label"),
          F('=IF(ISNUMBER($B${sp1});$B${sp1};"")'), name="s1")
    s.add(F('=IF($B${nh}=2;"Arbetsförmedlingen";"")', "label"),
          F('=IF(AND(ISNUMBER($B${sp1});$B${nh}=2);INDEX(%s;2);"")' % OY_SPLIT), name="s2")
    s.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          F('=IF(ISNUMBER($B${sp1});INDEX(%s;$B${nh}+1);"")' % OY_SPLIT), name="reg")
    for j in range(OY_KOMMUNER):
        kname, key = inp.line("kommuner", j, (None, None))
        s.add(In(kname, "text"),
              F('=IF(AND(ISNUMBER($B${sp1});$D${nh}>=%d);INDEX(%s;$B${nh}+%d);"")' % (j + 1, OY_SPLIT, j + 2)),
              In(key), None, In(None, "text"), name="k%d" % j)
    s.add(C("Summa medlemsbidrag", "sum_label"),
          F('=IF(ISNUMBER($B${sp1});SUM(B{s1}:B{k%d});"")' % (OY_KOMMUNER - 1), "sum"), name="msum")


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
    s.add(C("Summa årets intäkter", "sum_label"), F("=N(B{inc_mb})+SUM(B{o0}:B{o%d})" % (OY_OTHER - 1), "sum"),
          In(stated.get("inc")), _oy_stated_status("inc_sum", "x_inc"), name="inc_sum")
    s.add(C("Uttag ur eget kapital (inte årets intäkt)", "label"), In(inp.value("draw")), None, None,
          In(None, "text"), name="draw")
    s.add(C("Summa intäkter inklusive eget kapital", "sum_label"), F("=B{inc_sum}+N(B{draw})", "sum"), name="incl")
    s.add(C("Kostnader", "group"), name="cost_head")
    for key, head, n in OY_GROUPS:
        s.add(C(head, "group"))
        for j in range(n):
            label, value = inp.line(key, j, (None, None))
            s.add(In(label, "text"), In(value), None, None, In(None, "text"), name="%s%d" % (key, j))
        s.add(C("Summa " + head.lower(), "sum_label"), F("=SUM(B{%s0}:B{%s%d})" % (key, key, n - 1), "sum"),
              In(stated.get(key)), _oy_stated_status(key + "_sum", "x_" + key), name=key + "_sum")
    s.add(C("Summa kostnader", "sum_label"), F("=B{ins_sum}+B{str_sum}+B{kan_sum}", "sum"), In(stated.get("costs")),
          _oy_stated_status("cost_sum", "x_costs"), name="cost_sum")
    br = "BUDGET_RESULT($A${inc_head}:$B${inc_sum};$A${cost_head}:$B${cost_sum})"
    s.add(C("Årets resultat", "result_label"),
          F('=IF(NOT(ISNUMBER($B${amount}));"";IF(ISNUMBER(%s);%s;"se kontrollerna"))' % (br, br), "result"),
          In(stated.get("res")), _oy_stated_status("res", "x_res"), name="res")
    for row in ("inc_sum", "ins_sum", "str_sum", "kan_sum", "cost_sum", "res"):
        s.cond("D%d" % s.names[row], status_rules())


def _oy_equity(s, inp):
    s.add(*section("Eget kapital", 5))
    s.add(C("Ingående eget kapital", "label"), In(inp.value("open")), name="open")
    s.add(C("Årets resultat", "label"), F("=B{res}"), name="res2")
    s.add(C("Utgående eget kapital", "sum_label"),
          F('=IF(ISNUMBER(B{open});IFERROR(EQUITY_PROJECTION(B{open};B{res2});"fel");"")', "sum"), name="close")
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
          F('=IF(N(B{cost_sum})>0;B{kan_sum}/B{cost_sum};"")', "pct"), In(inp.value("goal_adm"), "pct"),
          C("mål: högst", "note"), name="adm")
    s.add(C("Andel till insatser (individ och struktur)", "label"),
          F('=IF(N(B{cost_sum})>0;(B{ins_sum}+B{str_sum})/B{cost_sum};"")', "pct"), In(inp.value("goal_ins"), "pct"),
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
    last_k = OY_KOMMUNER - 1
    chk = [
        ("x_addin", "Tillägget finsam-calc är installerat",
         'IF(ISERROR(FINSAM_CHECK(1;1));"Tillägget finsam-calc saknas: installera finsam-calc.oxt och starta om.";"OK")'),
        ("x_year", "Budgetåret är ifyllt",
         'IF($B${year}="";"Väntar: skriv budgetåret.";IF(AND(ISNUMBER($B${year});$B${year}>=2000;$B${year}<=2100);'
         '"OK";"Budgetåret ska vara ett årtal."))'),
        ("x_split", "Medlemsbidragen summerar till totalen",
         'IF(NOT(%s);"Väntar: skriv medlemsbidragets belopp.";IF(ISNUMBER($B${sp1});FINSAM_CHECK(B{s1}:B{k%d};'
         '$B${total};0;%s);$B${sp1}))' % (OY_FILLED, last_k, u)),
        ("x_kom", "Kommunerna står utan tomma rader",
         'IF($D${nh}=0;IF(%s;"Väntar: skriv kommunernas namn.";"");IF(COUNTA(OFFSET($A${k0};0;0;$D${nh};1))=$D${nh};'
         '"OK";"Det finns tomma rader mellan kommunerna: skriv dem uppifrån."))' % OY_FILLED),
        ("x_law", "Staten 50 %, regionen 25 %, kommunerna 25 %",
         'IF(NOT(ISNUMBER($B${sp1}));"";IF(AND(ABS(N(B{s1})+N(B{s2})-B{total}/2)<$B${step};ABS(B{reg}-B{total}/4)'
         '<$B${step};ABS(SUM(B{k0}:B{k%d})-B{total}/4)<$B${step});"OK";"Fördelningen följer inte 50/25/25: staten "&'
         '%s&", regionen "&%s&", kommunerna "&%s&"."))' % (last_k, fmt("N(B{s1})+N(B{s2})", u), fmt("B{reg}", u),
                                                           fmt("SUM(B{k0}:B{k%d})" % last_k, u))),
        ("x_inc", "Årets intäkter mot angiven summa",
         'IF(NOT(ISNUMBER(C{inc_sum}));"";%s)' % compare("B{inc_sum}", "C{inc_sum}", "Raderna summerar till",
                                                         "den angivna summan", u)),
    ]
    for key, head, n in OY_GROUPS:
        chk.append(("x_" + key, head + " mot angiven summa",
                    'IF(NOT(ISNUMBER(C{%s_sum}));"";FINSAM_CHECK(B{%s0}:B{%s%d};C{%s_sum};0;%s))'
                    % (key, key, key, n - 1, key, u)))
    chk += [
        ("x_costs", "Summa kostnader mot angiven summa",
         'IF(NOT(ISNUMBER(C{cost_sum}));"";%s)' % compare("%s+%s+%s" % (stated("ins"), stated("str"), stated("kan")),
                                                          "C{cost_sum}", "Gruppernas summor blir",
                                                          "den angivna summan", u)),
        ("x_res", "Årets resultat mot angivet",
         'IF(NOT(ISNUMBER(C{res}));"";%s)' % compare("%s-%s" % (s_inc, s_costs), "C{res}", "Intäkter minus kostnader",
                                                    "det angivna resultatet", u)),
        ("x_br", "Resultatraden stämmer med summaraderna",
         'IF(NOT(%s);"";IF(ISNUMBER(B{res});%s;"Årets resultat kunde inte räknas: "&BUDGET_RESULT('
         '$A${inc_head}:$B${inc_sum};$A${cost_head}:$B${cost_sum})))'
         % (OY_FILLED, compare("B{inc_sum}-B{cost_sum}", "B{res}", "Summa intäkter minus summa kostnader",
                               "resultatraden (BUDGET_RESULT); ge varje rad med belopp en benämning. Resultatraden",
                               u))),
        ("x_draw", "Uttaget ur eget kapital täcker underskottet",
         'IF(NOT(ISNUMBER(B{draw}));"";%s)' % compare("-(%s)" % s_res, "B{draw}", "Underskottet", "uttaget", u)),
        ("x_eq", "Eget kapital: ingående + resultat = utgående",
         'IF(NOT(%s);"";IF(NOT(ISNUMBER(B{open}));"Väntar: skriv ingående eget kapital.";IF(ISNUMBER(B{close});'
         '%s;"Eget kapital kunde inte räknas: "&EQUITY_PROJECTION(B{open};B{res2}))))'
         % (OY_FILLED, compare("B{open}+B{res2}", "B{close}", "Ingående plus årets resultat",
                               "utgående (EQUITY_PROJECTION)", u))),
        ("x_neg", "Eget kapital blir inte negativt",
         'IF(NOT(ISNUMBER(B{close}));"";IF(B{close}>=0;"OK";"Eget kapital blir "&%s&": förbundet får inte '
         'skuldsätta sig."))' % fmt("B{close}", u)),
        ("x_ceil", "Eget kapital under trappans tak",
         'IF(NOT(AND(ISNUMBER(B{close});N(B{msum})>0));"";IF(COUNT($C${st0}:$C${st%d})=0;"Väntar: fyll i trappan '
         'ovan.";EQUITY_CEILING_CHECK(B{close};B{msum};$B${st0}:$C${st%d};%s)))' % (OY_STEPS - 1, OY_STEPS - 1, u)),
        ("x_adm", "Administrationens andel inom målet",
         'IF(OR(B{adm}="";NOT(ISNUMBER(C{adm})));"";IF(ROUND(B{adm};6)<=C{adm};"OK";"Administrationens andel är "&'
         'FIXED(B{adm}*100;1)&" % men målet är högst "&FIXED(C{adm}*100;1)&" %."))'),
        ("x_insg", "Andelen till insatser når målet",
         'IF(OR(B{insshare}="";NOT(ISNUMBER(C{insshare})));"";IF(ROUND(B{insshare};6)>=C{insshare};"OK";'
         '"Andelen till insatser är "&FIXED(B{insshare}*100;1)&" % men målet är minst "&FIXED(C{insshare}*100;1)&" %."))'),
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
    s.add(C("Statens rader, bas, antal kommuner", "helper_label"), F('=IF($B${lines}="%s";2;1)' % LINES[1], "helper"),
          F('=IF($B${basis}="%s";1;0)' % BASES[0], "helper"), F("=COUNTA(A{k0}:A{k%d})" % (OY_KOMMUNER - 1), "helper"),
          name="nh", hidden=True)
    s.add(C("Första delen eller meddelandet", "helper_label"),
          F('=IFERROR(IF(ISNUMBER($B${amount});IF($D${nh}>0;IFERROR(INDEX(%s;1);%s);"Väntar: skriv kommunernas namn '
            'och nyckel.");"");%s)' % (OY_SPLIT, OY_SPLIT, ERR), "helper"), name="sp1", hidden=True)
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
            "Grästorp, beslutad 2019-11-28 – inskriven i mallen (bara de gula cellerna är ifyllda).",
            "Dokumentet har budget 2020 och plan 2021–2022; kolumnerna för 2019 är tomma. Det anger inte "
            "förbundets eget kapital, så kedjan och trappan väntar på uppgifter. Trappan är tom: mallen har inga "
            "värden för den.",
            "De tryckta summorna står som angivna summor längst ned på bladet Budget, så att Kontroller prövar "
            "dokumentets egna summor."],
        "name": "Samordningsförbundet Trollhättan, Lilla Edet och Grästorp", "year": 2020, "unit": "kr",
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
            "inskriven i mallen (bara de gula cellerna är ifyllda). Alla belopp i tkr.",
            "Dokumentet har bara budget 2021. Prognosen för 2020 finns bara som ett resultat (−2 371 tkr) och "
            "eget kapital 2019 (4 425 tkr): de står på bladet Eget kapital. Målet minst 80 % till insatser är "
            "dokumentets eget. Trappan är tom: mallen har inga värden för den."],
        "name": "Sydöstra Skånes samordningsförbund", "year": 2021, "unit": "tkr", "eqmode": EQMODES[0],
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
            "(dnr 2020:05 / 3), fastställd 2020-11-26 – inskriven i mallen (bara de gula cellerna är ifyllda).",
            "Dokumentet visar hela balanserade resultatet bland intäkterna (Grunduppgifter: Hela balanserade "
            "resultatet) och Prel balanserat resultat som utgående eget kapital. Verksamheterna står i gruppen "
            "Insatser, som i dokumentets Delsumma verksamheter. Trappan är tom: mallen har inga värden för den.",
            "Budgeterade insatser har ett generellt avdrag på ca 10 % jämfört med beviljade medel (dokumentets not)."],
        "name": "Finnvedens samordningsförbund", "year": 2021, "unit": "kr", "eqmode": EQMODES[1],
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
        else:            # a municipality: the Budget sheet has them on one line, Medlemsbidrag one per row
            names = [n for n, _ in EXAMPLES_DATA[stem]["kommuner"]]
            sheet, row = "Medlemsbidrag", "m%d" % names.index(ln)
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
