// EQUITY_PROJECTION: eget kapital over a multi-year plan. Closing = opening + the period's result,
// and the closing of one period is the opening of the next.
#pragma once

#include "money.hpp"
#include "problem.hpp"

#include <optional>
#include <string>
#include <vector>

namespace finsam {

enum EquityProjectionArg : int { kProjectionOpening, kProjectionResults, kProjectionPeriods };

struct EquityPeriod {
    std::optional<Money> opening;  // typed opening equity; nullopt: carried from the chain
    Money result;
    std::string name;              // "Budget 2020", "Prognos 2020", "Plan 2022", or empty
};

// Which periods a chain passes over: a "Budget Y" followed later by a "Prognos Y", "Utfall Y" or
// "Bokslut Y" of the same year is superseded; for such a forecast, the budget it replaces.
struct PeriodRoles {
    std::vector<bool> superseded;
    std::vector<std::optional<std::size_t>> replaces;
};
PeriodRoles period_roles(const std::vector<std::string>& names);

// The chain with what real plans print. A period with its own opening starts again from it. A
// superseded budget still gets its closing, but the chain goes on from the forecast, which starts
// from the same opening as the budget of its year unless it has its own. The first period needs
// an opening (OpeningMissing otherwise).
Outcome<std::vector<Money>> equity_projection(const std::vector<EquityPeriod>& periods);

}  // namespace finsam
