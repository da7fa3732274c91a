// bench_core — the core alone, no UNO, no LibreOffice: how many splits and budget readings a second,
// and how long FINSAM_AUDIT takes on large tables.
//
//   bench_core [--seconds S] [--repeats R]   timed: R batches of about S seconds per case, median
//   bench_core ... --only TEXT                only the cases whose name contains TEXT
//   bench_core --iterations N                 N calls per case, untimed (for valgrind --tool=callgrind)
//
// Cases: finsam::split_contributions (the arithmetic) and calc::finsam_split (with argument reading
// from Grids, as the UNO glue calls it) for 290 municipalities (every municipality in Sweden) and for
// 4 (the shape scripts/bench uses in Calc); calc::budget_result on the 4 + 6 row window scripts/bench
// uses and on two seed budgets; read_layout alone on the largest seed block. Then audit_grid on
// tables of 1 000, 4 000 and 10 000 rows in five shapes (line and sum alternating, runs of 50 lines
// and their sum, a ledger in three periods, small groups with a grand total and a column of printed
// totals, and alternating with every sum wrong), each printed as rows, time per audit and time per
// 1 000 rows.
#include "bench_harness.hpp"
#include "budget_layout.hpp"
#include "calc_functions.hpp"
#include "budget_result.hpp"
#include "finsam_audit.hpp"
#include "finsam_split.hpp"
#include "seed_budgets.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
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

// Large tables for the audit: a label column and one or more period columns, under a header row.
struct Table {
    std::vector<std::vector<Cell>> rows;
    void add(std::string label, std::vector<double> amounts) {
        std::vector<Cell> r{label.empty() ? Cell::empty() : Cell::of(std::move(label))};
        for (double a : amounts) r.push_back(std::isnan(a) ? Cell::empty() : Cell::of(a));
        rows.push_back(std::move(r));
    }
    Grid grid(const std::vector<std::string>& periods) const {
        Grid g(rows.size() + 1, periods.size() + 1);
        for (std::size_t c = 0; c < periods.size(); ++c) g.at(0, c + 1) = Cell::of(periods[c]);
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < rows[r].size(); ++c) g.at(r + 1, c) = rows[r][c];
        return g;
    }
};

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

double amount_for(std::size_t k) { return static_cast<double>(100 * (1 + (k * 7919) % 997)); }

// Line, sum, line, sum, ...; every sum off by 1 when `wrong` (each a finding, and its closest
// candidate to find).
Grid alternating_table(std::size_t rows, bool wrong) {
    Table t;
    for (std::size_t k = 0; t.rows.size() + 2 + 1 <= rows; ++k) {
        t.add("Rad " + std::to_string(k), {amount_for(k)});
        t.add("Summa", {amount_for(k) + (wrong ? 1 : 0)});
    }
    return t.grid({"Budget 2021"});
}

// Income lines and their total, cost lines and theirs, the result: both totals and the result
// wrong, each by its own amount. No one figure explains it; the diagnosis weighs up to three at a
// time over every line until its bound, then says there are too many corrections to tell.
Grid three_wrong_table(std::size_t rows) {
    Table t;
    const std::size_t n = rows > 6 ? (rows - 6) / 2 : 1;
    double income = 0, costs = 0;
    t.add("Intäkter", {});
    for (std::size_t k = 0; k < n; ++k) {
        t.add("Intäkt " + std::to_string(k), {amount_for(k)});
        income += amount_for(k);
    }
    t.add("Summa intäkter", {income + 7});
    t.add("Kostnader", {});
    for (std::size_t k = 0; k < n; ++k) {
        t.add("Kostnad " + std::to_string(k), {amount_for(k + n)});
        costs += amount_for(k + n);
    }
    t.add("Summa kostnader", {costs + 13});
    t.add("Resultat", {income - costs + 101});
    return t.grid({"Budget 2021"});
}

// Runs of 50 lines, each followed by its sum.
Grid runs_table(std::size_t rows) {
    Table t;
    for (std::size_t k = 0; t.rows.size() + 51 + 1 <= rows; ++k) {
        double sum = 0;
        for (std::size_t l = 0; l < 50; ++l) {
            t.add("Konto " + std::to_string(l), {amount_for(k * 50 + l)});
            sum += amount_for(k * 50 + l);
        }
        t.add("Summa " + std::to_string(k), {sum});
    }
    return t.grid({"Budget 2021"});
}

// A ledger in three periods: income and its sum; cost groups of a heading, 8 lines and their sum;
// the total of the costs; the result.
Grid ledger_table(std::size_t rows) {
    Table t;
    const double income = 1e9;
    t.add("Intäkter", {kNone, kNone, kNone});
    t.add("Medlemsbidrag", {income, income, income});
    t.add("Summa intäkter", {income, income, income});
    t.add("Kostnader", {kNone, kNone, kNone});
    std::vector<double> total(3, 0);
    for (std::size_t g = 0; t.rows.size() + 10 + 2 + 1 <= rows; ++g) {
        t.add("Grupp " + std::to_string(g), {kNone, kNone, kNone});
        std::vector<double> sum(3, 0);
        for (std::size_t l = 0; l < 8; ++l) {
            std::vector<double> v;
            for (std::size_t c = 0; c < 3; ++c) v.push_back(amount_for(g * 24 + l * 3 + c));
            for (std::size_t c = 0; c < 3; ++c) sum[c] += v[c];
            t.add("Konto " + std::to_string(l), v);
        }
        t.add("Summa grupp " + std::to_string(g), sum);
        for (std::size_t c = 0; c < 3; ++c) total[c] += sum[c];
    }
    t.add("Summa kostnader", total);
    t.add("Resultat", {income - total[0], income - total[1], income - total[2]});
    return t.grid({"Budget 2021", "Prognos 2021", "Budget 2022"});
}

