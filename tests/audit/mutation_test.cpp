// Mutation test of the audit: what share of single-figure errors in real budgets does it find?
//
//   mutation_test FILE...   (.txt: printed documents; .pdf: published plans, through the PDF reader;
//                            .csv: recalculated sheets)
//
// Each original must give no finding (no false alarm). Then every figure is mutated the ways
// people mistype or miscopy — a digit changed, two digits transposed, a sign flipped, a line
// dropped, a subtotal copied from the next column — and the audit is run on each mutant.
//
// Which mutations "break a sum" is decided without the audit: in the original, a figure takes part
// in a sum when it is one of a run of figures in its column (two or more, subtotals above passed
// over, never reaching over a text in that column) that adds up to a figure below them, or is that
// figure. A mutation that changes such a
// figure breaks that sum; dropping a line that holds such a figure (non-zero, not itself a sum)
// does too. Other
// mutations (a figure in no sum: an input, a result, a printed copy) are counted apart.
//
// Prints a table per kind and exits 1 below 99 % found among the breaking ones, on any false
// alarm, or with fewer than 300 breaking mutations.
#include "finsam_audit.hpp"
#include "messages.hpp"
#include "document_tables.hpp"
#include "pdf_reading.hpp"

#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace finsam;

namespace {

struct Source {
    std::string name;
    Grid grid;
};

struct Tally {
    int breaking = 0, breaking_found = 0, other = 0, other_found = 0;
};

bool is_amount(const Cell& c) { return c.is_number() && std::fabs(c.number) >= 1 && c.number == std::floor(c.number); }

// Cells that take part in a sum in the original (see the header comment), and those that are sums.
struct SumCells {
    std::set<std::pair<std::size_t, std::size_t>> in, sums;
};
SumCells cells_in_sums(const Grid& g) {
    SumCells out;
    auto& in = out.in;
    for (std::size_t c = 0; c < g.cols(); ++c) {
        std::set<std::size_t> sums;  // rows found to be sums, passed over by later runs
        for (std::size_t t = 0; t < g.rows(); ++t) {
            if (!is_amount(g.at(t, c))) continue;
            const auto target = std::llround(g.at(t, c).number * 100);
            long long run = 0;
            int count = 0;
            for (std::size_t a = t; a-- > 0 && t - a <= 60;) {
                if (g.at(a, c).is_text()) break;  // a sum never reaches over a header in its column
                if (!g.at(a, c).is_number() || sums.count(a)) continue;
                run += std::llround(g.at(a, c).number * 100);
                ++count;
                if (count >= 2 && run == target) {
                    sums.insert(t);
                    in.insert({t, c});
                    out.sums.insert({t, c});
                    for (std::size_t r = a; r < t; ++r)
                        if (g.at(r, c).is_number() && !sums.count(r)) in.insert({r, c});
                    break;
                }
            }
        }
    }
    return out;
}

bool found(const Grid& g) { return !audit_grid(g).findings.empty(); }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string digits_of(double v) { return std::to_string(std::llabs(std::llround(v))); }

}  // namespace

