// What both micro-benchmarks share: the options, a sink that keeps results alive, and the timing
// loop (median calls per second over repeated batches of about a given length).
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bench {

inline volatile double g_sink = 0;
inline constexpr std::size_t kInputs = 64;  // calls cycle through this many prepared inputs

struct Options {
    double seconds = 0.4;
    int repeats = 5;
    long iterations = 0;  // > 0: run each case this many times, untimed (for callgrind)
    std::string only;     // run only the cases whose name contains this
};

inline std::optional<Options> parse_options(int argc, char** argv, const char* program) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--seconds" && i + 1 < argc) o.seconds = std::atof(argv[++i]);
        else if (a == "--repeats" && i + 1 < argc) o.repeats = std::max(1, std::atoi(argv[++i]));
        else if (a == "--iterations" && i + 1 < argc) o.iterations = std::atol(argv[++i]);
        else if (a == "--only" && i + 1 < argc) o.only = argv[++i];
        else {
            std::fprintf(stderr, "usage: %s ([--seconds S] [--repeats R] | --iterations N) [--only TEXT]\n", program);
            return std::nullopt;
        }
    }
    return o;
}

// Median calls per second over `repeats` batches of about `seconds` each.
inline double measure(const std::function<double(std::size_t)>& run, double seconds, int repeats) {
    using clock = std::chrono::steady_clock;
    std::vector<double> rates;
    std::size_t batch = 16;
    for (int r = 0; r < repeats; ++r) {
        std::size_t calls = 0;
        const auto t0 = clock::now();
        double elapsed = 0;
        do {
            for (std::size_t i = 0; i < batch; ++i) g_sink = g_sink + run((calls + i) % kInputs);
            calls += batch;
            elapsed = std::chrono::duration<double>(clock::now() - t0).count();
            if (elapsed < seconds / 50) batch *= 2;
        } while (elapsed < seconds);
        rates.push_back(static_cast<double>(calls) / elapsed);
    }
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
}

}  // namespace bench
