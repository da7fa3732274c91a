// Writes, from idl/function_table.hpp alone, what Calc and users read about the functions:
//   --idl FILE   the UNO interface (compiled to .rdb by unoidl-write, to headers by cppumaker)
//   --xcu FILE   CalcAddIns.xcu: names and descriptions for the function wizard, sv and en-US
//   --md FILE    docs/functions.md: the function reference, Swedish first
//   --py FILE    finsamcalc_table.py: the methods and their parameters for the Python component
#include "function_table.hpp"
#include "label_words.hpp"

#include <cctype>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

using namespace finsam::meta;

namespace {

std::string xml_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// The IDL type that makes Calc hand the argument over as function_table.hpp's Kind says.
std::string_view idl_type(Kind kind) {
    switch (kind) {
        case Kind::Array: return "sequence< sequence< any > >";
        case Kind::Reference: return "com::sun::star::table::XCellRange";
        case Kind::Optional: return "any";
    }
    return "?";
}

std::string idl() {
    std::ostringstream o;
    o << "// Generated from idl/function_table.hpp by idl/generate_interface.cpp. Do not edit.\n"
      // Kind::Reference's type lives in offapi; declared here, the IDL compiles against types.rdb alone.
      << "module com { module sun { module star { module table { interface XCellRange; }; }; }; };\n"
      << "module com { module sun { module star { module beans { interface XPropertySet; }; }; }; };\n\n"
      << "module se { module finsamcalc {\n\n"
      << "interface " << kInterfaceName << " : com::sun::star::uno::XInterface\n{\n";
    for (const Function& f : kFunctions) {
        o << "    any " << f.method << "(";
        for (std::size_t i = 0; i < f.params.size(); ++i) {
            const Param& p = f.params[i];
            o << (i ? ", " : "") << "[in] " << idl_type(p.kind) << " "
              << p.idl_name;
        }
        // Calc fills a parameter of this type with the calling document (SC_ADDINARG_CALLER)
        if (f.takes_document) o << ", [in] com::sun::star::beans::XPropertySet document";
        o << ");\n";
    }
    o << "};\n\n}; };\n";
    return o.str();
}

std::string localized(std::string_view prop, std::string_view sv, std::string_view en, int indent) {
    const std::string pad(indent, ' ');
    std::ostringstream o;
    o << pad << "<prop oor:name=\"" << prop << "\" oor:type=\"xs:string\">\n"
      << pad << "  <value xml:lang=\"sv\">" << xml_escape(sv) << "</value>\n"
      << pad << "  <value xml:lang=\"en-US\">" << xml_escape(en) << "</value>\n"
      << pad << "</prop>\n";
    return o.str();
}

std::string xcu() {
    std::ostringstream o;
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!-- Generated from idl/function_table.hpp by idl/generate_interface.cpp. Do not edit. -->\n"
      << "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\" "
         "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\" "
         "oor:package=\"org.openoffice.Office\">\n"
      << "  <node oor:name=\"AddInInfo\">\n"
      << "    <node oor:name=\"" << kImplementationName << "\" oor:op=\"replace\">\n"
      << "      <node oor:name=\"AddInFunctions\">\n";
    for (const Function& f : kFunctions) {
        o << "        <node oor:name=\"" << f.method << "\" oor:op=\"replace\">\n"
          << localized("DisplayName", f.display_name, f.display_name, 10)
          << localized("Description", f.desc_sv, f.desc_en, 10)
          << "          <prop oor:name=\"Category\"><value>Add-In</value></prop>\n"
          << "          <node oor:name=\"Parameters\">\n";
        for (const Param& p : f.params) {
            o << "            <node oor:name=\"" << p.idl_name << "\" oor:op=\"replace\">\n"
              << localized("DisplayName", p.name_sv, p.name_en, 14)
              << localized("Description", p.desc_sv, p.desc_en, 14) << "            </node>\n";
        }
        o << "          </node>\n        </node>\n";
    }
    o << "      </node>\n    </node>\n  </node>\n</oor:component-data>\n";
    return o.str();
}

std::string syntax(const Function& f, bool swedish) {
    std::string s = std::string(f.display_name) + "(";
    for (std::size_t i = 0; i < f.params.size(); ++i) {
        const Param& p = f.params[i];
        const std::string_view name = swedish ? p.name_sv : p.name_en;
        s += (i ? "; " : "") + (p.optional ? "[" + std::string(name) + "]" : std::string(name));
    }
    return s + ")";
}

template <class Words>
std::string word_list(const Words& words) {
    std::string out;
    for (std::size_t i = 0; i < std::size(words); ++i) out += (i ? ", " : "") + ("`" + std::string(words[i]) + "`");
    return out;
}

std::string label_rules() {
    using namespace finsam::label_words;
    std::ostringstream o;
    o << "## Hur raderna läses · How rows are read\n\n"
      << "`BUDGET_RESULT` och `FINSAM_CHECK` läser ett område som en budget: etiketter i första kolumnen "
         "(om den har text), en kolumn per period, en rubrikrad överst om den bara har text. Etiketter "
         "jämförs utan hänsyn till stora och små bokstäver och blanksteg.\n\n"
      << "- **Summarad** (räknas inte två gånger): etiketten börjar med " << word_list(kSubtotalFirstWords)
      << " eller `" << kTotalPrefix << "…` (*totalt*, *totala kostnader*, *TOTAL KOSTNAD*), eller slutar med "
      << word_list(kSubtotalEndings)
      << ". I ett område med etiketter är också en rad med belopp men utan etikett, under minst en rad, "
         "en summarad. I en kolumn utan etiketter är varje rad en rad: att ett belopp är lika med "
         "raderna ovanför räcker inte, eftersom regionens 25 % enligt lag är lika med kommunernas 25 % "
         "tillsammans. Markera etiketterna med om området har summarader.\n"
      << "- **Härledd rad** (räknas inte): årets resultat, när etiketten börjar med "
      << word_list(kResultStarts) << "; utgående eget kapital, när den börjar med "
      << word_list(kClosingEquityStarts) << ", eller när den nämner eget kapital ("
      << word_list(kEquityWords) << ") och periodens slut (" << word_list(kClosingWords) << ").\n"
      << "- **Delrad** (räknas inte): etiketten börjar med `varav` eller `därav`; en del av raden ovanför. "
         "Granskningen jämför delarna med raden när de är lika med den eller större; färre delar än raden "
         "är en ofullständig uppdelning och kontrolleras inte.\n"
      << "- **Uttag ur eget kapital** (i intäkter: inte årets intäkt): etiketten innehåller "
      << word_list(kEquityDrawParts) << ".\n"
      << "- **Rubrik**: en etikett utan belopp. Tomma celler, ett streck (-) och enheter eller "
         "periodnamn i beloppskolumnen (*tkr*, *Budget 2021*) räknas som tomma.\n"
      << "- **Kostnader** där alla rader är noll eller negativa läses som positiva kostnader.\n\n"
      << "A subtotal is a row whose label starts or ends with the words above, or an unlabelled row "
         "with amounts below lines in a labelled range. In an unlabelled column every row is a line: a row "
         "equal to the rows above it is not taken as their sum, because by law the region's 25 % equals "
         "the municipalities' 25 % together. Select the labels too when the range has subtotals. Derived rows and equity draws are "
         "recognised by the words listed; costs that are all zero or negative are read as positive.\n\n";
    return o.str();
}

// 65536 -> "65 536"
std::string swedish_count(long n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return out;
}

// "`FINSAM_AUDIT` (Område)": the Kind::Reference parameters.
std::string reference_params(bool swedish) {
    std::string out;
    for (const Function& f : kFunctions) {
        std::string names;
        for (const Param& p : f.params)
            if (p.kind == Kind::Reference)
                names += (names.empty() ? "" : ", ") + std::string(swedish ? p.name_sv : p.name_en);
        if (!names.empty())
            out += (out.empty() ? "" : ", ") + ("`" + std::string(f.display_name) + "` (" + names + ")");
    }
    return out;
}

std::string markdown() {
    std::ostringstream o;
    o << "<!-- Generated from idl/function_table.hpp by idl/generate_interface.cpp. Do not edit. -->\n"
      << "# Funktionsreferens · Function reference\n\n"
      << "Alla funktioner finns i kategorin *Add-in* i funktionsguiden (så heter den även i svenska LibreOffice 7.4). Argument inom "
         "[hakparentes] får utelämnas. Fel i indata ger ett meddelande på svenska i cellen, aldrig ett "
         "tyst felaktigt tal.\n\n"
      << "**Argumenten tar det man skriver.** Nyckel, Intäkter, Kostnader, Rader och de andra "
         "dataargumenten tar ett tal (`18642`), en matris i formeln (`{11;8;6}`), ett område på bladet, "
         "på ett annat blad, ett namngivet område eller `FÖRSKJUTNING(…)`, med samma svar och samma "
         "meddelanden.\n\n"
         "**En beräknad matris** som `B2:B4*2` räknas som matris bara i en matrisformel (Ctrl+Skift+Enter, "
         "som `FINSAM_SPLIT` ändå skrivs). I en vanlig formel skär Calc den till formelns egen rad innan "
         "tillägget anropas (Calc ger tilläggens matrisargument klassen Array, inte ForceArray): står "
         "formeln på en rad utanför B2:B4 blir svaret `#VÄRDEFEL!`, men står den på rad 2–4 får tillägget "
         "bara den radens tal och kan inte skilja det från ett inskrivet tal (`=FINSAM_SPLIT(7000000;1)` "
         "är en riktig fördelning för ett förbund med en kommun). Uppmätt i 7.4 och 25.2: "
         "`=TEXTJOIN(\"|\";0;FINSAM_SPLIT(7000000;B2:B4*2))` på rad 3 ger 3500000|1750000|1750000, en "
         "enda kommun. **Råd:** skriv formeln som matrisformel, låt Calc räkna matrisen också i en vanlig "
         "formel med `TRANSPONERA(TRANSPONERA(B2:B4*2))`, eller räkna nyckeln i en hjälpkolumn och "
         "markera den.\n\n"
         "**Sanningsvärden** (`SANT()`, `FALSKT()`, en cell med SANT, en jämförelse som `B2:B4>0`) räknas "
         "som 1 och 0. Calc gör om dem till tal innan tillägget anropas (`ScRangeToSequence::FillMixedArray` "
         "och ett enkelt värde ger `double`, aldrig `boolean`; `{1;SANT()}` vägrar Calc själv med Err:539), "
         "så tillägget kan inte se att det var ett sanningsvärde: uppmätt i 7.4, läst i källkoden för 25.2. "
         "Skriv belopp, inte sanningsvärden, i dataargumenten.\n\n"
         "**Rubriker är inga belopp.** Resultat och Ingående eget kapital (`EQUITY_PROJECTION`) och Nyckel "
         "(`FINSAM_SPLIT`) får markeras med sin rubrik: i ett block med två rader (eller två kolumner) "
         "vars första är en periodrubrik (årtal, \"2 024\", datum, \"Budget 2025\", \"Prognos 2024\", tomma "
         "sammanfogade celler) läses den andra, och perioderna får rubrikens namn; i en enda rad eller "
         "kolumn hoppas rubrikceller i början över (en text som namnger en period eller kolumnen, och för "
         "belopp ett årtal skrivet som tal, som `BUDGET_RESULT` läser en kolumn utan etiketter). Ett datum "
         "överst i en enda kolumn kan inte skiljas från ett belopp (45 292 för 2024-01-01), och ett årtal "
         "överst i en nyckelkolumn är en vikt (2 024 invånare): markera då rubriken i ett block med två "
         "rader, eller börja markeringen under den. En kommuns namn i nyckeln är ingen rubrik utan ett "
         "fel.\n\n"
         "**Ett svar i en rad eller kolumn** (`FINSAM_SPLIT`, `BUDGET_RESULT`, `EQUITY_PROJECTION`, "
         "`FINSAM_AUDIT`) är en matris också när det har en enda cell, så att `INDEX(F(…);1)` läser det, "
         "även ett meddelande (Calc ger Err:504 för INDEX på ett enkelt värde). En text i ett tilläggs "
         "matris jämförs i Calc 7.4 och 25.2 som olik samma inskrivna text (`=A1=\"…\"` ger FALSKT, även "
         "i celler som hänvisar till den; strängen läggs inte i dokumentets strängpool): jämför ett "
         "meddelande med `VÄNSTER(A1;5)=\"Fel i\"` eller `A1&\"\"=…`. Tal jämförs som vanligt. `FINSAM_CHECK` "
         "och `EQUITY_CEILING_CHECK` svarar med en vanlig text, så att `=A1=\"OK\"` fungerar.\n\n"
         "**Hela kolumner kostar.** Calc omvandlar ett område i ett dataargument helt innan tillägget "
         "anropas (`ScRangeToSequence::FillMixedArray`, i 7.4 och 25.2; ingen argumenttyp som tar tal och "
         "matriser får området krympt till det ifyllda): omkring 24 byte och 0,5 µs per cell. `B:B` är "
         "1 048 576 celler, ungefär 0,5 CPU-sekunder och 66 MB per anrop; `A:J` 2,3 s och 1,4 GB; `A:AMJ` (hela "
         "bladet) kräver tiotals GB och får LibreOffice att ta slut på minne. Tillägget lägger inget till: "
         "av ett område med fler än " << swedish_count(kReadWholeCells) << " celler läser det bara fram till "
         "sista ifyllda rad och kolumn. **Råd:** välj de ifyllda raderna (`B2:B40`), eller ett namngivet "
         "område över dem; välj aldrig hela bladet. " << reference_params(true) << " är en referens till "
         "celler: den läses som menykommandot läser bladet (ett datum är ingen summa), bara så långt "
         "bladet är använt, så där kostar hela kolumner inget; ett tal eller en matris ger där `Err:504`, "
         "för en budget att granska står alltid på bladet.\n\n"
         "**Kostnad per anrop** (`scripts/bench --rows 20000 --runs 3`, LibreOffice 7.4, median av 3 "
         "körningar på en delad maskin; CPU-tid över samma blad med svaren inskrivna som tal, och kvoten "
         "mot samma svar från Calcs egna formler; hel kolumn: CPU-sekunder och MB över bladet utan "
         "formeln). Minnestoppen ändras inte av vanliga anrop: soffice når sina 213 MB vid start, och 20 "
         "000 anrop stannar under den.\n"
         "\n"
         "| Funktion | µs per anrop | mot Calcs egna formler | hel kolumn | CPU-s | MB |\n"
         "|---|---|---|---|---|---|\n"
         "| `FINSAM_SPLIT` | 66 | 1,23 × AVRUNDA | `B:B` | +0,53 | +66 |\n"
         "| `BUDGET_RESULT` | 25 | 1,28 × SUMMA.OMF | `A:B;C:D` | +1,40 | +330 |\n"
         "| `EQUITY_PROJECTION` | 40 | 1,54 × +SUMMA | `D:D` | +0,54 | +66 |\n"
         "| `EQUITY_CEILING` | 11 | 1,00 × AVRUNDA(*LETARAD) | `AI:AJ` | +0,64 | +114 |\n"
         "| `EQUITY_CEILING_CHECK` | 12 | 1,29 × OM(<=*LETARAD) | `AI:AJ` | +0,64 | +114 |\n"
         "| `FINSAM_CHECK` | 14 | 1,47 × OM(SUMMA()=…) | `B:B` | +0,49 | +66 |\n"
         "| `FINSAM_AUDIT` | 90 (en budget på 6 rader) | – | `A:Z`; hela bladet | +0,05; +0,10 | 0; 0 |\n"
         "\n"
      << "All functions are in the *Add-In* category of the Function Wizard. Arguments in [brackets] "
         "may be omitted. Bad input gives a Swedish message in the cell, never a silently wrong "
         "number.\n\n"
      << "**Arguments take what people type.** Key, Income, Costs, Lines and the other data arguments "
         "take a number (`18642`), an inline array (`{11;8;6}`), a range on the sheet, on another sheet, "
         "a named range or `OFFSET(…)`, with the same answer and the same messages.\n\n"
         "**A computed array** such as `B2:B4*2` is computed as an array only in an array formula "
         "(Ctrl+Shift+Enter, as `FINSAM_SPLIT` is entered anyway). In an ordinary formula Calc cuts it to "
         "the formula's own row before the add-in is called (Calc gives add-in array parameters the class "
         "Array, not ForceArray): on a row outside B2:B4 the answer is `#VALUE!`, but on rows 2–4 the "
         "add-in gets that row's number only and cannot tell it from a typed number "
         "(`=FINSAM_SPLIT(7000000;1)` is a true split for a förbund of one municipality). Measured in 7.4 "
         "and 25.2: `=TEXTJOIN(\"|\";0;FINSAM_SPLIT(7000000;B2:B4*2))` on row 3 gives "
         "3500000|1750000|1750000, one municipality. **Advice:** enter the formula as an array formula, "
         "make Calc compute the array in an ordinary formula too with `TRANSPOSE(TRANSPOSE(B2:B4*2))`, or "
         "compute the key in a helper column and select that.\n\n"
         "**Logical values** (`TRUE()`, `FALSE()`, a cell holding TRUE, a comparison such as `B2:B4>0`) "
         "count as 1 and 0. Calc turns them into numbers before the add-in is called "
         "(`ScRangeToSequence::FillMixedArray` and a single value give a `double`, never a `boolean`; "
         "`{1;TRUE()}` Calc refuses itself with Err:539), so the add-in cannot see that it was a logical "
         "value: measured in 7.4, read in the source of 25.2. Type amounts, not logical values, in data "
         "arguments.\n\n"
         "**Headers are no amounts.** Results and Opening equity (`EQUITY_PROJECTION`) and Key "
         "(`FINSAM_SPLIT`) may be selected with their header: in a block of two rows (or two columns) whose "
         "first is a period header (years, \"2 024\", dates, \"Budget 2025\", \"Prognos 2024\", empty merged "
         "cells) the second is read, and the periods take the header's names; in a single row or column "
         "header cells at its start are skipped (a text naming a period or the column, and for amounts a "
         "year typed as a number, as `BUDGET_RESULT` reads a column without labels). A date at the top of "
         "a single column cannot be told from an amount (45 292 for 2024-01-01), and a year at the top of "
         "a key column is a weight (2 024 inhabitants): select the header in a block of two rows then, or "
         "start the selection below it. A municipality's name in the key is no header but an error.\n\n"
         "**An answer in a row or column** (`FINSAM_SPLIT`, `BUDGET_RESULT`, `EQUITY_PROJECTION`, "
         "`FINSAM_AUDIT`) is an array also when it has a single cell, so that `INDEX(F(…);1)` reads it, a "
         "message too (Calc gives Err:504 for INDEX on a plain value). A text inside an add-in's array "
         "compares unequal to the same typed text in Calc 7.4 and 25.2 (`=A1=\"…\"` is FALSE, also in cells "
         "referring to it; the string is not put in the document's string pool): compare a message with "
         "`LEFT(A1;5)=\"Fel i\"` or `A1&\"\"=…`. Numbers compare as usual. `FINSAM_CHECK` and "
         "`EQUITY_CEILING_CHECK` answer with a plain text, so that `=A1=\"OK\"` works.\n\n"
         "**Whole columns cost.** Calc converts a range in a data argument whole before the call "
         "(`ScRangeToSequence::FillMixedArray`, in 7.4 and 25.2; no argument type that takes numbers and "
         "arrays gets its range shrunk to the data): about 24 bytes and 0.5 µs a cell. `B:B` is 1 048 576 "
         "cells, about 0.5 CPU seconds and 66 MB a call; `A:J` 2.3 s and 1.4 GB; `A:AMJ` (the whole sheet) needs "
         "tens of GB and runs LibreOffice out of memory. The add-in adds nothing: of a range of more than "
         << swedish_count(kReadWholeCells) << " cells it reads only up to the last filled row and column. "
         "**Advice:** select the filled rows (`B2:B40`), or a named range over them; never the whole "
         "sheet. " << reference_params(false) << " is a reference to cells: it is read as the menu command "
         "reads the sheet (a date is no amount), only as far as the sheet is used, so whole columns cost "
         "nothing there; a number or an array gives `Err:504` there, since a budget to audit always "
         "stands on the sheet.\n\n"
         "**Cost a call** (`scripts/bench --rows 20000 --runs 3`, LibreOffice 7.4, median of 3 runs on a "
         "shared machine; CPU time above the same sheet with the answers typed as numbers, and the ratio "
         "to the same answers from Calc's own formulas; whole column: CPU seconds and MB above the sheet "
         "without the formula). Ordinary calls do not move the memory peak: soffice reaches its 213 MB at "
         "start-up, and 20 000 calls stay below it.\n"
         "\n"
         "| Function | µs a call | against Calc's own formulas | whole column | CPU s | MB |\n"
         "|---|---|---|---|---|---|\n"
         "| `FINSAM_SPLIT` | 66 | 1.23 × ROUND | `B:B` | +0.53 | +66 |\n"
         "| `BUDGET_RESULT` | 25 | 1.28 × SUMIFS | `A:B;C:D` | +1.40 | +330 |\n"
         "| `EQUITY_PROJECTION` | 40 | 1.54 × +SUM | `D:D` | +0.54 | +66 |\n"
         "| `EQUITY_CEILING` | 11 | 1.00 × ROUND(*VLOOKUP) | `AI:AJ` | +0.64 | +114 |\n"
         "| `EQUITY_CEILING_CHECK` | 12 | 1.29 × IF(<=*VLOOKUP) | `AI:AJ` | +0.64 | +114 |\n"
         "| `FINSAM_CHECK` | 14 | 1.47 × IF(SUM()=…) | `B:B` | +0.49 | +66 |\n"
         "| `FINSAM_AUDIT` | 90 (a 6-row budget) | – | `A:Z`; the whole sheet | +0.05; +0.10 | 0; 0 |\n"
         "\n"
         "## Svenska\n\n";
    for (const Function& f : kFunctions) {
        o << "### " << f.display_name << "\n\n" << f.desc_sv << "\n\n`" << syntax(f, true) << "`\n\n"
          << "| Argument | Beskrivning |\n|---|---|\n";
        for (const Param& p : f.params)
            o << "| " << p.name_sv << (p.optional ? " (valfritt)" : "") << " | " << p.desc_sv << " |\n";
        o << "\n**Resultat:** " << f.result_sv << "\n\n**Exempel:** `" << f.example << "` → "
          << f.example_result << "\n\n";
    }
    o << "## English\n\n";
    for (const Function& f : kFunctions) {
        o << "### " << f.display_name << "\n\n" << f.desc_en << "\n\n`" << syntax(f, false) << "`\n\n"
          << "| Argument | Description |\n|---|---|\n";
        for (const Param& p : f.params)
            o << "| " << p.name_en << (p.optional ? " (optional)" : "") << " | " << p.desc_en << " |\n";
        o << "\n**Example:** `" << f.example << "` → " << f.example_result << "\n\n";
    }
    o << label_rules();
    o << "I sparade filer står anropen som / stored in files as `";
    std::string upper(kImplementationName);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    o << upper << ".<METOD>`: ";
    for (std::size_t i = 0; i < std::size(kFunctions); ++i) {
        std::string method(kFunctions[i].method);
        for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        o << (i ? ", " : "") << kFunctions[i].display_name << " = `" << upper << "." << method << "`";
    }
    o << ".\n";
    return o.str();
}

}  // namespace

