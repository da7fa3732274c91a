#include "finsam_audit.hpp"
#include "messages.hpp"
#include "calc_functions.hpp"
#include "seed_budgets.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

namespace {

// Seed 000's three-year table as printed: header, income, its sum, cost groups, result.
Grid seed000_table(double nya_samverkansinsats_2021 = 1100000, double result_2022 = -374000) {
    Grid g = stacked({grid({{{}, "2020", "2021", "2022"}}), seed000_income(), seed000_costs(),
                      grid({{"Resultat", -269000, -794000, result_2022}})});
    g.at(7, 2) = Cell::of(nya_samverkansinsats_2021);  // Ny Samverkansinsats Lilla Edet, 2021
    return g;
}

}  // namespace

TEST_CASE("audit: the seed tables add up, and the audit says how much it checked", "[audit][seed]") {
    const AuditReport r = audit_grid(seed000_table());
    CHECK(r.findings.empty());
    CHECK(r.columns == 3);
    CHECK(r.checks == 15);  // 4 sums and 1 result in each of 3 years
}

TEST_CASE("audit: a typo in a line names its group, period and difference", "[audit]") {
    const AuditReport r = audit_grid(seed000_table(1010000));
    REQUIRE(r.findings.size() == 2);  // the group's sum and the result no longer agree
    const AuditFinding& f = r.findings[0];
    CHECK(f.check == AuditCheck::SumOfLines);
    CHECK(messages::finding_label(f) == "Insatser (summa)");
    CHECK(f.period == "2021");
    CHECK(f.row == 14);
    CHECK(f.col == 2);
    CHECK(f.stated == kr(16800000));
    CHECK(f.computed == kr(16710000));
    CHECK(messages::finding(f) == "Insatser (summa), 2021: anges 16 800 000, raderna ger 16 710 000 (skillnad 90 000).");
    CHECK(r.findings[1].check == AuditCheck::Result);
}

TEST_CASE("audit: a result that is not income − costs, equity draws apart", "[audit]") {
    const AuditReport r = audit_grid(seed000_table(1100000, -347000));
    REQUIRE(r.findings.size() == 1);
    CHECK(messages::finding(r.findings[0]) == "Resultat, 2022: anges -347 000, intäkter − kostnader ger -374 000 (skillnad 27 000).");
}

TEST_CASE("audit: totals of subtotals, labelled sums, seed 002 and 003 blocks", "[audit][seed]") {
    Grid g002 = grid({{"Intäkter", "Tkr"}, {"Staten (försäkringskassan & arbetsförmedlingen)", 2831},
                      {"Region Skåne", 1415}, {"Simrishamns kommun", 326}, {"Sjöbo kommun", 326},
                      {"Tomelilla kommun", 240}, {"Ystad kommun", 524}, {"ESF Iris", 1420},
                      {"Summa intäkter", 7082}, {"Insatser", {}}, {"Mariamottagningen", 3650}, {"Övriga insatser", 4094},
                      {"Summa insatskostnader", 7744}, {"Interna kostnader", "Tkr"}, {"Förbundschef", 400},
                      {"Övrigt", 320}, {"Summa interna kostnader", 720}, {"Totala kostnader", 8464}, {"Resultat", -1382}});
    const AuditReport r = audit_grid(g002);
    CHECK(r.findings.empty());
    CHECK(r.checks == 7);  // 3 group sums, the total, the result, state 50 %, region 25 %
    Grid broken = g002;
    broken.at(17, 1) = Cell::of(8446.0);
    const AuditReport b = audit_grid(broken);
    REQUIRE(b.findings.size() == 1);  // the lines, and so the result, are as they were
    CHECK(messages::finding(b.findings[0]) ==
          "Totala kostnader, Tkr: anges 8 446, raderna ger 8 464 (skillnad -18).");
}

