"""The sheet Medlemsbidrag: the settings, the amount per period, the key, the split per member."""
from template_workbook import C, F, In, Sheet
from .common import (BASES, ERR, FNAME, KEYTYPES, LINES, NP, N_KOMMUN, N_PARTS, STEPS, UNIT, needs_addin, per,
                     period_heads, section, status_line, status_rules, unit_head)


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
# the period column has an amount to split
FILLED = "ISNUMBER({c}${amount})"
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
    """The settings, each choice wide enough for its longest value (B:D) and its help beside it (E),
    saying what the choice made means."""
    m.add(*section("Inställningar", NP + 2))
    m.add(C("Beloppet som fördelas är", "label"), In(inp.value("basis", BASES[0]), "text", BASES), None, None,
          F('=IF($B${basis}="%s";"statens tilldelning: totalen blir dubbelt så stor";"förbundets totala '
            'medlemsbidrag: staten får hälften")' % BASES[0], "note"), name="basis")
    # the choices stand in hidden cells: a list of numbers in the validation itself fails in Swedish
    m.add(C("Avrundning (i vald enhet)", "label"),
          In(inp.value("step", 1), "num", "Medlemsbidrag!$B${steps}:$D${steps}"), None, None,
          F('=IF(%s="tkr";"1, 100 eller 1 000 tkr; med tkr oftast 1";"1 kr, 100 kr eller 1 000 kr")' % UNIT, "note"),
          name="step")
    m.add(C("Staten visas som", "label"), In(inp.value("lines", LINES[0]), "text", LINES), None, None,
          F('=IF($B${lines}="%s";"Försäkringskassan och Arbetsförmedlingen, 25 %% var";"en rad: staten genom '
            'Försäkringskassan, 50 %%")' % LINES[1], "note"), name="lines")
    m.add(C("Kommunernas nyckel", "label"), In(inp.value("keytype", KEYTYPES[0]), "text", KEYTYPES), None, None,
          F('=IF($B${keytype}="%s";"invånarantal vid nyckelns datum, hela tal";"fasta andelar, skrivna som 11 %% '
            'eller 11")' % KEYTYPES[0], "note"), name="keytype")
    m.add(C("Regionens namn", "label"), In(inp.value("region"), "text"), name="region")
    for r in ("basis", "lines", "keytype", "region"):
        m.merge(m.names[r], 1, 3)


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
          *per(needs_addin('=IF(ISNUMBER({c}{sp1});{c}${pt0};"")', FILLED)), name="s1")
    m.add(F('=IF($B${nlines}=2;"Arbetsförmedlingen";"")', "label"),
          *per(needs_addin('=IF(AND(ISNUMBER({c}{sp1});$B${nlines}=2);INDEX(%s;2);"")' % PARTS,
                           "AND(%s;$B${nlines}=2)" % FILLED)), name="s2")
    m.add(F('=IF($B${region}="";"Regionen";$B${region})', "label"),
          *per(needs_addin('=IF(ISNUMBER({c}{sp1});INDEX(%s;$B${nlines}+1);"")' % PARTS, FILLED)), name="reg")
    # one line per municipality, numbered by its row (the same formula on every line: a line copied
    # down with Ctrl+D is the next municipality)
    for j in range(inp.kommun_rows):
        m.add(F('=IF(%s>$B${n};"";INDEX(%s;%s+1))' % (JM, KNAMES, JM), "label"),
              *per(needs_addin('=IF(AND(ISNUMBER({c}${sp1});%s<=$B${n});INDEX(%s;$B${nlines}+1+%s);"")'
                               % (JM, PARTS, JM), "AND(%s;%s<=$B${n})" % (FILLED, JM))),
              name="m%d" % j)
    m.add(C("Summa medlemsbidrag", "sum_label"),
          *per(needs_addin('=IF(ISNUMBER({c}{sp1});SUM({c}{s1}:INDEX({c}$1:{c}{msum};ROW()-1));"")', FILLED),
               "sum"), name="msum")
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
    m.add(C("Avrundningarna att välja mellan (listan vid Avrundning)", "helper_label"),
          *[C(x, "helper") for x in STEPS], name="steps", hidden=True)
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
          F(lines_complete("$A${reg}", "$A${msum}", "$B${n}"), "helper"), name="linesok", hidden=True)


def lines_complete(anchor, end, n):
    """1 when the lines between anchor and end hold the formula of a municipality's line for
    each of the n municipalities (none taken away, none inserted empty), else 0."""
    first = "OFFSET(%s;1;0;MAX(1;%s);1)" % (anchor, n)
    return ("=IF(AND(ROW(%s)-ROW(%s)-1>=%s;SUMPRODUCT(ISFORMULA(%s)*1)>=MIN(1;%s)*%s);1;0)"
            % (end, anchor, n, first, n, n))


def lines_message(sheet, anchor, end, n, where, where_in):
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
