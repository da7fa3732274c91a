// EQUITY_CEILING: the national council's staircase (Nationella rådet, 2013-10-02), the highest
// equity a förbund should hold, as a share of its yearly member contributions that depends on their
// size. The thresholds and shares are the user's table, never constants here: the council's figures
// were not available to us and Försäkringskassan's model may change them.
#pragma once

#include "money.hpp"
#include "problem.hpp"

#include <cstdint>
#include <vector>

namespace finsam {

enum EquityCeilingArg : int { kCeilingContributions, kCeilingStaircase };

struct StaircaseStep {
    Money threshold;         // member contributions from this amount...
    std::int64_t share_ppm;  // ...allow equity up to this share, in millionths (200000 = 20 %)
};

struct Ceiling {
    Money amount;
    std::int64_t share_ppm;
};

// Where the contributions and the staircase stand among the calling function's arguments.
struct CeilingArgs {
    int contributions = kCeilingContributions;
    int staircase = kCeilingStaircase;
};

// Steps must be in increasing threshold order. The step that applies is the last one whose
// threshold is at most the contributions; the ceiling is that share of the contributions, rounded
// down to the öre.
Outcome<Ceiling> equity_ceiling(Money contributions, const std::vector<StaircaseStep>& staircase,
                                CeilingArgs args = {});

}  // namespace finsam
