#!/usr/bin/python3
"""The budget templates in real use, through the UNO API in a real headless LibreOffice.

    /usr/bin/python3 check_real_use.py PROFILE_DIR LANG OUTDIR [SCENARIO...]

PROFILE_DIR: a profile with finsam-calc.oxt installed whose locale is LANG (sv or en-US), made by
run_real_use_tests.sh.  Each scenario makes a new workbook from the installed template (as File ›
New › Templates does), types into it as an ekonom would (values through the API, percentages and
decimals through the input line, so that the locale reads them), inserts and deletes rows the way
Anvisningar says (protection off and on again) and checks every figure it knows against its own
calculation (the 50/25/25 split by largest remainders in exact fractions) and the sheet Kontroller.
Each of the nine problems of issue 14 has a scenario named after it:

    members14, members30   1: 14 and 30 municipalities by inserting rows in the key block (and 7:
                           each municipality on its own line on Budget); 14 also saved as .xlsx
                           and .ods and opened again
    capacity               1: 41 municipalities are refused in words; trimmed Budget lines and
                           Ctrl+D when a municipality is added later
    shares                 2: shares typed as 11 % or 11, shown as 11 %; populations as numbers
    negative               3: negative cost and income lines
    rows                   4: a row right above a sum row is summed; a row outside the groups, a
                           line without a label or labelled like a sum, money from equity among income
    surplus                5: a surplus year with a draw on equity, explained
    messages               6: every message in Swedish numbers (1 200 000 kr, 23,4 %) in this locale
    typo                   8: a typo named by its row; a typo in a stated Summa kostnader is one red
    order                  9: filled in the order Anvisningar gives: never red, VÄNTAR says what is missing
    oneyear                the one-year template: shares, negative lines, surplus and draw, messages
    lists                  issue 23: every choice list takes its choices, refuses others (real_use_lists.py)
Prints OK/FEL per assertion and "N passed, M failed" (scenarios); exit status 1 on any failure.
"""
import os
import re
import sys
import time
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
sys.path.insert(0, HERE)
import make_templates as mt  # noqa: E402
from uno_session import Office, a1  # noqa: E402
from real_use_lists import lists  # noqa: E402
from real_use_layout import explanations_fit, one_year_fits  # noqa: E402

TEMPLATE = "verksamhetsplan-och-budget"
ONE_YEAR = "budget-litet-forbund"
LAYOUT = {s.name: s.names for s in mt.multi_year().sheets}      # the template's rows, before any insertion
OY = mt.one_year().sheets[0].names
WAITING_STAIRCASE = 24          # Eget kapital under trappans tak: waits while the staircase is empty
CHECK = {"split": 4, "key": 8, "lines": 9, "ins": 12, "costs": 15, "res": 16, "resrow": 17, "negative": 18,
         "rows": 19, "draw": 20, "adm": 25}


