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
Everything the user sees is described here, row by row; see odsgen.py for the cell types.
"""
import csv
import io
import os
import sys

from odsgen import C, F, In, Sheet, Workbook, col

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


def per_s(template):
    """The formula template once per period column: {c} column, {p} the one before, {k} 1..5."""
    out = []
    for i, c in enumerate(PC):
        p = col(ord(c) - 65 - 1)
        out.append(template.replace("{c}", c).replace("{p}", p).replace("{k}", str(i + 1)))
    return out


def per(template, style="num"):
    """Formula cells, one per period column (see per_s)."""
    return [F(f, style) for f in per_s(template)]


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


def overall_formula(rng, where):
    """The overall status from the status cells in rng: FEL / VÄNTAR / OK, with a count."""
    n_fel, n_wait = 'COUNTIF(%s;"FEL")' % rng, 'COUNTIF(%s;"VÄNTAR")' % rng
    return ('=IF({f}>0;"FEL – "&{f}&IF({f}=1;" kontroll visar fel";" kontroller visar fel");'
            'IF({v}>0;"VÄNTAR – inga fel; "&{v}&IF({v}=1;" kontroll väntar";" kontroller väntar")&'
            '" på uppgifter";"OK – alla kontroller stämmer"))').format(f=n_fel, v=n_wait)


def fmt(expr):
    """An amount in a message: 1 234 567 (the locale's grouping)."""
    return 'FIXED(%s;0)&" "&%s' % (expr, UNIT)


def compare(calc, stated, what_calc, what_stated):
    """'OK' or a sentence: the computed value against the stated one."""
    return ('IF(ABS(({c})-({s}))<0.005;"OK";"{wc} blir "&{fc}&" men {ws} är "&{fs}&" (skillnad "&{fd}&").")'
            .format(c=calc, s=stated, wc=what_calc, ws=what_stated, fc=fmt(calc), fs=fmt(stated),
                    fd=fmt("(%s)-(%s)" % (calc, stated))))


# ====================================================================== the multi-year template
def multi_year(d=None):
    """The multi-year workbook; d holds an example's inputs (None: the empty template)."""
    d = d or {}
    ex = bool(d)

    def v(key, i=None, default=None):
        x = d.get(key, default)
        if i is None:
            return x
        return (x or {}).get(i)

    # ------------------------------------------------------------ Anvisningar
    a = Sheet("Anvisningar", ["0.6", "8", "7", "5.4"], landscape=False)
    a.add(C("Verksamhetsplan och budget för samordningsförbund", "title"))
    status_line(a, 2, first=1)
    a.note("Mall från finsam-calc. Siffrorna räknas med tilläggets funktioner FINSAM_SPLIT, BUDGET_RESULT, "
           "EQUITY_PROJECTION, EQUITY_CEILING och FINSAM_CHECK. Mallen har inga makron.", 3, first_col=1)
    if ex:
        a.add()
        a.add(None, C("Om exemplet", "section"), C(None, "section"), C(None, "section"))
        for line in d["about"]:
            a.note(line, 3, style="wrap", first_col=1)
    a.add()
    a.add(C("1", "section"), C("Grunduppgifter", "section"), C(None, "section"), C(None, "section"))
    a.add(None, C("Förbundets namn", "label"), In(v("name"), "text"), name="name")
    a.add(None, C("Budgetår", "label"), In(v("year"), "year"), C("t.ex. 2021", "note"), name="year")
    a.add(None, C("Belopp anges i", "label"), In(v("unit", default="kr"), "text", UNITS),
          C("kr eller tkr, alla blad", "note"), name="unit")
    a.add(None, C("Eget kapital bland intäkterna visas som", "label"),
          In(v("eqmode", default=EQMODES[0]), "text", EQMODES), C("se steg 3", "note"), name="eqmode")
    a.add(None, C("Beslutad av styrelsen / version", "label"), In(v("decided"), "text"), name="decided")
    a.add()
    texts = [
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
    for no, head, paras in texts:
        a.add(C(no, "section"), C(head, "section"), C(None, "section"), C(None, "section"))
        if paras is None:
            for style, label, text in [
                    ("in_text", "Indata", "Gul cell, blå text: här skriver du; bara de gula går att ändra."),
                    ("num", "1 234 567", "Vit cell: räknas fram med formler och är skyddad."),
                    ("ok", "OK", "Grön: kontrollen stämmer."),
                    ("bad", "FEL", "Röd: något går inte ihop; förklaringen står på bladet Kontroller."),
                    ("wait", "VÄNTAR", "Grå: väntar på uppgifter, t.ex. trappan."),
                    ("status", "–", "Inget att pröva (t.ex. ingen angiven summa).")]:
                a.add(None, C(label, "sample_in" if style == "in_text" else style), C(text, "label"), height=0.55)
        else:
            for p in paras:
                a.note(p, 3, style="wrap", first_col=1)
        a.add()

    # ------------------------------------------------------------ Medlemsbidrag
    m = Sheet("Medlemsbidrag", ["8.4"] + ["3"] * NP + ["4"])
    m.add(F('="Medlemsbidrag"&IF(%s="";"";" – "&%s)' % (FNAME, FNAME), "title"))
    status_line(m, 6)
    m.note("Gula celler fylls i; vita räknas fram. Fördelningen görs med FINSAM_SPLIT: staten 50 %, regionen "
           "25 %, kommunerna 25 % efter nyckeln, avrundat så att delarna blir exakt totalen.", NP + 2)
    m.add()
    m.add(C("Inställningar", "section"), *[C(None, "section")] * (NP + 1))
    m.add(C("Beloppet som fördelas är", "label"), In(v("basis", default=BASES[0]), "text", BASES),
          None, C("statens tilldelning: totalen blir dubbelt så stor", "note"), name="basis")
    m.add(C("Avrundning (i vald enhet)", "label"), In(v("step", default=1), "num", STEPS), None,
          C("1, 100 eller 1 000; med tkr oftast 1", "note"), name="step")
    m.add(C("Staten visas som", "label"), In(v("lines", default=LINES[0]), "text", LINES), None,
          C("en rad, eller Försäkringskassan och Arbetsförmedlingen", "note"), name="lines")
    m.add(C("Kommunernas nyckel", "label"), In(v("keytype", default=KEYTYPES[0]), "text", KEYTYPES), None,
          C("invånarantal, eller fasta andelar (t.ex. 3 %)", "note"), name="keytype")
    m.add(C("Regionens namn", "label"), In(v("region"), "text"), name="region")
    for r in ("basis", "lines", "keytype", "region"):
        m.merge(m.names[r], 1, 2)
    m.add()
    m.add(F('="Belopp i "&' + UNIT, "head_left"), *[F("=Budget!%s{Budget:hdr}" % c, "head") for c in PC],
          C("Anteckning", "head_left"), name="hdr")
    m.add(F('=IF($B${basis}="%s";"Statens tilldelning";"Förbundets totala medlemsbidrag")' % BASES[0], "label"),
          *[In(v("amount", i)) for i in range(NP)], name="amount")
    m.add(C("Totalt medlemsbidrag", "sum_label"),
          *[F('=IF(ISNUMBER({c}{amount});{c}{amount}*IF($B${basis}="%s";2;1);"")'.replace("{c}", c) % BASES[0],
              "sum") for c in PC], name="total")
    m.add()
    m.add(C("Fördelningsnyckel för kommunerna", "group"))
    m.add(C("Nyckelns datum (t.ex. 1 juli 2020)", "label"),
          *[In(v("keydate", i), "text") for i in range(NP)], name="keydate")
    kommuner = v("kommuner") or []
    for j in range(N_KOMMUN):
        name, keys = kommuner[j] if j < len(kommuner) else (None, {})
        kind = "pct" if v("keytype") in KEYTYPES[1:] else "num"
        m.add(In(name, "text"), *[In(keys.get(i), kind) for i in range(NP)], name="k%d" % j)
    keynote = v("keynote") or ""
    m.add(C("Anteckning om nyckeln", "label"), In(v("keynote"), "text", style="in_wrap"), name="keynote",
          height=round(0.42 * max(1, -(-len(keynote) // 100)) + 0.1, 2))
    m.merge(m.names["keynote"], 1, 6)
    m.add()
    m.add(C("Medlemsbidrag per medlem", "group"))
    m.add(F('="Belopp i "&' + UNIT, "head_left"), *[F("=Budget!%s{Budget:hdr}" % c, "head") for c in PC])
    split = ("FINSAM_SPLIT({c}{amount};OFFSET({c}{ek0};0;0;$B${n};1);$B${step};$B${nlines};$B${bas})")
    m.add(F('=IF($B${nlines}=2;"Försäkringskassan";"Staten genom Försäkringskassan")', "label"),
          *per('=IF(ISNUMBER({c}{sp1});{c}{sp1};"")'), name="s1")
    m.add(F('=IF($B${nlines}=2;"Arbetsförmedlingen";"")', "label"),
          *per('=IF(AND(ISNUMBER({c}{sp1});$B${nlines}=2);INDEX(%s;2);"")' % split), name="s2")
    m.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          *per('=IF(ISNUMBER({c}{sp1});INDEX(%s;$B${nlines}+1);"")' % split), name="reg")
    for j in range(N_KOMMUN):
        m.add(F('=IF($A${k%d}="";"";$A${k%d})' % (j, j), "label"),
              *per('=IF(AND(ISNUMBER({c}{sp1});$B${n}>=%d);INDEX(%s;$B${nlines}+%d);"")' % (j + 1, split, j + 2)),
              name="m%d" % j)
    m.add(C("Summa medlemsbidrag", "sum_label"),
          *per('=IF(ISNUMBER({c}{sp1});SUM({c}{s1}:{c}{m%d});"")' % (N_KOMMUN - 1), "sum"), name="msum")
    m.add(C("Fördelningen", "label"),
          *per('=IF({c}{sp1}="";"";IF(ISNUMBER({c}{sp1});"OK";IF(LEFT({c}{sp1};6)="Väntar";"väntar";"FEL")))',
               "status"), name="mstatus")
    m.cond("B%d:F%d" % (m.names["mstatus"], m.names["mstatus"]), status_rules())
    m.add()
    m.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    m.add(C("Antal kommuner", "helper_label"), F("=COUNTA(A{k0}:A{k%d})" % (N_KOMMUN - 1), "helper"), name="n",
          hidden=True)
    m.add(C("Statens rader (1 eller 2)", "helper_label"), F('=IF($B${lines}="%s";2;1)' % LINES[1], "helper"),
          name="nlines", hidden=True)
    m.add(C("Bas (1 = statens tilldelning)", "helper_label"), F('=IF($B${basis}="%s";1;0)' % BASES[0], "helper"),
          name="bas", hidden=True)
    for j in range(N_KOMMUN):
        cells = []
        for i, c in enumerate(PC):
            own = 'IF(ISNUMBER({c}{k%d});{c}{k%d};"")' % (j, j)
            if i == 0:
                f = "=" + own
            else:
                f = '=IF(COUNT({c}{k0}:{c}{k%d})>0;%s;{p}{ek%d})' % (N_KOMMUN - 1, own, j)
            cells.append(F(f.replace("{c}", c).replace("{p}", PC[i - 1] if i else ""), "helper"))
        m.add(C("Nyckel som används, kommun %d" % (j + 1), "helper_label"), *cells, name="ek%d" % j, hidden=True)
    m.add(C("Första delen eller meddelandet", "helper_label"),
          *per('=IFERROR(IF(ISNUMBER({c}{amount});IF($B${n}>0;IFERROR(INDEX(%s;1);%s);'
               '"Väntar: skriv kommunernas namn och nyckel på bladet Medlemsbidrag.");"");%s)' % (split, split, ERR),
               "helper"), name="sp1", hidden=True)

    # ------------------------------------------------------------ Budget
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
    b.add(F('="Belopp i "&' + UNIT, "head_left"), *[F(n, "head") for n in names], C("Not", "head_left"),
          name="hdr")
    used = "{c}{used}=1"
    b.add(C("Intäkter", "section"), *[C(None, "section")] * (NP + 1), name="inc_head")
    b.add(C("Medlemsbidrag", "group"))
    member_rows = ["s1", "s2", "reg"]
    for j, r in enumerate(member_rows):
        b.add(F("=Medlemsbidrag!$A${Medlemsbidrag:%s}" % r, "label"),
              *per("=Medlemsbidrag!{c}{Medlemsbidrag:%s}" % r), name="mb%d" % j)
    # the municipalities on one line (one per municipality on the sheet Medlemsbidrag)
    b.add(F('=IF(Medlemsbidrag!$B${Medlemsbidrag:n}=1;Medlemsbidrag!$A${Medlemsbidrag:k0};'
            '"Kommunerna (se Medlemsbidrag)")', "label"),
          *per('=IF(ISNUMBER(Medlemsbidrag!{c}{Medlemsbidrag:sp1});SUM(Medlemsbidrag!{c}{Medlemsbidrag:m0}:'
               '{c}{Medlemsbidrag:m%d});"")' % (N_KOMMUN - 1)), name="mb3")
    last_mb = "mb3"
    b.add(C("Summa medlemsbidrag", "sum_label"),
          *per('=IF(%s;SUM({c}{mb0}:{c}{%s});"")' % (used, last_mb), "sum"), name="msum")
    b.add(C("Övriga intäkter (t.ex. ESF-bidrag)", "group"))
    other = v("other") or []
    for j in range(N_OTHER):
        label, vals, note = other[j] if j < len(other) else (None, {}, None)
        b.add(In(label, "text"), *[In(vals.get(i)) for i in range(NP)], In(note, "text"), name="o%d" % j)
    b.add(C("Summa årets intäkter", "sum_label"),
          *per('=IF(%s;{c}{msum}+SUM({c}{o0}:{c}{o%d});"")' % (used, N_OTHER - 1), "sum"), name="inc_sum")
    b.add(C("Från eget kapital (inte årets intäkt)", "group"))
    b.add(C("Uttag ur eget kapital", "label"), *[In(v("draw", i)) for i in range(NP)], In(v("draw_note"), "text"),
          name="draw")
    b.add(C("Balanserat resultat (ingående eget kapital)", "label"),
          *per('=IF(AND(%s="%s";ISNUMBER(\'Eget kapital\'!{c}{Eget kapital:open}));'
               '\'Eget kapital\'!{c}{Eget kapital:open};"")' % (EQMODE, EQMODES[1])), name="bal")
    b.add(C("Summa intäkter inklusive eget kapital", "sum_label"),
          *per('=IF(%s;{c}{inc_sum}+N({c}{draw})+N({c}{bal});"")' % used, "sum"), name="incl")
    b.add()
    b.add(C("Kostnader", "section"), *[C(None, "section")] * (NP + 1), name="cost_head")
    groups = [("ins", "Insatser (individinriktade)", "Summa insatser", N_INS),
              ("str", "Struktur (strukturinriktade insatser)", "Summa struktur", N_STR),
              ("kan", "Kansli och administration", "Summa kansli och administration", N_KAN)]
    for key, head, total, n in groups:
        b.add(C(head, "group"), name=key + "_head")
        lines = v(key) or []
        assert len(lines) <= n, key
        for j in range(n):
            label, vals, note = lines[j] if j < len(lines) else (None, {}, None)
            b.add(In(label, "text"), *[In(vals.get(i)) for i in range(NP)], In(note, "text"),
                  name="%s%d" % (key, j))
        b.add(C(total, "sum_label"),
              *per('=IF(%s;SUM({c}{%s0}:{c}{%s%d});"")' % (used, key, key, n - 1), "sum"), name=key + "_sum")
    b.add(C("Summa kostnader", "sum_label"),
          *per('=IF(%s;{c}{ins_sum}+{c}{str_sum}+{c}{kan_sum};"")' % used, "sum"), name="cost_sum")
    b.add()
    br = "BUDGET_RESULT($A${inc_head}:$F${inc_sum};$A${cost_head}:$F${cost_sum})"
    b.add(C("Årets resultat", "result_label"),
          *per('=IF(%s;IFERROR(INDEX(%s;1;{k});"se Kontroller");"")' % (used, br), "result"), name="res")
    b.add(C("Utgående eget kapital", "label"), *per("='Eget kapital'!{c}{Eget kapital:close}"), name="close")
    b.add()
    b.add(C("Avstämning mot angivna summor (valfritt)", "section"), *[C(None, "section")] * (NP + 1))
    b.note("Summor som styrelsen beslutat eller som står i ett tryckt dokument. Bladet Kontroller prövar varje "
           "summa mot raderna närmast under den.", NP + 2)
    b.add(F('="Belopp i "&' + UNIT, "head_left"), *[F("={c}{hdr}".replace("{c}", c), "head") for c in PC])
    st = v("stated") or {}
    stated_rows = [("inc", "Summa årets intäkter"), ("incl", "Summa intäkter inklusive eget kapital"),
                   ("ins", "Summa insatser"), ("str", "Summa struktur"), ("kan", "Summa kansli och administration"),
                   ("costs", "Summa kostnader"), ("res", "Årets resultat"),
                   ("open", "Ingående eget kapital (balanserat resultat)"), ("close", "Utgående eget kapital")]
    for key, label in stated_rows:
        b.add(C(label, "label"), *[In((st.get(key) or {}).get(i)) for i in range(NP)], name="st_" + key)
    b.add()
    b.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    b.add(C("Kolumnen används (1/0)", "helper_label"),
          *per('=IF(COUNT(Medlemsbidrag!{c}{Medlemsbidrag:amount};{c}{o0}:{c}{o%d};{c}{draw};{c}{ins0}:{c}{ins%d};'
               '{c}{str0}:{c}{str%d};{c}{kan0}:{c}{kan%d})>0;1;0)' % (N_OTHER - 1, N_INS - 1, N_STR - 1, N_KAN - 1),
               "helper"), name="used", hidden=True)
    for key in ("ins", "str", "kan"):
        b.add(C("Underlag " + key + " (angivet eller beräknat)", "helper_label"),
              *per('=IF(%s;IF(ISNUMBER({c}{st_%s});{c}{st_%s};{c}{%s_sum});"")' % (used, key, key, key), "helper"),
              name="S_" + key, hidden=True)
    b.add(C("Underlag årets intäkter", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_inc});{c}{st_inc};{c}{inc_sum});"")' % used, "helper"), name="S_inc", hidden=True)
    b.add(C("Underlag uttag", "helper_label"), *per('=IF(%s;N({c}{draw});"")' % used, "helper"), name="S_draw", hidden=True)
    b.add(C("Underlag balanserat resultat", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{bal});IF(ISNUMBER({c}{st_open});{c}{st_open};{c}{bal});0);"")' % used,
               "helper"),
          name="S_bal", hidden=True)
    b.add(C("Underlag kostnader", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_costs});{c}{st_costs};{c}{S_ins}+{c}{S_str}+{c}{S_kan});"")' % used,
               "helper"), name="S_costs", hidden=True)
    b.add(C("Underlag årets resultat", "helper_label"),
          *per('=IF(%s;IF(ISNUMBER({c}{st_res});{c}{st_res};{c}{S_inc}-{c}{S_costs});"")' % used, "helper"),
          name="S_res", hidden=True)

    # ------------------------------------------------------------ Eget kapital
    e = Sheet("Eget kapital", ["8.4"] + ["3"] * NP + ["5.6"])
    e.add(C("Eget kapital", "title"))
    status_line(e, 6)
    e.note("Utgående eget kapital = ingående + årets resultat, kedjat över kolumnerna med EQUITY_PROJECTION. "
           "En budget som följs av en prognos för samma år ingår inte i kedjan: nästa år bygger på prognosen.",
           NP + 2)
    e.add(F('="Belopp i "&' + UNIT, "head_left"), *[F("=Budget!%s{Budget:hdr}" % c, "head") for c in PC],
          name="hdr")
    e.add(C("Ingående eget kapital, inmatat", "label"), *[In(v("open_in", i)) for i in range(NP)],
          C("tom: förra kolumnens utgående", "note"), name="open_in")
    e.add(C("Årets resultat, inmatat (valfritt)", "label"), *[In(v("res_in", i)) for i in range(NP)],
          C("t.ex. prognos utan rader", "note"), name="res_in")
    e.add()
    e.add(C("Ingående eget kapital", "label"), *[
        F('=IF({c}{u}=1;IF(ISNUMBER({c}{open_in});{c}{open_in};%s);"")'.replace("{c}", c) % prev, "num")
        for c, prev in zip(PC, ['""', 'IF(B{u}=1;B{open};"")', 'C{carry}', 'D{carry}', 'E{carry}'])],
        name="open")
    e.add(C("Årets resultat", "label"), *per(
        '=IF(ISNUMBER({c}{res_in});{c}{res_in};IF(ISNUMBER(Budget!{c}{Budget:res});Budget!{c}{Budget:res};""))'),
        name="res")
    proj = ("EQUITY_PROJECTION(OFFSET($B${chain_open};0;$B${first}-1;1;$C${first}-$B${first}+1);"
            "OFFSET($B${chain_res};0;$B${first}-1;1;$C${first}-$B${first}+1);"
            "OFFSET($B${chain_name};0;$B${first}-1;1;$C${first}-$B${first}+1))")
    e.add(C("Utgående eget kapital", "result_label"),
          *per('=IF(AND({c}{u}=1;ISNUMBER($B${proj1}));IF($B${first}=$C${first};%s;INDEX(%s;1;{k}-$B${first}+1));"")'
               % (proj, proj), "result"),
          name="close")
    e.add()
    e.add(C("Eget kapital och trappan", "group"))
    e.add(C("Medlemsbidrag", "label"), *per("=Budget!{c}{Budget:msum}"), name="contrib")
    e.add(C("Eget kapital i procent av medlemsbidragen", "label"),
          *per('=IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);{c}{close}/{c}{contrib};"")', "pct"), name="eqpct")
    stair = "$B${st0}:$C${st%d}" % (N_STEPS - 1)
    e.add(C("Högsta eget kapital enligt trappan", "label"),
          *per('=IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);IF(COUNT($C${st0}:$C${st%d})=0;"fyll i trappan";'
               'IFERROR(EQUITY_CEILING({c}{contrib};%s);"fel"));"")' % (N_STEPS - 1, stair)), name="ceiling")
    e.add(C("Prövning mot trappan", "label"),
          *per('=IF({c}{ceilraw}="";"";IF({c}{ceilraw}="OK";"OK";IF(LEFT({c}{ceilraw};6)="Väntar";"väntar";"FEL")))',
               "status"), name="ceilstatus")
    e.cond("B%d:F%d" % (e.names["ceilstatus"], e.names["ceilstatus"]), status_rules())
    e.add()
    e.add(C("Trappan (Nationella rådets rekommendation) – fylls i av förbundet", "group"))
    e.note(SOURCE_STAIRCASE + " Mallen har inga värden för trappan: skriv in rådets gränser och andelar, "
           "gränserna i samma enhet som budgeten. Så länge trappan är tom väntar prövningen (grå).", NP + 2)
    e.add(C("Medlemsbidrag från och med gränsen", "head_left"), F('="Gräns ("&%s&")"' % UNIT, "head"),
          C("Högsta andel", "head"))
    steps = v("staircase") or []
    for j in range(N_STEPS):
        lim, share = steps[j] if j < len(steps) else (None, None)
        e.add(C("Steg %d" % (j + 1), "label"), In(lim), In(share, "pct"), name="st%d" % j)
    e.add()
    e.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    e.add(C("Kolumnen ingår (1/0)", "helper_label"), *per('=IF(ISNUMBER({c}{res});1;0)', "helper"), name="u", hidden=True)
    e.add(C("Första och sista kolumnen", "helper_label"), F("=IFERROR(MATCH(1;B{u}:F{u};0);0)", "helper"),
          F("=MAX(B{u}*1;C{u}*2;D{u}*3;E{u}*4;F{u}*5)", "helper"), name="first", hidden=True)
    e.add(C("Ingående eget kapital till kedjan", "helper_label"),
          *per('=IF(ISNUMBER({c}{open_in});{c}{open_in};"")', "helper"), name="chain_open", hidden=True)
    e.add(C("Resultat till kedjan", "helper_label"), *per('=IF(ISNUMBER({c}{res});{c}{res};0)', "helper"),
          name="chain_res", hidden=True)
    e.add(C("Perioder till kedjan", "helper_label"), *per('=IF({c}{u}=1;{c}{hdr};"-")', "helper"),
          name="chain_name", hidden=True)
    e.add(C("Kedjans första värde eller meddelande", "helper_label"),
          F('=IFERROR(IF($B${first}=0;"";IFERROR(INDEX(%s;1;1);%s));%s)' % (proj, proj, ERR), "helper"),
          name="proj1", hidden=True)
    e.add(C("Utgående att bygga vidare på", "helper_label"),
          *per('=IF({c}{u}=1;{c}{close};%s)' % "{p}{carry}", "helper"), name="carry", hidden=True)
    e.add(C("Prövning mot trappan, meddelande", "helper_label"),
          *per('=IFERROR(IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);IF(COUNT($C${st0}:$C${st%d})=0;'
               '"Väntar: fyll i trappan på bladet Eget kapital.";'
               'EQUITY_CEILING_CHECK({c}{close};{c}{contrib};%s;%s));"");%s)' % (N_STEPS - 1, stair, UNIT, ERR),
               "helper"), name="ceilraw", hidden=True)
    # the column B of the carry row has no column to its left
    e.rows[e.names["carry"] - 1][0][1] = F('=IF(B{u}=1;B{close};"")', "helper")

    # ------------------------------------------------------------ Nyckeltal
    k = Sheet("Nyckeltal", ["8.4"] + ["3"] * NP + ["3"])
    k.add(C("Nyckeltal", "title"))
    status_line(k, 6)
    k.add(C("Andelarna räknas på budgetens summor; målen är förbundets egna (valfria).", "note"))
    k.add(F('="Belopp i "&' + UNIT, "head_left"), *[F("=Budget!%s{Budget:hdr}" % c, "head") for c in PC])
    k.add(C("Summa kostnader", "label"), *per("=Budget!{c}{Budget:cost_sum}"), name="costs")
    k.add(C("varav insatser", "label"), *per("=Budget!{c}{Budget:ins_sum}"), name="ins")
    k.add(C("varav struktur", "label"), *per("=Budget!{c}{Budget:str_sum}"), name="str")
    k.add(C("varav kansli och administration", "label"), *per("=Budget!{c}{Budget:kan_sum}"), name="kan")
    k.add()
    k.add(C("Administrationens andel av kostnaderna", "label"),
          *per('=IF(N({c}{costs})>0;{c}{kan}/{c}{costs};"")', "pct"), name="adm")
    k.add(C("Mål: högst (valfritt)", "label"), In(v("goal_adm"), "pct"), name="goal_adm")
    k.add(C("Målet för administrationen", "label"),
          *per('=IF(OR({c}{adm}="";NOT(ISNUMBER($B${goal_adm})));"";IF(ROUND({c}{adm};6)<=$B${goal_adm};'
               '"uppfyllt";"ej uppfyllt"))', "status"), name="adm_ok")
    k.add()
    k.add(C("Andel till insatser (individ + struktur)", "label"),
          *per('=IF(N({c}{costs})>0;({c}{ins}+{c}{str})/{c}{costs};"")', "pct"), name="insshare")
    k.add(C("Mål: minst (valfritt, t.ex. 80 %)", "label"), In(v("goal_ins"), "pct"), name="goal_ins")
    k.add(C("Målet för insatserna", "label"),
          *per('=IF(OR({c}{insshare}="";NOT(ISNUMBER($B${goal_ins})));"";IF(ROUND({c}{insshare};6)>=$B${goal_ins};'
               '"uppfyllt";"ej uppfyllt"))', "status"), name="ins_ok")
    for r in ("adm_ok", "ins_ok"):
        k.cond("B%d:F%d" % (k.names[r], k.names[r]), status_rules())
    k.add()
    k.add(C("Medel för nya insatser", "group"))
    k.add(C("Utgående eget kapital", "label"), *per("='Eget kapital'!{c}{Eget kapital:close}"), name="close")
    k.add(C("Buffert som ska finnas kvar (valfritt)", "label"), In(v("buffer")), name="buffer")
    k.add(C("Medel kvar för nya insatser", "sum_label"),
          *per('=IF(ISNUMBER({c}{close});{c}{close}-N($B${buffer});"")', "sum"), name="free")
    k.add(C("Eget kapital över trappans tak", "label"),
          *per("=IF(AND(ISNUMBER({c}{close});ISNUMBER('Eget kapital'!{c}{Eget kapital:ceiling}));"
               "MAX(0;{c}{close}-'Eget kapital'!{c}{Eget kapital:ceiling});\"\")"), name="over")
    k.add()
    k.note("Medel kvar = utgående eget kapital minus bufferten: det som ännu inte är fördelat till någon "
           "kostnadsrad. Andel till insatser = (insatser + struktur) / summa kostnader. Administrationens andel = "
           "kansli och administration / summa kostnader.", NP + 1)

    # ------------------------------------------------------------ Kontroller
    kc = Sheet("Kontroller", ["0.7", "9.6", "2.2"] + ["2.6"] * NP + ["12.5"] + ["4"] * NP,
               hidden_cols=range(9, 9 + NP))
    kc.add(C("Kontroller", "title"))
    RAW = ["J", "K", "L", "M", "N"]
    checks = []   # (title, per-period list or None, global formula or None, nothing-to-check text)
    M_ = "Medlemsbidrag!"
    checks.append(("Tillägget finsam-calc är installerat", None,
                   '=IF(ISERROR(FINSAM_CHECK(1;1));"Tillägget finsam-calc saknas: installera finsam-calc.oxt '
                   '(Verktyg › Tilläggshanterare) och starta om LibreOffice.";"OK")', ""))
    checks.append(("Budgetåret är ifyllt", None,
                   '=IF(%s="";"Väntar: skriv budgetåret på bladet Anvisningar.";IF(AND(ISNUMBER(%s);%s>=2000;%s<=2100);'
                   '"OK";"Budgetåret ska vara ett årtal, t.ex. 2021."))' % (YEAR, YEAR, YEAR, YEAR), ""))
    checks.append(("Kommunerna står utan tomma rader", None,
                   '=IF(%s$B${Medlemsbidrag:n}=0;IF(COUNT(%sB{Medlemsbidrag:amount}:F{Medlemsbidrag:amount})>0;'
                   '"Väntar: skriv kommunernas namn på bladet Medlemsbidrag.";"");IF(COUNTA(OFFSET(%s$A${Medlemsbidrag:k0};'
                   '0;0;%s$B${Medlemsbidrag:n};1))=%s$B${Medlemsbidrag:n};"OK";"Det finns tomma rader mellan '
                   'kommunerna på bladet Medlemsbidrag: skriv dem uppifrån utan tomrader."))' % (M_, M_, M_, M_, M_),
                   "Inga kommuner ännu."))
    mref = lambda r: M_ + "{c}{Medlemsbidrag:%s}" % r  # noqa: E731
    checks.append(("Medlemsbidragen summerar till totalen, till kronan",
                   per_s('=IF(NOT(ISNUMBER(%s));"";IF(ISNUMBER(%s);FINSAM_CHECK(%s:{c}{Medlemsbidrag:m%d};%s;0;%s);%s))'
                       % (mref("amount"), mref("sp1"), mref("s1"), N_KOMMUN - 1, mref("total"), UNIT, mref("sp1"))),
                   None, "Inget belopp att fördela ännu."))
    checks.append(("Staten 50 % av totalen",
                   per_s('=IF(NOT(ISNUMBER(%s));"";IF(ABS(N(%s)+N(%s)-%s/2)<%s$B${Medlemsbidrag:step};"OK";'
                       '"Staten får "&%s&" men 50 %% av totalen är "&%s&"."))'
                       % (mref("sp1"), mref("s1"), mref("s2"), mref("total"), M_,
                          fmt("N(%s)+N(%s)" % (mref("s1"), mref("s2"))), fmt(mref("total") + "/2"))),
                   None, "Ingen fördelning ännu."))
    checks.append(("Regionen 25 % av totalen",
                   per_s('=IF(NOT(ISNUMBER(%s));"";IF(ABS(%s-%s/4)<%s$B${Medlemsbidrag:step};"OK";'
                       '"Regionen får "&%s&" men 25 %% av totalen är "&%s&"."))'
                       % (mref("sp1"), mref("reg"), mref("total"), M_, fmt(mref("reg")), fmt(mref("total") + "/4"))),
                   None, "Ingen fördelning ännu."))
    kom = "SUM(%s:{c}{Medlemsbidrag:m%d})" % (mref("m0"), N_KOMMUN - 1)
    checks.append(("Kommunerna tillsammans 25 % av totalen",
                   per_s('=IF(NOT(ISNUMBER(%s));"";IF(ABS(%s-%s/4)<%s$B${Medlemsbidrag:step};"OK";'
                       '"Kommunerna får tillsammans "&%s&" men 25 %% av totalen är "&%s&"."))'
                       % (mref("sp1"), kom, mref("total"), M_, fmt(kom), fmt(mref("total") + "/4"))),
                   None, "Ingen fördelning ännu."))
    ek_sum = "SUM(%s:{c}{Medlemsbidrag:ek%d})" % (mref("ek0"), N_KOMMUN - 1)
    checks.append(("Fasta andelar summerar rätt",
                   per_s('=IF(OR(%s$B${Medlemsbidrag:keytype}="%s";NOT(ISNUMBER(%s)));"";IF(ABS(%s-IF(%s$B${Medlemsbidrag:'
                       'keytype}="%s";0.25;1))<0.00005;"OK";"Kommunernas andelar summerar till "&FIXED(%s*100;2)&'
                       '" %% men ska bli "&IF(%s$B${Medlemsbidrag:keytype}="%s";"25";"100")&" %%."))'
                       % (M_, KEYTYPES[0], mref("sp1"), ek_sum, M_, KEYTYPES[1], ek_sum, M_, KEYTYPES[1])),
                   None, "Nyckeln är invånarantal."))
    bref = lambda r: "Budget!{c}{Budget:%s}" % r  # noqa: E731
    busd = "Budget!{c}{Budget:used}=1"
    checks.append(("Årets intäkter mot angiven summa",
                   per_s('=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";%s)'
                       % (busd, bref("st_inc"), compare(bref("inc_sum"), bref("st_inc"), "Raderna summerar till",
                                                        "den angivna summan"))),
                   None, "Ingen angiven summa."))
    checks.append(("Intäkter inklusive eget kapital mot angiven summa",
                   per_s('=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";FINSAM_CHECK(%s:{c}{Budget:S_bal};%s;0;%s))'
                       % (busd, bref("st_incl"), bref("S_inc"), bref("st_incl"), UNIT)),
                   None, "Ingen angiven summa."))
    for key, title in (("ins", "Insatser"), ("str", "Struktur"), ("kan", "Kansli och administration")):
        n = {"ins": N_INS, "str": N_STR, "kan": N_KAN}[key]
        checks.append(("%s mot angiven summa" % title,
                       per_s('=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";FINSAM_CHECK(%s:{c}{Budget:%s%d};%s;0;%s))'
                           % (busd, bref("st_" + key), bref(key + "0"), key, n - 1, bref("st_" + key), UNIT)),
                       None, "Ingen angiven summa."))
    checks.append(("Summa kostnader mot angiven summa",
                   per_s('=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";FINSAM_CHECK(%s:{c}{Budget:S_kan};%s;0;%s))'
                       % (busd, bref("st_costs"), bref("S_ins"), bref("st_costs"), UNIT)),
                   None, "Ingen angiven summa."))
    checks.append(("Årets resultat mot angivet",
                   per_s('=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";%s)'
                       % (busd, bref("st_res"), compare("%s-%s" % (bref("S_inc"), bref("S_costs")), bref("st_res"),
                                                        "Intäkter minus kostnader", "det angivna resultatet"))),
                   None, "Inget angivet resultat."))
    checks.append(("Resultatraden stämmer med summaraderna",
                   per_s('=IF(NOT(%s);"";IF(ISNUMBER(%s);%s;"Årets resultat kunde inte räknas: "&'
                       'BUDGET_RESULT(Budget!$A${Budget:inc_head}:$F${Budget:inc_sum};'
                       'Budget!$A${Budget:cost_head}:$F${Budget:cost_sum})))'
                       % (busd, bref("res"), compare("%s-%s" % (bref("inc_sum"), bref("cost_sum")), bref("res"),
                                                     "Summa årets intäkter minus summa kostnader",
                                                     "resultatraden (BUDGET_RESULT); ge varje rad med belopp en "
                                                     "benämning och håll den ovanför sin summarad. Resultatraden"))),
                   None, "Ingen kolumn används ännu."))
    checks.append(("Uttaget ur eget kapital täcker underskottet",
                   per_s('=IF(OR(NOT(%s);NOT(ISNUMBER(%s)));"";%s)'
                       % (busd, bref("draw"), compare("-(%s)" % bref("S_res"), bref("draw"),
                                                      "Underskottet", "uttaget ur eget kapital"))),
                   None, "Inget uttag ur eget kapital."))
    eref = lambda r: "'Eget kapital'!{c}{Eget kapital:%s}" % r  # noqa: E731
    # the opening each column should have: typed, or the previous column's closing (stated if given)
    s_close = lambda c: "IF(ISNUMBER(Budget!%s{Budget:st_close});Budget!%s{Budget:st_close};'Eget kapital'!%s{Eget kapital:close})" % (c, c, c)  # noqa: E731,E501
    exp_open = ['""',
                "IF('Eget kapital'!B{Eget kapital:u}=1;'Eget kapital'!B{Eget kapital:open};\"\")",
                "IF('Eget kapital'!C{Eget kapital:u}=1;%s;%s)" % (s_close("C"), s_close("B")),
                s_close("D"), s_close("E")]
    checks.append(("Ingående eget kapital mot angivet",
                   [('=IF(OR(%s{Eget kapital:u}<>1;NOT(ISNUMBER(%s)));"";IF(ISNUMBER(%s);%s;IF(%s="";"";%s)))'
                     % ("'Eget kapital'!" + c, "Budget!%s{Budget:st_open}" % c, "'Eget kapital'!%s{Eget kapital:open_in}" % c,
                        compare("'Eget kapital'!%s{Eget kapital:open_in}" % c, "Budget!%s{Budget:st_open}" % c,
                                "Inmatat ingående eget kapital", "det angivna"),
                        exp_open[i], compare(exp_open[i] if exp_open[i] != '""' else "0",
                                             "Budget!%s{Budget:st_open}" % c,
                                             "Förra kolumnens utgående eget kapital", "det angivna ingående")))
                    for i, c in enumerate(PC)], None, "Inget angivet ingående eget kapital."))
    s_open = "IF(ISNUMBER(%s);%s;%s)" % (bref("st_open"), bref("st_open"), eref("open"))
    ek = "'Eget kapital'!"
    chain_wait = ('IF(NOT(ISNUMBER(INDEX({e}$B${{Eget kapital:chain_open}}:$F${{Eget kapital:chain_open}};1;{e}$B${{Eget kapital:first}})));'
                  '"Väntar: skriv ingående eget kapital för "&INDEX({e}$B${{Eget kapital:hdr}}:$F${{Eget kapital:hdr}};1;'
                  '{e}$B${{Eget kapital:first}})&" på bladet Eget kapital.";{e}$B${{Eget kapital:proj1}})'.format(e=ek))
    checks.append(("Utgående eget kapital = ingående + årets resultat",
                   per_s('=IF(NOT(%s=1);"";IF(NOT(ISNUMBER(%s));IF(ISNUMBER(%s);"";%s);IF(ISNUMBER(%s);%s;%s)))'
                       % (eref("u"), eref("close"), "'Eget kapital'!$B${Eget kapital:proj1}", chain_wait, bref("st_close"),
                          compare("%s+IF(%s;%s;%s)" % (s_open, busd, bref("S_res"), eref("res")), bref("st_close"),
                                  "Ingående eget kapital plus årets resultat", "det angivna utgående"),
                          compare("%s+%s" % (eref("open"), eref("res")), eref("close"),
                                  "Ingående plus årets resultat", "kedjans utgående eget kapital (EQUITY_PROJECTION)"))),
                   None, "Inget eget kapital ännu."))
    checks.append(("Eget kapital blir inte negativt",
                   per_s('=IF(NOT(ISNUMBER(%s));"";IF(%s>=0;"OK";"Eget kapital blir "&%s&": förbundet får inte '
                       'skuldsätta sig."))' % (eref("close"), eref("close"), fmt(eref("close")))),
                   None, "Inget eget kapital ännu."))
    checks.append(("Eget kapital under trappans tak",
                   per_s("='Eget kapital'!{c}{Eget kapital:ceilraw}"), None,
                   "Inget eget kapital att pröva ännu."))
    nref = lambda r: "Nyckeltal!{c}{Nyckeltal:%s}" % r  # noqa: E731
    checks.append(("Administrationens andel inom förbundets mål",
                   per_s('=IF(%s="";"";IF(%s="uppfyllt";"OK";"Administrationens andel är "&FIXED(%s*100;1)&'
                       '" %% men målet är högst "&FIXED(Nyckeltal!$B${Nyckeltal:goal_adm}*100;1)&" %%."))'
                       % (nref("adm_ok"), nref("adm_ok"), nref("adm"))), None, "Inget mål angivet."))
    checks.append(("Andelen till insatser når förbundets mål",
                   per_s('=IF(%s="";"";IF(%s="uppfyllt";"OK";"Andelen till insatser är "&FIXED(%s*100;1)&'
                       '" %% men målet är minst "&FIXED(Nyckeltal!$B${Nyckeltal:goal_ins}*100;1)&" %%."))'
                       % (nref("ins_ok"), nref("ins_ok"), nref("insshare"))), None, "Inget mål angivet."))

    first = 5
    last = first + len(checks) - 1
    r = kc.add(None, C("Kontrollstatus", "label"),
               F(overall_formula("C%d:C%d" % (first, last), "bladet Kontroller"), "big"), name="status")
    kc.merge(r, 2, 7)
    kc.cond("C2", status_rules("big"))
    kc.add()
    kc.add(C("Nr", "head_left"), C("Kontroll", "head_left"), C("Status", "head"),
           *[F("=Budget!%s{Budget:hdr}" % c, "head") for c in PC], C("Förklaring", "head_left"),
           *[F("=Budget!%s{Budget:hdr}" % c, "head") for c in PC], name="khdr")
    for no, (title, perio, glob, empty) in enumerate(checks, start=1):
        row = kc.next_row
        if perio:
            raws = [F("=IFERROR(%s;%s)" % (f[1:], ERR), "text") for f in perio]
            shorts = [F('=IF({r}{row}="";"";IF({r}{row}="OK";"OK";IF(LEFT({r}{row};6)="Väntar";"väntar";"FEL")))'
                        .replace("{r}", rc).replace("{row}", str(row)), "status") for rc in RAW]
        else:
            raws = [F("=IFERROR(%s;%s)" % (glob[1:], ERR), "text")] + [None] * (NP - 1)
            shorts = [None] * NP
        rng = "J%d:N%d" % (row, row)
        nfel = ('SUMPRODUCT(({r}<>"")*({r}<>"OK")*(LEFT({r};6)<>"Väntar"))'.replace("{r}", rng))
        nwait = 'SUMPRODUCT(LEFT({r};6)="Väntar")'.replace("{r}", rng)
        status = F('=IF(%s>0;"FEL";IF(%s>0;"VÄNTAR";IF(COUNTIF(%s;"OK")>0;"OK";"–")))' % (nfel, nwait, rng),
                   "status")
        errs = "&".join('IF(AND({x}{r}<>"";{x}{r}<>"OK";LEFT({x}{r};6)<>"Väntar");{pre}{x}{r}&" ";"")'
                        .replace("{x}", rc).replace("{r}", str(row))
                        .replace("{pre}", ('%s$%d&": "&' % (rc, kc.names["khdr"])) if perio else "")
                        for rc in RAW)
        waits = "".join('IF(LEFT({x}{r};6)="Väntar";{x}{r};'.replace("{x}", rc).replace("{r}", str(row))
                        for rc in RAW) + '""' + ")" * NP
        ok_text = '"Stämmer."'
        expl = F('=TRIM(IF(C{r}="FEL";%s;IF(C{r}="VÄNTAR";%s;IF(C{r}="OK";%s;"%s"))))'.replace("{r}", str(row))
                 % (errs, waits, ok_text, empty), "msg")
        kc.add(C(str(no), "label"), C(title, "label"), status, *shorts, expl, *raws, name="chk%d" % no)
    kc.cond("C%d:H%d" % (first, last), status_rules())
    kc.add()
    kc.note("Varje kontroll prövar ett samband. Angivna summor (längst ned på bladet Budget) används som de står, "
            "så att ett skrivfel på en rad blir rött vid sin egen summa och inte i alla summor under den. Grått: "
            "kontrollen väntar på uppgifter (VÄNTAR) eller har inget att pröva (–).", 8, first_col=1)
    assert kc.names["chk1"] == first, (kc.names["chk1"], first)

    title = d.get("title") or "Verksamhetsplan och budget – flerårig (samordningsförbund)"
    return Workbook(title, [a, m, b, e, k, kc],
                    "Mall för samordningsförbundets verksamhetsplan och budget med plan, från finsam-calc.")


