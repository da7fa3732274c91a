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
      << "module com { module sun { module star { module table { interface XCellRange; }; }; }; };\n\n"
      << "module se { module finsamcalc {\n\n"
      << "interface " << kInterfaceName << " : com::sun::star::uno::XInterface\n{\n";
    for (const Function& f : kFunctions) {
        o << "    any " << f.method << "(";
        for (std::size_t i = 0; i < f.params.size(); ++i) {
            const Param& p = f.params[i];
            o << (i ? ", " : "") << "[in] " << idl_type(p.kind) << " "
              << p.idl_name;
        }
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

// "FINSAM_SPLIT (Nyckel), BUDGET_RESULT (Intäkter, Kostnader), …": the Kind::Reference parameters.
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
      << "Några argument är *ett område på bladet*: " << reference_params(true)
      << ". De tar en referens (`B2:B4`, hela kolumner som `B:B`, ett namngivet område, `OFFSET(…)`); "
         "ett värde, en matris som `{1;2}` eller en beräknad matris ger där `Err:504` från Calc. Ett "
         "område med fler än " << swedish_count(kReadWholeCells) << " celler läses bara ned till bladets sista "
         "använda rad och till dess sista använda kolumn, så hela kolumner räknas lika snabbt som det "
         "ifyllda området. Cellerna som inte läses är tomma; för en nyckel som `B:B` betyder det att den "
         "slutar där bladet slutar, och en tom cell före det är som förut ett fel.\n\n"
      << "All functions are in the *Add-In* category of the Function Wizard. Arguments in [brackets] "
         "may be omitted. Bad input gives a Swedish message in the cell, never a silently wrong "
         "number.\n\n"
      << "Some arguments are *a range on the sheet*: " << reference_params(false)
      << ". They take a reference (`B2:B4`, whole columns such as `B:B`, a named range, `OFFSET(…)`); a "
         "value, an array such as `{1;2}` or a computed array gives `Err:504` from Calc there. A range "
         "of more than " << swedish_count(kReadWholeCells) << " cells is read only down to the sheet's last "
         "used row and across to its last used column, so whole columns cost what the filled part costs. "
         "The cells left unread are empty; for a key such as `B:B` that means it ends where the sheet "
         "ends, and an empty cell before that is an error as before.\n\n## Svenska\n\n";
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
