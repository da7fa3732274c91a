// Eget kapital over a multi-year plan: closing = opening + the period's result, and the closing of
// one period is the opening of the next.
#pragma once

#include "money.hpp"

#include <vector>

namespace finsam {

std::vector<Money> equity_chain(Money opening, const std::vector<Money>& results);

}  // namespace finsam
