"""The sheet Anvisningar: the basic facts and how to fill in the template."""
from template_workbook import C, F, In, Sheet
from .common import EQMODES, N_KOMMUN, UNITS, section, status_line
# ------------------------------------------------------------ Anvisningar
GUIDE = [  # (number, heading, paragraphs; None: the colours)
    ("2", "Så fyller du i – i den här ordningen", [
        "1. Grunduppgifterna ovan. Budgetåret bestämmer kolumnerna: budget och prognos för året innan, "
        "budget för budgetåret och plan för två år till (med 2021: Budget 2020, Prognos 2020, Budget 2021, "
        "Plan 2022, Plan 2023). Lämna en kolumn tom om den inte behövs.",
        "2. Medlemsbidrag: om beloppet är statens tilldelning (totalen blir dubbelt så stor) eller förbundets "
        "totala medlemsbidrag, avrundningen, om staten visas på en rad eller som Försäkringskassan och "
        "Arbetsförmedlingen, regionens namn, kommunernas namn (uppifrån, en per rad, utan tomrader) och "
        "nyckeln: invånarantal vid det datum förbundsordningen anger, eller fasta andelar. Skriv beloppet för "
        "varje kolumn som ska vara med. En tom nyckelkolumn använder nyckeln till vänster.",
        "Andelar skrivs som 11 % eller som 11 – båda betyder 11 % och visas så. Ett tal utan procenttecken "
        "läses som procent när det är större än 1 (andel av kommunernas del) eller större än 0,25 (andel av "
        "totalen, där ingen kommun kan ha mer än 25 %); skriv därför 1 % för en procent av kommunernas del. "
        "Invånarantal skrivs som hela tal.",
        "3. Budget: övriga intäkter (t.ex. ESF-bidrag) och kostnaderna i grupperna Insatser, Struktur och "
        "Kansli och administration. Medlemsbidragen hämtas från bladet Medlemsbidrag, en rad per medlem. "
        "Skriv kostnader och intäkter som positiva tal och ge varje rad med belopp en benämning; en negativ "
        "rad blir röd. Tar budgeten pengar ur eget kapital visas de för sig, inte som årets intäkt: antingen "
        "det belopp som tas i anspråk (Uttag ur eget kapital) eller, om dokumentet brukar visa så, hela "
        "balanserade resultatet (välj under Grunduppgifter).",
        "4. Eget kapital: ingående eget kapital för den första kolumnen som används (och för prognosen om det "
        "är känt). En prognos utan budgetrader kan anges som ett resultat direkt. Fyll i trappan.",
        "5. Nyckeltal: förbundets mål för andelen till insatser och för administrationens andel, och den "
        "buffert av eget kapital som ska finnas kvar (allt valfritt).",
        "6. Avstämning (valfritt, längst ned på bladet Budget): summor som styrelsen beslutat eller som står i "
        "ett tryckt dokument. Varje summa prövas mot raderna närmast under den, så att ett skrivfel blir "
        "rött där det sitter, och där en enda rad förklarar skillnaden (två siffror omkastade, en siffra "
        "fel, en nolla för mycket eller för lite, fel tecken) nämns raden.",
        "7. Kontroller: alla kontroller i en lista. Statusen överst på varje blad visar samma sak: grön när "
        "allt stämmer, röd när något inte går ihop, grå (VÄNTAR) när något saknas – då står det vad. En "
        "halvfärdig budget är grå, inte röd."]),
    ("3", "Färgerna", None),
    ("4", "Kommunerna, fler rader och skydd", [
        "Mallen har plats för %d kommuner: lika många rader i nyckeln och i tabellen per medlem på bladet "
        "Medlemsbidrag och bland intäkterna på bladet Budget, där varje kommun står på en egen rad. Tomma "
        "rader syns inte i summorna." % N_KOMMUN,
        "En kommun till mitt i listan (eller fler rader i nyckeln): Verktyg › Skydda blad (bocka ur), markera "
        "den kommunrad i nyckeln som ska stå ovanför den nya, välj Blad › Infoga rader › Rader nedanför, skriv "
        "namn och nyckel och skydda bladet igen. Fördelningen, tabellen per medlem, raderna på bladet Budget och "
        "kontrollerna följer med av sig själva, upp till %d kommuner. (En rad infogad ovanför den första "
        "kommunen får rubrikradens utseende; infoga hellre nedanför och flytta namnen.)" % N_KOMMUN,
        "På bladet Budget visas bara de kommunrader som har en kommun: ett filter döljer de andra, också på "
        "utskriften, och summorna räknar med alla rader. När kommuner skrivits in eller tagits bort säger "
        "kontroll 9 till: ställ markören i raderna under Medlemsbidrag på bladet Budget och välj Data › "
        "Uppdatera område (det går med bladet skyddat, och utan tillägget). Tomma rader i tabellen per medlem "
        "kan tas bort när budgeten är klar: ta bort skyddet, markera raderna och välj Blad › Ta bort rader. "
        "Får förbundet senare fler kommuner än "
        "raderna räcker till säger kontrollen Varje kommun har sin rad till: infoga då rader ovanför Summa "
        "medlemsbidrag, markera raden ovanför och de nya raderna och tryck Ctrl+D (Blad › Fyll celler › "
        "Nedåt). Fler än %d kommuner räknar mallen inte med." % N_KOMMUN,
        "Fler kostnads- eller intäktsrader: ta bort skyddet och infoga raderna inne i gruppen, var som helst "
        "mellan gruppens rubrik och dess summarad (också direkt ovanför summaraden); summorna följer med. En "
        "rad med belopp utanför grupperna, utan benämning eller med en benämning som ser ut som en summa "
        "(Summa …, Totalt …, Resultat …) blir röd, med radens nummer.",
        "Bladen är skyddade utan lösenord, så att formler inte skrivs över av misstag; bara de gula cellerna "
        "går att ändra. Mallen har inga makron. Funktionerna kommer från tillägget finsam-calc: utan "
        "tillägget (hos ett annat förbund, en revisor) blir statusen röd så fort filen öppnas, kontroll 1 säger "
        "att tillägget saknas och de belopp som tillägget räknar visar \"tillägg saknas\". Längst ned på några "
        "blad finns dolda "
        "hjälprader som formlerna använder."]),
    ("5", "Uttag ur eget kapital", [
        "Ett uttag ur eget kapital täcker ett planerat underskott: kostnaderna är större än årets intäkter, "
        "och skillnaden tas ur det egna kapitalet som tidigare år byggt upp. Uttaget ska därför vara lika "
        "stort som underskottet (intäkter minus kostnader, uttaget oräknat).",
        "Visar budgeten ett överskott och ändå ett uttag blir kontrollen röd: i ett år med överskott ökar eget "
        "kapital, och inget behöver tas ur det. Antingen ska uttaget bort, eller så är pengarna avsedda för "
        "något – budgetera dem då på kostnadsrader (t.ex. Utrymme för nya insatser), så att underskottet "
        "blir lika stort som uttaget."]),
    ("6", "Trappan för eget kapital", [
        "Nationella rådet för finansiell samordning rekommenderade 2013-10-02 en rimlig storlek på "
        "förbundens eget kapital i förhållande till medlemsbidragen, som en trappa; sedan 2016 minskar "
        "Försäkringskassans fördelningsmodell nästa års statliga medel när eget kapital ligger över den.",
        "Mallen innehåller inga värden för trappan. Skriv in gränserna och andelarna från rådets "
        "rekommendation (eller Försäkringskassans aktuella modell) på bladet Eget kapital, i samma enhet som "
        "budgeten. Så länge trappan är tom är kontrollen grå (väntar) – aldrig grön."]),
    ("7", "Spara och dela", [
        "Spara förbundets ifyllda budget som egen mall: Arkiv › Mallar › Spara som mall (i kategorin Mina "
        "mallar eller en egen; kategorierna från tillägget är skrivskyddade), eller Arkiv › Spara som med "
        "filtypen ODF-kalkylbladsmall (.ots) för att skicka filen till ett annat förbund.",
        "Ska kommunerna inte följa med: markera kommunernas namn och nycklar på bladet Medlemsbidrag, tryck "
        "Delete och spara sedan. Allt annat (namn, inställningar, rader) följer med.",
        "Det andra förbundet importerar .ots-filen i Arkiv › Mallar › Hantera mallar › Importera, eller öppnar "
        "den direkt: den blir en ny namnlös arbetsbok. De behöver också tillägget finsam-calc; utan det blir "
        "statusen röd så fort filen öppnas och kontroll 1 säger vad som saknas. Alla meddelanden skrivs med "
        "svenska tal (1 200 000 kr, 23,4 %) också när LibreOffice körs på engelska."]),
]
COLOURS = [  # (style of the sample, sample, what it means)
    ("in_text", "Indata", "Gul cell, blå text: här skriver du; bara de gula går att ändra."),
    ("num", "1 234 567", "Vit cell: räknas fram med formler och är skyddad."),
    ("ok", "OK", "Grön: kontrollen stämmer."),
    ("bad", "FEL", "Röd: något går inte ihop; förklaringen står på bladet Kontroller."),
    ("wait", "VÄNTAR", "Grå: väntar på uppgifter (det står vilka), t.ex. trappan."),
    ("status", "–", "Inget att pröva (t.ex. ingen angiven summa).")]


