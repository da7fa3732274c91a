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
