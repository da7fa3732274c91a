"""The example workbooks: seeds 000, 002 and 003 typed into the multi-year template, and where
each document figure is in them."""
from .common import BASES, EQMODES, KEYTYPES, LINES, PC
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
