"""The one-year template: members, budget, equity and checks for one year on one sheet."""
from template_workbook import C, F, In, Sheet, Workbook
from .common import (ADDIN_PROBE, ADDIN_WAIT, BASES, CHECK_ROW_CM, ERR, Inputs, KEYTYPES, LINES, NO_ADDIN, SOURCE_STAIRCASE,
                     STEPS, UNITS, compare, first_row, fmt, fmt_pct, near, needs_addin, overall_formula, section,
                     status_rules, status_word)


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
# the add-in's check (the first) says it is missing: see common.ADDIN_MISSING
OY_MISSING = '$C${x_addin}<>"OK"'


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
    s.add(C("Avrundning (i vald enhet)", "label"), In(inp.value("step", 1), "num", "Budget!$B${steps}:$D${steps}"),
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
          F(needs_addin('=IF(ISNUMBER($B${sp1});$B${sp1};"")', OY_FILLED, OY_MISSING)), name="s1")
    s.add(F('=IF($B${nh}=2;"Arbetsförmedlingen";"")', "label"),
          F(needs_addin('=IF(AND(ISNUMBER($B${sp1});$B${nh}=2);INDEX(%s;2);"")' % OY_SPLIT,
                        "AND(%s;$B${nh}=2)" % OY_FILLED, OY_MISSING)), name="s2")
    s.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          F(needs_addin('=IF(ISNUMBER($B${sp1});INDEX(%s;$B${nh}+1);"")' % OY_SPLIT, OY_FILLED, OY_MISSING)),
          name="reg")
    keys = "OFFSET($C${reg};1;0;MAX(1;$D${nh});1)"
    norm = lambda x: "IF(ISNUMBER(%s);IF(($E${nh}>0)*(%s>$E${nh});%s/100;%s);0)" % (x, x, x, x)  # noqa: E731
    for j in range(OY_KOMMUNER):
        kname, key = inp.line("kommuner", j, (None, None))
        r = s.next_row
        # D: the municipality's share of the municipalities' part; F (hidden): the weight FINSAM_SPLIT
        # reads, a population as typed or a share in millionths (whole numbers: exact)
        s.add(In(kname, "text"),
              F(needs_addin('=IF(AND(ISNUMBER($B${sp1});%s<=$D${nh});INDEX(%s;$B${nh}+1+%s);"")'
                            % (OY_J, OY_SPLIT, OY_J), "AND(%s;%s<=$D${nh})" % (OY_FILLED, OY_J), OY_MISSING)),
              In(key), F('=IF(OR(A%d="";NOT(ISNUMBER(C%d)));"";IFERROR(%s/SUMPRODUCT(%s);""))'
                         % (r, r, norm("C%d" % r), norm(keys)), "pct"),
              In(None, "text"),
              F('=IF(OR(A%d="";NOT(ISNUMBER(C%d)));"";IF($E${nh}>0;ROUND(%s*1000000;0);C%d))' % (r, r, norm("C%d" % r), r),
                "helper"), name="k%d" % j)
    s.add(C("Summa medlemsbidrag", "sum_label"),
          F(needs_addin('=IF(ISNUMBER($B${sp1});SUM(B{s1}:INDEX(B$1:B{msum};ROW()-1));"")', OY_FILLED, OY_MISSING),
            "sum"), name="msum")
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
    s.add(C("Summa årets intäkter", "sum_label"), F(needs_addin("=SUM(B{inc_head}:INDEX(B$1:B{inc_sum};ROW()-1))", OY_FILLED, OY_MISSING), "sum"),
          In(stated.get("inc")), _oy_stated_status("inc_sum", "x_inc"), name="inc_sum")
    s.add(C("Uttag ur eget kapital (inte årets intäkt)", "label"), In(inp.value("draw")), None, None,
          In(None, "text"), name="draw")
    s.add(C("Summa intäkter inklusive eget kapital", "sum_label"), F(needs_addin("=B{inc_sum}+N(B{draw})", OY_FILLED, OY_MISSING), "sum"),
          name="incl")
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
          F(needs_addin('=IF(OR(NOT(ISNUMBER($B${amount}));%s=0;N(B{inc_sum})=0);"";IF(ISNUMBER(%s);%s;'
                        '"se kontrollerna"))' % (OY_NCOST, br, br), "AND(%s;%s>0)" % (OY_FILLED, OY_NCOST), OY_MISSING),
            "result"),
          In(stated.get("res")), _oy_stated_status("res", "x_res"), name="res")
    for row in ("inc_sum", "ins_sum", "str_sum", "kan_sum", "cost_sum", "res"):
        s.cond("D%d" % s.names[row], status_rules())


