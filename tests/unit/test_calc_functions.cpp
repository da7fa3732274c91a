// The functions as Calc calls them: cells in, cells out, with every bad input answered in Swedish.
#include "calc_functions.hpp"
#include "seed_budgets.hpp"

#include <catch2/catch.hpp>

using namespace finsam;
using namespace finsam::test;

TEST_CASE("FINSAM_SPLIT: a column key gives a column, a row key a row", "[calc]") {
    Grid col = calc::finsam_split(one(7156000), column({1341, 323, 125}), one(1000), one(2), none());
    CHECK(col.cols() == 1);
    CHECK(numbers(col) == std::vector<double>{1789000, 1789000, 1789000, 1341000, 323000, 125000});
    Grid r = calc::finsam_split(one(2831), row({326, 326, 240, 524}), none(), none(), one(1));
    CHECK(r.rows() == 1);
    CHECK(numbers(r) == std::vector<double>{2831, 1415, 326, 326, 240, 524});
}

TEST_CASE("BUDGET_RESULT: one value for one period, a row for several", "[calc]") {
    CHECK(numbers(calc::budget_result(seed002_income(), seed002_costs())) == std::vector<double>{-1382});
    Grid r = calc::budget_result(seed000_income(), seed000_costs());
    CHECK(r.rows() == 1);
    CHECK(numbers(r) == std::vector<double>{-269000, -794000, -374000});
}

TEST_CASE("EQUITY_PROJECTION keeps the shape of the results", "[calc]") {
    Grid r = calc::equity_projection(one(1689771), row({134700, -1774800, 400, 35300}));
    CHECK(r.rows() == 1);
    CHECK(numbers(r) == std::vector<double>{1824471, 49671, 50071, 85371});
    CHECK(numbers(calc::equity_projection(one(4425), one(-2371))) == std::vector<double>{2054});
}

TEST_CASE("FINSAM_CHECK says OK or by how much", "[calc]") {
    CHECK(text(calc::finsam_check(column({1789000, 1789000, 1789000, 1341000, 323000, 125000}), one(7156000),
                                  none())) == "OK");
    CHECK(text(calc::finsam_check(column({100, 200}), one(350), none())) ==
          "Raderna summerar till 300 men summan anges till 350 (skillnad -50).");
    CHECK(text(calc::finsam_check(column({1000.4, 2000.4}), one(3001), one(1))) == "OK");
}

namespace {

struct BadCase {
    const char* what;
    Grid result;
    const char* expected;
};

}  // namespace

