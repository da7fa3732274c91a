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
    Grid r = calc::equity_projection(one(1689771), row({134700, -1774800, 400, 35300}), none());
    CHECK(r.rows() == 1);
    CHECK(numbers(r) == std::vector<double>{1824471, 49671, 50071, 85371});
    CHECK(numbers(calc::equity_projection(one(4425), one(-2371), none())) == std::vector<double>{2054});
}

TEST_CASE("FINSAM_CHECK says OK or by how much", "[calc]") {
    CHECK(text(calc::finsam_check(column({1789000, 1789000, 1789000, 1341000, 323000, 125000}), one(7156000),
                                  none(), none())) == "OK");
    CHECK(text(calc::finsam_check(column({100, 200}), one(350), none(), none())) ==
          "Raderna summerar till 300 kr men summan anges till 350 kr (skillnad -50 kr).");
    CHECK(text(calc::finsam_check(column({1000.4, 2000.4}), one(3001), one(1), none())) == "OK");
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
        {"equity: text opening", calc::equity_projection(one("fyra"), column({1}), none()),
         "Fel i Ingående eget kapital: värdet är text (\"fyra\"), inte ett tal."},
        {"equity: empty result", calc::equity_projection(one(1), column({1, {}}), none()), "Fel i Resultat: cell 2 är tom."},
        {"equity: 2-D results", calc::equity_projection(one(1), grid({{1, 2}, {3, 4}}), none()),
         "Fel i Resultat: ska vara en kolumn eller en rad, inte ett område med 2 rader och 2 kolumner."},
        {"check: total count differs", calc::finsam_check(grid({{"A", 1, 2}}), one(3), none(), none()),
         "Fel i Angiven summa: har 1 värde men Rader har 2 periodkolumner; ange en summa per period."},
        {"check: text total", calc::finsam_check(column({1}), one("x"), none(), none()),
         "Fel i Angiven summa: cell 1 är text (\"x\"), inte ett tal."},
        {"check: negative tolerance", calc::finsam_check(column({1}), one(1), one(-1), none()),
         "Fel i Tolerans: kan inte vara negativ."},
    };
    for (const BadCase& c : cases) {
        INFO(c.what);
        CHECK(text(c.result) == c.expected);
    }
}

TEST_CASE("overflowing sums give a message, not a wrapped number", "[calc][badinput]") {
    std::vector<Cell> cells(20000, Cell::of(9.9e12));
    Grid huge = Grid::column(cells);
    CHECK(text(calc::budget_result(huge, column({1}))) == "Fel: beloppen är för stora för att räknas exakt.");
}

TEST_CASE("EQUITY_PROJECTION: a forecast replaces its year's budget as the base of the next year", "[calc][equity]") {
    // Seed 003 in one call: Budget 2020 has its own opening; Prognos 2020 another; the plan years
    // build on the forecast, not on the superseded budget.
    Grid names = row({"Budget 2020", "Prognos 2020", "Budget 2021", "Plan 2022", "Plan 2023"});
    Grid results = row({-1347000, 134700, -1774800, 400, 35300});
    Grid openings = row({1409579, 1689771, {}, {}, {}});
    CHECK(numbers(calc::equity_projection(openings, results, names)) ==
          std::vector<double>{62579, 1824471, 49671, 50071, 85371});
    // One opening only: the forecast starts where its year's budget started.
    CHECK(numbers(calc::equity_projection(one(1000), row({-100, 50, 10}), row({"Budget 2020", "Prognos 2020",
                                                                                "Budget 2021"}))) ==
          std::vector<double>{900, 1050, 1060});
    // Without names the same figures chain straight through.
    CHECK(numbers(calc::equity_projection(one(1000), row({-100, 50, 10}), none())) ==
          std::vector<double>{900, 950, 960});
    CHECK(text(calc::equity_projection(row({{}, 5}), row({1, 2}), none())) ==
          "Fel i Ingående eget kapital: ingående eget kapital saknas för den första perioden.");
    CHECK(text(calc::equity_projection(row({1, 2, 3}), row({1, 2}), none())) ==
          "Fel i Ingående eget kapital: har 3 värden men Resultat har 2.");
    CHECK(text(calc::equity_projection(one(1), row({1, 2}), row({"Budget 2020"}))) ==
          "Fel i Perioder: ska ha ett namn per resultat (2 st) i en rad eller en kolumn.");
}

