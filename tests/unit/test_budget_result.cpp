#include "budget_result.hpp"
#include "seed_budgets.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

namespace {

std::vector<Money> result(const Grid& income, const Grid& costs) {
    auto in = read_layout(income, kResultIncome, {.equity_draws_apart = true});
    auto out = read_layout(costs, kResultCosts);
    REQUIRE(in.ok());
    REQUIRE(out.ok());
    auto r = budget_result(*in, *out);
    REQUIRE(r.ok());
    return *r;
}

}  // namespace

TEST_CASE("seed 000: the equity line is not income, unlabelled sums are not counted twice", "[budget][seed]") {
    CHECK(result(seed000_income(), seed000_costs()) == std::vector<Money>{kr(-269000), kr(-794000), kr(-374000)});
}

TEST_CASE("seed 002: labelled subtotals and the total are skipped", "[budget][seed]") {
    CHECK(result(seed002_income(), seed002_costs()) == std::vector<Money>{kr(-1382)});
}

TEST_CASE("seed 003: five columns, Balanserat resultat apart", "[budget][seed]") {
    CHECK(result(seed003_income(), seed003_costs()) ==
          std::vector<Money>{kr(-1347000), kr(134700), kr(-1774800), kr(400), kr(35300)});
}

TEST_CASE("costs printed as negative numbers give the same result", "[budget]") {
    Grid costs = grid({{"Insatser", -1000}, {"Kansli", -500}, {"Summa", -1500}});
    Grid positive = grid({{"Insatser", 1000}, {"Kansli", 500}, {"Summa", 1500}});
    Grid income = grid({{"Medlemsbidrag", 1200}, {"Eget kapital", 300}});
    CHECK(result(income, costs) == std::vector<Money>{kr(-300)});
    CHECK(result(income, positive) == std::vector<Money>{kr(-300)});
}

TEST_CASE("one column of amounts without labels", "[budget]") {
    CHECK(result(column({7156000, 11300000, 1300000}), column({17875000, 560000, 1590000})) ==
          std::vector<Money>{kr(-269000)});
}

TEST_CASE("mismatched period counts are refused", "[budget][badinput]") {
    auto in = read_layout(grid({{"A", 1, 2}}), kResultIncome);
    auto out = read_layout(grid({{"B", 1}}), kResultCosts);
    auto r = budget_result(*in, *out);
    REQUIRE_FALSE(r.ok());
    CHECK(message(r, "budgetResult") == "Fel i Kostnader: har 1 periodkolumner men Intäkter har 2.");
}

TEST_CASE("labels typed decomposed or with zero-width characters are the same labels", "[budget][unicode]") {
    // an equity draw "Överskott föregående år" in NFD is not income; "Årets resultat" in NFD among
    // the costs is a result row, not a cost; "Balanserat resultat" with a zero-width space is a draw
    const Grid costs = grid({{"Personal", 269000}});
    CHECK(result(grid({{"Medlemsbidrag", 469000}, {"O\xCC\x88verskott fo\xCC\x88rega\xCC\x8A" "ende a\xCC\x8Ar", 269000}}),
                 costs) == std::vector<Money>{kr(200000)});
    CHECK(result(grid({{"Medlemsbidrag", 469000}}), grid({{"Personal", 269000}, {"A\xCC\x8Arets resultat", 200000}})) ==
          std::vector<Money>{kr(200000)});
    CHECK(result(grid({{"Medlemsbidrag", 469000}, {"Balanserat\xE2\x80\x8B resultat", 269000}}), costs) ==
          std::vector<Money>{kr(200000)});
    CHECK(result(grid({{"\xEF\xBB\xBFMedlemsbidrag", 469000}, {"Uttag ur eget\xE2\x80\x8B kapital", 269000}}), costs) ==
          std::vector<Money>{kr(200000)});
}
