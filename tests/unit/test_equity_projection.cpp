#include "equity_projection.hpp"
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

}  // namespace

TEST_CASE("seed 002: equity 4 425 - 2 371 = 2 054, then -1 382 gives 672 (tkr)", "[equity][seed]") {
    CHECK(equity_chain(kr(4425), {kr(-2371), kr(-1382)}) == std::vector<Money>{kr(2054), kr(672)});
}

TEST_CASE("seed 003: the forecast's closing equity opens the budget year", "[equity][seed]") {
    CHECK(equity_chain(kr(1409579), {kr(-1347000)}) == std::vector<Money>{kr(62579)});
    CHECK(equity_chain(kr(1689771), {kr(134700), kr(-1774800), kr(400), kr(35300)}) ==
          std::vector<Money>{kr(1824471), kr(49671), kr(50071), kr(85371)});
}
