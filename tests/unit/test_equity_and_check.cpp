#include "equity_chain.hpp"
#include "seed_budgets.hpp"
#include "sum_check.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

TEST_CASE("seed 002: equity 4 425 - 2 371 = 2 054, then -1 382 gives 672 (tkr)", "[equity][seed]") {
    CHECK(equity_chain(kr(4425), {kr(-2371), kr(-1382)}) == std::vector<Money>{kr(2054), kr(672)});
}

TEST_CASE("seed 003: the forecast's closing equity opens the budget year", "[equity][seed]") {
    CHECK(equity_chain(kr(1409579), {kr(-1347000)}) == std::vector<Money>{kr(62579)});
    CHECK(equity_chain(kr(1689771), {kr(134700), kr(-1774800), kr(400), kr(35300)}) ==
          std::vector<Money>{kr(1824471), kr(49671), kr(50071), kr(85371)});
}

TEST_CASE("sum check: OK, or the sum, the stated total and the difference", "[check]") {
    auto lines = read_layout(grid({{"Medlemsbidrag", 7156000},
                                   {"ESF ALL-IN", 11300000},
                                   {"ESF Friska Vindar", 1300000},
                                   {"Eget kapital", 269000}}),
                             "Rader");
    REQUIRE(lines.ok());
    CHECK(check_sum(*lines, {kr(20025000)}, kr(0)) == "OK");
    CHECK(check_sum(*lines, {kr(20000000)}, kr(0)) ==
          "Raderna summerar till 20 025 000 kr men summan anges till 20 000 000 kr (skillnad 25 000 kr).");
    CHECK(check_sum(*lines, {kr(20025001)}, kr(1)) == "OK");
}

TEST_CASE("sum check over several periods names the period at fault", "[check]") {
    auto lines = read_layout(seed003_costs(), "Rader");
    REQUIRE(lines.ok());
    CHECK(check_sum(*lines, {kr(6499000), kr(5017300), kr(6932800), kr(5157600), kr(5122700)}, kr(0)) == "OK");
    CHECK(check_sum(*lines, {kr(6499000), kr(5017300), kr(6932800), kr(5157600), kr(5122000)}, kr(0)) ==
          "Period 5: Raderna summerar till 5 122 700 kr men summan anges till 5 122 000 kr (skillnad 700 kr).");
}
