// BUDGET_RESULT: the result of the year, income − costs, where money taken from equity is not
// income and subtotal rows are not counted twice.
#pragma once

#include "budget_layout.hpp"

#include <vector>

namespace finsam {

enum BudgetResultArg : int { kResultIncome, kResultCosts };

// One result per period. Costs typed as negative numbers (every cost line ≤ 0, some < 0) are taken
// as their magnitude, so the same budget gives the same result whichever way it is printed.
Outcome<std::vector<Money>> budget_result(const Layout& income, const Layout& costs);

}  // namespace finsam
