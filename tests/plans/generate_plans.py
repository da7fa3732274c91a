#!/usr/bin/env python3
"""generate_plans.py — invented samordningsförbund plans the audit has never seen (issue 20).

Independent of the readers' code (Python 3 standard library only). Each plan is a random förbund
(1–20 municipalities, 1–5 periods, kr/tkr/mkr, costs printed positive or negative, FK+AF or one
state line, population or fixed shares) in a random layout (sum at the top or bottom of its block,
varav rows, subtotal lines, merged headers, equity tables under any name, change and follow-up
columns, run-in tables, prose totals, footnotes, letterheads, years and population counts and other
numbers that are not amounts) and random number notations (−, –, (1 250), 1 250-, space / no-break
space / thin space / dot thousands, decimal comma). Every plan is made correct first — every sum,
result, 50/25/25 share and equity step holds, which `check_plan` verifies on the plan's own figures —
and then copied with one slip of a kind the diagnosis names (transposed, one_digit, sign,
thousandfold, counted_twice, left_out, copied_from_neighbour, mistyped_base).

Written into OUT (laid out as ../shared/corpus is, so that the same scoring reads both):
  OUT/correct/<plan>.<ext>, OUT/mutated/<plan>-<id>.<ext>, OUT/key.json
  key.json: "seed"; "correct": per plan its formats, features and every figure (table, label, period,
  value); "mutated": per file the plan, the slip (kind, cell, printed, right value) as "expected".

Formats: .txt is written directly; .html (one per document) is turned into .docx/.odt/.pdf by
headless Writer, and a flat .fods workbook into .xlsx/.ods by headless Calc, one soffice run per
target format for all files (scripts/lib/office.sh, a private throw-away profile).

  generate_plans.py OUT [--seed N] [--plans N] [--mutants-per-plan K]
                    [--formats txt,pdf,docx,odt,xlsx,ods] [--no-office]
The seed used is printed first (random when not given).
"""
import argparse
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OFFICE_SH = os.path.join(ROOT, "scripts", "lib", "office.sh")

TOWNS = ["Alingsås", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping", "Grästorp", "Gullspång",
         "Herrljunga", "Hjo", "Karlsborg", "Lerum", "Lidköping", "Mariestad", "Mark", "Mellerud", "Skara",
         "Skövde", "Svenljunga", "Tibro", "Tidaholm", "Töreboda", "Tranemo", "Ulricehamn", "Vara",
         "Vårgårda", "Åmål", "Bräcke", "Ragunda", "Strömsund", "Berg", "Härjedalen", "Krokom", "Åre",
         "Sollefteå", "Kramfors", "Härnösand", "Timrå", "Ånge", "Nordanstig"]
REGIONS = ["Västra Götalandsregionen", "Region Jämtland Härjedalen", "Region Västernorrland",
           "Region Skåne", "Region Kalmar län", "Region Dalarna", "Region Halland"]
FORBUND = ["Norra Älvdalen", "Sjömarken", "Västra Skaraborg", "Mittbygden", "Södra Vättern", "Älvstranden",
           "Fjällbygden", "Kustlandet", "Ådalen", "Slättbygden", "Höglandet", "Sydvästra Dalarna"]
EQUITY_NAMES = [
    ("Eget kapital vid årets början", "Årets resultat", "Eget kapital vid årets slut"),
    ("Ingående balans", "Årets resultat", "Utgående balans"),
    ("Eget kapital 1 januari", "Resultat", "Eget kapital 31 december"),
    ("Eget kapital vid periodens början", "Periodens resultat", "Eget kapital vid periodens slut"),
    ("Ingående eget kapital", "Årets resultat", "Utgående eget kapital"),
]
COST_GROUPS = [
    ("Insatser", ["Individinriktade insatser", "Arbetslivsinriktad rehabilitering", "Unga vuxna 18–29 år",
                  "Stöd till personer med psykisk ohälsa", "Aktivitetshus", "Samverkansteam",
                  "Förrehabilitering", "Språkstöd", "Projekt Vägen vidare", "Insatsen Steget"]),
    ("Strukturinsatser", ["Kompetensutveckling", "Samverkansdagar", "Utvärdering", "Informationsinsatser"]),
    ("Kansli", ["Personal", "Lokaler", "Styrelse och revision", "Ekonomitjänster", "IT och telefoni",
                "Övriga kostnader"]),
]
SLIPS = ["transposed", "one_digit", "sign", "thousandfold", "counted_twice", "left_out",
         "copied_from_neighbour", "mistyped_base"]
MINUS = {"hyphen": "-", "minus": "\u2212", "endash": "\u2013", "paren": "()", "trailing": "-after"}
SEPS = {"space": " ", "nbsp": "\u00a0", "thin": "\u202f", "dot": "."}


# --- numbers as people print them ---------------------------------------------------------------
class Notation:
    def __init__(self, rng):
        self.minus = rng.choice(list(MINUS))
        self.sep = rng.choices(list(SEPS), weights=[6, 2, 1, 1])[0]

    def amount(self, v, decimals=0):
        """v is an integer in units of 10**-decimals."""
        neg = v < 0
        a = abs(v)
        whole, frac = divmod(a, 10 ** decimals) if decimals else (a, 0)
        digits = str(whole)
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        s = SEPS[self.sep].join(groups)
        if decimals:
            s += "," + str(frac).rjust(decimals, "0")
        if not neg:
            return s
        m = MINUS[self.minus]
        if m == "()":
            return "(" + s + ")"
        if m == "-after":
            return s + "-"
        return m + s


def plain(v, decimals=0):
    """A right value in the key: '-3 900', '7,2'."""
    return Notation.amount(type("N", (), {"minus": "hyphen", "sep": "space"})(), v, decimals)


# --- a plan --------------------------------------------------------------------------------------
def split(rng, total, n, lo=1):
    """n positive integers (>= lo) summing to total."""
    if n == 1:
        return [total]
    weights = [rng.uniform(0.3, 1.0) for _ in range(n)]
    s = sum(weights)
    parts = [max(lo, int(total * w / s)) for w in weights]
    parts[-1] = total - sum(parts[:-1])
    if parts[-1] < lo:
        return split(rng, total, n, lo)
    return parts


