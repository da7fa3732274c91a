#include "equity_ceiling.hpp"

namespace finsam {

Outcome<Ceiling> equity_ceiling(Money contributions, const std::vector<StaircaseStep>& staircase, CeilingArgs args) {
    if (contributions.is_negative()) return Problem{Fault::ContributionsNegative}.at(args.contributions);
    if (staircase.empty()) return Problem{Fault::StaircaseEmpty}.at(args.staircase);
    const StaircaseStep* applies = nullptr;
    for (const StaircaseStep& s : staircase)
        if (s.threshold <= contributions) applies = &s;
    if (!applies) {
        Problem p{Fault::NoStepApplies};
        p.amount_ore = contributions.ore();
        p.limit_ore = staircase.front().threshold.ore();
        return std::move(p).at(args.staircase);
    }
    const WideInt ore = static_cast<WideInt>(contributions.ore()) * applies->share_ppm / 1'000'000;
    return Ceiling{Money::from_ore(static_cast<std::int64_t>(ore)), applies->share_ppm};
}

}  // namespace finsam
