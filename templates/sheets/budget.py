"""The sheet Budget: income, costs, the year's result, the stated sums and the hidden helper rows."""
from template_workbook import C, F, In, Sheet
from .common import (EQMODE, EQMODES, FNAME, LINES, NP, N_INS, N_KAN, N_OTHER, N_PARTS, N_STR, YEAR, count_where,
                     first_row, near, needs_addin, per, section, status_line, unit_head)
from .members import lines_complete


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
    # columns H and I (hidden): 1 and "ja" on the member rows that have a member, for counting the rows
    # the filter hides and for the filter that hides the others
    b = Sheet("Budget", ["8.4"] + ["3"] * NP + ["3.2", "1", "1"], hidden_cols=[SHOWN_COL - 1, SHOWN_COL])
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
          *per(needs_addin('=IF(AND(%s;{c}{ncost}>0);IFERROR(INDEX(%s;1;{k});IF(N({c}{inc_sum})=0;"";'
                           '"se Kontroller"));"")' % (USED, br), "AND(%s;{c}{ncost}>0)" % USED), "result"),
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


SHOWN_COL = NP + 3                  # column I: the row has a member ("ja") or not ("nej"), for the filter
SHOWN = "ja"


def shown_flag(row):
    """Columns H and I of a member row: 1 and "ja" when its label (a member's name) is there. The
    filter compares texts: LibreOffice 7.4 saves a filter on a number it has read from a file
    without the number (table:value=""), and the next save then hides every row. The text stands
    left-aligned in the last column: a text runs over empty cells beside it, and in print it did so
    from a hidden column into the visible column G."""
    return [F('=IF(A{%s}="";0;1)' % row, "helper"), F('=IF(A{%s}="";"nej";"%s")' % (row, SHOWN), "helper_label")]


def _budget_income(b, inp):
    b.add(*section("Intäkter", NP + 2), name="inc_head")
    # the member rows (the state, the region, the municipalities) under a filter: a row without a
    # member (one of the municipality rows the template holds, Arbetsförmedlingen in one line) is
    # hidden, also on paper; Data › Refresh Range shows a member added since (Kontroller says so)
    b.add(C("Medlemsbidrag", "group"), *[None] * (NP + 1), C("Antal", "helper_label"), C("Visas", "helper_label"),
          name="mb_head")
    for j, r in enumerate(["s1", "s2", "reg"]):
        b.add(F("=Medlemsbidrag!$A${Medlemsbidrag:%s}" % r, "label"),
              *per("=Medlemsbidrag!{c}${Medlemsbidrag:%s}" % r), None, *shown_flag("mb%d" % j), name="mb%d" % j,
              hidden="filter" if r == "s2" and inp.value("lines", LINES[0]) != LINES[1] else False)
    parts = "Medlemsbidrag!{c}${Medlemsbidrag:pt0}:{c}${Medlemsbidrag:pt%d}" % (N_PARTS - 1)
    for j in range(inp.kommun_rows):
        b.add(F('=IF(%s>%s;"";INDEX(Medlemsbidrag!$A${Medlemsbidrag:khead}:$A${Medlemsbidrag:kend};%s+1))'
                % (JB, MN, JB), "label"),
              *per(needs_addin('=IF(AND(ISNUMBER(Medlemsbidrag!{c}${Medlemsbidrag:sp1});%s<=%s);'
                               'INDEX(%s;Medlemsbidrag!$B${Medlemsbidrag:nlines}+1+%s);"")' % (JB, MN, parts, JB),
                               "AND(ISNUMBER(Medlemsbidrag!{c}${Medlemsbidrag:amount});%s<=%s)" % (JB, MN))),
              None, *shown_flag("mk%d" % j), name="mk%d" % j,
              hidden="filter" if j >= len(inp.value("kommuner") or []) else False)
    b.show_where("mb_head", "mk%d" % (inp.kommun_rows - 1), SHOWN_COL, SHOWN)
    b.add(C("Summa medlemsbidrag", "sum_label"),
          *per(needs_addin('=IF(%s;SUM({c}{mb_head}:INDEX({c}$1:{c}{msum};ROW()-1));"")' % USED, USED), "sum"),
          name="msum")
    b.add(C("Övriga intäkter (t.ex. ESF-bidrag)", "group"), name="o_head")
    for j in range(N_OTHER):
        label, vals, note = inp.line("other", j)
        b.add(In(label, "text"), *[In(vals.get(i)) for i in range(NP)], In(note, "text"), name="o%d" % j)
    b.add(C("Summa årets intäkter", "sum_label"),
          *per(needs_addin('=IF(%s;{c}{msum}+SUM({c}{o_head}:INDEX({c}$1:{c}{inc_sum};ROW()-1));"")' % USED,
                           USED), "sum"),
          name="inc_sum")
    b.add(C("Från eget kapital (inte årets intäkt)", "group"), name="eq_head")
    b.add(C("Uttag ur eget kapital", "label"), *[In(inp.at("draw", i)) for i in range(NP)],
          In(inp.value("draw_note"), "text"), name="draw")
    b.add(C("Balanserat resultat (ingående eget kapital)", "label"),
          *per('=IF(AND(%s="%s";ISNUMBER(\'Eget kapital\'!{c}{Eget kapital:open}));'
               '\'Eget kapital\'!{c}{Eget kapital:open};"")' % (EQMODE, EQMODES[1])), name="bal")
    b.add(C("Summa intäkter inklusive eget kapital", "sum_label"),
          *per(needs_addin('=IF(%s;{c}{inc_sum}+N({c}{draw})+N({c}{bal});"")' % USED, USED), "sum"), name="incl")


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
          F(lines_complete("$A${mb2}", "$A${msum}", MN), "helper"), name="linesok", hidden=True)
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
