// FINSAM_CHECK: do the lines add up to the total the document prints?
#pragma once

#include "budget_layout.hpp"

#include <string>
#include <vector>

namespace finsam {

enum FinsamCheckArg : int { kCheckLines, kCheckTotal, kCheckTolerance, kCheckUnit };

// A period whose lines do not add up to its stated total (beyond the tolerance).
struct SumMismatch {
    std::size_t period;
    std::string period_name;  // from the lines' header row; may be empty
    Money sum, stated;
    Money difference() const { return sum - stated; }
};

// Every period that does not add up; none when all do. Equity draws are lines here: a printed sum
// includes them.
std::vector<SumMismatch> check_sum(const Layout& lines, const std::vector<Money>& totals, Money tolerance);

}  // namespace finsam