TEST_CASE("bad input: a Swedish message naming the argument, never a number", "[calc][badinput]") {
    const Grid key = column({1341, 323, 125});
    const BadCase cases[] = {
        {"split: text amount", calc::finsam_split(one("sju miljoner"), key, none(), none(), none()),
         "Fel i Belopp: värdet är text (\"sju miljoner\"), inte ett tal."},
        {"split: amount a range", calc::finsam_split(column({1, 2}), key, none(), none(), none()),
         "Fel i Belopp: ska vara en enda cell, inte ett område med 2 × 1 celler."},
        {"split: amount omitted", calc::finsam_split(none(), key, none(), none(), none()), "Fel i Belopp: värde saknas."},
        {"split: zero amount", calc::finsam_split(one(0), key, none(), none(), none()),
         "Fel i Belopp: beloppet måste vara större än noll."},
        {"split: fraction of an öre", calc::finsam_split(one(100.005), key, none(), none(), none()),
         "Fel i Belopp: värdet har delar av ett öre."},
        {"split: huge", calc::finsam_split(one(1e20), key, none(), none(), none()),
         "Fel i Belopp: värdet är orimligt stort (över 10 000 miljarder)."},
        {"split: not a multiple of the step", calc::finsam_split(one(7156500), key, one(1000), none(), none()),
         "Fel i Belopp: 7 156 500 är inte jämnt delbart med avrundningssteget 1 000."},
        {"split: text in key", calc::finsam_split(one(100), column({10, "Gnosjö"}), none(), none(), none()),
         "Fel i Nyckel: cell 2 är text (\"Gnosjö\"), inte ett tal."},
        {"split: empty key cell", calc::finsam_split(one(100), column({10, {}}), none(), none(), none()),
         "Fel i Nyckel: cell 2 är tom."},
        {"split: 2-D key", calc::finsam_split(one(100), grid({{1, 2}, {3, 4}}), none(), none(), none()),
         "Fel i Nyckel: ska vara en kolumn eller en rad, inte ett område med 2 rader och 2 kolumner."},
        {"split: negative key", calc::finsam_split(one(100), column({10, -1}), none(), none(), none()),
         "Fel i Nyckel: cell 2 är negativ; en nyckel kan inte vara mindre än noll."},
        {"split: all-zero key", calc::finsam_split(one(100), column({0, 0}), none(), none(), none()),
         "Fel i Nyckel: alla värden är noll; minst en kommun måste ha en andel."},
        {"split: key omitted", calc::finsam_split(one(100), none(), none(), none(), none()),
         "Fel i Nyckel: värden saknas."},
        {"split: text step", calc::finsam_split(one(100), key, one("tusen"), none(), none()),
         "Fel i Avrundning: värdet är text (\"tusen\"), inte ett tal."},
        {"split: negative step", calc::finsam_split(one(100), key, one(-100), none(), none()),
         "Fel i Avrundning: avrundningssteget måste vara större än noll."},
        {"split: state lines 3", calc::finsam_split(one(100), key, none(), one(3), none()),
         "Fel i Statens rader: ange 1 (staten på en rad) eller 2 (FK och AF på var sin rad)."},
        {"split: state lines text", calc::finsam_split(one(100), key, none(), one("två"), none()),
         "Fel i Statens rader: värdet är text (\"två\"), inte ett tal."},
        {"split: base 2", calc::finsam_split(one(100), key, none(), none(), one(2)),
         "Fel i Bas: ange 0 (beloppet är totalen) eller 1 (beloppet är statens tilldelning)."},
        {"result: text in costs", calc::budget_result(seed002_income(), grid({{"Kansli", "mycket"}})),
         "Fel i Kostnader: cell 2 är text (\"mycket\"), inte ett tal."},
        {"result: income omitted", calc::budget_result(none(), seed002_costs()), "Fel i Intäkter: området saknas."},
        {"result: periods differ", calc::budget_result(seed000_income(), seed002_costs()),
         "Fel i Kostnader: har 1 periodkolumner men Intäkter har 3."},
        {"result: fraction of an öre", calc::budget_result(column({1.001}), column({1})),
         "Fel i Intäkter: cell 1 har delar av ett öre."},
        {"equity: text opening", calc::equity_projection(one("fyra"), column({1})),
         "Fel i Ingående eget kapital: värdet är text (\"fyra\"), inte ett tal."},
        {"equity: empty result", calc::equity_projection(one(1), column({1, {}})), "Fel i Resultat: cell 2 är tom."},
        {"equity: 2-D results", calc::equity_projection(one(1), grid({{1, 2}, {3, 4}})),
         "Fel i Resultat: ska vara en kolumn eller en rad, inte ett område med 2 rader och 2 kolumner."},
        {"check: total count differs", calc::finsam_check(grid({{"A", 1, 2}}), one(3), none()),
         "Fel i Angiven summa: har 1 värden men Rader har 2 periodkolumner; ange en summa per period."},
        {"check: text total", calc::finsam_check(column({1}), one("x"), none()),
         "Fel i Angiven summa: cell 1 är text (\"x\"), inte ett tal."},
        {"check: negative tolerance", calc::finsam_check(column({1}), one(1), one(-1)),
         "Fel i Tolerans: kan inte vara negativ."},
    };
    for (const BadCase& c : cases) {
        INFO(c.what);
        REQUIRE(c.result.is_single_cell());
        CHECK(c.result.at(0, 0).is_text());
        CHECK(text(c.result) == c.expected);
    }
}

TEST_CASE("overflowing sums give a message, not a wrapped number", "[calc][badinput]") {
    std::vector<Cell> cells(20000, Cell::of(9.9e12));
    Grid huge = Grid::column(cells);
    CHECK(text(calc::budget_result(huge, column({1}))) == "Fel: beloppen är för stora för att räknas exakt.");
}
