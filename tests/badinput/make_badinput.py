#!/usr/bin/env python3
"""Write tests/badinput.fods: every kind of bad input to the seven functions, one case per row.

    python3 tests/badinput/make_badinput.py [OUT.fods]     (default: tests/badinput.fods)

The sheet "Felindata" has one case per row:

    A Id            e.g. SPLIT-07 (the prefix names the function)
    B Beskrivning   what is wrong, in Swedish
    C Formel        the formula as typed in Calc (display names), for the reader
    D Resultat      the formula itself; an array formula spans the rows it fills
    E Förväntat     the expected outcome, exactly as Calc shows it
    F Slag          meddelande = bad input answered by a Swedish message from the add-in,
                    Calc-fel   = bad input Calc refuses itself (Err:5xx, #DIV/0! …; the add-in
                                 is not asked),
                    giltigt    = a valid edge case: its text, or its numbers separated by ';'
                                 (one per cell of the array formula),
                    känd brist = a bad input whose measured outcome is recorded although it is not
                                 what it should be (the description says what it should be); the
                                 test holds it as recorded, so a fix shows as a failure: then give
                                 the case its message and make it a meddelande
    G…K Indata      the input cells the formula uses; a case may use rows below its own

The expected outcomes were measured in LibreOffice Calc 7.4 with the built extension
(tests/badinput/run_badinput.sh), not guessed.  tests/badinput/check_badinput.py compares them
with a recalculation.  The file is written without cached values, so Calc must recalculate it.

A case is Case(id, description, formula, expected, kind, inputs, span):
  formula   typed-Calc syntax with ';' between arguments; {r} is the case's row,
            {r1}, {r2}, … the rows below it (for inputs that span rows)
  inputs    rows of input cells for columns G, H, I, …: int/float (a number), str (text),
            None (empty), F("=…") (a formula, e.g. F("=1/0") for #DIV/0!)
  span      rows filled by the result (an array formula when > 1)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "templates"))
from fods import writer  # noqa: E402  (the .fods writer of every generator)
from fods.formula import fill  # noqa: E402

MSG, CALC, VALID, GAP = "meddelande", "Calc-fel", "giltigt", "känd brist"
FIRST_INPUT_COL = 6  # G


class F:
    """A formula in an input cell, e.g. F("=1/0")."""
    def __init__(self, formula):
        self.formula = formula


class Case:
    def __init__(self, id, description, formula, expected, kind=MSG, inputs=(), span=1):
        assert kind in (MSG, CALC, VALID, GAP), kind
        self.id, self.description, self.formula = id, description, formula
        self.expected, self.kind, self.inputs, self.span = expected, kind, [list(r) for r in inputs], span

    def height(self):
        return max(1, len(self.inputs), self.span)


# ---------------------------------------------------------------- the cases
KEY = [1341, 323, 125]                                  # seed 000: Trollhättan, Lilla Edet, Grästorp
STAIRS = [["Medlemsbidrag från", "Högsta andel"], [0, 0.5], [5000000, 0.3], [10000000, 0.2]]
NOT_A_NUMBER = "Fel i {}: värdet är text (\"{}\"), inte ett tal."


def split_cases():
    c = []
    add = lambda *a, **k: c.append(Case("SPLIT-%02d" % (len(c) + 1), *a, **k))
    # Belopp
    add("Beloppet är text i en cell.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        NOT_A_NUMBER.format("Belopp", "sju miljoner"), inputs=[["sju miljoner"] + KEY])
    add("Beloppet är text skriven i formeln.", '=FINSAM_SPLIT("7 156 000";G{r}:I{r};1000)',
        NOT_A_NUMBER.format("Belopp", "7 156 000"), inputs=[KEY])
    add("Beloppet pekar på en tom cell (Calc skickar en ensam tom cell som 0).", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "Fel i Belopp: beloppet måste vara större än noll.", inputs=[[None] + KEY])
    add("Beloppet är en tom text i formeln.", '=FINSAM_SPLIT("";G{r}:I{r};1000)',
        "Fel i Belopp: värdet är tomt.", inputs=[KEY])
    add("Beloppet är #DIV/0! (1/0 i cellen).", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "#DIV/0!", CALC, inputs=[[F("=1/0")] + KEY])
    add("Beloppet är #N/A (NA() i cellen).", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "#N/A", CALC, inputs=[[F("=NA()")] + KEY])
    add("Beloppet är #VALUE! (text plus tal i cellen).", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "#VALUE!", CALC, inputs=[[F('="sju"+1')] + KEY])
    add("Beloppet är 1/0 direkt i formeln.", "=FINSAM_SPLIT(1/0;G{r}:I{r};1000)",
        "#DIV/0!", CALC, inputs=[KEY])
    add("Beloppet är SANT(): Calc skickar 1, som inte går jämnt upp i 1 000.", "=FINSAM_SPLIT(TRUE();G{r}:I{r};1000)",
        "Fel i Belopp: 1 är inte jämnt delbart med avrundningssteget 1 000.", inputs=[KEY])
    add("Beloppet är noll.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "Fel i Belopp: beloppet måste vara större än noll.", inputs=[[0] + KEY])
    add("Beloppet är negativt.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "Fel i Belopp: beloppet måste vara större än noll.", inputs=[[-7156000] + KEY])
    add("Beloppet har delar av ett öre (100,005).", "=FINSAM_SPLIT(G{r};H{r}:J{r})",
        "Fel i Belopp: värdet har delar av ett öre.", inputs=[[100.005] + KEY])
    add("Beloppet är orimligt stort (1E20).", "=FINSAM_SPLIT(G{r};H{r}:J{r})",
        "Fel i Belopp: värdet är orimligt stort (över 10 000 miljarder).", inputs=[[1e20] + KEY])
    add("Beloppet går inte jämnt upp i avrundningssteget.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "Fel i Belopp: 7 156 500 är inte jämnt delbart med avrundningssteget 1 000.", inputs=[[7156500] + KEY])
    add("Beloppet är mindre än avrundningssteget.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "Fel i Belopp: 500 är inte jämnt delbart med avrundningssteget 1 000.", inputs=[[500] + KEY])
    add("Beloppet är ett område med två celler.", "=FINSAM_SPLIT(G{r}:G{r1};H{r}:J{r};1000)",
        "Fel i Belopp: ska vara en enda cell, inte ett område med 2 × 1 celler.",
        inputs=[[7156000] + KEY, [7156000]])
    add("Beloppet är utelämnat: FINSAM_SPLIT(;Nyckel). Calc anropar inte tillägget.", "=FINSAM_SPLIT(;G{r}:I{r})",
        "Err:502", CALC, inputs=[KEY])
    add("Statens tilldelning (Bas = 1) ger en orimligt stor total.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1;1;1)",
        "Fel i Belopp: totalen blir orimligt stor.", inputs=[[6e12] + KEY])
    # Nyckel
    add("Nyckeln har text i en cell.", "=FINSAM_SPLIT(7156000;G{r}:G{r2};1000)",
        "Fel i Nyckel: cell 2 är text (\"Gnosjö\"), inte ett tal.", inputs=[[1341], ["Gnosjö"], [125]])
    add("Nyckeln har ett tal skrivet som text.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000)",
        "Fel i Nyckel: cell 3 är text (\"125\"), inte ett tal.", inputs=[[1341, 323, "125"]])
    add("Nyckeln har en tom cell.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000)",
        "Fel i Nyckel: cell 2 är tom.", inputs=[[1341, None, 125]])
    add("Nyckeln är helt tom.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000)",
        "Fel i Nyckel: cell 1 är tom.", inputs=[[None, None, None]])
    add("Nyckeln har #DIV/0! i en cell av området: Calc ger Err:504, inte #DIV/0!.",
        "=FINSAM_SPLIT(7156000;G{r}:I{r};1000)", "Err:504", CALC, inputs=[[1341, F("=1/0"), 125]])
    add("Nyckeln har ett negativt värde.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000)",
        "Fel i Nyckel: cell 2 är negativ; en nyckel kan inte vara mindre än noll.", inputs=[[1341, -323, 125]])
    add("Nyckeln är noll för alla kommuner.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000)",
        "Fel i Nyckel: alla värden är noll; minst en kommun måste ha en andel.", inputs=[[0, 0, 0]])
    add("Nyckeln är orimligt stor (1E10).", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000)",
        "Fel i Nyckel: cell 1 är orimligt stor (över 1 000 000 000).", inputs=[[1e10, 323, 125]])
    add("Giltigt: en mycket liten nyckel (1E-7) bredvid en nolla är fortfarande hela kommunandelen.",
        "=FINSAM_SPLIT(7156000;G{r}:G{r1};1000)", "3 578 000; 1 789 000; 1 789 000; 0", VALID,
        inputs=[[1e-7], [0]], span=4)
    add("Beloppet är en lång text: meddelandet visar bara början.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        NOT_A_NUMBER.format("Belopp", "Medlemsbidrag från Försäkri…"),
        inputs=[["Medlemsbidrag från Försäkringskassan och Västra Götalandsregionen"] + KEY])
    add("Nyckeln är ett område med 2 rader och 2 kolumner.", "=FINSAM_SPLIT(7156000;G{r}:H{r1};1000)",
        "Fel i Nyckel: ska vara en kolumn eller en rad, inte ett område med 2 rader och 2 kolumner.",
        inputs=[[1341, 323], [125, 200]])
    add("Nyckeln är utelämnad: FINSAM_SPLIT(Belopp;). Calc anropar inte tillägget.", "=FINSAM_SPLIT(7156000;)",
        "Err:502", CALC)
    add("Nyckeln är en text i formeln.",
        '=FINSAM_SPLIT(7156000;"Trollhättan";1000)', 'Fel i Nyckel: cell 1 är text ("Trollhättan"), inte ett tal.')
    # Avrundning, Statens rader, Bas
    add("Avrundningen är text.", "=FINSAM_SPLIT(7156000;G{r}:I{r};J{r})",
        NOT_A_NUMBER.format("Avrundning", "tusen"), inputs=[KEY + ["tusen"]])
    add("Avrundningen är noll.", "=FINSAM_SPLIT(7156000;G{r}:I{r};0)",
        "Fel i Avrundning: avrundningssteget måste vara större än noll.", inputs=[KEY])
    add("Avrundningen är negativ.", "=FINSAM_SPLIT(7156000;G{r}:I{r};-1000)",
        "Fel i Avrundning: avrundningssteget måste vara större än noll.", inputs=[KEY])
    add("Avrundningen pekar på en tom cell.", "=FINSAM_SPLIT(7156000;G{r}:I{r};J{r})",
        "Fel i Avrundning: avrundningssteget måste vara större än noll.", inputs=[KEY + [None]])
    add("Avrundningen har delar av ett öre.", "=FINSAM_SPLIT(7156000;G{r}:I{r};0,001)",
        "Fel i Avrundning: värdet har delar av ett öre.", inputs=[KEY])
    add("Avrundningen är ett område.", "=FINSAM_SPLIT(7156000;G{r}:I{r};G{r1}:H{r1})",
        "Fel i Avrundning: ska vara en enda cell, inte ett område med 1 × 2 celler.",
        inputs=[KEY, [1000, 100]])
    add("Avrundningen är #DIV/0!.", "=FINSAM_SPLIT(7156000;G{r}:I{r};J{r})",
        "#DIV/0!", CALC, inputs=[KEY + [F("=1/0")]])
    add("Statens rader är 3.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000;3)",
        "Fel i Statens rader: ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad).", inputs=[KEY])
    add("Statens rader är 1,5.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000;1,5)",
        "Fel i Statens rader: ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad).", inputs=[KEY])
    add("Statens rader är FALSKT(): Calc skickar 0.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000;FALSE())",
        "Fel i Statens rader: ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad).", inputs=[KEY])
    add("Statens rader är text.", '=FINSAM_SPLIT(7156000;G{r}:I{r};1000;"två")',
        NOT_A_NUMBER.format("Statens rader", "två"), inputs=[KEY])
    add("Bas är 2.", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000;2;2)",
        "Fel i Bas: ange 0 (beloppet är totalen) eller 1 (beloppet är statens tilldelning).", inputs=[KEY])
    add("Bas är text.", '=FINSAM_SPLIT(7156000;G{r}:I{r};1000;2;"stat")',
        NOT_A_NUMBER.format("Bas", "stat"), inputs=[KEY])
    # Calc's own checks of the call
    add("För många argument (sex).", "=FINSAM_SPLIT(7156000;G{r}:I{r};1000;2;0;1)",
        "Err:504", CALC, inputs=[KEY])
    add("För få argument: bara beloppet.", "=FINSAM_SPLIT(7156000)", "Err:504", CALC)
    add("Inga argument alls.", "=FINSAM_SPLIT()", "Err:504", CALC)
    add("Matrisformel över sex rader med fel indata: meddelandet i varje cell.",
        "=FINSAM_SPLIT(G{r};H{r}:J{r};1000;2)", NOT_A_NUMBER.format("Belopp", "7 156 tkr"),
        inputs=[["7 156 tkr"] + KEY], span=6)
    # Valid edges
    add("Giltigt: en enda kommun är ett giltigt förbund (nyckel med en cell).",
        "=FINSAM_SPLIT(G{r};H{r};1000)", "3 578 000; 1 789 000; 1 789 000", VALID,
        inputs=[[7156000, 1341]], span=3)
    add("Giltigt: en enda kommun, FK och AF på var sin rad.",
        "=FINSAM_SPLIT(G{r};H{r};1000;2)", "1 789 000; 1 789 000; 1 789 000; 1 789 000", VALID,
        inputs=[[7156000, 1341]], span=4)
    add("Giltigt: en kommun med nyckeln noll får 0 kr.",
        "=FINSAM_SPLIT(G{r};H{r}:H{r2};1000;2)", "1 789 000; 1 789 000; 1 789 000; 1 442 000; 0; 347 000",
        VALID, inputs=[[7156000, 1341], [None, 0], [None, 323]], span=6)
    # Nyckel takes what people type (issue 19): an inline array ({1341;323;125} as typed, a column;
    # written here in ODF syntax, where | ends a row), a number for a single municipality
    add("Giltigt: nyckeln är en matris i formeln, {1341;323;125}.",
        "=FINSAM_SPLIT(7156000;{1341|323|125};1000)", "3 578 000; 1 789 000; 1 341 000; 323 000; 125 000",
        VALID, span=5)
    add("Giltigt: nyckeln är ett tal i formeln (en enda kommun).",
        "=FINSAM_SPLIT(7156000;1341;1000)", "3 578 000; 1 789 000; 1 789 000", VALID, span=3)
    add("Giltigt: nyckeln ges med FÖRSKJUTNING (en referens, som i mallarna), i en matrisformel.",
        "=FINSAM_SPLIT(G{r};OFFSET(H{r};0;0;3;1);1000)", "3 578 000; 1 789 000; 1 341 000; 323 000; 125 000",
        VALID, inputs=[[7156000, 1341], [None, 323], [None, 125]], span=5)
    add("Beloppet och nyckeln har båda fel: Calc läser argumenten bakifrån och svarar med nyckelns, "
        "Err:504 för ett fel inne i ett område.", "=FINSAM_SPLIT(G{r};H{r}:J{r};1000)",
        "Err:504", CALC, inputs=[[F("=1/0"), 1341, F("=NA()"), 125]])
    return c


def result_cases():
    c = []
    add = lambda *a, **k: c.append(Case("RESULT-%02d" % (len(c) + 1), *a, **k))
    add("Intäkterna har text där ett belopp ska stå.", "=BUDGET_RESULT(G{r}:H{r1};I{r}:J{r1})",
        "Fel i Intäkter: rad 2, kolumn 2 är text (\"mycket\"), inte ett tal.",
        inputs=[["Medlemsbidrag", 7156000, "Kansli", 2000000], ["ESF", "mycket", "Insatser", 5156000]])
    add("Kostnaderna har text där ett belopp ska stå.", "=BUDGET_RESULT(G{r}:H{r1};I{r}:J{r1})",
        "Fel i Kostnader: rad 2, kolumn 2 är text (\"ca 5 mnkr\"), inte ett tal.",
        inputs=[["Medlemsbidrag", 7156000, "Kansli", 2000000], [None, None, "Insatser", "ca 5 mnkr"]])
    add("Kostnaderna har ett belopp skrivet som text med kr.", "=BUDGET_RESULT(G{r}:G{r1};H{r}:H{r1})",
        "Fel i Kostnader: cell 2 är text (\"1 000 kr\"), inte ett tal.",
        inputs=[[7156000, 2000000], [None, "1 000 kr"]])
    add("Intäkterna har #DIV/0! i en cell av området.", "=BUDGET_RESULT(G{r}:G{r1};H{r}:H{r1})",
        "Err:504", CALC, inputs=[[7156000, 2000000], [F("=1/0"), 5156000]])
    add("Kostnaderna har #N/A i en cell av området.", "=BUDGET_RESULT(G{r}:G{r1};H{r}:H{r1})",
        "Err:504", CALC, inputs=[[7156000, 2000000], [None, F("=NA()")]])
    add("Intäkterna har delar av ett öre.", "=BUDGET_RESULT(G{r}:G{r1};H{r}:H{r1})",
        "Fel i Intäkter: cell 1 har delar av ett öre.", inputs=[[100.005, 50], [None, 50]])
    add("Kostnaderna har ett orimligt stort belopp (1E20).", "=BUDGET_RESULT(G{r}:G{r1};H{r}:H{r1})",
        "Fel i Kostnader: cell 2 är orimligt stor (över 10 000 miljarder).", inputs=[[7156000, 2000000], [None, 1e20]])
    add("Intäkter för en period men kostnader för två.", "=BUDGET_RESULT(G{r}:H{r1};I{r}:K{r1})",
        "Fel i Kostnader: har 2 periodkolumner men Intäkter har 1.",
        inputs=[["Medlemsbidrag", 7156000, "Kansli", 2000000, 2100000],
                ["ESF", 300000, "Insatser", 5000000, 5100000]])
    add("Intäkterna är utelämnade: BUDGET_RESULT(;Kostnader).", "=BUDGET_RESULT(;G{r}:G{r1})",
        "Err:502", CALC, inputs=[[2000000], [5156000]])
    add("Kostnaderna är utelämnade: BUDGET_RESULT(Intäkter;).", "=BUDGET_RESULT(G{r}:G{r1};)",
        "Err:502", CALC, inputs=[[7156000], [300000]])
    add("För få argument: bara intäkterna.", "=BUDGET_RESULT(G{r}:G{r1})", "Err:504", CALC,
        inputs=[[7156000], [300000]])
    add("För många argument (tre).", "=BUDGET_RESULT(G{r}:G{r1};H{r}:H{r1};0)", "Err:504", CALC,
        inputs=[[7156000, 2000000], [300000, 5156000]])
    add("Intäkterna är text i formeln.",
        '=BUDGET_RESULT("mycket";G{r})', 'Fel i Intäkter: cell 1 är text ("mycket"), inte ett tal.',
        inputs=[[2000000]])
    add("Intäkterna är SANT(): borde vara ett fel, men Calc skickar SANT() till tillägget som talet 1 "
        "(en matrisparameter får aldrig veta att det var ett sanningsvärde), så det räknas som 1 kr.",
        "=BUDGET_RESULT(TRUE();G{r})", "-1999999", GAP, inputs=[[2000000]])
    add("Kostnaderna är ett helt tomt område.", "=BUDGET_RESULT(G{r}:G{r1};H{r}:H{r1})",
        "Fel i Kostnader: området har inga belopp.", inputs=[[7156000, None], [300000, None]])
    add("Kostnaderna pekar på en tom cell (Calc skickar 0).",
        "=BUDGET_RESULT(G{r}:G{r1};H{r})", "Fel i Kostnader: området har inga belopp.",
        inputs=[[7156000, None], [300000]])
    # Intäkter and Kostnader take what people type (issue 19)
    add("Giltigt: intäkter och kostnader är matriser i formeln, {7156000;300000} och {2000000;5156000}.",
        "=BUDGET_RESULT({7156000|300000};{2000000|5156000})", "300000", VALID)
    add("Giltigt: kostnaderna är ett tal i formeln.", "=BUDGET_RESULT(G{r}:G{r1};2000000)",
        "5456000", VALID, inputs=[[7156000], [300000]])
    add("Intäkterna har #DIV/0! i ett område och kostnaderna #N/A i en cell: Calc läser argumenten bakifrån "
        "och svarar med kostnadernas fel.", "=BUDGET_RESULT(G{r}:G{r1};H{r})", "#N/A", CALC,
        inputs=[[F("=1/0"), F("=NA()")], [300000]])
    add("Intäkterna har #N/A i en cell och kostnaderna #DIV/0! i ett område: kostnadernas fel, Err:504.",
        "=BUDGET_RESULT(G{r};H{r}:H{r1})", "Err:504", CALC, inputs=[[F("=NA()"), 2000000], [None, F("=1/0")]])
    add("Intäkterna är en enda cell med #DIV/0!: Calc svarar med cellens fel.", "=BUDGET_RESULT(G{r};H{r}:H{r1})",
        "#DIV/0!", CALC, inputs=[[F("=1/0"), 2000000], [None, 5156000]])
    return c


def projection_cases():
    c = []
    add = lambda *a, **k: c.append(Case("PROJ-%02d" % (len(c) + 1), *a, **k))
    add("Ingående eget kapital är text.", "=EQUITY_PROJECTION(G{r};H{r}:I{r})",
        NOT_A_NUMBER.format("Ingående eget kapital", "4,4 mnkr"), inputs=[["4,4 mnkr", -2371, 500]])
    add(("Ingående eget kapital pekar på en tom cell: Calc skickar 0 och kedjan börjar på 0. "
        "Borde vara ett fel i Ingående eget kapital."),
        "=EQUITY_PROJECTION(G{r};H{r}:H{r1})", "-2 371; -1 871", GAP, inputs=[[None, -2371], [None, 500]], span=2)
    add("Ingående eget kapital är #DIV/0!.", "=EQUITY_PROJECTION(G{r};H{r}:I{r})",
        "#DIV/0!", CALC, inputs=[[F("=1/0"), -2371, 500]])
    add("Ingående eget kapital har delar av ett öre.", "=EQUITY_PROJECTION(G{r};H{r}:I{r})",
        "Fel i Ingående eget kapital: värdet har delar av ett öre.", inputs=[[4425.001, -2371, 500]])
    add("Ingående eget kapital är ett område med 2 rader och 2 kolumner.",
        "=EQUITY_PROJECTION(G{r}:H{r1};I{r}:I{r1})",
        "Fel i Ingående eget kapital: ska vara en cell, en rad eller en kolumn.",
        inputs=[[4425, 0, -2371], [0, 0, 500]])
    add("Ingående eget kapital har tre värden men resultaten är två.", "=EQUITY_PROJECTION(G{r}:I{r};J{r}:K{r})",
        "Fel i Ingående eget kapital: har 3 värden men Resultat har 2.", inputs=[[4425, None, None, -2371, 500]])
    add("Ingående eget kapital per period saknas för den första perioden.",
        "=EQUITY_PROJECTION(G{r}:H{r};I{r}:J{r})",
        "Fel i Ingående eget kapital: ingående eget kapital saknas för den första perioden.",
        inputs=[[None, 2054, -2371, 500]])
    add("Ingående eget kapital per period har text.", "=EQUITY_PROJECTION(G{r}:H{r};I{r}:J{r})",
        "Fel i Ingående eget kapital: cell 2 är text (\"se ovan\"), inte ett tal.",
        inputs=[[4425, "se ovan", -2371, 500]])
    add("Resultaten har en tom cell.", "=EQUITY_PROJECTION(4425;G{r}:I{r})",
        "Fel i Resultat: cell 2 är tom.", inputs=[[-2371, None, 500]])
    add("Resultaten har text.", "=EQUITY_PROJECTION(4425;G{r}:I{r})",
        "Fel i Resultat: cell 3 är text (\"okänt\"), inte ett tal.", inputs=[[-2371, 500, "okänt"]])
    add("Resultaten har #DIV/0! i en cell av området.", "=EQUITY_PROJECTION(4425;G{r}:I{r})",
        "Err:504", CALC, inputs=[[-2371, F("=1/0"), 500]])
    add("Resultaten har ett orimligt stort belopp (1E20).", "=EQUITY_PROJECTION(4425;G{r}:I{r})",
        "Fel i Resultat: cell 2 är orimligt stor (över 10 000 miljarder).", inputs=[[-2371, 1e20, 500]])
    add("Resultaten är ett område med 2 rader och 2 kolumner.", "=EQUITY_PROJECTION(4425;G{r}:H{r1})",
        "Fel i Resultat: ska vara en kolumn eller en rad, inte ett område med 2 rader och 2 kolumner.",
        inputs=[[-2371, 500], [100, 200]])
    add("Resultaten är utelämnade: EQUITY_PROJECTION(Ingående;).", "=EQUITY_PROJECTION(4425;)",
        "Err:502", CALC)
    add("Periodernas namn är för få.", "=EQUITY_PROJECTION(4425;G{r}:I{r};G{r1}:H{r1})",
        "Fel i Perioder: ska ha ett namn per resultat (3 st) i en rad eller en kolumn.",
        inputs=[[-2371, 500, 100], ["Budget 2020", "Budget 2021"]])
    add("Periodernas namn är ett område med 2 rader och 2 kolumner.",
        "=EQUITY_PROJECTION(4425;G{r}:J{r};G{r1}:H{r2})",
        "Fel i Perioder: ska ha ett namn per resultat (4 st) i en rad eller en kolumn.",
        inputs=[[-2371, 500, 100, 50], ["Budget 2020", "Prognos 2020"], ["Budget 2021", "Budget 2022"]])
    add("För få argument: bara ingående eget kapital.", "=EQUITY_PROJECTION(4425)", "Err:504", CALC)
    add("För många argument (fyra).", "=EQUITY_PROJECTION(4425;G{r}:H{r};G{r1}:H{r1};0)", "Err:504", CALC,
        inputs=[[-2371, 500], ["Budget 2020", "Budget 2021"]])
    return c


def ceiling_cases():
    c = []
    add = lambda *a, **k: c.append(Case("CEIL-%02d" % (len(c) + 1), *a, **k))
    stairs = lambda: [([7156000] if i == 0 else [None]) + s for i, s in enumerate(STAIRS)]
    add("Medlemsbidragen är text.", "=EQUITY_CEILING(G{r};H{r}:I{r3})",
        NOT_A_NUMBER.format("Medlemsbidrag", "7,2 mnkr"), inputs=[["7,2 mnkr"] + STAIRS[0]] + stairs()[1:])
    add("Medlemsbidragen pekar på en tom cell (Calc skickar 0).", "=EQUITY_CEILING(G{r};H{r}:I{r3})",
        "Fel i Medlemsbidrag: medlemsbidragen måste vara större än noll.", inputs=[[None] + STAIRS[0]] + stairs()[1:])
    add("Medlemsbidragen är negativa.", "=EQUITY_CEILING(G{r};H{r}:I{r3})",
        "Fel i Medlemsbidrag: medlemsbidragen måste vara större än noll.", inputs=[[-7156000] + STAIRS[0]] + stairs()[1:])
    add("Medlemsbidragen är #DIV/0!.", "=EQUITY_CEILING(G{r};H{r}:I{r3})",
        "#DIV/0!", CALC, inputs=[[F("=1/0")] + STAIRS[0]] + stairs()[1:])
    add("Medlemsbidragen är orimligt stora (1E20).", "=EQUITY_CEILING(G{r};H{r}:I{r3})",
        "Fel i Medlemsbidrag: värdet är orimligt stort (över 10 000 miljarder).",
        inputs=[[1e20] + STAIRS[0]] + stairs()[1:])
    add("Medlemsbidragen är ett område med två celler.", "=EQUITY_CEILING(G{r}:G{r1};H{r}:I{r3})",
        "Fel i Medlemsbidrag: ska vara en enda cell, inte ett område med 2 × 1 celler.",
        inputs=[[7156000] + STAIRS[0], [5662000] + STAIRS[1], [None] + STAIRS[2], [None] + STAIRS[3]])
    add("Trappan har bara en kolumn.", "=EQUITY_CEILING(G{r};H{r}:H{r3})",
        "Fel i Trappa: ska ha två kolumner (gräns för medlemsbidrag, högsta andel), inte 1.", inputs=stairs())
    add("Trappan har tre kolumner.", "=EQUITY_CEILING(G{r};H{r}:J{r3})",
        "Fel i Trappa: ska ha två kolumner (gräns för medlemsbidrag, högsta andel), inte 3.",
        inputs=[r + ["anm."] for r in stairs()])
    add("Andelen är skriven som 20 i stället för 20 %.", "=EQUITY_CEILING(G{r};H{r}:I{r1})",
        "Fel i Trappa: rad 1: andelen ska vara mellan 0 % och 100 % (skriv t.ex. 20 % eller 0,2).",
        inputs=[[7156000, 0, 50], [None, 5000000, 30]])
    add("Andelen är negativ.", "=EQUITY_CEILING(G{r};H{r}:I{r1})",
        "Fel i Trappa: rad 2: andelen ska vara mellan 0 % och 100 % (skriv t.ex. 20 % eller 0,2).",
        inputs=[[7156000, 0, 0.5], [None, 5000000, -0.3]])
    add("Gränserna ökar inte uppifrån och ned.", "=EQUITY_CEILING(G{r};H{r}:I{r2})",
        "Fel i Trappa: rad 3: gränserna ska öka uppifrån och ned.",
        inputs=[[7156000, 0, 0.5], [None, 10000000, 0.2], [None, 5000000, 0.3]])
    add("Inget steg gäller: trappans första gräns är över medlemsbidragen.", "=EQUITY_CEILING(G{r};H{r}:I{r1})",
        "Fel i Trappa: inget steg gäller för medlemsbidrag på 4 000 000; trappans första gräns är 5 000 000.",
        inputs=[[4000000, 5000000, 0.3], [None, 10000000, 0.2]])
    add("Andelen är text.", "=EQUITY_CEILING(G{r};H{r}:I{r1})",
        "Fel i Trappa: rad 2, kolumn 2 är text (\"tjugo\"), inte ett tal.",
        inputs=[[7156000, 0, 0.5], [None, 5000000, "tjugo"]])
    add("Gränsen är text under rubriken.", "=EQUITY_CEILING(G{r};H{r}:I{r2})",
        "Fel i Trappa: rad 3, kolumn 1 är text (\"från 5 mnkr\"), inte ett tal.",
        inputs=[[7156000] + STAIRS[0], [None, 0, 0.5], [None, "från 5 mnkr", 0.3]])
    add("Trappan har en rubrik men inga steg.", "=EQUITY_CEILING(G{r};H{r}:I{r1})",
        "Fel i Trappa: trappan har inga steg.", inputs=[[7156000] + STAIRS[0], [None, None, None]])
    add("Trappan är helt tom.", "=EQUITY_CEILING(G{r};H{r}:I{r1})",
        "Fel i Trappa: trappan har inga steg.", inputs=[[7156000, None, None], [None, None, None]])
    add("Trappan har #DIV/0! i en andel.", "=EQUITY_CEILING(G{r};H{r}:I{r1})",
        "Err:504", CALC, inputs=[[7156000, 0, 0.5], [None, 5000000, F("=1/0")]])
    add("För få argument: bara medlemsbidragen.", "=EQUITY_CEILING(7156000)", "Err:504", CALC)
    add("För många argument (tre).", "=EQUITY_CEILING(G{r};H{r}:I{r3};1)", "Err:504", CALC, inputs=stairs())
    add("Giltigt: medlemsbidrag precis på en gräns ger det steget.", "=EQUITY_CEILING(G{r};H{r}:I{r3})",
        "2 000 000", VALID, inputs=[[10000000] + STAIRS[0]] + stairs()[1:])
    return c


def ceiling_check_cases():
    c = []
    add = lambda *a, **k: c.append(Case("CEILCHK-%02d" % (len(c) + 1), *a, **k))
    rows = lambda first: [first + STAIRS[0]] + [[None, None] + s for s in STAIRS[1:]]
    add("Eget kapital är text.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})",
        NOT_A_NUMBER.format("Eget kapital", "2 mnkr"), inputs=rows(["2 mnkr", 7156000]))
    add("Eget kapital är #DIV/0!.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})",
        "#DIV/0!", CALC, inputs=rows([F("=1/0"), 7156000]))
    add("Eget kapital har delar av ett öre.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})",
        "Fel i Eget kapital: värdet har delar av ett öre.", inputs=rows([2000000.001, 7156000]))
    add("Eget kapital pekar på en tom cell: Calc skickar 0, som klarar taket. Borde vara ett fel i Eget kapital.",
        "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})", "OK", GAP, inputs=rows([None, 7156000]))
    add("Medlemsbidragen pekar på en tom cell (Calc skickar 0).",
        "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})",
        "Fel i Medlemsbidrag: medlemsbidragen måste vara större än noll.", inputs=rows([2000000, None]))
    add("Medlemsbidragen är text.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})",
        NOT_A_NUMBER.format("Medlemsbidrag", "se budget"), inputs=rows([2000000, "se budget"]))
    add("Medlemsbidragen är negativa.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})",
        "Fel i Medlemsbidrag: medlemsbidragen måste vara större än noll.", inputs=rows([2000000, -7156000]))
    add("Trappan har en kolumn.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:I{r3})",
        "Fel i Trappa: ska ha två kolumner (gräns för medlemsbidrag, högsta andel), inte 1.",
        inputs=rows([2000000, 7156000]))
    add("Enheten är ett tal (fel typ).", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3};1000)",
        "Fel i Enhet: ange en kort text som kr eller tkr.", inputs=rows([2500000, 7156000]))
    add("Enheten är SANT().", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3};TRUE())",
        "Fel i Enhet: ange en kort text som kr eller tkr.", inputs=rows([2500000, 7156000]))
    add("Enheten är en lång text.", '=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3};"kronor och ören")',
        "Fel i Enhet: ange en kort text som kr eller tkr.", inputs=rows([2500000, 7156000]))
    add("Giltigt: enheten pekar på en tom cell (Calc skickar 0): beloppen står utan enhet.",
        "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3};G{r1})",
        "Eget kapital 2 500 000 är 353 200 över taket 2 146 800 (30 % av medlemsbidragen 7 156 000).", VALID,
        inputs=[[2500000, 7156000] + STAIRS[0], [None, None] + STAIRS[1]] + [[None, None] + s for s in STAIRS[2:]])
    add("Giltigt: enheten är en tom text: beloppen står utan enhet.",
        '=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3};"")',
        "Eget kapital 2 500 000 är 353 200 över taket 2 146 800 (30 % av medlemsbidragen 7 156 000).", VALID, inputs=rows([2500000, 7156000]))
    add("Enheten är ett område.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3};G{r1}:H{r1})",
        "Fel i Enhet: ska vara en enda cell.",
        inputs=[[2500000, 7156000] + STAIRS[0], ["kr", "tkr"] + STAIRS[1]] + [[None, None] + s for s in STAIRS[2:]])
    add("För få argument: eget kapital och medlemsbidrag.", "=EQUITY_CEILING_CHECK(2000000;7156000)",
        "Err:504", CALC)
    add("För många argument (fem).", '=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3};"kr";0)', "Err:504", CALC,
        inputs=rows([2000000, 7156000]))
    add("Giltigt: eget kapital precis på taket är OK.", "=EQUITY_CEILING_CHECK(G{r};H{r};I{r}:J{r3})",
        "OK", VALID, inputs=rows([2146800, 7156000]))
    return c


def check_cases():
    c = []
    add = lambda *a, **k: c.append(Case("CHECK-%02d" % (len(c) + 1), *a, **k))
    add("Raderna har text där ett belopp ska stå.", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "Fel i Rader: cell 2 är text (\"ungefär 300\"), inte ett tal.", inputs=[[100], ["ungefär 300"], [200], [600]])
    add("Raderna har #DIV/0! i en cell av området.", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "Err:504", CALC, inputs=[[100], [F("=1/0")], [200], [600]])
    add("Raderna har delar av ett öre.", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "Fel i Rader: cell 2 har delar av ett öre.", inputs=[[100], [300.005], [200], [600]])
    add("Raderna har ett orimligt stort belopp (1E20).", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "Fel i Rader: cell 2 är orimligt stor (över 10 000 miljarder).", inputs=[[100], [1e20], [200], [600]])
    add("Raderna är utelämnade: FINSAM_CHECK(;Summa).", "=FINSAM_CHECK(;G{r})",
        "Err:502", CALC, inputs=[[600]])
    add("Den angivna summan är text.", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "Fel i Angiven summa: cell 1 är text (\"sexhundra\"), inte ett tal.", inputs=[[100], [300], [200], ["sexhundra"]])
    add("Den angivna summan pekar på en tom cell: Calc skickar 0.", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "Raderna summerar till 600 kr men summan anges till 0 kr (skillnad 600 kr).", inputs=[[100], [300], [200], [None]])
    add("Den angivna summan är #DIV/0!.", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "#DIV/0!", CALC, inputs=[[100], [300], [200], [F("=1/0")]])
    add("Den angivna summan är utelämnad: FINSAM_CHECK(Rader;).", "=FINSAM_CHECK(G{r}:G{r2};)",
        "Err:502", CALC, inputs=[[100], [300], [200]])
    add("En summa men två periodkolumner.", "=FINSAM_CHECK(G{r}:I{r1};J{r})",
        "Fel i Angiven summa: har 1 värde men Rader har 2 periodkolumner; ange en summa per period.",
        inputs=[["Kansli", 100, 110, 300], ["Insatser", 200, 210]])
    add("Den angivna summan är ett område med 2 rader och 2 kolumner.", "=FINSAM_CHECK(G{r}:I{r1};J{r}:K{r1})",
        "Fel i Angiven summa: ska vara en kolumn eller en rad, inte ett område med 2 rader och 2 kolumner.",
        inputs=[["Kansli", 100, 110, 300, 320], ["Insatser", 200, 210, 0, 0]])
    add("Toleransen är negativ.", "=FINSAM_CHECK(G{r}:G{r2};G{r3};-1)",
        "Fel i Tolerans: kan inte vara negativ.", inputs=[[100], [300], [200], [600]])
    add("Toleransen är text.", '=FINSAM_CHECK(G{r}:G{r2};G{r3};"liten")',
        NOT_A_NUMBER.format("Tolerans", "liten"), inputs=[[100], [300], [200], [600]])
    add("Toleransen har delar av ett öre.", "=FINSAM_CHECK(G{r}:G{r2};G{r3};0,001)",
        "Fel i Tolerans: värdet har delar av ett öre.", inputs=[[100], [300], [200], [600]])
    add("Enheten är ett tal (fel typ).", "=FINSAM_CHECK(G{r}:G{r2};G{r3};0;1000)",
        "Fel i Enhet: ange en kort text som kr eller tkr.", inputs=[[100], [300], [200], [601]])
    add("Giltigt: enheten pekar på en tom cell (Calc skickar 0): beloppen står utan enhet.",
        "=FINSAM_CHECK(G{r}:G{r2};G{r3};0;H{r})",
        "Raderna summerar till 600 men summan anges till 601 (skillnad -1).", VALID,
        inputs=[[100, None], [300], [200], [601]])
    add("Raderna är ett helt tomt område.", "=FINSAM_CHECK(G{r}:G{r2};G{r3})",
        "Raderna summerar till 0 kr men summan anges till 600 kr (skillnad -600 kr).", MSG,
        inputs=[[None], [None], [None], [600]])
    add("För få argument: bara raderna.", "=FINSAM_CHECK(G{r}:G{r2})", "Err:504", CALC,
        inputs=[[100], [300], [200]])
    add("För många argument (fem).", '=FINSAM_CHECK(G{r}:G{r2};G{r3};0;"kr";1)', "Err:504", CALC,
        inputs=[[100], [300], [200], [600]])
    add("Giltigt: summan stämmer inte, med enheten tkr.", '=FINSAM_CHECK(G{r}:G{r2};G{r3};0;"tkr")',
        "Raderna summerar till 600 tkr men summan anges till 601 tkr (skillnad -1 tkr).", VALID,
        inputs=[[100], [300], [200], [601]])
    # Rader takes what people type (issue 19)
    add("Giltigt: raderna är en matris i formeln, {100;300;200}.", "=FINSAM_CHECK({100|300|200};600)", "OK", VALID)
    add("Giltigt: raderna är ett tal i formeln.", "=FINSAM_CHECK(1;1)", "OK", VALID)
    add("En beräknad matris i en vanlig formel: borde ge OK, men Calc ger tilläggens matrisparametrar klassen "
        "Reference och skär ABS(G:G) till formelns egen rad (100) innan tillägget anropas. Som matrisformel "
        "(Ctrl+Skift+Enter) räknas hela matrisen (tests/forms).", "=FINSAM_CHECK(ABS(G{r}:G{r2});G{r3})",
        "Raderna summerar till 100 kr men summan anges till 600 kr (skillnad -500 kr).", GAP,
        inputs=[[100], [300], [200], [600]])
    add("Giltigt: raderna ges med FÖRSKJUTNING, en referens.", "=FINSAM_CHECK(OFFSET(G{r};0;0;3;1);G{r3})",
        "OK", VALID, inputs=[[100], [300], [200], [600]])
    return c


def audit_cases():
    c = []
    add = lambda *a, **k: c.append(Case("AUDIT-%02d" % (len(c) + 1), *a, **k))
    add("Området är ett tal i formeln: Område tar bara ett område på bladet, så Calc anropar inte tillägget.",
        "=FINSAM_AUDIT(1)", "Err:504", CALC)
    add("Området är en matris i formeln.", '=FINSAM_AUDIT({"Medlemsbidrag";7156000})', "Err:504", CALC)
    add("Området har #DIV/0! i en cell: läses som menykommandot läser bladet, cellen som inte kunde tolkas "
        "nämns (sjätte kolumnen i svarets första rad).", "=INDEX(FINSAM_AUDIT(G{r}:H{r1});1;6)",
        'Summa, kolumn B: cellen visar ett fel ("#DIV/0!") i stället för ett belopp.',
        inputs=[["Medlemsbidrag", 7156000], ["Summa", F("=1/0")]])
    add("Området är utelämnat.", "=FINSAM_AUDIT()", "Err:504", CALC)
    add("För många argument (två).", "=FINSAM_AUDIT(G{r}:H{r1};G{r}:H{r1})", "Err:504", CALC,
        inputs=[["Medlemsbidrag", 7156000], ["Summa", 7156000]])
    return c


GROUPS = [
    ("FINSAM_SPLIT(Belopp; Nyckel; [Avrundning]; [Statens rader]; [Bas])", split_cases),
    ("BUDGET_RESULT(Intäkter; Kostnader)", result_cases),
    ("EQUITY_PROJECTION(Ingående eget kapital; Resultat; [Perioder])", projection_cases),
    ("EQUITY_CEILING(Medlemsbidrag; Trappa)", ceiling_cases),
    ("EQUITY_CEILING_CHECK(Eget kapital; Medlemsbidrag; Trappa; [Enhet])", ceiling_check_cases),
    ("FINSAM_CHECK(Rader; Angiven summa; [Tolerans]; [Enhet])", check_cases),
    ("FINSAM_AUDIT(Område)", audit_cases),
]


# ---------------------------------------------------------------- writing
def cell(v, style=None, matrix=None):
    """A cell of the sheet: a number, a text, None (empty) or F (a formula)."""
    if isinstance(v, F):
        return writer.cell(style=style, formula=v.formula, matrix=matrix)
    return writer.cell(v, style)


COLUMNS = [("co-id", "2.3cm"), ("co-desc", "7cm"), ("co-formula", "8.5cm"), ("co-result", "8cm"),
           ("co-kind", "2.3cm"), ("co-input", "2.8cm")]
STYLES = [  # (name, cell properties, text properties)
    ("title", "", ' fo:font-weight="bold" fo:font-size="13pt"'),
    ("note", "", ' fo:font-style="italic" fo:color="#595959"'),
    ("header", ' fo:border-bottom="0.74pt solid #000000"', ' fo:font-weight="bold"'),
    ("group", "", ' fo:font-weight="bold" fo:color="#1f4e9a"'),
    ("wrap", ' fo:wrap-option="wrap" style:vertical-align="top"', ""),
    ("mono", ' fo:wrap-option="wrap" style:vertical-align="top"',
     ' style:font-name="Liberation Mono" fo:font-family="\'Liberation Mono\'" fo:font-size="9pt"'),
    ("input", ' fo:background-color="#eef3fb" style:vertical-align="top"', ' fo:color="#1f4e9a"'),
]


def automatic_styles():
    return "\n".join([writer.column_style(name, width) for name, width in COLUMNS]
                     + [writer.table_style("ta1", "Default")]
                     + [writer.cell_style(name, "Default", cell=cellp, text=textp) for name, cellp, textp in STYLES])


def render(groups):
    rows = []
    ncols = FIRST_INPUT_COL + 5
    pad = lambda xs: xs + [writer.cell()] * (ncols - len(xs))  # noqa: E731
    rows.append(pad([cell("Felaktiga indata: varje fel besvaras", "title")]))
    rows.append(pad([cell("Varje rad är ett fall. Resultat är formeln; Förväntat är vad Calc ska visa, "
                          "uppmätt i LibreOffice Calc med tillägget. Slag: meddelande = tilläggets svenska "
                          "meddelande; Calc-fel = Calc svarar själv utan att fråga tillägget; giltigt = "
                          "giltigt gränsfall; känd brist = uppmätt svar som inte är det rätta (se "
                          "beskrivningen). Indata (blå) står till höger och ibland på raderna under.",
                          "note")]))
    rows.append(pad([]))
    rows.append(pad([cell(h, "header") for h in ("Id", "Beskrivning", "Formel", "Resultat", "Förväntat", "Slag")]
                    + [cell("Indata", "header")] + [cell(None, "header")] * 4))
    ids = set()
    for title, make in groups:
        rows.append(pad([]))
        rows.append(pad([cell(title, "group")]))
        for case in make():
            assert case.id not in ids, case.id
            ids.add(case.id)
            r = len(rows) + 1
            formula = fill(case.formula, {"r": r, **{"r%d" % k: r + k for k in range(1, case.height())}})
            for i in range(case.height()):
                xs = []
                if i == 0:
                    xs += [cell(case.id, "wrap"), cell(case.description, "wrap"), cell(formula, "mono"),
                           cell(F(formula), "wrap", matrix=(case.span, 1) if case.span > 1 else None),
                           cell(case.expected, "wrap"), cell(case.kind, "wrap")]
                else:
                    xs += [writer.cell()] * 6
                inputs = case.inputs[i] if i < len(case.inputs) else []
                xs += [cell(v, "input") for v in inputs]
                rows.append(pad(xs))
    columns = [writer.column(name) for name in ("co-id", "co-desc", "co-formula", "co-result", "co-result",
                                                "co-kind")] + [writer.column("co-input", repeat=5)]
    table = writer.table("Felindata", columns, [writer.row(r) for r in rows], style="ta1")
    return "".join(writer.document(
        [table], namespaces=("office", "style", "text", "table", "fo", "of", "dc"),
        title="finsam-calc: felaktiga indata", styles=writer.default_cell_style() + writer.cell_style("Default"),
        automatic_styles=automatic_styles(), master_styles=writer.master_page("Default")))


def main(argv):
    args = [a for a in argv[1:] if a != "--check"]
    out = args[0] if args else os.path.join(os.path.dirname(HERE), "badinput.fods")
    text = render(GROUPS)
    n = sum(len(make()) for _, make in GROUPS)
    if "--check" in argv:  # is the committed workbook what this script writes?
        with open(out, encoding="utf-8") as f:
            if f.read() != text:
                print("%s is not what %s writes: run it and commit both" % (out, os.path.basename(argv[0])))
                return 1
        print("%s: up to date, %d cases" % (out, n))
        return 0
    writer.save(out, [text])
    print("%s: %d cases" % (out, n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
