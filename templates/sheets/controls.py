"""The sheet Kontroller: every check, one a row, and the overall status."""
from dataclasses import dataclass
from template_workbook import C, F, Sheet
from .common import (ADDIN_MISSING, ADDIN_PROBE, ADDIN_WAIT, CHECK_ROW_CM, ERR, FNAME, NO_ADDIN, NP, UNIT, YEAR,
                     by_period, compare, first_row, fmt, fmt_pct, near, overall_formula, period_heads,
                     status_rules, status_word, sv_number)
from .members import lines_message
from .budget import EQUITY_PARTS, between, lines
from .knock_on import knock_on_table


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
            '=IF(ISERROR(%s);"Tillägget finsam-calc saknas: installera finsam-calc.oxt (Verktyg › '
            'Tillägg › Lägg till) och starta om LibreOffice. Tills dess räknas inga belopp från tillägget '
            '(de visar %s).";"OK")' % (ADDIN_PROBE, NO_ADDIN))),
        Check("Budgetåret är ifyllt", "", overall=(
            '=IF(%s="";"Väntar: skriv budgetåret på bladet Anvisningar.";IF(AND(ISNUMBER(%s);%s>=2000;%s<=2100);'
            '"OK";"Budgetåret ska vara ett årtal, t.ex. 2021."))' % (YEAR, YEAR, YEAR, YEAR))),
        Check("Kommunerna står uppifrån utan tomma rader", "Inga kommuner ännu.", overall=(
            '=IF(%(n)s=0;IF(COUNT(%(m)sB{Medlemsbidrag:amount}:F{Medlemsbidrag:amount})>0;'
            '"Väntar: skriv kommunernas namn på bladet Medlemsbidrag.";"Väntar: skriv medlemsbidragets belopp, '
            'kommunernas namn och nyckeln på bladet Medlemsbidrag.");IF(COUNTA(%(first)s)<%(n)s;'
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
            '=IF(%(n)s=0;"";IF(%(ok)s;IF(%(hidden)s>0;%(msg_h)s;"OK");IF(%(m)s$B${Medlemsbidrag:linesok}=0;%(msg_m)s;'
            '%(msg_b)s)))'
            % {"n": n, "ok": lines_ok, "m": M_, "hidden": hidden_members(),
               "msg_h": ('"Väntar: "&IF(%(h)s=1;"en medlems rad";%(h)s&" medlemmars rader")&" på bladet Budget '
                         'är dolda av filtret som döljer rader utan medlem: ställ markören i raderna under '
                         'Medlemsbidrag på bladet Budget och välj Data › Uppdatera område."' % {"h": hidden_members()}),
               "msg_m": lines_message(M_, "$A${Medlemsbidrag:reg}", "$A${Medlemsbidrag:msum}", n,
                                       "Tabellen Medlemsbidrag per medlem", "i tabellen Medlemsbidrag per medlem"),
               "msg_b": lines_message("Budget!", "$A${Budget:mb2}", "$A${Budget:msum}", n, "Bladet Budget",
                                       "på bladet Budget")})),
    ]


def hidden_members():
    """How many member rows on Budget the filter hides although they have a member: the rows' flags
    (column H, see budget.shown_flag) less those SUBTOTAL sees, which leaves out the filtered rows."""
    flags = between("mb_head", "msum", "$H", sheet="Budget!")
    return "(SUM(%s)-SUBTOTAL(9;%s))" % (flags, flags)


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
        'kostnaderna")&", men "&%(fdraw)s&" tas ur eget kapital; ett år med överskott ökar eget kapital. Ta '
        'bort uttaget, eller budgetera pengarna på kostnadsrader (t.ex. nya insatser) så att underskottet blir '
        'lika stort som uttaget.";"Underskottet är "&'
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


