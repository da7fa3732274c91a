// The readers of documents that are not spreadsheets (addin/readers/document_tables).
#include "audit_report.hpp"
#include "helpers.hpp"
#include "document_tables.hpp"
#include "text_decoding.hpp"
#include "text_reading.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace finsam;

TEST_CASE("Swedish amounts in printed text", "[audit][text]") {
    CHECK(parse_swedish_amount("1 789 000") == 1789000.0);
    CHECK(parse_swedish_amount("-269 000") == -269000.0);
    CHECK(parse_swedish_amount("\xE2\x88\x92" "1 382") == -1382.0);
    CHECK(parse_swedish_amount("2 054 tkr") == 2054.0);
    CHECK(parse_swedish_amount("1 789 000 kr (fördelat på 3 HSN områden)") == 1789000.0);
    CHECK(parse_swedish_amount("12,50") == 12.5);
    CHECK(parse_swedish_amount("1\xC2\xA0" "000") == 1000.0);
    CHECK_FALSE(parse_swedish_amount("2020,2021"));
    CHECK_FALSE(parse_swedish_amount("till och med februari 2022"));
    CHECK_FALSE(parse_swedish_amount("1 78 000"));
}

TEST_CASE("Swedish amounts in every notation plans print (issue 20)", "[audit][text][notation]") {
    // Negative as (1 250) and 1 250-, with the minus sign or en dash; kronor as 1 250:- stay positive.
    CHECK(parse_swedish_amount("(1 250)") == -1250.0);
    CHECK(parse_swedish_amount("1 250-") == -1250.0);
    CHECK(parse_swedish_amount("1 250 -") == -1250.0);
    CHECK(parse_swedish_amount("\xE2\x80\x93" "1 250") == -1250.0);
    CHECK(parse_swedish_amount("1 250:-") == 1250.0);
    CHECK(parse_swedish_amount("0,2-") == -0.2);
    CHECK_FALSE(parse_swedish_amount("--1 250"));
    CHECK_FALSE(parse_swedish_amount("-1 250-"));
    CHECK_FALSE(parse_swedish_amount("(2021)"));  // a year in brackets names a period
    // Thousands by thin space, narrow no-break space and dot (as Excel prints them).
    CHECK(parse_swedish_amount("1\xE2\x80\x89" "250\xE2\x80\x89" "000") == 1250000.0);
    CHECK(parse_swedish_amount("1\xE2\x80\xAF" "250") == 1250.0);
    CHECK(parse_swedish_amount("1.250.000") == 1250000.0);
    CHECK(parse_swedish_amount("(1.250)") == -1250.0);
    CHECK(parse_swedish_amount("12.345,50") == 12345.5);
    CHECK_FALSE(parse_swedish_amount("1.250 000"));  // one kind of separator in one figure
    CHECK_FALSE(parse_swedish_amount("1.25"));
}

TEST_CASE("tables in printed text: pipe tables, tab lines, sub-headings kept", "[audit][text]") {
    const std::string doc =
        "Inledande text som inte är en tabell.\n\n"
        "| | 2020 |\n|--|--|\n| Medlemsbidrag | 7 156 000 |\n| <i>Kansli</i> | |\n| Revision | 50 000 |\n\n"
        "Prosa som är mycket längre än en rubrik brukar vara, så här slutar tabellen helt och hållet.\n"
        "Intäkter\tTkr\nStaten\t2831\n\nBeräknade kostnader\n\nKansli\t400\n";
    const auto tables = read_text_tables(doc);
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].grid.rows() == 4);
    CHECK(tables[0].grid.at(0, 1).text == "2020");  // a year over a column is a name, not an amount
    CHECK(tables[0].grid.at(1, 1).number == 7156000.0);
    CHECK(tables[0].grid.at(2, 0).text == "Kansli");
    CHECK(tables[0].line_of_row[3] == 7);
    CHECK(tables[1].grid.rows() == 6);
    CHECK(tables[1].grid.at(3, 0).text == "Beräknade kostnader");
    CHECK(tables[1].grid.at(5, 1).number == 400.0);
}

