// A sheet read as its filled cells (issue 22): one stray cell far away costs no memory.
#include "sparse_sheet.hpp"

#include <catch2/catch.hpp>

using namespace finsam;

TEST_CASE("a stray cell in AMJ1 and one in row 1 048 576 leave a small grid that knows where each cell stood",
          "[sparse]") {
    std::vector<PlacedCell> cells;
    cells.push_back({0, 0, Cell::of(std::string("Kostnader"))});
    cells.push_back({0, 1, Cell::of(std::string("Budget 2025"))});
    for (std::size_t r = 1; r <= 60005; ++r) {
        cells.push_back({r, 0, Cell::of(std::string("rad"))});
        cells.push_back({r, 1, Cell::of(static_cast<double>(r))});
    }
    cells.push_back({0, 1023, Cell::of(std::string("x"))});     // AMJ1
    cells.push_back({1048575, 25, Cell::of(std::string("y"))});  // Z1048576
    cells.push_back({5, 5, Cell::empty()});                      // an empty cell is no filled one
    const auto sheet = compact_sheet(cells);
    REQUIRE(sheet);
    // columns A, B, then 8 of the empty ones before Z, Z, 8 of those before AMJ, AMJ
    CHECK(sheet->grid.cols() == 2 + kKeptGap + 1 + kKeptGap + 1);
    CHECK(sheet->grid.rows() == 60006 + kKeptGap + 1);
    CHECK(sheet->cols.back() == 1023);
    CHECK(sheet->rows.back() == 1048575);
    CHECK(sheet->grid.at(60005, 1).number == 60005.0);
    CHECK(sheet->grid.at(0, sheet->grid.cols() - 1).text == "x");
    CHECK(sheet->grid.at(sheet->grid.rows() - 1, 2 + kKeptGap).text == "y");
    CHECK(sheet->cols[2 + kKeptGap] == 25);
}

TEST_CASE("gaps up to eight empty rows or columns are kept as they are, longer ones cut to eight", "[sparse]") {
    std::vector<PlacedCell> cells{{2, 1, Cell::of(1.0)}, {4, 1, Cell::of(2.0)}, {4, 12, Cell::of(3.0)}};
    const auto sheet = compact_sheet(cells);
    REQUIRE(sheet);
    CHECK(sheet->rows == std::vector<std::size_t>{0, 1, 2, 3, 4});
    CHECK(sheet->cols == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12});
    CHECK(sheet->grid.at(4, 10).number == 3.0);
    CHECK(sheet->grid.at(3, 1).is_empty());
}

TEST_CASE("cells spread over a diagonal beyond the bound are refused, not read in part", "[sparse]") {
    std::vector<PlacedCell> cells;
    for (std::size_t i = 0; i < 100; ++i) cells.push_back({i * 20, i * 20, Cell::of(1.0)});
    CHECK_FALSE(compact_sheet(cells, 500'000));  // 892 x 892 kept
    const auto sheet = compact_sheet(cells, 1'000'000);
    REQUIRE(sheet);
    CHECK(sheet->grid.rows() == 1 + 99 * (kKeptGap + 1));
    CHECK(compact_sheet({}));
}