def largest_remainder(total, weights, grain):
    """Shares of total (a multiple of grain) by weights, each a multiple of grain, summing to total."""
    units = total // grain
    s = sum(weights)
    raw = [units * w / s for w in weights]
    base = [int(r) for r in raw]
    rest = units - sum(base)
    order = sorted(range(len(weights)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    return [b * grain for b in base]


class Plan:
    """A correct plan: tables of rows; each amount row holds one integer per column (or None)."""

    def __init__(self, rng, name):
        self.rng = rng
        self.name = name
        self.features = set()
        self.year = rng.randint(2019, 2027)
        self.forbund = rng.choice(FORBUND)
        self.unit = rng.choices(["kr", "tkr", "mkr"], weights=[5, 4, 1])[0]
        self.decimals = 1 if self.unit == "mkr" else 0
        self.grain = rng.choice([1, 100, 1000]) if self.unit == "kr" else 1
        self.costs_negative = rng.random() < 0.35
        self.state_one_line = rng.random() < 0.35
        self.fixed_shares = rng.random() < 0.25
        nmun = rng.choice([1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 17, 20])
        self.towns = rng.sample(TOWNS, nmun)
        self.region = rng.choice(REGIONS)
        nper = rng.choice([1, 1, 2, 3, 3, 4, 5])
        first = self.year - (1 if nper >= 4 and rng.random() < 0.5 else 0)
        self.periods = []
        for k in range(nper):
            y = first + k
            kind = "Budget" if y == self.year else ("Prognos" if y < self.year else "Plan")
            self.periods.append("%s %d" % (kind, y))
        if nper >= 2:
            self.features.add("periods_%d" % nper)
        self.features.add("unit_" + self.unit)
        self.features.add("costs_negative" if self.costs_negative else "costs_positive")
        self.features.add("state_one_line" if self.state_one_line else "fk_af")
        self.features.add("fixed_shares" if self.fixed_shares else "population_shares")
        if nmun >= 10:
            self.features.add("many_municipalities")
        self.notation = Notation(rng)
        self.features.add("minus_" + self.notation.minus)
        self.features.add("thousands_" + self.notation.sep)
        self.tables = []   # dicts: name, kind, columns, rows [(id, label, [values] or None, role)]
        self.relations = []  # (kind, target cell, [cells]) for check_plan
        self.prose = []
        self.build()

    # quarter of the member total per period, in printed units
    def member_quarter(self, k):
        if self.unit == "kr":
            q = self.rng.randint(300, 4000) * 1000
            return q - q % (self.grain * (4 if self.state_one_line else 2))
        if self.unit == "tkr":
            return self.rng.randint(300, 4000)
        return self.rng.randint(10, 60)  # tenths of a million

    def build(self):
        rng = self.rng
        n = len(self.periods)
        base_q = self.member_quarter(0)
        quarters = []
        for k in range(n):
            q = base_q if k == 0 or rng.random() < 0.4 else base_q + (rng.randint(0, 3) * (1000 if self.unit == "kr" else 1)) * (1 if self.unit != "mkr" else 1)
            if self.unit == "kr":
                q -= q % self.grain
            quarters.append(q)
        # Municipal shares for every period: population or fixed percentages of the total
        self.population = [rng.randint(2500, 90000) for _ in self.towns]
        if self.fixed_shares:
            w = split(rng, 250, len(self.towns)) if len(self.towns) <= 250 else None  # tenths of a percent
            self.share_tenths = w
            weights = w
        else:
            weights = self.population
        mun = [largest_remainder(quarters[k], weights, self.grain) for k in range(n)]
        self.mun_weights = weights
        self.quarters = quarters
        # the income block
        rows = []
        income_parts = []
        if self.state_one_line:
            rows.append(("state", rng.choice(["Staten", "Staten gm Försäkringskassan", "Staten (FK och AF)"]),
                         [2 * q for q in quarters], "line"))
            income_parts.append("state")
        else:
            sub = rng.random() < 0.3
            if sub:
                self.features.add("state_subtotal")
                rows.append(("state", "Staten (50 %)", [2 * q for q in quarters], "subtotal"))
                rows.append(("fk", "Försäkringskassan", list(quarters), "part"))
                rows.append(("af", "Arbetsförmedlingen", list(quarters), "part"))
                income_parts.append("state")
                self.relations.append(("sum", "state", ["fk", "af"]))
            else:
                rows.append(("fk", "Försäkringskassan", list(quarters), "line"))
                rows.append(("af", "Arbetsförmedlingen", list(quarters), "line"))
                income_parts += ["fk", "af"]
        rows.append(("reg", self.region, list(quarters), "line"))
        income_parts.append("reg")
        mun_ids = ["m%d" % i for i in range(len(self.towns))]
        self.mun_in_budget = len(self.towns) <= 6 or rng.random() < 0.3
        if len(self.towns) == 1:
            rows.append((mun_ids[0], self.towns[0] + " kommun", [mun[k][0] for k in range(n)], "line"))
            income_parts.append(mun_ids[0])
        elif self.mun_in_budget:
            if rng.random() < 0.4:
                self.features.add("municipal_subtotal")
                rows.append(("kom", "Kommunerna (25 %)", list(quarters), "subtotal"))
                for i, t in enumerate(self.towns):
                    rows.append((mun_ids[i], t + " kommun", [mun[k][i] for k in range(n)], "part"))
                income_parts.append("kom")
                self.relations.append(("sum", "kom", mun_ids))
            else:
                for i, t in enumerate(self.towns):
                    rows.append((mun_ids[i], t + " kommun", [mun[k][i] for k in range(n)], "line"))
                income_parts += mun_ids
        else:
            rows.append(("kom", "Kommunerna", list(quarters), "line"))
            income_parts.append("kom")
        self.relations.append(("members", None, None))
        if rng.random() < 0.4:
            self.features.add("other_income")
            other = [self.small(rng) for _ in range(n)]
            rows.append(("ovr", rng.choice(["ESF-medel", "Övriga intäkter", "Projektmedel"]), other, "line"))
            income_parts.append("ovr")
        byid = {r[0]: r for r in rows}
        total_income = [sum(byid[i][2][k] for i in income_parts) for k in range(n)]
        # results and equity: a planned deficit or a small surplus
        equity0 = total_income[0] // rng.randint(3, 8)
        results = []
        for k in range(n):
            r = -rng.randint(0, max(1, total_income[k] // 10))
            if rng.random() < 0.25:
                r = rng.randint(0, max(1, total_income[k] // 40))
            if self.unit == "kr":
                r -= r % self.grain
            results.append(r)
        costs = [total_income[k] - results[k] for k in range(n)]
        # cost groups
        ngroups = rng.choice([1, 2, 3, 3])
        groups = COST_GROUPS[:1] + rng.sample(COST_GROUPS[1:], ngroups - 1) if ngroups > 1 else COST_GROUPS[:1]
        group_totals = [split(rng, costs[k] // (self.grain), ngroups, 1) for k in range(n)]
        group_totals = [[g * self.grain for g in gt] for gt in group_totals]
        sign = -1 if self.costs_negative else 1
        cost_rows = []
        group_ids = []
        with_subtotals = ngroups > 1 and rng.random() < 0.7
        if with_subtotals:
            self.features.add("group_subtotals")
        varav_done = False
        for gi, (gname, lines) in enumerate(groups):
            nl = rng.randint(1, min(len(lines), 5))
            labels = rng.sample(lines, nl)
            per_line = [split(rng, group_totals[k][gi] // self.grain, nl, 1) for k in range(n)]
            ids = []
            block = []
            for li, lab in enumerate(labels):
                rid = "c%d_%d" % (gi, li)
                vals = [sign * per_line[k][li] * self.grain for k in range(n)]
                block.append((rid, lab, vals, "line"))
                ids.append(rid)
                if not varav_done and rng.random() < 0.25 and abs(vals[0]) >= 10 * self.grain:
                    varav_done = True
                    full = rng.random() < 0.5
                    self.features.add("varav_full" if full else "varav_partial")
                    nv = rng.randint(2, 3)
                    cap = [abs(v) // self.grain for v in vals]
                    if full:
                        vparts = [split(rng, c, nv, 0) if c >= nv else [c] + [0] * (nv - 1) for c in cap]
                    else:
                        vparts = [split(rng, max(nv, c // 2), nv, 0) if c >= 2 * nv else [0] * nv for c in cap]
                    vids = []
                    # distinct names, none ending in a digit (run into a paragraph, "projekt 2 81 300"
                    # could not be read by anyone)
                    vnames = rng.sample(["personal", "lokaler", "köpta tjänster", "projekt Alfa", "projekt Beta",
                                         "material", "resor"], nv)
                    for vi in range(nv):
                        vid = rid + "_v%d" % vi
                        block.append((vid, "varav " + vnames[vi],
                                      [sign * vparts[k][vi] * self.grain for k in range(n)],
                                      "varav_full" if full else "varav_partial"))
                        vids.append(vid)
                    if full:
                        self.relations.append(("sum", rid, vids))
            gid = "g%d" % gi
            if with_subtotals:
                total_row = (gid, "Summa " + gname.lower(), [sign * group_totals[k][gi] for k in range(n)], "sum")
                head = (None, gname, None, "heading")
                if rng.random() < 0.2:
                    self.features.add("sum_top")
                    cost_rows += [head, total_row] + block
                else:
                    cost_rows += [head] + block + [total_row]
                self.relations.append(("sum", gid, ids))
                group_ids.append(gid)
            else:
                cost_rows += block
                group_ids += ids
        budget = []
        budget.append((None, "Intäkter", None, "heading"))
        budget += rows
        budget.append(("si", rng.choice(["Summa intäkter", "Summa intäkter", "Totala intäkter"]), total_income, "sum"))
        self.relations.append(("sum", "si", income_parts))
        budget.append((None, "Kostnader", None, "heading"))
        sk = ("sk", rng.choice(["Summa kostnader", "Totala kostnader", "Summa kostnader"]),
              [sign * c for c in costs], "sum")
        if not with_subtotals and rng.random() < 0.15:
            self.features.add("sum_top")
            budget += [sk] + cost_rows
        else:
            budget += cost_rows + [sk]
        self.relations.append(("sum", "sk", group_ids))
        budget.append(("res", rng.choice(["Årets resultat", "Resultat", "Budgeterat resultat"]), results, "result"))
        self.relations.append(("result", "res", ["si", "sk"]))
        columns = list(self.periods)
        if n >= 2 and rng.random() < 0.25:
            self.features.add("change_column")
            columns.append("Förändring")
            budget = [(r[0], r[1], None if r[2] is None else r[2] + [r[2][-1] - r[2][-2]], r[3]) for r in budget]
        self.tables.append({"name": "budget", "kind": "budget", "columns": columns, "rows": budget})
        # equity chain
        if rng.random() < 0.8:
            names = rng.choice(EQUITY_NAMES)
            self.features.add("equity_table")
            opening, closing = [], []
            e = equity0
            for k in range(n):
                opening.append(e)
                e = e + results[k]
                closing.append(e)
            eq = [("eo", names[0], opening, "line"), ("er", names[1], list(results), "line"),
                  ("ec", names[2], closing, "sum")]
            self.tables.append({"name": "equity", "kind": "equity", "columns": list(self.periods), "rows": eq})
            self.relations.append(("sum", "ec", ["eo", "er"]))
            self.relations.append(("chain", None, None))
            self.equity_names = names
        # a members table: population / share and the budget year's contribution
        if len(self.towns) >= 2 and (not self.mun_in_budget or rng.random() < 0.5):
            self.features.add("members_table")
            k = next((i for i, p in enumerate(self.periods) if p.startswith("Budget")), 0)
            cols = ["Invånare 1 nov %d" % (self.year - 1), "Andel %", "Medlemsbidrag " + self.periods[k].split()[-1]]
            if self.fixed_shares:
                cols = ["Andel av totalen %", "Medlemsbidrag " + self.periods[k].split()[-1]]
            mrows = []
            tot_pop = sum(self.population)
            for i, t in enumerate(self.towns):
                if self.fixed_shares:
                    mrows.append(("t%d" % i, t, [("pct", self.share_tenths[i] // 10 if self.share_tenths[i] % 10 == 0 else self.share_tenths[i] / 10.0), mun[k][i]], "line"))
                else:
                    pct = round(100.0 * self.population[i] / tot_pop, 1)
                    mrows.append(("t%d" % i, t, [("count", self.population[i]), ("pct", pct), mun[k][i]], "line"))
            if self.fixed_shares:
                mrows.append(("tsum", "Summa", [("pct", 25), quarters[k]], "sum"))
            else:
                mrows.append(("tsum", "Summa", [("count", tot_pop), ("pct", 100), quarters[k]], "sum"))
            self.tables.append({"name": "members", "kind": "members", "columns": cols, "rows": mrows})
        # a follow-up table for the year before (not a plan's relations: Avvikelse = Prognos − Budget)
        if rng.random() < 0.15:
            self.features.add("followup_table")
            scale = {"kr": 1000, "tkr": 1, "mkr": 0}[self.unit]
            b = [rng.randint(50, 900) * scale if scale else rng.randint(5, 30) for _ in range(3)]
            u = [x * rng.randint(55, 70) // 100 for x in b]
            p = [x + (rng.randint(-40, 40) * scale if scale else rng.randint(-3, 3)) for x in b]
            # The variance either way, as plans print it for costs (a draw of its own, so that the
            # plans of a seed stay what they were): prognos minus budget, or budget minus prognos
            # (a positive variance is money left).
            self.budget_minus_prognos = random.Random("%s-%d-followup" % (self.name, self.year)).random() < 0.5
            sv = -1 if self.budget_minus_prognos else 1
            if self.budget_minus_prognos:
                self.features.add("followup_budget_minus")
            frows = [("f%d" % i, lab, [b[i], u[i], p[i], sv * (p[i] - b[i])], "line")
                     for i, lab in enumerate(["Insatser", "Kansli", "Struktur"])]
            frows.append(("fs", "Summa", [sum(b), sum(u), sum(p), sv * (sum(p) - sum(b))], "sum"))
            self.tables.append({"name": "followup", "kind": "followup",
                                "columns": ["Budget %d" % (self.year - 1), "Utfall jan–aug", "Prognos helår", "Avvikelse"],
                                "rows": frows})
        # Layouts of what a sum covers (issue 20, class 3), drawn from their own generator so that
        # the plans of a seed stay as they were: a summary of the budget's sums (Summa intäkter,
        # Summa kostnader, Årets resultat) with the equity after the result, as a table without
        # lines; the equity table stacked under the budget with a blank line and no heading.
        extra = random.Random("%s-%d-%d-%d" % (self.name, self.year, n, base_q))
        if extra.random() < 0.25:
            self.features.add("summary_table")
            srows = [("ssi", budget[[r[0] for r in budget].index("si")][1], list(total_income), "sum"),
                     ("ssk", sk[1], list(sk[2]), "sum"),
                     ("sres", "Årets resultat", list(results), "result")]
            if "equity_table" in self.features:
                srows += [("seo", self.equity_names[0], list(opening), "line"),
                          ("sec", self.equity_names[2], list(closing), "sum")]
            self.tables.append({"name": "summary", "kind": "summary", "columns": list(self.periods), "rows": srows})
        if "equity_table" in self.features and extra.random() < 0.3:
            self.features.add("stacked_tables")
        brows = self.tables[0]["rows"]
        at = [r[0] for r in brows].index("sk") + 1
        if self.costs_negative and brows[at][0] == "res" and extra.random() < 0.3:
            # "Total budget" under the negative cost sum (closing the costs, not at their top): the
            # income block's sum (its omslutning)
            self.features.add("total_budget")
            tb = list(total_income)
            if "change_column" in self.features:
                tb.append(tb[-1] - tb[-2])
            brows.insert(at, ("tb", extra.choice(["Total budget", "Budget totalt", "Total omslutning"]), tb, "sum"))
            self.relations.append(("sum", "tb", income_parts))
        # prose: totals with their parts, and numbers that are not amounts
        if rng.random() < 0.5:
            self.features.add("prose_total")
            tot = abs(sk[2][self.periods.index(next(p for p in self.periods if p.startswith("Budget")))]) if any(p.startswith("Budget") for p in self.periods) else abs(sk[2][0])
            self.prose.append(("total", tot))
        if rng.random() < 0.5:
            self.features.add("non_amounts")
        if rng.random() < 0.4:
            self.features.add("letterhead")
        if rng.random() < 0.3:
            self.features.add("footnotes")
        if rng.random() < 0.2 and n >= 1:
            self.features.add("merged_header")
        if rng.random() < 0.1:
            self.features.add("year_grouped")

    def small(self, rng):
        if self.unit == "kr":
            return rng.randint(1, 900) * 1000
        if self.unit == "tkr":
            return rng.randint(10, 900)
        return rng.randint(1, 9)

    # every figure of the plan, by cell: (table, row id, column index) -> value
    def cells(self):
        out = {}
        for t in self.tables:
            for rid, label, vals, role in t["rows"]:
                if vals is None or rid is None:
                    continue
                for c, v in enumerate(vals):
                    if isinstance(v, int):
                        out[(t["name"], rid, c)] = v
        return out

    def label(self, table, rid):
        for t in self.tables:
            if t["name"] == table:
                for r in t["rows"]:
                    if r[0] == rid:
                        return r[1]
        raise KeyError(rid)


def check_plan(plan, values=None):
    """Every relation of the plan on its figures (values: cell -> value; the plan's own when None):
    the list of relations that do not hold. The generator's own check, independent of the audit."""
    v = values or plan.cells()
    bad = []
    n = len(plan.periods)
    for kind, target, parts in plan.relations:
        for k in range(n):
            if kind == "sum":
                tbl = "equity" if target == "ec" else "budget"
                if sum(v[(tbl, p, k)] for p in parts) != v[(tbl, target, k)]:
                    bad.append((kind, target, k))
            elif kind == "result":
                si, sk = v[("budget", "si", k)], v[("budget", "sk", k)]
                want = si + sk if plan.costs_negative else si - sk
                if want != v[("budget", "res", k)]:
                    bad.append((kind, target, k))
                if ("equity", "er", k) in v and v[("equity", "er", k)] != v[("budget", "res", k)]:
                    bad.append(("equity_result", "er", k))
            elif kind == "chain":
                if k + 1 < n and v[("equity", "ec", k)] != v[("equity", "eo", k + 1)]:
                    bad.append((kind, "eo", k + 1))
            elif kind == "members":
                q = plan.quarters[k]
                ids = {r[0]: r for r in plan.tables[0]["rows"] if r[0]}
                state = v[("budget", "state", k)] if "state" in ids else v[("budget", "fk", k)] + v[("budget", "af", k)]
                reg = v[("budget", "reg", k)]
                if "kom" in ids:
                    mun = v[("budget", "kom", k)]
                else:
                    mun = sum(v[("budget", "m%d" % i, k)] for i in range(len(plan.towns)))
                if not (state == 2 * reg == 2 * mun):
                    bad.append((kind, None, k))
                if "fk" in ids and v[("budget", "fk", k)] != v[("budget", "af", k)]:
                    bad.append(("fk_af", None, k))
    return bad


# --- slips ---------------------------------------------------------------------------------------
def digits_of(v, grain):
    """The significant digits a person types (the trailing zeros of a rounded amount are not)."""
    a = abs(v)
    s = str(a)
    zeros = len(str(grain)) - 1 if grain > 1 else 0
    return s, (len(s) - zeros if zeros and s.endswith("0" * zeros) else len(s))


def slip(rng, plan, kind):
    """One slip in a copy of the plan's figures: (values, [(cell, printed, right, kind)]) or None."""
    v = dict(plan.cells())
    n = len(plan.periods)
    budget = [c for c in v if c[0] in ("budget", "equity") and not (c[0] == "budget" and c[2] >= n)]
    # figures in a checkable relation (partial varav rows are not)
    roles = {}
    for t in plan.tables:
        for r in t["rows"]:
            if r[0]:
                roles[(t["name"], r[0])] = r[3]
    mutable = [c for c in budget if roles.get((c[0], c[1])) not in ("varav_partial",)
               and not (c[0] == "equity" and c[1] == "er")]
    if kind in ("transposed", "one_digit", "sign"):
        rng.shuffle(mutable)
        for cell in mutable:
            old = v[cell]
            if old == 0:
                continue
            s, sig = digits_of(old, plan.grain)
            if kind == "transposed":
                pairs = [i for i in range(sig - 1) if s[i] != s[i + 1]]
                if not pairs:
                    continue
                i = rng.choice(pairs)
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] == "0":
                    continue
                new = int(t) * (1 if old > 0 else -1)
            elif kind == "one_digit":
                i = rng.randrange(sig)
                choices = [d for d in "0123456789" if d != s[i] and not (i == 0 and d == "0")]
                if not choices:
                    continue
                new = int(s[:i] + rng.choice(choices) + s[i + 1:]) * (1 if old > 0 else -1)
            else:
                new = -old
            v[cell] = new
            return v, [(cell, new, old, kind)]
        return None
    if kind == "thousandfold":
        if plan.unit != "tkr":
            return None
        cands = [c for c in mutable if roles.get((c[0], c[1])) in ("line", "part") and v[c] != 0]
        if not cands:
            return None
        cell = rng.choice(cands)
        old = v[cell]
        v[cell] = old * 1000
        return v, [(cell, old * 1000, old, kind)]
    if kind in ("counted_twice", "left_out"):
        sums = [(tgt, parts) for kd, tgt, parts in plan.relations if kd == "sum" and len(parts) >= 2]
        rng.shuffle(sums)
        for tgt, parts in sums:
            tbl = "equity" if tgt == "ec" else "budget"
            k = rng.randrange(n)
            p = rng.choice(parts)
            d = v[(tbl, p, k)]
            if d == 0:
                continue
            old = v[(tbl, tgt, k)]
            new = old + d if kind == "counted_twice" else old - d
            v[(tbl, tgt, k)] = new
            return v, [((tbl, tgt, k), new, old, kind)]
        return None
    if kind == "copied_from_neighbour":
        if n < 2:
            return None
        sums = [tgt for kd, tgt, parts in plan.relations if kd == "sum" and tgt != "ec"]
        rng.shuffle(sums)
        for tgt in sums:
            k = rng.randrange(n)
            k2 = k + 1 if k + 1 < n else k - 1
            old, new = v[("budget", tgt, k)], v[("budget", tgt, k2)]
            if old == new:
                continue
            v[("budget", tgt, k)] = new
            return v, [(("budget", tgt, k), new, old, kind)]
        return None
    if kind == "mistyped_base":
        if len(plan.towns) < 2 or not plan.mun_in_budget or plan.fixed_shares:
            return None
        k = rng.randrange(n)
        q = plan.quarters[k]
        s, sig = digits_of(q, plan.grain)
        pairs = [i for i in range(sig - 1) if s[i] != s[i + 1]]
        if not pairs:
            return None
        i = rng.choice(pairs)
        wrong = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        shares = largest_remainder(wrong - wrong % plan.grain, plan.mun_weights, plan.grain)
        changes = []
        for m, new in enumerate(shares):
            cell = ("budget", "m%d" % m, k)
            if v[cell] != new:
                changes.append((cell, new, v[cell], kind))
                v[cell] = new
        return (v, changes) if changes else None
    return None


# --- rendering -----------------------------------------------------------------------------------
def unit_heading(plan):
    return {"kr": rng_choice(plan, ["Belopp i kr", "kr", "Kronor"]),
            "tkr": rng_choice(plan, ["Belopp i tkr", "tkr", "Tkr"]),
            "mkr": rng_choice(plan, ["Belopp i mkr", "mkr", "Mnkr"])}[plan.unit]


def rng_choice(plan, xs):
    return xs[plan.render_rng.randrange(len(xs))]


def fmt(plan, v):
    if isinstance(v, tuple):
        kind, x = v
        if kind == "count":
            return plan.notation.amount(x)
        if isinstance(x, float):
            return ("%.1f" % x).replace(".", ",") + " %"
        return "%d %%" % x
    return plan.notation.amount(v, plan.decimals)


def year_text(plan, label):
    if "year_grouped" in plan.features:
        head, _, y = label.rpartition(" ")
        if y.isdigit():
            return head + " " + y[0] + " " + y[1:]
    return label


def document_parts(plan, values):
    """The plan as a list of blocks: ('h', text), ('p', text), ('table', table dict with strings)."""
    r = plan.render_rng
    parts = []
    if "letterhead" in plan.features:
        parts.append(("p", "Samordningsförbundet %s   Org.nr 222000-%04d   Tel 0%d-%d %02d %02d"
                      % (plan.forbund, r.randint(1000, 9999), r.randint(10, 99), r.randint(100, 999),
                         r.randint(10, 99), r.randint(10, 99))))
        parts.append(("p", "Dnr %d/%d   %d-11-%02d   Sida 1 av %d" % (plan.year - 1, r.randint(2, 60),
                                                                    plan.year - 1, r.randint(1, 28), r.randint(3, 9))))
    parts.append(("h", "Verksamhetsplan och budget %d för Samordningsförbundet %s" % (plan.year, plan.forbund)))
    members = ", ".join(t + "s kommun" if not t.endswith("s") else t + " kommun" for t in plan.towns)
    parts.append(("p", "Medlemmar i förbundet är Försäkringskassan, Arbetsförmedlingen, %s och %s." %
                  (plan.region, members)))
    if "non_amounts" in plan.features:
        pop = sum(plan.population)
        parts.append(("p", "Förbundet omfattar %d kommuner med cirka %s invånare. Totalt består styrelsen av %d "
                      "ledamöter och kansliet har %s tjänster. Styrelsen beslutade den %d oktober %d, § %d."
                      % (len(plan.towns), plan.notation.amount(pop - pop % 1000), 2 + 2 * len(plan.towns) // 3 + 2,
                         ("%.1f" % (r.randint(10, 40) / 10)).replace(".", ","), r.randint(1, 28), plan.year - 1,
                         r.randint(10, 90))))
        parts.append(("p", "Målgruppen är personer 16–64 år; 2 av 3 deltagare ska vara i arbete eller studier "
                      "inom 12 månader, och minst 80 % av medlen går till insatser (se avsnitt 4.2 och Not 3)."))
    for t in plan.tables:
        title = {"budget": "Budget %d%s" % (plan.year, "" if len(plan.periods) == 1 else " och plan"),
                 "equity": "Eget kapital",
                 "members": "Medlemsbidrag per kommun %d" % plan.year,
                 "followup": "Uppföljning av budget %d" % (plan.year - 1),
                 "summary": "Sammanfattning"}[t["name"]]
        if not (t["name"] == "equity" and "stacked_tables" in plan.features):
            parts.append(("h", title))
        if t["name"] == "followup":
            parts.append(("p", "Avvikelse är %s (%s)." % (
                "budget minus prognos" if getattr(plan, "budget_minus_prognos", False) else "prognos minus budget",
                plan.unit)))
        rows = []
        for rid, label, vals, role in t["rows"]:
            if vals is None:
                rows.append((label, None, role))
                continue
            cells = []
            for c, x in enumerate(vals):
                if rid and isinstance(x, int) and (t["name"], rid, c) in values:
                    x = values[(t["name"], rid, c)]
                cells.append(fmt(plan, x))
            rows.append((label, cells, role))
        cols = [year_text(plan, c) for c in t["columns"]]
        unit = unit_heading(plan) if t["name"] != "members" else ("Belopp i " + plan.unit)
        parts.append(("table", {"unit": unit, "columns": cols, "rows": rows, "name": t["name"],
                                "merged": "merged_header" in plan.features and t["name"] == "budget"
                                and len(plan.periods) >= 2}))
        if t["name"] == "budget" and "footnotes" in plan.features:
            parts.append(("p", "1) Beloppen avser %s. Not 2: kansliets personal är 2,5 årsarbetare; konto 4010–4090."
                          % plan.unit))
    for kind, tot in plan.prose:
        # the costs of the budget year in millions, as prose states them (rounded, with a "ca")
        if plan.unit == "kr":
            mk = tot / 1e6
        elif plan.unit == "tkr":
            mk = tot / 1e3
        else:
            mk = tot / 10
        parts.append(("p", "Kostnaderna för %d beräknas till ca %s mkr." % (plan.year, ("%.1f" % mk).replace(".", ","))))
    parts.append(("p", "Budgeten antogs av styrelsen. Kontakt: förbundschefen, tel 0%d-%d %02d %02d."
                  % (r.randint(10, 99), r.randint(100, 999), r.randint(10, 99), r.randint(10, 99))))
    return parts


def render_text(plan, parts):
    style = plan.text_style
    out = []
    for kind, x in parts:
        if kind in ("h", "p"):
            out += [x, ""]
            continue
        cols = x["columns"]
        if style == "runin":
            words = [x["unit"]] + cols
            for label, cells, role in x["rows"]:
                words.append(label)
                if cells:
                    words += cells
            out += [" ".join(words), ""]
            continue
        grid = [[x["unit"]] + cols]
        for label, cells, role in x["rows"]:
            grid.append([label] + (cells if cells else [""] * len(cols)))
        if style == "tab":
            out += ["\t".join(row).rstrip("\t") for row in grid]
        elif style == "pipe":
            out += ["| " + " | ".join(row) + " |" for row in grid]
        else:
            w0 = max(len(r[0]) for r in grid) + 3
            ws = [max(len(r[i]) for r in grid) + 3 for i in range(1, len(grid[0]))]
            out += [(r[0].ljust(w0) + "".join(c.rjust(w) for c, w in zip(r[1:], ws))).rstrip() for r in grid]
        out.append("")
    return "\n".join(out) + "\n"


# Page layouts of the documents made by Writer (.pdf, .docx, .odt), drawn from a random generator of
# their own so that the plans, their text and their workbooks stay what the same seed gave before.
PAGE_LAYOUTS = ["table_over_page", "narrow_labels", "two_columns", "equity_new_page", "stacked_tables"]
FILLER = ["Förbundet stödjer personer som behöver samordnade insatser från flera myndigheter för att nå arbete "
          "eller studier.", "Insatserna följs upp löpande och redovisas för styrelsen och medlemmarna.",
          "Arbetet bygger på samverkan mellan kommunerna, regionen, Försäkringskassan och Arbetsförmedlingen.",
          "Deltagarna ska få ett sammanhållet stöd och en tydlig väg framåt mot egen försörjning.",
          "Styrelsen prioriterar insatser för unga vuxna och för personer med psykisk ohälsa."]


def page_layout(plan, rng):
    """Which page layouts this plan's Writer documents get (as features, with a 'page_' prefix):
    table_over_page: text before the budget table so that it runs over a page break, its header
      repeated on the next page (<thead>);
    narrow_labels: a narrow label column, so that labels wrap and a row may break over the page;
    two_columns: the document after its title in two columns (a table may go on in the next column);
    equity_new_page: the equity table starts on a new page;
    stacked_tables: no headings between the tables, only an empty line."""
    chosen = set()
    if rng.random() < 0.35:
        chosen.add("table_over_page")
    if rng.random() < 0.3:
        chosen.add("narrow_labels")
    if len(plan.periods) <= 2 and rng.random() < 0.2:
        chosen.add("two_columns")
    if "equity_table" in plan.features and rng.random() < 0.3:
        chosen.add("equity_new_page")
    if len(plan.tables) >= 2 and rng.random() < 0.25:
        chosen.add("stacked_tables")
    plan.page_filler = [rng.choice(FILLER) for _ in range(rng.randint(25, 60))]
    return chosen


def render_html(plan, parts):
    layout = getattr(plan, "page_layout", set())
    body = []
    tables_seen = 0
    for i, (kind, x) in enumerate(parts):
        next_is_table = i + 1 < len(parts) and parts[i + 1][0] == "table"
        if kind == "h" and next_is_table and parts[i + 1][1]["name"] != "budget" and "stacked_tables" in layout:
            body.append("<p></p>")
        elif kind == "h" and next_is_table and parts[i + 1][1]["name"] == "equity" and "equity_new_page" in layout:
            body.append('<h2 style="page-break-before: always">%s</h2>' % html.escape(x))
        elif kind == "h":
            if next_is_table and parts[i + 1][1]["name"] == "budget" and "table_over_page" in layout:
                # about a page of text: the budget table starts somewhere down a page and runs over it
                for k in range(0, len(plan.page_filler), 3):
                    body.append("<p>%s</p>" % html.escape(" ".join(plan.page_filler[k:k + 3])))
            body.append("<h2>%s</h2>" % html.escape(x))
            if tables_seen == 0 and not next_is_table and "two_columns" in layout and not any(
                    "<multicol" in b for b in body):
                body.append('<multicol cols="2">')
        elif kind == "p":
            body.append("<p>%s</p>" % html.escape(x))
        else:
            tables_seen += 1
            rows = []
            cols = x["columns"]
            if x["merged"]:
                kinds = [c.split(" ")[0] for c in cols]
                head = ['<td rowspan="2"><b>%s</b></td>' % html.escape(x["unit"])]
                i = 0
                while i < len(cols):
                    j = i
                    while j < len(cols) and kinds[j] == kinds[i] and " " in cols[i]:
                        j += 1
                    j = max(j, i + 1)
                    word = kinds[i] if j - i > 1 or " " in cols[i] else cols[i]
                    head.append('<td colspan="%d" align="center"><b>%s</b></td>' % (j - i, html.escape(word)))
                    i = j
                rows.append("<tr>%s</tr>" % "".join(head))
                rows.append("<tr>%s</tr>" % "".join('<td align="right"><b>%s</b></td>' % html.escape(
                    c.split(" ", 1)[1] if " " in c and c.split(" ")[0] in kinds else c) for c in cols))
            else:
                rows.append("<tr>%s</tr>" % "".join('<td><b>%s</b></td>' % html.escape(c) for c in [x["unit"]] + cols))
            if "table_over_page" in layout:
                rows = ["<thead>"] + rows + ["</thead>", "<tbody>"]
            label_width = 22 if "narrow_labels" in layout else None
            for label, cells, role in x["rows"]:
                lab = html.escape(label)
                if role in ("sum", "result", "heading", "subtotal"):
                    lab = "<b>%s</b>" % lab
                small = len(cols) >= 4
                wrap = (lambda t: '<font size="2">%s</font>' % t) if small else (lambda t: t)
                tds = ['<td width="%d%%">%s</td>' % (label_width or (40 if small else 50), wrap(lab))]
                for c in (cells or [""] * len(cols)):
                    tds.append('<td align="right" nowrap>%s</td>' % wrap(html.escape(c)))
                rows.append("<tr>%s</tr>" % "".join(tds))
            if "table_over_page" in layout:
                rows.append("</tbody>")
            body.append('<table width="100%%" border="1" cellspacing="0" cellpadding="2">\n%s\n</table>' % "\n".join(rows))
    if any("<multicol" in b for b in body):
        body.append("</multicol>")
    return ('<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>%s</title></head>\n<body>\n%s\n'
            "</body></html>\n" % (html.escape(plan.forbund), "\n".join(body)))


def xml(s):
    return html.escape(s, quote=True)


def render_fods(plan, parts):
    """A flat ODS workbook: one sheet, amounts as numbers (the workbook's own cells), text as text."""
    fmt_neg = {"paren": "#\u00a0##0;(#\u00a0##0)"}.get(plan.notation.minus)
    rows = []

    def text_row(s):
        rows.append('<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p>'
                    '</table:table-cell></table:table-row>' % xml(s))

    for kind, x in parts:
        if kind in ("h", "p"):
            text_row(x)
            continue
        rows.append('<table:table-row><table:table-cell/></table:table-row>')
        head = "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                       % xml(c) for c in [x["unit"]] + x["columns"])
        rows.append("<table:table-row>%s</table:table-row>" % head)
        for label, cells, role in x["rows"]:
            cs = ['<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xml(label)]
            for c in cells or []:
                val = number_of(c)
                if val is None:
                    cs.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xml(c))
                elif c.endswith("%"):
                    cs.append('<table:table-cell table:style-name="pct" office:value-type="percentage" '
                              'office:value="%s"><text:p>%s</text:p></table:table-cell>' % (repr(val / 100), xml(c)))
                else:
                    cs.append('<table:table-cell table:style-name="amt" office:value-type="float" office:value="%s">'
                              '<text:p>%s</text:p></table:table-cell>' % (repr(val), xml(c)))
            rows.append("<table:table-row>%s</table:table-row>" % "".join(cs))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            '<office:automatic-styles>'
            '<number:number-style style:name="N1"><number:number number:decimal-places="%d" '
            'number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
            '<number:percentage-style style:name="P1"><number:number number:decimal-places="1" '
            'number:min-integer-digits="1"/><number:text>%%</number:text></number:percentage-style>'
            '<style:style style:name="amt" style:family="table-cell" style:data-style-name="N1"/>'
            '<style:style style:name="pct" style:family="table-cell" style:data-style-name="P1"/>'
            '</office:automatic-styles>\n'
            '<office:body><office:spreadsheet><table:table table:name="Budget">\n%s\n</table:table>'
            '</office:spreadsheet></office:body></office:document>\n' % (plan.decimals, "\n".join(rows)))


def number_of(s):
    """The value of a printed amount (the generator's own notations), or None."""
    t = s.strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    elif t.endswith("-"):
        neg, t = True, t[:-1]
    elif t[:1] in ("-", "\u2212", "\u2013"):
        neg, t = True, t[1:]
    t = t.replace(" %", "").replace("%", "")
    for sep in SEPS.values():
        t = t.replace(sep, "")
    t = t.replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        return None
    return -v if neg else v


# --- the corpus ----------------------------------------------------------------------------------
WRITER_FILTERS = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML", "odt": "odt:writer8"}
CALC_FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods:calc8"}


def office_convert(sources, filter_name, outdir, infilter=None):
    profile = tempfile.mkdtemp(prefix="finsam-plans-")
    try:
        env = dict(os.environ)
        env["OFFICE_TIMEOUT"] = str(max(120, 20 * len(sources)))
        if infilter:
            env["OFFICE_INFILTER"] = infilter
        script = 'source "$1"; office_profile_init "$2" && office_convert "$2" "$3" "$4" "${@:5}"'
        subprocess.run(["bash", "-c", script, "bash", OFFICE_SH, profile, outdir, filter_name] + sources,
                       check=True, env=env)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def cell_name(plan, cell):
    table, rid, k = cell
    columns = next(t["columns"] for t in plan.tables if t["name"] == table)
    return {"table": table, "label": plan.label(table, rid), "period": columns[k]}


def generate(out, seed, nplans, mutants, formats, office=True):
    rng = random.Random(seed)
    writer_formats = [f for f in formats if f in WRITER_FILTERS]
    calc_formats = [f for f in formats if f in CALC_FILTERS]
    key = {"seed": seed, "correct": {}, "mutated": {}}
    staging = tempfile.mkdtemp(prefix="finsam-plans-src-")
    html_sources = {"correct": [], "mutated": []}
    fods_sources = {"correct": [], "mutated": []}
    for sub in ("correct", "mutated"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        os.makedirs(os.path.join(staging, sub), exist_ok=True)
    slip_counter = {k: 0 for k in SLIPS}
    for p in range(nplans):
        name = "plan%04d" % p
        plan = Plan(random.Random(rng.getrandbits(64)), name)
        bad = check_plan(plan)
        if bad:
            raise SystemExit("generate_plans: internal error, plan %s does not add up: %r" % (name, bad))
        plan.render_rng = random.Random(rng.getrandbits(64))
        plan.text_style = plan.render_rng.choice(["tab", "tab", "pipe", "aligned", "runin"]) \
            if len(plan.tables[0]["rows"]) < 40 else "tab"
        plan.features.add("text_" + plan.text_style)
        if writer_formats:
            plan.page_layout = page_layout(plan, random.Random("%d/%s/page layout" % (seed, name)))
            plan.features.update("page_" + f for f in plan.page_layout)
        figures = [dict(cell_name(plan, c), value=plain(v, plan.decimals)) for c, v in sorted(plan.cells().items())]
        key["correct"][name] = {"formats": list(formats), "features": sorted(plan.features),
                                "doc": "%s %d, %s, %d municipalities, %d periods" % (
                                    plan.forbund, plan.year, plan.unit, len(plan.towns), len(plan.periods)),
                                "figures": figures}
        variants = [("correct", name, plan.cells(), None)]
        kinds = list(SLIPS)
        rng.shuffle(kinds)
        made = 0
        for kind in kinds:
            if made >= mutants:
                break
            srng = random.Random(rng.getrandbits(64))
            got = slip(srng, plan, kind)
            if not got:
                continue
            values, changes = got
            bad = check_plan(plan, values)
            if not bad:
                continue  # a slip no relation sees (cannot happen for these kinds; guarded all the same)
            mid = "%s-%s" % (name, kind)
            made += 1
            slip_counter[kind] += 1
            expected = [dict(cell_name(plan, c), right_value=plain(old, plan.decimals), slip=kd,
                             printed=plain(new, plan.decimals)) for c, new, old, kd in changes]
            for e in expected:
                e.pop("table")
            key["mutated"][mid] = {"plan": name, "formats": list(formats), "slip": kind,
                                   "mutation": "; ".join("%s %s %s printed %s (%s)" % (
                                       e["label"], e["period"], e["right_value"], e["printed"], kind) for e in expected),
                                   "features": sorted(plan.features), "expected": expected}
            variants.append(("mutated", mid, values, kind))
        for sub, fname, values, kind in variants:
            render_state = plan.render_rng.getstate()
            parts = document_parts(plan, values)
            plan.render_rng.setstate(render_state)  # the same letterhead, sentences and headings in every copy
            if "txt" in formats:
                with open(os.path.join(out, sub, fname + ".txt"), "w", encoding="utf-8") as f:
                    f.write(render_text(plan, parts))
            if writer_formats:
                src = os.path.join(staging, sub, fname + ".html")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(render_html(plan, parts))
                html_sources[sub].append(src)
            if calc_formats:
                src = os.path.join(staging, sub, fname + ".fods")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(render_fods(plan, parts))
                fods_sources[sub].append(src)
        plan.render_rng.random()
    if office:
        # one soffice run per target format for every file (correct and mutated have distinct names)
        converted = os.path.join(staging, "converted")
        for exts, sources, filters, infilter in ((writer_formats, html_sources, WRITER_FILTERS, "HTML (StarWriter)"),
                                                 (calc_formats, fods_sources, CALC_FILTERS, None)):
            for ext in exts:
                office_convert(sources["correct"] + sources["mutated"], filters[ext], converted, infilter)
                for sub in ("correct", "mutated"):
                    for src in sources[sub]:
                        stem = os.path.splitext(os.path.basename(src))[0]
                        made = os.path.join(converted, stem + "." + ext)
                        if not os.path.exists(made):
                            raise SystemExit("generate_plans: LibreOffice made no %s.%s" % (stem, ext))
                        shutil.move(made, os.path.join(out, sub, stem + "." + ext))
    shutil.rmtree(staging, ignore_errors=True)
    with open(os.path.join(out, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return key, slip_counter


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--plans", type=int, default=20)
    ap.add_argument("--mutants-per-plan", type=int, default=3)
    ap.add_argument("--formats", default="txt,pdf,docx,odt,xlsx,ods")
    ap.add_argument("--no-office", action="store_true", help="only .txt (and the key)")
    a = ap.parse_args(argv)
    seed = a.seed if a.seed is not None else random.SystemRandom().randrange(1, 10 ** 9)
    print("generate_plans: seed %d" % seed, flush=True)
    formats = [f for f in a.formats.split(",") if f]
    if a.no_office:
        formats = [f for f in formats if f == "txt"]
    bad = [f for f in formats if f != "txt" and f not in WRITER_FILTERS and f not in CALC_FILTERS]
    if bad:
        ap.error("unknown format: %s" % ",".join(bad))
    key, slips = generate(a.out, seed, a.plans, a.mutants_per_plan, formats, office=not a.no_office)
    print("generate_plans: %d plans, %d mutated (%s), formats %s -> %s" % (
        len(key["correct"]), len(key["mutated"]),
        ", ".join("%s %d" % kv for kv in slips.items() if kv[1]), ",".join(formats), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