TEST_CASE("CSV as Calc writes it", "[audit][text]") {
    const Grid g = read_csv("\"Summa, totalt\",1200,\"2020\",\n,,-5.5,\"a \"\"b\"\"\"\n");
    REQUIRE(g.rows() == 2);
    CHECK(g.at(0, 0).text == "Summa, totalt");
    CHECK(g.at(0, 1).number == 1200.0);
    CHECK(g.at(0, 2).text == "2020");
    CHECK(g.at(0, 3).is_empty());
    CHECK(g.at(1, 2).number == -5.5);
    CHECK(g.at(1, 3).text == "a \"b\"");
}

TEST_CASE("text tables: markup stripped, list-item tables, CRLF lines", "[audit][text]") {
    const auto tables = read_text_tables("- | **Staten** | 1 000 |\r\n- | <b>Regionen</b> | 500 |\r\n");
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].grid.at(0, 0).text == "Staten");
    CHECK(tables[0].grid.at(1, 0).text == "Regionen");
    CHECK(tables[0].grid.at(1, 1).number == 500.0);
    CHECK(tables[0].line_of_row == std::vector<std::size_t>{1, 2});
}

TEST_CASE("text tables: a change of width starts a new table; prose is no table", "[audit][text]") {
    const auto tables = read_text_tables("| A | 1 |\n| B | 2 |\n| C | 3 | 4 |\n");
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].grid.rows() == 2);
    CHECK(tables[1].grid.cols() == 3);
    CHECK(read_text_tables("Bara prosa.\nInga tabeller här.\n").empty());
    CHECK(read_text_tables("").empty());
}

TEST_CASE("Swedish amounts: signs, units and what is not an amount", "[audit][text]") {
    CHECK(parse_swedish_amount("\xE2\x80\x93" "500") == -500.0);  // en dash as minus
    CHECK(parse_swedish_amount("1\xE2\x80\xAF" "000 kr") == 1000.0);  // narrow no-break space
    CHECK(parse_swedish_amount("2 054 TKR") == 2054.0);
    CHECK(parse_swedish_amount("150:-") == 150.0);
    CHECK_FALSE(parse_swedish_amount(""));
    CHECK_FALSE(parse_swedish_amount("kr"));
    CHECK_FALSE(parse_swedish_amount("12,345"));
}

TEST_CASE("CSV: quotes across lines, a last line without newline", "[audit][text]") {
    const Grid g = read_csv("\"a\nb\",1\r\nc,2");
    REQUIRE(g.rows() == 2);
    CHECK(g.at(0, 0).text == "a\nb");
    CHECK(g.at(1, 0).text == "c");
    CHECK(g.at(1, 1).number == 2.0);
    CHECK(read_csv("").rows() == 0);
}

TEST_CASE("text files in the encodings Word and Notepad write are read as UTF-8", "[audit][text]") {
    using E = DecodedText::Encoding;
    CHECK(decode_text("Summa 1 000").encoding == E::Utf8);
    const DecodedText bom = decode_text("\xEF\xBB\xBFÖvrigt");
    CHECK((bom.encoding == E::Utf8Bom && bom.utf8 == "Övrigt"));
    const DecodedText le = decode_text(std::string("\xFF\xFE" "\xD6\x00" "r\x00", 6));
    CHECK((le.encoding == E::Utf16Le && le.utf8 == "Ör"));
    const DecodedText be = decode_text(std::string("\x00S\x00u\x00m\x00m\x00" "a", 10));
    CHECK((be.encoding == E::Utf16Be && be.utf8 == "Summa"));
    const DecodedText cp = decode_text("F\xF6rbund \x80");
    CHECK((cp.encoding == E::Windows1252 && cp.utf8 == "Förbund €"));
    CHECK(decode_text(std::string("PK\x03\x04\x00\x00", 6)).encoding == E::Binary);
    CHECK(decode_text("\x01\x02\x03\x04\x05\x06 text").encoding == E::Binary);
}

