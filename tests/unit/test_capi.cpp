// The C interface (addin/capi/finsam_capi.h): the calc layer's answers through plain C types, and
// Calc's own answers (Err:502, Err:504, an error cell's code) where Calc gives them before calling.
#include "finsam_capi.h"

#include "calc_functions.hpp"
#include "helpers.hpp"
#include "seed_budgets.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

using namespace finsam;
using namespace finsam::test;

namespace {

// A Grid laid out as a C grid (its texts pointing into its own copy); cells may become error cells.
struct CGrid {
    Grid source;
    std::vector<finsam_cell> cells;
    finsam_grid grid{};

    explicit CGrid(Grid g) : source(std::move(g)) {
        for (const Cell& c : source.cells()) {
            finsam_cell out{FINSAM_CELL_EMPTY, 0.0, nullptr, 0};
            if (c.is_number()) out = {FINSAM_CELL_NUMBER, c.number, nullptr, 0};
            if (c.is_text()) out = {FINSAM_CELL_TEXT, 0.0, c.text.c_str(), 0};
            cells.push_back(out);
        }
        grid = {source.rows(), source.cols(), cells.data()};
    }
    CGrid(const CGrid&) = delete;
    CGrid& with_error(std::size_t i, int code) {
        cells[i] = {FINSAM_CELL_ERROR, 0.0, nullptr, code};
        return *this;
    }
    const finsam_grid* operator&() const { return &grid; }
};

using ResultPtr = std::unique_ptr<finsam_result, decltype(&finsam_result_free)>;
ResultPtr owned(finsam_result* r) { return ResultPtr(r, &finsam_result_free); }

// The result back as a Grid, to compare with the calc layer's.
Grid as_grid(const finsam_result& r) {
    Grid g(r.rows, r.cols);
    for (std::size_t i = 0; i < r.rows * r.cols; ++i) {
        const finsam_cell& c = r.cells[i];
        Cell& out = g.at(i / r.cols, i % r.cols);
        if (c.kind == FINSAM_CELL_NUMBER) out = Cell::of(c.number);
        if (c.kind == FINSAM_CELL_TEXT) out = Cell::of(std::string(c.text));
    }
    return g;
}

bool same(const Grid& a, const Grid& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Cell &x = a.cells()[i], &y = b.cells()[i];
        if (x.kind != y.kind || x.text != y.text) return false;
        if (x.is_number() && !(x.number == y.number)) return false;
    }
    return true;
}

Grid through_c(finsam_result* raw) {
    const ResultPtr r = owned(raw);
    REQUIRE(r != nullptr);
    REQUIRE(r->error == 0);
    return as_grid(*r);
}

int error_through_c(finsam_result* raw) {
    const ResultPtr r = owned(raw);
    REQUIRE(r != nullptr);
    CHECK(r->cells == nullptr);
    return r->error;
}

}  // namespace

TEST_CASE("C interface: each function answers what the calc layer answers", "[capi]") {
    const CGrid total(one(7156000)), key(column({1341, 323, 125})), step(one(1000)), lines(one(2));
    CHECK(same(through_c(finsam_split(&total, &key, &step, &lines, nullptr)),
               calc::finsam_split(one(7156000), column({1341, 323, 125}), one(1000), one(2), none())));
    CHECK(numbers(through_c(finsam_split(&total, &key, &step, &lines, nullptr))) ==
          std::vector<double>{1789000, 1789000, 1789000, 1341000, 323000, 125000});

    const CGrid income(seed000_income()), costs(seed000_costs());
    CHECK(numbers(through_c(finsam_budget_result(&income, &costs))) == std::vector<double>{-269000, -794000, -374000});

    const CGrid opening(one(1689771)), results(row({134700, -1774800, 400, 35300}));
    const Grid projection = through_c(finsam_equity_projection(&opening, &results, nullptr));
    CHECK(projection.rows() == 1);
    CHECK(numbers(projection) == std::vector<double>{1824471, 49671, 50071, 85371});

    const CGrid check_lines(column({100, 200})), stated(one(301)), unit(one("tkr"));
    CHECK(same(through_c(finsam_check(&check_lines, &stated, nullptr, &unit)),
               calc::finsam_check(column({100, 200}), one(301), none(), one("tkr"))));

    const Grid stairs = grid({{"Bidrag", "Andel"}, {0, 0.3}, {5000000, 0.2}});
    const CGrid contributions(one(7156000)), staircase(stairs), equity(one(2500000));
    CHECK(numbers(through_c(finsam_equity_ceiling(&contributions, &staircase))) == std::vector<double>{1431200});
    CHECK(same(through_c(finsam_equity_ceiling_check(&equity, &contributions, &staircase, nullptr)),
               calc::equity_ceiling_check(one(2500000), one(7156000), stairs, none())));
}

