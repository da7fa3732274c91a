"""The sheet Eget kapital: the chain of opening, result and closing equity, and the staircase."""
from template_workbook import C, F, In, Sheet
from .common import (ERR, FNAME, NO_ADDIN, NP, N_STEPS, SOURCE_STAIRCASE, UNIT, by_period, needs_addin, per,
                     period_heads, status_line, status_rules, status_word, unit_head)


# ------------------------------------------------------------ Eget kapital
# EQUITY_PROJECTION over the columns in use (first to last, the helper row first): the chain
PROJ = ("EQUITY_PROJECTION(OFFSET($B${chain_open};0;$B${first}-1;1;$C${first}-$B${first}+1);"
        "OFFSET($B${chain_res};0;$B${first}-1;1;$C${first}-$B${first}+1);"
        "OFFSET($B${chain_name};0;$B${first}-1;1;$C${first}-$B${first}+1))")
STAIR = "$B${st0}:$C${st%d}" % (N_STEPS - 1)


def eget_kapital(inp):
    """Equity: opening, result and closing chained over the columns, and the staircase (the ceiling)."""
    e = Sheet("Eget kapital", ["8.4"] + ["3"] * NP + ["5.6"])
    e.add(F('="Eget kapital"&IF(%s="";"";" – "&%s)' % (FNAME, FNAME), "title"))
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
    e.add(C("Årets resultat", "label"), *per(needs_addin(
        '=IF(ISNUMBER({c}{res_in});{c}{res_in};IF(ISNUMBER(Budget!{c}{Budget:res});Budget!{c}{Budget:res};""))',
        "AND(NOT(ISNUMBER({c}{res_in}));Budget!{c}{Budget:used}=1)")), name="res")
    e.add(C("Utgående eget kapital", "result_label"),
          *per(needs_addin('=IF(AND({c}{u}=1;ISNUMBER($B${proj1}));IF($B${first}=$C${first};%s;'
                           'INDEX(%s;1;{k}-$B${first}+1));"")' % (PROJ, PROJ),
                           "OR(ISNUMBER({c}{open_in});ISNUMBER({c}{res_in});Budget!{c}{Budget:used}=1)"), "result"),
          name="close")
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
          *per(needs_addin('=IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);{c}{close}/{c}{contrib};"")',
                           '{c}{close}="%s"' % NO_ADDIN), "pct"), name="eqpct")
    e.add(C("Högsta eget kapital enligt trappan", "label"),
          *per(needs_addin('=IF(AND(ISNUMBER({c}{close});N({c}{contrib})>0);IF(COUNT($C${st0}:$C${st%d})=0;'
                           '"fyll i trappan";IFERROR(EQUITY_CEILING({c}{contrib};%s);"fel"));"")' % (N_STEPS - 1, STAIR),
                           "Budget!{c}{Budget:used}=1")), name="ceiling")
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
