// Eget kapital over a multi-year plan: closing = opening + the period's result, and the closing of
// one period is the opening of the next.
#pragma once

#include "money.hpp"
#include "outcome.hpp"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

std::vector<Money> equity_chain(Money opening, const std::vector<Money>& results);

struct EquityPeriod {
    std::optional<Money> opening;  // typed opening equity; nullopt: carried from the chain
    Money result;
    std::string name;              // "Budget 2020", "Prognos 2020", "Plan 2022", or empty
};

// The chain with what real plans print. A period with its own opening starts again from it. A
// "Budget Y" period followed later by a "Prognos Y" or "Utfall Y" period is superseded: it still
// gets its closing, but the chain goes on from the forecast, which starts from the same opening
// as the budget of its year unless it has its own. The first period needs an opening.
// Which periods a chain passes over: a budget superseded by a later forecast ("Prognos",
// "Utfall", "Bokslut") of the same year, and for such a forecast the budget it replaces.
struct PeriodRoles {
    std::vector<bool> superseded;
    std::vector<std::optional<std::size_t>> replaces;
};
PeriodRoles period_roles(const std::vector<std::string>& names);

Outcome<std::vector<Money>> equity_projection(const std::vector<EquityPeriod>& periods,
                                              std::string_view opening_name);

}  // namespace finsam
