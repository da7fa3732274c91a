// The national council's staircase (Nationella rådet, 2013-10-02): the highest equity a förbund
// should hold, as a share of its yearly member contributions that depends on their size. The
// thresholds and shares are the user's table, never constants here: the council's figures were
// not available to us and Försäkringskassan's model may change them.
#pragma once

#include "money.hpp"
#include "outcome.hpp"

#include <string>
#include <vector>

namespace finsam {

struct StaircaseStep {
    Money threshold;        // member contributions from this amount...
    std::int64_t share_ppm; // ...allow equity up to this share, in millionths (200000 = 20 %)
};

// Steps must be in increasing threshold order. The step that applies is the last one whose
// threshold is at most the contributions; the ceiling is that share of the contributions, rounded
// down to the öre.
struct Ceiling {
    Money amount;
    std::int64_t share_ppm;
};
Outcome<Ceiling> equity_ceiling(Money contributions, const std::vector<StaircaseStep>& staircase,
                                std::string_view contributions_name, std::string_view staircase_name);

// "20 %", "12,5 %".
std::string format_share(std::int64_t ppm);

}  // namespace finsam