TEST_CASE("units printed in headings and above tables: words, not parts of words", "[audit][text][unit]") {
    CHECK(printed_unit("Tkr") == "tkr");
    CHECK(printed_unit("Belopp (tkr)") == "tkr");
    CHECK(printed_unit("TSEK") == "tkr");
    CHECK(printed_unit("kSEK") == "tkr");
    CHECK(printed_unit("Belopp i t.kr") == "tkr");
    CHECK(printed_unit("Alla belopp i tusentals kronor.") == "tkr");
    CHECK(printed_unit("Mkr") == "mkr");
    CHECK(printed_unit("Kostnader (m.kr)") == "mkr");
    CHECK(printed_unit("Belopp i miljoner kronor") == "mkr");
    CHECK(printed_unit("MSEK") == "mkr");
    CHECK(printed_unit("Belopp kr") == "kr");
    CHECK(printed_unit("Belopp i kronor") == "kr");
    CHECK_FALSE(printed_unit("Stöd runt omkring individen"));  // "omkring" holds "mkr"
    CHECK_FALSE(printed_unit("Uppföljning och utkrävande av ansvar"));
    CHECK_FALSE(printed_unit("Budget 2021"));
    // Above a table: a unit after an amount is an amount ("uppgår till 2 054 tkr"), after a year a
    // heading.
    CHECK_FALSE(printed_unit("Det egna kapitalet uppgår till 2 054 tkr", true));
    CHECK(printed_unit("Det egna kapitalet uppgår till 2 054 tkr") == "tkr");
    CHECK(printed_unit("Tabell 3. Kostnader 2021 (mkr)", true) == "mkr");
    CHECK(printed_unit("Budget 2021 tkr", true) == "tkr");

    Grid g(3, 2);
    g.at(0, 0) = Cell::of("Insats");
    g.at(0, 1) = Cell::of("Kostnad");
    g.at(1, 0) = Cell::of("Stöd runt omkring individen");
    g.at(1, 1) = Cell::of(120000.0);
    g.at(2, 0) = Cell::of("Summa");
    g.at(2, 1) = Cell::of(120000.0);
    CHECK(unit_in_headings(g) == "kr");
    g.at(0, 1) = Cell::of("Belopp (tkr)");
    CHECK(unit_in_headings(g) == "tkr");
}

TEST_CASE("text documents: each table's unit from its headings or a unit line right above it",
          "[audit][text][unit]") {
    const ReadDocument doc = read_text_document(
        "Budget för kansliet. Styrelsen beslutade om budgeten i november efter en lång diskussion om insatserna.\n"
        "\n"
        "| Kostnader | Belopp (tkr) |\n|--|--|\n| Kansli | 1 900 |\n| Insatser | 6 500 |\n| Summa | 8 400 |\n"
        "\n"
        "Intäkterna fördelas mellan staten, regionen och kommunerna enligt förbundsordningen och lagen.\n"
        "\n"
        "Belopp i tkr\n"
        "\n"
        "| Post | 2021 | 2022 |\n|--|--|--|\n| Styrelse | 150 | 160 |\n| Revision | 55 | 60 |\n"
        "| Summa | 205 | 220 |\n"
        "\n"
        "Förbundets medlemsbidrag uppgår under 2020 till 7 156 tkr. Medlemsbidraget fördelas enligt nedan:\n"
        "\n"
        "| Finansiär | Bidrag | Andel |\n|--|--|--|\n| Försäkringskassan | 1 789 000 kr | 50 % |\n"
        "| Arbetsförmedlingen | 1 789 000 kr | 50 % |\n| Summa | 3 578 000 kr | 100 % |\n"
        "\n"
        "Därutöver finns kostnader för förbundets gemensamma verksamhet som redovisas i tabellen nedan.\n"
        "\n"
        "Tabell 3. Kostnader 2021 (Mkr)\n"
        "\n"
        "| Kostnad | 2021 | 2022 | 2023 | 2024 |\n|--|--|--|--|--|\n| Kansli | 2 | 2 | 2 | 2 |\n"
        "| Insatser | 7 | 7 | 7 | 7 |\n| Summa | 9 | 9 | 9 | 9 |\n"
        "\n"
        "Stödet till individerna ges i flera former, som tabellen nedan visar för de två största insatserna.\n"
        "\n"
        "| Insats | Kostnad 2021 | 2022 | 2023 | 2024 | 2025 |\n|--|--|--|--|--|--|\n"
        "| Stöd runt omkring individen | 120 000 | 1 | 1 | 1 | 1 |\n| Samverkan | 80 000 | 1 | 1 | 1 | 1 |\n"
        "| Summa | 200 000 | 2 | 2 | 2 | 2 |\n");
    REQUIRE(doc.tables.size() == 5);
    CHECK(doc.tables[0].unit == "tkr");  // "Belopp (tkr)" over the column
    CHECK(doc.tables[1].unit == "tkr");  // "Belopp i tkr" above
    CHECK(doc.tables[2].unit == "kr");   // a sentence with "7 156 tkr" above is no unit line
    CHECK(doc.tables[3].unit == "mkr");  // a caption "(Mkr)" above
    CHECK(doc.tables[4].unit == "kr");   // "omkring" is no unit
}

