#include "finsam_check.hpp"
#include "messages.hpp"
#include "seed_budgets.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

namespace {

std::string sum_message(const Layout& lines, const std::vector<Money>& totals, Money tolerance) {
    return messages::sum_check(finsam::check_sum(lines, totals, tolerance), lines.periods(), "kr");
}

}  // namespace

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