TEST_CASE("audit: member contributions against 50/25/25 and a share in a label", "[audit]") {
    Grid members = grid({{"Staten", 2831}, {"Region Skåne", 1500}, {"Simrishamns kommun", 326},
                         {"Ystad kommun", 1005}, {"Summa", 5662}});
    const AuditReport r = audit_grid(members);
    REQUIRE(r.findings.size() == 1);  // the state is still half of 5 662; the region is not a quarter
    CHECK(r.findings[0].check == AuditCheck::Members);
    CHECK(messages::finding(r.findings[0]) ==
          "Region Skåne, kolumn B: anges 1 500, är inte 25 % av medlemsbidragen 5 662, som ger 1 415,50 (skillnad 84,50).");

    Grid halland = grid({{"Staten", 4000000}, {"Region Halland", 2000000}, {"Halmstads kommun, 13 %", 1040000},
                         {"Kungsbacka kommun, 8 %", 660000}, {"Laholms kommun, 4 %", 300000}, {"Summa", 8000000}});
    const AuditReport h = audit_grid(halland);
    REQUIRE(h.findings.size() == 2);
    CHECK(h.findings[0].check == AuditCheck::Share);
    CHECK(messages::finding(h.findings[0]) ==
          "Kungsbacka kommun, 8 %, kolumn B: anges 660 000, 8 % av medlemsbidragen 8 000 000 är 640 000 (skillnad 20 000).");
    CHECK(h.findings[1].label == "Laholms kommun, 4 %");
}

TEST_CASE("audit: the equity chain from column to column, a forecast replacing its budget", "[audit]") {
    const auto table = [](double opening_2022) {
        return grid({{{}, "Budget 2020", "Prognos 2020", "Budget 2021", "Plan 2022"},
                     {"Intäkter", {}, {}, {}, {}},
                     {"Medlemsbidrag", 5152000, 5152000, 5158000, 5158000},
                     {"Balanserat resultat", 1409579, 1689771, 1824471, opening_2022},
                     {"Summa intäkter", 6561579, 6841771, 6982471, 5158000 + opening_2022},
                     {"Kostnader", {}, {}, {}, {}},
                     {"Insatser", 6499000, 5017300, 6932800, 5157600},
                     {"Summa kostnader", 6499000, 5017300, 6932800, 5157600},
                     {"Prel balanserat resultat", 62579, 1824471, 49671, 400 + opening_2022}});
    };
    CHECK(audit_grid(table(49671)).findings.empty());
    const AuditReport r = audit_grid(table(50000));
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].check == AuditCheck::Chain);
    CHECK(messages::finding(r.findings[0]) ==
          "Balanserat resultat, Plan 2022: anges 50 000, men utgående eget kapital Budget 2021 är 49 671 (skillnad 329).");
}

TEST_CASE("audit: numbers without labels cannot be audited, and it says so", "[audit]") {
    const AuditReport r = audit_grid(grid({{100, 200}, {300, 400}}));
    CHECK(r.checks == 0);
    REQUIRE(r.not_understood.size() == 1);
    CHECK(text(calc::finsam_audit(grid({{100, 200}, {300, 400}})).transposed().transposed()).empty());
}

TEST_CASE("FINSAM_AUDIT: a row per finding and a summary row, never a single row", "[audit][calc]") {
    Grid ok = calc::finsam_audit(seed000_table());
    REQUIRE(ok.rows() == 2);
    CHECK(ok.at(0, 0).text == "Allt stämmer: 15 kontroller i 3 kolumner.");
    CHECK(ok.at(1, 0).text.empty());
    Grid bad = calc::finsam_audit(seed000_table(1010000));
    REQUIRE(bad.rows() == 3);
    REQUIRE(bad.cols() == 6);
    CHECK(bad.at(0, 0).text == "Insatser (summa)");
    CHECK(bad.at(0, 1).text == "2021");
    CHECK(bad.at(0, 2).number == 16800000);
    CHECK(bad.at(0, 3).number == 16710000);
    CHECK(bad.at(0, 4).number == 90000);
    CHECK(bad.at(2, 0).text == "2 avvikelser, 15 kontroller i 3 kolumner.");
    CHECK(calc::finsam_audit(grid({{100, 200}, {300, 400}})).at(0, 0).text ==
          "Kunde inte tolkas: ingen kolumn med etiketter hittades.");
}
