#include "budget_result.hpp"

namespace finsam {

namespace {

bool all_lines_negative(const Layout& costs) {
    bool some_negative = false;
    for (const LayoutRow& row : costs.rows) {
        if (row.kind != RowKind::Line) continue;
        for (const auto& a : row.amounts) {
            if (!a || a->is_zero()) continue;
            if (!a->is_negative()) return false;
            some_negative = true;
        }
    }
    return some_negative;
}

}  // namespace

Outcome<std::vector<Money>> budget_result(const Layout& income, const Layout& costs) {
    if (income.periods() != costs.periods()) {
        Problem p{Fault::PeriodMismatch};
        p.count = static_cast<std::int64_t>(costs.periods());
        p.other_count = static_cast<std::int64_t>(income.periods());
        p.other_arg = kResultIncome;
        return std::move(p).at(kResultCosts);
    }
    const bool negated = all_lines_negative(costs);
    std::vector<Money> results;
    for (std::size_t p = 0; p < income.periods(); ++p) {
        const Money in = sum_of(income, RowKind::Line, p);
        Money out = sum_of(costs, RowKind::Line, p);
        if (negated) out = -out;
        results.push_back(in - out);
    }
    return results;
}

}  // namespace finsam
