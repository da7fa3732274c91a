// Do the lines add up to the total the document prints?
#pragma once

#include "budget_layout.hpp"

#include <string>
#include <vector>

namespace finsam {

inline constexpr std::string_view kCheckOk = "OK";

// "OK", or one Swedish sentence per period that does not add up (joined by a space):
// "Raderna summerar till 20 025 000 kr men summan anges till 20 000 000 kr (skillnad 25 000 kr)."
// Equity draws are lines here: a printed sum includes them.
// `unit` follows each amount ("kr", "tkr"); empty for none.
std::string check_sum(const Layout& lines, const std::vector<Money>& totals, Money tolerance,
                      std::string_view unit = "kr");

}  // namespace finsam