// The Python component's view of the table (addin/python): each method with its parameters in the
// IDL's order and how Calc hands each over, so the component converts them as the C++ one does.
std::string_view py_kind(Kind kind) {
    switch (kind) {
        case Kind::Array: return "array";
        case Kind::Reference: return "reference";
        case Kind::Optional: return "optional";
    }
    return "?";
}

std::string python() {
    std::ostringstream o;
    std::string module(kInterfaceModule);  // se::finsamcalc -> se.finsamcalc
    for (std::size_t at; (at = module.find("::")) != std::string::npos;) module.replace(at, 2, ".");
    o << "# Generated from idl/function_table.hpp by idl/generate_interface.cpp. Do not edit.\n"
      << "IMPLEMENTATION_NAME = \"" << kImplementationName << "\"\n"
      << "INTERFACE_NAME = \"" << module << "." << kInterfaceName << "\"\n"
      << "# A reference argument of more cells than this is read only as far as the sheet is used.\n"
      << "READ_WHOLE_CELLS = " << kReadWholeCells << "\n"
      << "# methods whose answer of one cell goes back as a 1 x 1 array (idl/function_table.hpp, array_result)\n"
      << "ARRAY_RESULTS = {";
    for (const Function& f : kFunctions)
        if (f.array_result) o << "\"" << f.method << "\", ";
    o << "}\n"
      << "# method -> ((parameter, kind), ...) in the IDL's order; kind: array, reference, optional\n"
      << "FUNCTIONS = {\n";
    for (const Function& f : kFunctions) {
        o << "    \"" << f.method << "\": (";
        for (const Param& p : f.params) o << "(\"" << p.idl_name << "\", \"" << py_kind(p.kind) << "\"), ";
        o << "),\n";
    }
    o << "}\n";
    return o.str();
}

int main(int argc, char** argv) {
    const std::map<std::string, std::string (*)()> writers = {
        {"--idl", idl}, {"--xcu", xcu}, {"--md", markdown}, {"--py", python}};
    if (argc < 3 || argc % 2 == 0) {
        std::cerr << "usage: generate_interface [--idl F] [--xcu F] [--md F] [--py F]\n";
        return 2;
    }
    for (int i = 1; i + 1 < argc; i += 2) {
        auto w = writers.find(argv[i]);
        if (w == writers.end()) {
            std::cerr << "unknown option " << argv[i] << "\n";
            return 2;
        }
        std::ofstream out(argv[i + 1], std::ios::binary);
        out << w->second();
        if (!out) {
            std::cerr << "cannot write " << argv[i + 1] << "\n";
            return 1;
        }
    }
    return 0;
}
