// Change and variance columns as relations (issue 20, point 7), on generated follow-up reports and
// plans: Avvikelse = Prognos − Budget, or Budget − Prognos, or each way for costs and income (the
// table's own rows show which); Förändring = the last period less the one before. A correct table
// gives no finding whatever its convention; a slip in the variance, or in a period it is taken from,
// is found and named; a column of differences the rows show no relation for is not checked.
#include "finsam_audit.hpp"
#include "helpers.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace finsam;
using namespace finsam::test;

namespace {

enum class Convention { PrognosLessBudget, BudgetLessPrognos, Favourable, PlanChange };

struct Table {
    std::vector<std::vector<C>> rows;
    std::size_t variance_col = 0;
    std::vector<std::size_t> value_rows;  // grid rows with figures (lines and sums)
    std::vector<std::size_t> period_cols;
};

// Income lines and cost lines with their sums and the result, costs positive or negative.
Table make_table(std::mt19937& rng, Convention conv) {
    const auto pick = [&](long long lo, long long hi) {
        return static_cast<double>(std::uniform_int_distribution<long long>(lo, hi)(rng));
    };
    const bool costs_negative = pick(0, 2) == 0;
    const bool with_income = conv == Convention::Favourable || pick(0, 1) == 1;
    Table t;
    std::vector<C> header{"Tkr"};
    std::size_t periods = 0;
    if (conv == Convention::PlanChange) {
        periods = static_cast<std::size_t>(pick(2, 4));
        for (std::size_t k = 0; k < periods; ++k) {
            header.emplace_back(((k == 0 ? "Budget " : "Plan ") + std::to_string(2026 + k)).c_str());
        }
        header.emplace_back("Förändring");
    } else {
        for (const char* h : {"Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse"}) header.emplace_back(h);
        periods = 3;
    }
    t.variance_col = periods + 1;
    for (std::size_t k = 1; k <= periods; ++k) t.period_cols.push_back(k);
    t.rows.push_back(header);
    // A row's figures: budget, outcome so far, forecast (or the periods), and the variance.
    const auto variance = [&](const std::vector<double>& v, bool income) {
        switch (conv) {
            case Convention::PrognosLessBudget: return v[2] - v[0];
            case Convention::BudgetLessPrognos: return v[0] - v[2];
            case Convention::Favourable:
                // A positive variance is good news: more income, or less cost, than budgeted.
                return (income ? 1 : -1) * (costs_negative && !income ? -1 : 1) * (v[2] - v[0]);
            case Convention::PlanChange: return v[periods - 1] - v[periods - 2];
        }
        return 0.0;
    };
    const auto series = [&](double sign) {
        std::vector<double> v;
        const double b = pick(50, 3000);
        if (conv == Convention::PlanChange) {
            for (std::size_t k = 0; k < periods; ++k) v.push_back(sign * (k == 0 ? b : b + pick(-40, 40)));
        } else {
            v = {sign * b, sign * std::floor(b * pick(55, 70) / 100), sign * (b + pick(-40, 40))};
        }
        return v;
    };
    const auto add = [&](const std::string& label, const std::vector<double>& v, bool income) {
        std::vector<C> row{label.c_str()};
        for (double x : v) row.emplace_back(x);
        row.emplace_back(variance(v, income));
        t.rows.push_back(row);
        t.value_rows.push_back(t.rows.size() - 1);
    };
    const auto add_all = [&](const std::vector<std::vector<double>>& lines, const std::vector<std::string>& labels,
                             const std::string& sum_label, bool income) {
        std::vector<double> sum(periods, 0);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            add(labels[i], lines[i], income);
            for (std::size_t k = 0; k < periods; ++k) sum[k] += lines[i][k];
        }
        add(sum_label, sum, income);
        return sum;
    };
    std::vector<double> income_sum(periods, 0);
    if (with_income) {
        t.rows.push_back({"Intäkter"});
        income_sum = add_all({series(1), series(1)}, {"Medlemsbidrag", "Övriga intäkter"}, "Summa intäkter", true);
    }
    t.rows.push_back({"Kostnader"});
    const std::size_t lines = static_cast<std::size_t>(pick(2, 4));
    std::vector<std::vector<double>> cost_lines;
    std::vector<std::string> labels;
    const char* names[] = {"Insatser", "Kansli", "Struktur", "Lokaler"};
    for (std::size_t i = 0; i < lines; ++i) {
        cost_lines.push_back(series(costs_negative ? -1 : 1));
        labels.emplace_back(names[i]);
    }
    const std::vector<double> cost_sum = add_all(cost_lines, labels, "Summa kostnader", false);
    if (with_income) {
        std::vector<double> result(periods);
        for (std::size_t k = 0; k < periods; ++k)
            result[k] = costs_negative ? income_sum[k] + cost_sum[k] : income_sum[k] - cost_sum[k];
        add("Resultat", result, true);
    }
    return t;
}