// Groups of 3 lines and their sum, then a grand total over the sums; beside them a column of the
// printed totals only (checked as totals of subtotals).
Grid grand_total_table(std::size_t rows) {
    Table t;
    double total = 0;
    for (std::size_t g = 0; t.rows.size() + 4 + 1 + 1 <= rows; ++g) {
        double sum = 0;
        for (std::size_t l = 0; l < 3; ++l) {
            t.add("Rad", {amount_for(g * 3 + l), kNone});
            sum += amount_for(g * 3 + l);
        }
        t.add("Summa", {sum, sum});
        total += sum;
    }
    t.add("Totalt", {total, total});
    return t.grid({"Budget 2021", "Summor"});
}

// Median seconds per call over `repeats` batches of at least `seconds` each, and at least one call
// (a slow audit is timed once a batch, not in bench::measure's batches of 16 calls and more).
double seconds_per_call(const std::function<double()>& run, double seconds, int repeats) {
    using clock = std::chrono::steady_clock;
    std::vector<double> per_call;
    for (int r = 0; r < repeats; ++r) {
        std::size_t calls = 0;
        const auto t0 = clock::now();
        double elapsed = 0;
        do {
            g_sink = g_sink + run();
            ++calls;
            elapsed = std::chrono::duration<double>(clock::now() - t0).count();
        } while (elapsed < seconds);
        per_call.push_back(elapsed / static_cast<double>(calls));
    }
    std::sort(per_call.begin(), per_call.end());
    return per_call[per_call.size() / 2];
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

    struct AuditCase {
        std::string name;
        std::function<Grid()> make;
        std::size_t findings;  // what the audit must find (checked before timing)
    };
    std::vector<AuditCase> audit_cases;
    for (std::size_t n : {1000, 4000, 10000}) {
        const std::string rows = " (" + std::to_string(n) + ")";
        const auto add = [&](const char* shape, std::function<Grid()> make, std::size_t findings = 0) {
            audit_cases.push_back({std::string("audit: ") + shape + rows, std::move(make), findings});
        };
        add("line, sum alternating", [n] { return alternating_table(n, false); });
        add("runs of 50 lines and their sum", [n] { return runs_table(n); });
        add("ledger, 3 periods, groups, totals, result", [n] { return ledger_table(n); });
        add("groups of 3, grand total, totals column", [n] { return grand_total_table(n); });
        add("line, sum alternating, every sum wrong", [n] { return alternating_table(n, true); }, (n - 1) / 2);
        add("both totals, result wrong (diagnosis)", [n] { return three_wrong_table(n); }, 3);
    }

    if (iterations > 0) {  // for callgrind: the same work every time, no clock
        for (const Case& c : cases)
            if (c.name.find(only) != std::string::npos)
                for (long i = 0; i < iterations; ++i) g_sink = g_sink + c.run(static_cast<std::size_t>(i) % kInputs);
        for (const AuditCase& c : audit_cases)
            if (c.name.find(only) != std::string::npos) {
                const Grid g = c.make();
                for (long i = 0; i < iterations; ++i) g_sink = g_sink + static_cast<double>(audit_grid(g).checks);
            }
        std::printf("bench_core: %ld calls of each of %zu cases done\n", iterations, cases.size() + audit_cases.size());
        return 0;
    }

    bool header = false;
    for (const Case& c : cases) {
        if (c.name.find(only) == std::string::npos) continue;
        if (!header)
            std::printf("Core alone (no UNO), median of %d batches of %.1f s each (noisy machine)\n", repeats, seconds);
        header = true;
        const double rate = measure(c.run, seconds, repeats);
        std::printf("  %-50s %12.0f %-9s %8.2f us/call\n", c.name.c_str(), rate, c.unit.c_str(), 1e6 / rate);
        std::fflush(stdout);
    }

    // The audit of large tables: one table per case, audited whole (as FINSAM_AUDIT on a sheet), in
    // batches of a quarter of the time (and at least one audit).
    header = false;
    for (const AuditCase& c : audit_cases) {
        if (c.name.find(only) == std::string::npos) continue;
        if (!header) {
            std::printf("\nFINSAM_AUDIT on large tables (audit_grid), median of %d batches of at least %.2f s\n",
                        repeats, seconds / 4);
            std::printf("  %-56s %7s %12s %14s\n", "shape (rows asked)", "rows", "ms/audit", "ms/1000 rows");
            header = true;
        }
        const Grid g = c.make();
        const AuditReport r = audit_grid(g);
        if (r.findings.size() != c.findings) {
            std::fprintf(stderr, "bench_core: %s: %zu findings, expected %zu\n", c.name.c_str(), r.findings.size(),
                         c.findings);
            return 1;
        }
        const double ms = 1e3 * seconds_per_call([&] { return static_cast<double>(audit_grid(g).checks); },
                                                  seconds / 4, repeats);
        std::printf("  %-56s %7zu %12.2f %14.3f\n", c.name.c_str(), g.rows(), ms, ms * 1000.0 / g.rows());
        std::fflush(stdout);
    }
    return 0;
}
