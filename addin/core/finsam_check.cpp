#include "finsam_check.hpp"

namespace finsam {

std::vector<SumMismatch> check_sum(const Layout& lines, const std::vector<Money>& totals, Money tolerance) {
    std::vector<SumMismatch> out;
    for (std::size_t p = 0; p < totals.size(); ++p) {
        const Money sum = sum_of(lines, RowKind::Line, p) + sum_of(lines, RowKind::EquityDraw, p);
        if (abs(sum - totals[p]) <= tolerance) continue;
        out.push_back({p, lines.period_names[p], sum, totals[p]});
    }
    return out;
}

}  // namespace finsam
