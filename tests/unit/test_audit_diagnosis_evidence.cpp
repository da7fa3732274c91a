// The diagnosis weighs the evidence of every relation the table prints (audit_diagnosis.cpp): a
// result over the lines says no row is missing from them; a change column says which of a period's
// lines changed. Property tests over generated tables, the seed printed.
#include "audit_slips.hpp"
#include "finsam_audit.hpp"
#include "helpers.hpp"
#include "messages.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace finsam;
using namespace finsam::test;

namespace {

// A budget with income and cost lines under group sums, the costs' total and the result (in
// kronor, over 1–3 periods), and optionally a change column: the last period minus the one before.
struct Table {
    std::vector<std::string> labels;
    std::vector<std::vector<std::int64_t>> values;  // per row, per period; empty: a heading
    std::vector<bool> sum;                          // per row: a sum or the result
    std::size_t periods = 0;
    bool change = false;

    Grid grid() const {
        std::vector<std::vector<C>> rows{{""}};
        for (std::size_t k = 0; k < periods; ++k) rows[0].push_back(C(("Budget " + std::to_string(2025 + k)).c_str()));
        if (change) rows[0].push_back(C("Förändring"));
        for (std::size_t i = 0; i < labels.size(); ++i) {
            rows.push_back({C(labels[i].c_str())});
            for (std::size_t k = 0; k < periods; ++k)
                rows.back().push_back(values[i].empty() ? C("") : C(static_cast<double>(values[i][k])));
            if (change)
                rows.back().push_back(values[i].empty() ? C("")
                                                        : C(static_cast<double>(values[i][periods - 1] - values[i][periods - 2])));
        }
        return grid_of_rows(rows);
    }
};

Table generated_table(std::mt19937& rng, std::size_t min_periods, bool change) {
    const auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    Table t;
    t.periods = static_cast<std::size_t>(pick(static_cast<std::int64_t>(min_periods), 3));
    t.change = change && t.periods >= 2;
    const auto add = [&](std::string label, std::vector<std::int64_t> v, bool sum) {
        t.labels.push_back(std::move(label));
        t.values.push_back(std::move(v));
        t.sum.push_back(sum);
    };
    const std::int64_t grain = pick(0, 1) ? 1000 : 100;
    const auto line = [&]() {
        std::vector<std::int64_t> v(t.periods);
        const std::int64_t first = pick(50, 9000) * grain;
        for (std::size_t k = 0; k < t.periods; ++k) v[k] = first + pick(-40, 40) * grain * static_cast<std::int64_t>(k);
        return v;
    };
    std::vector<std::int64_t> income(t.periods), costs(t.periods), result(t.periods);
    add("Intäkter", {}, false);
    for (const char* label : {"Medlemsavgifter", "Projektmedel", "Övriga intäkter"}) {
        const auto v = line();
        for (std::size_t k = 0; k < t.periods; ++k) income[k] += v[k];
        add(label, v, false);
    }
    add("Summa intäkter", income, true);
    add("Kostnader", {}, false);
    for (const char* group : {"Insatser", "Kansli"}) {
        add(group, {}, false);
        std::vector<std::int64_t> sum(t.periods);
        const int lines = static_cast<int>(pick(2, 4));
        for (int l = 0; l < lines; ++l) {
            const auto v = line();
            for (std::size_t k = 0; k < t.periods; ++k) sum[k] += v[k];
            add(std::string(group == std::string("Insatser") ? "Insats " : "Kanslikostnad ") + std::to_string(l + 1), v, false);
        }
        for (std::size_t k = 0; k < t.periods; ++k) costs[k] += sum[k];
        add(std::string("Summa ") + (group == std::string("Insatser") ? "insatser" : "kansli"), sum, true);
    }
    add("Summa kostnader", costs, true);
    for (std::size_t k = 0; k < t.periods; ++k) result[k] = income[k] - costs[k];
    add("Årets resultat", result, true);
    return t;
}

// The figure's digits with one slip: two neighbours swapped, or one digit changed; 0 when none fits.
std::int64_t slipped(std::int64_t v, bool transpose, std::mt19937& rng) {
    const auto pick = [&](std::size_t hi) { return std::uniform_int_distribution<std::size_t>(0, hi - 1)(rng); };
    std::string d = std::to_string(v < 0 ? -v : v);
    if (d.size() < 2) return 0;
    if (transpose) {
        const std::size_t at = pick(d.size() - 1);
        if (d[at] == d[at + 1] || (at == 0 && d[1] == '0')) return 0;
        std::swap(d[at], d[at + 1]);
    } else {
        const std::size_t at = pick(d.size());
        d[at] = static_cast<char>('0' + (d[at] - '0' + 1 + static_cast<int>(pick(8))) % 10);
        if (d[0] == '0') return 0;
    }
    return (v < 0 ? -1 : 1) * std::stoll(d);
}

constexpr std::size_t kAnyColumn = static_cast<std::size_t>(-1);

// Whether the report names the figure at (row, col) alone with its right value; no finding that is
// not undecided may name any other figure or value (never a correct figure, never a wrong value).
bool names_alone(const AuditReport& r, std::size_t row, std::size_t col, std::int64_t right) {
    bool alone = false;
    for (const AuditFinding& f : r.findings) {
        INFO(messages::finding(f));
        if (f.certainty == AuditFinding::Certainty::Undecided || f.partly) continue;
        CHECK(f.row == row);
        if (col != kAnyColumn) CHECK(f.col == col);
        CHECK(f.computed == kr(right));
        alone = alone || (f.row == row && f.computed == kr(right));
    }
    return alone;
}

}  // namespace

