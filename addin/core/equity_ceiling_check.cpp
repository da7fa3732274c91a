#include "equity_ceiling_check.hpp"

namespace finsam {

Outcome<std::optional<CeilingExcess>> equity_ceiling_check(Money equity, Money contributions,
                                                           const std::vector<StaircaseStep>& staircase) {
    auto ceiling = equity_ceiling(contributions, staircase, {kCeilingCheckContributions, kCeilingCheckStaircase});
    if (!ceiling) return ceiling.problem();
    if (equity <= ceiling->amount) return std::optional<CeilingExcess>{};
    return std::optional<CeilingExcess>{CeilingExcess{equity, contributions, *ceiling}};
}

}  // namespace finsam