TEST_CASE("EQUITY_CEILING: the step that applies times the contributions", "[calc][ceiling]") {
    // An example staircase the user keeps (not the council's figures).
    Grid stairs = grid({{"Medlemsbidrag från", "Högsta andel"}, {0, 0.5}, {5000000, 0.3}, {10000000, 0.2}});
    CHECK(numbers(calc::equity_ceiling(one(7156000), stairs)) == std::vector<double>{2146800});
    CHECK(numbers(calc::equity_ceiling(one(4000000), stairs)) == std::vector<double>{2000000});
    CHECK(numbers(calc::equity_ceiling(one(10000000), stairs)) == std::vector<double>{2000000});
    CHECK(text(calc::equity_ceiling_check(one(2000000), one(7156000), stairs, none())) == "OK");
    CHECK(text(calc::equity_ceiling_check(one(2500000), one(7156000), stairs, none())) ==
          "Eget kapital 2 500 000 kr är 353 200 kr över taket 2 146 800 kr (30 % av medlemsbidragen 7 156 000 kr).");
    CHECK(text(calc::equity_ceiling_check(one(2054), one(5662), grid({{0, 0.125}}), one("tkr"))) ==
          "Eget kapital 2 054 tkr är 1 346,25 tkr över taket 707,75 tkr (12,5 % av medlemsbidragen 5 662 tkr).");
}

TEST_CASE("EQUITY_CEILING: a staircase that cannot be read is named", "[calc][ceiling][badinput]") {
    CHECK(text(calc::equity_ceiling(one(100), column({0, 0.2}))) ==
          "Fel i Trappa: ska ha två kolumner (gräns för medlemsbidrag, högsta andel), inte 1.");
    CHECK(text(calc::equity_ceiling(one(100), grid({{0, 20}}))) ==
          "Fel i Trappa: rad 1: andelen ska vara mellan 0 % och 100 % (skriv t.ex. 20 % eller 0,2).");
    CHECK(text(calc::equity_ceiling(one(100), grid({{0, 0.5}, {0, 0.2}}))) ==
          "Fel i Trappa: rad 2: gränserna ska öka uppifrån och ned.");
    CHECK(text(calc::equity_ceiling(one(100), grid({{1000, 0.5}}))) ==
          "Fel i Trappa: inget steg gäller för medlemsbidrag på 100; trappans första gräns är 1 000.");
    CHECK(text(calc::equity_ceiling(one(-100), grid({{0, 0.5}}))) ==
          "Fel i Medlemsbidrag: medlemsbidragen måste vara större än noll.");
    CHECK(text(calc::equity_ceiling(one(100), grid({{0, "tjugo"}}))) ==
          "Fel i Trappa: rad 1, kolumn 2 är text (\"tjugo\"), inte ett tal.");
    CHECK(text(calc::equity_ceiling_check(one(1), one(100), grid({{0, 0.5}}), one(7))) ==
          "Fel i Enhet: ange en kort text som kr eller tkr.");
}

TEST_CASE("what Calc sends for empty cells is never taken for a figure", "[calc][badinput]") {
    // Calc passes a reference to one empty cell as 0 and empty cells in a range as empty.
    CHECK(text(calc::budget_result(column({7156000, 300000}), one(0))) == "Fel i Kostnader: området har inga belopp.");
    CHECK(text(calc::budget_result(column({7156000, 300000}), column({{}, {}}))) ==
          "Fel i Kostnader: området har inga belopp.");
    CHECK(text(calc::budget_result(one(0), column({5, 6}))) == "Fel i Intäkter: området har inga belopp.");
    CHECK(text(calc::equity_ceiling(one(0), grid({{0, 0.5}}))) ==
          "Fel i Medlemsbidrag: medlemsbidragen måste vara större än noll.");
    CHECK(text(calc::equity_ceiling_check(one(1), one(0), grid({{0, 0.5}}), none())) ==
          "Fel i Medlemsbidrag: medlemsbidragen måste vara större än noll.");
    // An empty unit cell means no unit.
    CHECK(text(calc::finsam_check(column({100, 200}), one(301), none(), one(0))) ==
          "Raderna summerar till 300 men summan anges till 301 (skillnad -1).");
    CHECK(text(calc::finsam_split(Grid::scalar(Cell::empty()), column({1}), none(), none(), none())) ==
          "Fel i Belopp: värdet är tomt.");
    CHECK(text(calc::finsam_check(column({100, 1e20}), one(1), none(), none())) ==
          "Fel i Rader: cell 2 är orimligt stor (över 10 000 miljarder).");
}

TEST_CASE("FINSAM_SPLIT: keys of any size are weights", "[calc][split]") {
    const std::vector<double> expected{4000, 2000, 1000, 1000};
    CHECK(numbers(calc::finsam_split(one(8000), column({1e-7, 1e-7}), none(), none(), none())) == expected);
    CHECK(numbers(calc::finsam_split(one(8000), column({123456789, 123456789}), none(), none(), none())) == expected);
    CHECK(numbers(calc::finsam_split(one(8000), column({0.25, 0.25}), none(), none(), none())) == expected);
}
