#include "money.hpp"
#include "messages.hpp"
#include "swedish_format.hpp"

#include <catch2/catch.hpp>

using namespace finsam;

TEST_CASE("amounts are written the Swedish way", "[text]") {
    CHECK(format_amount(Money::kronor(18639480)) == "18 639 480");
    CHECK(format_amount(Money::kronor(-269000)) == "-269 000");
    CHECK(format_amount(Money::kronor(0)) == "0");
    CHECK(format_amount(Money::kronor(999)) == "999");
    CHECK(format_amount(Money::kronor(1000)) == "1 000");
    CHECK(format_amount(Money::from_ore(123450)) == "1 234,50");
    CHECK(format_amount(Money::from_ore(-5)) == "-0,05");
}

TEST_CASE("cell positions count from one", "[text]") {
    const auto empty_at = [](Where w) { return messages::problem("finsamSplit", Problem{Fault::CellEmpty}.at(1, w)); };
    CHECK(empty_at(Where::in_range(2, 0, 5, 1)) == "Fel i Nyckel: cell 3 är tom.");
    CHECK(empty_at(Where::in_range(0, 3, 1, 6)) == "Fel i Nyckel: cell 4 är tom.");
    CHECK(empty_at(Where::in_range(1, 2, 4, 3)) == "Fel i Nyckel: rad 2, kolumn 3 är tom.");
    CHECK(quote_text("kort") == "\"kort\"");
    CHECK(quote_text(std::string(40, 'x')).size() < 40);
}
