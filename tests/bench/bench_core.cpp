// bench_core — the core alone, no UNO, no LibreOffice: how many splits and budget readings a second.
//
//   bench_core [--seconds S] [--repeats R]   timed: R batches of about S seconds per case, median
//   bench_core ... --only TEXT                only the cases whose name contains TEXT
//   bench_core --iterations N                 N calls per case, untimed (for valgrind --tool=callgrind)
//
// Cases: finsam::split_contributions (the arithmetic) and calc::finsam_split (with argument reading
// from Grids, as the UNO glue calls it) for 290 municipalities (every municipality in Sweden) and for
// 4 (the shape scripts/bench uses in Calc); calc::budget_result on the 4 + 6 row window scripts/bench
// uses and on two seed budgets; read_layout alone on the largest seed block.
#include "bench_harness.hpp"
#include "budget_layout.hpp"
#include "calc_functions.hpp"
#include "budget_result.hpp"
#include "finsam_split.hpp"
#include "seed_budgets.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace finsam;
using bench::g_sink;
using bench::kInputs;
using bench::measure;

namespace {

struct Case {
    std::string name;
    std::string unit;
    std::function<double(std::size_t)> run;  // one call on input i; returns something to sink
};

// Inputs: a few dozen different ones, cycled, so the branch predictor and caches see variety.

std::vector<SplitSpec> split_specs(std::size_t municipalities, std::mt19937_64& rng) {
    std::uniform_int_distribution<long> pop(2000, 150000), amount(500, 10000);
    std::vector<SplitSpec> specs(kInputs);
    for (auto& s : specs) {
        s.amount = Money::kronor(amount(rng) * 4000);
        s.step = Money::kronor(1000);
        s.state_lines = 2;
        for (std::size_t m = 0; m < municipalities; ++m) s.key.push_back(static_cast<double>(pop(rng)));
    }
    return specs;
}

struct SplitArgs {
    Grid total, key, step, lines, base;
};

// The Grids the UNO glue would hand over: key as a row (as in scripts/bench) or a column.
std::vector<SplitArgs> split_grids(const std::vector<SplitSpec>& specs, bool key_as_row) {
    std::vector<SplitArgs> out;
    for (const auto& s : specs) {
        std::vector<Cell> key;
        for (double k : s.key) key.push_back(Cell::of(k));
        Grid g = Grid::column(std::move(key));
        out.push_back({Grid::scalar(Cell::of(s.amount.to_double())), key_as_row ? g.transposed() : g,
                       Grid::scalar(Cell::of(1000.0)), Grid::scalar(Cell::of(2.0)), Grid::omitted_argument()});
    }
    return out;
}

// The window scripts/bench gives each BUDGET_RESULT call: 4 income rows, 6 cost rows, labelled.
std::vector<std::pair<Grid, Grid>> result_windows(std::mt19937_64& rng) {
    const char* in_labels[] = {"Medlemsbidrag", "ESF-projekt", "Överskott föregående år", "Summa intäkter"};
    const char* out_labels[] = {"Personalkostnader", "Lokalkostnader", "Insatser", "Övriga kostnader", "Revision",
                                "Summa kostnader"};
    std::uniform_int_distribution<long> amount(10, 20000);
    std::vector<std::pair<Grid, Grid>> out;
    for (std::size_t i = 0; i < kInputs; ++i) {
        Grid in(4, 2), costs(6, 2);
        for (std::size_t r = 0; r < 4; ++r) {
            in.at(r, 0) = Cell::of(std::string(in_labels[(i + r) % 4]));
            in.at(r, 1) = Cell::of(static_cast<double>(amount(rng) * 100));
        }
        for (std::size_t r = 0; r < 6; ++r) {
            costs.at(r, 0) = Cell::of(std::string(out_labels[(i + r) % 6]));
            costs.at(r, 1) = Cell::of(static_cast<double>(amount(rng) * 100));
        }
        out.emplace_back(std::move(in), std::move(costs));
    }
    return out;
}

double first_number(const Grid& g) {
    if (g.size() == 0) return -1;
    const Cell& c = g.cells()[0];
    if (!c.is_number()) {
        std::fprintf(stderr, "bench_core: unexpected message: %s\n", c.text.c_str());
        std::exit(1);
    }
    return c.number;
}

}  // namespace

int main(int argc, char** argv) {
    const auto options = bench::parse_options(argc, argv, "bench_core");
    if (!options) return 2;
    const auto [seconds, repeats, iterations, only] = *options;

    std::mt19937_64 rng(2003);
    const auto specs290 = split_specs(290, rng), specs4 = split_specs(4, rng);
    const auto grids290 = split_grids(specs290, false), grids4 = split_grids(specs4, true);
    const auto windows = result_windows(rng);
    const Grid s000_in = test::seed000_income(), s000_out = test::seed000_costs();
    const Grid s002_in = test::seed002_income(), s002_out = test::seed002_costs();

    auto split_core = [](const std::vector<SplitSpec>& specs) {
        return [&specs](std::size_t i) {
            auto parts = split_contributions(specs[i]);
            if (!parts) std::exit(1);
            return static_cast<double>(parts->back().ore());
        };
    };
    auto split_calc = [](const std::vector<SplitArgs>& args) {
        return [&args](std::size_t i) {
            const SplitArgs& a = args[i];
            return first_number(calc::finsam_split(a.total, a.key, a.step, a.lines, a.base));
        };
    };
    const std::vector<Case> cases = {
        {"split_contributions, 290 municipalities", "splits/s", split_core(specs290)},
        {"calc::finsam_split,  290 municipalities", "splits/s", split_calc(grids290)},
        {"split_contributions,   4 municipalities", "splits/s", split_core(specs4)},
        {"calc::finsam_split,    4 municipalities", "splits/s", split_calc(grids4)},
        {"calc::budget_result, 4 + 6 row window", "calls/s",
         [&](std::size_t i) { return first_number(calc::budget_result(windows[i].first, windows[i].second)); }},
        {"calc::budget_result, seed 000 (5 + 21 rows x 4)", "calls/s",
         [&](std::size_t) { return first_number(calc::budget_result(s000_in, s000_out)); }},
        {"calc::budget_result, seed 002 (9 + 21 rows, Tkr)", "calls/s",
         [&](std::size_t) { return first_number(calc::budget_result(s002_in, s002_out)); }},
        {"read_layout alone,   seed 000 costs (21 x 4)", "layouts/s",
         [&](std::size_t) {
             auto l = read_layout(s000_out, kResultCosts);
             if (!l) std::exit(1);
             return static_cast<double>(l->rows.size());
         }},
    };

    if (iterations > 0) {  // for callgrind: the same work every time, no clock
        for (const Case& c : cases)
            if (c.name.find(only) != std::string::npos)
                for (long i = 0; i < iterations; ++i) g_sink = g_sink + c.run(static_cast<std::size_t>(i) % kInputs);
        std::printf("bench_core: %ld calls of each of %zu cases done\n", iterations, cases.size());
        return 0;
    }

    std::printf("Core alone (no UNO), median of %d batches of %.1f s each (noisy machine)\n", repeats, seconds);
    for (const Case& c : cases) {
        if (c.name.find(only) == std::string::npos) continue;
        const double rate = measure(c.run, seconds, repeats);
        std::printf("  %-50s %12.0f %-9s %8.2f us/call\n", c.name.c_str(), rate, c.unit.c_str(), 1e6 / rate);
        std::fflush(stdout);
    }
    return 0;
}