def _oy_equity(s, inp):
    s.add(*section("Eget kapital", 5))
    s.add(C("Ingående eget kapital", "label"), In(inp.value("open")), name="open")
    s.add(C("Årets resultat", "label"), F("=B{res}"), name="res2")
    s.add(C("Utgående eget kapital", "sum_label"),
          F(needs_addin('=IF(AND(ISNUMBER(B{open});ISNUMBER(B{res2}));IFERROR(EQUITY_PROJECTION(B{open};B{res2});'
                        '"fel");"")', 'OR(ISNUMBER(B{open});B{res2}="%s")' % NO_ADDIN, OY_MISSING), "sum"), name="close")
    s.add(C("Eget kapital i procent av medlemsbidragen", "label"),
          F(needs_addin('=IF(AND(ISNUMBER(B{close});N(B{msum})>0);B{close}/B{msum};"")', 'B{close}="%s"' % NO_ADDIN,
                        OY_MISSING), "pct"), name="eqpct")
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
         'IF(ISERROR(%s);"Tillägget finsam-calc saknas: installera finsam-calc.oxt och starta om. Tills dess räknas '
         'inga belopp från tillägget (de visar %s).";"OK")' % (ADDIN_PROBE, NO_ADDIN)),
        ("x_year", "Budgetåret är ifyllt",
         'IF($B${year}="";"Väntar: skriv budgetåret.";IF(AND(ISNUMBER($B${year});$B${year}>=2000;$B${year}<=2100);'
         '"OK";"Budgetåret ska vara ett årtal."))'),
        ("x_split", "Medlemsbidragen summerar till totalen",
         'IF(NOT(%s);"Väntar: skriv medlemsbidragets belopp.";IF(ISNUMBER($B${sp1});FINSAM_CHECK(%s;'
         '$B${total};0;%s);$B${sp1}))' % (OY_FILLED, members, u)),
        ("x_kom", "Kommunerna uppifrån, var och en med belopp",
         'IF(%(n)s=0;IF(%(f)s;"Väntar: skriv kommunernas namn.";"Väntar: skriv medlemsbidragets belopp, kommunernas '
         'namn och nyckeln.");IF(COUNTA(%(first)s)<%(n)s;"Rad "&%(gap)s&" är tom '
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
         'täcker redan kostnaderna")&", men "&%(fdraw)s&" tas ur eget kapital; ett år med överskott ökar eget '
         'kapital. Ta bort uttaget, eller budgetera pengarna på '
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
        if key != "x_addin":        # without the add-in only its check is red; the others wait for it
            f = 'IF(%s;"%s";%s)' % (OY_MISSING, ADDIN_WAIT.replace("kontroll 1", "den första kontrollen"), f)
        s.add(C(title, "label_mid"), F("=" + status_word("C%d" % row, "–", "VÄNTAR"), "status"),
              F("=IFERROR(%s;%s)" % (f, ERR), "msg"), name=key, height=CHECK_ROW_CM)
        s.merge(row, 2, 3)
    last = s.next_row - 1
    s.cond("B%d:B%d" % (first, last), status_rules())
    return first, last


def _oy_helpers(s, first, last):
    s.add(C("Hjälprader (räknas automatiskt)", "helper_label"), hidden=True)
    s.add(C("Avrundningarna att välja mellan (listan vid Avrundning)", "helper_label"),
          *[C(x, "helper") for x in STEPS], name="steps", hidden=True)
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
    rng = "$B$%d:$B$%d" % (first, last)
    s.add(C("Totalstatus", "helper_label"), F(overall_formula(rng, "$A$%d:$A$%d" % (first, last)), "helper"),
          name="overall", hidden=True)