TEST_CASE("a result over the lines says no row is missing: a sum's slip is named alone", "[diagnosis][evidence]") {
    // One sum of lines printed wrong: one of its lines counted twice, one left out, one digit changed.
    // The result (income − costs over the lines) holds, and a row missing from the table would break
    // it too: so the sum alone is wrong, named with its right value, and no other figure.
    const unsigned seed = 2026120821;
    std::mt19937 rng(seed);
    std::size_t cases = 0, named_alone = 0;
    for (int n = 0; n < 300; ++n) {
        Table t = generated_table(rng, 1, false);
        REQUIRE(audit_grid(t.grid()).findings.empty());
        std::vector<std::size_t> sums;
        for (std::size_t i = 0; i + 1 < t.labels.size(); ++i)  // the result aside
            if (t.sum[i]) sums.push_back(i);
        const std::size_t s = sums[std::uniform_int_distribution<std::size_t>(0, sums.size() - 1)(rng)];
        const std::size_t k = std::uniform_int_distribution<std::size_t>(0, t.periods - 1)(rng);
        // The lines of sum s: the rows above it up to the previous sum or heading.
        std::vector<std::size_t> lines;
        for (std::size_t i = s; i-- > 0 && !t.sum[i] && !t.values[i].empty();) lines.push_back(i);
        if (t.labels[s] == "Summa kostnader") lines = {s - 1};  // the subtotals: "counted twice" is one of them
        const std::int64_t right = t.values[s][k];
        const int how = static_cast<int>(n % 3);
        const std::int64_t one_line = t.values[lines[static_cast<std::size_t>(n) % lines.size()]][k];
        const std::int64_t wrong = how == 0 ? right + one_line : how == 1 ? right - one_line : slipped(right, false, rng);
        if (wrong == 0 || wrong == right || one_line == 0) continue;
        t.values[s][k] = wrong;
        ++cases;
        const AuditReport r = audit_grid(t.grid());
        INFO("table " << n << " of seed " << seed << ", " << t.labels[s] << " " << right << " printed " << wrong << ": "
                      << messages::audit_summary(r));
        REQUIRE_FALSE(r.findings.empty());
        named_alone += names_alone(r, s + 1, k + 1, right);
    }
    INFO(cases << " sums slipped, " << named_alone << " named alone (seed " << seed << ")");
    CHECK(cases > 200);
    CHECK(named_alone == cases);
}

