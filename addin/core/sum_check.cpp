#include "sum_check.hpp"

#include "swedish_text.hpp"

namespace finsam {

std::string check_sum(const Layout& lines, const std::vector<Money>& totals, Money tolerance, std::string_view unit) {
    const auto amount = [&](Money m) { return format_amount(m) + (unit.empty() ? "" : " " + std::string(unit)); };
    std::string out;
    for (std::size_t p = 0; p < totals.size(); ++p) {
        const Money sum = sum_of(lines, RowKind::Line, p) + sum_of(lines, RowKind::EquityDraw, p);
        const Money diff = sum - totals[p];
        if (abs(diff) <= tolerance) continue;
        if (!out.empty()) out += ' ';
        std::string period;
        if (totals.size() > 1)
            period = lines.period_names[p].empty() ? "Period " + std::to_string(p + 1) + ": "
                                                   : lines.period_names[p] + ": ";
        out += period + "Raderna summerar till " + amount(sum) + " men summan anges till " + amount(totals[p]) +
               " (skillnad " + amount(diff) + ").";
    }
    return out.empty() ? std::string(kCheckOk) : out;
}

}  // namespace finsam
