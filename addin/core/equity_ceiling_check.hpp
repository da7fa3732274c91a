// EQUITY_CEILING_CHECK: equity tested against the staircase's ceiling (equity_ceiling.hpp).
#pragma once

#include "equity_ceiling.hpp"

#include <optional>

namespace finsam {

enum EquityCeilingCheckArg : int { kCeilingCheckEquity, kCeilingCheckContributions, kCeilingCheckStaircase,
                                   kCeilingCheckUnit };

struct CeilingExcess {
    Money equity, contributions;
    Ceiling ceiling;
    Money excess() const { return equity - ceiling.amount; }
};

// nullopt when the equity is within the ceiling; else by how much it is not.
Outcome<std::optional<CeilingExcess>> equity_ceiling_check(Money equity, Money contributions,
                                                           const std::vector<StaircaseStep>& staircase);

}  // namespace finsam