TEST_CASE("a sheet's unit is read from its headings as whole words", "[documents][unit]") {
    using finsam::test::grid;
    CHECK(table_unit(grid({{"Kostnader", "Tkr"}, {"Lokaler", 125}, {"Summa", 125}})) == "tkr");
    CHECK(table_unit(grid({{"Belopp (mkr)", "2025"}, {"Insatser", 6.5}})) == "mkr");
    // "omkring" holds the letters of mkr; it is no unit.
    CHECK(table_unit(grid({{"Kostnader omkring", "2025"}, {"Lokaler", 125000}, {"Summa", 125000}})) == "kr");
}

namespace {

// A number as plans print it: thousands apart by spaces, negatives in one of the notations.
std::string printed_amount(long long v, int minus) {
    std::string d = std::to_string(v < 0 ? -v : v), g;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (i > 0 && (d.size() - i) % 3 == 0) g += ' ';
        g += d[i];
    }
    if (v >= 0) return g;
    switch (minus) {
        case 0: return "-" + g;
        case 1: return "\xE2\x88\x92" + g;
        case 2: return "(" + g + ")";
        default: return g + "-";
    }
}

}  // namespace

TEST_CASE("tables run into one line: read only when every row is cut one way, and then exactly",
          "[audit][text][runin]") {
    // Generated budgets of 1–5 periods printed as one line, their line breaks lost. Whatever the
    // reader reads must be the plan's own figures, row by row; a line it cannot cut for certain is
    // left unread (the prose then says so).
    std::mt19937 rng(4711);
    const auto pick = [&](long long lo, long long hi) { return std::uniform_int_distribution<long long>(lo, hi)(rng); };
    int read = 0, plans = 300;
    for (int n = 0; n < plans; ++n) {
        const std::size_t periods = static_cast<std::size_t>(pick(1, 5));
        const int minus = static_cast<int>(pick(0, 3));
        const long long scale = pick(0, 1) ? 1 : 1000;
        std::vector<std::pair<std::string, std::vector<long long>>> rows;
        std::vector<long long> income(periods), costs(periods);
        for (const char* l : {"Försäkringskassan", "Arbetsförmedlingen", "Region Mitt", "Kommunerna (25 %)"}) {
            std::vector<long long> v(periods);
            const long long first = pick(100, 5000) * scale;
            for (std::size_t k = 0; k < periods; ++k) income[k] += v[k] = first + static_cast<long long>(k) * pick(0, 50) * scale;
            rows.push_back({l, v});
        }
        rows.push_back({"Summa intäkter", income});
        for (const char* l : {"Unga vuxna 18–29 år", "Personal", "Lokaler"}) {
            std::vector<long long> v(periods);
            const long long first = pick(50, 9000) * scale;
            for (std::size_t k = 0; k < periods; ++k) costs[k] += v[k] = first + static_cast<long long>(k) * pick(0, 300) * scale;
            rows.push_back({l, v});
        }
        rows.push_back({"Summa kostnader", costs});
        std::vector<long long> result(periods);
        for (std::size_t k = 0; k < periods; ++k) result[k] = income[k] - costs[k];
        rows.push_back({"Årets resultat", result});
        std::string line = scale == 1 ? "tkr" : "Belopp i kr";
        for (std::size_t k = 0; k < periods; ++k) line += (k == 0 ? " Budget " : " Plan ") + std::to_string(2026 + k);
        line += " Intäkter";
        for (const auto& [label, v] : rows) {
            if (label == "Unga vuxna 18–29 år") line += " Kostnader";
            line += " " + label;
            for (long long x : v) line += " " + printed_amount(x, minus);
        }
        const ReadDocument doc = read_text_document("Budget\n\n" + line + "\n\nAntagen av styrelsen.\n");
        INFO(line);
        if (doc.tables.empty()) continue;
        REQUIRE(doc.tables.size() == 1);
        ++read;
        const Grid& g = doc.tables[0].grid;
        REQUIRE(g.cols() == periods + 1);
        std::size_t r = 1;
        for (const auto& [label, v] : rows) {
            while (r < g.rows() && g.at(r, 0).text != label) ++r;
            REQUIRE(r < g.rows());
            for (std::size_t k = 0; k < periods; ++k) CHECK(g.at(r, k + 1).number == static_cast<double>(v[k]));
        }
    }
    INFO(read << " of " << plans << " read");
    CHECK(read * 10 >= plans * 7);  // most lines can be cut one way
}

