// The one table of finsam-calc's Calc functions.
//
// Everything Calc and the user see of a function comes from here: the build generates the UNO IDL
// (idl/generate_interface.cpp), CalcAddIns.xcu (function wizard texts in Swedish and English) and
// docs/functions.md from it, and addin/messages/messages.cpp names arguments in messages from it.
//
// Adding a function FOO_BAR (method fooBar):
//   1. a row in kFunctions below, with its parameters (reuse the shared ones: kUnitParam, ...) and
//      each one's Kind (Reference for a range users may give as whole columns);
//   2. its maths in addin/core/foo_bar.{hpp,cpp}, with an enum of its arguments in the order above
//      (problems name arguments by that position) and unit tests in tests/unit;
//   3. its argument reading in addin/calc/calc_functions.cpp (checked against this table by a
//      static_assert there), and any new Fault's words in addin/messages/messages.cpp;
//   4. one method in addin/uno/functions_component.cpp;
//   5. `cp build/generated/functions.md docs/` and a case in tests/badinput/make_badinput.py.
//
// Never rename `method` or kImplementationName: saved workbooks store
// "<implementation name>.<method>" for every call.
#pragma once

#include <span>
#include <string_view>

namespace finsam::meta {

inline constexpr std::string_view kImplementationName = "se.finsamcalc.Functions";
inline constexpr std::string_view kInterfaceModule = "se::finsamcalc";
inline constexpr std::string_view kInterfaceName = "XFunctions";

// How Calc hands an argument over, which is the IDL type of the parameter:
//   Array      sequence<sequence<any>>: a range (on the sheet, another sheet, a named range,
//              OFFSET(...)), an inline array {1;2}, a single value or a computed array (B2:B4*2),
//              always as a 2-D array with text kept as text. Calc converts a range whole before the
//              call (ScRangeToSequence::FillMixedArray, about 24 bytes and 0.5 µs a cell, in 7.4 and
//              25.2 alike: no argument type has its range shrunk to the data area). So a whole column
//              B:B costs about 25 MB and 0.5 s of Calc's own work per call, whatever the add-in does.
//              The glue adds nothing to that: an array of more than kReadWholeCells cells is taken
//              into the core only down to its last filled row and across to its last filled column
//              (addin/uno/any_conversion.cpp).
//   Reference  com.sun.star.table.XCellRange: a reference to cells and nothing else; a value, an
//              inline array or a computed array is Err:504 from Calc. The glue reads the cells itself,
//              a large range only as far as the sheet is used, so a whole column costs what its
//              filled part costs, and it can see each cell's number format (a date is not an amount).
//              Only FINSAM_AUDIT's Område: a budget as it stands on the sheet, never typed in the
//              formula, read as the menu command reads the sheet.
//   Optional   any: may be omitted, and Calc passes void then, which is how the core tells "omitted"
//              from "0".
enum class Kind { Array, Reference, Optional };

// An Array argument of more than this many cells keeps only its filled part (trailing empty rows
// and columns dropped); a Reference argument of more is read only down to the sheet's last used
// row and across to its last used column (the cells left out are empty).
inline constexpr long kReadWholeCells = 65536;

struct Param {
    std::string_view idl_name;  // also the node name in CalcAddIns.xcu
    Kind kind;
    std::string_view name_sv, name_en;
    std::string_view desc_sv, desc_en;
    bool optional = kind == Kind::Optional;  // follows from kind; never given in a row
};

struct Function {
    std::string_view method;        // IDL method name; part of the stored formula name
    std::string_view display_name;  // the name users type, the same in every language
    std::string_view desc_sv, desc_en;
    std::span<const Param> params;
    std::string_view result_sv;     // what comes back, for the reference docs
    std::string_view example;       // a formula in Calc syntax
    std::string_view example_result;
    // Calc also passes the document (an IDL parameter com.sun.star.beans.XPropertySet after the
    // others, which Calc fills itself and never shows): FINSAM_AUDIT reads its range with the
    // document's number formats, as the menu command reads a sheet.
    bool takes_document = false;
    // An answer of one cell goes back as a 1 × 1 array (true: FINSAM_SPLIT, BUDGET_RESULT,
    // EQUITY_PROJECTION, FINSAM_AUDIT, whose answers are rows or columns: INDEX(F(…); 1) then reads
    // a one-period answer or its message; Calc gives Err:504 for INDEX on a plain value) or as a
    // plain value (false: the functions that always answer one cell). Measured in 7.4 and 25.2: a
    // text inside an add-in's array result compares unequal to the same typed text (="OK" is FALSE,
    // COUNTIF and MATCH miss it; its string is not interned in the document's pool,
    // ScSequenceToMatrix::CreateMixedMatrix), also in other cells that refer to it, while numbers
    // compare equal. So FINSAM_CHECK's and EQUITY_CEILING_CHECK's "OK" stays a plain text.
    bool array_result = false;
};

inline constexpr Param kSplitParams[] = {
    {"total", Kind::Array, "Belopp", "Amount",
     "Det belopp som ska fördelas: medlemsbidragens totala summa (eller statens tilldelning om Bas = 1).",
     "The amount to share: the total of the member contributions (or the state's allocation if Base = 1)."},
    {"key", Kind::Array, "Nyckel", "Key",
     "Kommunernas fördelningsnyckel: en kolumn eller en rad med invånarantal eller fasta andelar, en "
     "kommun per cell, t.ex. B2:B4, {11;8;6} eller 1 för en enda kommun.",
     "The municipalities' key: one column or one row of populations or fixed shares, one municipality "
     "per cell, e.g. B2:B4, {11;8;6} or 1 for a single municipality."},
    {"step", Kind::Optional, "Avrundning", "Rounding",
     "Avrundningssteg i samma enhet som beloppet: 1, 100 eller 1000. Standard 1.",
     "Rounding step in the amount's unit: 1, 100 or 1000. Default 1."},
    {"stateLines", Kind::Optional, "Statens rader", "State lines",
     "1 = staten på en rad (standard), 2 = Försäkringskassan och Arbetsförmedlingen på var sin rad.",
     "1 = the state as one line (default), 2 = Försäkringskassan and Arbetsförmedlingen as two lines."},
    {"base", Kind::Optional, "Bas", "Base",
     "0 = Belopp är totalen (standard), 1 = Belopp är statens tilldelning och totalen är dubbelt så "
     "stor.",
     "0 = Amount is the total (default), 1 = Amount is the state's allocation and the total is twice "
     "that."},
};

inline constexpr Param kBudgetResultParams[] = {
    {"income", Kind::Array, "Intäkter", "Income",
     "Intäktsraderna: en kolumn med belopp, eller etiketter i första kolumnen och en kolumn per period; "
     "eller ett tal. Rader som tar pengar ur eget kapital räknas inte som intäkt, och en rubrikrad med "
     "perioder (2025, ett datum, Budget 2025) är inget belopp. T.ex. A3:B7, 18642 eller {1000;2000}.",
     "The income lines: one column of amounts, or labels in the first column and one column per "
     "period; or a number. Lines that take money from equity are not income, and a heading row of "
     "periods (2025, a date, Budget 2025) is no amount. E.g. A3:B7, 18642 or {1000;2000}."},
    {"costs", Kind::Array, "Kostnader", "Costs",
     "Kostnadsraderna, på samma sätt. Summarader räknas inte två gånger; kostnader får skrivas positiva "
     "eller negativa.",
     "The cost lines, likewise. Subtotal rows are not counted twice; costs may be typed positive or "
     "negative."},
};

inline constexpr Param kEquityProjectionParams[] = {
    {"opening", Kind::Array, "Ingående eget kapital", "Opening equity",
     "Eget kapital vid början av den första perioden; eller ett värde per period, där en tom cell "
     "betyder att perioden börjar där den förra slutade.",
     "Equity at the start of the first period; or one value per period, where an empty cell means "
     "the period starts where the previous one ended."},
    {"results", Kind::Array, "Resultat", "Results",
     "Periodernas resultat i ordning, en rad eller en kolumn.",
     "The periods' results in order, one row or one column."},
    {"periods", Kind::Optional, "Perioder", "Periods",
     "Periodernas namn, t.ex. Budget 2020, Prognos 2020, Budget 2021. En budget som följs av en "
     "prognos för samma år ingår inte i kedjan: nästa år bygger på prognosen.",
     "The periods' names, e.g. Budget 2020, Prognos 2020, Budget 2021. A budget followed by a "
     "forecast (Prognos) for the same year is left out of the chain: the next year builds on the "
     "forecast."},
};

// Parameters that several functions take, defined once.
inline constexpr Param kContributionsParam = {"contributions", Kind::Array, "Medlemsbidrag", "Member contributions",
                                              "Årets medlemsbidrag sammanlagt.",
                                              "The year's member contributions in total."};
inline constexpr Param kStaircaseParam = {
    "staircase", Kind::Array, "Trappa", "Staircase",
    "Nationella rådets trappa som två kolumner: nedre gräns för medlemsbidragen och högsta andel "
    "eget kapital (t.ex. 20 %). Fylls i av användaren.",
    "The national council's staircase as two columns: lower bound of the member contributions and "
    "the highest equity share (e.g. 20 %). Filled in by the user."};
inline constexpr Param kUnitParam = {"unit", Kind::Optional, "Enhet", "Unit",
                                     "Enheten i meddelandet: kr (standard), tkr eller tom.",
                                     "The unit in the message: kr (default), tkr or empty."};

inline constexpr Param kEquityCeilingParams[] = {kContributionsParam, kStaircaseParam};

inline constexpr Param kEquityCeilingCheckParams[] = {
    {"equity", Kind::Array, "Eget kapital", "Equity", "Det egna kapitalet som ska prövas.", "The equity to test."},
    kContributionsParam,
    kStaircaseParam,
    kUnitParam,
};

inline constexpr Param kCheckParams[] = {
    {"lines", Kind::Array, "Rader", "Lines",
     "Raderna som ska summeras: en kolumn med belopp, eller etiketter och belopp. Summarader i "
     "området räknas inte. T.ex. B3:B9 eller {100;200;300}.",
     "The lines to add up: one column of amounts, or labels and amounts. Subtotal rows in the range "
     "are not counted. E.g. B3:B9 or {100;200;300}."},
    {"total", Kind::Array, "Angiven summa", "Stated total",
     "Summan som den står i dokumentet, en cell (eller en per period).",
     "The total as the document states it, one cell (or one per period)."},
    {"tolerance", Kind::Optional, "Tolerans", "Tolerance",
     "Största tillåtna skillnad, t.ex. för avrundade tkr-belopp. Standard 0.",
     "Largest difference accepted, e.g. for amounts rounded to thousands. Default 0."},
    kUnitParam,
};

inline constexpr Param kAuditParams[] = {
    {"range", Kind::Reference, "Område", "Range",
     "En budget som den står på bladet: etiketter i en kolumn, en eller flera periodkolumner, "
     "rubriker, rader, summarader och resultat. Ett område på bladet, t.ex. A4:D40 eller hela "
     "kolumner A:D (läses som menykommandot läser bladet: ett datum är ingen summa).",
     "A budget as it stands on the sheet: labels in one column, one or more period columns, "
     "headings, lines, subtotal rows and results. A range on the sheet, e.g. A4:D40 or whole "
     "columns A:D."},
};

inline constexpr Function kFunctions[] = {
    {"finsamSplit", "FINSAM_SPLIT",
     "Fördelar medlemsbidragen enligt finsamlagen: staten 50 %, regionen 25 % och kommunerna 25 % "
     "efter nyckel. Varje del avrundas och delarna blir exakt totalen. Resultatet är en kolumn i "
     "ordningen staten (eller FK och AF på var sin rad), regionen, sedan varje kommun i nyckelns ordning.",
     "Shares the member contributions by the Finsam law: the state 50 %, the region 25 % and the "
     "municipalities 25 % by key. Every part is rounded and the parts add up to the total exactly. The "
     "result is a column in the order: the state (or FK and AF on a line each), the region, then each "
     "municipality in the key's order.",
     kSplitParams,
     "En kolumn (en rad om nyckeln är en rad): staten (eller FK och AF), regionen, sedan varje kommun "
     "i nyckelns ordning.",
     "=FINSAM_SPLIT(7156000; B2:B4; 1000; 2)", "1 789 000; 1 789 000; 1 789 000; 1 341 000; 323 000; "
                                                 "125 000", false, true},
    {"budgetResult", "BUDGET_RESULT",
     "Årets resultat: intäkter minus kostnader. Pengar som tas ur eget kapital räknas inte som intäkt "
     "och summarader räknas inte två gånger.",
     "The result of the year: income minus costs. Money taken from equity is not income and subtotal "
     "rows are not counted twice.",
     kBudgetResultParams,
     "Ett tal, eller en rad med ett resultat per periodkolumn.",
     "=BUDGET_RESULT(A3:B7; A9:B30)", "-269 000", false, true},
    {"equityProjection", "EQUITY_PROJECTION",
     "Utgående eget kapital efter varje period: ingående eget kapital plus periodernas resultat.",
     "Closing equity after each period: opening equity plus the periods' results.",
     kEquityProjectionParams,
     "Samma form som Resultat: utgående eget kapital per period.",
     "=EQUITY_PROJECTION(4425; -2371)", "2 054", false, true},
    {"equityCeiling", "EQUITY_CEILING",
     "Det högsta egna kapital som trappan tillåter för årets medlemsbidrag: andelen i det steg som "
     "gäller gånger medlemsbidragen.",
     "The highest equity the staircase allows for the year's member contributions: the share of the "
     "step that applies times the contributions.",
     kEquityCeilingParams, "Ett belopp: taket för eget kapital.",
     "=EQUITY_CEILING(7156000; H2:I5)", "1 431 200 (om steget är 20 %)"},
    {"equityCeilingCheck", "EQUITY_CEILING_CHECK",
     "Prövar eget kapital mot trappans tak. Ger OK eller en mening om hur mycket taket överskrids.",
     "Tests equity against the staircase's ceiling. Gives OK or a sentence saying by how much the "
     "ceiling is exceeded.",
     kEquityCeilingCheckParams, "Texten OK, eller en mening med eget kapital, taket och skillnaden.",
     "=EQUITY_CEILING_CHECK(2054000; 5662000; H2:I5)", "OK"},
    {"finsamCheck", "FINSAM_CHECK",
     "Kontrollerar att raderna summerar till den angivna summan. Ger OK eller en mening om skillnaden.",
     "Checks that the lines add up to the stated total. Gives OK or a sentence about the difference.",
     kCheckParams,
     "Texten OK, eller en mening som anger radernas summa, den angivna summan och skillnaden.",
     "=FINSAM_CHECK(B3:B9; B10)", "OK"},
    {"finsamAudit", "FINSAM_AUDIT",
     "Granskar en budget: summor mot sina rader, resultat mot intäkter − kostnader, eget kapital "
     "mellan perioder och medlemsbidragen mot 50/25/25, och pekar ut den siffra som ska rättas. En rad "
     "per avvikelse. Markera sex kolumner och så många rader du vill se: svaret fyller minst "
     "20 rader (fler om det finns fler avvikelser) och det som blir över är tomt, inte #SAKNAS.",
     "Audits a budget: sums against their lines, results against income − costs, equity between "
     "periods and member contributions against 50/25/25, and names the figure to fix. One row per "
     "finding. Select six columns and as many rows as you want to see: the answer fills at least 20 rows "
     "(more if there are more findings) and what is left over is empty, not #N/A.",
     kAuditParams,
     "Sex kolumner per siffra att rätta: rad, period, angivet belopp, rätt värde (eller, när tabellen "
     "inte kan avgöra vilken siffra som är fel, vad sambandet ger), skillnad, förklaring med troligt "
     "slarvfel. Stämmer allt: en rad som säger det och hur många kontroller som gjordes.",
     "=FINSAM_AUDIT(A4:D40)", "Allt stämmer: 27 kontroller i 3 kolumner.", true, true},
};

constexpr const Function* find_function(std::string_view method) {
    for (const Function& f : kFunctions)
        if (f.method == method) return &f;
    return nullptr;
}

// For constant expressions: an unknown name does not compile.
constexpr const Function& function(std::string_view method) {
    for (const Function& f : kFunctions)
        if (f.method == method) return f;
    throw "unknown function";
}

// The index of a parameter by its IDL name, or -1.
constexpr int param_index(const Function& f, std::string_view idl_name) {
    for (std::size_t i = 0; i < f.params.size(); ++i)
        if (f.params[i].idl_name == idl_name) return static_cast<int>(i);
    return -1;
}

}  // namespace finsam::meta
