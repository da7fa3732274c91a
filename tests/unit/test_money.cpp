#include "money.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using finsam::Money;

TEST_CASE("money from a Calc double is exact to the öre", "[money]") {
    CHECK(Money::from_double(1789000.0)->ore() == 178900000);
    CHECK(Money::from_double(-269000.0)->ore() == -26900000);
    CHECK(Money::from_double(0.1 + 0.2)->ore() == 30);  // binary noise is not a fraction of an öre
    CHECK(Money::from_double(1234.56)->ore() == 123456);
    CHECK(Money::from_double(1e13).ok());
}

TEST_CASE("money rejects what is not exact money", "[money]") {
    CHECK(Money::from_double(0.005).problem().fault == finsam::Fault::CellFractionOfOre);
    CHECK(Money::from_double(12.345).problem().fault == finsam::Fault::CellFractionOfOre);
    CHECK(Money::from_double(std::nan("")).problem().fault == finsam::Fault::CellNotFinite);
    CHECK(Money::from_double(std::numeric_limits<double>::infinity()).problem().fault == finsam::Fault::CellNotFinite);
    CHECK(Money::from_double(1.0000001e13).problem().fault == finsam::Fault::CellTooLarge);
    CHECK(Money::from_double(-1e300).problem().fault == finsam::Fault::CellTooLarge);
}

TEST_CASE("money arithmetic refuses to overflow silently", "[money]") {
    const Money big = Money::from_ore(std::numeric_limits<std::int64_t>::max() - 5);
    CHECK_THROWS_AS(big + Money::from_ore(10), finsam::MoneyOverflow);
    CHECK_THROWS_AS(-big - Money::from_ore(10), finsam::MoneyOverflow);
    CHECK((big + Money::from_ore(5)).ore() == std::numeric_limits<std::int64_t>::max());
    CHECK((Money::kronor(3) - Money::kronor(5)).ore() == -200);
}
