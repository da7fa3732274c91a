#!/usr/bin/env python3
"""Write the three seed documents as flat ODF spreadsheets (.fods).

    python3 tests/seeds/make_seed_workbooks.py [OUTDIR]     (default: beside this script)

Each workbook is laid out the way the förbund's ekonom would build it: a label
column, one column per period, group headings in italics, typed inputs in blue,
every printed figure computed by a formula, and beside each printed total the
figure as printed in the document ("Tryckt i dokumentet") with a FINSAM_CHECK
cell ("Kontroll").  The files are written WITHOUT cached values, so Calc must
recalculate them on load (with the finsam-calc extension installed).

A sheet is described row by row:
    s.add(label, cell, cell, ..., name="row-name", style="total")
A cell is an int (a typed input), a str starting with "=" (a formula, written
the way it is typed in Calc's English UI, with ';' between arguments and
'Sheet!A1' for other sheets), any other str (text), None (empty), or one of
Arr(formula, rows, cols) (an array formula), Txt(text, **style).
In formulas, {name} is the row number of the row called name on the same sheet
and {Sheet:name} that of a row on another sheet; periods(template) repeats a
template over the period columns, with {c} the column, {p} the previous one and
{x} the column of the period's printed figure.  The look of the sheets and the
writing are templates/fods (ledger.py); this script describes the content.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
from fods.formula import col, fill  # noqa: E402
from fods.ledger import Arr, Sheet, render  # noqa: E402

NOTE_KEY = ("Dokumentet anger inte invånarantalen som kommunernas andelar bygger på; "
            "därför används de tryckta kommunbeloppen som fördelningsnyckel.")
LEGEND = "Blå siffror är inmatade värden; svarta siffror räknas fram med formler."
PRINTED = "Tryckt i dokumentet"


def periods(template, first="B", n=5, printed=None):
    """The template once per period column: {c} the column, {p} the one before, {x} the column of
    the period's printed figure (the period's offset from column printed)."""
    start = ord(first) - 65
    out = []
    for k in range(n):
        fields = {"c": col(start + k), "p": col(start + k - 1)}
        if printed:
            fields["x"] = col(ord(printed) - 65 + k)
        out.append(fill(template, fields))
    return out


def sheet_head(s, title, source):
    """The first rows of every sheet: its title, the source document, the colour legend."""
    s.add(title, style="title")
    s.add(source, style="note")
    s.add(LEGEND, style="note")


def key_rows(m, kommuner):
    """The key of the municipalities: one row each (name, key per period), rows key0, key1, ..."""
    m.add("Fördelningsnyckel kommunerna", style="heading")
    for i, (k, keys) in enumerate(kommuner):
        m.add(k, *keys, name="key%d" % i)
    m.add(NOTE_KEY, style="note")


# ---------------------------------------------------------------- seed 000
def seed_000():
    """Trollhättan, Lilla Edet och Grästorp: budget 2020, plan 2021–2022 (kr)."""
    src = ("Källa: Verksamhetsplan och budget 2020 och 2021, Samordningsförbundet "
           "Trollhättan, Lilla Edet och Grästorp, beslutad 2019-11-28. Belopp i kr.")
    kommuner = [("Trollhättans Stad", [1341000]), ("Lilla Edets kommun", [323000]),
                ("Grästorps kommun", [125000])]

    m = Sheet("Medlemsbidrag", ["7.5", "3.2", "3.6", "3.2"])
    sheet_head(m, "Medlemsbidrag 2020", src)
    m.blank()
    m.add("Indata", style="heading")
    m.add("Förbundets medlemsbidrag 2020 totalt", 7156000, name="total")
    m.add("Avrundning till (kr)", 1000, name="step")
    key_rows(m, kommuner)
    m.blank()
    m.add("Medlem", "2020", PRINTED, "Kontroll", style="header")
    split = Arr("=FINSAM_SPLIT(B{total};B{key0}:B{key2};B{step};2;0)", rows=6)
    m.add("Försäkringskassan", split, name="fk")
    m.add("Arbetsförmedlingen")
    m.add("Västra Götalandsregionen", name="vgr")
    for i, (k, _) in enumerate(kommuner):
        m.add(k, name="kn%d" % i)
    m.add("Summa", "=SUM(B{fk}:B{kn2})", 7156000, "=FINSAM_CHECK(B{fk}:B{kn2};C{sum};0)",
          name="sum", style="total")
    m.add("Staten (Försäkringskassan och Arbetsförmedlingen) 50 %, regionen 25 %, "
          "kommunerna 25 % fördelat efter nyckeln; avrundat till hela tusental kr.", style="note")

    income = [("ESF ALL-IN", 11300000, 11000000, 300000),
              ("ESF Friska Vindar", 1300000, None, None),
              ("Eget kapital", 269000, None, None)]
    groups = [
        ("Insatser", "ins", [
            ("Ny Samverkansinsats Lilla Edet", 1100000, 1100000, 1100000),
            ("ALL-IN", 11800000, 11500000, 380000),
            ("Friska Vindar, förlängn metod", 2000000, None, None),
            ("Friska vindar 2.0 Trollhättan", 2400000, 2900000, 2900000),
            ("Case manager / Samverkansinsats Grästorp", 300000, 300000, 300000),
            ("Ny insats HR Lilla Edet", 65000, None, None),
            ("Nya insatser", 210000, 1000000, 1000000)], (17875000, 16800000, 5680000)),
        ("Struktur", "str", [
            ("Jämställdhetsintegrering", 130000, 130000, 130000),
            ("Kunskap och kompetensutveckling", 300000, 300000, 300000),
            ("Uppföljning Utvärdering", 100000, 100000, 100000),
            ("Information och övrigt", 30000, 30000, 30000)], (560000, 560000, 560000)),
        ("Kansli", "kan", [
            ("Fbch, admin", 1000000, 1000000, 1000000),
            ("Styrelse", 255000, 255000, 255000),
            ("Ekonom", 285000, 285000, 285000),
            ("Revision", 50000, 50000, 50000)], (1590000, 1590000, 1590000)),
    ]
    printed_income = (20025000, 18156000, 7456000)
    printed_result = (-269000, -794000, -374000)

    # -- Budget 2020 förslag: one period column, printed figure and check beside
    b = Sheet("Budget", ["7.5", "3.2", "3.6", "3.2"])
    sheet_head(b, "Budget 2020 förslag", src)
    b.add(None, "2020", PRINTED, "Kontroll", style="header")
    b.add("Medlemsbidrag", "=Medlemsbidrag!B{Medlemsbidrag:sum}", name="inc0")
    for label, v, _, _ in income:
        b.add(label, v, name="inc_last")
    b.add(None, "=SUM(B{inc0}:B{inc_last})", printed_income[0],
          "=FINSAM_CHECK(B{inc0}:B{inc_last};C{inc_sum};0)", name="inc_sum", style="total")
    for g, key, lines, printed in groups:
        b.add(g, style="heading", name=key + "_head")
        for i, (label, v, _, _) in enumerate(lines):
            b.add(label, v, name=key + ("0" if i == 0 else "_last"))
        b.add(None, "=SUM(B{%s0}:B{%s_last})" % (key, key), printed[0],
              "=FINSAM_CHECK(B{%s0}:B{%s_last};C{%s_sum};0)" % (key, key, key),
              name=key + "_sum", style="total")
    b.add("Resultat", "=BUDGET_RESULT(A{inc0}:B{inc_sum};A{ins_head}:B{kan_sum})",
          printed_result[0], "=FINSAM_CHECK(B{res};C{res};0)", name="res", style="total")
    b.add("Resultat = intäkter − kostnader; raden Eget kapital är inte en intäkt utan täcker "
          "underskottet, och summaraderna räknas inte två gånger (BUDGET_RESULT).", style="note")

    # -- Prognos treårs budget: 2020 taken from the Budget sheet, 2021–2022 typed
    t = Sheet("Treårsbudget", ["7.5", "3.2", "3.2", "3.2", "0.6",
                               "3.2", "3.2", "3.2", "0.6", "3.2", "3.2", "3.2"])
    years = ["2020", "2021", "2022"]
    sheet_head(t, "Prognos treårs budget", src + " Kolumnen 2020 hämtas från bladet Budget.")
    t.add(None, *years, None, *[PRINTED + " " + y for y in years], None,
          *["Kontroll " + y for y in years], style="header")

    def row3(label, ref_2020, v21, v22, **kw):
        return t.add(label, ref_2020, v21, v22, **kw)

    row3("Medlemsbidrag", "=Budget!B{Budget:inc0}", "=B{inc0}", "=C{inc0}", name="inc0")
    for i, (label, _, v21, v22) in enumerate(income):
        row3(label, "=Budget!B%d" % (b.names["inc0"] + 1 + i), v21, v22, name="inc_last")

    def totals(name, first, last, printed, style="total", label=None):
        cells = [label] + periods("=SUM({c}{%s}:{c}{%s})" % (first, last), n=3)
        cells += [None] + list(printed) + [None]
        # the check of period k compares column B+k with the printed column F+k
        cells += periods("=FINSAM_CHECK({c}{%s}:{c}{%s};{x}{%s};0)" % (first, last, name), n=3, printed="F")
        t.add(*cells, name=name, style=style)

    totals("inc_sum", "inc0", "inc_last", printed_income)
    for g, key, lines, printed in groups:
        t.add(g, style="heading", name=key + "_head")
        for i, (label, _, v21, v22) in enumerate(lines):
            ref = "=Budget!B%d" % (b.names[key + "_head"] + 1 + i)
            row3(label, ref, v21, v22, name=key + ("0" if i == 0 else "_last"))
        totals(key + "_sum", key + "0", key + "_last", printed)
    res = ["Resultat", Arr("=BUDGET_RESULT(A{inc0}:D{inc_sum};A{ins_head}:D{kan_sum})", rows=1, cols=3),
           None, None, None, *printed_result, None]
    res += periods("=FINSAM_CHECK({c}{res};{x}{res};0)", n=3, printed="F")
    t.add(*res, name="res", style="total")
    t.add("Resultatraden är en matrisformel över de tre åren: BUDGET_RESULT(intäkter; kostnader).",
          style="note")
    return "Samordningsförbundet Trollhättan, Lilla Edet och Grästorp – budget 2020", [m, b, t]


# ---------------------------------------------------------------- seed 002
def seed_002():
    """Sydöstra Skåne: budget 2021, all amounts in tkr."""
    src = ("Källa: Verksamhetsplan och budget 2021, Sydöstra Skånes samordningsförbund, "
           "avsnitt 12 Ekonomi. Belopp i tkr.")
    kommuner = [("Simrishamns kommun", [326]), ("Sjöbo kommun", [326]),
                ("Tomelilla kommun", [240]), ("Ystad kommun", [524])]

    m = Sheet("Medlemsbidrag", ["9.5", "3", "3.6", "3.2"])
    sheet_head(m, "Medlemsbidrag 2021 (tkr)", src)
    m.blank()
    m.add("Indata", style="heading")
    m.add("Statens tilldelning 2021 (tkr)", 2831, name="state")
    m.add("Avrundning till (tkr)", 1, name="step")
    key_rows(m, kommuner)
    m.blank()
    m.add("Medlem", "Tkr", style="header")
    m.add("Staten (försäkringskassan & arbetsförmedlingen)",
          Arr("=FINSAM_SPLIT(B{state};B{key0}:B{key3};B{step};1;1)", rows=6), name="state_out")
    m.add("Region Skåne", name="region")
    for i, (k, _) in enumerate(kommuner):
        m.add(k, name="kn%d" % i)
    m.add("Summa medlemsbidrag", "=SUM(B{state_out}:B{kn3})", name="sum", style="total")
    m.add("Regionen och kommunerna tillsammans matchar statens tilldelning (totalt 2 × staten); "
          "kommunernas del fördelas efter nyckeln, avrundat till hela tkr.", style="note")

    b = Sheet("Budget", ["9.5", "3", "3.6", "3.2"])
    sheet_head(b, "Budget 2021 (tkr)", src)
    b.add("Intäkter", "Tkr", PRINTED, "Kontroll", style="header", name="inc_head")
    members = ["state_out", "region", "kn0", "kn1", "kn2", "kn3"]
    labels = ["Staten (försäkringskassan & arbetsförmedlingen)", "Region Skåne"] + [k for k, _ in kommuner]
    for i, (label, key) in enumerate(zip(labels, members)):
        b.add(label, "=Medlemsbidrag!B{Medlemsbidrag:%s}" % key, name="inc%d" % i)
    b.add("ESF Iris", 1420, name="esf")
    b.add("Summa intäkter", "=SUM(B{inc0}:B{esf})", 7082,
          "=FINSAM_CHECK(B{inc0}:B{esf};C{inc_sum};0)", name="inc_sum", style="total")
    b.blank()
    b.add("Insatser", style="heading", name="ins_head")
    ins = [("Utvärderingar", 150), ("Möjligheternas hus", 500), ("Samverkande konferenser", 100),
           ("Mariamottagningen", 3650), ("ESF Iris gemensamma kostnader", 190), ("ESF Iris", 3154)]
    for i, (label, v) in enumerate(ins):
        b.add(label, v, name="ins0" if i == 0 else "ins_last")
    b.add("Summa insatskostnader", "=SUM(B{ins0}:B{ins_last})", 7744,
          "=FINSAM_CHECK(B{ins0}:B{ins_last};C{ins_sum};0)", name="ins_sum", style="total")
    b.blank()
    b.add("Beräknade kostnader", style="heading")
    b.add("Interna kostnader", style="heading")
    intern = [("Förbundschef (inlånad 42%)", 400), ("Styrelse", 150), ("Information, IT", 25),
              ("Ekonomiadministration", 35), ("Revision", 55), ("Kurser och konferenser", 30),
              ("Föreningsavgifter", 10), ("Övrigt", 15)]
    for i, (label, v) in enumerate(intern):
        b.add(label, v, name="int0" if i == 0 else "int_last")
    b.add("Summa interna kostnader", "=SUM(B{int0}:B{int_last})", 720,
          "=FINSAM_CHECK(B{int0}:B{int_last};C{int_sum};0)", name="int_sum", style="total")
    b.add("Totala kostnader", "=B{ins_sum}+B{int_sum}", 8464, "=FINSAM_CHECK(B{cost};C{cost};0)",
          name="cost", style="total")
    b.add("Resultat", "=BUDGET_RESULT(A{inc0}:B{inc_sum};A{ins_head}:B{cost})", -1382,
          "=FINSAM_CHECK(B{res};C{res};0)", name="res", style="total")
    b.add("Resultat = intäkter − kostnader (BUDGET_RESULT; summaraderna räknas inte två gånger).",
          style="note")

    e = Sheet("Eget kapital", ["9.5", "3", "3.6", "3.2"])
    sheet_head(e, "Eget kapital (tkr)", src)
    e.add("Eget kapital", "Tkr", PRINTED, "Kontroll", style="header")
    e.add("Balanserat eget kapital 2019", 4425, name="open")
    e.add("Beräknat resultat 2020", -2371, name="res20")
    e.add("Preliminärt beräknat eget kapital 2020", "=EQUITY_PROJECTION(B{open};B{res20})", 2054,
          "=FINSAM_CHECK(B{eq20};C{eq20};0)", name="eq20", style="total")
    e.blank()
    e.add("Budget 2021", style="heading")
    e.add("Resultat budget 2021", "=Budget!B{Budget:res}", name="res21")
    e.add("Eget kapital efter budget 2021", "=EQUITY_PROJECTION(B{eq20};B{res21})", 672,
          "=FINSAM_CHECK(B{eq21};C{eq21};0)", name="eq21", style="total")
    e.add("Utgående eget kapital = ingående + årets resultat (EQUITY_PROJECTION).", style="note")
    return "Sydöstra Skånes samordningsförbund – budget 2021", [m, b, e]


# ---------------------------------------------------------------- seed 003
def seed_003():
    """Finnveden: budget 2020, prognos 2020, budget 2021, plan 2022–2023 (kr)."""
    src = ("Källa: Verksamhetsplan 2021 med budget 2021 och plan 2022–2023, Finnvedens "
           "samordningsförbund (dnr 2020:05 / 3), fastställd 2020-11-26. Belopp i kr.")
    P = ["Budget 2020", "Prognos 2020", "Budget 2021", "Plan 2022", "Plan 2023"]
    kommuner = [("Gislaveds kommun", [519200, 519700, 520300, 520300, 520300]),
                ("Gnosjö kommun", [170100, 168500, 168700, 168700, 168700]),
                ("Värnamo kommun", [598700, 599800, 600500, 600500, 600500])]

    m = Sheet("Medlemsbidrag", ["7.5"] + ["3"] * 5)
    sheet_head(m, "Medlemsbidrag (kr)", src)
    m.add(None, *P, style="header")
    m.add("Indata", style="heading")
    m.add("Statens tilldelning", 2576000, 2576000, 2579000, 2579000, 2579000, name="state")
    m.add("Avrundning till (kr)", 100, name="step")
    key_rows(m, kommuner)
    m.add("(Enligt not a) bygger fördelningen på invånarantalet 1 juli året innan respektive budgetår.)",
          style="note")
    m.blank()
    m.add("Medlemsbidrag", *P, style="header")
    m.add("Staten gm Försäkringskassan",
          *[Arr(f, rows=5) for f in periods("=FINSAM_SPLIT({c}{state};{c}{key0}:{c}{key2};$B${step};1;1)")],
          name="state_out")
    m.add("Region Jönköpings län", name="region")
    for i, (k, _) in enumerate(kommuner):
        m.add(k, name="kn%d" % i)
    m.add("Summa medlemsbidrag", *periods("=SUM({c}{state_out}:{c}{kn2})"), name="sum", style="total")
    m.add("Regionen och kommunerna matchar statens tilldelning (totalt 2 × staten); kommunernas "
          "del fördelas efter nyckeln, avrundat till hela 100-tal kr.", style="note")

    # Budget: A label, B–F periods, G note letter, H–L printed, M–Q checks
    b = Sheet("Budget", ["7.5"] + ["3"] * 5 + ["0.9"] + ["3.4"] * 5 + ["3.2"] * 5)
    sheet_head(b, "Budget 2021 och plan 2022–2023", src)
    b.add(None, *P, "Not", *[PRINTED + " " + p for p in P], *["Kontroll " + p for p in P],
          style="header")

    def check(first, last, name):
        """Printed-figure check for each period: lines first..last against column H+k."""
        return periods("=FINSAM_CHECK({c}{%s}:{c}{%s};{x}{%s};0)" % (first, last, name), printed="H")

    def row(label, values, note=None, printed=None, first=None, last=None, name=None, style=None):
        cells = [label] + list(values) + [note]
        if printed:
            cells += list(printed) + check(first or name, last or name, name)
        return b.add(*cells, name=name, style=style)

    b.add("Intäkter", style="heading", name="inc_head")
    row("Gislaveds kommun", periods("=Medlemsbidrag!{c}{Medlemsbidrag:kn0}"), "a)", name="inc0")
    row("Gnosjö kommun", periods("=Medlemsbidrag!{c}{Medlemsbidrag:kn1}"))
    row("Värnamo kommun", periods("=Medlemsbidrag!{c}{Medlemsbidrag:kn2}"))
    row("Region Jönköpings län", periods("=Medlemsbidrag!{c}{Medlemsbidrag:region}"))
    row("Staten gm Försäkringskassan", periods("=Medlemsbidrag!{c}{Medlemsbidrag:state_out}"),
        name="inc_last")
    # opening equity: typed for Budget 2020 and for Prognos 2020 (the base of the plan);
    # later columns take the previous column's closing equity
    row("Balanserat resultat", [1409579, 1689771] + periods("={p}{prel}", first="D", n=3),
        printed=[1409579, 1689771, 1824471, 49671, 50071], name="bal")
    row("Summa intäkter", periods("=SUM({c}{inc0}:{c}{bal})"),
        printed=[6561579, 6841771, 6982471, 5207671, 5208071], first="inc0", last="bal",
        name="inc_sum", style="total")
    b.blank()
    b.add("Kostnader", style="heading", name="cost_head")
    verks = [("Stöd till arbete - SE/IPS", [1520000, 1434300, 0, 0, 0], None),
             ("IT-spåret", [200000, 190000, 180000, 180000, 0], None),
             ("Mitt Val", [1092000, 720000, 1080000, 0, 0], None),
             ("Nya Vägar", [1200000, 1150000, 1091700, 0, 0], None),
             ("Projekt Samverkan i GG(V)", [692000, 591000, 0, 0, 0], None),
             ("Gemensamma projektkostnader", [50000, 50000, 52000, 54000, 56000], "b)"),
             ("Utrymme nya insatser", [800000, 0, 2800000, 3200000, 3300000], None),
             ("Verksamhetsutvecklare", [0, 0, 824100, 844600, 865700], None),
             ("Kompetensutveckling", [200000, 160000, 200000, 200000, 200000], None)]
    for i, (label, vs, note) in enumerate(verks):
        row(label, vs, note, name="v0" if i == 0 else "v_last")
    row("Delsumma verksamheter", periods("=SUM({c}{v0}:{c}{v_last})"),
        printed=[5754000, 4295300, 6227800, 4478600, 4421700], first="v0", last="v_last",
        name="v_sum", style="subtotal")
    admin = [("Kansli", [605000, 580000, 500000, 520000, 540000], "c)"),
             ("Information", [25000, 15000, 75000, 25000, 25000], "d)"),
             ("Styrelse", [5000, 2000, 3000, 5000, 5000], None),
             ("Ekonomihantering", [75000, 75000, 77000, 79000, 81000], None),
             ("Revision", [35000, 50000, 50000, 50000, 50000], None)]
    for i, (label, vs, note) in enumerate(admin):
        row(label, vs, note, name="a0" if i == 0 else "a_last")
    row("Delsumma administration", periods("=SUM({c}{a0}:{c}{a_last})"), "e)",
        printed=[745000, 722000, 705000, 679000, 701000], first="a0", last="a_last",
        name="a_sum", style="subtotal")
    row("Summa kostnader", periods("={c}{v_sum}+{c}{a_sum}"),
        printed=[6499000, 5017300, 6932800, 5157600, 5122700], name="cost_sum", style="total")
    # Not printed in the document: the year's result, without the opening equity.
    # (The income range stops above "Balanserat resultat": that row is fed by the
    # equity chain below, so including it would make a circular reference.)
    row("Årets resultat (utan balanserat resultat)",
        [Arr("=BUDGET_RESULT(A{inc0}:F{inc_last};A{cost_head}:F{cost_sum})", rows=1, cols=5)],
        name="res")
    row("Prel balanserat resultat",
        ["=EQUITY_PROJECTION(B{bal};B{res})",
         Arr("=EQUITY_PROJECTION(C{bal};C{res}:F{res})", rows=1, cols=4), None, None, None],
        printed=[62579, 1824471, 49671, 50071, 85371], name="prel", style="total")
    b.blank()
    b.add("Prel balanserat resultat = balanserat resultat + årets resultat (EQUITY_PROJECTION). "
          "Från Prognos 2020 kedjas det: varje kolumns utgående värde är nästa kolumns "
          "balanserade resultat.", style="note")
    b.add("Raden Årets resultat finns inte i dokumentet; den räknas med BUDGET_RESULT över "
          "medlemsbidragen och kostnaderna (raden Balanserat resultat är eget kapital, inte intäkt).",
          style="note")
    b.add("Fotnoter", style="heading")
    for n in ["a) Fördelningen mellan kommunerna är preliminär. Den grundar sig på invånarantalet "
              "1 juli året innan respektive budgetår.",
              "b) I posten Gemensamma projektkostnader ingår främst Indikatorer för finansiell "
              "samordning och Insatskatalogen.",
              "c) Kanslikostnaden minskar 2021 p g a minskning av köp av tjänster från "
              "Samordningsförbundet Södra Vätterbygden.",
              "d) En satsning på information om förbundet och resultat som uppnås, planeras under 2021.",
              "e) Andelen administration av totalkostnaden är 10-14%.",
              "Budgeterade insatser har ett generellt avdrag på ca 10 % jämfört med beviljade medel."]:
        b.add(n, style="note")
    return "Finnvedens samordningsförbund – budget 2021 och plan 2022–2023", [m, b]


WORKBOOKS = {
    "000-trollhattan-2020.fods": seed_000,
    "002-sydostra-skane-2021.fods": seed_002,
    "003-finnveden-2021.fods": seed_003,
}


def main(argv):
    outdir = argv[1] if len(argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for fname, make in WORKBOOKS.items():
        title, sheets = make()
        path = os.path.join(outdir, fname)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render(title, sheets))
        print(path)


if __name__ == "__main__":
    main(sys.argv)
