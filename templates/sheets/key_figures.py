"""The sheet Nyckeltal: the administration's share, the share to insatser, money left."""
from template_workbook import C, F, In, Sheet
from .common import FNAME, NO_ADDIN, NP, needs_addin, per, period_heads, status_line, status_rules, unit_head
# ------------------------------------------------------------ Nyckeltal
def nyckeltal(inp):
    """Key figures: the administration's share and the share to efforts against the förbund's goals,
    and the money left for new efforts."""
    k = Sheet("Nyckeltal", ["8.4"] + ["3"] * NP + ["3"])
    k.add(F('="Nyckeltal"&IF(%s="";"";" – "&%s)' % (FNAME, FNAME), "title"))
    status_line(k, 6)
    k.add(C("Andelarna räknas på budgetens summor; målen är förbundets egna (valfria).", "note"))
    k.add(unit_head(), *period_heads())
    k.add(C("Summa kostnader", "label"), *per("=Budget!{c}{Budget:cost_sum}"), name="costs")
    k.add(C("varav insatser", "label"), *per("=Budget!{c}{Budget:ins_sum}"), name="ins")
    k.add(C("varav struktur", "label"), *per("=Budget!{c}{Budget:str_sum}"), name="str")
    k.add(C("varav kansli och administration", "label"), *per("=Budget!{c}{Budget:kan_sum}"), name="kan")
    k.add()
    # negative costs are red on Kontroller: a share of them would mislead, so the cell says where to look
    no_share = 'IF(Budget!{c}{Budget:neg_cost}>0;"se Kontroller";"")'
    k.add(C("Administrationens andel av kostnaderna", "label"),
          *per('=IF(AND(N({c}{costs})>0;Budget!{c}{Budget:neg_cost}=0);{c}{kan}/{c}{costs};%s)' % no_share, "pct"),
          name="adm")
    k.add(C("Mål: högst (valfritt)", "label"), In(inp.value("goal_adm"), "pct"), name="goal_adm")
    k.add(C("Målet för administrationen", "label"),
          *per('=IF(OR(NOT(ISNUMBER({c}{adm}));NOT(ISNUMBER($B${goal_adm})));"";IF(ROUND({c}{adm};6)<=$B${goal_adm};'
               '"uppfyllt";"ej uppfyllt"))', "status"), name="adm_ok")
    k.add()
    k.add(C("Andel till insatser (individ + struktur)", "label"),
          *per('=IF(AND(N({c}{costs})>0;Budget!{c}{Budget:neg_cost}=0);({c}{ins}+{c}{str})/{c}{costs};%s)'
               % no_share, "pct"), name="insshare")
    k.add(C("Mål: minst (valfritt, t.ex. 80 %)", "label"), In(inp.value("goal_ins"), "pct"), name="goal_ins")
    k.add(C("Målet för insatserna", "label"),
          *per('=IF(OR(NOT(ISNUMBER({c}{insshare}));NOT(ISNUMBER($B${goal_ins})));"";IF(ROUND({c}{insshare};6)>='
               '$B${goal_ins};"uppfyllt";"ej uppfyllt"))', "status"), name="ins_ok")
    for r in ("adm_ok", "ins_ok"):
        k.cond("B%d:F%d" % (k.names[r], k.names[r]), status_rules())
    k.add()
    k.add(C("Medel för nya insatser", "group"))
    k.add(C("Utgående eget kapital", "label"), *per("='Eget kapital'!{c}{Eget kapital:close}"), name="close")
    k.add(C("Buffert som ska finnas kvar (valfritt)", "label"), In(inp.value("buffer")), name="buffer")
    k.add(C("Medel kvar för nya insatser", "sum_label"),
          *per(needs_addin('=IF(ISNUMBER({c}{close});{c}{close}-N($B${buffer});"")',
                           "'Eget kapital'!{c}{Eget kapital:close}=\"%s\"" % NO_ADDIN), "sum"), name="free")
    k.add(C("Eget kapital över trappans tak", "label"),
          *per(needs_addin("=IF(AND(ISNUMBER({c}{close});ISNUMBER('Eget kapital'!{c}{Eget kapital:ceiling}));"
                           "MAX(0;{c}{close}-'Eget kapital'!{c}{Eget kapital:ceiling});\"\")",
                           "'Eget kapital'!{c}{Eget kapital:close}=\"%s\"" % NO_ADDIN)), name="over")
    k.add()
    k.note("Medel kvar = utgående eget kapital minus bufferten: det som ännu inte är fördelat till någon "
           "kostnadsrad. Andel till insatser = (insatser + struktur) / summa kostnader. Administrationens andel = "
           "kansli och administration / summa kostnader. Med negativa kostnadsrader räknas inga andelar "
           "(se Kontroller).", NP + 1)
    return k
