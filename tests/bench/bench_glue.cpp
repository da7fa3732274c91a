// bench_glue — the add-in's own UNO glue, outside LibreOffice: what converting Calc's arguments
// (sequence<sequence<any>>, texts as OUString) to Grids and the result back to an Any costs per call,
// beside the core's share. The arguments are built the way Calc hands them over (numbers as double,
// texts as OUString, an omitted optional argument as a void Any).
//
//   bench_glue ([--seconds S] [--repeats R] | --iterations N) [--only TEXT]
#include "bench_harness.hpp"
#include "any_conversion.hpp"
#include "calc_functions.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

using css::uno::Any;
using css::uno::Sequence;
using finsam::Grid;
using finsam::uno::Rows;
using finsam::uno::to_any;
using finsam::uno::to_grid;
using finsam::uno::to_ustring;
using bench::g_sink;
using bench::kInputs;
using bench::measure;

namespace {

// The public SDK headers have no initializer-list constructors.
Sequence<Any> any_row(const std::vector<Any>& cells) {
    return Sequence<Any>(cells.data(), static_cast<sal_Int32>(cells.size()));
}
Rows rows_of(const Sequence<Any>& row) { return Rows(&row, 1); }
Rows scalar(double v) { return rows_of(any_row({Any(v)})); }

struct SplitCall {
    Rows total, key;
    Any step, lines, base;
};

struct ResultCall {
    Rows income, costs;
};

Rows labelled(const std::vector<std::string>& labels, const std::vector<double>& amounts) {
    Rows rows(static_cast<sal_Int32>(labels.size()));
    for (std::size_t r = 0; r < labels.size(); ++r)
        rows.getArray()[r] = any_row({Any(to_ustring(labels[r])), Any(amounts[r])});
    return rows;
}

double sink_any(const Any& a) {
    Rows rows;
    if (a >>= rows) return rows.getLength();
    double d = 0;
    if (a >>= d) return d;
    std::fprintf(stderr, "bench_glue: a message came back instead of figures\n");
    std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
    const auto options = bench::parse_options(argc, argv, "bench_glue");
    if (!options) return 2;
    const auto [seconds, repeats, iterations, only] = *options;

    std::mt19937_64 rng(2003);
    std::uniform_int_distribution<long> pop(2000, 150000), amount(500, 10000), line(10, 20000);
    std::vector<SplitCall> splits;
    std::vector<Grid> split_results;
    for (std::size_t i = 0; i < kInputs; ++i) {
        std::vector<Any> key;
        for (int m = 0; m < 4; ++m) key.push_back(Any(static_cast<double>(pop(rng))));
        splits.push_back(
            {scalar(static_cast<double>(amount(rng) * 4000)), rows_of(any_row(key)), Any(1000.0), Any(2.0), Any()});
    }
    const std::vector<std::string> in_labels = {"Medlemsbidrag", "ESF-projekt", "Överskott föregående år",
                                                "Summa intäkter"};
    const std::vector<std::string> out_labels = {"Personalkostnader", "Lokalkostnader", "Insatser",
                                                 "Övriga kostnader",  "Revision",       "Summa kostnader"};
    std::vector<ResultCall> results;
    for (std::size_t i = 0; i < kInputs; ++i) {
        std::vector<std::string> il, ol;
        std::vector<double> ia, oa;
        for (std::size_t r = 0; r < 4; ++r) il.push_back(in_labels[(i + r) % 4]), ia.push_back(line(rng) * 100.0);
        for (std::size_t r = 0; r < 6; ++r) ol.push_back(out_labels[(i + r) % 6]), oa.push_back(line(rng) * 100.0);
        results.push_back({labelled(il, ia), labelled(ol, oa)});
    }
    for (const auto& s : splits)
        split_results.push_back(finsam::calc::finsam_split(to_grid(s.total), to_grid(s.key), to_grid(s.step),
                                                           to_grid(s.lines), to_grid(s.base)));

    const std::vector<std::pair<std::string, std::function<double(std::size_t)>>> cases = {
        {"FINSAM_SPLIT whole call (to_grid + core + to_any)",
         [&](std::size_t i) {
             const SplitCall& s = splits[i];
             return sink_any(to_any(finsam::calc::finsam_split(to_grid(s.total), to_grid(s.key), to_grid(s.step),
                                                                to_grid(s.lines), to_grid(s.base)),
                                           true));
         }},
        {"  to_grid of the 5 arguments",
         [&](std::size_t i) {
             const SplitCall& s = splits[i];
             return static_cast<double>(to_grid(s.total).size() + to_grid(s.key).size() + to_grid(s.step).size() +
                                        to_grid(s.lines).size() + to_grid(s.base).size());
         }},
        {"  to_any of the 1 x 7 result", [&](std::size_t i) { return sink_any(to_any(split_results[i], true)); }},
        {"BUDGET_RESULT whole call, 4 + 6 labelled rows",
         [&](std::size_t i) {
             return sink_any(to_any(finsam::calc::budget_result(to_grid(results[i].income), to_grid(results[i].costs)), true));
         }},
        {"  to_grid of the two ranges (10 labels as OUString)",
         [&](std::size_t i) {
             return static_cast<double>(to_grid(results[i].income).size() + to_grid(results[i].costs).size());
         }},
    };

    if (iterations > 0) {
        for (const auto& c : cases)
            if (c.first.find(only) != std::string::npos)
                for (long i = 0; i < iterations; ++i) g_sink = g_sink + c.second(static_cast<std::size_t>(i) % kInputs);
        std::printf("bench_glue: %ld calls of each of %zu cases done\n", iterations, cases.size());
        return 0;
    }
    std::printf("Add-in glue outside LibreOffice (UNO Any conversion + core), median of %d batches of %.1f s\n",
                repeats, seconds);
    for (const auto& c : cases) {
        if (c.first.find(only) == std::string::npos) continue;
        const double rate = measure(c.second, seconds, repeats);
        std::printf("  %-52s %12.0f calls/s %8.2f us/call\n", c.first.c_str(), rate, 1e6 / rate);
        std::fflush(stdout);
    }
    return 0;
}