# ====================================================================== the one-year template
def one_year(d=None):
    """A single sheet for a small förbund: members, budget, equity and checks for one year.
    d holds inputs (the tests type seed 002 into it); None gives the empty template."""
    d = d or {}

    def v(key, default=None):
        return d.get(key, default)

    def line(key, j):
        lines = v(key) or []
        return lines[j] if j < len(lines) else (None, None)

    st = v("stated") or {}
    s = Sheet("Budget", ["9", "3", "3", "2.2", "6"], landscape=False)
    U = "$B${unit}"

    def fm(x):
        return 'FIXED(%s;0)&" "&%s' % (x, U)

    def cmp(calc, stated, wc, ws):
        return ('IF(ABS(({c})-({s}))<0.005;"OK";"{wc} blir "&{fc}&" men {ws} är "&{fs}&" (skillnad "&{fd}&").")'
                .format(c=calc, s=stated, wc=wc, ws=ws, fc=fm(calc), fs=fm(stated), fd=fm("(%s)-(%s)" % (calc, stated))))

    s.add(F('="Budget "&IF(ISNUMBER($B${year});$B${year};"")&IF($B${name}="";"";" – "&$B${name})', "title"))
    r = s.add(C("Kontrollstatus", "label"), F("=$B${overall}", "big"), name="status")
    s.merge(r, 1, 4)
    s.cond("B%d" % r, status_rules("big"))
    s.note("Mall från finsam-calc för ett litet förbund: ett år på ett blad. Gula celler fylls i; vita räknas fram "
           "med tilläggets funktioner och är skyddade (utan lösenord). Inga makron. Kontrollerna står längst ned.", 5)
    s.add()
    s.add(C("Grunduppgifter", "section"), *[C(None, "section")] * 4)
    s.add(C("Förbundets namn", "label"), In(v("name"), "text"), name="name")
    s.merge(s.names["name"], 1, 3)
    s.add(C("Budgetår", "label"), In(v("year"), "year"), name="year")
    s.add(C("Belopp anges i", "label"), In(v("unit", "kr"), "text", UNITS), C("kr eller tkr", "note"), name="unit")
    s.add()
    s.add(C("Medlemsbidrag", "section"), *[C(None, "section")] * 4)
    s.add(F('=IF($B${basis}="%s";"Statens tilldelning";"Förbundets totala medlemsbidrag")' % BASES[0], "label"),
          In(v("amount")), name="amount")
    s.add(C("Beloppet är", "label"), In(v("basis", BASES[0]), "text", BASES), name="basis")
    s.merge(s.names["basis"], 1, 2)
    s.add(C("Avrundning (i vald enhet)", "label"), In(v("step", 1), "num", STEPS), C("1, 100 eller 1 000", "note"), name="step")
    s.add(C("Staten visas som", "label"), In(v("lines", LINES[0]), "text", LINES), name="lines")
    s.merge(s.names["lines"], 1, 2)
    s.add(C("Regionens namn", "label"), In(v("region"), "text"), name="region")
    s.merge(s.names["region"], 1, 2)
    s.add(C("Totalt medlemsbidrag", "sum_label"),
          F('=IF(ISNUMBER(B{amount});B{amount}*IF($B${basis}="%s";2;1);"")' % BASES[0], "sum"), name="total")
    NK = 8
    s.add(C("Medlem (skriv kommunernas namn)", "head_left"), F('="Belopp ("&%s&")"' % U, "head"),
          C("Nyckel", "head"), C(None, "head"), C("Nyckelns datum / not", "head_left"))
    split = "FINSAM_SPLIT($B${amount};OFFSET($C${k0};0;0;$D${nh};1);$B${step};$B${nh};$C${nh})"
    s.add(F('=IF($B${nh}=2;"Försäkringskassan";"Staten genom Försäkringskassan")', "label"),
          F('=IF(ISNUMBER($B${sp1});$B${sp1};"")'), name="s1")
    s.add(F('=IF($B${nh}=2;"Arbetsförmedlingen";"")', "label"),
          F('=IF(AND(ISNUMBER($B${sp1});$B${nh}=2);INDEX(%s;2);"")' % split), name="s2")
    s.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          F('=IF(ISNUMBER($B${sp1});INDEX(%s;$B${nh}+1);"")' % split), name="reg")
    for j in range(NK):
        kname, key = line("kommuner", j)
        s.add(In(kname, "text"),
              F('=IF(AND(ISNUMBER($B${sp1});$D${nh}>=%d);INDEX(%s;$B${nh}+%d);"")' % (j + 1, split, j + 2)),
              In(key), None, In(None, "text"), name="k%d" % j)
    s.add(C("Summa medlemsbidrag", "sum_label"), F('=IF(ISNUMBER($B${sp1});SUM(B{s1}:B{k%d});"")' % (NK - 1), "sum"),
          name="msum")
    s.add()
    s.add(C("Budget", "section"), *[C(None, "section")] * 4)
    s.add(F('="Belopp i "&' + U, "head_left"), F('="Budget "&IF(ISNUMBER($B${year});$B${year};"")', "head"),
          C("Angiven summa", "head"), C("Kontroll", "head"), C("Not", "head_left"))
    s.add(C("Intäkter", "group"), name="inc_head")
    s.add(C("Medlemsbidrag", "label"), F("=B{msum}"), name="inc_mb")
    NO = 4
    for j in range(NO):
        s.add(In(line("other", j)[0], "text"), In(line("other", j)[1]), None, None, In(None, "text"), name="o%d" % j)
    s.add(C("Summa årets intäkter", "sum_label"), F("=N(B{inc_mb})+SUM(B{o0}:B{o%d})" % (NO - 1), "sum"),
          In(st.get("inc")), F('=IF(C{inc_sum}="";"";IF(C{x_inc}="OK";"OK";"FEL"))', "status"), name="inc_sum")
    s.add(C("Uttag ur eget kapital (inte årets intäkt)", "label"), In(v("draw")), None, None, In(None, "text"),
          name="draw")
    s.add(C("Summa intäkter inklusive eget kapital", "sum_label"), F("=B{inc_sum}+N(B{draw})", "sum"), name="incl")
    s.add(C("Kostnader", "group"), name="cost_head")
    groups = [("ins", "Insatser", 8), ("str", "Struktur", 4), ("kan", "Kansli och administration", 6)]
    for key, head, n in groups:
        s.add(C(head, "group"))
        for j in range(n):
            s.add(In(line(key, j)[0], "text"), In(line(key, j)[1]), None, None, In(None, "text"),
                  name="%s%d" % (key, j))
        s.add(C("Summa " + head.lower(), "sum_label"), F("=SUM(B{%s0}:B{%s%d})" % (key, key, n - 1), "sum"),
              In(st.get(key)), F('=IF(C{%s_sum}="";"";IF(C{x_%s}="OK";"OK";"FEL"))' % (key, key), "status"),
              name=key + "_sum")
    s.add(C("Summa kostnader", "sum_label"), F("=B{ins_sum}+B{str_sum}+B{kan_sum}", "sum"), In(st.get("costs")),
          F('=IF(C{cost_sum}="";"";IF(C{x_costs}="OK";"OK";"FEL"))', "status"), name="cost_sum")
    s.add(C("Årets resultat", "result_label"),
          F('=IF(NOT(ISNUMBER($B${amount}));"";IF(ISNUMBER(BUDGET_RESULT($A${inc_head}:$B${inc_sum};'
            '$A${cost_head}:$B${cost_sum}));BUDGET_RESULT($A${inc_head}:$B${inc_sum};$A${cost_head}:$B${cost_sum});'
            '"se kontrollerna"))', "result"), In(st.get("res")), F('=IF(C{res}="";"";IF(C{x_res}="OK";"OK";"FEL"))', "status"), name="res")
    for rr in ("inc_sum", "ins_sum", "str_sum", "kan_sum", "cost_sum", "res"):
        s.cond("D%d" % s.names[rr], status_rules())
    s.add()
    s.add(C("Eget kapital", "section"), *[C(None, "section")] * 4)
    s.add(C("Ingående eget kapital", "label"), In(v("open")), name="open")
    s.add(C("Årets resultat", "label"), F("=B{res}"), name="res2")
    s.add(C("Utgående eget kapital", "sum_label"),
          F('=IF(ISNUMBER(B{open});IFERROR(EQUITY_PROJECTION(B{open};B{res2});"fel");"")', "sum"), name="close")
    s.add(C("Eget kapital i procent av medlemsbidragen", "label"),
          F('=IF(AND(ISNUMBER(B{close});N(B{msum})>0);B{close}/B{msum};"")', "pct"), name="eqpct")
    s.add(C("Trappan (medlemsbidrag från gränsen)", "head_left"), F('="Gräns ("&%s&")"' % U, "head"),
          C("Högsta andel", "head"), C(None, "head"), C(None, "head"))
    NS_ = 5
    for j in range(NS_):
        lim, share = line("staircase", j)
        s.add(C("Steg %d" % (j + 1), "label"), In(lim), In(share, "pct"), name="st%d" % j)
    s.note(SOURCE_STAIRCASE + " Mallen har inga värden: fyll i rådets gränser och andelar (samma enhet som "
           "budgeten). Så länge trappan är tom väntar prövningen (grå).", 5)
    s.add()
    s.add(C("Nyckeltal", "section"), *[C(None, "section")] * 4)
    s.add(C("Administrationens andel av kostnaderna", "label"),
          F('=IF(N(B{cost_sum})>0;B{kan_sum}/B{cost_sum};"")', "pct"), In(v("goal_adm"), "pct"), C("mål: högst", "note"),
          name="adm")
    s.add(C("Andel till insatser (individ och struktur)", "label"),
          F('=IF(N(B{cost_sum})>0;(B{ins_sum}+B{str_sum})/B{cost_sum};"")', "pct"), In(v("goal_ins"), "pct"),
          C("mål: minst", "note"), name="insshare")
    s.add(C("Medel kvar för nya insatser", "label"), F("=B{close}"), name="free")
    s.add()
    s.add(C("Kontroller", "section"), *[C(None, "section")] * 4)
    s.add(C("Kontroll", "head_left"), C("Status", "head"), C("Förklaring", "head_left"), C(None, "head"),
          C(None, "head"))
    stair = "$B${st0}:$C${st%d}" % (NS_ - 1)
    filled = "ISNUMBER($B${amount})"
    chk = [
        ("x_addin", "Tillägget finsam-calc är installerat",
         'IF(ISERROR(FINSAM_CHECK(1;1));"Tillägget finsam-calc saknas: installera finsam-calc.oxt och starta om.";"OK")'),
        ("x_year", "Budgetåret är ifyllt",
         'IF($B${year}="";"Väntar: skriv budgetåret.";IF(AND(ISNUMBER($B${year});$B${year}>=2000;$B${year}<=2100);'
         '"OK";"Budgetåret ska vara ett årtal."))'),
        ("x_split", "Medlemsbidragen summerar till totalen",
         'IF(NOT(%s);"Väntar: skriv medlemsbidragets belopp.";IF(ISNUMBER($B${sp1});FINSAM_CHECK(B{s1}:B{k%d};'
         '$B${total};0;%s);$B${sp1}))' % (filled, NK - 1, U)),
        ("x_kom", "Kommunerna står utan tomma rader",
         'IF($D${nh}=0;IF(%s;"Väntar: skriv kommunernas namn.";"");IF(COUNTA(OFFSET($A${k0};0;0;$D${nh};1))=$D${nh};'
         '"OK";"Det finns tomma rader mellan kommunerna: skriv dem uppifrån."))' % filled),
        ("x_law", "Staten 50 %, regionen 25 %, kommunerna 25 %",
         'IF(NOT(ISNUMBER($B${sp1}));"";IF(AND(ABS(N(B{s1})+N(B{s2})-B{total}/2)<$B${step};ABS(B{reg}-B{total}/4)'
         '<$B${step};ABS(SUM(B{k0}:B{k%d})-B{total}/4)<$B${step});"OK";"Fördelningen följer inte 50/25/25: staten "&'
         '%s&", regionen "&%s&", kommunerna "&%s&"."))' % (NK - 1, fm("N(B{s1})+N(B{s2})"), fm("B{reg}"),
                                                           fm("SUM(B{k0}:B{k%d})" % (NK - 1)))),
        ("x_inc", "Årets intäkter mot angiven summa",
         'IF(NOT(ISNUMBER(C{inc_sum}));"";%s)' % cmp("B{inc_sum}", "C{inc_sum}", "Raderna summerar till",
                                                     "den angivna summan")),
    ]
    for key, head, n in groups:
        chk.append(("x_" + key, head + " mot angiven summa",
                    'IF(NOT(ISNUMBER(C{%s_sum}));"";FINSAM_CHECK(B{%s0}:B{%s%d};C{%s_sum};0;%s))'
                    % (key, key, key, n - 1, key, U)))
    sg = lambda key: "IF(ISNUMBER(C{%s_sum});C{%s_sum};B{%s_sum})" % (key, key, key)  # noqa: E731
    s_costs = "IF(ISNUMBER(C{cost_sum});C{cost_sum};%s+%s+%s)" % (sg("ins"), sg("str"), sg("kan"))
    s_inc = "IF(ISNUMBER(C{inc_sum});C{inc_sum};B{inc_sum})"
    s_res = "IF(ISNUMBER(C{res});C{res};%s-%s)" % (s_inc, s_costs)
    chk += [
        ("x_costs", "Summa kostnader mot angiven summa",
         'IF(NOT(ISNUMBER(C{cost_sum}));"";%s)' % cmp("%s+%s+%s" % (sg("ins"), sg("str"), sg("kan")), "C{cost_sum}",
                                                     "Gruppernas summor blir", "den angivna summan")),
        ("x_res", "Årets resultat mot angivet",
         'IF(NOT(ISNUMBER(C{res}));"";%s)' % cmp("%s-%s" % (s_inc, s_costs), "C{res}", "Intäkter minus kostnader",
                                                "det angivna resultatet")),
        ("x_br", "Resultatraden stämmer med summaraderna",
         'IF(NOT(%s);"";IF(ISNUMBER(B{res});%s;"Årets resultat kunde inte räknas: "&BUDGET_RESULT('
         '$A${inc_head}:$B${inc_sum};$A${cost_head}:$B${cost_sum})))'
         % (filled, cmp("B{inc_sum}-B{cost_sum}", "B{res}", "Summa intäkter minus summa kostnader",
                        "resultatraden (BUDGET_RESULT); ge varje rad med belopp en benämning. Resultatraden"))),
        ("x_draw", "Uttaget ur eget kapital täcker underskottet",
         'IF(NOT(ISNUMBER(B{draw}));"";%s)' % cmp("-(%s)" % s_res, "B{draw}", "Underskottet", "uttaget")),
        ("x_eq", "Eget kapital: ingående + resultat = utgående",
         'IF(NOT(%s);"";IF(NOT(ISNUMBER(B{open}));"Väntar: skriv ingående eget kapital.";IF(ISNUMBER(B{close});'
         '%s;"Eget kapital kunde inte räknas: "&EQUITY_PROJECTION(B{open};B{res2}))))'
         % (filled, cmp("B{open}+B{res2}", "B{close}", "Ingående plus årets resultat", "utgående (EQUITY_PROJECTION)"))),
        ("x_neg", "Eget kapital blir inte negativt",
         'IF(NOT(ISNUMBER(B{close}));"";IF(B{close}>=0;"OK";"Eget kapital blir "&%s&": förbundet får inte '
         'skuldsätta sig."))' % fm("B{close}")),
        ("x_ceil", "Eget kapital under trappans tak",
         'IF(NOT(AND(ISNUMBER(B{close});N(B{msum})>0));"";IF(COUNT($C${st0}:$C${st%d})=0;"Väntar: fyll i trappan '
         'ovan.";EQUITY_CEILING_CHECK(B{close};B{msum};%s;%s)))' % (NS_ - 1, stair, U)),
        ("x_adm", "Administrationens andel inom målet",
         'IF(OR(B{adm}="";NOT(ISNUMBER(C{adm})));"";IF(ROUND(B{adm};6)<=C{adm};"OK";"Administrationens andel är "&'
         'FIXED(B{adm}*100;1)&" % men målet är högst "&FIXED(C{adm}*100;1)&" %."))'),
        ("x_insg", "Andelen till insatser når målet",
         'IF(OR(B{insshare}="";NOT(ISNUMBER(C{insshare})));"";IF(ROUND(B{insshare};6)>=C{insshare};"OK";'
         '"Andelen till insatser är "&FIXED(B{insshare}*100;1)&" % men målet är minst "&FIXED(C{insshare}*100;1)&" %."))'),
    ]
    first = s.next_row
    for key, title, f in chk:
        row = s.next_row
        s.add(C(title, "label_mid"), F('=IF(C{r}="";"–";IF(C{r}="OK";"OK";IF(LEFT(C{r};6)="Väntar";"VÄNTAR";"FEL")))'
                                   .replace("{r}", str(row)), "status"),
              F("=IFERROR(%s;%s)" % (f, ERR), "msg"), name=key, height=0.8)
        s.merge(row, 2, 3)
    last = s.next_row - 1
    s.cond("B%d:B%d" % (first, last), status_rules())
    s.add()
    s.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    s.add(C("Statens rader, bas, antal kommuner", "helper_label"), F('=IF($B${lines}="%s";2;1)' % LINES[1], "helper"),
          F('=IF($B${basis}="%s";1;0)' % BASES[0], "helper"), F("=COUNTA(A{k0}:A{k%d})" % (NK - 1), "helper"),
          name="nh", hidden=True)
    s.add(C("Första delen eller meddelandet", "helper_label"),
          F('=IFERROR(IF(ISNUMBER($B${amount});IF($D${nh}>0;IFERROR(INDEX(%s;1);%s);"Väntar: skriv kommunernas namn '
            'och nyckel.");"");%s)' % (split, split, ERR), "helper"), name="sp1", hidden=True)
    s.add(C("Totalstatus", "helper_label"), F(overall_formula("B%d:B%d" % (first, last), "Kontroller nedan"),
                                                "helper"), name="overall", hidden=True)
    return Workbook(v("title", "Budget för ett litet samordningsförbund – ett år"), [s],
                    "Mall för ett års budget med medlemsbidrag på ett blad, från finsam-calc.")


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
