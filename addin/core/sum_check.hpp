// Do the lines add up to the total the document prints?
#pragma once

#include "budget_layout.hpp"

#include <string>
#include <vector>

namespace finsam {

inline constexpr std::string_view kCheckOk = "OK";

// "OK", or one Swedish sentence per period that does not add up (joined by a space):
// "Raderna summerar till 20 025 000 men summan anges till 20 000 000 (skillnad 25 000)."
// Equity draws are lines here: a printed sum includes them.
std::string check_sum(const Layout& lines, const std::vector<Money>& totals, Money tolerance);

}  // namespace finsam
