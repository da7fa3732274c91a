// Reading Calc's arguments into figures (addin/calc/arguments), and the problems they report.
#include "arguments.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace finsam;
using namespace finsam::calc;
using namespace finsam::test;

TEST_CASE("a single amount: one cell, a number, whole öre", "[arguments]") {
    CHECK(*read_single_amount(one(1789000), 0) == kr(1789000));
    CHECK(read_single_amount(none(), 2).problem().fault == Fault::ValueMissing);
    CHECK(read_single_amount(none(), 2).problem().arg == 2);
    const Problem range = read_single_amount(column({1, 2, 3}), 0).problem();
    CHECK(range.fault == Fault::NotSingleCell);
    CHECK((range.count == 3 && range.other_count == 1));
    const Problem text = read_single_amount(one("sju"), 1).problem();
    CHECK(text.fault == Fault::CellText);
    CHECK(text.text == "sju");
    CHECK(text.where.form == Where::Form::Value);
    CHECK(read_single_amount(Grid::scalar(Cell::empty()), 0).problem().fault == Fault::CellEmpty);
    CHECK(read_single_amount(one(0.001), 0).problem().fault == Fault::CellFractionOfOre);
    CHECK(read_single_amount(one(1e20), 0).problem().fault == Fault::CellTooLarge);
}

TEST_CASE("optional arguments: omitted is nothing, present must be right", "[arguments]") {
    CHECK_FALSE(*read_optional_amount(none(), 0));
    CHECK(**read_optional_amount(one(100), 0) == kr(100));
    CHECK_FALSE(*read_optional_number(none(), 0));
    CHECK(**read_optional_number(one(2), 0) == 2.0);
    CHECK(read_optional_number(one(std::nan("")), 3).problem().fault == Fault::CellNotFinite);
    CHECK(read_optional_number(one("två"), 3).problem().fault == Fault::CellText);
}

TEST_CASE("vectors: a row or a column, every cell a number, the cell at fault named", "[arguments]") {
    auto col = read_number_vector(column({1, 2, 3}), 1);
    REQUIRE(col.ok());
    CHECK_FALSE(col->is_row);
    CHECK(col->values == std::vector<double>{1, 2, 3});
    CHECK(read_number_vector(row({1, 2}), 1)->is_row);
    CHECK_FALSE(read_number_vector(one(5), 1)->is_row);
    const Problem square = read_number_vector(grid({{1, 2}, {3, 4}}), 1).problem();
    CHECK(square.fault == Fault::NotVector);
    const Problem empty = read_number_vector(column({1, {}, 3}), 1).problem();
    CHECK(empty.fault == Fault::CellEmpty);
    CHECK((empty.where.form == Where::Form::Index && empty.where.row == 1));
    CHECK(read_number_vector(none(), 1).problem().fault == Fault::ValuesMissing);
    auto amounts = read_amount_vector(row({100, -50.5}), 0);
    REQUIRE(amounts.ok());
    CHECK(amounts->values == std::vector<Money>{kr(100), Money::from_ore(-5050)});
    const Problem fraction = read_amount_vector(column({1, 0.125}), 0).problem();
    CHECK(fraction.fault == Fault::CellFractionOfOre);
    CHECK(fraction.where.row == 1);
}

TEST_CASE("every problem reads as a Swedish sentence naming the argument", "[arguments][messages]") {
    CHECK(message(read_amount_vector(column({1, "x"}), 1), "equityProjection") ==
          "Fel i Resultat: cell 2 är text (\"x\"), inte ett tal.");
    CHECK(message(read_single_amount(column({1, 2}), 0), "finsamSplit") ==
          "Fel i Belopp: ska vara en enda cell, inte ett område med 2 × 1 celler.");
}