TEST_CASE("without a relation over the lines, a row missing stays possible: a sum over by a line is not accused",
          "[diagnosis][evidence]") {
    // Only the sum reads the lines: a row of the difference left out of the table explains the break
    // as well as the sum's slip, so the sum is not named (the missing row is said).
    const Grid g = grid({{"Kostnader", "2025", "2026"},
                         {"Lokaler", 125000, 125000},
                         {"Personal", 850000, 870000},
                         {"Resor", 32000, 30000},
                         {"Summa kostnader", 1132000, 1025000}});
    const AuditReport r = audit_grid(g);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].certainty == AuditFinding::Certainty::Undecided);
    CHECK(r.findings[0].missing_line == kr(125000));
}

TEST_CASE("a change column tells which line of a period slipped: that line is named alone", "[diagnosis][evidence]") {
    // One line of the last two periods with a digit slipped (transposed or one changed): the sums and
    // the result break alike for every line that one slip away would mend them, but only the slipped
    // line's change disagrees with its periods. It is named, with its right value; no other figure.
    const unsigned seed = 2026120822;
    std::mt19937 rng(seed);
    std::size_t cases = 0, named_alone = 0;
    for (int n = 0; n < 300; ++n) {
        Table t = generated_table(rng, 2, true);
        REQUIRE(audit_grid(t.grid()).findings.empty());
        std::vector<std::size_t> lines;
        for (std::size_t i = 0; i < t.labels.size(); ++i)
            if (!t.sum[i] && !t.values[i].empty()) lines.push_back(i);
        const std::size_t i = lines[std::uniform_int_distribution<std::size_t>(0, lines.size() - 1)(rng)];
        const std::size_t k = t.periods - 1 - std::uniform_int_distribution<std::size_t>(0, 1)(rng);
        const std::int64_t right = t.values[i][k];
        // The change column as printed: computed from the right figures.
        Grid g = t.grid();
        const std::int64_t wrong = slipped(right, n % 2 == 0, rng);
        if (wrong == 0 || wrong == right) continue;
        g.at(i + 1, k + 1) = Cell::of(static_cast<double>(wrong));
        ++cases;
        const AuditReport r = audit_grid(g);
        INFO("table " << n << " of seed " << seed << ", " << t.labels[i] << " " << right << " printed " << wrong << ": "
                      << messages::audit_summary(r));
        REQUIRE_FALSE(r.findings.empty());
        named_alone += names_alone(r, i + 1, k + 1, right);
    }
    INFO(cases << " lines slipped, " << named_alone << " named alone (seed " << seed << ")");
    CHECK(cases > 200);
    CHECK(named_alone == cases);
}

TEST_CASE("a change column that reads as no difference of its periods says nothing", "[diagnosis][evidence]") {
    // Changes printed against a period the table does not show: no reading agrees, so the lines
    // that one slip away would mend the sum stay candidates, none named.
    const Grid g = grid({{"", "Budget 2025", "Budget 2026", "Förändring"},
                         {"Lokaler", 125000, 130000, 9000},
                         {"Personal", 850000, 870000, 31000},
                         {"Resor", 32000, 30000, 4000},
                         {"Utbildning", 41000, 44000, 7000},
                         {"Summa kostnader", 1048000, 1084000, 51000},
                         {"Intäkter", 1100000, 1100000, 0},
                         {"Resultat", 52000, 16000, -36000}});
    // 870 000 printed 880 000: Lokaler 130 000 → 120 000 or Utbildning 44 000 → 34 000 would do as well.
    Grid slipped_grid = g;
    slipped_grid.at(2, 2) = Cell::of(880000.0);
    const AuditReport r = audit_grid(slipped_grid);
    REQUIRE_FALSE(r.findings.empty());
    for (const AuditFinding& f : r.findings) {
        INFO(messages::finding(f));
        CHECK(f.certainty == AuditFinding::Certainty::Undecided);
    }
}