int main(int argc, char** argv) {
    std::vector<Source> sources;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        if (path.size() > 4 && path.substr(path.size() - 4) == ".pdf") {
            // The tables as the PDF reader finds them: the same mutations on what a published
            // plan gives the audit.
            std::string why;
            const auto doc = read_pdf_file(path, why);
            if (!doc) {
                std::cerr << "cannot read " << path << ": " << why << "\n";
                return 2;
            }
            for (const PlacedTable& t : doc->tables) sources.push_back({path + ":" + t.place, t.grid});
            continue;
        }
        const std::string text = read_file(path);
        if (text.empty()) {
            std::cerr << "cannot read " << path << "\n";
            return 2;
        }
        if (path.size() > 4 && path.substr(path.size() - 4) == ".csv") {
            sources.push_back({path, read_csv(text)});
        } else {
            for (const TextTable& t : read_text_tables(text))
                sources.push_back({path + ":" + std::to_string(t.line_of_row.front()), t.grid});
        }
    }

    int false_alarms = 0;
    std::map<std::string, Tally> tally;
    std::mt19937 rng(20261124);
    for (const Source& s : sources) {
        const AuditReport original = audit_grid(s.grid);
        for (const AuditFinding& f : original.findings) {
            ++false_alarms;
            std::cout << "FALSKT LARM i " << s.name << ": " << messages::finding(f) << "\n";
        }
        const auto in_sums = cells_in_sums(s.grid);
        const bool verbose = std::getenv("MUTATION_VERBOSE") != nullptr;
        const auto record = [&](const std::string& kind, bool breaking, const Grid& mutant, std::size_t r,
                                std::size_t c) {
            Tally& t = tally[kind];
            const bool hit = found(mutant);
            if (verbose && breaking && !hit)
                std::cout << "MISSAD " << kind << " i " << s.name << " rad " << r + 1 << " kolumn " << c + 1 << "\n";
            if (breaking) {
                ++t.breaking;
                t.breaking_found += hit;
            } else {
                ++t.other;
                t.other_found += hit;
            }
        };
        for (std::size_t r = 0; r < s.grid.rows(); ++r) {
            bool row_breaking = false;
            for (std::size_t c = 0; c < s.grid.cols(); ++c) {
                const Cell& cell = s.grid.at(r, c);
                if (!is_amount(cell)) continue;
                const bool breaking = in_sums.in.count({r, c}) > 0;
                // Dropping a line breaks the sum it was part of; dropping a sum row leaves lines
                // and totals that still agree.
                row_breaking = row_breaking || (breaking && !in_sums.sums.count({r, c}) && cell.number != 0);
                const double v = cell.number;
                const std::string d = digits_of(v);
                const double sign = v < 0 ? -1 : 1;
                // A digit changed: a random position, a random other digit.
                {
                    std::string m = d;
                    const std::size_t pos = rng() % m.size();
                    char nd;
                    do nd = static_cast<char>('0' + rng() % 10);
                    while (nd == m[pos] || (pos == 0 && nd == '0' && m.size() > 1));
                    m[pos] = nd;
                    Grid g = s.grid;
                    g.at(r, c) = Cell::of(sign * std::stod(m));
                    record("siffra ändrad", breaking, g, r, c);
                }
                // Two neighbouring digits transposed (the first distinct pair from a random start).
                for (std::size_t k = 0; k + 1 < d.size(); ++k) {
                    const std::size_t pos = (rng() % (d.size() - 1) + k) % (d.size() - 1);
                    if (d[pos] == d[pos + 1] || (pos == 0 && d[1] == '0')) continue;
                    std::string m = d;
                    std::swap(m[pos], m[pos + 1]);
                    Grid g = s.grid;
                    g.at(r, c) = Cell::of(sign * std::stod(m));
                    record("siffror omkastade", breaking, g, r, c);
                    break;
                }
                {
                    Grid g = s.grid;
                    g.at(r, c) = Cell::of(-v);
                    record("tecken bytt", breaking, g, r, c);
                }
                // A subtotal copied from the next column, where that one differs.
                if (in_sums.sums.count({r, c}) && c + 1 < s.grid.cols() && is_amount(s.grid.at(r, c + 1)) &&
                    s.grid.at(r, c + 1).number != v) {
                    Grid g = s.grid;
                    g.at(r, c) = s.grid.at(r, c + 1);
                    record("summa kopierad från nästa kolumn", true, g, r, c);
                }
            }
            // The whole line dropped.
            bool any_amount = false;
            for (std::size_t c = 0; c < s.grid.cols(); ++c) any_amount = any_amount || is_amount(s.grid.at(r, c));
            if (!any_amount) continue;
            Grid g(s.grid.rows() - 1, s.grid.cols());
            for (std::size_t rr = 0, out = 0; rr < s.grid.rows(); ++rr) {
                if (rr == r) continue;
                for (std::size_t c = 0; c < s.grid.cols(); ++c) g.at(out, c) = s.grid.at(rr, c);
                ++out;
            }
            record("rad borttagen", row_breaking, g, r, 0);
        }
    }

    int breaking = 0, breaking_found = 0, other = 0, other_found = 0;
    std::printf("%-34s %8s %8s %8s   %8s %8s\n", "mutation", "bryter", "funna", "andel", "övriga", "funna");
    for (const auto& [kind, t] : tally) {
        std::printf("%-34s %8d %8d %7.1f%%   %8d %8d\n", kind.c_str(), t.breaking, t.breaking_found,
                    t.breaking ? 100.0 * t.breaking_found / t.breaking : 0.0, t.other, t.other_found);
        breaking += t.breaking;
        breaking_found += t.breaking_found;
        other += t.other;
        other_found += t.other_found;
    }
    const double share = breaking ? 100.0 * breaking_found / breaking : 0.0;
    std::printf("%-34s %8d %8d %7.1f%%   %8d %8d\n", "totalt", breaking, breaking_found, share, other, other_found);
    std::printf("%zu tabeller och blad, %d falska larm på originalen.\n", sources.size(), false_alarms);
    const bool ok = false_alarms == 0 && breaking >= 300 && share >= 99.0;
    if (!ok) std::printf("UNDER MÅLET: minst 300 brytande mutationer, minst 99 %% funna, inga falska larm.\n");
    return ok ? 0 : 1;
}
