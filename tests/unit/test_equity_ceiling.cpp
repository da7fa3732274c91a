#include "equity_ceiling.hpp"
#include "helpers.hpp"
#include "messages.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

namespace {

// A staircase of the user's own (the council's figures are not constants of the product).
const std::vector<StaircaseStep> kStairs{{kr(0), 300'000}, {kr(10'000'000), 200'000}, {kr(20'000'000), 150'000}};

}  // namespace

TEST_CASE("the step whose threshold the contributions reach gives the ceiling", "[ceiling]") {
    CHECK(equity_ceiling(kr(7'156'000), kStairs)->amount == kr(2'146'800));
    CHECK(equity_ceiling(kr(7'156'000), kStairs)->share_ppm == 300'000);
    // exactly on a threshold: that step applies
    CHECK(equity_ceiling(kr(10'000'000), kStairs)->amount == kr(2'000'000));
    CHECK(equity_ceiling(kr(25'000'000), kStairs)->amount == kr(3'750'000));
}

TEST_CASE("the ceiling is rounded down to the öre, in 128 bits at the largest amounts", "[ceiling]") {
    const std::vector<StaircaseStep> third{{kr(0), 333'333}};
    CHECK(equity_ceiling(Money::from_ore(100), third)->amount == Money::from_ore(33));
    CHECK(equity_ceiling(Money::from_ore(Money::kMaxOre), third)->amount.ore() ==
          static_cast<std::int64_t>(static_cast<WideInt>(Money::kMaxOre) * 333'333 / 1'000'000));
}

TEST_CASE("a ceiling that cannot be found is a problem naming its argument", "[ceiling]") {
    CHECK(equity_ceiling(kr(-1), kStairs).problem().fault == Fault::ContributionsNegative);
    CHECK(equity_ceiling(kr(1), {}).problem().fault == Fault::StaircaseEmpty);
    const auto below = equity_ceiling(kr(5), {{kr(10), 100'000}});
    REQUIRE_FALSE(below.ok());
    CHECK(below.problem().fault == Fault::NoStepApplies);
    CHECK(messages::problem("equityCeiling", below.problem()).starts_with("Fel i Trappa: "));
}