TEST_CASE("another table of the document printing a line tells which line slipped", "[diagnosis][evidence]") {
    // One line with a digit slipped; another table of the document (a members table, a summary)
    // prints the table's lines for that year ("Insats 1" there, "Medlemsbidrag 2026" its column), with
    // the right figures. The slipped line is named with its right value, no other figure; where the
    // other table prints two different figures for a line, it says nothing of that line.
    const unsigned seed = 2026120823;
    std::mt19937 rng(seed);
    std::size_t cases = 0, named_alone = 0;
    for (int n = 0; n < 300; ++n) {
        Table t = generated_table(rng, 1, false);
        std::vector<std::size_t> lines;
        for (std::size_t i = 0; i < t.labels.size(); ++i)
            if (!t.sum[i] && !t.values[i].empty()) lines.push_back(i);
        const std::size_t i = lines[std::uniform_int_distribution<std::size_t>(0, lines.size() - 1)(rng)];
        const std::size_t k = std::uniform_int_distribution<std::size_t>(0, t.periods - 1)(rng);
        const std::string year = std::to_string(2025 + k);
        std::vector<PrintedFigure> elsewhere;
        for (std::size_t j : lines) elsewhere.push_back({t.labels[j], "Medlemsbidrag " + year, kr(t.values[j][k])});
        const std::int64_t right = t.values[i][k];
        const std::int64_t wrong = slipped(right, n % 2 == 0, rng);
        if (wrong == 0 || wrong == right) continue;
        t.values[i][k] = wrong;
        ++cases;
        const Elsewhere printed{{}, elsewhere};
        const AuditReport r = audit_grid(t.grid(), &printed);
        INFO("table " << n << " of seed " << seed << ", " << t.labels[i] << " " << right << " printed " << wrong << ": "
                      << messages::audit_summary(r));
        REQUIRE_FALSE(r.findings.empty());
        named_alone += names_alone(r, i + 1, k + 1, right);
        // Two tables that disagree on the line: no evidence, nothing named on it but what the table
        // alone tells.
        std::vector<PrintedFigure> disagreeing = elsewhere;
        disagreeing.push_back({t.labels[i], "Budget " + year, kr(wrong)});
        const AuditReport alone_table = audit_grid(t.grid());
        const Elsewhere both_printed{{}, disagreeing};
        const AuditReport both = audit_grid(t.grid(), &both_printed);
        std::set<std::pair<std::size_t, std::size_t>> named_by_table;
        for (const AuditFinding& f : alone_table.findings)
            if (f.certainty != AuditFinding::Certainty::Undecided && !f.partly) named_by_table.insert({f.row, f.col});
        for (const AuditFinding& f : both.findings)
            if (f.certainty != AuditFinding::Certainty::Undecided && !f.partly && !(f.row == i + 1 && f.col == k + 1))
                CHECK(named_by_table.count({f.row, f.col}));
    }
    INFO(cases << " lines slipped, " << named_alone << " named alone (seed " << seed << ")");
    CHECK(cases > 200);
    CHECK(named_alone == cases);
}