def anvisningar(inp):
    """The first sheet: the basic facts (name, year, unit) and how to fill in the template."""
    a = Sheet("Anvisningar", ["0.6", "8", "7", "5.4"], landscape=False)
    a.add(C("Verksamhetsplan och budget för samordningsförbund", "title"))
    status_line(a, 2, first=1)
    a.note("Mall från finsam-calc. Siffrorna räknas med tilläggets funktioner FINSAM_SPLIT, BUDGET_RESULT, "
           "EQUITY_PROJECTION, EQUITY_CEILING och FINSAM_CHECK. Mallen har inga makron.", 3, first_col=1)
    if inp.example:
        a.add()
        a.add(None, *section("Om exemplet", 3))
        for line in inp.value("about"):
            a.note(line, 3, style="wrap", first_col=1)
    a.add()
    a.add(C("1", "section"), *section("Grunduppgifter", 3))
    a.add(None, C("Förbundets namn", "label"), In(inp.value("name"), "text"), name="name")
    a.add(None, C("Budgetår", "label"), In(inp.value("year"), "year"), C("t.ex. 2021", "note"), name="year")
    a.add(None, C("Belopp anges i", "label"), In(inp.value("unit", "kr"), "text", UNITS),
          C("kr eller tkr, alla blad", "note"), name="unit")
    a.add(None, C("Eget kapital bland intäkterna visas som", "label"),
          In(inp.value("eqmode", EQMODES[0]), "text", EQMODES), F('=IF($C${eqmode}="%s";"bara det som tas ur eget kapital (se steg 3)";"hela ingående eget kapital '
          '(se steg 3)")' % EQMODES[0], "note"), name="eqmode")
    a.add(None, C("Beslutad av styrelsen / version", "label"), In(inp.value("decided"), "text"), name="decided")
    a.add()
    for no, head, paras in GUIDE:
        a.add(C(no, "section"), *section(head, 3))
        if paras is None:
            for style, label, text in COLOURS:
                a.add(None, C(label, "sample_in" if style == "in_text" else style), C(text, "label"), height=0.55)
        else:
            for p in paras:
                a.note(p, 3, style="wrap", first_col=1)
        a.add()
    return a