bool names(const AuditReport& r, std::size_t row, std::size_t col) {
    for (const AuditFinding& f : r.findings)
        if (f.row == row && f.col == col && f.certainty != AuditFinding::Certainty::Undecided) return true;
    return false;
}

}  // namespace

TEST_CASE("audit: a variance or change column is checked as the difference the table's rows show",
          "[audit][variance]") {
    std::mt19937 rng(20261209);
    std::size_t slips = 0, named_variance = 0, named_period = 0;
    for (const Convention conv : {Convention::PrognosLessBudget, Convention::BudgetLessPrognos, Convention::Favourable,
                                  Convention::PlanChange}) {
        for (int n = 0; n < 150; ++n) {
            const Table t = make_table(rng, conv);
            const Grid correct = grid_of_rows(t.rows);
            INFO("convention " << static_cast<int>(conv));
            const AuditReport ok = audit_grid(correct);
            for (const AuditFinding& f : ok.findings) UNSCOPED_INFO("finding: " << f.label << " " << f.period);
            REQUIRE(ok.findings.empty());
            // Without the variance column's relation the checks are fewer by one per row.
            Grid bare = correct;
            for (std::size_t r = 1; r < bare.rows(); ++r) bare.at(r, t.variance_col) = Cell{};
            CHECK(ok.checks >= audit_grid(bare).checks + t.value_rows.size());
            // A slip in one row's variance (its sign, or a digit): found and named.
            const std::size_t row = t.value_rows[rng() % t.value_rows.size()];
            Grid bad = correct;
            const double v = correct.at(row, t.variance_col).number;
            bad.at(row, t.variance_col) = Cell::of(v != 0 && rng() % 2 ? -v : v + 9);
            // The rows show the relation when two others differ between its two periods.
            const std::size_t x = conv == Convention::PlanChange ? t.period_cols.back() - 1 : 1;
            const std::size_t y = conv == Convention::PlanChange ? t.period_cols.back() : 3;
            std::size_t shown = 0;
            for (std::size_t r : t.value_rows) shown += r != row && correct.at(r, x).number != correct.at(r, y).number;
            const AuditReport a = audit_grid(bad);
            for (const AuditFinding& f : a.findings) UNSCOPED_INFO("finding: " << f.label << " " << f.period);
            CHECK(!a.findings.empty());  // found in any case: the column's sum breaks
            if (shown >= 2) {
                ++slips;
                CHECK(names(a, row, t.variance_col));
                named_variance += names(a, row, t.variance_col);
            }
            // A slip in a line's period figure that the variance is taken from: the variance breaks
            // too, so it is named alone.
            const std::size_t col = conv == Convention::PlanChange ? t.period_cols.back() : 3;
            Grid bad2 = correct;
            const std::size_t line = t.value_rows.front();
            bad2.at(line, col) = Cell::of(correct.at(line, col).number + 9);
            named_period += names(audit_grid(bad2), line, col);
        }
    }
    CHECK(slips >= 500);
    CHECK(named_variance == slips);
    CHECK(named_period * 10 >= slips * 9);
}

TEST_CASE("audit: a column of differences no pair of periods gives is not checked", "[audit][variance]") {
    // "Avvikelse" against a budget not printed (the previous year's outcome): no reading holds on
    // two rows, so nothing is said of it as a variance (its sums are still sums).
    std::mt19937 rng(20261210);
    for (int n = 0; n < 200; ++n) {
        Table t = make_table(rng, Convention::PrognosLessBudget);
        for (std::size_t r : t.value_rows) t.rows[r][t.variance_col] = C(static_cast<double>(rng() % 400) - 200);
        const AuditReport a = audit_grid(grid_of_rows(t.rows));
        for (const AuditFinding& f : a.findings) CHECK(f.check != AuditCheck::Variance);
    }
}