TEST_CASE("a closing equity with the result left out or counted twice is named alone", "[diagnosis][evidence]") {
    // The equity table under the budget: opening, the year's result, closing. A closing printed as the
    // opening alone (the result left out) or with the result twice is that slip, likelier than the
    // result or the opening changed to an arbitrary figure: named, with its right value.
    const unsigned seed = 2026120824;
    std::mt19937 rng(seed);
    std::size_t cases = 0, named_alone = 0;
    for (int n = 0; n < 200; ++n) {
        Table t = generated_table(rng, 1, false);
        const std::size_t result_row = t.labels.size() - 1;
        std::vector<std::int64_t> opening(t.periods), closing(t.periods);
        std::int64_t eq = std::uniform_int_distribution<std::int64_t>(500, 5000)(rng) * 1000;
        for (std::size_t k = 0; k < t.periods; ++k) {
            opening[k] = eq;
            closing[k] = eq += t.values[result_row][k];
        }
        t.labels.push_back("Eget kapital");
        t.values.push_back({});
        t.sum.push_back(false);
        t.labels.push_back("Ingående eget kapital");
        t.values.push_back(opening);
        t.sum.push_back(false);
        t.labels.push_back("Årets resultat");
        t.values.push_back(t.values[result_row]);
        t.sum.push_back(true);
        t.labels.push_back("Utgående eget kapital");
        t.values.push_back(closing);
        t.sum.push_back(true);
        REQUIRE(audit_grid(t.grid()).findings.empty());
        const std::size_t k = t.periods - 1;  // the last: no opening after it to tell by the chain
        const std::size_t c = t.labels.size() - 1;
        const std::int64_t right = closing[k], result = t.values[result_row][k];
        if (result == 0) continue;
        t.values[c][k] = n % 2 == 0 ? opening[k] : opening[k] + 2 * result;
        ++cases;
        const AuditReport r = audit_grid(t.grid());
        INFO("table " << n << " of seed " << seed << ": closing " << right << " printed " << t.values[c][k] << ": "
                      << messages::audit_summary(r));
        REQUIRE_FALSE(r.findings.empty());
        named_alone += names_alone(r, c + 1, k + 1, right);
    }
    INFO(cases << " closing equities slipped, " << named_alone << " named alone (seed " << seed << ")");
    CHECK(cases > 150);
    CHECK(named_alone == cases);
}

TEST_CASE("the members' equal parts tell which of them slipped", "[diagnosis][evidence]") {
    // Staten (50 %) over Försäkringskassan and Arbetsförmedlingen, the region and the municipalities
    // together, a quarter each; other income beside. One of the four with a digit slipped breaks the
    // state's sum (or the income's) for it and for another that one slip away would mend it: the one
    // unlike the others by law is named, with its right value, and no other figure.
    const unsigned seed = 2026120825;
    std::mt19937 rng(seed);
    const auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    std::size_t cases = 0, named_alone = 0;
    for (int n = 0; n < 300; ++n) {
        const std::int64_t quarter = pick(200, 3000) * 1000, other = pick(10, 900) * 1000;
        std::vector<std::pair<std::string, std::int64_t>> rows{
            {"Staten (50 %)", 2 * quarter}, {"Försäkringskassan", quarter}, {"Arbetsförmedlingen", quarter},
            {"Region Mitt", quarter},      {"Kommunerna", quarter},        {"Övriga intäkter", other},
            {"Summa intäkter", 4 * quarter + other}};
        const std::int64_t costs = 4 * quarter + other - pick(-50, 50) * 1000;
        const std::size_t i = static_cast<std::size_t>(pick(1, 4));
        const std::int64_t right = rows[i].second, wrong = slipped(right, n % 2 == 0, rng);
        if (wrong == 0 || wrong == right) continue;
        rows[i].second = wrong;
        std::vector<std::vector<C>> cells{{"", "Budget 2026"}, {"Intäkter"}};
        for (const auto& [label, v] : rows) cells.push_back({C(label.c_str()), C(static_cast<double>(v))});
        cells.push_back({"Kostnader"});
        cells.push_back({"Insatser", C(static_cast<double>(costs))});
        cells.push_back({"Summa kostnader", C(static_cast<double>(costs))});
        cells.push_back({"Resultat", C(static_cast<double>(4 * quarter + other - costs))});
        ++cases;
        const AuditReport r = audit_grid(grid_of_rows(cells));
        INFO("table " << n << " of seed " << seed << ", " << rows[i].first << " " << right << " printed " << wrong << ": "
                      << messages::audit_summary(r));
        REQUIRE_FALSE(r.findings.empty());
        named_alone += names_alone(r, i + 2, kAnyColumn, right);
    }
    INFO(cases << " parts slipped, " << named_alone << " named alone (seed " << seed << ")");
    CHECK(cases > 200);
    CHECK(named_alone == cases);
}
