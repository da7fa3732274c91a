// Budget figures outside pipe tables (issue 11): columns aligned with spaces, tables run into one
// paragraph, totals stated in prose with their parts. The examples are invented; the patterns are
// the ones real plans print.
#include "finsam_audit.hpp"
#include "prose_reading.hpp"
#include "text_reading.hpp"

#include <catch2/catch.hpp>

using namespace finsam;

namespace {

const char* kAligned =
    "Medlemsavgifter 2024\n"
    "Staten, 50 %          6 240 000 kr\n"
    "Regionen, 25 %        3 120 000 kr\n"
    "Kommun A, 10 %        1 248 000 kr\n"
    "Kommun B, 7 %           873 600 kr\n"
    "Kommun C, 5 %           620 400 kr\n"
    "Kommun D, 3 %           372 240 kr\n"
    "Summa intäkter       12 480 000 kr\n";

}  // namespace

TEST_CASE("columns aligned with spaces are a table, with its heading", "[audit][text][prose]") {
    const ReadDocument doc = read_text_document(kAligned);
    REQUIRE(doc.tables.size() == 1);
    const PlacedTable& t = doc.tables[0];
    CHECK(t.grid.rows() == 8);
    CHECK(t.grid.cols() == 2);
    CHECK(t.grid.at(0, 0).text == "Medlemsavgifter 2024");
    CHECK(t.grid.at(4, 1).number == 873600.0);
    CHECK(t.row_place[7] == "rad 8");
    CHECK(doc.paragraphs.empty());
    const AuditReport r = audit_grid(t.grid);
    CHECK_FALSE(r.findings.empty());  // the lines add up to 12 474 240, not 12 480 000
}

TEST_CASE("a row collapsed to single spaces beside aligned rows is still a row", "[audit][text][prose]") {
    const ReadDocument doc = read_text_document(
        "Kommun                        Belopp\n"
        "Halmstads kommun, 8 %      1 491 360 kr\n"
        "Falkenbergs kommun, 3 % 559 260 kr\n"
        "Laholms kommun, 2 %          372 840 kr\n"
        "\n"
        "Förbundet bildades 2008 och har 6 medlemmar.\n");
    REQUIRE(doc.tables.size() == 1);
    CHECK(doc.tables[0].grid.cols() == 2);
    CHECK(doc.tables[0].grid.at(2, 0).text == "Falkenbergs kommun, 3 %");
    CHECK(doc.tables[0].grid.at(2, 1).number == 559260.0);
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].place == "rad 6");
}