# ------------------------------------------------------------------ the expected figures
def split(total, keys, step, state_lines):
    """FINSAM_SPLIT's parts, computed here in exact fractions: the state 50 % (one line, or FK and AF
    25 % each), the region 25 %, the municipalities 25 % by key; each part floored to the step, the
    steps left over to the largest remainders, ties to the part listed first."""
    steps = total // step
    assert steps * step == total
    ksum = sum(Fraction(k) for k in keys)
    quotas = ([Fraction(steps, 2)] if state_lines == 1 else [Fraction(steps, 4)] * 2) + [Fraction(steps, 4)]
    quotas += [Fraction(steps, 4) * Fraction(k) / ksum for k in keys]
    parts = [q.numerator // q.denominator for q in quotas]
    left = steps - sum(parts)
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    assert sum(parts) == steps
    return [p * step for p in parts]


def populations(n, seed=7):
    """n populations, different and uneven (a few big towns, many small)."""
    return [1200 + (j * 7919 + seed * 104729) % 48000 + (60000 if j % 9 == 0 else 0) for j in range(n)]


# ------------------------------------------------------------------ the test's own bookkeeping
class Result:
    def __init__(self, name):
        self.name, self.failures, self.passed = name, [], 0

    def ok(self, cond, what, detail=""):
        if cond:
            self.passed += 1
            if os.environ.get("VERBOSE"):
                print("OK  %s: %s" % (self.name, what))
        else:
            self.failures.append(what)
            print("FEL %s: %s%s" % (self.name, what, (" – " + str(detail)) if detail != "" else ""))
        return cond

    def eq(self, got, want, what):
        return self.ok(got == want, what, "fick %r, väntat %r" % (got, want))


def kontroller_as_expected(res, book, red=(), waiting=(WAITING_STAIRCASE,), what=""):
    """Kontroller: exactly the checks red are FEL and exactly waiting are VÄNTAR, the others OK or –;
    the overall status says the same.  First does what check 9 asks once members are typed (issue 23):
    Data › Uppdatera område on Budget's member rows, which the filter hides while they have no member."""
    book.refresh_range("Budget", "A%d" % LAYOUT["Budget"]["mb2"])
    checks = book.checks()
    res.ok(len(checks) == 26, "26 kontroller %s" % what, len(checks))
    for nr, (status, expl, _) in sorted(checks.items()):
        want = "FEL" if nr in red else "VÄNTAR" if nr in waiting else None
        if want:
            res.eq(status, want, "kontroll %d %s (%s)" % (nr, what, expl))
        else:
            res.ok(status in ("OK", "–"), "kontroll %d är OK eller – %s" % (nr, what), "%s: %s" % (status, expl))
    overall = book.text("Kontroller", "C2")
    want = "FEL" if red else "VÄNTAR" if waiting else "OK"
    res.ok(overall.startswith(want), "totalstatus %s %s" % (want, what), overall)
    res.eq(book.text("Budget", "B2"), overall, "statusen överst på bladet Budget är Kontrollers %s" % what)
    explanations_fit(res, book, what)
    return checks


def explanation(book, nr):
    return book.checks()[nr][1]


# ------------------------------------------------------------------ filling in a budget
def basics(book, year=2021, unit="kr", name="Samordningsförbundet Provstad"):
    a = LAYOUT["Anvisningar"]
    book.put("Anvisningar", "C%d" % a["name"], name)
    book.put("Anvisningar", "C%d" % a["year"], year)
    book.put("Anvisningar", "C%d" % a["unit"], unit)


def member_settings(book, basis=mt.BASES[1], step=100, lines=mt.LINES[1], keytype=mt.KEYTYPES[0],
                    region="Region Provlän"):
    m = LAYOUT["Medlemsbidrag"]
    for key, v in (("basis", basis), ("step", step), ("lines", lines), ("keytype", keytype), ("region", region)):
        book.put("Medlemsbidrag", "B%d" % m[key], v)


def members_in_order(book, names_keys, first_row=None):
    """Type municipalities into the key block from its first row: name in A, key in D (Budget 2021)."""
    row = first_row or LAYOUT["Medlemsbidrag"]["k0"]
    for j, (name, key) in enumerate(names_keys):
        book.put("Medlemsbidrag", "A%d" % (row + j), name)
        book.put("Medlemsbidrag", "D%d" % (row + j), key)


def amounts(book, d=12345600, e=12000000):
    r = LAYOUT["Medlemsbidrag"]["amount"]
    book.put("Medlemsbidrag", "D%d" % r, d)
    book.put("Medlemsbidrag", "E%d" % r, e)


COSTS = {"ins": [("Insats Arbete", 5200000, 5000000), ("Insats Unga", 1080000, 1100000),
                 ("Insats Hälsa", 2150000, 2000000)],
         "kan": [("Kansli", 1900000, 1950000), ("Revision", 60000, 62000)]}


def costs(book, costs=COSTS):
    b = LAYOUT["Budget"]
    for key, lines in costs.items():
        for j, (label, d, e) in enumerate(lines):
            r = b["%s%d" % (key, j)]
            book.put("Budget", "A%d" % r, label)
            book.put("Budget", "D%d" % r, d)
            if e is not None:
                book.put("Budget", "E%d" % r, e)


def equity(book, opening=1500000):
    book.put("Eget kapital", "D%d" % LAYOUT["Eget kapital"]["open_in"], opening)


def small_budget(office, keys=(52000, 14000, 31000), names=("Norrby kommun", "Söderås kommun", "Västerfors kommun")):
    """A complete budget of three municipalities (Budget 2021 and Plan 2022), no stated sums."""
    book = office.new_from_template(TEMPLATE)
    basics(book)
    member_settings(book)
    members_in_order(book, list(zip(names, keys)))
    amounts(book)
    costs(book)
    equity(book)
    book.recalc()
    return book


def row_values(book, sheet, row, cols="DE"):
    return [book.value(sheet, "%s%d" % (c, row)) for c in cols]


# ------------------------------------------------------------------ 1 and 7: members by inserting rows
def build_by_inserting(office, res, n, inserts):
    """A budget with n municipalities: n - len(inserts) typed from the top, then one row inserted for
    each of inserts ((number of an existing municipality, 'above' or 'below')) as Anvisningar says,
    and the new municipality typed into it. Returns the book and the municipalities in order."""
    book = office.new_from_template(TEMPLATE)
    basics(book)
    member_settings(book)
    pops = populations(n)
    names = ["Kommun %02d" % (j + 1) for j in range(n)]
    typed = n - len(inserts)
    order = list(zip(names[:typed], pops[:typed]))
    members_in_order(book, order)
    for (at, where), name, pop in zip(inserts, names[typed:], pops[typed:]):
        row = book.find_row("Medlemsbidrag", order[at][0])
        new_row = row if where == "above" else row + 1
        book.insert_rows("Medlemsbidrag", new_row)
        book.put("Medlemsbidrag", "A%d" % new_row, name)
        book.put("Medlemsbidrag", "D%d" % new_row, pop)
        res.ok(not book.cell("Medlemsbidrag", "A%d" % new_row).CellProtection.IsLocked,
               "den infogade raden %d (%s %s) går att skriva i" % (new_row, where, order[at][0]))
        order.insert(at if where == "above" else at + 1, (name, pop))
    amounts(book)
    costs(book)
    equity(book)
    book.recalc()
    return book, order


def check_members(book, res, order, d=12345600, e=12000000, step=100, what=""):
    """Every figure that depends on the municipalities, on Medlemsbidrag and Budget, against split()."""
    keys = [k for _, k in order]
    n = len(order)
    want = {"D": split(d, keys, step, 2), "E": split(e, keys, step, 2)}   # Plan 2022 uses the key to its left
    m = book.find_row("Medlemsbidrag", "Medlemsbidrag per medlem")
    fk = book.find_row("Medlemsbidrag", "Försäkringskassan", m)
    res.eq(book.text("Medlemsbidrag", "A%d" % (fk + 1)), "Arbetsförmedlingen", "AF på egen rad %s" % what)
    res.eq(book.text("Medlemsbidrag", "A%d" % (fk + 2)), "Region Provlän", "regionen %s" % what)
    bad = []
    for c in "DE":
        for i in range(n + 3):
            got = book.value("Medlemsbidrag", "%s%d" % (c, fk + i))
            if got != want[c][i]:
                bad.append((c, fk + i, got, want[c][i]))
        for j, (name, _) in enumerate(order):
            if book.text("Medlemsbidrag", "A%d" % (fk + 3 + j)) != name:
                bad.append(("A", fk + 3 + j, book.text("Medlemsbidrag", "A%d" % (fk + 3 + j)), name))
    res.ok(not bad, "tabellen per medlem: alla %d medlemmar, Budget 2021 och Plan 2022 (nyckeln till vänster), "
           "exakt största-rest %s" % (n + 3, what), bad[:5])
    msum = book.find_row("Medlemsbidrag", "Summa medlemsbidrag", fk)
    res.eq(row_values(book, "Medlemsbidrag", msum), [d, e], "Summa medlemsbidrag = totalen %s" % what)
    # Budget: a line per member, as in the documents
    b0 = book.find_row("Budget", "Försäkringskassan")
    bad = []
    for i in range(n + 3):
        label = book.text("Budget", "A%d" % (b0 + i))
        want_label = ["Försäkringskassan", "Arbetsförmedlingen", "Region Provlän"][i] if i < 3 else order[i - 3][0]
        vals = row_values(book, "Budget", b0 + i)
        if label != want_label or vals != [want["D"][i], want["E"][i]]:
            bad.append((b0 + i, label, vals, want_label, want["D"][i], want["E"][i]))
    res.ok(not bad, "bladet Budget: en rad per medlem med rätt belopp (%d rader) %s" % (n + 3, what), bad[:5])
    bsum = book.find_row("Budget", "Summa medlemsbidrag", b0)
    res.eq(row_values(book, "Budget", bsum), [d, e], "Budget: Summa medlemsbidrag %s" % what)
    costs_d = sum(x[1] for g in COSTS.values() for x in g)
    costs_e = sum(x[2] for g in COSTS.values() for x in g)
    res.eq(row_values(book, "Budget", book.find_row("Budget", "Summa kostnader")), [costs_d, costs_e],
           "Budget: Summa kostnader %s" % what)
    res.eq(row_values(book, "Budget", book.find_row("Budget", "Årets resultat")), [d - costs_d, e - costs_e],
           "Budget: Årets resultat (BUDGET_RESULT) %s" % what)
    close = book.find_row("Eget kapital", "Utgående eget kapital")
    res.eq(row_values(book, "Eget kapital", close), [1500000 + d - costs_d, 1500000 + d - costs_d + e - costs_e],
           "Eget kapital: utgående, kedjat %s" % what)


def members14(office, res, outdir):
    book, order = build_by_inserting(office, res, 14, [(4, "below"), (8, "above")])
    check_members(book, res, order)
    kontroller_as_expected(res, book)
    # printed (as PDF): every sheet shows its rows, the municipalities on Budget among them
    printed = book.shown("Budget", "A1:G%d" % book.find_row("Budget", "Utgående eget kapital"), outdir)
    res.ok(any(line.startswith("Kommun 14") for line in printed) and
           any(line.startswith("Summa medlemsbidrag") and "12 345 600" in line for line in printed),
           "bladet Budget skrivs ut med sina rader (en rad per kommun)", printed[:12])
    # saved as the user would, and opened again: the same figures and checks
    for ext, flt in (("ods", "calc8"), ("xlsx", "Calc MS Excel 2007 XML")):
        path = os.path.join(outdir, "kommuner14.%s" % ext)
        book.save(path, flt)
        again = office.load(path)
        again.recalc()
        check_members(again, res, order, what="(sparad som .%s och öppnad igen)" % ext)
        kontroller_as_expected(res, again, what="(.%s)" % ext)
        again.close()
    book.close()


def members30(office, res, outdir):
    book, order = build_by_inserting(office, res, 30, [(0, "below"), (13, "above"), (20, "below"), (25, "below")])
    check_members(book, res, order)
    kontroller_as_expected(res, book)
    book.close()


def capacity(office, res, outdir):
    """More municipalities than the template holds are refused in words; Budget lines taken away
    (Anvisningar: when the budget is done) and added back with Ctrl+D."""
    book = office.new_from_template(TEMPLATE)
    basics(book)
    member_settings(book)
    pops = populations(41)
    members_in_order(book, [("Kommun %02d" % (j + 1), pops[j]) for j in range(40)])
    last = book.find_row("Medlemsbidrag", "Kommun 40")
    book.insert_rows("Medlemsbidrag", last + 1)
    book.put("Medlemsbidrag", "A%d" % (last + 1), "Kommun 41")
    book.put("Medlemsbidrag", "D%d" % (last + 1), pops[40])
    amounts(book)
    costs(book)
    equity(book)
    book.recalc()
    msg = explanation(book, CHECK["split"])
    res.ok("högst 40 kommuner" in msg and "41" in msg, "41 kommuner: fördelningen säger att mallen räknar med högst 40",
           msg)
    book.close()

    book = small_budget(office)
    order = list(zip(("Norrby kommun", "Söderås kommun", "Västerfors kommun"), (52000, 14000, 31000)))
    first = book.find_row("Budget", "Region Provlän") + 4
    end = book.find_row("Budget", "Summa medlemsbidrag")
    book.delete_rows("Budget", first, end - first)
    book.recalc()
    res.eq(book.find_row("Budget", "Summa medlemsbidrag"), first, "de tomma kommunraderna på Budget är borttagna")
    kontroller_as_expected(res, book, what="(tomma kommunrader borttagna)")
    check_members(book, res, order, what="(tomma kommunrader borttagna)")
    # a fourth municipality later: Budget has no line for it, and says how to add one
    k = book.find_row("Medlemsbidrag", "Västerfors kommun")
    book.put("Medlemsbidrag", "A%d" % (k + 1), "Österby kommun")
    book.put("Medlemsbidrag", "D%d" % (k + 1), 8000)
    book.recalc()
    msg = explanation(book, CHECK["lines"])
    kontroller_as_expected(res, book, red=(CHECK["lines"],), what="(fyra kommuner, tre rader på Budget)")
    res.ok("har rader för 3 kommuner men det finns 4" in msg and "Ctrl+D" in msg,
           "kontroll 9 säger hur en rad läggs till", msg)
    s = book.find_row("Budget", "Summa medlemsbidrag")
    book.insert_rows("Budget", s)
    book.fill_down("Budget", s - 1, s)
    book.recalc()
    order.append(("Österby kommun", 8000))
    kontroller_as_expected(res, book, what="(raden tillagd med Ctrl+D)")
    check_members(book, res, order, what="(raden tillagd med Ctrl+D)")
    book.close()


# ------------------------------------------------------------------ 2: shares and populations
def shares(office, res, outdir, lang):
    m = LAYOUT["Medlemsbidrag"]
    k0 = m["k0"]
    for keytype, typed, fractions, want_shown in (
            (mt.KEYTYPES[2], ["11 %", "34", "55 %"], ["0.11", "0.34", "0.55"], ["11 %", "34 %", "55 %"]),
            (mt.KEYTYPES[1], ["3", "8", "1", "12,5 %", "0,5"], ["0.03", "0.08", "0.01", "0.125", "0.005"],
             ["3 %", "8 %", "1 %", "12,5 %", "0,5 %"])):
        book = office.new_from_template(TEMPLATE)
        basics(book)
        member_settings(book, keytype=keytype)
        names = ["Kommun %s" % chr(65 + j) for j in range(len(typed))]
        for j, (name, t) in enumerate(zip(names, typed)):
            book.put("Medlemsbidrag", "A%d" % (k0 + j), name)
            book.type("Medlemsbidrag", "D%d" % (k0 + j), t)
        amounts(book)
        costs(book)
        equity(book)
        book.recalc()
        shown = [x.replace(" %", "%") for x in book.shown("Medlemsbidrag", "D%d:D%d" % (k0, k0 + len(typed) - 1), outdir)]
        want_shown = [x.replace(" %", "%") for x in want_shown]        # (pdftotext keeps or drops that space)
        res.eq(shown, want_shown, "%s: skrivet %s visas som andelar" % (keytype, typed))
        order = list(zip(names, [Fraction(f) for f in fractions]))
        check_members(book, res, order, what="(%s)" % keytype)
        kontroller_as_expected(res, book, what="(%s)" % keytype)
        if keytype == mt.KEYTYPES[1]:
            # the cells are Swedish: a decimal point is not read as one, in any locale, and is said so
            book.type("Medlemsbidrag", "D%d" % (k0 + 3), "12.5 %")
            book.recalc()
            msg = explanation(book, CHECK["split"])
            kontroller_as_expected(res, book, red=(CHECK["split"],), waiting=(CHECK["resrow"],),
                                   what="(12.5 % med decimalpunkt)")
            res.ok('Nyckeln för Kommun D (rad %d) är text ("12.5 %%")' % (k0 + 3) in msg and "decimalkomma" in msg,
                   "en andel med decimalpunkt sägs", msg)
            book.type("Medlemsbidrag", "D%d" % (k0 + 3), "12,5 %")
            book.type("Medlemsbidrag", "D%d" % (k0 + 2), "2")
            book.recalc()
            msg = explanation(book, CHECK["key"])
            kontroller_as_expected(res, book, red=(CHECK["key"],), what="(andelarna 26 %)")
            res.ok("summerar till 26 % men ska bli 25 %" in msg, "andelar som inte blir 25 %", msg)
        book.close()
    # populations: shown as numbers; a share typed among them is named
    book = office.new_from_template(TEMPLATE)
    basics(book)
    member_settings(book)
    for j, (name, t) in enumerate((("Kommun A", "12345"), ("Kommun B", "4567"), ("Kommun C", "123456"))):
        book.put("Medlemsbidrag", "A%d" % (k0 + j), name)
        book.type("Medlemsbidrag", "D%d" % (k0 + j), t)
    amounts(book)
    costs(book)
    equity(book)
    book.recalc()
    res.eq(book.shown("Medlemsbidrag", "D%d:D%d" % (k0, k0 + 2), outdir), ["12 345", "4 567", "123 456"],
           "invånarantal visas som tal")
    kontroller_as_expected(res, book, what="(invånarantal)")
    book.type("Medlemsbidrag", "D%d" % (k0 + 1), "11 %")
    book.recalc()
    msg = explanation(book, CHECK["key"])
    kontroller_as_expected(res, book, red=(CHECK["key"],), what="(11 % bland invånarantal)")
    res.ok("Kommun B (rad %d" % (k0 + 1) in msg and "0,11" in msg and "hela tal" in msg,
           "en andel bland invånarantalen nämns med rad", msg)
    book.close()


# ------------------------------------------------------------------ 3: negative lines
def negative(office, res, outdir):
    book = small_budget(office)
    r = LAYOUT["Budget"]["ins1"]
    book.put("Budget", "D%d" % r, -1080000)
    book.recalc()
    msg = explanation(book, CHECK["negative"])
    kontroller_as_expected(res, book, red=(CHECK["negative"],), what="(en negativ kostnadsrad)")
    res.ok("Rad %d (Insats Unga) är -1 080 000 kr: skriv kostnader som positiva tal." % r in msg,
           "den negativa raden nämns med rad och belopp", msg)
    # every cost negative (a document that prints costs negative, typed as it stands)
    for key, lines in COSTS.items():
        for j, (_, d, e) in enumerate(lines):
            book.put("Budget", "D%d" % LAYOUT["Budget"]["%s%d" % (key, j)], -d)
            book.put("Budget", "E%d" % LAYOUT["Budget"]["%s%d" % (key, j)], -e)
    book.recalc()
    checks = kontroller_as_expected(res, book, red=(CHECK["negative"],), waiting=(CHECK["resrow"], WAITING_STAIRCASE),
                                    what="(alla kostnader negativa)")
    res.ok("Alla kostnadsrader är negativa" in checks[CHECK["negative"]][1], "alla negativa: sägs en gång",
           checks[CHECK["negative"]][1])
    res.ok("rätta först kontroll 18" in checks[CHECK["resrow"]][1], "resultatraden väntar på rättelsen",
           checks[CHECK["resrow"]][1])
    n = LAYOUT["Nyckeltal"]
    res.eq([book.text("Nyckeltal", "D%d" % n[k]) for k in ("adm", "insshare")], ["se Kontroller"] * 2,
           "Nyckeltal säger var förklaringen står")
    book.close()
    book = small_budget(office)
    o = LAYOUT["Budget"]["o0"]
    book.put("Budget", "A%d" % o, "ESF-projekt")
    book.put("Budget", "D%d" % o, -400000)
    book.recalc()
    msg = explanation(book, CHECK["negative"])
    kontroller_as_expected(res, book, red=(CHECK["negative"],), what="(negativ intäkt)")
    res.ok("Rad %d (ESF-projekt) är -400 000 kr: skriv intäkter som positiva tal." % o in msg, "negativ intäkt", msg)
    book.close()


# ------------------------------------------------------------------ 4: rows and their sums
def rows(office, res, outdir):
    book = small_budget(office)
    s = book.find_row("Budget", "Summa insatser")
    book.insert_rows("Budget", s)                      # right above the sum row
    book.put("Budget", "A%d" % s, "Ny insats")
    book.put("Budget", "D%d" % s, 250000)
    book.recalc()
    ins = sum(x[1] for x in COSTS["ins"]) + 250000
    res.eq(book.value("Budget", "D%d" % (s + 1)), ins, "en rad infogad direkt ovanför Summa insatser summeras")
    res.eq(book.value("Budget", "D%d" % book.find_row("Budget", "Årets resultat")),
           12345600 - 250000 - sum(x[1] for g in COSTS.values() for x in g), "och räknas i årets resultat")
    kontroller_as_expected(res, book, what="(rad ovanför summaraden)")
    # a row between Summa insatser and the heading of Struktur: outside every group
    s = book.find_row("Budget", "Summa insatser")
    book.insert_rows("Budget", s + 1)
    book.put("Budget", "A%d" % (s + 1), "Vilsen rad")
    book.put("Budget", "D%d" % (s + 1), 100000)
    book.recalc()
    checks = kontroller_as_expected(res, book, red=(CHECK["rows"],), waiting=(CHECK["resrow"], WAITING_STAIRCASE),
                                    what="(rad utanför grupperna)")
    res.ok(checks[CHECK["rows"]][1].startswith("Budget 2021: Rad %d (Vilsen rad) har ett belopp men står utanför "
                                               "grupperna" % (s + 1)), "raden utanför nämns", checks[CHECK["rows"]][1])
    book.delete_rows("Budget", s + 1)
    # a line without a label, a line labelled like a sum, money from equity among the income
    for label, sheet_row, amount, words in (
            ("", LAYOUT["Budget"]["kan3"], 5000, "har ett belopp men ingen benämning"),
            ("Summa projekt Unga", LAYOUT["Budget"]["str0"], 70000, "läses som en summa- eller resultatrad"),
            ("Överskott föregående år", LAYOUT["Budget"]["o1"], 300000, "är pengar ur eget kapital")):
        shift = book.find_row("Budget", "Summa insatser") - LAYOUT["Budget"]["ins_sum"]   # the row inserted above it
        r = sheet_row + shift if sheet_row > LAYOUT["Budget"]["ins_sum"] else sheet_row
        book.put("Budget", "A%d" % r, label)
        book.put("Budget", "D%d" % r, amount)
        book.recalc()
        msg = explanation(book, CHECK["rows"])
        kontroller_as_expected(res, book, red=(CHECK["rows"],), waiting=(CHECK["resrow"], WAITING_STAIRCASE),
                               what="(%r)" % label)
        res.ok("Rad %d" % r in msg and words in msg, "raden %r nämns: %s" % (label, words), msg)
        res.ok("resultatraden (BUDGET_RESULT); ge" not in explanation(book, CHECK["resrow"]), "inget hoprört meddelande")
        book.put("Budget", "A%d" % r, "")
        book.put("Budget", "D%d" % r, None)
    book.recalc()
    kontroller_as_expected(res, book, what="(raderna borttagna igen)")
    book.close()


# ------------------------------------------------------------------ 5: a draw in a surplus year
def surplus(office, res, outdir):
    book = small_budget(office)
    draw = LAYOUT["Budget"]["draw"]
    costs_d = sum(x[1] for g in COSTS.values() for x in g)
    surplus_d = 12345600 - costs_d
    book.put("Budget", "D%d" % draw, 200000)
    book.recalc()
    msg = explanation(book, CHECK["draw"])
    kontroller_as_expected(res, book, red=(CHECK["draw"],), what="(överskott och uttag)")
    res.ok(("överskott på %s kr utan uttaget, men 200 000 kr tas ur eget kapital" % sv(surplus_d)) in msg
           and "ett år med överskott ökar eget kapital" in msg and "-" not in msg.split(":", 1)[1],
           "ett uttag ett år med överskott förklaras (inget negativt underskott)", msg)
    # a deficit covered exactly: OK; a draw smaller than the deficit: said so
    r = LAYOUT["Budget"]["ins0"]
    book.put("Budget", "D%d" % r, 5200000 + surplus_d + 300000)
    book.put("Budget", "D%d" % draw, 300000)
    book.recalc()
    kontroller_as_expected(res, book, what="(uttaget täcker underskottet)")
    book.put("Budget", "D%d" % draw, 200000)
    book.recalc()
    msg = explanation(book, CHECK["draw"])
    res.ok("Underskottet är 300 000 kr men uttaget ur eget kapital är 200 000 kr" in msg, "för litet uttag", msg)
    book.close()


def sv(x):
    """An integer as Swedish text: 1 200 000."""
    return "{:,}".format(x).replace(",", " ")


# ------------------------------------------------------------------ 6: Swedish numbers whatever the locale
FOREIGN = re.compile(r"\d,\d{3}(?!\d)|\d\.\d")


def messages(office, res, outdir, lang):
    book = small_budget(office)
    n = LAYOUT["Nyckeltal"]
    # administration 23,4 % against a goal of 20 %; a draw in a surplus year; a typo in a stated sum
    book.put("Budget", "D%d" % LAYOUT["Budget"]["kan0"], 2520000)
    book.put("Nyckeltal", "B%d" % n["goal_adm"], 0.2)
    book.put("Budget", "D%d" % LAYOUT["Budget"]["draw"], 1200000)
    book.put("Budget", "D%d" % LAYOUT["Budget"]["st_ins"], 8423000)
    book.recalc()
    checks = book.checks()
    adm = checks[CHECK["adm"]][1]
    share = (2520000 + 60000) / (5200000 + 1080000 + 2150000 + 2520000 + 60000)
    want = ("%.1f %%" % (share * 100)).replace(".", ",")
    res.ok(("Administrationens andel är %s men målet är högst 20 %%." % want) in adm,
           "andelar med decimalkomma: %s" % want, adm)
    draw = checks[CHECK["draw"]][1]
    res.ok("1 200 000 kr tas ur eget kapital" in draw, "belopp med mellanslag: 1 200 000 kr", draw)
    typo = checks[CHECK["ins"]][1]
    res.ok("Raderna summerar till 8 430 000 kr men den angivna summan är 8 423 000 kr (skillnad 7 000 kr)." in typo
           and want == "23,4 %",
           "summor och skillnader", typo)
    bad = [(nr, c[1]) for nr, c in checks.items() if FOREIGN.search(c[1])]
    res.ok(not bad, "inget meddelande med engelska tal (1,200,000 eller 23.4) i %s" % lang, bad)
    book.close()


# ------------------------------------------------------------------ 8: a typo named by its row
def typo(office, res, outdir):
    book = small_budget(office)
    b = LAYOUT["Budget"]
    ins = sum(x[1] for x in COSTS["ins"])
    kan = sum(x[1] for x in COSTS["kan"])
    for key, v in (("st_ins", ins), ("st_kan", kan), ("st_costs", ins + kan), ("st_res", 12345600 - ins - kan)):
        book.put("Budget", "D%d" % b[key], v)
    book.recalc()
    kontroller_as_expected(res, book, what="(angivna summor som stämmer)")
    book.put("Budget", "D%d" % b["ins1"], 1008000)              # 1 080 000 with two digits swapped
    book.recalc()
    msg = explanation(book, CHECK["ins"])
    kontroller_as_expected(res, book, red=(CHECK["ins"],), what="(skrivfel på en rad)")
    res.ok("Troligen rad %d (Insats Unga): 1 008 000 kr – med 1 080 000 kr stämmer summan (två siffror omkastade)"
           % b["ins1"] in msg, "skrivfelet nämns med sin rad", msg)
    book.put("Budget", "D%d" % b["ins1"], 1080000)
    book.put("Budget", "D%d" % b["ins2"], 215000)               # a zero too few
    book.recalc()
    msg = explanation(book, CHECK["ins"])
    res.ok("Troligen rad %d (Insats Hälsa)" % b["ins2"] in msg and "en nolla för lite" in msg, "en nolla för lite", msg)
    book.put("Budget", "D%d" % b["ins2"], 2150000)
    book.put("Budget", "D%d" % b["st_costs"], ins + kan + 90000)  # a typo in the stated Summa kostnader
    book.recalc()
    msg = explanation(book, CHECK["costs"])
    kontroller_as_expected(res, book, red=(CHECK["costs"],), what="(skrivfel i angiven summa kostnader)")
    res.ok("rad %d" % b["st_costs"] in msg and "det är den angivna summan som är fel" in msg,
           "den angivna summan pekas ut", msg)
    book.put("Budget", "D%d" % b["st_costs"], ins + kan)
    book.put("Budget", "D%d" % b["st_ins"], ins + 900)            # a typo in a stated group sum
    book.recalc()
    msg = explanation(book, CHECK["ins"])
    kontroller_as_expected(res, book, red=(CHECK["ins"],), what="(skrivfel i angiven summa insatser)")
    res.ok("Den angivna summan insatser (rad %d)" % b["st_ins"] in msg and "den angivna summan som är fel" in msg,
           "angiven gruppsumma fel: sägs", msg)
    book.close()


# ------------------------------------------------------------------ 9: in the order Anvisningar gives
def order(office, res, outdir):
    book = office.new_from_template(TEMPLATE)

    def step(what, waiting, says=()):
        book.recalc()
        checks = kontroller_as_expected(res, book, waiting=waiting, what="(%s)" % what)
        for nr, words in says:
            res.ok(words in checks[nr][1], "%s: kontroll %d säger %r" % (what, nr, words), checks[nr][1])
    step("ny mall", (2, 3))
    # issue 23: with only the year (and the settings) filled in the status waits, naming what is missing
    basics(book)
    step("grunduppgifter", (3,), [(3, "skriv medlemsbidragets belopp, kommunernas namn och nyckeln")])
    res.ok(book.text("Budget", "B2").startswith("VÄNTAR – nr 3 Kommunerna står uppifrån"),
           "statusen efter bara budgetåret nämner kontroll 3", book.text("Budget", "B2"))
    member_settings(book)
    step("inställningar för medlemsbidrag", (3,))
    amounts(book)
    step("belopp utan kommuner", (3, 4, CHECK["resrow"]), [(4, "skriv kommunernas namn")])
    k0 = LAYOUT["Medlemsbidrag"]["k0"]
    for j, name in enumerate(("Norrby kommun", "Söderås kommun")):
        book.put("Medlemsbidrag", "A%d" % (k0 + j), name)
    book.put("Medlemsbidrag", "D%d" % k0, 52000)
    step("en nyckel saknas", (4, CHECK["resrow"]), [(4, "skriv nyckeln för Söderås kommun (rad %d) för Budget 2021" % (k0 + 1))])
    book.put("Medlemsbidrag", "D%d" % (k0 + 1), 14000)
    step("medlemsbidrag klara, inga kostnader", (CHECK["resrow"],),
         [(CHECK["resrow"], "Väntar: skriv kostnaderna för Budget 2021 på bladet Budget.")])
    book.put("Budget", "D%d" % LAYOUT["Budget"]["draw"], 100000)
    step("uttag före kostnaderna", (CHECK["resrow"], CHECK["draw"]), [(CHECK["draw"], "skriv kostnaderna")])
    book.put("Budget", "D%d" % LAYOUT["Budget"]["draw"], None)
    costs(book)
    step("kostnader, inget eget kapital", (22,), [(22, "skriv ingående eget kapital för Budget 2021")])
    equity(book)
    step("eget kapital", (WAITING_STAIRCASE,))
    book.put("Nyckeltal", "B%d" % LAYOUT["Nyckeltal"]["goal_ins"], 0.8)
    step("mål", (WAITING_STAIRCASE,))
    b = LAYOUT["Budget"]
    book.put("Budget", "D%d" % b["st_costs"], sum(x[1] for g in COSTS.values() for x in g))
    step("angivna summor", (WAITING_STAIRCASE,))
    book.close()


# ------------------------------------------------------------------ the one-year template
def oneyear(office, res, outdir, lang):
    book = office.new_from_template(ONE_YEAR)
    s = "Budget"
    book.put(s, "B%d" % OY["name"], "Lilla förbundet")
    book.put(s, "B%d" % OY["year"], 2021)
    book.put(s, "B%d" % OY["amount"], 1500000)
    book.put(s, "B%d" % OY["step"], 100)
    book.put(s, "B%d" % OY["keytype"], mt.KEYTYPES[2])
    book.put(s, "B%d" % OY["region"], "Region Små")
    for j, (name, t) in enumerate((("Kommun A", "60 %"), ("Kommun B", "27,5"), ("Kommun C", "12,5 %"))):
        book.put(s, "A%d" % OY["k%d" % j], name)
        book.type(s, "C%d" % OY["k%d" % j], t)
    book.put(s, "A%d" % OY["ins0"], "Insats")
    book.put(s, "B%d" % OY["ins0"], 2200000)
    book.put(s, "A%d" % OY["kan0"], "Kansli")
    book.put(s, "B%d" % OY["kan0"], 600000)
    book.put(s, "B%d" % OY["open"], 900000)
    book.recalc()
    shown = [x.replace(" %", "%") for x in book.shown(s, "C%d:C%d" % (OY["k0"], OY["k2"]), outdir)]
    res.eq(shown, ["60%", "27,5%", "12,5%"], "ett år: andelar visas som andelar")
    want = split(3000000, [Fraction(60, 100), Fraction(275, 1000), Fraction(125, 1000)], 100, 1)
    got = [book.value(s, "B%d" % OY[r]) for r in ("s1", "reg", "k0", "k1", "k2")]
    res.eq(got, want, "ett år: fördelningen efter andelarna")

    def statuses():
        first = OY["x_addin"]
        return {book.text(s, "A%d" % r): (book.text(s, "B%d" % r), book.text(s, "C%d" % r))
                for r in range(first, first + 22) if book.text(s, "B%d" % r) in ("OK", "FEL", "VÄNTAR", "–")}
    st = statuses()
    bad = {k: v for k, v in st.items() if v[0] not in ("OK", "–") and k != "Eget kapital under trappans tak"}
    res.ok(not bad, "ett år: inga röda, bara trappan väntar", bad)
    book.put(s, "B%d" % OY["draw"], 200000)                      # a surplus of 200 000 and a draw
    book.put(s, "A%d" % OY["ins1"], "Ny insats")
    book.put(s, "B%d" % OY["ins1"], -10000)
    book.recalc()
    st = statuses()
    res.ok("överskott på 210 000 kr utan uttaget, men 200 000 kr tas ur eget kapital" in
           st["Uttaget ur eget kapital täcker underskottet"][1], "ett år: uttag ett år med överskott",
           st["Uttaget ur eget kapital täcker underskottet"])
    res.ok("Rad %d (Ny insats) är -10 000 kr" % OY["ins1"] in st["Inga negativa belopp bland intäkter och kostnader"][1],
           "ett år: negativ rad", st["Inga negativa belopp bland intäkter och kostnader"])
    bad = [(k, v[1]) for k, v in st.items() if FOREIGN.search(v[1])]
    res.ok(not bad, "ett år: svenska tal i meddelandena", bad)
    one_year_fits(res, book, [r for k, r in OY.items() if k.startswith("x_")], "(överskott, negativ rad)")
    # a row inserted right above the sum of Insatser is summed
    r = book.find_row(s, "Summa insatser")
    book.insert_rows(s, r)
    book.put(s, "A%d" % r, "Infogad insats")
    book.put(s, "B%d" % r, 50000)
    book.recalc()
    res.eq(book.value(s, "B%d" % (r + 1)), 2200000 - 10000 + 50000, "ett år: raden ovanför summaraden summeras")
    book.close()


SCENARIOS = {"members14": members14, "members30": members30, "capacity": capacity, "shares": shares,
             "negative": negative, "rows": rows, "surplus": surplus, "messages": messages, "typo": typo,
             "order": order, "oneyear": oneyear, "lists": lists}
WITH_LANG = {"shares", "messages", "oneyear", "lists"}


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    profile, lang, outdir = argv[1:4]
    names = argv[4:] or list(SCENARIOS)
    os.makedirs(outdir, exist_ok=True)
    results = []
    with Office(profile) as office:
        print("    %s, locale %s" % (office.version(), lang))
        for name in names:
            res = Result("%s/%s" % (lang, name))
            start = time.time()
            try:
                if name in WITH_LANG:
                    SCENARIOS[name](office, res, outdir, lang)
                else:
                    SCENARIOS[name](office, res, outdir)
            except Exception as e:  # a scenario that breaks is a failure, the others still run
                import traceback
                traceback.print_exc()
                res.ok(False, "scenariot avbröts: %r" % e)
            print("%s %s: %d kontrollerade, %d fel (%.1f s)" % ("OK " if not res.failures else "FEL", res.name,
                                                             res.passed, len(res.failures), time.time() - start))
            results.append(res)
    failed = sum(1 for r in results if r.failures)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
