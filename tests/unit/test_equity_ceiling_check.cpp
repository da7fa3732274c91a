#include "equity_ceiling_check.hpp"
#include "helpers.hpp"
#include "messages.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

TEST_CASE("equity within the ceiling is no excess; above it, by how much", "[ceiling]") {
    const std::vector<StaircaseStep> stairs{{kr(0), 200'000}};
    CHECK_FALSE(equity_ceiling_check(kr(1'000'000), kr(5'000'000), stairs)->has_value());
    CHECK_FALSE(equity_ceiling_check(kr(1'000'000), kr(5'000'000), stairs)->has_value());  // equal is within
    const auto over = equity_ceiling_check(kr(2'500'000), kr(5'000'000), stairs);
    REQUIRE(over.ok());
    REQUIRE(over->has_value());
    CHECK((*over)->excess() == kr(1'500'000));
    CHECK(messages::ceiling_excess(**over, "kr") ==
          "Eget kapital 2 500 000 kr är 1 500 000 kr över taket 1 000 000 kr (20 % av medlemsbidragen 5 000 000 kr).");
}

TEST_CASE("the check's problems name its own arguments, not EQUITY_CEILING's", "[ceiling]") {
    const auto empty = equity_ceiling_check(kr(1), kr(1), {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.problem().fault == Fault::StaircaseEmpty);
    CHECK(messages::problem("equityCeilingCheck", empty.problem()).starts_with("Fel i Trappa: "));
    const auto negative = equity_ceiling_check(kr(1), kr(-1), {{kr(0), 1}});
    CHECK(messages::problem("equityCeilingCheck", negative.problem()).starts_with("Fel i Medlemsbidrag: "));
}