def kontroller(checks, sheets=()):
    """All checks, one a row: the status (OK, FEL, VÄNTAR, –), one per period, the explanation; the
    messages themselves in the hidden columns J-N; the overall status in C2 (on every sheet).
    sheets: the workbook's other sheets, from whose formulas knock_on finds which red check can be a
    knock-on of an earlier red one (its explanation then begins "Följer troligen av kontroll N.")."""
    follows, _ = knock_on_table(checks, sheets)
    # 32.7 cm: the visible columns fit a 1366-px window at 100 % (with row heads, scroll bar and sidebar)
    kc = Sheet("Kontroller", ["0.7", "7", "2"] + ["1.8"] * NP + ["14"] + ["4"] * NP,
               hidden_cols=range(9, 9 + NP))
    kc.add(F('="Kontroller"&IF(%s="";"";" – "&%s)' % (FNAME, FNAME), "title"))
    last = FIRST_CHECK + len(checks) - 1
    rng = "$C$%d:$C$%d" % (FIRST_CHECK, last)
    r = kc.add(None, C("Kontrollstatus", "label"),
               F(overall_formula(rng, "$B$%d:$B$%d" % (FIRST_CHECK, last), "$A$%d:$A$%d" % (FIRST_CHECK, last)), "big"),
               name="status")
    kc.merge(r, 2, 7)
    kc.cond("C2", status_rules("big"))
    kc.add()
    kc.add(C("Nr", "head_left"), C("Kontroll", "head_left"), C("Status", "head"), *period_heads(),
           C("Förklaring", "head_left"), *period_heads(), name="khdr")
    for no, check in enumerate(checks, start=1):
        _check_row(kc, no, check, follows.get(no, []))
    kc.cond("C%d:H%d" % (FIRST_CHECK, last), status_rules())
    kc.add()
    kc.note("Varje kontroll prövar ett samband. Angivna summor (längst ned på bladet Budget) används som de står, "
            "så att ett skrivfel på en rad blir rött vid sin egen summa och inte i alla summor under den; visar "
            "nivån ovanför att det är den angivna summan som är fel, sägs det i stället. Grått: kontrollen väntar "
            "på uppgifter (VÄNTAR, det står vilka) eller har inget att pröva (–). Alla tal skrivs på svenska.",
            8, first_col=1)
    assert kc.names["chk1"] == FIRST_CHECK, (kc.names["chk1"], FIRST_CHECK)
    return kc


def _check_row(kc, no, check, follows=()):
    row = kc.next_row
    # without the add-in only check 1 is red; the others wait for it (they would all fail with it)
    wait = (lambda f: f) if no == 1 else (lambda f: 'IF(%s;"%s";%s)' % (ADDIN_MISSING, ADDIN_WAIT, f))
    if check.each:
        raws = by_period(["=IFERROR(%s;%s)" % (wait(f[1:]), ERR) for f in check.each], "text")
        shorts = [F("=" + status_word("%s%d" % (x, row)), "status") for x in RAW]
    else:
        raws = [F("=IFERROR(%s;%s)" % (wait(check.overall[1:]), ERR), "text")] + [None] * (NP - 1)
        shorts = [None] * NP
    rng = "J%d:N%d" % (row, row)
    nfel = 'SUMPRODUCT((%s<>"")*(%s<>"OK")*(LEFT(%s;6)<>"Väntar"))' % (rng, rng, rng)
    nwait = 'SUMPRODUCT(LEFT(%s;6)="Väntar")' % rng
    status = F('=IF(%s>0;"FEL";IF(%s>0;"VÄNTAR";IF(COUNTIF(%s;"OK")>0;"OK";"–")))' % (nfel, nwait, rng), "status")
    # the explanation: the first error (after its period's heading) and how many periods more are red
    # (their status words stand in D-H), else what waits, else "Stämmer.". One message, so that it
    # fits the row: LibreOffice fits a row's height to its text when a file is opened, never when a
    # formula's result grows (measured in 7.4, protected or not, also after Ctrl+Shift+F9), and the
    # user cannot change row heights on a protected sheet.
    errs = "".join('IF(AND(%(x)s<>"";%(x)s<>"OK";LEFT(%(x)s;6)<>"Väntar");%(pre)s%(x)s;'
                   % {"x": "%s%d" % (rc, row), "pre": '%s${khdr}&": "&' % rc if check.each else ""}
                   for rc in RAW) + '""' + ")" * NP
    errs += '&IF(%s>1;" (Fel också för "&(%s-1)&IF(%s=2;" period till";" perioder till")&".)";"")' % (nfel, nfel, nfel)
    waits = "".join('IF(LEFT(%s%d;6)="Väntar";%s%d;' % (rc, row, rc, row) for rc in RAW) + '""' + ")" * NP
    # a knock-on: the first earlier check this one can follow from (knock_on.py) that is red too
    knock = "".join('IF(C%d="FEL";"Följer troligen av kontroll %d. ";' % (FIRST_CHECK + a - 1, a) for a in follows)
    knock += '""' + ")" * len(follows)
    expl = F('=TRIM(IF(C%d="FEL";%s&%s;IF(C%d="VÄNTAR";%s;IF(C%d="OK";"Stämmer.";"%s"))))'
             % (row, knock, errs, row, waits, row, check.empty), "msg")
    kc.add(C(str(no), "label_mid"), C(check.title, "label_wrap"), status, *shorts, expl, *raws, name="chk%d" % no,
           height=CHECK_ROW_CM)