TEST_CASE("C interface: the grid audit behind FINSAM_AUDIT, six columns, UTF-8 sentences", "[capi][audit]") {
    const CGrid ok(seed000_table()), typo(seed000_table(1010000));
    const Grid clean = through_c(finsam_audit(&ok));
    // The summary row, then empty text down to FINSAM_AUDIT's 20 rows (no #N/A in a larger selection).
    REQUIRE(clean.rows() == 20);
    CHECK(clean.at(0, 0).text == "Allt stämmer: 15 kontroller i 3 kolumner.");
    CHECK(same(clean, calc::finsam_audit(seed000_table())));
    const Grid found = through_c(finsam_audit(&typo));
    CHECK(same(found, calc::finsam_audit(seed000_table(1010000))));
    REQUIRE(found.cols() == 6);
    CHECK(found.at(0, 0).text == "Ny Samverkansinsats Lilla Edet");
    CHECK(found.at(0, 4).number == -90000);
    CHECK(found.at(0, 5).text.starts_with("Troligen fel: Ny Samverkansinsats Lilla Edet, 2021"));
}

TEST_CASE("C interface: by method name, with the table's argument order", "[capi]") {
    const CGrid income(seed002_income()), costs(seed002_costs());
    const finsam_grid args[] = {income.grid, costs.grid};
    CHECK(numbers(through_c(finsam_call("budgetResult", args, 2))) == std::vector<double>{-1382});
    // Trailing optional arguments may be left out.
    const CGrid opening(one(4425)), results(one(-2371));
    const finsam_grid projection[] = {opening.grid, results.grid};
    CHECK(numbers(through_c(finsam_call("equityProjection", projection, 2))) == std::vector<double>{2054});
    // What Calc answers for a name it does not know or too many arguments.
    CHECK(error_through_c(finsam_call("noSuchFunction", args, 2)) == 504);
    CHECK(error_through_c(finsam_call(nullptr, args, 2)) == 504);
    const finsam_grid three[] = {income.grid, costs.grid, costs.grid};
    CHECK(error_through_c(finsam_call("budgetResult", three, 3)) == 504);
    CHECK(error_through_c(finsam_call("budgetResult", nullptr, 9)) == 504);
}

TEST_CASE("C interface: bad input is a Swedish sentence in every cell, as in Calc", "[capi][badinput]") {
    const CGrid amount(one("sju miljoner")), key(column({1341, 323, 125}));
    const Grid r = through_c(finsam_split(&amount, &key, nullptr, nullptr, nullptr));
    CHECK(r.rows() == 5);  // the shape of the figures, filled with the message
    CHECK(text(r) == "Fel i Belopp: värdet är text (\"sju miljoner\"), inte ett tal.");
    const CGrid empty_key(column({1341, {}, 125}));
    const CGrid total(one(7156000));
    CHECK(text(through_c(finsam_split(&total, &empty_key, nullptr, nullptr, nullptr))) ==
          "Fel i Nyckel: cell 2 är tom.");
    // An empty text is an empty cell, as Calc passes empty cells inside a range.
    const CGrid blank_text(column({1341, "", 125}));
    CHECK(text(through_c(finsam_split(&total, &blank_text, nullptr, nullptr, nullptr))) ==
          "Fel i Nyckel: cell 2 är tom.");
    const CGrid nan(one(std::nan("")));
    CHECK(text(through_c(finsam_split(&nan, &key, nullptr, nullptr, nullptr))).starts_with("Fel i Belopp: "));
}

TEST_CASE("C interface: error cells and left-out arguments get Calc's own answers", "[capi][badinput]") {
    const CGrid total(one(7156000)), key(column({1341, 323, 125}));
    CGrid key_with_error(column({1341, 323, 125}));
    key_with_error.with_error(1, 532);
    // An error inside a range: Err:504; an error cell alone: its own code (532 = #DIV/0!).
    CHECK(error_through_c(finsam_split(&total, &key_with_error, nullptr, nullptr, nullptr)) == 504);
    CGrid total_error(one(0));
    total_error.with_error(0, 532);
    CHECK(error_through_c(finsam_split(&total_error, &key, nullptr, nullptr, nullptr)) == 532);
    CGrid unknown_error(one(0));
    unknown_error.with_error(0, 0);
    CHECK(error_through_c(finsam_split(&unknown_error, &key, nullptr, nullptr, nullptr)) == 504);
    // A required argument left out is Err:502 ...
    CHECK(error_through_c(finsam_split(&total, nullptr, nullptr, nullptr, nullptr)) == 502);
    const finsam_grid empty{0, 0, nullptr};
    CHECK(error_through_c(finsam_split(&empty, &key, nullptr, nullptr, nullptr)) == 502);
    // ... unless another holds an error: the arguments are read each from the last, as Calc does.
    CHECK(error_through_c(finsam_split(nullptr, &key_with_error, nullptr, nullptr, nullptr)) == 504);
    // Belopp and Nyckel are both arrays (issue 19): read from the last, Nyckel's error comes first.
    CHECK(error_through_c(finsam_split(&total_error, &key_with_error, nullptr, nullptr, nullptr)) == 504);
    CGrid income(column({7156000, 300000})), costs(column({2000000, 5156000}));
    income.with_error(0, 32767);
    costs.with_error(1, 532);
    CHECK(error_through_c(finsam_budget_result(&income, &costs)) == 504);  // the last one's
    // An optional argument may be left out.
    CHECK(through_c(finsam_split(&total, &key, nullptr, nullptr, nullptr)).size() == 5);
}

TEST_CASE("C interface: a version to check before use", "[capi]") { CHECK(finsam_capi_version() == 1); }