TEST_CASE("amounts in running text: units, decimals, rounding, years and shares", "[audit][prose]") {
    const auto a = prose_amounts("Kostnader på 8,4 mkr och ca 6 miljoner kronor, 2 054 tkr, 50 % och år 2021 −1 382 kr");
    REQUIRE(a.size() == 4);
    CHECK(a[0].ore == 840'000'000);
    CHECK(a[0].half_unit_ore == 5'000'000);  // ± 0,05 mkr
    CHECK(a[0].unit == "mkr");
    CHECK(a[1].ore == 600'000'000);
    CHECK(a[1].half_unit_ore == 50'000'000);  // "ca 6 miljoner": ± 0,5 mkr
    CHECK(a[2].ore == 205'400'000);
    CHECK(a[3].ore == -138'200);
    CHECK(prose_amounts("1.9 m.kr")[0].ore == 190'000'000);
    CHECK(format_in_unit(835'000'000, "mkr") == "8,35 mkr");
}

TEST_CASE("a table run into one paragraph is audited like a table", "[audit][prose]") {
    std::vector<PlacedParagraph> ok{{"Medlemsbidragen fördelas så här. Finansiär Andel Belopp Staten 50 % 3 100 000 "
                                     "Regionen 25 % 1 550 000 Kommunen 25 % 1 550 000 Totalt 6 200 000",
                                     "stycke 4"}};
    std::vector<bool> used(1, false);
    const auto tables = read_run_in_tables(ok, used);
    REQUIRE(tables.size() == 1);
    CHECK(used[0]);
    CHECK(tables[0].grid.rows() == 4);
    CHECK(tables[0].grid.at(0, 0).text == "Staten, 50 %");
    CHECK(tables[0].grid.at(3, 1).number == 6200000.0);
    const AuditReport fine = audit_grid(tables[0].grid);
    CHECK(fine.findings.empty());
    CHECK(fine.checks >= 3);

    ok[0].text = "Finansiär Andel Belopp Staten 50 % 3 100 000 Regionen 25 % 1 550 000 Kommunen 25 % 1 505 000 "
                 "Totalt 6 200 000";
    used.assign(1, false);
    const auto wrong = read_run_in_tables(ok, used);
    REQUIRE(wrong.size() == 1);
    CHECK_FALSE(audit_grid(wrong[0].grid).findings.empty());

    // Several periods run into the text: amounts follow amounts, the rows cannot be told by guess
    // (issue 20); left to the prose, nothing is read as a table.
    ok[0].text = "tkr Budget 2025 Plan 2026 Staten 2 000 2 100 Region 1 000 1 050 Kommunerna 1 000 1 050 "
                 "Summa intäkter 4 000 4 200";
    used.assign(1, false);
    CHECK(read_run_in_tables(ok, used).empty());
    CHECK_FALSE(used[0]);
    // A year as a word processor groups it is a year after a period word, not an amount.
    ok[0].text = "Kronor Budget 2 027 Staten 3 100 000 Regionen 1 550 000 Kommunen 1 550 000 Totalt 6 200 000";
    used.assign(1, false);
    const auto year = read_run_in_tables(ok, used);
    REQUIRE(year.size() == 1);
    CHECK(year[0].grid.rows() == 4);
    CHECK(audit_grid(year[0].grid).findings.empty());
    CHECK(prose_amounts("Medlemsbidrag 2 027 per kommun").empty());
    CHECK(prose_amounts("Kansli 2 027 kr").size() == 1);
}

TEST_CASE("a total in prose with its parts as bullets: rounding never alarms, a difference always does",
          "[audit][prose]") {
    const auto check = [](std::vector<PlacedParagraph> p) {
        const std::vector<bool> used(p.size(), false);
        return read_prose_totals(p, used);
    };
    const ProseReport fine =
        check({{"Kostnader på 8,4 mkr fördelas så här:", "rad 1"}, {"• kansli 1,9 mkr", "rad 2"}, {"• insatser 6,5 m.kr", "rad 3"}});
    REQUIRE(fine.totals.size() == 1);
    CHECK(fine.totals[0].label == "Kostnader");
    CHECK(fine.totals[0].holds());
    // 8,5 against 1,9 + 6,5 = 8,4: within the three half-units of 0,05 mkr.
    CHECK(check({{"Kostnader på 8,5 mkr", "rad 1"}, {"• kansli 1,9 mkr", "rad 2"}, {"• insatser 6,5 mkr", "rad 3"}})
              .totals[0]
              .holds());
    const ProseReport wrong =
        check({{"Kostnader på 8,4 mkr", "rad 1"}, {"• kansli 1,9 mkr", "rad 2"}, {"• insatser 6,3 mkr", "rad 3"}});
    REQUIRE(wrong.totals.size() == 1);
    CHECK_FALSE(wrong.totals[0].holds());
    CHECK(wrong.totals[0].sum_ore() == 820'000'000);
}

TEST_CASE("a total and its parts in one sentence; 'varav' may list only some parts", "[audit][prose]") {
    const auto check = [](const char* text) {
        const std::vector<PlacedParagraph> p{{text, "stycke 2"}};
        return read_prose_totals(p, std::vector<bool>(1, false));
    };
    const ProseReport complete = check("Kostnaderna uppgår till 8,4 mkr, fördelat på kansli 1,9 mkr och insatser 6,5 mkr.");
    REQUIRE(complete.totals.size() == 1);
    CHECK(complete.totals[0].holds());
    CHECK(complete.totals[0].parts[0].first == "kansli");
    const ProseReport short_of = check("Kostnaderna uppgår till 8,4 mkr, fördelat på kansli 1,9 mkr och insatser 5,5 mkr.");
    CHECK_FALSE(short_of.totals[0].holds());
    const ProseReport partial = check("Budgeten är 10 mkr, varav kansli 1,9 mkr och insatser 6,5 mkr.");
    REQUIRE(partial.totals.size() == 1);
    CHECK(partial.totals[0].holds());  // 8,4 of 10: the rest is not listed
    const ProseReport too_much = check("Budgeten är 8,0 mkr, varav kansli 1,9 mkr och insatser 6,5 mkr.");
    CHECK(check("Budgeten är 8 mkr, varav kansli 1,9 mkr och insatser 6,5 mkr.").totals[0].holds());  // 8 mkr: ± 0,5
    CHECK_FALSE(too_much.totals[0].holds());  // parts can never exceed their total
    CHECK(check("Totalt satsas 4 mkr på insatser under året.").unchecked.size() == 1);
    // Numbers with a total word but no money (issue 20): people, population, years are not amounts,
    // and nothing is said about them. A table run into the text under "Belopp i tkr" is money.
    CHECK(check("Totalt består styrelsen av 4 ledamöter.").unchecked.empty());
    CHECK(check("Förbundet omfattar 3 kommuner med cirka 86 000 invånare. Totalt består styrelsen av 6 ledamöter.")
              .unchecked.empty());
    CHECK(check("Belopp i tkr Budget 2025 Staten 2 831 Region 1 415 Summa intäkter 4 246").unchecked.size() == 1);
    CHECK(check("Summa 1 250 kronor per deltagare och 300 deltagare.").unchecked.size() == 1);
    // The connector is found where it is printed, capitals and doubled spaces before it alike: the
    // labels are whole words, never cut inside a letter (ö is two bytes).
    const ProseReport spaced = check("Kostnaderna uppgår till 8,4 mkr,  Fördelat på kansli 1,9 mkr och insatser 6,5 mkr.");
    REQUIRE(spaced.totals.size() == 1);
    CHECK(spaced.totals[0].parts[0].first == "kansli");
    CHECK(spaced.totals[0].parts[1].first == "insatser");
}
