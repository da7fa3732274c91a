// Property tests (issue 19): a header row of periods above a budget is never an amount. Random
// headers (years as numbers, years typed "2 024", dates as Calc passes them, "Budget 2025",
// "Prognos 2024", empty cells where a header is merged across periods, with or without a heading
// label) above random budgets: BUDGET_RESULT, FINSAM_CHECK and FINSAM_AUDIT answer exactly as for
// the same budget without the header.
#include "calc_functions.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace finsam;

namespace {

using Rng = std::mt19937_64;

int pick(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

// A date's serial as Calc passes a date cell (days since 1899-12-30).
double serial(int year, int month, int day) {
    // days from civil (Howard Hinnant's algorithm)
    const int y = year - (month <= 2), era = y / 400, yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + 25569;
}

Cell header_cell(Rng& rng, int year) {
    switch (pick(rng, 0, 6)) {
        case 0: return Cell::of(static_cast<double>(year));
        case 1: return Cell::of(std::to_string(year / 1000) + " " + std::to_string(year % 1000 + 1000).substr(1));
        case 2: return Cell::of(serial(year, 1, 1));
        case 3: return Cell::of(serial(year, pick(rng, 1, 12), pick(rng, 1, 28)));
        case 4: return Cell::of("Budget " + std::to_string(year));
        case 5: return Cell::of("Prognos " + std::to_string(year));
        default: return Cell::empty();  // merged into the cell on its left
    }
}

// A labelled block: lines with line labels, a Summa row sometimes, `periods` amount columns.
Grid budget(Rng& rng, std::size_t periods, bool income) {
    static const char* const kIncome[] = {"Medlemsbidrag staten", "Medlemsbidrag regionen", "Medlemsbidrag kommunerna",
                                          "Ränteintäkter", "Övriga intäkter"};
    static const char* const kCosts[] = {"Personal", "Lokaler", "Insatser", "Administration", "Revision"};
    const int lines = pick(rng, 1, 5);
    const bool summa = pick(rng, 0, 2) == 0;
    Grid g(static_cast<std::size_t>(lines + (summa ? 1 : 0)), periods + 1);
    std::vector<double> sums(periods, 0.0);
    for (int r = 0; r < lines; ++r) {
        g.at(r, 0) = Cell::of(std::string(income ? kIncome[r] : kCosts[r]));
        for (std::size_t p = 0; p < periods; ++p) {
            // amounts in the ranges of years and date serials too; but not two increasing years on
            // the first line, which the layout reads as a header typed without a header label
            // ("Post | 2021 | 2022" with the label left out is as likely as 2 021 kr and 2 022 kr)
            const double v = r > 0 && pick(rng, 0, 3) == 0 ? pick(rng, 1990, 2100) : pick(rng, 0, 2) == 0 ? pick(rng, 32874, 73050)
                                                                                                   : pick(rng, 1, 9000) * 1000.0;
            g.at(r, p + 1) = Cell::of(v);
            sums[p] += v;
        }
    }
    if (summa) {
        g.at(lines, 0) = Cell::of(std::string(income ? "Summa intäkter" : "Summa kostnader"));
        for (std::size_t p = 0; p < periods; ++p) g.at(lines, p + 1) = Cell::of(sums[p]);
    }
    return g;
}

Grid with_header(Rng& rng, const Grid& body, bool income) {
    Grid g(body.rows() + 1, body.cols());
    static const char* const kLabels[] = {"", "Post", "Belopp", "Budget"};
    const int l = pick(rng, 0, 4);
    if (l == 4) g.at(0, 0) = Cell::of(std::string(income ? "Intäkter" : "Kostnader"));
    else if (l > 0) g.at(0, 0) = Cell::of(std::string(kLabels[l]));
    const int year = pick(rng, 2019, 2027);
    bool some = false;
    for (std::size_t c = 1; c < g.cols(); ++c) {
        g.at(0, c) = header_cell(rng, year + static_cast<int>(c) - 1);
        some = some || !g.at(0, c).is_empty();
    }
    if (!some) g.at(0, 1) = Cell::of(static_cast<double>(year));
    for (std::size_t r = 0; r < body.rows(); ++r)
        for (std::size_t c = 0; c < body.cols(); ++c) g.at(r + 1, c) = body.at(r, c);
    return g;
}

std::string shown(const Grid& g) {
    std::string s;
    for (const Cell& c : g.cells()) s += (c.is_number() ? std::to_string(c.number) : c.text) + "|";
    return s;
}

std::string describe(const Grid& g) {
    std::string s;
    for (std::size_t r = 0; r < g.rows(); ++r) {
        for (std::size_t c = 0; c < g.cols(); ++c) {
            const Cell& x = g.at(r, c);
            s += x.is_number() ? std::to_string(static_cast<long long>(x.number)) : x.is_text() ? "\"" + x.text + "\"" : "_";
            s += c + 1 < g.cols() ? " | " : "\n";
        }
    }
    return s;
}

}  // namespace

TEST_CASE("property: a period header above a budget is never an amount", "[property-headers][budget]") {
    Rng rng(19);
    const Grid omitted = Grid::omitted_argument();
    for (int i = 0; i < 3000; ++i) {
        const std::size_t periods = static_cast<std::size_t>(pick(rng, 1, 3));
        const Grid in = budget(rng, periods, true), out = budget(rng, periods, false);
        const Grid in_h = with_header(rng, in, true), out_h = with_header(rng, out, false);
        INFO("income\n" << describe(in_h) << "costs\n" << describe(out_h));
        const Grid plain = calc::budget_result(in, out), headed = calc::budget_result(in_h, out_h);
        REQUIRE(plain.cells().front().is_number());
        CHECK(shown(headed) == shown(plain));

        // FINSAM_CHECK: the costs' lines against their sum in each period
        Grid totals(1, periods);
        for (std::size_t p = 0; p < periods; ++p) {
            double sum = 0;
            for (std::size_t r = 0; r < out.rows(); ++r)
                if (out.at(r, 0).text.rfind("Summa", 0) != 0) sum += out.at(r, p + 1).number;
            totals.at(0, p) = Cell::of(sum);
        }
        CHECK(calc::finsam_check(out_h, totals, omitted, omitted).at(0, 0).text == "OK");
    }
}

TEST_CASE("property: FINSAM_AUDIT counts no period header as an amount", "[property-headers][audit]") {
    Rng rng(2026);
    for (int i = 0; i < 600; ++i) {
        const std::size_t periods = static_cast<std::size_t>(pick(rng, 1, 3));
        Grid out = budget(rng, periods, false);
        if (out.at(out.rows() - 1, 0).text.rfind("Summa", 0) != 0) continue;  // a sum to check
        const Grid out_h = with_header(rng, out, false);
        INFO(describe(out_h));
        const Grid audit = calc::finsam_audit(out_h);
        // the sums are right: no finding, and the header is no line of any sum
        CHECK(audit.at(0, 0).text.rfind("Allt stämmer", 0) == 0);
    }
}

TEST_CASE("the issue's cases: a date header and 'Kostnader | 2025' are no amounts", "[budget][audit]") {
    using test::grid;
    const Grid omitted = Grid::omitted_argument();
    // BUDGET_RESULT used to add 45 292, the serial of the date 2024-01-01 in the header
    const Grid income = grid({{{}, 45292.0}, {"Medlemsbidrag", 469000}});
    const Grid costs = grid({{"Kostnader", 2025}, {"Personal", 200000}, {"Lokaler", 69000}, {"Summa kostnader", 269000}});
    CHECK(calc::budget_result(income, costs).at(0, 0).number == 200000);
    CHECK(calc::finsam_check(costs, grid({{269000}}), omitted, omitted).at(0, 0).text == "OK");
    // FINSAM_AUDIT used to count 2 025 kr and accuse the correct Summa kostnader
    const Grid audit = calc::finsam_audit(costs);
    CHECK(audit.at(0, 0).text.rfind("Allt stämmer", 0) == 0);
    // the period is named by its header: the year, the date
    const Grid wrong = grid({{{}, 45292.0}, {"Personal", 200000}, {"Lokaler", 69000}, {"Summa kostnader", 270000}});
    CHECK(calc::finsam_audit(wrong).at(0, 1).text == "2024-01-01");
}

// EQUITY_PROJECTION's results and openings, FINSAM_SPLIT's key (issue 19): a period header beside
// the figures is never one of them.
namespace {

// A header line of n periods from `year` on: one kind per line (as people type headers), some cells
// empty where a header is merged across periods, never all. `numbers`: years and dates allowed
// (a two-line block), else only texts.
std::vector<Cell> header_line(Rng& rng, std::size_t n, int year, bool numbers) {
    const int kind = pick(rng, numbers ? 0 : 2, 6);
    std::vector<Cell> line;
    for (std::size_t i = 0; i < n; ++i) {
        const int y = year + static_cast<int>(i);
        switch (kind) {
            case 0: line.push_back(Cell::of(static_cast<double>(y))); break;
            case 1: line.push_back(Cell::of(pick(rng, 0, 1) ? serial(y, 1, 1) : serial(y, pick(rng, 1, 12), pick(rng, 1, 28)))); break;
            case 2: line.push_back(Cell::of(std::to_string(y / 1000) + " " + std::to_string(y % 1000 + 1000).substr(1))); break;
            case 3: line.push_back(Cell::of("Budget " + std::to_string(y))); break;
            case 4: line.push_back(Cell::of("Prognos " + std::to_string(y))); break;
            case 5: line.push_back(Cell::of(std::string(pick(rng, 0, 1) ? "Utfall " : "Invånare 31 dec ") + std::to_string(y))); break;
            default: line.push_back(Cell::of(std::to_string(y))); break;  // a year typed as text
        }
        if (i > 0 && pick(rng, 0, 3) == 0) line.back() = Cell::empty();  // merged with the cell before
    }
    return line;
}

// The figures laid out as people select them, with a header: a two-line block (header row above,
// or header column left of, the figures), or one row or column with header cells before it.
Grid with_period_header(Rng& rng, const std::vector<double>& figures, bool as_row, bool numeric_year_ahead) {
    const std::size_t n = figures.size();
    const int year = pick(rng, 2019, 2027);
    // (a 2 × 2 block with the header down could read across too: rows first, as the docs say)
    if (n >= 2 && (as_row || n > 2) && pick(rng, 0, 1) == 0) {
        const std::vector<Cell> head = header_line(rng, n, year, true);
        Grid g = as_row ? Grid(2, n) : Grid(n, 2);
        for (std::size_t i = 0; i < n; ++i) {
            (as_row ? g.at(0, i) : g.at(i, 0)) = head[i];
            (as_row ? g.at(1, i) : g.at(i, 1)) = Cell::of(figures[i]);
        }
        return g;
    }
    // header cells ahead: one text (a merged header may leave an empty cell after it), or a year
    // typed as a number where a year heads amounts
    std::vector<Cell> cells;
    if (numeric_year_ahead && pick(rng, 0, 2) == 0) cells.push_back(Cell::of(static_cast<double>(year)));
    else cells.push_back(header_line(rng, 1, year, false).front());
    if (pick(rng, 0, 3) == 0) cells.push_back(Cell::empty());
    for (double v : figures) cells.push_back(Cell::of(v));
    Grid column = Grid::column(std::move(cells));
    return as_row ? column.transposed() : column;
}

Grid plain_line(const std::vector<double>& figures, bool as_row) {
    std::vector<Cell> cells;
    for (double v : figures) cells.push_back(Cell::of(v));
    Grid column = Grid::column(std::move(cells));
    return as_row ? column.transposed() : column;
}

}  // namespace

TEST_CASE("property: a period header beside EQUITY_PROJECTION's results or openings is never an amount",
          "[property-headers][projection]") {
    Rng rng(19);
    const Grid omitted = Grid::omitted_argument();
    for (int i = 0; i < 3000; ++i) {
        const std::size_t n = static_cast<std::size_t>(pick(rng, 1, 4));
        const bool as_row = pick(rng, 0, 1) == 0;
        std::vector<double> results;
        for (std::size_t p = 0; p < n; ++p)  // amounts in the ranges of years and dates too, after the first
            results.push_back(p > 0 && pick(rng, 0, 3) == 0 ? pick(rng, 1990, 2100)
                              : p > 0 && pick(rng, 0, 3) == 0 ? pick(rng, 32874, 73050)
                                                              : pick(rng, -900, 900) * 1000.0 + pick(rng, 1, 999));
        const Grid opening = Grid::scalar(Cell::of(pick(rng, -500, 5000) * 1000.0));
        const Grid headed = with_period_header(rng, results, as_row, true);
        INFO("results\n" << describe(headed));
        const Grid plain = calc::equity_projection(opening, plain_line(results, as_row), omitted);
        REQUIRE(plain.cells().front().is_number());
        CHECK(shown(calc::equity_projection(opening, headed, omitted)) == shown(plain));

        // one opening per period, under (or beside) the same kind of header: the first filled
        std::vector<double> openings(n, 0.0);
        openings[0] = opening.at(0, 0).number;
        Grid per_period = with_period_header(rng, openings, as_row, true);
        for (std::size_t r = 0; r < per_period.rows(); ++r)
            for (std::size_t c = 0; c < per_period.cols(); ++c)
                if (per_period.at(r, c).is_number() && per_period.at(r, c).number == 0.0) per_period.at(r, c) = Cell::empty();
        INFO("openings\n" << describe(per_period));
        if (n == 1 || per_period.rows() == 2 || per_period.cols() == 2)  // the openings line up with the results
            CHECK(shown(calc::equity_projection(per_period, plain_line(results, as_row), omitted)) == shown(plain));
    }
}

TEST_CASE("property: a period header beside FINSAM_SPLIT's key is never a weight", "[property-headers][split]") {
    Rng rng(2026);
    const Grid omitted = Grid::omitted_argument();
    for (int i = 0; i < 3000; ++i) {
        const std::size_t n = static_cast<std::size_t>(pick(rng, 1, 6));
        const bool as_row = pick(rng, 0, 1) == 0;
        std::vector<double> key;
        for (std::size_t k = 0; k < n; ++k)  // shares, populations, also in the ranges of years and dates
            key.push_back(pick(rng, 0, 3) == 0 ? pick(rng, 1, 12) : pick(rng, 1000, 90000));
        const Grid total = Grid::scalar(Cell::of(pick(rng, 1000, 20000) * 1000.0));
        const Grid headed = with_period_header(rng, key, as_row, false);
        INFO("key\n" << describe(headed));
        const Grid plain = calc::finsam_split(total, plain_line(key, as_row), omitted, omitted, omitted);
        REQUIRE(plain.cells().front().is_number());
        CHECK(shown(calc::finsam_split(total, headed, omitted, omitted, omitted)) == shown(plain));
    }
}

TEST_CASE("a header is left out, never a figure or a name: the limits of telling them apart", "[split][projection]") {
    using test::grid;
    const Grid omitted = Grid::omitted_argument();
    // a municipality's name where its weight should stand is no header: the message names it
    CHECK(calc::finsam_split(grid({{1000}}), grid({{"Trollhättan"}, {8}, {6}}), omitted, omitted, omitted).at(0, 0).text.rfind("Fel i Nyckel", 0) == 0);
    // a year typed as a number above a single key column is a weight (it cannot be told from 2 024
    // people); in a two-line block it is the header
    CHECK(calc::finsam_split(grid({{4000}}), grid({{2024}, {2024}}), omitted, omitted, omitted).rows() == 4);
    CHECK(calc::finsam_split(grid({{4000}}), grid({{2024, 2025}, {1, 1}}), omitted, omitted, omitted).cols() == 4);
    // a date above a single column of results is an amount (45 292 kr); above a row of two, a header
    CHECK(calc::equity_projection(grid({{0}}), grid({{45292}, {-1000}}), omitted).rows() == 2);
    CHECK(calc::equity_projection(grid({{0}}), grid({{45292, 45658}, {-1000, 500}}), omitted).cols() == 2);
    // a bad figure under a header is named where it stands: row 2, column 2
    const std::string msg = calc::equity_projection(grid({{0}}), grid({{2024, 2025}, {-1000, "x"}}), omitted).at(0, 0).text;
    CHECK(msg.find("rad 2, kolumn 2") != std::string::npos);
}