TEST_CASE("a members table run into one line: name, population, share and amount per row", "[audit][text][runin]") {
    const ReadDocument doc = read_text_document(
        "Medlemsbidrag per kommun 2027\n\nBelopp i kr Invånare 1 nov 2026 Andel % Medlemsbidrag 2 027 Karlsborg 23 760 "
        "3,6 % 112 000 Skara 52 515 8,0 % 247 500 Vara 89 702 13,7 % 422 700 Summa 166 977 25,3 % 782 200\n");
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.rows() == 5);
    REQUIRE(g.cols() == 4);
    CHECK(g.at(0, 1).text == "Invånare 1 nov 2026");
    CHECK(g.at(0, 3).text == "Medlemsbidrag 2 027");
    CHECK(g.at(2, 0).text == "Skara");
    CHECK(g.at(2, 1).number == 52515.0);
    CHECK(g.at(2, 2).text == "8,0 %");
    CHECK(g.at(2, 3).number == 247500.0);
    CHECK(g.at(4, 3).number == 782200.0);
}

TEST_CASE("an aligned members table keeps its share column as text beside population and amount", "[audit][text]") {
    const ReadDocument doc = read_text_document(
        "Medlemsbidrag per kommun 2027\n\n"
        "Belopp i kr      Invånare 1 nov 2026   Andel %   Medlemsbidrag 2027\n"
        "Dals-Ed                       31 337     9,5 %              257 700\n"
        "Essunga                       44 118    13,4 %              362 900\n"
        "Summa                         75 455    22,9 %              620 600\n");
    REQUIRE(doc.tables.size() == 1);
    const Grid& g = doc.tables[0].grid;
    REQUIRE(g.cols() == 4);
    REQUIRE(g.rows() == 4);
    CHECK(g.at(1, 0).text == "Dals-Ed");
    CHECK(g.at(1, 1).number == 31337.0);
    CHECK(g.at(1, 2).text == "9,5 %");
    CHECK(g.at(1, 3).number == 257700.0);
    CHECK(g.at(3, 3).number == 620600.0);
}

TEST_CASE("an aligned table's header names every column, however many periods it has", "[audit][text]") {
    // Headers of 1–6 periods and a change column run longer than any heading, field by field short;
    // each column keeps its name (a change column that lost it was checked as a period, issue 20).
    std::mt19937 rng(2888);
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    for (int n = 0; n < 200; ++n) {
        const int periods = pick(1, 6);
        const bool change = pick(0, 1);
        std::vector<std::string> names;
        for (int k = 0; k < periods; ++k) names.push_back((k == 0 ? "Budget " : "Plan ") + std::to_string(2026 + k));
        if (change) names.push_back("Förändring");
        const auto padded = [](std::string s, std::size_t w, bool right) {
            std::size_t chars = 0;
            for (unsigned char ch : s) chars += (ch & 0xC0) != 0x80;
            const std::string pad(w > chars ? w - chars : 0, ' ');
            return right ? pad + s : s + pad;
        };
        std::string text = padded(pick(0, 1) ? "Belopp i kr" : "Tkr", 26, false);
        for (const std::string& c : names) text += padded(c, 14, true);
        text += "\n";
        for (const char* label : {"Försäkringskassan", "Arbetsförmedlingen", "Summa intäkter"}) {
            text += padded(label, 26, false);
            for (std::size_t c = 0; c < names.size(); ++c) text += padded(printed_amount(pick(100, 9999) * 1000, 0), 14, true);
            text += "\n";
        }
        INFO(text);
        const ReadDocument doc = read_text_document("Budget\n\n" + text + "\nAntagen av styrelsen.\n");
        REQUIRE(doc.tables.size() == 1);
        const Grid& g = doc.tables[0].grid;
        REQUIRE(g.cols() == names.size() + 1);
        for (std::size_t c = 0; c < names.size(); ++c) CHECK(g.at(0, c + 1).text == names[c]);
    }
}
