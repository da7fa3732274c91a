#include "equity_projection.hpp"
#include "finsam_check.hpp"
#include "messages.hpp"
#include "seed_budgets.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

namespace {

// The plain chain: one opening, then each period's closing opens the next.
std::vector<Money> equity_chain(Money opening, const std::vector<Money>& results) {
    std::vector<EquityPeriod> periods;
    for (std::size_t i = 0; i < results.size(); ++i)
        periods.push_back({i == 0 ? std::optional<Money>(opening) : std::nullopt, results[i], {}});
    return equity_projection(periods).value();
}

std::string sum_message(const Layout& lines, const std::vector<Money>& totals, Money tolerance) {
    return messages::sum_check(finsam::check_sum(lines, totals, tolerance), lines.periods(), "kr");
}

}  // namespace

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
                             kCheckLines);
    REQUIRE(lines.ok());
    CHECK(sum_message(*lines, {kr(20025000)}, kr(0)) == "OK");
    CHECK(sum_message(*lines, {kr(20000000)}, kr(0)) ==
          "Raderna summerar till 20 025 000 kr men summan anges till 20 000 000 kr (skillnad 25 000 kr).");
    CHECK(sum_message(*lines, {kr(20025001)}, kr(1)) == "OK");
}

TEST_CASE("sum check over several periods names the period at fault", "[check]") {
    auto lines = read_layout(seed003_costs(), kCheckLines);
    REQUIRE(lines.ok());
    CHECK(sum_message(*lines, {kr(6499000), kr(5017300), kr(6932800), kr(5157600), kr(5122700)}, kr(0)) == "OK");
    CHECK(sum_message(*lines, {kr(6499000), kr(5017300), kr(6932800), kr(5157600), kr(5122000)}, kr(0)) ==
          "Period 5: Raderna summerar till 5 122 700 kr men summan anges till 5 122 000 kr (skillnad 700 kr).");
}
